// The HTML pages of `oncoguide serve` on a real server (port 0): status, security headers,
// CSRF refusal, authorisation, escaping of hostile input, the upload review (nothing stored
// before Save) and the dashboard's two readings.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "../common/minimal_pdf.h"
#include "oncoguide/records/load.h"
#include "oncoguide/store/store.h"
#include "review_apply.h"
#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

// A browser-like client for forms: a cookie jar, no redirects followed.
class Browser {
 public:
  explicit Browser(int port) : http_("127.0.0.1", port) {
    http_.set_read_timeout(30, 0);
    http_.set_keep_alive(false);
  }
  std::map<std::string, std::string> cookies;

  Reply Get(const std::string& path) { return Keep(http_.Get(path, Headers())); }
  Reply PostForm(const std::string& path, const httplib::Params& form) {
    return Keep(http_.Post(path, Headers(), form));
  }
  Reply PostMultipart(const std::string& path, const httplib::MultipartFormDataItems& items) {
    return Keep(http_.Post(path, Headers(), items));
  }
  // The value of hidden field `name` in the last page.
  static std::string Field(const std::string& html, const std::string& name) {
    std::smatch m;
    std::regex re("name=\"" + name + "\" value=\"([^\"]*)\"");
    return std::regex_search(html, m, re) ? m[1].str() : std::string();
  }
  // Registers through the form (and is signed in after it).
  Reply Register(const std::string& email, const std::string& password = kPassword) {
    Reply form = Get("/register");
    return PostForm("/register",
                    {{"csrf", Field(form.body, "csrf")}, {"email", email}, {"password", password}});
  }
  Reply Upload(const std::string& csrf, const std::string& bytes,
               const std::string& name = "patient.csv") {
    return PostMultipart("/upload", {{"csrf", csrf, "", ""}, {"files", bytes, name, "text/csv"}});
  }

 private:
  httplib::Headers Headers() const {
    std::string c;
    for (const auto& [k, v] : cookies) c += (c.empty() ? "" : "; ") + k + "=" + v;
    return c.empty() ? httplib::Headers{} : httplib::Headers{{"Cookie", c}};
  }
  Reply Keep(const httplib::Result& r) {
    Reply out;
    if (!r) return out;
    out.status = r->status;
    out.body = r->body;
    out.headers = r->headers;
    auto range = r->headers.equal_range("Set-Cookie");
    for (auto it = range.first; it != range.second; ++it) {
      const std::string pair = it->second.substr(0, it->second.find(';'));
      const size_t eq = pair.find('=');
      if (eq + 1 == pair.size()) {
        cookies.erase(pair.substr(0, eq));
      } else {
        cookies[pair.substr(0, eq)] = pair.substr(eq + 1);
      }
    }
    return out;
  }
  httplib::Client http_;
};

// The confirm form of a review page that keeps every row unchanged (`rows`: how many).
httplib::MultipartFormDataItems KeepEveryRow(const Reply& review, const std::string& csrf,
                                             int* rows = nullptr) {
  httplib::MultipartFormDataItems items = {
      {"csrf", csrf, "", ""}, {"upload", Browser::Field(review.body, "upload"), "", ""}};
  std::regex keep("name=\"(obs\\.[0-9]+\\.keep)\"");
  for (std::sregex_iterator it(review.body.begin(), review.body.end(), keep), end; it != end;
       ++it) {
    items.push_back({(*it)[1].str(), "1", "", ""});
  }
  if (rows != nullptr) *rows = static_cast<int>(items.size()) - 2;
  return items;
}

// An API client with the browser's session (the forms' CSRF token is the session's).
Client ApiClientOf(Browser& b, int port, const std::string& csrf = "") {
  Client api(port);
  api.cookie = "og_session=" + b.cookies["og_session"];
  api.csrf = csrf;
  return api;
}

