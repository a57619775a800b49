#include "oncoguide/store/sqlite_store.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <mutex>

#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/snapshot.h"
#include "sqlite_db.h"

namespace oncoguide::store {
namespace {

using internal::Exec;
using internal::SqliteError;
using internal::Statement;

Status NotFound(std::string_view what) { return Status::NotFound(fmt::format("no such {}", what)); }

Status NotEmpty() {
  return Status(StatusCode::kFailedPrecondition,
                "the target database already holds accounts or audit rows",
                "restore or copy into a new, empty database");
}

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

User ReadUser(const Statement& st) {
  return User{st.Int(0), st.Text(1), st.Text(2), st.Blob(3), st.Int(4), st.Int(5)};
}
constexpr char kUserCols[] =
    "SELECT id, email, password_hash, wrapped_key, created_at, written_at FROM users";

Session ReadSession(const Statement& st) {
  return Session{st.Text(0), st.Int(1), st.Text(2), st.Int(3), st.Int(4), st.Text(5), st.Text(6)};
}
constexpr char kSessionCols[] =
    "SELECT token_digest, user_id, csrf_token, created_at, last_seen, user_agent, address "
    "FROM sessions";

RecordMeta ReadMeta(const Statement& st) {
  return RecordMeta{st.Text(0), st.Int(1), st.Text(2), st.Text(3), st.Int(4), st.Int(5), st.Int(6)};
}
constexpr char kMetaCols[] = "SELECT id, user_id, filename, format, size, observations, created_at";
constexpr char kSealedCols[] = "sealed_raw, sealed_parsed, parsed_version";
// A row of kMetaCols + kSealedCols.
Record ReadRecord(const Statement& st) {
  return Record{ReadMeta(st), st.Blob(7), st.Blob(8), static_cast<int>(st.Int(9))};
}

Share ReadShare(const Statement& st) {
  return Share{st.Text(0), st.Text(1), st.Int(2), st.Int(3), st.Int(4), st.Int(5) != 0};
}
constexpr char kShareCols[] =
    "SELECT id, token_digest, user_id, created_at, expires_at, revoked FROM shares";

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override {
    // Fold the WAL back into the database so a clean shutdown leaves one file.
    sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_close_v2(db_);
  }

  Status Configure(std::span<const Migration> migrations);

  Result<int> SchemaVersion() override {
    std::lock_guard lock(mu_);
    return UserVersion();
  }
  Status Ping() override {
    std::lock_guard lock(mu_);
    Statement st(db_, "SELECT 1");
    return st.Run();
  }

  Result<User> CreateUser(const std::string& email, const std::string& password_hash,
                          const std::function<std::string(std::int64_t)>& wrap,
                          std::int64_t now) override {
    std::lock_guard lock(mu_);
    Transaction tx(db_);
    OG_RETURN_IF_ERROR(tx.status());
    Statement ins(db_,
                  "INSERT INTO users(email, password_hash, wrapped_key, created_at) "
                  "VALUES(?, ?, x'', ?)");
    ins.Bind(1, email).Bind(2, password_hash).Bind(3, now);
    Status s = ins.Run();
    if (!s.ok()) {
      if (s.code() == StatusCode::kFailedPrecondition) {
        return Status(StatusCode::kFailedPrecondition, "this e-mail address is already registered",
                      "log in instead, or use another address");
      }
      return s;
    }
    User u{sqlite3_last_insert_rowid(db_), email, password_hash, {}, now};
    u.wrapped_key = wrap(u.id);
    Statement upd(db_, "UPDATE users SET wrapped_key = ? WHERE id = ?");
    upd.BindBlob(1, u.wrapped_key).Bind(2, u.id);
    OG_RETURN_IF_ERROR(upd.Run());
    OG_RETURN_IF_ERROR(tx.Commit());
    return u;
  }

