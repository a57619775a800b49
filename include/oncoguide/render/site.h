// The web pages of oncoguide, rendered on the server from data: pure functions from the
// knowledge base, a reply or a person's results to HTML bytes. The HTTP server owns routing,
// sessions and storage; it calls these functions and sends what they return.
//
// Contract:
//   - Templates are data: `<web_dir>/templates/*.mustache` (mustache, rendered with mstch), one
//     base layout (layout.mustache) around every page, one stylesheet (`<web_dir>/static/
//     style.css`, served at /static/style.css). Site::Load reads them once; rendering does no I/O.
//   - Every value reaches the HTML through a double-mustache tag, which the engine HTML-escapes
//     (& < > " ' /). The only raw insertions are (a) the JSON-LD block, serialised by
//     JsonForScript() (html.h) so it cannot close its <script> element, and (b) chart SVG made by
//     cairo from numbers and dates (chart.h), whose text is drawn as glyph outlines, with the
//     glyph outlines the dashboard's charts share (ShareGlyphs).
//   - Pages never need JavaScript and carry no inline script or style (see security_headers.h).
//   - URLs: home `/`, topic page `/q/<topic id>` (the id is the stable readable slug, e.g.
//     /q/pr-vs-cr), ask `GET /ask?q=<question>`, upload `GET|POST /upload`, review confirm
//     `POST /upload/confirm`, dashboard `/me`, report `/me/report.pdf`, `/sitemap.xml`.
//   - The Site keeps a pointer to the knowledge base: it must outlive the Site.
#ifndef ONCOGUIDE_RENDER_SITE_H_
#define ONCOGUIDE_RENDER_SITE_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/reply.h"
#include "oncoguide/render/dashboard.h"
#include "oncoguide/render/review.h"

namespace oncoguide::render {

struct SiteConfig {
  // Absolute origin used for canonical URLs and the sitemap, without a trailing slash.
  std::string base_url = "http://127.0.0.1:8080";
  // Run on the person's own computer: pages say records stay "on this computer" too.
  bool local = true;
};

// The directory compiled in as ONCOGUIDE_WEB_DIR (the repository's web/).
std::string DefaultWebDir();

// The account forms: sign in, register, delete the account (the server owns the POST routes:
// /login, /register, /me/delete; each form carries the CSRF token in the `csrf` field).
struct AccountForm {
  enum class Kind { kLogin, kRegister, kDelete };
  Kind kind = Kind::kLogin;
  std::string csrf;
  std::string email;  // pre-filled after a failed attempt (never the password)
  std::string next;   // a local path to go to after signing in ("/upload"), or ""
  std::vector<PlainError> errors;
};

class Site {
 public:
  // Reads every template and the stylesheet under `web_dir`. Errors name the missing file.
  static Result<std::unique_ptr<Site>> Load(const std::string& web_dir, const kb::KnowledgeBase& kb,
                                            SiteConfig config = {});

  // `/`: intro, ask box, questions grouped by theme, upload invitation (rendered at Load).
  const std::string& Home() const { return home_; }
  // `/q/<slug>`: the topic page; nullopt when no topic has this id. Topic pages depend only on
  // the knowledge base, so Load renders each once and this returns a copy.
  std::optional<std::string> TopicPage(std::string_view slug) const;
  // Renders the topic page (what Load caches).
  std::optional<std::string> RenderTopicPage(std::string_view slug) const;
  // `/ask?q=`: the reply page. `question` is what the person typed (shown escaped).
  // `personal`: lines about the signed-in person's own records (report/patient_summary.h
  // ToLines), shown after the reply's heading; empty for everyone else.
  std::string AskPage(std::string_view question, const kb::Reply& reply,
                      const std::vector<std::string>& personal = {}) const;
  // `/upload`: the file form, with the errors of a failed read (may be empty).
  std::string UploadPage(const UploadForm& form) const;
  // The review page after a read (nothing is stored yet).
  std::string ReviewPage(const UploadReview& review) const;
  // `/me`: the signed-in person's dashboard.
  std::string DashboardPage(const DashboardData& data) const;
  // `/login`, `/register`, `/me/delete`.
  std::string AccountPage(const AccountForm& form) const;
  // 404 body.
  std::string NotFoundPage() const;
  // `/sitemap.xml`: home and every topic page.
  std::string Sitemap() const;
  // `/static/style.css`.
  const std::string& Stylesheet() const { return stylesheet_; }

  const SiteConfig& config() const { return config_; }

 private:
  Site(const kb::KnowledgeBase& kb, SiteConfig config) : kb_(&kb), config_(std::move(config)) {}
  const kb::KnowledgeBase* kb_;
  SiteConfig config_;
  std::map<std::string, std::string> templates_;  // name (file stem) -> text
  std::string stylesheet_;
  std::map<std::string, std::string, std::less<>> topic_pages_;  // id -> page
  std::string home_;
  std::string RenderHome() const;
};

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_RENDER_SITE_H_