void ExpectPageHeaders(const Reply& r) {
  const std::string csp = r.Header("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
  EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r.Header("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(r.headers.count("Content-Security-Policy"), 1u) << "one CSP, not two";
}

TEST(PagesTest, PublicPagesWithHeaders) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  for (const char* path : {"/", "/q/pr-vs-cr", "/ask?q=what+is+a+partial+response"}) {
    Reply r = b.Get(path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_NE(r.Header("Content-Type").find("text/html"), std::string::npos) << path;
    ExpectPageHeaders(r);
  }
  Reply topic = b.Get("/q/pr-vs-cr");
  EXPECT_NE(topic.body.find("<link rel=\"canonical\""), std::string::npos);
  EXPECT_NE(topic.body.find("application/ld+json"), std::string::npos);
  EXPECT_NE(topic.body.find("MedicalWebPage"), std::string::npos);
  // Budget: a topic page is small (HTML + CSS under 20 KB), the home page too.
  const size_t css_bytes = b.Get("/static/style.css").body.size();
  EXPECT_LE(topic.body.size() + css_bytes, 20u * 1024) << "topic " << topic.body.size();
  RecordProperty("topic_html_bytes", static_cast<int>(topic.body.size()));
  EXPECT_LE(b.Get("/").body.size() + css_bytes, 20u * 1024);
  Reply missing = b.Get("/q/no-such-topic");
  EXPECT_EQ(missing.status, 404);
  EXPECT_NE(missing.body.find("We could not find that page"), std::string::npos);
  ExpectPageHeaders(missing);
  EXPECT_EQ(b.Get("/nothing/here").status, 404);
  Reply sitemap = b.Get("/sitemap.xml");
  EXPECT_EQ(sitemap.status, 200);
  EXPECT_NE(sitemap.body.find("/q/pr-vs-cr</loc>"), std::string::npos);
  Reply robots = b.Get("/robots.txt");
  EXPECT_NE(robots.body.find("Sitemap: "), std::string::npos);
  EXPECT_NE(robots.body.find("Disallow: /me"), std::string::npos);
  Reply css = b.Get("/static/style.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_NE(css.Header("Content-Type").find("text/css"), std::string::npos);
  // The API keeps its JSON errors.
  EXPECT_EQ(b.Get("/api/v1/nothing").Json()["error"]["cause"].is_string(), true);
}

TEST(PagesTest, AskEscapesTheQuestionAndPutsEmergenciesFirst) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  Reply r = b.Get("/ask?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg+src%3Dx%3E");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("<script>alert"), std::string::npos);
  EXPECT_EQ(r.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)"), std::string::npos);
  Reply e = b.Get("/ask?q=I+have+a+fever+of+39+and+chills+during+chemo");
  EXPECT_EQ(e.status, 200);
  const size_t emergency = e.body.find("class=\"emergency\"");
  ASSERT_NE(emergency, std::string::npos);
  EXPECT_LT(emergency, e.body.find("<header"));
  EXPECT_LT(e.body.find("911"), e.body.find("<header"));
  EXPECT_EQ(b.Get("/ask?q=").status, 303);
}

TEST(PagesTest, RegisterAndLoginFormsNeedTheFormToken) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  Reply form = b.Get("/register");
  EXPECT_EQ(form.status, 200);
  ExpectPageHeaders(form);
  const std::string csrf = Browser::Field(form.body, "csrf");
  ASSERT_FALSE(csrf.empty());
  // No token, a wrong token, or the token without its cookie: refused, no account created.
  EXPECT_EQ(b.PostForm("/register", {{"email", "a@example.org"}, {"password", kPassword}}).status,
            403);
  EXPECT_EQ(b.PostForm("/register",
                       {{"csrf", csrf + "x"}, {"email", "a@example.org"}, {"password", kPassword}})
                .status,
            403);
  Browser other(server.port());
  EXPECT_EQ(other
                .PostForm("/register",
                          {{"csrf", csrf}, {"email", "a@example.org"}, {"password", kPassword}})
                .status,
            403);
  Reply weak =
      b.PostForm("/register", {{"csrf", csrf}, {"email", "a@example.org"}, {"password", "short"}});
  EXPECT_EQ(weak.status, 422);
  EXPECT_NE(weak.body.find("value=\"a@example.org\""), std::string::npos) << "e-mail kept";
  Reply ok = b.PostForm("/register",
                        {{"csrf", csrf}, {"email", "a@example.org"}, {"password", kPassword}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(ok.Header("Location"), "/upload");
  EXPECT_EQ(b.Get("/upload").status, 200) << "signed in after registering";
  // Log in through the form; a hostile `next` is not followed.
  Browser c(server.port());
  Reply login = c.Get("/login?next=//evil.example/");
  Reply in = c.PostForm("/login", {{"csrf", Browser::Field(login.body, "csrf")},
                                   {"email", "A@Example.org"},
                                   {"password", kPassword},
                                   {"next", "//evil.example/"}});
  EXPECT_EQ(in.status, 303);
  EXPECT_EQ(in.Header("Location"), "/me");
}

// Regression (account enumeration): registering a taken address through the form must not say
// so; it behaves as a sign-in with the typed password (the owner is signed in, anyone else gets
// the login form's own error, counted as a failed login).
TEST(PagesTest, RegisteringATakenAddressBehavesLikeSigningIn) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser owner(server.port());
  ASSERT_EQ(owner.Register("taken@example.org").status, 303);
  Browser again(server.port());
  Reply same = again.Register("Taken@Example.org");
  EXPECT_EQ(same.status, 303);
  EXPECT_EQ(same.Header("Location"), "/upload");
  EXPECT_EQ(again.Get("/upload").status, 200) << "the owner is signed in";
  Browser other(server.port());
  Reply wrong = other.Register("taken@example.org", "another long passphrase 7");
  Browser login(server.port());
  const std::string csrf = Browser::Field(login.Get("/login").body, "csrf");
  Reply failed_login = login.PostForm(
      "/login",
      {{"csrf", csrf}, {"email", "taken@example.org"}, {"password", "another long passphrase 7"}});
  EXPECT_EQ(wrong.status, failed_login.status);
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.body.find("already"), std::string::npos) << wrong.body;
  EXPECT_NE(wrong.body.find("the e-mail address or the password is wrong"), std::string::npos);
  EXPECT_NE(wrong.body.find("<h1>Sign in</h1>"), std::string::npos) << "the sign-in form";
  EXPECT_NE(other.Get("/upload").status, 200) << "not signed in";
}

