// The audit chain on PostgreSQL (pg_store_internal.h), appended under an advisory lock so
// that every server extends one chain, and the whole database exported to or imported from a
// Snapshot.
#include <cstdint>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/snapshot.h"
#include "pg_store_internal.h"

namespace oncoguide::store::internal::pg {
namespace {

// The key of the advisory lock that serialises audit appends across servers.
constexpr long long kAuditLock = 0x6f6e636f61756469LL;  // "oncoaudi"

}  // namespace

AuditEvent ReadAuditRow(const pqxx::row& r) {
  return AuditEvent{r[0].as<std::int64_t>(), r[1].as<std::int64_t>(), r[2].as<std::int64_t>(),
                    r[3].as<std::string>(),  r[4].as<std::string>(),  r[5].as<std::string>(),
                    r[6].as<std::string>(),  r[7].as<std::string>(),  r[8].as<std::string>()};
}

Result<AuditEvent> PgStore::AppendAudit(const AuditEvent& event) {
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

Result<std::vector<AuditEvent>> PgStore::ReadAudit(std::int64_t after_seq, int limit) {
  return Tx<std::vector<AuditEvent>>([&](pqxx::work& w) -> Result<std::vector<AuditEvent>> {
    std::vector<AuditEvent> out;
    for (const auto& row : w.exec_prepared("audit_read", after_seq, limit)) {
      out.push_back(ReadAuditRow(row));
    }
    return out;
  });
}

Result<Snapshot> PgStore::Export() {
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
    for (const auto& r :
         w.exec("SELECT id, user_id, filename, format, size, observations, created_at, sealed_raw, "
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

Status PgStore::Import(const Snapshot& snap) {
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
      w.exec_prepared0("share_insert", x.id, x.token_digest, x.user_id, x.created_at, x.expires_at,
                       x.revoked);
    }
    for (const AuditEvent& e : snap.audit) {
      w.exec_prepared0("audit_insert", e.seq, e.at, e.user_id, e.action, e.target, e.address,
                       e.outcome, e.prev_hash, e.hash);
    }
    return Status::Ok();
  });
}

}  // namespace oncoguide::store::internal::pg
