// The public pages: home, topic pages, the ask reply, sitemap, robots, the stylesheet; and the
// helpers every page handler uses (pages.h).
#include <fmt/format.h>

#include "assess_adapter.h"
#include "oncoguide/render/security_headers.h"
#include "oncoguide/report/patient_summary.h"
#include "pages.h"

namespace oncoguide::server {

void SendPage(httplib::Response& res, int status, std::string html, bool private_data) {
  for (const render::Header& h : render::SecurityHeaders(private_data)) {
    res.headers.erase(h.first);
    res.set_header(h.first.c_str(), h.second);
  }
  if (!private_data) res.headers.erase("Cache-Control");
  res.status = status;
  res.set_content(std::move(html), "text/html; charset=utf-8");
}

void Redirect(httplib::Response& res, const std::string& location) {
  res.status = 303;
  res.set_header("Location", location);
}

std::optional<std::string> FormValue(const httplib::Request& req, const std::string& name) {
  if (req.has_param(name.c_str())) return req.get_param_value(name.c_str());
  if (req.has_file(name)) return req.get_file_value(name).content;
  return std::nullopt;
}

std::optional<Caller> SignedIn(Service& svc, const httplib::Request& req) {
  Caller c;
  if (svc.TryAuthenticate(req, false, &c) != AuthFailure::kNone) return std::nullopt;
  return c;
}

bool FormCsrfOk(const Caller& c, const httplib::Request& req) {
  const std::optional<std::string> token = FormValue(req, "csrf");
  return token && !token->empty() && crypto::ConstantTimeEquals(*token, c.session.csrf_token);
}

Date Today(const Service& svc) { return Date::FromDays(static_cast<int>(svc.Now() / 86400)); }

std::string LoginFor(const std::string& path) { return "/login?next=" + path; }

namespace {

constexpr size_t kMaxQuestion = 300;

void Ask(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::string q = req.get_param_value("q");
  if (q.find_first_not_of(" \t\r\n") == std::string::npos) return Redirect(res, "/");
  if (q.size() > kMaxQuestion) q.resize(kMaxQuestion);
  const kb::Reply reply = p.service.askers().Ask(q);
  // From the dashboard's ask box: the person's own records beside the reply (an audited read).
  std::vector<std::string> personal;
  bool private_data = false;
  if (req.get_param_value("records") == "1") {
    if (std::optional<Caller> c = SignedIn(p.service, req)) {
      private_data = true;
      Result<std::vector<records::PatientRecord>> records = p.service.ReadParsedRecords(*c);
      // Unaudited health data is never shown: without the audit row the reply comes alone.
      const bool audited = p.service.Audit(c->user.id, "result.read", "page:/ask", req,
                                           records.ok() ? "ok" : "error");
      if (audited && records.ok() && !records->empty()) {
        response::LabOptions lab;
        const pipeline::PatientResult result = pipeline::ComputePatientResult(
            MergeRecords(std::move(*records)), response::Imwg2016(), &lab);
        personal = report::ToLines(report::Summarize(result, Today(p.service)));
      }
    }
  }
  SendPage(res, 200, p.site.AskPage(q, reply, personal), private_data);
}

}  // namespace

void AddPublicPages(Pages& pages, httplib::Server& http) {
  Pages* p = &pages;
  http.Get("/", [p](const httplib::Request&, httplib::Response& res) {
    SendPage(res, 200, p->site.Home(), false);
  });
  http.Get(R"(/q/([a-z0-9-]{1,80}))", [p](const httplib::Request& req, httplib::Response& res) {
    std::optional<std::string> page = p->site.TopicPage(req.matches[1].str());
    if (!page) return SendPage(res, 404, p->site.NotFoundPage(), false);
    SendPage(res, 200, std::move(*page), false);
  });
  http.Get("/ask", [p](const httplib::Request& req, httplib::Response& res) { Ask(*p, req, res); });
  http.Get("/sitemap.xml", [p](const httplib::Request&, httplib::Response& res) {
    res.headers.erase("Cache-Control");
    res.set_content(p->site.Sitemap(), "application/xml");
  });
  http.Get("/robots.txt", [p](const httplib::Request&, httplib::Response& res) {
    res.headers.erase("Cache-Control");
    res.set_content(fmt::format("User-agent: *\nDisallow: /me\nDisallow: /upload\nDisallow: "
                                "/ask\nDisallow: /api/\nSitemap: {}/sitemap.xml\n",
                                p->site.config().base_url),
                    "text/plain");
  });
  http.Get("/static/style.css", [p](const httplib::Request&, httplib::Response& res) {
    res.headers.erase("Cache-Control");
    res.set_header("Cache-Control", "public, max-age=3600");
    res.set_content(p->site.Stylesheet(), "text/css; charset=utf-8");
  });
}

}  // namespace oncoguide::server