TEST(PagesTest, LoginFormIsThrottledLikeTheApi) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("t@example.org").status, 303);
  Browser c(server.port());
  const std::string csrf = Browser::Field(c.Get("/login").body, "csrf");
  for (int i = 0; i < server.options().account_failures; ++i) {
    EXPECT_EQ(
        c.PostForm("/login",
                   {{"csrf", csrf}, {"email", "t@example.org"}, {"password", "wrong password 123"}})
            .status,
        401);
  }
  Reply r =
      c.PostForm("/login", {{"csrf", csrf}, {"email", "t@example.org"}, {"password", kPassword}});
  EXPECT_EQ(r.status, 429);
  EXPECT_NE(r.body.find("too many failed logins"), std::string::npos);
}

TEST(PagesTest, SignedOutVisitorsAreSentToLogin) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  for (const char* path : {"/me", "/me/report.pdf", "/upload", "/me/delete"}) {
    Reply r = b.Get(path);
    EXPECT_EQ(r.status, 303) << path;
    EXPECT_EQ(r.Header("Location").rfind("/login?next=", 0), 0u) << path;
  }
  Reply post = b.Upload("anything", ExampleCsv());
  EXPECT_EQ(post.status, 303);
}

TEST(PagesTest, UploadReviewConfirmDashboardReport) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("u@example.org").status, 303);
  Reply form = b.Get("/upload");
  const std::string csrf = Browser::Field(form.body, "csrf");
  ASSERT_FALSE(csrf.empty());
  // Without the CSRF token: refused.
  EXPECT_EQ(b.Upload("", ExampleCsv()).status, 403);
  Reply review = b.Upload(csrf, ExampleCsv());
  ASSERT_EQ(review.status, 200) << review.body;
  ExpectPageHeaders(review);
  EXPECT_EQ(review.Header("Cache-Control"), "no-store");
  EXPECT_NE(review.body.find("Check what oncoguide read"), std::string::npos);
  EXPECT_NE(review.body.find("2023-01-05"), std::string::npos);
  // Nothing is stored before Save: the dashboard sends the person to the upload page.
  EXPECT_EQ(b.Get("/me").Header("Location"), "/upload");
  ASSERT_FALSE(Browser::Field(review.body, "upload").empty());
  // Keep every row unchanged: the file is stored as uploaded.
  const httplib::MultipartFormDataItems items = KeepEveryRow(review, csrf);
  Reply saved = b.PostMultipart("/upload/confirm", items);
  EXPECT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("Location"), "/me");
  // The same pending upload cannot be saved twice.
  EXPECT_EQ(b.PostMultipart("/upload/confirm", items).status, 404);

  Reply me = b.Get("/me");
  ASSERT_EQ(me.status, 200);
  ExpectPageHeaders(me);
  EXPECT_EQ(me.Header("Cache-Control"), "no-store");
  EXPECT_NE(me.body.find("<svg"), std::string::npos);
  EXPECT_NE(me.body.find("By IMWG 2016: "), std::string::npos);
  EXPECT_NE(me.body.find("What your labs alone show: "), std::string::npos);
  EXPECT_NE(me.body.find("(lab-only)"), std::string::npos);
  EXPECT_NE(me.body.find("IMWG-2016-lab"), std::string::npos);
  // Budget (issue 12): a page's HTML and CSS under 60 KB, the example record's dashboard too.
  const size_t css = b.Get("/static/style.css").body.size();
  EXPECT_LE(me.body.size() + css, 60u * 1024) << "dashboard " << me.body.size() << " + CSS " << css;
  RecordProperty("dashboard_html_bytes", static_cast<int>(me.body.size()));
  RecordProperty("css_bytes", static_cast<int>(css));
  Reply pdf = b.Get("/me/report.pdf");
  EXPECT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.Header("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
  // The ask box with the person's records.
  Reply ask = b.Get("/ask?q=what+is+my+response&records=1");
  EXPECT_NE(ask.body.find("What your own records show"), std::string::npos);

  // Sign out: the dashboard is gone.
  Reply out = b.PostForm("/logout", {{"csrf", csrf}});
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(b.Get("/me").status, 303);
}

