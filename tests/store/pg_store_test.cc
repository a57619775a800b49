// PostgreSQL-specific behaviour of the store: migrations once under concurrent start-up, a newer
// schema refused, one audit chain from several servers, recovery after the database restarts,
// and clear errors on a read-only database. The generic contract is tested for both backends by
// store_test.cc. Runs against the throwaway cluster that the pg_cluster ctest fixture starts
// (scripts/pg-cluster.sh); its folder is in ONCOGUIDE_TEST_PG_DIR (see pg_test_db.h).
#include "oncoguide/store/pg_store.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <pqxx/pqxx>
#include <string>
#include <thread>
#include <vector>

#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/snapshot.h"
#include "pg_test_db.h"
#include "store_test_util.h"

namespace oncoguide::store {
namespace {

using testing_pg::FreshDatabase;

class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { ONCOGUIDE_REQUIRE_PG_CLUSTER(); }
};

TEST_F(PgStoreTest, ConcurrentStartUpMigratesOnce) {
  const std::string url = FreshDatabase();
  std::vector<std::thread> servers;
  std::vector<Status> results(4);
  for (int i = 0; i < 4; ++i) {
    servers.emplace_back([&, i] { results[i] = OpenPgStore(url, PgOptions{}).status(); });
  }
  for (auto& t : servers) t.join();
  for (const Status& s : results) EXPECT_TRUE(s.ok()) << s.ToString();
  pqxx::connection c(url);
  pqxx::work w(c);
  EXPECT_EQ(w.exec("SELECT count(*) FROM schema_version")[0][0].as<int>(),
            static_cast<int>(PgMigrations().size()));
}

TEST_F(PgStoreTest, ASchemaOneRecordIsMigratedAsASummary) {
  const std::string url = FreshDatabase();
  std::span<const Migration> v1 = PgMigrations().first(1);
  ASSERT_TRUE(OpenPgStore(url, PgOptions{}, v1).ok());
  {
    pqxx::connection c(url);
    pqxx::work w(c);
    w.exec(
        "INSERT INTO users(id, email, password_hash, wrapped_key, created_at) "
        "VALUES(1, 'a@example.org', 'h', '\\x00', 1)");
    w.exec(
        "INSERT INTO records(id, user_id, filename, format, size, observations, created_at, "
        "sealed_raw, sealed_parsed) VALUES('r1', 1, 'labs.csv', 'csv', 10, 2, 5, '\\x01', "
        "'\\x02')");
    w.commit();
  }
  auto store = OpenPgStore(url, PgOptions{});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(*(*store)->SchemaVersion(), PgMigrations().back().version);
  Result<Record> r = (*store)->GetRecord(1, "r1");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->parsed_version, kParsedSummary);
  EXPECT_EQ(r->sealed_parsed, "\x02");
}

TEST_F(PgStoreTest, RefusesANewerSchema) {
  const std::string url = FreshDatabase();
  ASSERT_TRUE(OpenPgStore(url, PgOptions{}).ok());
  {
    pqxx::connection c(url);
    pqxx::work w(c);
    w.exec("INSERT INTO schema_version(version) VALUES(9999)");
    w.commit();
  }
  auto again = OpenPgStore(url, PgOptions{});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(again.status().cause().find("9999"), std::string::npos) << again.status().cause();
}

TEST_F(PgStoreTest, RefusesAnOlderSchemaWithoutMigrating) {
  const std::string url = FreshDatabase();
  PgOptions no_migrate;
  no_migrate.migrate = false;
  auto store = OpenPgStore(url, no_migrate);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().hint().find("admin migrate"), std::string::npos);
}

TEST_F(PgStoreTest, AuditAppendsFromTwoServersFormOneChain) {
  const std::string url = FreshDatabase();
  auto a = OpenPgStore(url, PgOptions{});
  auto b = OpenPgStore(url, PgOptions{});
  ASSERT_TRUE(a.ok() && b.ok());
  auto append = [](Store& s, int n) {
    for (int i = 0; i < n; ++i) {
      AuditEvent e;
      e.at = 1700000000 + i;
      e.action = "record.read";
      e.target = "r" + std::to_string(i);
      e.address = "127.0.0.1";
      e.outcome = "ok";
      ASSERT_TRUE(s.AppendAudit(e).ok());
    }
  };
  std::thread t1([&] { append(**a, 50); });
  std::thread t2([&] { append(**b, 50); });
  t1.join();
  t2.join();
  auto verified = VerifyAuditChain(**a);
  ASSERT_TRUE(verified.ok()) << verified.status().ToString();
  EXPECT_EQ(verified->rows, 100);
}

TEST_F(PgStoreTest, AuditRowsCannotBeChangedOrRemoved) {
  const std::string url = FreshDatabase();
  auto store = OpenPgStore(url, PgOptions{});
  ASSERT_TRUE(store.ok());
  AuditEvent e;
  e.action = "login.success";
  e.outcome = "ok";
  ASSERT_TRUE((*store)->AppendAudit(e).ok());
  pqxx::connection c(url);
  for (const char* sql :
       {"UPDATE audit SET outcome = 'denied'", "DELETE FROM audit", "TRUNCATE audit"}) {
    pqxx::work w(c);
    EXPECT_THROW(w.exec(sql), pqxx::sql_error) << sql;
  }
}

