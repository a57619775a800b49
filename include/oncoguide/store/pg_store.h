// The PostgreSQL backend of the store, for several `oncoguide serve` processes sharing one
// database (a clinic or a public site). Same schema, same contract (store.h), same migrations
// numbering as SQLite; the SQL lives in src/store/migrations/postgresql/ (PgMigrations() in
// migrations.h).
//
// Example:
//   PgOptions opts;                      // pool of 8 connections, migrate at open
//   auto store = OpenPgStore("postgresql://oncoguide@db.example/oncoguide", opts);
//   if (!store.ok()) { /* store.status(): cause and hint */ }
//
// Durability: each call is one committed transaction (PostgreSQL's synchronous_commit default),
// so a 201 means the row is on the primary's disk. A lost connection fails the call with
// kUnavailable (the server answers 503) and the next call reconnects; nothing half-applied
// stays, because an unfinished transaction is rolled back by PostgreSQL.
#ifndef ONCOGUIDE_STORE_PG_STORE_H_
#define ONCOGUIDE_STORE_PG_STORE_H_

#include <chrono>
#include <memory>
#include <span>
#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/store/migrations.h"
#include "oncoguide/store/store.h"

namespace oncoguide::store {

struct PgOptions {
  int pool_size = 8;    // connections per server process
  bool migrate = true;  // apply pending migrations at open (under an advisory lock)
  // Every transaction is READ ONLY (default_transaction_read_only on each connection): for a
  // read replica (`serve --db-read`), so that a write sent there by mistake fails instead of
  // landing in a database that is not the primary. Implies no migration.
  bool read_only = false;
  // With read_only: how long to wait for a replica whose schema is older than this binary needs
  // to replay the primary's migrations before failing.
  std::chrono::seconds replica_schema_wait{30};
};

// Opens (and by default migrates) the database at `url` (a libpq URI or key=value string).
// Fails with kFailedPrecondition when the schema is newer than this binary knows, or older and
// `options.migrate` is false.
Result<std::unique_ptr<Store>> OpenPgStore(const std::string& url, const PgOptions& options);

// Opens a read replica (hot standby) of the primary's database for reads that may be stale:
// read-only transactions, no migration; the replica must be at the schema version this binary
// needs (else kFailedPrecondition). Fails with kUnavailable when it cannot be reached.
Result<std::unique_ptr<Store>> OpenPgReplica(const std::string& url);
Result<std::unique_ptr<Store>> OpenPgStore(const std::string& url, const PgOptions& options,
                                           std::span<const Migration> migrations);

}  // namespace oncoguide::store

#endif  // ONCOGUIDE_STORE_PG_STORE_H_