TEST(PagesTest, ReviewDropsAndEditsValuesAndStoresWhatWasConfirmed) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("e@example.org").status, 303);
  const std::string csrf = Browser::Field(b.Get("/upload").body, "csrf");
  const std::string csv =
      "date,test,value,unit\n2024-01-02,serum_m_protein,2.0,g/dL\n"
      "2024-01-10,therapy_start,VRd,\n2024-02-10,serum_m_protein,1.0,g/dL\n"
      "2024-03-10,serum_m_protein,0.5,g/dL\n";
  Reply review = b.Upload(csrf, csv, "few.csv");
  ASSERT_EQ(review.status, 200) << review.body;
  const std::string upload = Browser::Field(review.body, "upload");
  // Row 0 dropped, row 3 edited to a limit; a value that does not read is refused first.
  httplib::MultipartFormDataItems bad = {
      {"csrf", csrf, "", ""},      {"upload", upload, "", ""},  {"obs.1.keep", "1", "", ""},
      {"obs.2.keep", "1", "", ""}, {"obs.3.keep", "1", "", ""}, {"obs.3.value", "lots", "", ""}};
  Reply refused = b.PostMultipart("/upload/confirm", bad);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("serum M-protein on 2024-03-10"), std::string::npos);
  bad.back() = {"obs.3.value", "<0.2", "", ""};
  Reply saved = b.PostMultipart("/upload/confirm", bad);
  ASSERT_EQ(saved.status, 303) << saved.body;
  // The stored record is what was confirmed.
  Client api = ApiClientOf(b, server.port());
  nlohmann::json list = api.Get("/api/v1/records").Json();
  ASSERT_EQ(list["records"].size(), 1u);
  EXPECT_EQ(list["records"][0]["observations"], 3);
  EXPECT_EQ(list["records"][0]["filename"], "reviewed-few.csv");
}

