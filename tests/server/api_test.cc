// The JSON API end to end, against a real server on a loopback port.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>

#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/store.h"
#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

using nlohmann::json;

std::string RunCli(const std::string& args) {
  std::string cmd = std::string(ONCOGUIDE_BINARY) + " " + args;
  std::FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(server_.ok()); }
  TestServer server_;
};

TEST_F(ApiTest, HealthReadinessAndMetrics) {
  Client c(server_.port());
  EXPECT_EQ(c.Get("/healthz").status, 200);
  EXPECT_EQ(c.Get("/readyz").Json()["status"], "ready");
  Reply m = c.Get("/metrics");
  EXPECT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("oncoguide_http_requests_total{method=\"GET\",code=\"2xx\"}"),
            std::string::npos);
  EXPECT_NE(m.body.find("oncoguide_database_up 1"), std::string::npos);
}

TEST_F(ApiTest, SecurityHeadersOnEveryResponse) {
  Client c(server_.port());
  for (const char* path : {"/healthz", "/api/v1/topics", "/api/v1/no/such/route"}) {
    Reply r = c.Get(path);
    EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_NE(r.Header("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
    EXPECT_EQ(r.Header("Cache-Control"), "no-store");
  }
  Reply missing = c.Get("/api/v1/no/such/route");
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(missing.Json()["error"]["cause"].is_string());
}

TEST_F(ApiTest, OpenApiDocumentsExactlyTheRoutes) {
  Client c(server_.port());
  Reply r = c.Get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  json doc = r.Json();
  ASSERT_TRUE(doc.is_object());
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::pair<std::string, std::string>> documented, served;
  for (const auto& [path, ops] : doc["paths"].items()) {
    for (const auto& [method, op] : ops.items()) {
      std::string m = method;
      for (char& ch : m) ch = static_cast<char>(std::toupper(ch));
      documented.emplace(m, path);
      EXPECT_TRUE(op.contains("responses")) << method << " " << path;
    }
  }
  for (const auto& route : server_.server().ApiRoutes()) served.insert(route);
  EXPECT_EQ(documented, served);
}

TEST_F(ApiTest, AskAnswersLikeTheCli) {
  Client c(server_.port());
  Reply r = c.Post("/api/v1/ask", {{"question", "What is VGPR?"}, {"format", "json"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json cli = json::parse(RunCli("ask --format json \"What is VGPR?\""));
  EXPECT_EQ(r.Json(), cli);
  EXPECT_EQ(c.Post("/api/v1/ask", {{"question", "  "}}).status, 400);
  EXPECT_EQ(c.Post("/api/v1/ask", {{"q", "x"}}).status, 400);
  EXPECT_EQ(c.Send("POST", "/api/v1/ask", "not json").status, 400);
  EXPECT_EQ(c.Post("/api/v1/ask", {{"question", std::string(5000, 'a')}}).status, 413);
}

// Regression: the askers (one per thread) shared one Xapian stemmer, which keeps state while it
// stems; concurrent asks corrupted words and crashed the server under wrk load.
TEST(AskConcurrencyTest, ConcurrentAsksOnSeveralAskersAnswerAsOneAtATime) {
  TestServer server([](server::ServerOptions& o) { o.askers = 4; });
  ASSERT_TRUE(server.ok());
  const std::vector<std::string> questions = {"What is VGPR?",
                                              "what does stringent complete "
                                              "response mean",
                                              "Is bone pain from myeloma?"};
  std::vector<std::string> expected;
  Client one(server.port());
  for (const std::string& q : questions) {
    Reply r = one.Post("/api/v1/ask", {{"question", q}});
    ASSERT_EQ(r.status, 200) << r.body;
    expected.push_back(r.body);
  }
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      Client c(server.port());
      for (int i = 0; i < 80; ++i) {
        const size_t k = static_cast<size_t>(t + i) % questions.size();
        Reply r = c.Post("/api/v1/ask", {{"question", questions[k]}});
        if (r.status != 200 || r.body != expected[k]) ++wrong;
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST_F(ApiTest, TopicsListAndOneTopic) {
  Client c(server_.port());
  Reply list = c.Get("/api/v1/topics");
  ASSERT_EQ(list.status, 200);
  json topics = list.Json()["topics"];
  ASSERT_FALSE(topics.empty());
  const std::string id = topics[0]["id"];
  Reply one = c.Get("/api/v1/topics/" + id);
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(one.Json()["id"], id);
  EXPECT_FALSE(one.Json()["sections"].empty());
  EXPECT_EQ(c.Get("/api/v1/topics/no-such-topic").status, 404);
}

TEST_F(ApiTest, StatelessAssessEqualsTheCliAndStoresNothing) {
  Client c(server_.port());
  for (const char* file : {"patient.csv", "patient-fhir.json"}) {
    const std::string path = std::string(ONCOGUIDE_EXAMPLES_DIR) + "/" + file;
    Reply r =
        c.Send("POST", "/api/v1/assess", ReadFileBytes(path), "text/csv", {{"X-Filename", file}});
    ASSERT_EQ(r.status, 200) << r.body;
    json cli = json::parse(RunCli("assess --format json " + path));
    json served = json::parse(r.body);
    // Identical but for the source name: the CLI's path, the upload's X-Filename.
    EXPECT_EQ(served["source"], file);
    served.erase("source");
    cli.erase("source");
    EXPECT_EQ(served, cli) << file;
  }
  // A cohort gives the array, like the CLI.
  const std::string cohort = std::string(ONCOGUIDE_TEST_DATA_DIR) + "/records/cohort.csv";
  Reply r = c.Send("POST", "/api/v1/assess", ReadFileBytes(cohort), "text/csv");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(r.Json().is_array());
  Reply bad = c.Send("POST", "/api/v1/assess", "date,test,value,unit\n2024-01-01,kappa_flc,1,mg\n",
                     "text/csv", {{"X-Filename", "labs.csv"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.Json()["error"]["location"], "labs.csv:2");
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(server_.db_path());
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->ReadAudit(0, 100)->size(), 0u);  // no account, nothing stored, nothing read
}

TEST_F(ApiTest, UploadListGetResultExportDelete) {
  Client c(server_.port());
  ASSERT_TRUE(c.SignUp("ana@example.org"));
  EXPECT_EQ(c.Get("/api/v1/me/result").status, 404);  // no records yet
  Reply up = c.Upload(ExampleCsv(), "patient.csv");
  ASSERT_EQ(up.status, 201) << up.body;
  const std::string id = up.Json()["id"];
  EXPECT_EQ(up.Json()["format"], "csv");
  EXPECT_GT(up.Json()["observations"].get<int>(), 10);
  EXPECT_EQ(up.Header("Location"), "/api/v1/records/" + id);

  Reply list = c.Get("/api/v1/records");
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.Json()["records"].size(), 1u);
  EXPECT_EQ(list.Json()["records"][0]["filename"], "patient.csv");

  Reply got = c.Get("/api/v1/records/" + id);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.Json()["parsed"]["observations"].size(), up.Json()["observations"].get<size_t>());
  Reply raw = c.Get("/api/v1/records/" + id + "/raw");
  EXPECT_EQ(raw.body, ExampleCsv());
  EXPECT_EQ(raw.Header("Content-Type"), "application/octet-stream");
  EXPECT_NE(raw.Header("Content-Disposition").find("attachment"), std::string::npos);

  Reply result = c.Get("/api/v1/me/result");
  ASSERT_EQ(result.status, 200);
  json cli = json::parse(
      RunCli("assess --format json " + std::string(ONCOGUIDE_EXAMPLES_DIR) + "/patient.csv"));
  json mine = result.Json();
  EXPECT_TRUE(mine["trend"].contains("serum_m_protein"));
  mine.erase("trend");
  EXPECT_EQ(mine["lines"], cli["lines"]);
  EXPECT_EQ(mine["staging"], cli["staging"]);

  Reply exported = c.Get("/api/v1/me/export");
  ASSERT_EQ(exported.status, 200);
  json bundle = exported.Json();
  EXPECT_EQ(bundle["resourceType"], "Bundle");
  int uploads = 0, computed = 0;
  for (const json& e : bundle["entry"]) {
    if (e["resource"].contains("meta")) {
      ++computed;
    } else {
      ++uploads;
    }
  }
  EXPECT_EQ(uploads, up.Json()["observations"].get<int>());
  EXPECT_GT(computed, 0);

  // A second upload (FHIR) changes the result; deleting it brings the first result back.
  Reply up2 = c.Upload(ExampleFhir(), "patient.json");
  ASSERT_EQ(up2.status, 201) << up2.body;
  EXPECT_EQ(up2.Json()["format"], "fhir-json");
  ASSERT_EQ(c.Send("DELETE", "/api/v1/records/" + up2.Json()["id"].get<std::string>()).status, 204);
  EXPECT_EQ(c.Get("/api/v1/me/result").Json(), result.Json());

  EXPECT_EQ(c.Send("DELETE", "/api/v1/records/" + id).status, 204);
  EXPECT_EQ(c.Get("/api/v1/records/" + id).status, 404);
  EXPECT_EQ(c.Send("DELETE", "/api/v1/records/" + id).status, 404);
  EXPECT_EQ(c.Get("/api/v1/me/result").status, 404);
}

TEST_F(ApiTest, NdjsonUploadIsRead) {
  Client c(server_.port());
  ASSERT_TRUE(c.SignUp("nd@example.org"));
  json bundle = json::parse(ExampleFhir());
  std::string ndjson;
  for (const json& e : bundle["entry"]) ndjson += e["resource"].dump() + "\n";
  Reply up = c.Upload(ndjson, "patient.ndjson");
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ(up.Json()["format"], "fhir-ndjson");
}

TEST_F(ApiTest, SessionsPasswordChangeAndLogout) {
  Client a(server_.port()), b(server_.port());
  ASSERT_TRUE(a.SignUp("bo@example.org"));
  ASSERT_TRUE(b.LogIn("bo@example.org"));
  Reply sessions = a.Get("/api/v1/sessions");
  ASSERT_EQ(sessions.Json()["sessions"].size(), 2u);
  // The cookie: HttpOnly, SameSite=Lax; no Secure on loopback HTTP.
  Client probe(server_.port());
  Reply login =
      probe.Post("/api/v1/session", {{"email", "bo@example.org"}, {"password", kPassword}});
  const std::string set_cookie = login.Header("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_NE(set_cookie.find("Path=/"), std::string::npos);
  EXPECT_EQ(set_cookie.find("Secure"), std::string::npos);
  EXPECT_GE(set_cookie.find(';') - set_cookie.find('=') - 1, 43u);  // >= 256 bits base64url

  Reply pw = a.Send(
      "PUT", "/api/v1/accounts/me/password",
      json{{"current_password", kPassword}, {"new_password", "a brand new long phrase"}}.dump());
  ASSERT_EQ(pw.status, 204) << pw.body;
  EXPECT_EQ(b.Get("/api/v1/records").status, 401);  // other sessions ended
  EXPECT_EQ(probe.Get("/api/v1/records").status, 401);
  EXPECT_EQ(a.Get("/api/v1/records").status, 200);  // this one goes on
  EXPECT_FALSE(b.LogIn("bo@example.org"));          // old password no longer works
  ASSERT_TRUE(b.LogIn("bo@example.org", "a brand new long phrase"));
  // Revoke b's session from a.
  std::string b_id;
  const json sessions_now = a.Get("/api/v1/sessions").Json();
  for (const json& s : sessions_now["sessions"]) {
    if (!s["current"].get<bool>()) b_id = s["id"];
  }
  ASSERT_FALSE(b_id.empty());
  EXPECT_EQ(a.Send("DELETE", "/api/v1/sessions/" + b_id).status, 204);
  EXPECT_EQ(b.Get("/api/v1/records").status, 401);
  // Logout ends the session; the old cookie is worthless afterwards.
  const std::string old_cookie = a.cookie;
  EXPECT_EQ(a.Send("DELETE", "/api/v1/session").status, 204);
  a.cookie = old_cookie;
  EXPECT_EQ(a.Get("/api/v1/records").status, 401);
}

TEST_F(ApiTest, LoginRotatesTheSessionToken) {
  Client a(server_.port());
  ASSERT_TRUE(a.SignUp("rot@example.org"));
  const std::string first = a.cookie;
  ASSERT_TRUE(a.LogIn("rot@example.org"));
  EXPECT_NE(a.cookie, first);
  Client old(server_.port());
  old.cookie = first;
  EXPECT_EQ(old.Get("/api/v1/records").status, 401);
}

TEST_F(ApiTest, PasswordRules) {
  Client c(server_.port());
  auto reg = [&](const std::string& email, const std::string& pw) {
    return c.Post("/api/v1/accounts", {{"email", email}, {"password", pw}});
  };
  EXPECT_EQ(reg("p@example.org", "short").status, 422);
  EXPECT_EQ(reg("p@example.org", "password1234").status, 422);  // common
  EXPECT_EQ(reg("p@example.org", "PASSWORD1234").status, 422);  // common, any case
  EXPECT_EQ(reg("p@example.org", std::string(129, 'x')).status, 422);
  EXPECT_EQ(reg("long.address@example.org", "long.address@example.org").status, 422);
  EXPECT_EQ(reg("not-an-email", kPassword).status, 400);
  EXPECT_EQ(reg("p@example.org", std::string(64, 'q') + "z").status, 201);  // 64+ allowed
  // A taken address (case-insensitive) is answered like a new one (register_test.cc).
  EXPECT_EQ(reg("P@Example.org", kPassword).body, reg("fresh@example.org", kPassword).body);
  // 12 characters of Unicode are 12 characters, not 24+ bytes.
  EXPECT_EQ(reg("u@example.org", "ééééééééééé").status, 422);
  EXPECT_EQ(reg("u@example.org", "éééééééééééé").status, 201);
}

TEST_F(ApiTest, ShareLinkIsReadOnlyExpiresAndIsRevocable) {
  Client owner(server_.port()), doctor(server_.port());
  ASSERT_TRUE(owner.SignUp("share@example.org"));
  ASSERT_EQ(owner.Upload(ExampleCsv()).status, 201);
  Reply created = owner.Post("/api/v1/shares", json::object());
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string token = created.Json()["token"];
  EXPECT_EQ(created.Json()["expires_at"].get<std::int64_t>(), server_.now() + 7 * 86400);
  Reply seen = doctor.Get("/api/v1/shared/" + token);
  ASSERT_EQ(seen.status, 200);
  EXPECT_TRUE(seen.Json()["shared"]["read_only"].get<bool>());
  EXPECT_EQ(doctor.Get("/api/v1/records").status, 401);  // a share link is no session
  EXPECT_EQ(doctor.Get("/api/v1/shared/" + token + "x").status, 404);
  // Expiry.
  Reply short_link = owner.Post("/api/v1/shares", {{"days", 1}});
  const std::string short_token = short_link.Json()["token"];
  server_.Advance(86400);
  EXPECT_EQ(doctor.Get("/api/v1/shared/" + short_token).status, 404);
  // Revocation.
  owner.LogIn("share@example.org");
  ASSERT_EQ(
      owner.Send("DELETE", "/api/v1/shares/" + created.Json()["id"].get<std::string>()).status,
      204);
  EXPECT_EQ(doctor.Get("/api/v1/shared/" + token).status, 404);
  EXPECT_EQ(owner.Post("/api/v1/shares", {{"days", 1000}}).status, 400);
  // Every use is audited, and the chain verifies.
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(server_.db_path());
  ASSERT_TRUE(s.ok());
  int share_reads = 0;
  Result<std::vector<store::AuditEvent>> rows = (*s)->ReadAudit(0, 1000);
  ASSERT_TRUE(rows.ok());
  for (const store::AuditEvent& e : *rows) {
    if (e.action == "share.read") ++share_reads;
  }
  EXPECT_EQ(share_reads, 4);
  EXPECT_TRUE(store::VerifyAuditChain(**s).ok());
}

// An upload no longer computes the result; the first read after it does. A result computed
// by another server while the upload committed (here: the old one written back after it) must
// not be served for the new set of records: the digest sealed with it no longer matches.
TEST_F(ApiTest, ResultComputedBeforeAnUploadIsNotServedAfterIt) {
  Client c(server_.port());
  ASSERT_TRUE(c.SignUp("race@example.org"));
  ASSERT_EQ(c.Upload(ExampleCsv(), "patient.csv").status, 201);
  Reply before = c.Get("/api/v1/me/result");
  ASSERT_EQ(before.status, 200);
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(server_.db_path());
  ASSERT_TRUE(s.ok());
  Result<store::User> user = (*s)->FindUserByEmail("race@example.org");
  ASSERT_TRUE(user.ok());
  Result<store::CachedResult> stale = (*s)->GetResult(user->id);
  ASSERT_TRUE(stale.ok());

  Reply up = c.Upload(ExampleFhir(), "patient.json");
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ((*s)->GetResult(user->id).status().code(), StatusCode::kNotFound);  // cleared
  ASSERT_TRUE((*s)->PutResult(user->id, *stale).ok());  // the racing server's late write

  Reply after = c.Get("/api/v1/me/result");
  ASSERT_EQ(after.status, 200);
  EXPECT_NE(after.Json(), before.Json());
  // Computed over both files, and cached: the next read is the same result.
  EXPECT_EQ(c.Get("/api/v1/me/result").Json(), after.Json());
  ASSERT_EQ(c.Send("DELETE", "/api/v1/records/" + up.Json()["id"].get<std::string>()).status, 204);
  EXPECT_EQ(c.Get("/api/v1/me/result").Json(), before.Json());
}

TEST_F(ApiTest, AuditRecordsReadsAndNeverSecrets) {
  Client c(server_.port());
  ASSERT_TRUE(c.SignUp("audit@example.org"));
  Reply up = c.Upload(ExampleCsv());
  ASSERT_EQ(up.status, 201);
  c.Get("/api/v1/records/" + up.Json()["id"].get<std::string>());
  c.Get("/api/v1/me/result");
  Client wrong(server_.port());
  EXPECT_FALSE(wrong.LogIn("audit@example.org", "wrong password here"));
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(server_.db_path());
  ASSERT_TRUE(s.ok());
  std::set<std::string> actions;
  Result<std::vector<store::AuditEvent>> rows = (*s)->ReadAudit(0, 1000);
  ASSERT_TRUE(rows.ok());
  for (const store::AuditEvent& e : *rows) {
    actions.insert(e.action + ":" + e.outcome);
    for (const std::string& field : {e.action, e.target, e.address, e.outcome}) {
      EXPECT_EQ(field.find(kPassword), std::string::npos);
      EXPECT_EQ(field.find(c.cookie.substr(c.cookie.find('=') + 1)), std::string::npos);
      EXPECT_EQ(field.find("serum"), std::string::npos);
    }
  }
  for (const char* want : {"account.create:ok", "login.success:ok", "record.create:ok",
                           "record.read:ok", "result.read:ok", "login.failure:denied"}) {
    EXPECT_TRUE(actions.contains(want)) << want;
  }
}

}  // namespace
}  // namespace oncoguide::testing