TEST_F(PgStoreTest, ReadOnlyDatabaseGivesAClearErrorAndKeepsData) {
  const std::string url = FreshDatabase();
  auto store = OpenPgStore(url, PgOptions{});
  ASSERT_TRUE(store.ok());
  auto user = (*store)->CreateUser(
      "ro@example.org", "hash", [](std::int64_t) { return "k"; }, 1);
  ASSERT_TRUE(user.ok());
  {
    pqxx::connection c(url);
    pqxx::nontransaction n(c);
    n.exec("ALTER DATABASE " + c.esc(c.dbname()) + " SET default_transaction_read_only = on");
  }
  // New connections see the setting; the pool's existing ones keep theirs, so open a new store.
  auto ro = OpenPgStore(url, PgOptions{1, false});
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  Status s = (*ro)->SetPasswordHash(user->id, "other");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.cause().find("read-only"), std::string::npos) << s.ToString();
  auto still = (*ro)->GetUser(user->id);
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->password_hash, "hash");
  pqxx::connection c(url);
  pqxx::nontransaction n(c);
  n.exec("SET default_transaction_read_only = off");
  n.exec("ALTER DATABASE " + c.esc(c.dbname()) + " SET default_transaction_read_only = off");
}

// Restarts its own cluster (not the shared one, which parallel tests are using).
TEST_F(PgStoreTest, RecoversAfterTheDatabaseRestarts) {
  testing_pg::OwnCluster cluster;
  ASSERT_FALSE(cluster.url().empty());
  auto store = OpenPgStore(cluster.url(), PgOptions{2, true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE((*store)->Ping().ok());
  ASSERT_EQ(cluster.Halt(), 0);
  // The database is down: calls fail cleanly as unavailable, never with a crash.
  Status down = (*store)->Ping();
  EXPECT_EQ(down.code(), StatusCode::kUnavailable) << down.ToString();
  auto during = (*store)->CreateUser(
      "during@example.org", "h", [](std::int64_t) { return "k"; }, 1);
  EXPECT_EQ(during.status().code(), StatusCode::kUnavailable);
  ASSERT_EQ(cluster.Resume(), 0);
  // The pool reconnects by itself: the first call after the restart works.
  Status up = (*store)->Ping();
  EXPECT_TRUE(up.ok()) << up.ToString();
  auto user = (*store)->CreateUser(
      "after@example.org", "h", [](std::int64_t) { return "k"; }, 1);
  EXPECT_TRUE(user.ok()) << user.status().ToString();
  EXPECT_EQ((*store)->FindUserByEmail("during@example.org").status().code(), StatusCode::kNotFound);
}

// A laptop's SQLite data moved into PostgreSQL and back: every record and audit row is equal
// after each hop, and the chain still verifies.
TEST_F(PgStoreTest, SqliteToPostgresAndBackLosesNothing) {
  oncoguide::testing::TempDir dir;
  auto laptop = OpenStore("sqlite:" + dir.File("laptop.db"));
  ASSERT_TRUE(laptop.ok());
  auto wrap = [](std::int64_t id) { return "wrapped-" + std::to_string(id); };
  for (int u = 0; u < 3; ++u) {
    auto user = (*laptop)->CreateUser("u" + std::to_string(u) + "@example.org", "h", wrap, u);
    ASSERT_TRUE(user.ok());
    for (int i = 0; i < 4; ++i) {
      Record r;
      r.meta = {"r" + std::to_string(u) + std::to_string(i), user->id, "f.csv", "csv", i, i, 7};
      r.sealed_raw = std::string(1000 + i, static_cast<char>(i));  // bytes of every value
      r.sealed_parsed = "p";
      CachedResult res{"sealed", 8};
      ASSERT_TRUE((*laptop)->PutRecord(r, &res).ok());
      ASSERT_TRUE(
          (*laptop)
              ->AppendAudit({0, i, user->id, "record.create", r.meta.id, "::1", "ok", "", ""})
              .ok());
    }
  }
  auto clinic = OpenPgStore(FreshDatabase(), PgOptions{});
  ASSERT_TRUE(clinic.ok());
  Result<Snapshot> copied = CopyStore(**laptop, **clinic);
  ASSERT_TRUE(copied.ok()) << copied.status().ToString();
  EXPECT_EQ(copied->records.size(), 12u);
  EXPECT_EQ(copied->audit.size(), 12u);
  EXPECT_EQ(VerifyAuditChain(**clinic)->rows, 12);
  auto back = OpenStore("sqlite:" + dir.File("back.db"));
  ASSERT_TRUE(back.ok());
  ASSERT_TRUE(CopyStore(**clinic, **back).ok());
  EXPECT_TRUE(*(*back)->Export() == *(*laptop)->Export());
}

}  // namespace
}  // namespace oncoguide::store
