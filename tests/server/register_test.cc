// Registration: no account enumeration (the same answer for a new and a taken e-mail address)
// and registration throttling per client address and in total, stored in the database so every
// server of a deployment counts the same attempts (injected clock for the window).
#include <gtest/gtest.h>

#include <algorithm>

#include "oncoguide/store/store.h"
#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

using nlohmann::json;

Reply Register(Client& c, const std::string& email, const std::string& password = kPassword,
               httplib::Headers extra = {}) {
  return c.Send("POST", "/api/v1/accounts", json{{"email", email}, {"password", password}}.dump(),
                "application/json", std::move(extra));
}

// Regression (account enumeration): a taken address answered 409, telling anyone which e-mail
// addresses have an account.
TEST(RegisterTest, TakenAddressGetsTheSameStatusAndBodyAsANewOne) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  const Reply fresh = Register(c, "first@example.org");
  const Reply taken = Register(c, "First@Example.org", "another long passphrase 7");
  const Reply fresh2 = Register(c, "second@example.org");
  EXPECT_EQ(fresh.status, 201) << fresh.body;
  EXPECT_EQ(taken.status, fresh.status);
  EXPECT_EQ(taken.body, fresh.body);
  EXPECT_EQ(fresh2.body, fresh.body);
  // Nothing in the answer identifies an account either.
  EXPECT_EQ(fresh.Json().size(), 1u);
  EXPECT_TRUE(fresh.Json().contains("message"));
  EXPECT_TRUE(fresh.Header("Set-Cookie").empty());
  // The taken address kept its owner and password: the second registration changed nothing.
  Client owner(server.port());
  EXPECT_TRUE(owner.LogIn("first@example.org"));
  Client intruder(server.port());
  EXPECT_FALSE(intruder.LogIn("first@example.org", "another long passphrase 7"));
  // The audit (never shown to a client) keeps what happened.
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(server.db_path());
  ASSERT_TRUE(s.ok());
  Result<std::vector<store::AuditEvent>> rows = (*s)->ReadAudit(0, 100);
  ASSERT_TRUE(rows.ok());
  std::vector<std::string> outcomes;
  for (const store::AuditEvent& e : *rows) {
    if (e.action == "account.create") outcomes.push_back(e.outcome);
  }
  EXPECT_EQ(outcomes, (std::vector<std::string>{"ok", "taken", "ok"}));
}

TEST(RegisterTest, ValidationErrorsDoNotDependOnTheAddressBeingTaken) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_EQ(Register(c, "known@example.org").status, 201);
  const Reply weak_taken = Register(c, "known@example.org", "short");
  const Reply weak_new = Register(c, "unknown@example.org", "short");
  EXPECT_EQ(weak_taken.status, 422);
  EXPECT_EQ(weak_taken.body, weak_new.body);
}

TEST(RegisterThrottleTest, PerAddressThen429WithRetryAfterUntilTheWindowPasses) {
  TestServer server([](server::ServerOptions& o) { o.register_per_address = 3; });
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Register(c, "r" + std::to_string(i) + "@example.org").status, 201) << i;
  }
  // A taken address counts like a new one (it cost the same Argon2id work).
  const Reply r = Register(c, "r0@example.org");
  EXPECT_EQ(r.status, 429) << r.body;
  EXPECT_EQ(r.Header("Retry-After"), "3600");
  EXPECT_EQ(Register(c, "r9@example.org").status, 429);
  // Invalid forms are answered (and not counted) before the throttle.
  EXPECT_EQ(Register(c, "r9@example.org", "short").status, 422);
  server.Advance(3600 + 1);
  EXPECT_EQ(Register(c, "r9@example.org").status, 201);
  Client owner(server.port());
  EXPECT_TRUE(owner.LogIn("r9@example.org"));
}

TEST(RegisterThrottleTest, PerAddressCountsEachClientAddressAndGlobalCountsAll) {
  TestServer server([](server::ServerOptions& o) {
    o.behind_proxy = true;  // the client address comes from X-Forwarded-For
    o.register_per_address = 2;
    o.register_global = 5;
  });
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  auto from = [&](const std::string& ip, int n) {
    return Register(c, "g" + std::to_string(n) + "@example.org", kPassword,
                    {{"X-Forwarded-For", ip}});
  };
  EXPECT_EQ(from("203.0.113.1", 1).status, 201);
  EXPECT_EQ(from("203.0.113.1", 2).status, 201);
  EXPECT_EQ(from("203.0.113.1", 3).status, 429);  // this address has used its attempts
  EXPECT_EQ(from("203.0.113.2", 4).status, 201);  // another address has its own
  EXPECT_EQ(from("203.0.113.3", 5).status, 201);
  EXPECT_EQ(from("203.0.113.4", 6).status, 201);  // 5 attempts in total now
  const Reply all = from("203.0.113.5", 7);       // a fresh address, but the total is reached
  EXPECT_EQ(all.status, 429);
  EXPECT_EQ(all.Header("Retry-After"), "3600");
  server.Advance(3600 + 1);
  EXPECT_EQ(from("203.0.113.5", 7).status, 201);
}

// Servers are stateless: the attempts live in the database, so a second server on the same
// database counts the first one's.
TEST(RegisterThrottleTest, CountedInTheDatabaseSoEveryServerSeesThem) {
  TempDir shared;
  auto tweak = [&](server::ServerOptions& o) {
    o.data_dir = shared.File("data");
    o.register_per_address = 2;
  };
  TestServer a(tweak);
  ASSERT_TRUE(a.ok());
  Client ca(a.port());
  EXPECT_EQ(Register(ca, "s1@example.org").status, 201);
  EXPECT_EQ(Register(ca, "s2@example.org").status, 201);
  TestServer b(tweak);
  ASSERT_TRUE(b.ok());
  Client cb(b.port());
  EXPECT_EQ(Register(cb, "s3@example.org").status, 429);
}

}  // namespace
}  // namespace oncoguide::testing
