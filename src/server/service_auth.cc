// Who is calling (service.h): the session cookie set at login, read back and checked against
// the store (expiry, CSRF, the data key), the answers for a caller who is not let in, and the
// audit log every access is written to.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "service.h"

namespace oncoguide::server {

std::string Service::SessionCookie(const std::string& token) const {
  return fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}", CookieName(), token,
                     options_.absolute_timeout_s, SecureCookies() ? "; Secure" : "");
}

std::string Service::ClearedCookie() const {
  return fmt::format("{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{}", CookieName(),
                     SecureCookies() ? "; Secure" : "");
}

// The value of cookie `name` in the request's Cookie headers ("" when absent).
std::string CookieValue(const httplib::Request& req, const std::string& name) {
  const size_t n = req.get_header_value_count("Cookie");
  for (size_t i = 0; i < n; ++i) {
    const std::string value = req.get_header_value("Cookie", i);
    std::string_view header = value;
    while (!header.empty()) {
      size_t semi = header.find(';');
      std::string_view part = header.substr(0, semi);
      header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      if (part.size() > name.size() && part.starts_with(name) && part[name.size()] == '=') {
        return std::string(part.substr(name.size() + 1));
      }
    }
  }
  return {};
}

AuthFailure Service::TryAuthenticate(const httplib::Request& req, bool state_changing,
                                     Caller* out) {
  const std::string token = CookieValue(req, CookieName());
  if (token.empty() || token.size() > 128) return AuthFailure::kNoSession;
  const std::string digest = crypto::Digest(token);
  Result<store::Session> s = store_->FindSession(digest);
  if (!s.ok()) {
    return s.status().code() == StatusCode::kNotFound ? AuthFailure::kNoSession
                                                      : AuthFailure::kStoreError;
  }
  const std::int64_t now = Now();
  if (now - s->last_seen > options_.idle_timeout_s ||
      now - s->created_at > options_.absolute_timeout_s) {
    (void)store_->DeleteSession(s->user_id, digest);
    return AuthFailure::kExpired;
  }
  if (state_changing &&
      !crypto::ConstantTimeEquals(req.get_header_value("X-CSRF-Token"), s->csrf_token)) {
    return AuthFailure::kCsrf;
  }
  Result<store::User> u = store_->GetUser(s->user_id);
  if (!u.ok()) {
    // A database outage between the two reads is a 503, not "not logged in".
    return u.status().code() == StatusCode::kNotFound ? AuthFailure::kNoSession
                                                      : AuthFailure::kStoreError;
  }
  Result<crypto::SecretKey> key = crypto::UnwrapKey(master_, u->wrapped_key, u->id);
  if (!key.ok()) {
    spdlog::error("the data key of user {} does not open with the master key", u->id);
    return AuthFailure::kStoreError;
  }
  // Idle time is counted in minutes: one write per minute of activity, not per request.
  if (now - s->last_seen >= 60) {
    (void)store_->TouchSession(digest, now);
    s->last_seen = now;
  }
  out->user = std::move(*u);
  out->session = std::move(*s);
  out->data_key = std::move(*key);
  return AuthFailure::kNone;
}

std::optional<Caller> Service::Authenticate(const httplib::Request& req, httplib::Response& res,
                                            bool state_changing) {
  Caller caller;
  switch (TryAuthenticate(req, state_changing, &caller)) {
    case AuthFailure::kNone:
      return caller;
    case AuthFailure::kNoSession:
      Audit(0, "auth.denied", req.method + " " + req.path, req, "no_session");
      SendError(res, 401, Status::Invalid("you are not logged in", "log in first"));
      break;
    case AuthFailure::kExpired:
      Audit(0, "auth.denied", req.method + " " + req.path, req, "expired");
      res.set_header("Set-Cookie", ClearedCookie());
      SendError(res, 401, Status::Invalid("your session has expired", "log in again"));
      break;
    case AuthFailure::kCsrf:
      Audit(0, "auth.denied", req.method + " " + req.path, req, "csrf");
      SendError(res, 403,
                Status::Invalid("the X-CSRF-Token header is missing or wrong",
                                "send the csrf_token returned at login in X-CSRF-Token"));
      break;
    case AuthFailure::kStoreError:
      SendError(res, 503, Status::IoError("the database is not available", "try again shortly"));
      break;
  }
  return std::nullopt;
}

bool Service::Audit(std::int64_t user_id, std::string action, std::string target,
                    const httplib::Request& req, std::string outcome) {
  store::AuditEvent e;
  e.at = Now();
  e.user_id = user_id;
  e.action = std::move(action);
  e.target = std::move(target);
  e.address = Address(req);
  e.outcome = std::move(outcome);
  Result<store::AuditEvent> r = store_->AppendAudit(e);
  if (!r.ok()) {
    metrics_.AuditFailure();
    spdlog::error("audit append failed: {}", r.status().ToString());
    return false;
  }
  return true;
}

Status AuditUnavailable() {
  return Status(StatusCode::kUnavailable,
                "the read could not be recorded in the audit log, so it was not served",
                "every read of health data is audited; try again when the database accepts "
                "writes");
}

}  // namespace oncoguide::server