// Several files in one upload: each row of the review names its own file and line (the merged
// record once named them all: "a.csv, b.csv line 2"), and the rows are grouped by date.
TEST(PagesTest, ReviewNamesEachRowsOwnFile) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("two@example.org").status, 303);
  const std::string csrf = Browser::Field(b.Get("/upload").body, "csrf");
  Reply review = b.PostMultipart(
      "/upload", {{"csrf", csrf, "", ""},
                  {"files", "date,test,value,unit\n2024-03-01,serum_m_protein,1.0,g/dL\n", "a.csv",
                   "text/csv"},
                  {"files", "date,test,value,unit\n2024-01-01,serum_m_protein,2.0,g/dL\n", "b.csv",
                   "text/csv"}});
  ASSERT_EQ(review.status, 200) << review.body;
  EXPECT_EQ(review.body.find("a.csv, b.csv line"), std::string::npos) << review.body;
  const size_t b_row = review.body.find("<td>b.csv line 2</td>");
  const size_t a_row = review.body.find("<td>a.csv line 2</td>");
  ASSERT_NE(a_row, std::string::npos) << review.body;
  ASSERT_NE(b_row, std::string::npos) << review.body;
  EXPECT_LT(b_row, a_row) << "sorted by date: b.csv's January row first";
  int rows = 0;
  Reply saved = b.PostMultipart("/upload/confirm", KeepEveryRow(review, csrf, &rows));
  EXPECT_EQ(rows, 2);
  EXPECT_EQ(saved.status, 303) << saved.body;
}

// A lab report PDF on the upload page: the values the importer read are shown for review, the
// one it is unsure of marked with its reason; nothing is stored before Save; Save stores the
// checked values as oncoguide CSV (never the PDF), without the review note.
TEST(PagesTest, LabReportPdfIsReviewedThenStoredAsCheckedValues) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("pdf@example.org").status, 303);
  const std::string csrf = Browser::Field(b.Get("/upload").body, "csrf");
  // A lab's PDF with a text layer: two values read cleanly, a clonality read from prose (to be
  // checked), and an M-spike without a unit, which is not read at all.
  const std::string pdf = TextPdf({{72, 720, "City Hospital Laboratory"},
                                   {72, 700, "Collected: 2024-03-15"},
                                   {72, 670, "Test"},
                                   {300, 670, "Result"},
                                   {380, 670, "Units"},
                                   {72, 650, "Kappa free light chain"},
                                   {300, 650, "45.3"},
                                   {380, 650, "mg/L"},
                                   {72, 630, "M-spike"},
                                   {300, 630, "1.2"},
                                   {72, 590,
                                    "Interpretation: bone marrow biopsy shows 35% clonal "
                                    "plasma cells."}});
  Reply review = b.PostMultipart(
      "/upload", {{"csrf", csrf, "", ""}, {"files", pdf, "marrow.pdf", "application/pdf"}});
  ASSERT_EQ(review.status, 200) << review.body;
  EXPECT_NE(review.body.find("2024-03-15"), std::string::npos);
  // The doubtful value: its page, the words it was read from and why it needs a look.
  EXPECT_NE(review.body.find("page 1, read as"), std::string::npos) << review.body;
  EXPECT_NE(review.body.find("clonality read from the report"), std::string::npos);
  // The line with a value that was not read is shown, not guessed into a number.
  EXPECT_NE(review.body.find("Lines oncoguide did not read"), std::string::npos);
  EXPECT_NE(review.body.find("marrow.pdf page 1: M-spike"), std::string::npos) << review.body;
  EXPECT_EQ(b.Get("/me").Header("Location"), "/upload");  // nothing stored yet

  int rows = 0;
  const httplib::MultipartFormDataItems items = KeepEveryRow(review, csrf, &rows);
  ASSERT_EQ(rows, 3);  // kappa, marrow plasma cells, clonality
  Reply saved = b.PostMultipart("/upload/confirm", items);
  ASSERT_EQ(saved.status, 303) << saved.body;

  Client api = ApiClientOf(b, server.port(), csrf);
  nlohmann::json list = api.Get("/api/v1/records").Json();
  ASSERT_EQ(list["records"].size(), 1u);
  EXPECT_EQ(list["records"][0]["filename"], "reviewed-marrow.pdf.csv");
  EXPECT_EQ(list["records"][0]["format"], "csv");
  EXPECT_EQ(list["records"][0]["observations"], 3);
  const std::string raw =
      api.Get("/api/v1/records/" + list["records"][0]["id"].get<std::string>() + "/raw").body;
  EXPECT_EQ(raw.rfind("date,test,value,unit", 0), 0u) << raw;
  EXPECT_EQ(raw.find("please check"), std::string::npos) << raw;
  EXPECT_NE(raw.find("2024-03-15,bm_plasma_cells,35,%"), std::string::npos) << raw;
  EXPECT_NE(raw.find("2024-03-15,bm_clonality,present"), std::string::npos) << raw;
  EXPECT_EQ(raw.find("M-spike"), std::string::npos) << raw;
  EXPECT_EQ(b.Get("/me").status, 200);
  // The JSON API has no review step: it refuses a PDF and says where to send it.
  Reply refused = api.Upload(pdf, "marrow.pdf");
  EXPECT_EQ(refused.status, 415);
  EXPECT_NE(refused.body.find("/upload"), std::string::npos) << refused.body;
}

