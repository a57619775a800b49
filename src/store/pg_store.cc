// The PostgreSQL backend of the store (see pg_store.h and the contract in store.h).
//
// Every call borrows one connection from a small pool, runs one transaction of prepared
// statements on it and gives it back. A connection that breaks (the server restarted, the
// network dropped) is thrown away and the call fails with kUnavailable; the next call opens a
// fresh one, so the service recovers without a restart. Migrations run once, under a
// PostgreSQL advisory lock, whichever server starts first.
#include "oncoguide/store/pg_store.h"

#include <fmt/format.h>

#include <chrono>
#include <memory>
#include <pqxx/pqxx>
#include <span>
#include <string>
#include <thread>
#include <utility>

#include "pg_store_internal.h"

namespace oncoguide::store {
namespace internal::pg {
namespace {

// The key of the advisory lock that serialises migrations across servers.
constexpr long long kMigrationLock = 0x6f6e636f67756964LL;  // "oncoguid"

}  // namespace

// Applies every migration above the recorded version, each in its own transaction, holding a
// session-level advisory lock so that servers starting together migrate once.
Status PgStore::Migrate(std::span<const Migration> migrations) {
  try {
    auto lease = pool_.Acquire();
    pqxx::connection& c = *lease;
    {
      pqxx::nontransaction n(c);
      n.exec_params("SELECT pg_advisory_lock($1)", kMigrationLock);
    }
    Status result = [&]() -> Status {
      {
        pqxx::work w(c);
        w.exec(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
            "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        w.commit();
      }
      int version = 0;
      {
        pqxx::work w(c);
        version = w.exec("SELECT coalesce(max(version), 0) FROM schema_version")[0][0].as<int>();
      }
      OG_RETURN_IF_ERROR(CheckSchemaNotNewer(version, migrations));
      for (const Migration& m : migrations) {
        if (m.version <= version) continue;
        pqxx::work w(c);
        w.exec(std::string(m.sql));
        w.exec_params("INSERT INTO schema_version(version) VALUES($1)", m.version);
        w.commit();
      }
      return Status::Ok();
    }();
    pqxx::nontransaction n(c);
    n.exec_params("SELECT pg_advisory_unlock($1)", kMigrationLock);
    return result;
  } catch (const std::exception& e) {
    Status s = FromPqxx(e);
    return Status(s.code(), "migrating the PostgreSQL schema failed: " + s.cause(), s.hint());
  }
}

Result<int> PgStore::SchemaVersion() {
  return Tx<int>([](pqxx::work& w) -> Result<int> {
    // A database that was never migrated has no schema_version table: version 0.
    if (w.exec("SELECT to_regclass('schema_version') IS NULL")[0][0].as<bool>()) return 0;
    return w.exec("SELECT coalesce(max(version), 0) FROM schema_version")[0][0].as<int>();
  });
}

Status PgStore::Ping() {
  return TxStatus([](pqxx::work& w) {
    w.exec("SELECT 1");
    return Status::Ok();
  });
}

}  // namespace internal::pg

using internal::pg::PgStore;

Result<std::unique_ptr<Store>> OpenPgStore(const std::string& url, const PgOptions& options,
                                           std::span<const Migration> migrations) {
  auto store = std::make_unique<PgStore>(url, options);
  if (options.migrate && !options.read_only) OG_RETURN_IF_ERROR(store->Migrate(migrations));
  OG_ASSIGN_OR_RETURN(int version, store->SchemaVersion());
  const int newest = migrations.empty() ? 0 : migrations.back().version;
  // A replica may not have replayed the migrations the primary just ran (servers starting with
  // a new release): give it time to catch up.
  const auto deadline = std::chrono::steady_clock::now() + options.replica_schema_wait;
  while (options.read_only && version < newest && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    OG_ASSIGN_OR_RETURN(version, store->SchemaVersion());
  }
  if (version != newest) {
    return Status(
        StatusCode::kFailedPrecondition,
        fmt::format("the database schema is version {}, this oncoguide needs {}", version, newest),
        version > newest ? "run a newer oncoguide"
                         : "run `oncoguide admin migrate --db URL` on the primary");
  }
  return std::unique_ptr<Store>(std::move(store));
}

Result<std::unique_ptr<Store>> OpenPgStore(const std::string& url, const PgOptions& options) {
  return OpenPgStore(url, options, PgMigrations());
}

Result<std::unique_ptr<Store>> OpenPgReplica(const std::string& url) {
  PgOptions options;
  options.migrate = false;
  options.read_only = true;
  return OpenPgStore(url, options, PgMigrations());
}

}  // namespace oncoguide::store
