// Accounts and sessions: register, log in (throttled), log out, change password, list and
// revoke sessions, delete the account.
#include <fmt/format.h>

#include "oncoguide/common/text.h"
#include "password_policy.h"
#include "service.h"

namespace oncoguide::server {
namespace {

using nlohmann::json;

constexpr size_t kMaxEmail = 254;

Result<std::string> NormalisedEmail(const std::string& raw) {
  std::string email = AsciiLower(TrimSpaces(raw));
  const size_t at = email.find('@');
  if (email.size() > kMaxEmail || at == std::string::npos || at == 0 || at + 1 == email.size() ||
      email.find_first_of(" \t\r\n") != std::string::npos) {
    return Status::Invalid("this is not an e-mail address", "use the form name@example.org");
  }
  return email;
}

// A short id for a session in listings: the start of its digest (the token stays secret).
std::string SessionId(const store::Session& s) { return s.token_digest.substr(0, 16); }

// Ends the caller's other sessions and answers with a new one (rotation), setting the cookie.
Result<json> StartSession(Service& svc, const httplib::Request& req, httplib::Response& res,
                          const store::User& user) {
  const std::string token = crypto::RandomToken();
  store::Session s;
  s.token_digest = crypto::Digest(token);
  s.user_id = user.id;
  s.csrf_token = crypto::RandomToken();
  s.created_at = s.last_seen = svc.Now();
  s.user_agent = req.get_header_value("User-Agent").substr(0, 200);
  s.address = svc.Address(req);
  OG_RETURN_IF_ERROR(svc.store().CreateSession(s));
  res.set_header("Set-Cookie", svc.SessionCookie(token));
  return json{{"csrf_token", s.csrf_token},
              {"idle_timeout_s", svc.options().idle_timeout_s},
              {"absolute_timeout_s", svc.options().absolute_timeout_s}};
}

// The {"email", "password"} body of registration and login; an error is a 400.
struct Credentials {
  std::string email;  // as sent
  std::string password;
};
Result<Credentials> ReadCredentials(const httplib::Request& req) {
  OG_ASSIGN_OR_RETURN(json body, ParseJsonBody(req));
  OG_ASSIGN_OR_RETURN(std::string email, StringMember(body, "email"));
  OG_ASSIGN_OR_RETURN(std::string password, StringMember(body, "password"));
  return Credentials{std::move(email), std::move(password)};
}

void Register(Service& svc, const httplib::Request& req, httplib::Response& res) {
  Result<Credentials> creds = ReadCredentials(req);
  if (!creds.ok()) return SendError(res, 400, creds.status());
  if (auto e = CreateAccount(svc, req, res, creds->email, creds->password, nullptr)) {
    return SendError(res, *e);
  }
  // The same status and body whether the address was new or already had an account (no
  // account enumeration, OWASP ASVS 2.2 / 3.x): the person signs in next.
  SendJson(res, 201, {{"message", std::string(kRegisteredMessage)}});
}

// Registration throttle: attempts per client address and in total per window. Counted in the
// store's throttle table (like login failures) so every server of a deployment sees them.
std::string RegisterKey(const std::string& address) { return "register:address:" + address; }
constexpr char kRegisterAllKey[] = "register:all";

// Nullopt when this attempt may go ahead (and is then counted); else the 429 to answer.
std::optional<HttpError> ThrottleRegistration(Service& svc, const httplib::Request& req,
                                              httplib::Response& res) {
  const auto& o = svc.options();
  const std::int64_t now = svc.Now();
  const std::int64_t since = now - o.register_window_s;
  const std::string by_address = RegisterKey(svc.Address(req));
  Result<std::int64_t> n_address = svc.store().CountLoginFailures(by_address, since);
  Result<std::int64_t> n_all = svc.store().CountLoginFailures(kRegisterAllKey, since);
  if (!n_address.ok()) return HttpError{StoreFailureHttp(n_address.status()), n_address.status()};
  if (!n_all.ok()) return HttpError{StoreFailureHttp(n_all.status()), n_all.status()};
  if (*n_address >= o.register_per_address || *n_all >= o.register_global) {
    svc.Audit(0, "account.throttled", "", req, "denied");
    res.set_header("Retry-After", std::to_string(o.register_window_s));
    return HttpError{429, Status::Invalid("too many new accounts were asked for just now",
                                          fmt::format("wait {} minutes and try again",
                                                      o.register_window_s / 60))};
  }
  if (Status s = svc.store().AddLoginFailure(by_address, now); !s.ok()) {
    return HttpError{StoreFailureHttp(s), s};
  }
  if (Status s = svc.store().AddLoginFailure(kRegisterAllKey, now); !s.ok()) {
    return HttpError{StoreFailureHttp(s), s};
  }
  return std::nullopt;
}

// Too many failures for this account or address in the window?
bool Throttled(Service& svc, const std::string& email, const std::string& address) {
  const auto& o = svc.options();
  const std::int64_t since = svc.Now() - o.failure_window_s;
  Result<std::int64_t> by_account = svc.store().CountLoginFailures("account:" + email, since);
  Result<std::int64_t> by_address = svc.store().CountLoginFailures("address:" + address, since);
  return (by_account.ok() && *by_account >= o.account_failures) ||
         (by_address.ok() && *by_address >= o.address_failures);
}

void Login(Service& svc, const httplib::Request& req, httplib::Response& res) {
  Result<Credentials> creds = ReadCredentials(req);
  if (!creds.ok()) return SendError(res, 400, creds.status());
  json session;
  if (auto e = LogInAccount(svc, req, res, creds->email, creds->password, &session)) {
    return SendError(res, *e);
  }
  SendJson(res, 200, session);
}

void Logout(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  EndSession(svc, *c, req, res);
  res.status = 204;
}

void ChangePassword(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  Result<json> body = ParseJsonBody(req);
  if (!body.ok()) return SendError(res, 400, body.status());
  Result<std::string> current = StringMember(*body, "current_password");
  Result<std::string> next = StringMember(*body, "new_password");
  if (!current.ok()) return SendError(res, 400, current.status());
  if (!next.ok()) return SendError(res, 400, next.status());
  if (!crypto::VerifyPassword(c->user.password_hash, *current)) {
    svc.Audit(c->user.id, "password.change", "", req, "denied");
    return SendError(res, 403, Status::Invalid("the current password is wrong"));
  }
  if (Status s = CheckPassword(*next, c->user.email); !s.ok()) return SendError(res, 422, s);
  Result<std::string> hash = crypto::HashPassword(*next, svc.options().password_cost);
  if (!hash.ok()) return SendError(res, 503, hash.status());
  if (Status s = svc.store().SetPasswordHash(c->user.id, *hash); !s.ok()) {
    return SendError(res, 503, s);
  }
  // Every other session ends; this one continues.
  (void)svc.store().DeleteUserSessions(c->user.id, c->session.token_digest);
  svc.Audit(c->user.id, "password.change", "", req, "ok");
  res.status = 204;
}

void ListSessions(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, false);
  if (!c) return;
  Result<std::vector<store::Session>> list = svc.store().ListSessions(c->user.id);
  if (!list.ok()) return SendError(res, 503, list.status());
  json out = json::array();
  for (const store::Session& s : *list) {
    out.push_back({{"id", SessionId(s)},
                   {"created_at", s.created_at},
                   {"last_seen", s.last_seen},
                   {"user_agent", s.user_agent},
                   {"address", s.address},
                   {"current", s.token_digest == c->session.token_digest}});
  }
  SendJson(res, 200, {{"sessions", std::move(out)}});
}

void RevokeSession(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  const std::string id = req.matches[1].str();
  Result<std::vector<store::Session>> list = svc.store().ListSessions(c->user.id);
  if (!list.ok()) return SendError(res, 503, list.status());
  for (const store::Session& s : *list) {
    if (SessionId(s) == id) {
      (void)svc.store().DeleteSession(c->user.id, s.token_digest);
      svc.Audit(c->user.id, "session.revoke", id, req, "ok");
      res.status = 204;
      return;
    }
  }
  SendError(res, 404, Status::NotFound("no such session", "GET /api/v1/sessions lists them"));
}

void DeleteAccountApi(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  Result<json> body = ParseJsonBody(req);
  if (!body.ok()) return SendError(res, 400, body.status());
  Result<std::string> password = StringMember(*body, "password");
  if (!password.ok()) return SendError(res, 400, password.status());
  if (auto e = DeleteAccount(svc, *c, req, res, *password)) return SendError(res, *e);
  res.status = 204;
}

}  // namespace

