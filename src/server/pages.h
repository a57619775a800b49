// The HTML pages of `oncoguide serve` (internal to src/server): thin handlers that authenticate,
// call the services the JSON API uses (service.h) and send what render::Site renders.
//
// Routes (see render/site.h and render/review.h for the pages and the form contract):
//   public   GET /, /q/{id}, /ask?q=, /sitemap.xml, /robots.txt, /static/style.css
//   account  GET|POST /register, GET|POST /login, POST /logout, GET|POST /me/delete
//   records  GET|POST /upload, POST /upload/confirm, POST /upload/cancel, GET /me,
//            GET /me/report.pdf (export: the API's GET /api/v1/me/export, linked from /me)
// Forms: every POST carries the CSRF token in the field `csrf` -- the session's token when
// signed in, else (register, login) a random token also set in the cookie og_form (double
// submit). A wrong or missing token answers 403 and changes nothing. Pages about a person are
// audited reads like the API; signed-out visitors are sent to /login (303), never shown data.
// Every page response carries render::SecurityHeaders (strict CSP: no inline script or style).
#ifndef ONCOGUIDE_SRC_SERVER_PAGES_H_
#define ONCOGUIDE_SRC_SERVER_PAGES_H_

#include <optional>
#include <string>

#include "oncoguide/common/date.h"
#include "oncoguide/render/site.h"
#include "pending_uploads.h"
#include "service.h"

namespace oncoguide::server {

struct Pages {
  Service& service;
  const render::Site& site;
  PendingUploads& pending;
};

void AddPublicPages(Pages& pages, httplib::Server& http);
void AddAccountPages(Pages& pages, httplib::Server& http);
void AddRecordPages(Pages& pages, httplib::Server& http);

// Sends an HTML page with the page security headers (`private_data`: Cache-Control no-store).
void SendPage(httplib::Response& res, int status, std::string html, bool private_data);
// 303 See Other to a local path.
void Redirect(httplib::Response& res, const std::string& location);
// A form field from a urlencoded or a multipart body (or the query); nullopt when absent.
std::optional<std::string> FormValue(const httplib::Request& req, const std::string& name);
// The signed-in caller, or nullopt (no session, expired, store error).
std::optional<Caller> SignedIn(Service& svc, const httplib::Request& req);
// The form's `csrf` field equals the session's token (constant time).
bool FormCsrfOk(const Caller& c, const httplib::Request& req);
// Today by the service's clock.
Date Today(const Service& svc);
// "/login?next=<path>" for a signed-out visitor of `path`.
std::string LoginFor(const std::string& path);

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_PAGES_H_