// The share link's page (the API answers it as "page": "/share/<token>"): whoever holds the link
// sees the owner's dashboard read-only, without the owner's forms and links, until it is
// revoked or expires; every use is audited.
TEST(PagesTest, ShareLinkOpensAReadOnlyPageUntilRevokedOrExpired) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Client owner(server.port());
  ASSERT_TRUE(owner.SignUp("sharer@example.org"));
  ASSERT_EQ(owner.Upload(ExampleCsv()).status, 201);
  Reply created = owner.Post("/api/v1/shares", {{"days", 2}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string page = created.Json()["page"];

  Browser doctor(server.port());  // not signed in
  Reply shared = doctor.Get(page);
  ASSERT_EQ(shared.status, 200) << shared.body;
  ExpectPageHeaders(shared);
  EXPECT_EQ(shared.Header("Cache-Control"), "no-store");
  EXPECT_NE(shared.body.find("Results shared with you"), std::string::npos);
  EXPECT_NE(shared.body.find("read-only, until"), std::string::npos);
  EXPECT_NE(shared.body.find("<svg"), std::string::npos);
  EXPECT_NE(shared.body.find("By IMWG 2016: "), std::string::npos);
  for (const char* owner_only :
       {"Sign out", "/me/delete", "/me/report.pdf", "name=\"records\"", "name=\"csrf\""}) {
    EXPECT_EQ(shared.body.find(owner_only), std::string::npos) << owner_only;
  }
  EXPECT_EQ(doctor.Get("/share/not-a-real-token").status, 404);

  server.Advance(3 * 86400);  // past the 2 days (the owner's session has ended too)
  EXPECT_EQ(doctor.Get(page).status, 404);
  ASSERT_TRUE(owner.LogIn("sharer@example.org", kPassword));
  Reply again = owner.Post("/api/v1/shares", {{"days", 7}});
  ASSERT_EQ(again.status, 201);
  const std::string page2 = again.Json()["page"];
  EXPECT_EQ(doctor.Get(page2).status, 200);
  ASSERT_EQ(owner.Send("DELETE", "/api/v1/shares/" + again.Json()["id"].get<std::string>()).status,
            204);
  EXPECT_EQ(doctor.Get(page2).status, 404);

  Result<std::unique_ptr<store::Store>> s = store::OpenStore(server.db_path());
  ASSERT_TRUE(s.ok());
  std::multiset<std::string> outcomes;
  Result<std::vector<store::AuditEvent>> rows = (*s)->ReadAudit(0, 1000);
  ASSERT_TRUE(rows.ok());
  for (const store::AuditEvent& e : *rows) {
    if (e.action == "share.read") outcomes.insert(e.outcome);
  }
  EXPECT_EQ(outcomes.count("ok"), 2u);
  EXPECT_EQ(outcomes.count("denied"), 2u);     // expired, revoked
  EXPECT_EQ(outcomes.count("not_found"), 1u);  // the unknown token
}

TEST(PagesTest, AnotherUsersPendingUploadAndDashboardStayPrivate) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser a(server.port());
  Browser b(server.port());
  ASSERT_EQ(a.Register("a@example.org").status, 303);
  ASSERT_EQ(b.Register("b@example.org").status, 303);
  const std::string csrf_a = Browser::Field(a.Get("/upload").body, "csrf");
  const std::string csrf_b = Browser::Field(b.Get("/upload").body, "csrf");
  Reply review = a.Upload(csrf_a, ExampleCsv());
  const std::string upload = Browser::Field(review.body, "upload");
  ASSERT_FALSE(upload.empty());
  // B cannot save A's pending upload, nor cancel it; B's dashboard has nothing of A's.
  Reply stolen = b.PostMultipart(
      "/upload/confirm",
      {{"csrf", csrf_b, "", ""}, {"upload", upload, "", ""}, {"obs.0.keep", "1", "", ""}});
  EXPECT_EQ(stolen.status, 404);
  EXPECT_EQ(
      b.PostMultipart("/upload/cancel", {{"csrf", csrf_b, "", ""}, {"upload", upload, "", ""}})
          .status,
      303);
  EXPECT_EQ(b.Get("/me").Header("Location"), "/upload");
  // A's own session token does not work in B's form (CSRF is per session).
  EXPECT_EQ(
      b.PostMultipart("/upload/confirm", {{"csrf", csrf_a, "", ""}, {"upload", upload, "", ""}})
          .status,
      403);
  // A can still save it.
  Reply saved = a.PostMultipart(
      "/upload/confirm",
      {{"csrf", csrf_a, "", ""}, {"upload", upload, "", ""}, {"obs.0.keep", "1", "", ""}});
  EXPECT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(a.Get("/me").status, 200);
  EXPECT_EQ(b.Get("/me").status, 303);
}

