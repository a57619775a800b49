// The database's disk refuses writes (issue 14: "the database disk made read-only: clear errors,
// no corruption"), on both backends:
//   - SQLite whose files cannot grow: RLIMIT_FSIZE at 0 on the process (the server runs in the
//     test process), which fails every write of the database and its WAL with EFBIG, as a full
//     disk fails them with ENOSPC. (A read-only remount needs privileges a test cannot assume,
//     and root ignores file permissions.)
//   - PostgreSQL made read-only (default_transaction_read_only on, reloaded while the server
//     runs), and PostgreSQL reporting a full disk: SQLSTATE 53100, raised by triggers on the
//     tables a write touches (what PostgreSQL raises when it cannot extend a file).
//   - Real disks, where the test may mount one (root, CAP_SYS_ADMIN; skipped otherwise): a small
//     tmpfs holding the SQLite data directory, filled up; the same holding a PostgreSQL
//     database's tablespace, filled up (PostgreSQL's own ENOSPC); and a data directory on a
//     disk mounted read-only (what the kernel does to a failing ext4 disk), where the server
//     refuses to start with a clear message. Linux refuses to remount a disk read-only while
//     files on it are open for writing, so a running server cannot be given that fault.
// During the fault every upload fails whole with a 503 naming the cause, with a hint; nothing is
// acknowledged, nothing half-applied; reads that need no write (asks, topics, /readyz) keep
// working, while reads of health data are refused because their audit row cannot be written.
// When the fault clears the same server process accepts uploads again, every earlier record is
// intact and the audit chain verifies.
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <pqxx/pqxx>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "../common/temp_dir.h"
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
// reads are refused with a clear 503 (their audit row cannot be written). On a real full disk a
// small audit row may still fit in an allocated page (`audit_may_fit`): the read is then served,
// because its audit row was written; it is never served without one.
void ExpectCleanFailures(Client& c, const std::string& cause, bool audit_may_fit = false) {
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
  if (audit_may_fit && list.status == 200) return;
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

// A small tmpfs mounted for one test, unmounted at the end: a real disk that fills up or is
// read-only. `owner` (a user name) owns its root. Mounting needs CAP_SYS_ADMIN; without it
// mounted() is false and error() says why.
class SmallDisk {
 public:
  explicit SmallDisk(size_t bytes, const char* owner = nullptr) {
    if (dir_.path().empty()) return;
    chmod(dir_.path().c_str(), 0755);  // PostgreSQL (its own user) must reach a tablespace here
    options_ = "size=" + std::to_string(bytes) + ",mode=0755";
    if (owner != nullptr) {
      const passwd* pw = getpwnam(owner);
      if (pw == nullptr) {
        error_ = std::string("no user ") + owner;
        return;
      }
      options_ += ",uid=" + std::to_string(pw->pw_uid) + ",gid=" + std::to_string(pw->pw_gid);
    }
    if (mount("tmpfs", path().c_str(), "tmpfs", 0, options_.c_str()) != 0) {
      error_ = std::strerror(errno);
      return;
    }
    mounted_ = true;
  }
  ~SmallDisk() {
    if (mounted_) umount2(path().c_str(), MNT_DETACH);
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;

  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }
  const std::string& path() const { return dir_.path(); }
  bool RemountReadOnly() {
    return mount(nullptr, path().c_str(), nullptr, MS_REMOUNT | MS_RDONLY, options_.c_str()) == 0;
  }
  // Writes a ballast file until the disk has no space left; Drain() deletes it.
  void Fill() {
    std::ofstream out(Ballast(), std::ios::binary);
    const std::string chunk(4096, 'x');
    while (out.write(chunk.data(), static_cast<std::streamsize>(chunk.size())) && out.flush()) {
    }
  }
  void Drain() { std::remove(Ballast().c_str()); }

 private:
  std::string Ballast() const { return path() + "/ballast"; }
  TempDir dir_;
  std::string options_, error_;
  bool mounted_ = false;
};

#define ONCOGUIDE_REQUIRE_SMALL_DISK(disk)                                                     \
  do {                                                                                         \
    if (!(disk).mounted()) {                                                                   \
      GTEST_SKIP() << "cannot mount a tmpfs here (" << (disk).error() << "): needs root with " \
                   << "CAP_SYS_ADMIN";                                                         \
    }                                                                                          \
  } while (0)

// Uploads until one is refused (on a full disk, space left in already allocated pages may take a
// few more): each acknowledged one joins `acknowledged`, and the refusal must be a clean 503.
void UploadUntilRefused(Client& c, std::vector<std::string>* acknowledged) {
  for (int i = 0; i < 500; ++i) {
    Reply r = c.Upload(ExampleCsv());
    if (r.status == 201) {
      acknowledged->push_back(r.Json()["id"]);
      continue;
    }
    EXPECT_EQ(r.status, 503) << r.body;
    return;
  }
  ADD_FAILURE() << "500 uploads onto a full disk were all acknowledged";
}

// `read_only_disk`: the file is on read-only media, where a WAL database opens only as immutable.
void ExpectIntegrityOk(const std::string& path, bool read_only_disk = false) {
  sqlite3* db = nullptr;
  const std::string uri = "file:" + path + (read_only_disk ? "?immutable=1" : "");
  ASSERT_EQ(sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr),
            SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
  sqlite3_close(db);
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
  ExpectIntegrityOk(server.db_path());
}

TEST(DiskFaultTest, SqliteOnAFullDiskFailsUploadsCleanlyAndRecovers) {
  SmallDisk disk(8 << 20);
  ONCOGUIDE_REQUIRE_SMALL_DISK(disk);
  TestServer server([&](server::ServerOptions& o) { o.data_dir = disk.path() + "/data"; });
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_TRUE(c.SignUp("fulldisk@example.org"));
  std::vector<std::string> acknowledged = UploadOk(c, 2);

  disk.Fill();
  UploadUntilRefused(c, &acknowledged);
  ExpectCleanFailures(c, "the database disk is full", /*audit_may_fit=*/true);
  disk.Drain();

  ExpectRecovered(c, acknowledged, "sqlite:" + server.db_path());
  ExpectIntegrityOk(server.db_path());
}

TEST(DiskFaultTest, ServerOnAReadOnlyDiskRefusesToStartSayingSo) {
  SmallDisk disk(8 << 20);
  ONCOGUIDE_REQUIRE_SMALL_DISK(disk);
  const std::string data = disk.path() + "/data";
  {
    TestServer server([&](server::ServerOptions& o) { o.data_dir = data; });
    ASSERT_TRUE(server.ok());
    Client c(server.port());
    ASSERT_TRUE(c.SignUp("rodisk@example.org"));
    UploadOk(c, 1);
  }
  ASSERT_TRUE(disk.RemountReadOnly()) << std::strerror(errno);
  server::ServerOptions o;
  o.host = "127.0.0.1";
  o.data_dir = data;
  Result<std::unique_ptr<server::Server>> s = server::Server::Create(o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().cause().find("read-only file system"), std::string::npos)
      << s.status().ToString();
  EXPECT_NE(s.status().hint().find("writable"), std::string::npos) << s.status().ToString();
  // Nothing was lost: the database still opens and verifies.
  ExpectIntegrityOk(data + "/oncoguide.db", /*read_only_disk=*/true);
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

// PostgreSQL's own "could not extend file": the database lives in a tablespace on a small disk
// that fills up (the WAL stays on the cluster's disk, as on a real server with a data volume).
TEST(DiskFaultTest, PostgresWithAFullTablespaceFailsUploadsCleanlyAndRecovers) {
  ONCOGUIDE_REQUIRE_PG_CLUSTER();
  SmallDisk disk(32 << 20, getuid() == 0 ? "postgres" : nullptr);
  ONCOGUIDE_REQUIRE_SMALL_DISK(disk);
  pg::OwnCluster cluster;  // its own: a tablespace outlives no test
  ASSERT_FALSE(cluster.url().empty());
  Sql(cluster.url(), "CREATE TABLESPACE small LOCATION '" + disk.path() + "'");
  Sql(cluster.url(), "CREATE DATABASE onsmall TABLESPACE small");
  const std::string url = cluster.url().substr(0, cluster.url().rfind('/') + 1) + "onsmall";
  TestServer server([&](server::ServerOptions& o) { o.db_url = url; });
  ASSERT_TRUE(server.ok());
  Client c(server.port());
  ASSERT_TRUE(c.SignUp("tablespace@example.org"));
  std::vector<std::string> acknowledged = UploadOk(c, 2);

  disk.Fill();
  UploadUntilRefused(c, &acknowledged);
  ExpectCleanFailures(c, "disk is full", /*audit_may_fit=*/true);
  disk.Drain();

  ExpectRecovered(c, acknowledged, url);
}

}  // namespace
}  // namespace oncoguide::testing
