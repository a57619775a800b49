// The SQLite backend's internals (sqlite_store.h), shared by the files that implement it:
// opening, schema migrations and erasure (sqlite_store.cc), accounts, sessions, login failures
// and share links (sqlite_accounts.cc), records and cached results (sqlite_records.cc), and the
// audit chain with export and import (sqlite_audit.cc). Internal to src/store.
#ifndef ONCOGUIDE_SRC_STORE_SQLITE_STORE_INTERNAL_H_
#define ONCOGUIDE_SRC_STORE_SQLITE_STORE_INTERNAL_H_

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/store/migrations.h"
#include "oncoguide/store/snapshot.h"
#include "oncoguide/store/store.h"
#include "sqlite_db.h"

namespace oncoguide::store::internal::sqlite {

// kNotFound: "no such <what>".
Status NotFound(std::string_view what);

// BEGIN IMMEDIATE ... COMMIT, rolled back unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { status_ = Exec(db, "BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (status_.ok() && !done_) (void)Exec(db_, "ROLLBACK");
  }
  const Status& status() const { return status_; }
  Status Commit() {
    done_ = true;
    Status s = Exec(db_, "COMMIT");
    if (!s.ok()) (void)Exec(db_, "ROLLBACK");
    return s;
  }

 private:
  sqlite3* db_;
  Status status_;
  bool done_ = false;
};

// Rows of the store's SELECTs as store types (each beside the statements that read it), and
// the SELECT ... FROM heads whose columns they read.
User ReadUser(const Statement& st);
constexpr char kUserCols[] =
    "SELECT id, email, password_hash, wrapped_key, created_at, written_at FROM users";

Session ReadSession(const Statement& st);
constexpr char kSessionCols[] =
    "SELECT token_digest, user_id, csrf_token, created_at, last_seen, user_agent, address "
    "FROM sessions";

RecordMeta ReadMeta(const Statement& st);
constexpr char kMetaCols[] = "SELECT id, user_id, filename, format, size, observations, created_at";
constexpr char kSealedCols[] = "sealed_raw, sealed_parsed, parsed_version";
// A row of kMetaCols + kSealedCols.
Record ReadRecord(const Statement& st);

Share ReadShare(const Statement& st);
constexpr char kShareCols[] =
    "SELECT id, token_digest, user_id, created_at, expires_at, revoked FROM shares";

// The Store on SQLite (see sqlite_store.h and the contract in store.h): one connection, every
// call under one mutex.
class SqliteStore final : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override;

  Status Configure(std::span<const Migration> migrations);

  Result<int> SchemaVersion() override;
  Status Ping() override;
  Result<User> CreateUser(const std::string& email, const std::string& password_hash,
                          const std::function<std::string(std::int64_t)>& wrap,
                          std::int64_t now) override;
  Result<User> FindUserByEmail(const std::string& email) override;
  Result<User> GetUser(std::int64_t user_id) override;
  Status SetPasswordHash(std::int64_t user_id, const std::string& hash) override;
  Status MarkWritten(std::int64_t user_id, std::int64_t now) override;
  Status DeleteUser(std::int64_t user_id) override;
  Status CreateSession(const Session& s) override;
  Result<Session> FindSession(const std::string& digest) override;
  Status TouchSession(const std::string& digest, std::int64_t now) override;
  Status DeleteSession(std::int64_t user_id, const std::string& digest) override;
  Status DeleteUserSessions(std::int64_t user_id, const std::string& keep) override;
  Result<std::vector<Session>> ListSessions(std::int64_t user_id) override;
  Status PurgeSessions(std::int64_t idle_before, std::int64_t created_before) override;
  Status PutRecord(const Record& r, const CachedResult* result) override;
  Result<std::vector<RecordMeta>> ListRecords(std::int64_t user_id) override;
  Result<Record> GetRecord(std::int64_t user_id, const std::string& id) override;
  Result<std::vector<Record>> LoadRecords(std::int64_t user_id) override;
  Result<std::vector<Record>> LoadParsed(std::int64_t user_id) override;
  Status DeleteRecord(std::int64_t user_id, const std::string& id) override;
  Result<std::pair<std::int64_t, std::int64_t>> RecordUsage(std::int64_t user_id) override;
  Result<CachedResult> GetResult(std::int64_t user_id) override;
  Status PutResult(std::int64_t user_id, const CachedResult& result) override;
  Status AddLoginFailure(const std::string& key, std::int64_t now) override;
  Result<std::int64_t> CountLoginFailures(const std::string& key, std::int64_t since) override;
  Status ClearLoginFailures(const std::string& key) override;
  Status CreateShare(const Share& s) override;
  Result<Share> FindShare(const std::string& digest) override;
  Result<std::vector<Share>> ListShares(std::int64_t user_id) override;
  Status RevokeShare(std::int64_t user_id, const std::string& id) override;
  Result<AuditEvent> AppendAudit(const AuditEvent& event) override;
  Result<std::vector<AuditEvent>> ReadAudit(std::int64_t after_seq, int limit) override;
  Result<Snapshot> Export() override;
  Status Import(const Snapshot& snap) override;

 private:
  Result<int> UserVersion();

  // The user's records, oldest first; `sealed_cols` are the three columns after the metadata.
  Result<std::vector<Record>> LoadAll(std::int64_t user_id, const char* sealed_cols);

  Status PutResultLocked(std::int64_t user_id, const CachedResult& r);

  Status ClearResult(std::int64_t user_id);

  // Copies the WAL into the database (whose deleted cells secure_delete has zeroed) and truncates
  // the WAL, so erased data survives in neither file.
  Status Erase();

  std::mutex mu_;
  sqlite3* db_;
};

}  // namespace oncoguide::store::internal::sqlite

#endif  // ONCOGUIDE_SRC_STORE_SQLITE_STORE_INTERNAL_H_
