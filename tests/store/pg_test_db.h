// Test helpers for the PostgreSQL backend: the throwaway cluster started by the pg_cluster ctest
// fixture (scripts/pg-cluster.sh; its folder is in ONCOGUIDE_TEST_PG_DIR) and a fresh database
// per test, so that tests running in parallel never see each other's rows.
//
// Without a cluster (no PostgreSQL server installed on a laptop) the PostgreSQL tests are
// skipped with a message; with ONCOGUIDE_REQUIRE_PG=1 (scripts/test.sh sets it, so CI does)
// a missing cluster fails them instead.
#ifndef ONCOGUIDE_TESTS_STORE_PG_TEST_DB_H_
#define ONCOGUIDE_TESTS_STORE_PG_TEST_DB_H_

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <pqxx/pqxx>
#include <string>

namespace oncoguide::store::testing_pg {

// The cluster's folder from the ctest fixture, or "" when there is none.
inline std::string ClusterDir() {
  const char* dir = std::getenv("ONCOGUIDE_TEST_PG_DIR");
  return dir == nullptr ? std::string() : std::string(dir);
}

// The cluster's administrative URL (database "postgres"), or "" when none was started.
inline std::string AdminUrl(const std::string& dir) {
  std::ifstream in(dir + "/url");
  std::string url;
  std::getline(in, url);
  return url;
}
inline std::string AdminUrl() { return AdminUrl(ClusterDir()); }

inline bool Required() {
  const char* r = std::getenv("ONCOGUIDE_REQUIRE_PG");
  return r != nullptr && std::string(r) == "1";
}

// Why PostgreSQL tests cannot run here ("" when they can).
inline std::string Unreachable() {
  // The test cluster is loopback-only without TLS or Kerberos: libpq (here and in the servers the
  // tests start) need not try either, which also keeps Kerberos' caches out of LeakSanitizer.
  setenv("PGSSLMODE", "disable", /*overwrite=*/0);
  setenv("PGGSSENCMODE", "disable", /*overwrite=*/0);
  if (ClusterDir().empty()) return "ONCOGUIDE_TEST_PG_DIR is not set (run through ctest)";
  if (AdminUrl().empty()) return "no PostgreSQL cluster was started (is `postgresql` installed?)";
  return "";
}

// Skips the test (or fails it when a cluster is required) when there is no cluster.
#define ONCOGUIDE_REQUIRE_PG_CLUSTER()                                     \
  do {                                                                     \
    const std::string why = ::oncoguide::store::testing_pg::Unreachable(); \
    if (!why.empty()) {                                                    \
      if (::oncoguide::store::testing_pg::Required()) FAIL() << why;       \
      GTEST_SKIP() << "PostgreSQL tests skipped: " << why;                 \
    }                                                                      \
  } while (0)

// A database name for the running test: its name, lower-cased, cut to fit with a hash.
inline std::string TestDatabaseName(const std::string& suffix = "") {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string full = std::string(info->test_suite_name()) + "_" + info->name() + suffix;
  std::string name = "t_";
  for (char ch : full) {
    name += std::isalnum(static_cast<unsigned char>(ch))
                ? static_cast<char>(std::tolower(static_cast<unsigned char>(ch)))
                : '_';
  }
  if (name.size() > 50) {
    name = name.substr(0, 40) + "_" + std::to_string(std::hash<std::string>{}(full) % 1000000000);
  }
  return name;
}

// Drops and creates database `name` and returns its URL.
inline std::string FreshDatabase(const std::string& name) {
  const std::string admin = AdminUrl();
  {
    pqxx::connection c(admin);
    pqxx::nontransaction n(c);
    n.exec("DROP DATABASE IF EXISTS " + c.quote_name(name) + " WITH (FORCE)");
    n.exec("CREATE DATABASE " + c.quote_name(name));
  }
  return admin.substr(0, admin.rfind('/') + 1) + name;
}
inline std::string FreshDatabase() { return FreshDatabase(TestDatabaseName()); }

// A cluster of the test's own (scripts/pg-cluster.sh), for tests that stop or restart the
// database while the shared cluster serves other tests in parallel. Stopped and removed at the
// end. Its folder's parents must be traversable by the `postgres` user (0755).
// Given another OwnCluster, it is a hot standby streaming from that one (pg_basebackup -R).
class OwnCluster {
 public:
  OwnCluster() : OwnCluster(nullptr) {}
  explicit OwnCluster(const OwnCluster* primary) {
    char tmpl[] = "/tmp/oncoguide-pg-own-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) return;
    top_ = tmpl;
    chmod(tmpl, 0755);  // the server runs as the postgres user when the tests run as root
    dir_ = top_ + "/cluster";
    const std::string cmd = primary == nullptr ? "start" : "replica " + primary->dir_;
    if (Run(cmd) == 0) url_ = AdminUrl(dir_);
  }
  ~OwnCluster() {
    if (top_.empty()) return;
    (void)Run("stop");
    rmdir(top_.c_str());
  }
  OwnCluster(const OwnCluster&) = delete;
  OwnCluster& operator=(const OwnCluster&) = delete;

  const std::string& url() const { return url_; }  // "" when it did not start
  int Restart() { return Run("restart"); }
  int Halt() { return Run("halt"); }  // an outage: the server stops, the data stays
  int Resume() { return Run("resume"); }

 private:
  int Run(const std::string& cmd) {
    // "replica PRIMARY" puts DIR between the command and the primary's folder.
    const size_t space = cmd.find(' ');
    const std::string line = std::string("bash ") + ONCOGUIDE_SOURCE_DIR +
                             "/scripts/pg-cluster.sh " + cmd.substr(0, space) + " " + dir_ +
                             (space == std::string::npos ? "" : cmd.substr(space)) +
                             " >/dev/null 2>&1";
    return std::system(line.c_str());
  }
  std::string top_, dir_, url_;
};

}  // namespace oncoguide::store::testing_pg

#endif  // ONCOGUIDE_TESTS_STORE_PG_TEST_DB_H_