const char kRegisteredMessage[] =
    "If this e-mail address had no account, it has one now. Sign in with it and your password.";

std::optional<HttpError> CreateAccount(Service& svc, const httplib::Request& req,
                                       httplib::Response& res, const std::string& email_raw,
                                       const std::string& password, bool* created) {
  if (created != nullptr) *created = false;
  Result<std::string> email = NormalisedEmail(email_raw);
  if (!email.ok()) return HttpError{400, email.status()};
  if (Status s = CheckPassword(password, *email); !s.ok()) return HttpError{422, s};
  // Counted once the form is valid: a typo does not use up the person's attempts.
  if (auto e = ThrottleRegistration(svc, req, res)) return e;
  // Argon2id runs for a taken address too, so the answer's timing does not tell them apart.
  Result<std::string> hash = crypto::HashPassword(password, svc.options().password_cost);
  if (!hash.ok()) return HttpError{503, hash.status()};
  const crypto::SecretKey data_key = crypto::SecretKey::Generate();
  Result<store::User> user = svc.store().CreateUser(
      *email, *hash, [&](std::int64_t id) { return crypto::WrapKey(svc.master(), data_key, id); },
      svc.Now());
  if (!user.ok()) {
    const bool taken = user.status().code() == StatusCode::kFailedPrecondition;
    // The audit row (never shown to the client) keeps what happened.
    svc.Audit(0, "account.create", "", req, taken ? "taken" : "error");
    if (taken) return std::nullopt;  // answered exactly like a new account
    return HttpError{StoreFailureHttp(user.status()), user.status()};
  }
  svc.Audit(user->id, "account.create", "", req, "ok");
  if (created != nullptr) *created = true;
  return std::nullopt;
}

