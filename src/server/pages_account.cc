// The account pages: register, sign in, sign out, delete the account (pages.h). The rules,
// throttling and audit are the JSON API's (service.h CreateAccount, LogInAccount, ...).
#include <fmt/format.h>

#include "pages.h"

namespace oncoguide::server {
namespace {

using render::AccountForm;

// The anonymous forms' CSRF cookie (double submit): SameSite=Strict, never read by script.
std::string FormCookieName(const Service& svc) {
  return svc.SecureCookies() ? "__Host-og_form" : "og_form";
}

// The visitor's form token: the cookie's, else a new one set on `res`.
std::string FormToken(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::string token = CookieValue(req, FormCookieName(svc));
  if (token.size() >= 32 && token.size() <= 128) return token;
  token = crypto::RandomToken();
  res.set_header("Set-Cookie",
                 fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict{}", FormCookieName(svc),
                             token, svc.SecureCookies() ? "; Secure" : ""));
  return token;
}

bool FormTokenOk(Service& svc, const httplib::Request& req) {
  const std::string cookie = CookieValue(req, FormCookieName(svc));
  const std::optional<std::string> field = FormValue(req, "csrf");
  return cookie.size() >= 32 && field && crypto::ConstantTimeEquals(cookie, *field);
}

// A local path to continue to after signing in; anything else becomes "".
std::string SafeNext(const std::string& next) {
  if (next.empty() || next.size() > 100 || next[0] != '/' || next.starts_with("//")) return "";
  for (char c : next) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '-' && c != '_' &&
        c != '.') {
      return "";
    }
  }
  return next;
}

render::PlainError Plain(const Status& s) { return {"", s.cause(), s.hint()}; }

void ShowForm(Pages& p, const httplib::Request& req, httplib::Response& res, AccountForm form,
              int status) {
  form.csrf = FormToken(p.service, req, res);
  form.next = SafeNext(form.next);
  SendPage(res, status, p.site.AccountPage(form), true);
}

const Status& RefusedForm() {
  static const Status s = Status::Invalid("the form expired or did not come from this site",
                                          "load the page again and resend it");
  return s;
}

// POST /login and /register.
void SignIn(Pages& p, const httplib::Request& req, httplib::Response& res, bool create) {
  AccountForm form;
  form.kind = create ? AccountForm::Kind::kRegister : AccountForm::Kind::kLogin;
  form.email = FormValue(req, "email").value_or("");
  form.next = FormValue(req, "next").value_or("");
  if (!FormTokenOk(p.service, req)) {
    form.errors.push_back(Plain(RefusedForm()));
    return ShowForm(p, req, res, std::move(form), 403);
  }
  const std::string password = FormValue(req, "password").value_or("");
  if (create) {
    // A taken address is answered like a new one (no account enumeration): either way the
    // person is then signed in with the password they typed, exactly as a login would. Only
    // that login can tell an address that had an account; it is throttled and audited as one.
    if (auto e = CreateAccount(p.service, req, res, form.email, password, nullptr)) {
      form.errors.push_back(Plain(e->status));
      return ShowForm(p, req, res, std::move(form), e->http);
    }
  }
  nlohmann::json session;
  if (auto e = LogInAccount(p.service, req, res, form.email, password, &session)) {
    // After registering, the sign-in form: its error is a login's, word for word.
    form.kind = AccountForm::Kind::kLogin;
    form.errors.push_back(Plain(e->status));
    return ShowForm(p, req, res, std::move(form), e->http);
  }
  const std::string next = SafeNext(form.next);
  Redirect(res, !next.empty() ? next : create ? "/upload" : "/me");
}

void Logout(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = SignedIn(p.service, req);
  if (!c) return Redirect(res, "/");
  if (!FormCsrfOk(*c, req)) {
    p.service.Audit(c->user.id, "auth.denied", "POST /logout", req, "csrf");
    return SendPage(res, 403, p.site.NotFoundPage(), true);
  }
  EndSession(p.service, *c, req, res);
  Redirect(res, "/");
}

// The delete-account form of a signed-in caller (its CSRF token filled in).
AccountForm DeleteFormOf(const Caller& c) {
  AccountForm form;
  form.kind = AccountForm::Kind::kDelete;
  form.csrf = c.session.csrf_token;
  return form;
}

void DeleteForm(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = SignedIn(p.service, req);
  if (!c) return Redirect(res, LoginFor("/me/delete"));
  SendPage(res, 200, p.site.AccountPage(DeleteFormOf(*c)), true);
}

void Delete(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = SignedIn(p.service, req);
  if (!c) return Redirect(res, LoginFor("/me/delete"));
  AccountForm form = DeleteFormOf(*c);
  if (!FormCsrfOk(*c, req)) {
    p.service.Audit(c->user.id, "auth.denied", "POST /me/delete", req, "csrf");
    form.errors.push_back(Plain(RefusedForm()));
    return SendPage(res, 403, p.site.AccountPage(form), true);
  }
  if (auto e = DeleteAccount(p.service, *c, req, res, FormValue(req, "password").value_or(""))) {
    form.errors.push_back(Plain(e->status));
    return SendPage(res, e->http, p.site.AccountPage(form), true);
  }
  Redirect(res, "/");
}

}  // namespace

void AddAccountPages(Pages& pages, httplib::Server& http) {
  Pages* p = &pages;
  for (bool create : {false, true}) {
    const char* path = create ? "/register" : "/login";
    http.Get(path, [p, create](const httplib::Request& req, httplib::Response& res) {
      AccountForm form;
      form.kind = create ? AccountForm::Kind::kRegister : AccountForm::Kind::kLogin;
      form.next = req.get_param_value("next");
      ShowForm(*p, req, res, std::move(form), 200);
    });
    http.Post(path, [p, create](const httplib::Request& req, httplib::Response& res) {
      SignIn(*p, req, res, create);
    });
  }
  http.Post("/logout",
            [p](const httplib::Request& req, httplib::Response& res) { Logout(*p, req, res); });
  http.Get("/me/delete",
           [p](const httplib::Request& req, httplib::Response& res) { DeleteForm(*p, req, res); });
  http.Post("/me/delete",
            [p](const httplib::Request& req, httplib::Response& res) { Delete(*p, req, res); });
}

}  // namespace oncoguide::server
