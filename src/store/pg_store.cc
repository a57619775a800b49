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
#include <condition_variable>
#include <mutex>
#include <optional>
#include <pqxx/pqxx>
#include <thread>
#include <utility>
#include <vector>

#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/snapshot.h"

namespace oncoguide::store {
namespace {

// The key of the advisory locks that serialise migrations and audit appends across servers.
constexpr long long kMigrationLock = 0x6f6e636f67756964LL;  // "oncoguid"
constexpr long long kAuditLock = 0x6f6e636f61756469LL;      // "oncoaudi"

// Every statement the store runs, prepared once per connection.
struct NamedSql {
  const char* name;
  const char* sql;
};
constexpr NamedSql kStatements[] = {
    {"user_insert",
     "INSERT INTO users(email, password_hash, wrapped_key, created_at) "
     "VALUES($1, $2, ''::bytea, $3) RETURNING id"},
    {"user_set_key", "UPDATE users SET wrapped_key = $1 WHERE id = $2"},
    {"user_by_email",
     "SELECT id, email, password_hash, wrapped_key, created_at, written_at FROM users "
     "WHERE email = $1"},
    {"user_by_id",
     "SELECT id, email, password_hash, wrapped_key, created_at, written_at FROM users "
     "WHERE id = $1"},
    {"user_set_hash", "UPDATE users SET password_hash = $1 WHERE id = $2"},
    {"user_mark_written", "UPDATE users SET written_at = GREATEST(written_at, $1) WHERE id = $2"},
    {"user_delete", "DELETE FROM users WHERE id = $1"},
    {"session_insert",
     "INSERT INTO sessions(token_digest, user_id, csrf_token, created_at, last_seen, "
     "user_agent, address) VALUES($1, $2, $3, $4, $5, $6, $7)"},
    {"session_find",
     "SELECT token_digest, user_id, csrf_token, created_at, last_seen, user_agent, address "
     "FROM sessions WHERE token_digest = $1"},
    {"session_touch", "UPDATE sessions SET last_seen = $1 WHERE token_digest = $2"},
    {"session_delete", "DELETE FROM sessions WHERE user_id = $1 AND token_digest = $2"},
    {"session_delete_others", "DELETE FROM sessions WHERE user_id = $1 AND token_digest <> $2"},
    {"session_list",
     "SELECT token_digest, user_id, csrf_token, created_at, last_seen, user_agent, address "
     "FROM sessions WHERE user_id = $1 ORDER BY created_at, token_digest"},
    {"session_purge", "DELETE FROM sessions WHERE last_seen < $1 OR created_at < $2"},
    {"record_insert",
     "INSERT INTO records(id, user_id, filename, format, size, observations, created_at, "
     "sealed_raw, sealed_parsed, parsed_version) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"},
    {"record_list",
     "SELECT id, user_id, filename, format, size, observations, created_at FROM records "
     "WHERE user_id = $1 ORDER BY created_at, seq"},
    {"record_get",
     "SELECT id, user_id, filename, format, size, observations, created_at, sealed_raw, "
     "sealed_parsed, parsed_version FROM records WHERE user_id = $1 AND id = $2"},
    {"record_load",
     "SELECT id, user_id, filename, format, size, observations, created_at, sealed_raw, "
     "sealed_parsed, parsed_version FROM records WHERE user_id = $1 ORDER BY created_at, seq"},
    {"record_load_parsed",
     "SELECT id, user_id, filename, format, size, observations, created_at, ''::bytea, "
     "sealed_parsed, parsed_version FROM records WHERE user_id = $1 ORDER BY created_at, seq"},
    {"record_delete", "DELETE FROM records WHERE user_id = $1 AND id = $2"},
    {"record_usage", "SELECT coalesce(sum(size), 0), count(*) FROM records WHERE user_id = $1"},
    {"result_get", "SELECT sealed, computed_at FROM results WHERE user_id = $1"},
    {"result_put",
     "INSERT INTO results(user_id, sealed, computed_at) VALUES($1, $2, $3) "
     "ON CONFLICT(user_id) DO UPDATE SET sealed = excluded.sealed, "
     "computed_at = excluded.computed_at"},
    {"result_clear", "DELETE FROM results WHERE user_id = $1"},
    {"failure_add", "INSERT INTO login_failures(key, at) VALUES($1, $2)"},
    {"failure_count", "SELECT count(*) FROM login_failures WHERE key = $1 AND at >= $2"},
    {"failure_clear", "DELETE FROM login_failures WHERE key = $1"},
    {"share_insert",
     "INSERT INTO shares(id, token_digest, user_id, created_at, expires_at, revoked) "
     "VALUES($1, $2, $3, $4, $5, $6)"},
    {"share_find",
     "SELECT id, token_digest, user_id, created_at, expires_at, revoked FROM shares "
     "WHERE token_digest = $1"},
    {"share_list",
     "SELECT id, token_digest, user_id, created_at, expires_at, revoked FROM shares "
     "WHERE user_id = $1 ORDER BY created_at, id"},
    {"share_revoke", "UPDATE shares SET revoked = TRUE WHERE user_id = $1 AND id = $2"},
    {"audit_last", "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"},
    {"audit_insert",
     "INSERT INTO audit(seq, at, user_id, action, target, address, outcome, prev_hash, hash) "
     "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9)"},
    {"audit_read",
     "SELECT seq, at, user_id, action, target, address, outcome, prev_hash, hash FROM audit "
     "WHERE seq > $1 ORDER BY seq LIMIT $2"},
};

Status NotFound(std::string_view what) { return Status::NotFound(fmt::format("no such {}", what)); }

Status Unavailable(const std::exception& e) {
  return Status(StatusCode::kUnavailable,
                fmt::format("the PostgreSQL database is not reachable: {}", e.what()),
                "check that the database server is running; the request can be retried");
}

// The connection itself is gone (the server restarted or shut down, the network dropped): it is
// thrown away and the next call opens a fresh one. Class 08 is connection exceptions, 57P
// operator intervention (shutdown, terminated backend).
bool IsBroken(const std::exception& e) {
  if (dynamic_cast<const pqxx::broken_connection*>(&e) != nullptr ||
      dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr) {
    return true;
  }
  const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e);
  return sql != nullptr &&
         (sql->sqlstate().starts_with("08") || sql->sqlstate().starts_with("57P"));
}

// The server's message without its "ERROR:" prefix, CONTEXT and trailing newline.
std::string FirstLine(const pqxx::sql_error& e) {
  std::string s = e.what();
  s = s.substr(0, s.find('\n'));
  if (s.starts_with("ERROR:")) s = s.substr(s.find_first_not_of(' ', 6));
  return s;
}

// Maps a libpqxx exception to a Status. Unique-key clashes are kFailedPrecondition as the
// contract says. A database that cannot take writes now (read-only, disk full, out of
// resources) is kUnavailable with its own cause and hint: the request failed whole (PostgreSQL
// rolled the transaction back) and can be retried once the fault is mended. Everything else is
// an I/O error naming the SQL state.
Status FromPqxx(const std::exception& e) {
  if (IsBroken(e)) return Unavailable(e);
  if (dynamic_cast<const pqxx::unique_violation*>(&e) != nullptr) {
    return Status(StatusCode::kFailedPrecondition, "a row with this key already exists");
  }
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
    const std::string state = sql->sqlstate();
    if (state == "25006") {  // read_only_sql_transaction
      return Status(StatusCode::kUnavailable,
                    "the PostgreSQL database is read-only: nothing can be saved right now",
                    "writes need the primary server with default_transaction_read_only off and "
                    "a writable disk; nothing was changed, so the request can be retried then");
    }
    if (state == "53100") {  // disk_full
      return Status(StatusCode::kUnavailable,
                    fmt::format("the PostgreSQL database's disk is full: {}", FirstLine(*sql)),
                    "free space on the database server's disk (or its tablespace); nothing was "
                    "changed, so the request can be retried then");
    }
    if (state.starts_with("53")) {  // insufficient resources (memory, connections)
      return Status(StatusCode::kUnavailable,
                    fmt::format("the PostgreSQL database is out of resources: {}", FirstLine(*sql)),
                    "the request can be retried shortly");
    }
    return Status::IoError(fmt::format("PostgreSQL error {}: {}", state, sql->what()));
  }
  return Status::IoError(fmt::format("PostgreSQL error: {}", e.what()));
}

