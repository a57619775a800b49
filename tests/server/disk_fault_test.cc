// The database's disk refuses writes (issue 14: "the database disk made read-only: clear errors,
// no corruption"), on both backends:
//   - SQLite whose files cannot grow: RLIMIT_FSIZE at 0 on the process (the server runs in the
//     test process), which fails every write of the database and its WAL with EFBIG, as a full
//     disk fails them with ENOSPC. (A read-only remount needs privileges a test cannot assume,
//     and root ignores file permissions.)
//   - PostgreSQL made read-only (default_transaction_read_only on, reloaded while the server
//     runs), and PostgreSQL reporting a full disk: SQLSTATE 53100, raised by triggers on the
//     tables a write touches (what PostgreSQL raises when it cannot extend a file).
// During the fault every upload fails whole with a 503 naming the cause, with a hint; nothing is
// acknowledged, nothing half-applied; reads that need no write (asks, topics, /readyz) keep
// working, while reads of health data are refused because their audit row cannot be written.
// When the fault clears the same server process accepts uploads again, every earlier record is
// intact and the audit chain verifies.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <chrono>
#include <pqxx/pqxx>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "../store/pg_test_db.h"
#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/store.h"
#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

using nlohmann::json;
namespace pg = store::testing_pg;

// Uploads `n` records; returns their ids (every one must be acknowledged).
std::vector<std::string> UploadOk(Client& c, int n) {
  std::vector<std::string> ids;
  for (int i = 0; i < n; ++i) {
    Reply r = c.Upload(ExampleCsv());
    EXPECT_EQ(r.status, 201) << r.body;
    if (r.status == 201) ids.push_back(r.Json()["id"]);
  }
  return ids;
}

// While the fault lasts: uploads fail cleanly, naming `cause`; public reads work; health-data
// reads are refused with a clear 503 (their audit row cannot be written).
void ExpectCleanFailures(Client& c, const std::string& cause) {
  for (int i = 0; i < 3; ++i) {
    Reply r = c.Upload(ExampleCsv());
    EXPECT_EQ(r.status, 503) << r.body;
    const json err = r.Json()["error"];
    EXPECT_NE(err["cause"].get<std::string>().find(cause), std::string::npos) << r.body;
    EXPECT_TRUE(err["hint"].is_string()) << r.body;
  }
  EXPECT_EQ(c.Post("/api/v1/ask", {{"question", "What is VGPR?"}}).status, 200);
  EXPECT_EQ(c.Get("/api/v1/topics").status, 200);
  EXPECT_EQ(c.Get("/readyz").status, 200);
  Reply list = c.Get("/api/v1/records");
  EXPECT_EQ(list.status, 503) << list.body;
  EXPECT_NE(list.body.find("audit"), std::string::npos) << list.body;
}

// After the fault: the same process accepts an upload, and exactly the acknowledged records are
// there, whole, with a result and a verifiable audit chain.
void ExpectRecovered(Client& c, std::vector<std::string> acknowledged, const std::string& db) {
  Reply r = c.Upload(ExampleCsv());
  ASSERT_EQ(r.status, 201) << r.body;
  acknowledged.push_back(r.Json()["id"]);
  Reply list = c.Get("/api/v1/records");
  ASSERT_EQ(list.status, 200) << list.body;
  std::multiset<std::string> listed;
  const json body = list.Json();
  for (const json& m : body["records"]) listed.insert(m["id"].get<std::string>());
  EXPECT_EQ(listed, std::multiset<std::string>(acknowledged.begin(), acknowledged.end()));
  for (const std::string& id : acknowledged) {
    EXPECT_EQ(c.Get("/api/v1/records/" + id + "/raw").body, ExampleCsv()) << id;
  }
  EXPECT_EQ(c.Get("/api/v1/me/result").status, 200);
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(db);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  Result<store::AuditVerification> v = store::VerifyAuditChain(**s);
  EXPECT_TRUE(v.ok()) << v.status().ToString();
}

TEST(DiskFaultTest, SqliteThatCannotGrowFailsUploadsCleanlyAndRecovers) {
  TestServer server;
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_TRUE(c.SignUp("full@example.org"));
  std::vector<std::string> acknowledged = UploadOk(c, 2);

  // SIGXFSZ would kill the process; ignored, the write fails with EFBIG instead.
  signal(SIGXFSZ, SIG_IGN);
  rlimit before{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &before), 0);
  rlimit none = before;
  none.rlim_cur = 0;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &none), 0);
  // SQLite keeps no errno for a failed write: the cause says what it may be.
  ExpectCleanFailures(c, "the database disk refused a write (it is full, read-only or failing)");
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &before), 0);

  ExpectRecovered(c, acknowledged, "sqlite:" + server.db_path());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(server.db_path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

void Sql(const std::string& url, const std::string& sql) {
  pqxx::connection c(url);
  pqxx::nontransaction n(c);
  n.exec("SET default_transaction_read_only = off");
  n.exec(sql);
}

TEST(DiskFaultTest, PostgresMadeReadOnlyFailsUploadsCleanlyAndRecovers) {
  ONCOGUIDE_REQUIRE_PG_CLUSTER();
  pg::OwnCluster cluster;  // its own: the setting is cluster-wide
  ASSERT_FALSE(cluster.url().empty());
  TestServer server([&](server::ServerOptions& o) { o.db_url = cluster.url(); });
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_TRUE(c.SignUp("readonly@example.org"));
  std::vector<std::string> acknowledged = UploadOk(c, 2);

  // Reloaded, the setting reaches the server's open pooled connections too.
  Sql(cluster.url(), "ALTER SYSTEM SET default_transaction_read_only = on");
  Sql(cluster.url(), "SELECT pg_reload_conf()");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ExpectCleanFailures(c, "read-only");
  Sql(cluster.url(), "ALTER SYSTEM RESET default_transaction_read_only");
  Sql(cluster.url(), "SELECT pg_reload_conf()");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));

  ExpectRecovered(c, acknowledged, cluster.url());
}

TEST(DiskFaultTest, PostgresWithAFullDiskFailsUploadsCleanlyAndRecovers) {
  ONCOGUIDE_REQUIRE_PG_CLUSTER();
  const std::string url = pg::FreshDatabase();
  TestServer server([&](server::ServerOptions& o) { o.db_url = url; });
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_TRUE(c.SignUp("pgfull@example.org"));
  std::vector<std::string> acknowledged = UploadOk(c, 2);

  Sql(url,
      "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "RAISE EXCEPTION 'could not extend file \"base/1/2\": No space left on device' "
      "USING ERRCODE = 'disk_full'; END $$");
  for (const char* t : {"records", "results", "audit", "users", "sessions"}) {
    Sql(url, std::string("CREATE TRIGGER disk_full BEFORE INSERT OR UPDATE ON ") + t +
                 " FOR EACH ROW EXECUTE FUNCTION disk_full()");
  }
  ExpectCleanFailures(c, "disk is full");
  for (const char* t : {"records", "results", "audit", "users", "sessions"}) {
    Sql(url, std::string("DROP TRIGGER disk_full ON ") + t);
  }

  ExpectRecovered(c, acknowledged, url);
}

}  // namespace
}  // namespace oncoguide::testing
