// Accounts, sessions, login failures and share links on PostgreSQL (pg_store_internal.h).
#include <cstdint>
#include <functional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "pg_store_internal.h"

namespace oncoguide::store::internal::pg {

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
Share ReadShare(const pqxx::row& r) {
  return Share{r[0].as<std::string>(),  r[1].as<std::string>(),  r[2].as<std::int64_t>(),
               r[3].as<std::int64_t>(), r[4].as<std::int64_t>(), r[5].as<bool>()};
}

Result<User> PgStore::CreateUser(const std::string& email, const std::string& password_hash,
                                 const std::function<std::string(std::int64_t)>& wrap,
                                 std::int64_t now) {
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

Result<User> PgStore::FindUserByEmail(const std::string& email) {
  return Tx<User>([&](pqxx::work& w) -> Result<User> {
    auto rows = w.exec_prepared("user_by_email", email);
    if (rows.empty()) return NotFound("account");
    return ReadUser(rows[0]);
  });
}

Result<User> PgStore::GetUser(std::int64_t user_id) {
  return Tx<User>([&](pqxx::work& w) -> Result<User> {
    auto rows = w.exec_prepared("user_by_id", user_id);
    if (rows.empty()) return NotFound("account");
    return ReadUser(rows[0]);
  });
}

Status PgStore::SetPasswordHash(std::int64_t user_id, const std::string& hash) {
  return TxStatus([&](pqxx::work& w) {
    return w.exec_prepared("user_set_hash", hash, user_id).affected_rows() == 1
               ? Status::Ok()
               : NotFound("account");
  });
}

Status PgStore::MarkWritten(std::int64_t user_id, std::int64_t now) {
  return TxStatus([&](pqxx::work& w) {
    return w.exec_prepared("user_mark_written", now, user_id).affected_rows() == 1
               ? Status::Ok()
               : NotFound("account");
  });
}

Status PgStore::DeleteUser(std::int64_t user_id) {
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

Status PgStore::CreateSession(const Session& s) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared0("session_insert", s.token_digest, s.user_id, s.csrf_token, s.created_at,
                     s.last_seen, s.user_agent, s.address);
    return Status::Ok();
  });
}

Result<Session> PgStore::FindSession(const std::string& digest) {
  return Tx<Session>([&](pqxx::work& w) -> Result<Session> {
    auto rows = w.exec_prepared("session_find", digest);
    if (rows.empty()) return NotFound("session");
    return ReadSession(rows[0]);
  });
}

Status PgStore::TouchSession(const std::string& digest, std::int64_t now) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared("session_touch", now, digest);
    return Status::Ok();
  });
}

Status PgStore::DeleteSession(std::int64_t user_id, const std::string& digest) {
  return TxStatus([&](pqxx::work& w) {
    return w.exec_prepared("session_delete", user_id, digest).affected_rows() == 1
               ? Status::Ok()
               : NotFound("session");
  });
}

Status PgStore::DeleteUserSessions(std::int64_t user_id, const std::string& keep) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared("session_delete_others", user_id, keep);
    return Status::Ok();
  });
}

Result<std::vector<Session>> PgStore::ListSessions(std::int64_t user_id) {
  return Tx<std::vector<Session>>([&](pqxx::work& w) -> Result<std::vector<Session>> {
    std::vector<Session> out;
    for (const auto& row : w.exec_prepared("session_list", user_id)) {
      out.push_back(ReadSession(row));
    }
    return out;
  });
}

Status PgStore::PurgeSessions(std::int64_t idle_before, std::int64_t created_before) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared("session_purge", idle_before, created_before);
    return Status::Ok();
  });
}

Status PgStore::AddLoginFailure(const std::string& key, std::int64_t now) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared0("failure_add", key, now);
    return Status::Ok();
  });
}

Result<std::int64_t> PgStore::CountLoginFailures(const std::string& key, std::int64_t since) {
  return Tx<std::int64_t>([&](pqxx::work& w) -> Result<std::int64_t> {
    return w.exec_prepared1("failure_count", key, since)[0].as<std::int64_t>();
  });
}

Status PgStore::ClearLoginFailures(const std::string& key) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared("failure_clear", key);
    return Status::Ok();
  });
}

Status PgStore::CreateShare(const Share& s) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared0("share_insert", s.id, s.token_digest, s.user_id, s.created_at, s.expires_at,
                     s.revoked);
    return Status::Ok();
  });
}

Result<Share> PgStore::FindShare(const std::string& digest) {
  return Tx<Share>([&](pqxx::work& w) -> Result<Share> {
    auto rows = w.exec_prepared("share_find", digest);
    if (rows.empty()) return NotFound("share link");
    return ReadShare(rows[0]);
  });
}

Result<std::vector<Share>> PgStore::ListShares(std::int64_t user_id) {
  return Tx<std::vector<Share>>([&](pqxx::work& w) -> Result<std::vector<Share>> {
    std::vector<Share> out;
    for (const auto& row : w.exec_prepared("share_list", user_id)) out.push_back(ReadShare(row));
    return out;
  });
}

Status PgStore::RevokeShare(std::int64_t user_id, const std::string& id) {
  return TxStatus([&](pqxx::work& w) {
    return w.exec_prepared("share_revoke", user_id, id).affected_rows() == 1
               ? Status::Ok()
               : NotFound("share link");
  });
}

}  // namespace oncoguide::store::internal::pg
