// The PostgreSQL backend's internals (pg_store.h), shared by the files that implement it: the
// connection pool, errors and bytea values (pg_pool.cc), schema migrations and opening
// (pg_store.cc), accounts, sessions, login failures and share links (pg_accounts.cc), records
// and cached results (pg_records.cc), and the audit chain with export and import (pg_audit.cc).
// Internal to src/store.
#ifndef ONCOGUIDE_SRC_STORE_PG_STORE_INTERNAL_H_
#define ONCOGUIDE_SRC_STORE_PG_STORE_INTERNAL_H_

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <pqxx/pqxx>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/store/migrations.h"
#include "oncoguide/store/pg_store.h"
#include "oncoguide/store/snapshot.h"
#include "oncoguide/store/store.h"

namespace oncoguide::store::internal::pg {

// kNotFound: "no such <what>".
Status NotFound(std::string_view what);

// The connection itself is gone (the server restarted or shut down, the network dropped): it is
// thrown away and the next call opens a fresh one. Class 08 is connection exceptions, 57P
// operator intervention (shutdown, terminated backend).
bool IsBroken(const std::exception& e);

// Maps a libpqxx exception to a Status. Unique-key clashes are kFailedPrecondition as the
// contract says. A database that cannot take writes now (read-only, disk full, out of
// resources) is kUnavailable with its own cause and hint: the request failed whole (PostgreSQL
// rolled the transaction back) and can be retried once the fault is mended. Everything else is
// an I/O error naming the SQL state.
Status FromPqxx(const std::exception& e);

// A bytea column's bytes, and bytes to bind as a bytea parameter.
std::string Bytes(const pqxx::field& f);
pqxx::binarystring Blob(const std::string& s);

// Rows of the store's SELECTs as store types (each beside the statements that read it). ReadUser:
// columns id, email, password_hash, wrapped_key, created_at[, written_at]; ReadRecord: ReadMeta's
// columns, then sealed_raw, sealed_parsed, parsed_version.
User ReadUser(const pqxx::row& r);
Session ReadSession(const pqxx::row& r);
RecordMeta ReadMeta(const pqxx::row& r);
Record ReadRecord(const pqxx::row& r);
Share ReadShare(const pqxx::row& r);
AuditEvent ReadAuditRow(const pqxx::row& r);

// A bounded pool of connections with every statement prepared. Thread-safe.
class Pool {
 public:
  Pool(std::string url, int size, bool read_only)
      : url_(std::move(url)), size_(size), read_only_(read_only) {}

  // A borrowed connection, given back (or dropped, when broken) on destruction.
  class Lease {
   public:
    Lease(Pool* pool, std::unique_ptr<pqxx::connection> c) : pool_(pool), c_(std::move(c)) {}
    Lease(Lease&& o) noexcept : pool_(std::exchange(o.pool_, nullptr)), c_(std::move(o.c_)) {}
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (pool_ != nullptr) pool_->Release(std::move(c_));
    }
    pqxx::connection& operator*() { return *c_; }
    // The connection is broken: close it instead of giving it back, and close the idle ones
    // too (after a database restart they are all dead; the next calls open fresh ones).
    void Discard() {
      c_.reset();
      if (pool_ != nullptr) pool_->DropIdle();
    }

   private:
    Pool* pool_;
    std::unique_ptr<pqxx::connection> c_;
  };

  // Borrows a connection, opening one when none is idle and the pool is not full; waits
  // otherwise. Throws what libpqxx throws when a new connection cannot be opened.
  Lease Acquire();

 private:
  void DropIdle();
  void Release(std::unique_ptr<pqxx::connection> c);

  const std::string url_;
  const int size_;
  const bool read_only_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;
  int open_ = 0;
};

// The Store on PostgreSQL (see the contract in store.h). Thread-safe.
class PgStore final : public Store {
 public:
  PgStore(std::string url, const PgOptions& o) : pool_(std::move(url), o.pool_size, o.read_only) {}

  // Runs `body(work)` in one transaction on a pooled connection and commits. Exceptions become
  // Status values; a broken connection is dropped from the pool.
  template <typename T, typename Body>
  Result<T> Tx(Body&& body) {
    std::optional<Pool::Lease> lease;
    try {
      lease.emplace(pool_.Acquire());
      pqxx::work w(**lease);
      Result<T> r = body(w);
      if (r.ok()) w.commit();
      return r;
    } catch (const std::exception& e) {
      if (IsBroken(e) && lease) lease->Discard();
      return FromPqxx(e);
    }
  }
  template <typename Body>
  Status TxStatus(Body&& body) {
    Result<bool> r = Tx<bool>([&](pqxx::work& w) -> Result<bool> {
      Status s = body(w);
      if (!s.ok()) return s;
      return true;
    });
    return r.status();
  }

  Status Migrate(std::span<const Migration> migrations);

  Result<int> SchemaVersion() override;
  Status Ping() override;
  Result<User> CreateUser(const std::string& email, const std::string& password_hash,
                          const std::function<std::string(std::int64_t)>& wrap,
                          std::int64_t now) override;
  Result<User> FindUserByEmail(const std::string& email) override;
  Result<User> GetUser(std::int64_t user_id) override;
  Status SetPasswordHash(std::int64_t user_id, const std::string& hash) override;
  Status MarkWritten(std::int64_t user_id, std::int64_t now) override;

  // Records, results, sessions and shares go by ON DELETE CASCADE. PostgreSQL keeps dead tuples
  // until VACUUM; the rows hold only sealed bytes, and the user's data key (in the deleted users
  // row) was the only way to open them, so nothing readable remains. A VACUUM after the
  // transaction reclaims the space as soon as no older snapshot needs it.
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
  Result<std::vector<Record>> LoadAll(const char* statement, std::int64_t user_id);
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

  // Appends under a transaction-scoped advisory lock, so that appends from every server form one
  // chain: the lock is held from reading the last row until the commit.
  Result<AuditEvent> AppendAudit(const AuditEvent& event) override;

  Result<std::vector<AuditEvent>> ReadAudit(std::int64_t after_seq, int limit) override;
  Result<Snapshot> Export() override;
  Status Import(const Snapshot& snap) override;

 private:
  Pool pool_;
};

}  // namespace oncoguide::store::internal::pg

#endif  // ONCOGUIDE_SRC_STORE_PG_STORE_INTERNAL_H_
