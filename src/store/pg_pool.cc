// Talking to PostgreSQL (pg_store_internal.h): the pool of connections with every statement
// prepared, libpqxx exceptions mapped to Status values, and bytea values.
#include <fmt/format.h>

#include <memory>
#include <mutex>
#include <pqxx/pqxx>
#include <string>
#include <utility>
#include <vector>

#include "pg_store_internal.h"

namespace oncoguide::store::internal::pg {
namespace {

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

Status Unavailable(const std::exception& e) {
  return Status(StatusCode::kUnavailable,
                fmt::format("the PostgreSQL database is not reachable: {}", e.what()),
                "check that the database server is running; the request can be retried");
}

// The server's message without its "ERROR:" prefix, CONTEXT and trailing newline.
std::string FirstLine(const pqxx::sql_error& e) {
  std::string s = e.what();
  s = s.substr(0, s.find('\n'));
  if (s.starts_with("ERROR:")) s = s.substr(s.find_first_not_of(' ', 6));
  return s;
}

}  // namespace

Status NotFound(std::string_view what) { return Status::NotFound(fmt::format("no such {}", what)); }

bool IsBroken(const std::exception& e) {
  if (dynamic_cast<const pqxx::broken_connection*>(&e) != nullptr ||
      dynamic_cast<const pqxx::in_doubt_error*>(&e) != nullptr) {
    return true;
  }
  const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e);
  return sql != nullptr &&
         (sql->sqlstate().starts_with("08") || sql->sqlstate().starts_with("57P"));
}

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

Pool::Lease Pool::Acquire() {
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

void Pool::DropIdle() {
  std::vector<std::unique_ptr<pqxx::connection>> dead;
  {
    std::lock_guard lock(mu_);
    open_ -= static_cast<int>(idle_.size());
    dead.swap(idle_);
    cv_.notify_all();
  }
}

void Pool::Release(std::unique_ptr<pqxx::connection> c) {
  std::lock_guard lock(mu_);
  if (c && c->is_open()) {
    idle_.push_back(std::move(c));
  } else {
    --open_;
  }
  cv_.notify_one();
}

}  // namespace oncoguide::store::internal::pg