TEST(PagesTest, HostileRecordValuesAreEscapedOnEveryPage) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("h@example.org").status, 303);
  const std::string csrf = Browser::Field(b.Get("/upload").body, "csrf");
  const std::string csv =
      "date,test,value,unit,ref_low,ref_high,note\n"
      "2024-01-02,serum_m_protein,2.0,g/dL,,,<script>alert(1)</script>\n"
      "2024-01-10,therapy_start,<img src=x onerror=alert(2)>,,,,\n"
      "2024-02-10,serum_m_protein,1.0,g/dL,,,\"\"\"><svg onload=alert(3)>\"\n"
      "2024-03-10,serum_m_protein,0.5,g/dL,,,\n";
  Reply review = b.Upload(csrf, csv, "<b>x.csv");
  ASSERT_EQ(review.status, 200) << review.body;
  for (const char* raw : {"<script>alert", "<img src=x", "<svg onload", "<b>x"}) {
    EXPECT_EQ(review.body.find(raw), std::string::npos) << raw;
  }
  const std::string upload = Browser::Field(review.body, "upload");
  httplib::MultipartFormDataItems items = {{"csrf", csrf, "", ""}, {"upload", upload, "", ""}};
  for (int i = 0; i < 4; ++i) items.push_back({"obs." + std::to_string(i) + ".keep", "1", "", ""});
  ASSERT_EQ(b.PostMultipart("/upload/confirm", items).status, 303);
  Reply me = b.Get("/me");
  ASSERT_EQ(me.status, 200);
  for (const char* raw : {"<script>alert", "<img src=x", "<svg onload"}) {
    EXPECT_EQ(me.body.find(raw), std::string::npos) << raw;
  }
  EXPECT_NE(me.body.find("&lt;img src=x"), std::string::npos);
}

