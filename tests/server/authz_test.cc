// The authorisation matrix: every API endpoint that touches a person's data, called as
// anonymous / owner / another user / expired session / tampered cookie. Only the owner gets
// through; no other caller reads or changes anything of the owner's (checked after the matrix).
// Runs on one server (SQLite) and on two servers sharing one PostgreSQL database, where the
// accounts are set up through server A and every call of the matrix goes to server B.
#include <gtest/gtest.h>

#include "../store/pg_test_db.h"
#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

using nlohmann::json;

// The other user's password differs, so the owner's password in a body opens nothing of theirs.
constexpr char kOtherPassword[] = "quiet harbour lantern 7";

enum class As { kAnonymous, kOwner, kOther, kExpired, kTampered };

const char* Name(As as) {
  switch (as) {
    case As::kAnonymous: return "anonymous";
    case As::kOwner: return "owner";
    case As::kOther: return "other";
    case As::kExpired: return "expired";
    case As::kTampered: return "tampered";
  }
  return "";
}

struct Endpoint {
  std::string method;
  std::string path;  // {rec}, {share}, {session} are replaced by the owner's ids
  std::string body;
  int owner_status;  // what the owner gets
};

class AuthzTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "two_servers_postgresql") ONCOGUIDE_REQUIRE_PG_CLUSTER();
    ASSERT_TRUE(server_.ok());
    if (b_) {
      ASSERT_TRUE(b_->ok());
    }
    ASSERT_TRUE(owner_.SignUp("owner@example.org"));
    ASSERT_TRUE(other_.SignUp("other@example.org", kOtherPassword));
    Reply up = owner_.Upload(ExampleCsv());
    ASSERT_EQ(up.status, 201);
    record_ = up.Json()["id"];
    Reply share = owner_.Post("/api/v1/shares", json::object());
    share_ = share.Json()["id"];
    const json sessions = owner_.Get("/api/v1/sessions").Json();
    for (const json& s : sessions["sessions"]) {
      if (s["current"].get<bool>()) session_ = s["id"];
    }
    ASSERT_EQ(other_.Upload(ExampleCsv()).status, 201);
  }

  // A client acting as `as`. The expired one logs in, then the clock passes the idle timeout;
  // the tampered one carries the owner's cookie with one character changed.
  Client Make(As as) {
    Client c(served().port());
    switch (as) {
      case As::kAnonymous:
        break;
      case As::kOwner:
        EXPECT_TRUE(c.LogIn("owner@example.org"));
        break;
      case As::kOther:
        c.cookie = other_.cookie;
        c.csrf = other_.csrf;
        break;
      case As::kExpired: {
        EXPECT_TRUE(c.LogIn("owner@example.org"));
        server_.Advance(server_.options().idle_timeout_s + 61);
        if (b_) b_->Advance(server_.options().idle_timeout_s + 61);
        EXPECT_TRUE(other_.LogIn("other@example.org", kOtherPassword));  // keep `other` fresh
        break;
      }
      case As::kTampered: {
        Client fresh(served().port());
        EXPECT_TRUE(fresh.LogIn("owner@example.org"));
        c.cookie = fresh.cookie;
        c.csrf = fresh.csrf;
        char& ch = c.cookie.back();
        ch = ch == 'A' ? 'B' : 'A';
        break;
      }
    }
    return c;
  }

  std::string Fill(std::string path) const {
    auto replace = [&](const std::string& key, const std::string& value) {
      if (size_t p = path.find(key); p != std::string::npos) path.replace(p, key.size(), value);
    };
    replace("{rec}", record_);
    replace("{share}", share_);
    replace("{session}", session_);
    return path;
  }

  // A fresh database for the two-server topology ("" otherwise, or when no cluster is running).
  static std::string PgUrl() {
    if (GetParam() != "two_servers_postgresql" || !store::testing_pg::Unreachable().empty()) {
      return "";
    }
    return store::testing_pg::FreshDatabase();
  }
  // The server the matrix's calls go to.
  TestServer& served() { return b_ ? *b_ : server_; }

  const std::string url_ = PgUrl();
  TestServer server_{[this](server::ServerOptions& o) { o.db_url = url_; }};
  // Server B: same database, same master key (the same data folder holds master.key).
  std::unique_ptr<TestServer> b_ =
      url_.empty() ? nullptr : std::make_unique<TestServer>([this](server::ServerOptions& o) {
        o.db_url = url_;
        o.data_dir = server_.options().data_dir;
      });
  Client owner_{server_.port()};
  Client other_{server_.port()};
  std::string record_, share_, session_;
};