std::optional<HttpError> LogInAccount(Service& svc, const httplib::Request& req,
                                      httplib::Response& res, const std::string& email_raw,
                                      const std::string& password, json* session) {
  Result<std::string> email = NormalisedEmail(email_raw);
  if (!email.ok()) return HttpError{400, email.status()};
  const std::string address = svc.Address(req);
  if (Throttled(svc, *email, address)) {
    svc.Audit(0, "login.throttled", "", req, "denied");
    res.set_header("Retry-After", std::to_string(svc.options().failure_window_s));
    return HttpError{429, Status::Invalid("too many failed logins",
                                          fmt::format("wait {} minutes and try again",
                                                      svc.options().failure_window_s / 60))};
  }
  Result<store::User> user = svc.store().FindUserByEmail(*email);
  // An unknown account costs the same Argon2id work as a wrong password, so timing does not
  // tell which e-mail addresses are registered.
  static const std::string dummy =
      *crypto::HashPassword("oncoguide-dummy-password", svc.options().password_cost);
  const bool match = crypto::VerifyPassword(user.ok() ? user->password_hash : dummy, password);
  if (!user.ok() || !match) {
    (void)svc.store().AddLoginFailure("account:" + *email, svc.Now());
    (void)svc.store().AddLoginFailure("address:" + address, svc.Now());
    svc.metrics().LoginFailure();
    svc.Audit(user.ok() ? user->id : 0, "login.failure", "", req, "denied");
    return HttpError{401, Status::Invalid("the e-mail address or the password is wrong",
                                          "check both; after 5 failures logins pause for 15 "
                                          "minutes")};
  }
  (void)svc.store().ClearLoginFailures("account:" + *email);
  // Rotation: a login always starts a new session; the one the browser held (if any) ends.
  Caller previous;
  if (svc.TryAuthenticate(req, false, &previous) == AuthFailure::kNone) {
    (void)svc.store().DeleteSession(previous.user.id, previous.session.token_digest);
  }
  Result<json> started = StartSession(svc, req, res, *user);
  if (!started.ok()) return HttpError{503, started.status()};
  svc.Audit(user->id, "login.success", "", req, "ok");
  *session = std::move(*started);
  return std::nullopt;
}

void EndSession(Service& svc, const Caller& c, const httplib::Request& req,
                httplib::Response& res) {
  (void)svc.store().DeleteSession(c.user.id, c.session.token_digest);
  svc.Audit(c.user.id, "logout", "", req, "ok");
  res.set_header("Set-Cookie", svc.ClearedCookie());
}

std::optional<HttpError> DeleteAccount(Service& svc, const Caller& c, const httplib::Request& req,
                                       httplib::Response& res, const std::string& password) {
  if (!crypto::VerifyPassword(c.user.password_hash, password)) {
    svc.Audit(c.user.id, "account.delete", "", req, "denied");
    return HttpError{
        403, Status::Invalid("the password is wrong", "deleting the account needs your password")};
  }
  if (Status s = svc.store().DeleteUser(c.user.id); !s.ok()) return HttpError{503, s};
  svc.Audit(c.user.id, "account.delete", "", req, "ok");
  res.set_header("Set-Cookie", svc.ClearedCookie());
  return std::nullopt;
}

void AddAccountRoutes(Service& service, std::vector<Route>& routes) {
  Service* svc = &service;
  auto bind = [svc](void (*f)(Service&, const httplib::Request&, httplib::Response&)) {
    return [svc, f](const httplib::Request& req, httplib::Response& res) { f(*svc, req, res); };
  };
  routes.push_back({"POST", "/api/v1/accounts", bind(Register)});
  routes.push_back({"POST", "/api/v1/session", bind(Login)});
  routes.push_back({"DELETE", "/api/v1/session", bind(Logout)});
  routes.push_back({"PUT", "/api/v1/accounts/me/password", bind(ChangePassword)});
  routes.push_back({"DELETE", "/api/v1/accounts/me", bind(DeleteAccountApi)});
  routes.push_back({"GET", "/api/v1/sessions", bind(ListSessions)});
  routes.push_back({"DELETE", "/api/v1/sessions/{id}", bind(RevokeSession)});
}

}  // namespace oncoguide::server
