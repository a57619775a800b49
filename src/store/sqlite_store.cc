// The SQLite backend of the store (see sqlite_store.h and the contract in store.h): opening the
// database file (mode 0600), its settings (WAL, full sync, foreign keys, secure delete), schema
// migrations by PRAGMA user_version, and the checkpoint that leaves erased data in no file.
#include "oncoguide/store/sqlite_store.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <utility>

#include "sqlite_db.h"
#include "sqlite_store_internal.h"

namespace oncoguide::store {
namespace internal::sqlite {

Status NotFound(std::string_view what) { return Status::NotFound(fmt::format("no such {}", what)); }

SqliteStore::~SqliteStore() {
  // Fold the WAL back into the database so a clean shutdown leaves one file.
  sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
  sqlite3_close_v2(db_);
}

Status SqliteStore::Configure(std::span<const Migration> migrations) {
  OG_RETURN_IF_ERROR(Exec(db_, "PRAGMA journal_mode=WAL"));
  OG_RETURN_IF_ERROR(Exec(db_, "PRAGMA synchronous=FULL"));
  OG_RETURN_IF_ERROR(Exec(db_, "PRAGMA foreign_keys=ON"));
  OG_RETURN_IF_ERROR(Exec(db_, "PRAGMA secure_delete=ON"));
  sqlite3_busy_timeout(db_, 5000);
  OG_ASSIGN_OR_RETURN(int version, UserVersion());
  OG_RETURN_IF_ERROR(CheckSchemaNotNewer(version, migrations));
  for (const Migration& m : migrations) {
    if (m.version <= version) continue;
    Transaction tx(db_);
    OG_RETURN_IF_ERROR(tx.status());
    const std::string sql =
        std::string(m.sql) + fmt::format("\nPRAGMA user_version = {};", m.version);
    Status s = Exec(db_, sql.c_str());
    if (!s.ok()) {
      return Status::IoError(
          fmt::format("migration {} ({}) failed: {}", m.version, m.name, s.cause()));
    }
    OG_RETURN_IF_ERROR(tx.Commit());
  }
  return Status::Ok();
}

Result<int> SqliteStore::SchemaVersion() {
  std::lock_guard lock(mu_);
  return UserVersion();
}

Status SqliteStore::Ping() {
  std::lock_guard lock(mu_);
  Statement st(db_, "SELECT 1");
  return st.Run();
}

Result<int> SqliteStore::UserVersion() {
  Statement st(db_, "PRAGMA user_version");
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  (void)row;
  return static_cast<int>(st.Int(0));
}

Status SqliteStore::Erase() {
  int log = 0, done = 0;
  if (sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done) !=
      SQLITE_OK) {
    return SqliteError(db_, "checkpointing after an erasure");
  }
  return Status::Ok();
}

}  // namespace internal::sqlite

using internal::SqliteError;
using internal::sqlite::SqliteStore;

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               std::span<const Migration> migrations) {
  // Create the file ourselves so that it is 0600 from the start (SQLite would use the umask).
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Status::IoError(fmt::format("cannot open the database '{}'", path),
                           "check that the data directory exists and is writable");
  }
  close(fd);
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    Status s = SqliteError(db, fmt::format("cannot open the database '{}'", path));
    sqlite3_close_v2(db);
    return s;
  }
  auto store = std::make_unique<SqliteStore>(db);
  OG_RETURN_IF_ERROR(store->Configure(migrations));
  return std::unique_ptr<Store>(std::move(store));
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  return OpenSqliteStore(path, SqliteMigrations());
}

}  // namespace oncoguide::store