TEST(PagesTest, BadFilesShowTheLocatedErrorAndStoreNothing) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("f@example.org").status, 303);
  const std::string csrf = Browser::Field(b.Get("/upload").body, "csrf");
  Reply r = b.Upload(csrf, "date,test,value,unit\n2024-01-02,serum_m_protein,2.0,mg\n", "bad.csv");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("bad.csv, line 2:"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("How to fix it"), std::string::npos);
  Reply pdf = b.Upload(csrf, "%PDF-1.7\n...", "x.pdf");
  EXPECT_EQ(pdf.status, 422);
  EXPECT_EQ(b.Get("/me").Header("Location"), "/upload");
}

TEST(PagesTest, DeleteAccountFormNeedsCsrfAndPassword) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Browser b(server.port());
  ASSERT_EQ(b.Register("d@example.org").status, 303);
  Reply form = b.Get("/me/delete");
  EXPECT_EQ(form.status, 200);
  const std::string csrf = Browser::Field(form.body, "csrf");
  EXPECT_EQ(b.PostForm("/me/delete", {{"password", kPassword}}).status, 403);
  EXPECT_EQ(b.PostForm("/me/delete", {{"csrf", csrf}, {"password", "not it at all 1"}}).status,
            403);
  Reply gone = b.PostForm("/me/delete", {{"csrf", csrf}, {"password", kPassword}});
  EXPECT_EQ(gone.status, 303);
  Browser again(server.port());
  const std::string login_csrf = Browser::Field(again.Get("/login").body, "csrf");
  EXPECT_EQ(
      again
          .PostForm("/login",
                    {{"csrf", login_csrf}, {"email", "d@example.org"}, {"password", kPassword}})
          .status,
      401);
}

// The CSV written after a review reads back as the same observations.
TEST(ReviewCsvTest, RoundTripsTheExamples) {
  for (const char* name : {"patient.csv", "patient-fhir.json"}) {
    Result<records::PatientRecord> original =
        records::LoadOnePatient(std::string(ONCOGUIDE_EXAMPLES_DIR) + "/" + name);
    ASSERT_TRUE(original.ok()) << original.status().ToString();
    const std::string csv = server::ObservationsCsv(original->observations);
    TempDir dir;
    const std::string path = dir.File("round.csv");
    std::ofstream(path, std::ios::binary) << csv;
    Result<records::PatientRecord> back = records::LoadOnePatient(path);
    ASSERT_TRUE(back.ok()) << back.status().ToString() << "\n" << csv;
    ASSERT_EQ(back->observations.size(), original->observations.size()) << name;
    for (size_t i = 0; i < back->observations.size(); ++i) {
      const records::Observation& a = original->observations[i];
      const records::Observation& c = back->observations[i];
      SCOPED_TRACE(std::string(name) + " row " + std::to_string(i) + " " +
                   std::string(Name(a.analyte)));
      EXPECT_EQ(a.date, c.date);
      EXPECT_EQ(a.analyte, c.analyte);
      EXPECT_EQ(a.has_value, c.has_value);
      if (a.has_value && !std::isnan(a.value)) {
        EXPECT_DOUBLE_EQ(a.value, c.value);
      }
      EXPECT_EQ(a.bound, c.bound);
      EXPECT_EQ(a.text, c.text);
      EXPECT_EQ(a.ref_low, c.ref_low);
      EXPECT_EQ(a.ref_high, c.ref_high);
      EXPECT_EQ(a.sensitivity, c.sensitivity);
      EXPECT_EQ(a.spurious, c.spurious);
    }
  }
}

}  // namespace
}  // namespace oncoguide::testing