std::string Bytes(const pqxx::field& f) {
  pqxx::binarystring b(f);
  return b.str();
}
pqxx::binarystring Blob(const std::string& s) { return pqxx::binarystring(s); }

// Columns id, email, password_hash, wrapped_key, created_at[, written_at].
User ReadUser(const pqxx::row& r) {
  return User{r[0].as<std::int64_t>(), r[1].as<std::string>(),
              r[2].as<std::string>(),  Bytes(r[3]),
              r[4].as<std::int64_t>(), r.size() > 5 ? r[5].as<std::int64_t>() : 0};
}
Session ReadSession(const pqxx::row& r) {
  return Session{r[0].as<std::string>(),  r[1].as<std::int64_t>(), r[2].as<std::string>(),
                 r[3].as<std::int64_t>(), r[4].as<std::int64_t>(), r[5].as<std::string>(),
                 r[6].as<std::string>()};
}
RecordMeta ReadMeta(const pqxx::row& r) {
  return RecordMeta{r[0].as<std::string>(), r[1].as<std::int64_t>(), r[2].as<std::string>(),
                    r[3].as<std::string>(), r[4].as<std::int64_t>(), r[5].as<std::int64_t>(),
                    r[6].as<std::int64_t>()};
}
Record ReadRecord(const pqxx::row& r) {
  return Record{ReadMeta(r), Bytes(r[7]), Bytes(r[8]), r[9].as<int>()};
}
Share ReadShare(const pqxx::row& r) {
  return Share{r[0].as<std::string>(),  r[1].as<std::string>(),  r[2].as<std::int64_t>(),
               r[3].as<std::int64_t>(), r[4].as<std::int64_t>(), r[5].as<bool>()};
}
AuditEvent ReadAuditRow(const pqxx::row& r) {
  return AuditEvent{r[0].as<std::int64_t>(), r[1].as<std::int64_t>(), r[2].as<std::int64_t>(),
                    r[3].as<std::string>(),  r[4].as<std::string>(),  r[5].as<std::string>(),
                    r[6].as<std::string>(),  r[7].as<std::string>(),  r[8].as<std::string>()};
}

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
  Lease Acquire() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !idle_.empty() || open_ < size_; });
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(c));
    }
    ++open_;
    lock.unlock();
    try {
      auto c = std::make_unique<pqxx::connection>(url_);
      if (read_only_) {
        pqxx::nontransaction n(*c);
        n.exec0("SET default_transaction_read_only = on");
      }
      for (const NamedSql& s : kStatements) c->prepare(s.name, s.sql);
      return Lease(this, std::move(c));
    } catch (...) {
      lock.lock();
      --open_;
      cv_.notify_one();
      throw;
    }
  }

 private:
  void DropIdle() {
    std::vector<std::unique_ptr<pqxx::connection>> dead;
    {
      std::lock_guard lock(mu_);
      open_ -= static_cast<int>(idle_.size());
      dead.swap(idle_);
      cv_.notify_all();
    }
  }
  void Release(std::unique_ptr<pqxx::connection> c) {
    std::lock_guard lock(mu_);
    if (c && c->is_open()) {
      idle_.push_back(std::move(c));
    } else {
      --open_;
    }
    cv_.notify_one();
  }

  const std::string url_;
  const int size_;
  const bool read_only_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;
  int open_ = 0;
};

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

  Result<int> SchemaVersion() override {
    return Tx<int>([](pqxx::work& w) -> Result<int> {
      // A database that was never migrated has no schema_version table: version 0.
      if (w.exec("SELECT to_regclass('schema_version') IS NULL")[0][0].as<bool>()) return 0;
      return w.exec("SELECT coalesce(max(version), 0) FROM schema_version")[0][0].as<int>();
    });
  }
  Status Ping() override {
    return TxStatus([](pqxx::work& w) {
      w.exec("SELECT 1");
      return Status::Ok();
    });
  }

  Result<User> CreateUser(const std::string& email, const std::string& password_hash,
                          const std::function<std::string(std::int64_t)>& wrap,
                          std::int64_t now) override {
    Result<User> r = Tx<User>([&](pqxx::work& w) -> Result<User> {
      const auto id =
          w.exec_prepared1("user_insert", email, password_hash, now)[0].as<std::int64_t>();
      User u{id, email, password_hash, wrap(id), now};
      w.exec_prepared0("user_set_key", Blob(u.wrapped_key), id);
      return u;
    });
    if (!r.ok() && r.status().code() == StatusCode::kFailedPrecondition) {
      return Status(StatusCode::kFailedPrecondition, "this e-mail address is already registered",
                    "log in instead, or use another address");
    }
    return r;
  }

  Result<User> FindUserByEmail(const std::string& email) override {
    return Tx<User>([&](pqxx::work& w) -> Result<User> {
      auto rows = w.exec_prepared("user_by_email", email);
      if (rows.empty()) return NotFound("account");
      return ReadUser(rows[0]);
    });
  }

  Result<User> GetUser(std::int64_t user_id) override {
    return Tx<User>([&](pqxx::work& w) -> Result<User> {
      auto rows = w.exec_prepared("user_by_id", user_id);
      if (rows.empty()) return NotFound("account");
      return ReadUser(rows[0]);
    });
  }

  Status SetPasswordHash(std::int64_t user_id, const std::string& hash) override {
    return TxStatus([&](pqxx::work& w) {
      return w.exec_prepared("user_set_hash", hash, user_id).affected_rows() == 1
                 ? Status::Ok()
                 : NotFound("account");
    });
  }

  Status MarkWritten(std::int64_t user_id, std::int64_t now) override {
    return TxStatus([&](pqxx::work& w) {
      return w.exec_prepared("user_mark_written", now, user_id).affected_rows() == 1
                 ? Status::Ok()
                 : NotFound("account");
    });
  }

  // Records, results, sessions and shares go by ON DELETE CASCADE. PostgreSQL keeps dead tuples
  // until VACUUM; the rows hold only sealed bytes, and the user's data key (in the deleted users
  // row) was the only way to open them, so nothing readable remains. A VACUUM after the
  // transaction reclaims the space as soon as no older snapshot needs it.
  Status DeleteUser(std::int64_t user_id) override {
    Status s = TxStatus([&](pqxx::work& w) {
      auto rows = w.exec_prepared("user_by_id", user_id);
      if (rows.empty()) return NotFound("account");
      w.exec_prepared0("failure_clear", "account:" + rows[0][1].as<std::string>());
      w.exec_prepared0("user_delete", user_id);
      return Status::Ok();
    });
    if (!s.ok()) return s;
    try {
      auto lease = pool_.Acquire();
      pqxx::nontransaction n(*lease);
      n.exec("VACUUM users, records, results, sessions, shares, login_failures");
    } catch (const std::exception&) {
      // The erasure itself is committed; reclaiming space is best effort and retried by the
      // database's autovacuum.
    }
    return Status::Ok();
  }

  Status CreateSession(const Session& s) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared0("session_insert", s.token_digest, s.user_id, s.csrf_token, s.created_at,
                       s.last_seen, s.user_agent, s.address);
      return Status::Ok();
    });
  }

  Result<Session> FindSession(const std::string& digest) override {
    return Tx<Session>([&](pqxx::work& w) -> Result<Session> {
      auto rows = w.exec_prepared("session_find", digest);
      if (rows.empty()) return NotFound("session");
      return ReadSession(rows[0]);
    });
  }

  Status TouchSession(const std::string& digest, std::int64_t now) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared("session_touch", now, digest);
      return Status::Ok();
    });
  }

  Status DeleteSession(std::int64_t user_id, const std::string& digest) override {
    return TxStatus([&](pqxx::work& w) {
      return w.exec_prepared("session_delete", user_id, digest).affected_rows() == 1
                 ? Status::Ok()
                 : NotFound("session");
    });
  }

  Status DeleteUserSessions(std::int64_t user_id, const std::string& keep) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared("session_delete_others", user_id, keep);
      return Status::Ok();
    });
  }

  Result<std::vector<Session>> ListSessions(std::int64_t user_id) override {
    return Tx<std::vector<Session>>([&](pqxx::work& w) -> Result<std::vector<Session>> {
      std::vector<Session> out;
      for (const auto& row : w.exec_prepared("session_list", user_id)) {
        out.push_back(ReadSession(row));
      }
      return out;
    });
  }

  Status PurgeSessions(std::int64_t idle_before, std::int64_t created_before) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared("session_purge", idle_before, created_before);
      return Status::Ok();
    });
  }

  Status PutRecord(const Record& r, const CachedResult* result) override {
    return TxStatus([&](pqxx::work& w) {
      const RecordMeta& m = r.meta;
      w.exec_prepared0("record_insert", m.id, m.user_id, m.filename, m.format, m.size,
                       m.observations, m.created_at, Blob(r.sealed_raw), Blob(r.sealed_parsed),
                       r.parsed_version);
      if (result != nullptr) {
        w.exec_prepared0("result_put", m.user_id, Blob(result->sealed), result->computed_at);
      } else {
        w.exec_prepared0("result_clear", m.user_id);
      }
      return Status::Ok();
    });
  }

  Result<std::vector<RecordMeta>> ListRecords(std::int64_t user_id) override {
    return Tx<std::vector<RecordMeta>>([&](pqxx::work& w) -> Result<std::vector<RecordMeta>> {
      std::vector<RecordMeta> out;
      for (const auto& row : w.exec_prepared("record_list", user_id)) {
        out.push_back(ReadMeta(row));
      }
      return out;
    });
  }

  Result<Record> GetRecord(std::int64_t user_id, const std::string& id) override {
    return Tx<Record>([&](pqxx::work& w) -> Result<Record> {
      auto rows = w.exec_prepared("record_get", user_id, id);
      if (rows.empty()) return NotFound("record");
      return ReadRecord(rows[0]);
    });
  }

  Result<std::vector<Record>> LoadRecords(std::int64_t user_id) override {
    return LoadAll("record_load", user_id);
  }

  Result<std::vector<Record>> LoadParsed(std::int64_t user_id) override {
    return LoadAll("record_load_parsed", user_id);
  }

  Result<std::vector<Record>> LoadAll(const char* statement, std::int64_t user_id) {
    return Tx<std::vector<Record>>([&](pqxx::work& w) -> Result<std::vector<Record>> {
      std::vector<Record> out;
      for (const auto& row : w.exec_prepared(statement, user_id)) out.push_back(ReadRecord(row));
      return out;
    });
  }

  Status DeleteRecord(std::int64_t user_id, const std::string& id) override {
    return TxStatus([&](pqxx::work& w) {
      if (w.exec_prepared("record_delete", user_id, id).affected_rows() != 1) {
        return NotFound("record");
      }
      w.exec_prepared0("result_clear", user_id);
      return Status::Ok();
    });
  }

  Result<std::pair<std::int64_t, std::int64_t>> RecordUsage(std::int64_t user_id) override {
    using Usage = std::pair<std::int64_t, std::int64_t>;
    return Tx<Usage>([&](pqxx::work& w) -> Result<Usage> {
      auto row = w.exec_prepared1("record_usage", user_id);
      return Usage{row[0].as<std::int64_t>(), row[1].as<std::int64_t>()};
    });
  }

  Result<CachedResult> GetResult(std::int64_t user_id) override {
    return Tx<CachedResult>([&](pqxx::work& w) -> Result<CachedResult> {
      auto rows = w.exec_prepared("result_get", user_id);
      if (rows.empty()) return NotFound("result");
      return CachedResult{Bytes(rows[0][0]), rows[0][1].as<std::int64_t>()};
    });
  }

  Status PutResult(std::int64_t user_id, const CachedResult& result) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared0("result_put", user_id, Blob(result.sealed), result.computed_at);
      return Status::Ok();
    });
  }

  Status AddLoginFailure(const std::string& key, std::int64_t now) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared0("failure_add", key, now);
      return Status::Ok();
    });
  }

  Result<std::int64_t> CountLoginFailures(const std::string& key, std::int64_t since) override {
    return Tx<std::int64_t>([&](pqxx::work& w) -> Result<std::int64_t> {
      return w.exec_prepared1("failure_count", key, since)[0].as<std::int64_t>();
    });
  }

  Status ClearLoginFailures(const std::string& key) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared("failure_clear", key);
      return Status::Ok();
    });
  }

  Status CreateShare(const Share& s) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_prepared0("share_insert", s.id, s.token_digest, s.user_id, s.created_at, s.expires_at,
                       s.revoked);
      return Status::Ok();
    });
  }

  Result<Share> FindShare(const std::string& digest) override {
    return Tx<Share>([&](pqxx::work& w) -> Result<Share> {
      auto rows = w.exec_prepared("share_find", digest);
      if (rows.empty()) return NotFound("share link");
      return ReadShare(rows[0]);
    });
  }

  Result<std::vector<Share>> ListShares(std::int64_t user_id) override {
    return Tx<std::vector<Share>>([&](pqxx::work& w) -> Result<std::vector<Share>> {
      std::vector<Share> out;
      for (const auto& row : w.exec_prepared("share_list", user_id)) out.push_back(ReadShare(row));
      return out;
    });
  }

  Status RevokeShare(std::int64_t user_id, const std::string& id) override {
    return TxStatus([&](pqxx::work& w) {
      return w.exec_prepared("share_revoke", user_id, id).affected_rows() == 1
                 ? Status::Ok()
                 : NotFound("share link");
    });
  }

  // Appends under a transaction-scoped advisory lock, so that appends from every server form one
  // chain: the lock is held from reading the last row until the commit.
  Result<AuditEvent> AppendAudit(const AuditEvent& event) override {
    return Tx<AuditEvent>([&](pqxx::work& w) -> Result<AuditEvent> {
      w.exec_params("SELECT pg_advisory_xact_lock($1)", kAuditLock);
      AuditEvent e = event;
      e.seq = 1;
      e.prev_hash = kAuditGenesis;
      auto last = w.exec_prepared("audit_last");
      if (!last.empty()) {
        e.seq = last[0][0].as<std::int64_t>() + 1;
        e.prev_hash = last[0][1].as<std::string>();
      }
      e.hash = AuditHash(e, e.prev_hash);
      w.exec_prepared0("audit_insert", e.seq, e.at, e.user_id, e.action, e.target, e.address,
                       e.outcome, e.prev_hash, e.hash);
      return e;
    });
  }

  Result<std::vector<AuditEvent>> ReadAudit(std::int64_t after_seq, int limit) override {
    return Tx<std::vector<AuditEvent>>([&](pqxx::work& w) -> Result<std::vector<AuditEvent>> {
      std::vector<AuditEvent> out;
      for (const auto& row : w.exec_prepared("audit_read", after_seq, limit)) {
        out.push_back(ReadAuditRow(row));
      }
      return out;
    });
  }

  Result<Snapshot> Export() override {
    return Tx<Snapshot>([&](pqxx::work& w) -> Result<Snapshot> {
      w.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");  // one view
      Snapshot snap;
      snap.schema_version =
          w.exec("SELECT coalesce(max(version), 0) FROM schema_version")[0][0].as<int>();
      for (const auto& r : w.exec(
               "SELECT id, email, password_hash, wrapped_key, created_at FROM users ORDER BY id")) {
        snap.users.push_back(ReadUser(r));
      }
      for (const auto& r :
           w.exec("SELECT token_digest, user_id, csrf_token, created_at, last_seen, user_agent, "
                  "address FROM sessions ORDER BY token_digest COLLATE \"C\"")) {
        snap.sessions.push_back(ReadSession(r));
      }
      for (const auto& r : w.exec(
               "SELECT id, user_id, filename, format, size, observations, created_at, sealed_raw, "
               "sealed_parsed, parsed_version FROM records ORDER BY created_at, seq")) {
        snap.records.push_back(ReadRecord(r));
      }
      for (const auto& r :
           w.exec("SELECT user_id, sealed, computed_at FROM results ORDER BY user_id")) {
        snap.results.push_back({r[0].as<std::int64_t>(), {Bytes(r[1]), r[2].as<std::int64_t>()}});
      }
      for (const auto& r : w.exec("SELECT key, at FROM login_failures ORDER BY ctid")) {
        snap.login_failures.push_back({r[0].as<std::string>(), r[1].as<std::int64_t>()});
      }
      for (const auto& r :
           w.exec("SELECT id, token_digest, user_id, created_at, expires_at, revoked FROM shares "
                  "ORDER BY id COLLATE \"C\"")) {  // byte order, as SQLite sorts
        snap.shares.push_back(ReadShare(r));
      }
      for (const auto& r :
           w.exec("SELECT seq, at, user_id, action, target, address, outcome, prev_hash, hash "
                  "FROM audit ORDER BY seq")) {
        snap.audit.push_back(ReadAuditRow(r));
      }
      return snap;
    });
  }

  Status Import(const Snapshot& snap) override {
    return TxStatus([&](pqxx::work& w) {
      w.exec_params("SELECT pg_advisory_xact_lock($1)", kAuditLock);
      if (w.exec("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit)")[0][0]
              .as<std::int64_t>() != 0) {
        return Status(StatusCode::kFailedPrecondition,
                      "the target database already holds accounts or audit rows",
                      "restore or copy into a new, empty database");
      }
      for (const User& u : snap.users) {
        w.exec_params0(
            "INSERT INTO users(id, email, password_hash, wrapped_key, created_at) "
            "VALUES($1, $2, $3, $4, $5)",
            u.id, u.email, u.password_hash, Blob(u.wrapped_key), u.created_at);
      }
      // New accounts continue after the highest imported id.
      w.exec(
          "SELECT setval(pg_get_serial_sequence('users', 'id'), "
          "coalesce((SELECT max(id) FROM users), 0) + 1, false)");
      for (const Session& x : snap.sessions) {
        w.exec_prepared0("session_insert", x.token_digest, x.user_id, x.csrf_token, x.created_at,
                         x.last_seen, x.user_agent, x.address);
      }
      for (const Record& r : snap.records) {  // in order: seq keeps the order of equal times
        const RecordMeta& m = r.meta;
        w.exec_prepared0("record_insert", m.id, m.user_id, m.filename, m.format, m.size,
                         m.observations, m.created_at, Blob(r.sealed_raw), Blob(r.sealed_parsed),
                         r.parsed_version);
      }
      for (const auto& [user_id, res] : snap.results) {
        w.exec_prepared0("result_put", user_id, Blob(res.sealed), res.computed_at);
      }
      for (const LoginFailure& f : snap.login_failures) {
        w.exec_prepared0("failure_add", f.key, f.at);
      }
      for (const Share& x : snap.shares) {
        w.exec_prepared0("share_insert", x.id, x.token_digest, x.user_id, x.created_at,
                         x.expires_at, x.revoked);
      }
      for (const AuditEvent& e : snap.audit) {
        w.exec_prepared0("audit_insert", e.seq, e.at, e.user_id, e.action, e.target, e.address,
                         e.outcome, e.prev_hash, e.hash);
      }
      return Status::Ok();
    });
  }

 private:
  Pool pool_;
};

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

}  // namespace

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