  Result<User> FindUserByEmail(const std::string& email) override {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kUserCols) + " WHERE email = ?");
    st.Bind(1, email);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return NotFound("account");
    return ReadUser(st);
  }

  Result<User> GetUser(std::int64_t user_id) override {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kUserCols) + " WHERE id = ?");
    st.Bind(1, user_id);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return NotFound("account");
    return ReadUser(st);
  }

  Status SetPasswordHash(std::int64_t user_id, const std::string& hash) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "UPDATE users SET password_hash = ? WHERE id = ?");
    st.Bind(1, hash).Bind(2, user_id);
    OG_RETURN_IF_ERROR(st.Run());
    return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("account");
  }

  Status MarkWritten(std::int64_t user_id, std::int64_t now) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "UPDATE users SET written_at = max(written_at, ?) WHERE id = ?");
    st.Bind(1, now).Bind(2, user_id);
    OG_RETURN_IF_ERROR(st.Run());
    return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("account");
  }

  Status DeleteUser(std::int64_t user_id) override {
    std::lock_guard lock(mu_);
    {
      Transaction tx(db_);
      OG_RETURN_IF_ERROR(tx.status());
      Result<User> u = [&]() -> Result<User> {
        Statement st(db_, std::string(kUserCols) + " WHERE id = ?");
        st.Bind(1, user_id);
        OG_ASSIGN_OR_RETURN(bool row, st.Step());
        if (!row) return NotFound("account");
        return ReadUser(st);
      }();
      if (!u.ok()) return u.status();
      Statement f(db_, "DELETE FROM login_failures WHERE key = ?");
      f.Bind(1, "account:" + u->email);
      OG_RETURN_IF_ERROR(f.Run());
      // Records, results, sessions and shares go by ON DELETE CASCADE.
      Statement del(db_, "DELETE FROM users WHERE id = ?");
      del.Bind(1, user_id);
      OG_RETURN_IF_ERROR(del.Run());
      OG_RETURN_IF_ERROR(tx.Commit());
    }
    return Erase();
  }

  Status CreateSession(const Session& s) override {
    std::lock_guard lock(mu_);
    Statement st(db_,
                 "INSERT INTO sessions(token_digest, user_id, csrf_token, created_at, last_seen, "
                 "user_agent, address) VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, s.token_digest).Bind(2, s.user_id).Bind(3, s.csrf_token).Bind(4, s.created_at);
    st.Bind(5, s.last_seen).Bind(6, s.user_agent).Bind(7, s.address);
    return st.Run();
  }

  Result<Session> FindSession(const std::string& digest) override {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kSessionCols) + " WHERE token_digest = ?");
    st.Bind(1, digest);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return NotFound("session");
    return ReadSession(st);
  }

  Status TouchSession(const std::string& digest, std::int64_t now) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "UPDATE sessions SET last_seen = ? WHERE token_digest = ?");
    st.Bind(1, now).Bind(2, digest);
    return st.Run();
  }

  Status DeleteSession(std::int64_t user_id, const std::string& digest) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "DELETE FROM sessions WHERE user_id = ? AND token_digest = ?");
    st.Bind(1, user_id).Bind(2, digest);
    OG_RETURN_IF_ERROR(st.Run());
    return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("session");
  }

  Status DeleteUserSessions(std::int64_t user_id, const std::string& keep) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "DELETE FROM sessions WHERE user_id = ? AND token_digest <> ?");
    st.Bind(1, user_id).Bind(2, keep);
    return st.Run();
  }

  Result<std::vector<Session>> ListSessions(std::int64_t user_id) override {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kSessionCols) + " WHERE user_id = ? ORDER BY created_at");
    st.Bind(1, user_id);
    std::vector<Session> out;
    while (true) {
      OG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      out.push_back(ReadSession(st));
    }
    return out;
  }

  Status PurgeSessions(std::int64_t idle_before, std::int64_t created_before) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "DELETE FROM sessions WHERE last_seen < ? OR created_at < ?");
    st.Bind(1, idle_before).Bind(2, created_before);
    return st.Run();
  }

  Status PutRecord(const Record& r, const CachedResult* result) override {
    std::lock_guard lock(mu_);
    Transaction tx(db_);
    OG_RETURN_IF_ERROR(tx.status());
    Statement st(db_,
                 "INSERT INTO records(id, user_id, filename, format, size, observations, "
                 "created_at, sealed_raw, sealed_parsed, parsed_version) "
                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const RecordMeta& m = r.meta;
    st.Bind(1, m.id).Bind(2, m.user_id).Bind(3, m.filename).Bind(4, m.format).Bind(5, m.size);
    st.Bind(6, m.observations).Bind(7, m.created_at).BindBlob(8, r.sealed_raw);
    st.BindBlob(9, r.sealed_parsed).Bind(10, std::int64_t{r.parsed_version});
    OG_RETURN_IF_ERROR(st.Run());
    OG_RETURN_IF_ERROR(result ? PutResultLocked(m.user_id, *result) : ClearResult(m.user_id));
    return tx.Commit();
  }

  Result<std::vector<RecordMeta>> ListRecords(std::int64_t user_id) override {
    std::lock_guard lock(mu_);
    Statement st(
        db_, std::string(kMetaCols) + " FROM records WHERE user_id = ? ORDER BY created_at, rowid");
    st.Bind(1, user_id);
    std::vector<RecordMeta> out;
    while (true) {
      OG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      out.push_back(ReadMeta(st));
    }
    return out;
  }

  Result<Record> GetRecord(std::int64_t user_id, const std::string& id) override {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kMetaCols) + ", " + kSealedCols +
                          " FROM records WHERE user_id = ? AND id = ?");
    st.Bind(1, user_id).Bind(2, id);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return NotFound("record");
    return ReadRecord(st);
  }

  Result<std::vector<Record>> LoadRecords(std::int64_t user_id) override {
    return LoadAll(user_id, kSealedCols);
  }

  Result<std::vector<Record>> LoadParsed(std::int64_t user_id) override {
    return LoadAll(user_id, "x'', sealed_parsed, parsed_version");
  }

  Status DeleteRecord(std::int64_t user_id, const std::string& id) override {
    std::lock_guard lock(mu_);
    Transaction tx(db_);
    OG_RETURN_IF_ERROR(tx.status());
    Statement st(db_, "DELETE FROM records WHERE user_id = ? AND id = ?");
    st.Bind(1, user_id).Bind(2, id);
    OG_RETURN_IF_ERROR(st.Run());
    if (sqlite3_changes(db_) != 1) return NotFound("record");
    OG_RETURN_IF_ERROR(ClearResult(user_id));
    return tx.Commit();
  }

  Result<std::pair<std::int64_t, std::int64_t>> RecordUsage(std::int64_t user_id) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "SELECT coalesce(sum(size), 0), count(*) FROM records WHERE user_id = ?");
    st.Bind(1, user_id);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    (void)row;
    return std::make_pair(st.Int(0), st.Int(1));
  }

  Result<CachedResult> GetResult(std::int64_t user_id) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "SELECT sealed, computed_at FROM results WHERE user_id = ?");
    st.Bind(1, user_id);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return NotFound("result");
    return CachedResult{st.Blob(0), st.Int(1)};
  }

  Status PutResult(std::int64_t user_id, const CachedResult& result) override {
    std::lock_guard lock(mu_);
    return PutResultLocked(user_id, result);
  }

  Status AddLoginFailure(const std::string& key, std::int64_t now) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "INSERT INTO login_failures(key, at) VALUES(?, ?)");
    st.Bind(1, key).Bind(2, now);
    return st.Run();
  }

  Result<std::int64_t> CountLoginFailures(const std::string& key, std::int64_t since) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?");
    st.Bind(1, key).Bind(2, since);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    (void)row;
    return st.Int(0);
  }

  Status ClearLoginFailures(const std::string& key) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "DELETE FROM login_failures WHERE key = ?");
    st.Bind(1, key);
    return st.Run();
  }

  Status CreateShare(const Share& s) override {
    std::lock_guard lock(mu_);
    Statement st(db_,
                 "INSERT INTO shares(id, token_digest, user_id, created_at, expires_at, revoked) "
                 "VALUES(?, ?, ?, ?, ?, ?)");
    st.Bind(1, s.id).Bind(2, s.token_digest).Bind(3, s.user_id).Bind(4, s.created_at);
    st.Bind(5, s.expires_at).Bind(6, s.revoked ? 1 : 0);
    return st.Run();
  }

  Result<Share> FindShare(const std::string& digest) override {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kShareCols) + " WHERE token_digest = ?");
    st.Bind(1, digest);
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return NotFound("share link");
    return ReadShare(st);
  }

  Result<std::vector<Share>> ListShares(std::int64_t user_id) override {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kShareCols) + " WHERE user_id = ? ORDER BY created_at");
    st.Bind(1, user_id);
    std::vector<Share> out;
    while (true) {
      OG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      out.push_back(ReadShare(st));
    }
    return out;
  }

  Status RevokeShare(std::int64_t user_id, const std::string& id) override {
    std::lock_guard lock(mu_);
    Statement st(db_, "UPDATE shares SET revoked = 1 WHERE user_id = ? AND id = ?");
    st.Bind(1, user_id).Bind(2, id);
    OG_RETURN_IF_ERROR(st.Run());
    return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("share link");
  }

  Result<AuditEvent> AppendAudit(const AuditEvent& event) override {
    std::lock_guard lock(mu_);
    Transaction tx(db_);
    OG_RETURN_IF_ERROR(tx.status());
    AuditEvent e = event;
    e.seq = 1;
    e.prev_hash = kAuditGenesis;
    {
      Statement last(db_, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
      OG_ASSIGN_OR_RETURN(bool row, last.Step());
      if (row) {
        e.seq = last.Int(0) + 1;
        e.prev_hash = last.Text(1);
      }
    }
    e.hash = AuditHash(e, e.prev_hash);
    Statement st(db_,
                 "INSERT INTO audit(seq, at, user_id, action, target, address, outcome, "
                 "prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, e.seq).Bind(2, e.at).Bind(3, e.user_id).Bind(4, e.action).Bind(5, e.target);
    st.Bind(6, e.address).Bind(7, e.outcome).Bind(8, e.prev_hash).Bind(9, e.hash);
    OG_RETURN_IF_ERROR(st.Run());
    OG_RETURN_IF_ERROR(tx.Commit());
    return e;
  }

  Result<std::vector<AuditEvent>> ReadAudit(std::int64_t after_seq, int limit) override {
    std::lock_guard lock(mu_);
    Statement st(db_,
                 "SELECT seq, at, user_id, action, target, address, outcome, prev_hash, hash "
                 "FROM audit WHERE seq > ? ORDER BY seq LIMIT ?");
    st.Bind(1, after_seq).Bind(2, limit);
    std::vector<AuditEvent> out;
    while (true) {
      OG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      out.push_back(AuditEvent{st.Int(0), st.Int(1), st.Int(2), st.Text(3), st.Text(4), st.Text(5),
                               st.Text(6), st.Text(7), st.Text(8)});
    }
    return out;
  }

  Result<Snapshot> Export() override {
    std::lock_guard lock(mu_);
    Transaction tx(db_);  // one consistent view of every table
    OG_RETURN_IF_ERROR(tx.status());
    Snapshot snap;
    OG_ASSIGN_OR_RETURN(snap.schema_version, UserVersion());
    auto each = [&](const std::string& sql, const auto& read) -> Status {
      Statement st(db_, sql);
      while (true) {
        OG_ASSIGN_OR_RETURN(bool row, st.Step());
        if (!row) return Status::Ok();
        read(st);
      }
    };
    OG_RETURN_IF_ERROR(each(std::string(kUserCols) + " ORDER BY id",
                            [&](const Statement& st) { snap.users.push_back(ReadUser(st)); }));
    OG_RETURN_IF_ERROR(
        each(std::string(kSessionCols) + " ORDER BY token_digest",
             [&](const Statement& st) { snap.sessions.push_back(ReadSession(st)); }));
    OG_RETURN_IF_ERROR(each(
        std::string(kMetaCols) + ", " + kSealedCols + " FROM records ORDER BY created_at, rowid",
        [&](const Statement& st) { snap.records.push_back(ReadRecord(st)); }));
    OG_RETURN_IF_ERROR(each("SELECT user_id, sealed, computed_at FROM results ORDER BY user_id",
                            [&](const Statement& st) {
                              snap.results.push_back({st.Int(0), {st.Blob(1), st.Int(2)}});
                            }));
    OG_RETURN_IF_ERROR(
        each("SELECT key, at FROM login_failures ORDER BY rowid", [&](const Statement& st) {
          snap.login_failures.push_back({st.Text(0), st.Int(1)});
        }));
    OG_RETURN_IF_ERROR(each(std::string(kShareCols) + " ORDER BY id",
                            [&](const Statement& st) { snap.shares.push_back(ReadShare(st)); }));
    OG_RETURN_IF_ERROR(each(
        "SELECT seq, at, user_id, action, target, address, outcome, prev_hash, hash FROM audit "
        "ORDER BY seq",
        [&](const Statement& st) {
          snap.audit.push_back(AuditEvent{st.Int(0), st.Int(1), st.Int(2), st.Text(3), st.Text(4),
                                          st.Text(5), st.Text(6), st.Text(7), st.Text(8)});
        }));
    return snap;
  }

  Status Import(const Snapshot& snap) override {
    std::lock_guard lock(mu_);
    Transaction tx(db_);
    OG_RETURN_IF_ERROR(tx.status());
    {
      Statement st(db_, "SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit)");
      OG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (row && st.Int(0) != 0) return NotEmpty();
    }
    for (const User& u : snap.users) {
      Statement st(db_,
                   "INSERT INTO users(id, email, password_hash, wrapped_key, created_at) "
                   "VALUES(?, ?, ?, ?, ?)");
      st.Bind(1, u.id).Bind(2, u.email).Bind(3, u.password_hash).BindBlob(4, u.wrapped_key);
      OG_RETURN_IF_ERROR(st.Bind(5, u.created_at).Run());
    }
    for (const Session& x : snap.sessions) {
      Statement st(db_,
                   "INSERT INTO sessions(token_digest, user_id, csrf_token, created_at, last_seen, "
                   "user_agent, address) VALUES(?, ?, ?, ?, ?, ?, ?)");
      st.Bind(1, x.token_digest).Bind(2, x.user_id).Bind(3, x.csrf_token).Bind(4, x.created_at);
      OG_RETURN_IF_ERROR(st.Bind(5, x.last_seen).Bind(6, x.user_agent).Bind(7, x.address).Run());
    }
    for (const Record& r : snap.records) {
      const RecordMeta& m = r.meta;
      Statement st(db_,
                   "INSERT INTO records(id, user_id, filename, format, size, observations, "
                   "created_at, sealed_raw, sealed_parsed, parsed_version) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st.Bind(1, m.id).Bind(2, m.user_id).Bind(3, m.filename).Bind(4, m.format).Bind(5, m.size);
      st.Bind(6, m.observations).Bind(7, m.created_at).BindBlob(8, r.sealed_raw);
      st.BindBlob(9, r.sealed_parsed).Bind(10, std::int64_t{r.parsed_version});
      OG_RETURN_IF_ERROR(st.Run());
    }
    for (const auto& [user_id, res] : snap.results) {
      OG_RETURN_IF_ERROR(PutResultLocked(user_id, res));
    }
    for (const LoginFailure& f : snap.login_failures) {
      Statement st(db_, "INSERT INTO login_failures(key, at) VALUES(?, ?)");
      OG_RETURN_IF_ERROR(st.Bind(1, f.key).Bind(2, f.at).Run());
    }
    for (const Share& x : snap.shares) {
      Statement st(db_,
                   "INSERT INTO shares(id, token_digest, user_id, created_at, expires_at, revoked) "
                   "VALUES(?, ?, ?, ?, ?, ?)");
      st.Bind(1, x.id).Bind(2, x.token_digest).Bind(3, x.user_id).Bind(4, x.created_at);
      OG_RETURN_IF_ERROR(st.Bind(5, x.expires_at).Bind(6, std::int64_t{x.revoked}).Run());
    }
    for (const AuditEvent& e : snap.audit) {
      Statement st(db_,
                   "INSERT INTO audit(seq, at, user_id, action, target, address, outcome, "
                   "prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st.Bind(1, e.seq).Bind(2, e.at).Bind(3, e.user_id).Bind(4, e.action).Bind(5, e.target);
      st.Bind(6, e.address).Bind(7, e.outcome).Bind(8, e.prev_hash).Bind(9, e.hash);
      OG_RETURN_IF_ERROR(st.Run());
    }
    return tx.Commit();
  }

 private:
  Result<int> UserVersion() {
    Statement st(db_, "PRAGMA user_version");
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    (void)row;
    return static_cast<int>(st.Int(0));
  }

  // The user's records, oldest first; `sealed_cols` are the three columns after the metadata.
  Result<std::vector<Record>> LoadAll(std::int64_t user_id, const char* sealed_cols) {
    std::lock_guard lock(mu_);
    Statement st(db_, std::string(kMetaCols) + ", " + sealed_cols +
                          " FROM records WHERE user_id = ? ORDER BY created_at, rowid");
    st.Bind(1, user_id);
    std::vector<Record> out;
    while (true) {
      OG_ASSIGN_OR_RETURN(bool row, st.Step());
      if (!row) break;
      out.push_back(ReadRecord(st));
    }
    return out;
  }

  Status PutResultLocked(std::int64_t user_id, const CachedResult& r) {
    Statement st(db_,
                 "INSERT INTO results(user_id, sealed, computed_at) VALUES(?, ?, ?) "
                 "ON CONFLICT(user_id) DO UPDATE SET sealed = excluded.sealed, "
                 "computed_at = excluded.computed_at");
    st.Bind(1, user_id).BindBlob(2, r.sealed).Bind(3, r.computed_at);
    return st.Run();
  }

  Status ClearResult(std::int64_t user_id) {
    Statement st(db_, "DELETE FROM results WHERE user_id = ?");
    st.Bind(1, user_id);
    return st.Run();
  }

  // Copies the WAL into the database (whose deleted cells secure_delete has zeroed) and truncates
  // the WAL, so erased data survives in neither file.
  Status Erase() {
    int log = 0, done = 0;
    if (sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done) !=
        SQLITE_OK) {
      return SqliteError(db_, "checkpointing after an erasure");
    }
    return Status::Ok();
  }

  std::mutex mu_;
  sqlite3* db_;
};

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

}  // namespace

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
