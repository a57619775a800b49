// The audit chain on SQLite (sqlite_store_internal.h), each append in one transaction after
// the last row, and the whole database exported to or imported from a Snapshot.
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/snapshot.h"
#include "sqlite_db.h"
#include "sqlite_store_internal.h"

namespace oncoguide::store::internal::sqlite {
namespace {

Status NotEmpty() {
  return Status(StatusCode::kFailedPrecondition,
                "the target database already holds accounts or audit rows",
                "restore or copy into a new, empty database");
}

// Writes one audit row as it stands (hash and previous hash already set).
Status InsertAuditRow(sqlite3* db, const AuditEvent& e) {
  Statement st(db,
               "INSERT INTO audit(seq, at, user_id, action, target, address, outcome, "
               "prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st.Bind(1, e.seq).Bind(2, e.at).Bind(3, e.user_id).Bind(4, e.action).Bind(5, e.target);
  st.Bind(6, e.address).Bind(7, e.outcome).Bind(8, e.prev_hash).Bind(9, e.hash);
  return st.Run();
}

}  // namespace

Result<AuditEvent> SqliteStore::AppendAudit(const AuditEvent& event) {
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
  OG_RETURN_IF_ERROR(InsertAuditRow(db_, e));
  OG_RETURN_IF_ERROR(tx.Commit());
  return e;
}

Result<std::vector<AuditEvent>> SqliteStore::ReadAudit(std::int64_t after_seq, int limit) {
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

Result<Snapshot> SqliteStore::Export() {
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
  OG_RETURN_IF_ERROR(each(std::string(kSessionCols) + " ORDER BY token_digest",
                          [&](const Statement& st) { snap.sessions.push_back(ReadSession(st)); }));
  OG_RETURN_IF_ERROR(
      each(std::string(kMetaCols) + ", " + kSealedCols + " FROM records ORDER BY created_at, rowid",
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

Status SqliteStore::Import(const Snapshot& snap) {
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
  for (const AuditEvent& e : snap.audit) OG_RETURN_IF_ERROR(InsertAuditRow(db_, e));
  return tx.Commit();
}

}  // namespace oncoguide::store::internal::sqlite