TEST_P(AuthzTest, EveryEndpointTimesEveryCaller) {
  const std::string pw = json{{"password", kPassword}}.dump();
  // Read-only endpoints first; the destructive ones last so the owner row still works.
  const std::vector<Endpoint> endpoints = {
      {"GET", "/api/v1/records", "", 200},
      {"GET", "/api/v1/records/{rec}", "", 200},
      {"GET", "/api/v1/records/{rec}/raw", "", 200},
      {"GET", "/api/v1/me/result", "", 200},
      {"GET", "/api/v1/me/export", "", 200},
      {"GET", "/api/v1/sessions", "", 200},
      {"GET", "/api/v1/shares", "", 200},
      {"POST", "/api/v1/shares", "{}", 201},
      {"POST", "/api/v1/records", "UPLOAD", 201},
      {"DELETE", "/api/v1/sessions/{session}", "", 204},
      {"PUT", "/api/v1/accounts/me/password",
       json{{"current_password", kPassword}, {"new_password", kPassword}}.dump(), 204},
      {"DELETE", "/api/v1/shares/{share}", "", 204},
      {"DELETE", "/api/v1/records/{rec}", "", 204},
      {"DELETE", "/api/v1/session", "", 204},
      {"DELETE", "/api/v1/accounts/me", pw, 204},
  };
  for (const Endpoint& e : endpoints) {
    for (As as : {As::kAnonymous, As::kOther, As::kExpired, As::kTampered, As::kOwner}) {
      SCOPED_TRACE(e.method + " " + e.path + " as " + Name(as));
      Client c = Make(as);
      const std::string body = e.body == "UPLOAD" ? ExampleCsv() : e.body;
      Reply r = c.Send(e.method, Fill(e.path), body);
      switch (as) {
        case As::kOwner:
          EXPECT_EQ(r.status, e.owner_status) << r.body;
          break;
        case As::kOther: {
          // Another user: either their own data (lists, their result) or 404 for the owner's
          // ids; never the owner's data.
          const bool owner_id = e.path.find('{') != std::string::npos;
          if (owner_id) {
            EXPECT_EQ(r.status, 404) << r.body;
          }
          EXPECT_EQ(r.body.find(record_), std::string::npos);
          EXPECT_EQ(r.body.find("owner@example.org"), std::string::npos);
          break;
        }
        default:
          EXPECT_EQ(r.status, 401) << r.body;
          EXPECT_EQ(r.body.find("observations"), std::string::npos);
      }
      // The owner's data is intact after each non-owner call (until the owner's own deletes).
      if (as != As::kOwner && e.method != "DELETE") {
        Client check = Make(As::kOwner);
        EXPECT_EQ(check.Get(Fill("/api/v1/records/{rec}")).status, 200);
      }
    }
  }
  // After the owner deleted the account, nobody can use any of it, and the other user's
  // data is untouched.
  Client again(served().port());
  EXPECT_FALSE(again.LogIn("owner@example.org"));
  EXPECT_EQ(other_.Get("/api/v1/records").Json()["records"].size(), 2u);  // 1 + matrix upload
}

TEST_P(AuthzTest, OtherUsersRecordIdIsExactlyLikeAMissingOne) {
  Reply theirs = other_.Get("/api/v1/records/" + record_);
  Reply missing = other_.Get("/api/v1/records/00000000000000000000000000000000");
  EXPECT_EQ(theirs.status, 404);
  EXPECT_EQ(theirs.body, missing.body);
}

INSTANTIATE_TEST_SUITE_P(Topologies, AuthzTest,
                         ::testing::Values("one_server_sqlite", "two_servers_postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace oncoguide::testing
