// `serve --db-read`: reads that may be stale go to a real streaming replica (a hot standby made
// with pg_basebackup -R from a throwaway primary), while a person who just changed their data
// reads from the primary (read-your-writes), single lookups the replica has not caught up with
// fall back to the primary, every read is audited on the primary, and a replica that goes down
// only sends the reads back to the primary.
//
// The replica's replay is paused (pg_wal_replay_pause) to make it visibly stale: a list that
// lacks the newest upload can only have come from the replica.
#include <gtest/gtest.h>

#include <chrono>
#include <pqxx/pqxx>
#include <set>
#include <string>
#include <thread>

#include "../store/pg_test_db.h"
#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/store.h"
#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

using nlohmann::json;
namespace pg = store::testing_pg;

std::int64_t Count(const std::string& url, const std::string& sql) {
  pqxx::connection c(url);
  pqxx::nontransaction n(c);
  return n.exec(sql)[0][0].as<std::int64_t>();
}

// Waits (up to 20 s) until the replica holds `n` records.
bool ReplicaHasRecords(const std::string& replica, std::int64_t n) {
  for (int i = 0; i < 200; ++i) {
    if (Count(replica, "SELECT count(*) FROM records") == n) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

void Replay(const std::string& replica, bool on) {
  pqxx::connection c(replica);
  pqxx::nontransaction n(c);
  n.exec(on ? "SELECT pg_wal_replay_resume()" : "SELECT pg_wal_replay_pause()");
}

std::set<std::string> ListedIds(Client& c) {
  Reply r = c.Get("/api/v1/records");
  EXPECT_EQ(r.status, 200) << r.body;
  std::set<std::string> ids;
  const json body = r.Json();
  for (const json& m : body["records"]) ids.insert(m["id"].get<std::string>());
  return ids;
}

std::int64_t Metric(int port, const std::string& name) {
  const std::string text = Client(port).Get("/metrics").body;
  const size_t at = text.find("\n" + name + " ");
  return at == std::string::npos ? -1 : std::atoll(text.c_str() + at + name.size() + 2);
}

TEST(PgReplicaTest, StaleReadsGoToTheReplicaAndAPersonAlwaysSeesWhatTheyWrote) {
  ONCOGUIDE_REQUIRE_PG_CLUSTER();
  pg::OwnCluster primary;
  ASSERT_FALSE(primary.url().empty());
  pg::OwnCluster replica(&primary);
  ASSERT_FALSE(replica.url().empty()) << "pg_basebackup -R of the primary did not start";
  ASSERT_EQ(Count(replica.url(), "SELECT pg_is_in_recovery()::int"), 1);

  TestServer server([&](server::ServerOptions& o) {
    o.db_url = primary.url();
    o.db_read_url = replica.url();
    o.read_primary_window_s = 30;
  });
  ASSERT_TRUE(server.ok());
  Client me(server.port());
  ASSERT_TRUE(me.SignUp("replica@example.org"));
  Reply first = me.Upload(ExampleCsv());
  ASSERT_EQ(first.status, 201) << first.body;
  const std::string r1 = first.Json()["id"];
  ASSERT_TRUE(ReplicaHasRecords(replica.url(), 1));

  // The replica stops replaying: from now on it lacks every new write.
  Replay(replica.url(), false);
  Reply second = me.Upload(ExampleCsv());
  ASSERT_EQ(second.status, 201) << second.body;
  const std::string r2 = second.Json()["id"];
  const std::int64_t replica_reads_before = Metric(server.port(), "oncoguide_replica_reads_total");

  // Just after writing, the person reads from the primary: both uploads are there.
  EXPECT_EQ(ListedIds(me), (std::set<std::string>{r1, r2}));
  EXPECT_EQ(me.Get("/api/v1/me/result").status, 200);
  EXPECT_EQ(Metric(server.port(), "oncoguide_replica_reads_total"), replica_reads_before);

  // Past the window their list comes from the (paused, so stale) replica.
  server.Advance(31);
  EXPECT_EQ(ListedIds(me), (std::set<std::string>{r1}));
  EXPECT_GT(Metric(server.port(), "oncoguide_replica_reads_total"), replica_reads_before);
  // A record the replica does not have yet is read from the primary instead of a 404.
  Reply r2_read = me.Get("/api/v1/records/" + r2 + "/raw");
  EXPECT_EQ(r2_read.status, 200) << r2_read.body;
  EXPECT_EQ(r2_read.body, ExampleCsv());
  EXPECT_GE(Metric(server.port(), "oncoguide_replica_fallbacks_total"), 1);
  EXPECT_EQ(me.Get("/api/v1/records/" + r1).status, 200);
  EXPECT_EQ(me.Get("/api/v1/me/export").status, 200);

  // Every one of those reads is audited, on the primary (the replica is read-only and paused).
  {
    Result<std::unique_ptr<store::Store>> on_primary = store::OpenStore(primary.url());
    ASSERT_TRUE(on_primary.ok()) << on_primary.status().ToString();
    Result<std::vector<store::AuditEvent>> rows = (*on_primary)->ReadAudit(0, 1000);
    ASSERT_TRUE(rows.ok());
    int lists = 0, raw_r2 = 0, exports = 0;
    for (const store::AuditEvent& e : *rows) {
      lists += e.action == "record.list" && e.outcome == "ok";
      raw_r2 += e.action == "record.read_raw" && e.target == r2 && e.outcome == "ok";
      exports += e.action == "export" && e.outcome == "ok";
    }
    EXPECT_EQ(lists, 2);
    EXPECT_EQ(raw_r2, 1);
    EXPECT_EQ(exports, 1);
    EXPECT_TRUE(store::VerifyAuditChain(**on_primary).ok());
  }
  EXPECT_EQ(Count(replica.url(), "SELECT count(*) FROM audit WHERE action = 'export'"), 0);

  // A new upload sends the person back to the primary at once.
  Reply third = me.Upload(ExampleCsv());
  ASSERT_EQ(third.status, 201) << third.body;
  EXPECT_EQ(ListedIds(me).size(), 3u);

  // Replay resumes: past the window the replica shows everything.
  Replay(replica.url(), true);
  ASSERT_TRUE(ReplicaHasRecords(replica.url(), 3));
  server.Advance(31);
  EXPECT_EQ(ListedIds(me).size(), 3u);

  // The replica goes down: reads fall back to the primary, nothing fails.
  ASSERT_EQ(replica.Halt(), 0);
  EXPECT_EQ(ListedIds(me).size(), 3u);
  EXPECT_EQ(me.Get("/api/v1/me/result").status, 200);
}

}  // namespace
}  // namespace oncoguide::testing
