// Accounts, sessions, login failures and share links on SQLite (sqlite_store_internal.h).
#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "sqlite_db.h"
#include "sqlite_store_internal.h"

namespace oncoguide::store::internal::sqlite {

User ReadUser(const Statement& st) {
  return User{st.Int(0), st.Text(1), st.Text(2), st.Blob(3), st.Int(4), st.Int(5)};
}

Session ReadSession(const Statement& st) {
  return Session{st.Text(0), st.Int(1), st.Text(2), st.Int(3), st.Int(4), st.Text(5), st.Text(6)};
}

Share ReadShare(const Statement& st) {
  return Share{st.Text(0), st.Text(1), st.Int(2), st.Int(3), st.Int(4), st.Int(5) != 0};
}

Result<User> SqliteStore::CreateUser(const std::string& email, const std::string& password_hash,
                                     const std::function<std::string(std::int64_t)>& wrap,
                                     std::int64_t now) {
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

Result<User> SqliteStore::FindUserByEmail(const std::string& email) {
  std::lock_guard lock(mu_);
  Statement st(db_, std::string(kUserCols) + " WHERE email = ?");
  st.Bind(1, email);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFound("account");
  return ReadUser(st);
}

Result<User> SqliteStore::GetUser(std::int64_t user_id) {
  std::lock_guard lock(mu_);
  Statement st(db_, std::string(kUserCols) + " WHERE id = ?");
  st.Bind(1, user_id);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFound("account");
  return ReadUser(st);
}

Status SqliteStore::SetPasswordHash(std::int64_t user_id, const std::string& hash) {
  std::lock_guard lock(mu_);
  Statement st(db_, "UPDATE users SET password_hash = ? WHERE id = ?");
  st.Bind(1, hash).Bind(2, user_id);
  OG_RETURN_IF_ERROR(st.Run());
  return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("account");
}

Status SqliteStore::MarkWritten(std::int64_t user_id, std::int64_t now) {
  std::lock_guard lock(mu_);
  Statement st(db_, "UPDATE users SET written_at = max(written_at, ?) WHERE id = ?");
  st.Bind(1, now).Bind(2, user_id);
  OG_RETURN_IF_ERROR(st.Run());
  return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("account");
}

Status SqliteStore::DeleteUser(std::int64_t user_id) {
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

Status SqliteStore::CreateSession(const Session& s) {
  std::lock_guard lock(mu_);
  Statement st(db_,
               "INSERT INTO sessions(token_digest, user_id, csrf_token, created_at, last_seen, "
               "user_agent, address) VALUES(?, ?, ?, ?, ?, ?, ?)");
  st.Bind(1, s.token_digest).Bind(2, s.user_id).Bind(3, s.csrf_token).Bind(4, s.created_at);
  st.Bind(5, s.last_seen).Bind(6, s.user_agent).Bind(7, s.address);
  return st.Run();
}

Result<Session> SqliteStore::FindSession(const std::string& digest) {
  std::lock_guard lock(mu_);
  Statement st(db_, std::string(kSessionCols) + " WHERE token_digest = ?");
  st.Bind(1, digest);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFound("session");
  return ReadSession(st);
}

Status SqliteStore::TouchSession(const std::string& digest, std::int64_t now) {
  std::lock_guard lock(mu_);
  Statement st(db_, "UPDATE sessions SET last_seen = ? WHERE token_digest = ?");
  st.Bind(1, now).Bind(2, digest);
  return st.Run();
}

Status SqliteStore::DeleteSession(std::int64_t user_id, const std::string& digest) {
  std::lock_guard lock(mu_);
  Statement st(db_, "DELETE FROM sessions WHERE user_id = ? AND token_digest = ?");
  st.Bind(1, user_id).Bind(2, digest);
  OG_RETURN_IF_ERROR(st.Run());
  return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("session");
}

Status SqliteStore::DeleteUserSessions(std::int64_t user_id, const std::string& keep) {
  std::lock_guard lock(mu_);
  Statement st(db_, "DELETE FROM sessions WHERE user_id = ? AND token_digest <> ?");
  st.Bind(1, user_id).Bind(2, keep);
  return st.Run();
}

Result<std::vector<Session>> SqliteStore::ListSessions(std::int64_t user_id) {
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

Status SqliteStore::PurgeSessions(std::int64_t idle_before, std::int64_t created_before) {
  std::lock_guard lock(mu_);
  Statement st(db_, "DELETE FROM sessions WHERE last_seen < ? OR created_at < ?");
  st.Bind(1, idle_before).Bind(2, created_before);
  return st.Run();
}

Status SqliteStore::AddLoginFailure(const std::string& key, std::int64_t now) {
  std::lock_guard lock(mu_);
  Statement st(db_, "INSERT INTO login_failures(key, at) VALUES(?, ?)");
  st.Bind(1, key).Bind(2, now);
  return st.Run();
}

Result<std::int64_t> SqliteStore::CountLoginFailures(const std::string& key, std::int64_t since) {
  std::lock_guard lock(mu_);
  Statement st(db_, "SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?");
  st.Bind(1, key).Bind(2, since);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  (void)row;
  return st.Int(0);
}

Status SqliteStore::ClearLoginFailures(const std::string& key) {
  std::lock_guard lock(mu_);
  Statement st(db_, "DELETE FROM login_failures WHERE key = ?");
  st.Bind(1, key);
  return st.Run();
}

Status SqliteStore::CreateShare(const Share& s) {
  std::lock_guard lock(mu_);
  Statement st(db_,
               "INSERT INTO shares(id, token_digest, user_id, created_at, expires_at, revoked) "
               "VALUES(?, ?, ?, ?, ?, ?)");
  st.Bind(1, s.id).Bind(2, s.token_digest).Bind(3, s.user_id).Bind(4, s.created_at);
  st.Bind(5, s.expires_at).Bind(6, s.revoked ? 1 : 0);
  return st.Run();
}

Result<Share> SqliteStore::FindShare(const std::string& digest) {
  std::lock_guard lock(mu_);
  Statement st(db_, std::string(kShareCols) + " WHERE token_digest = ?");
  st.Bind(1, digest);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFound("share link");
  return ReadShare(st);
}

Result<std::vector<Share>> SqliteStore::ListShares(std::int64_t user_id) {
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

Status SqliteStore::RevokeShare(std::int64_t user_id, const std::string& id) {
  std::lock_guard lock(mu_);
  Statement st(db_, "UPDATE shares SET revoked = 1 WHERE user_id = ? AND id = ?");
  st.Bind(1, user_id).Bind(2, id);
  OG_RETURN_IF_ERROR(st.Run());
  return sqlite3_changes(db_) == 1 ? Status::Ok() : NotFound("share link");
}

}  // namespace oncoguide::store::internal::sqlite
