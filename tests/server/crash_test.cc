// Crash safety and process behaviour of `oncoguide serve` as a real process: an upload
// acknowledged with 201 survives kill -9 at any moment, no half-written record is ever visible,
// and SIGTERM stops the server cleanly.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include "server_test_util.h"

namespace oncoguide::testing {
namespace {

using nlohmann::json;

// `oncoguide serve --listen 127.0.0.1:0 --data DIR` as a child process; reads the URL it prints.
class ServeProcess {
 public:
  explicit ServeProcess(const std::string& data_dir) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execl(ONCOGUIDE_BINARY, ONCOGUIDE_BINARY, "serve", "--listen", "127.0.0.1:0", "--data",
            data_dir.c_str(), "--threads", "8", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    // Kept open until the child is reaped: the server's stdout is a pipe someone reads, so its
    // last log lines are not lost output (which the CLI reports with a non-zero exit).
    std::FILE* f = out_ = fdopen(out[0], "r");
    char line[512] = {};
    if (std::fgets(line, sizeof line, f) != nullptr) {
      // "oncoguide serve: http://127.0.0.1:PORT/ (data in ...)"
      std::string s = line;
      const size_t colon = s.find(':', s.find("127.0.0.1"));
      if (colon != std::string::npos) port_ = std::atoi(s.c_str() + colon + 1);
    }
  }
  ~ServeProcess() { Kill(SIGKILL); }
  int port() const { return port_; }
  // Sends `sig` and reaps the child; returns its wait status.
  int Kill(int sig) {
    if (pid_ <= 0) return -1;
    kill(pid_, sig);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    if (out_ != nullptr) std::fclose(out_);
    out_ = nullptr;
    return status;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::FILE* out_ = nullptr;
};

TEST(CrashTest, AcknowledgedUploadsSurviveKillNine) {
  TempDir dir;
  const std::string data = dir.File("data");
  const std::string csv = ExampleCsv();
  std::map<std::string, int> acknowledged;  // id -> observations
  std::mt19937 rng(11);
  {
    ServeProcess p(data);
    ASSERT_GT(p.port(), 0);
    Client c(p.port());
    ASSERT_TRUE(c.SignUp("crash@example.org"));
  }
  for (int round = 0; round < 3; ++round) {
    ServeProcess p(data);
    ASSERT_GT(p.port(), 0) << "round " << round;
    Client c(p.port());
    ASSERT_TRUE(c.LogIn("crash@example.org")) << "round " << round;
    std::mutex mu;
    std::atomic<bool> stop{false};
    std::vector<std::thread> uploaders;
    for (int t = 0; t < 2; ++t) {
      uploaders.emplace_back([&] {
        Client u(p.port());
        u.cookie = c.cookie;
        u.csrf = c.csrf;
        while (!stop) {
          Reply r = u.Upload(csv);
          if (r.status == 201) {
            std::lock_guard lock(mu);
            acknowledged[r.Json()["id"]] = r.Json()["observations"];
          }
          if (r.status == 0) break;  // the server is gone
        }
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100 + rng() % 200));
    p.Kill(SIGKILL);
    stop = true;
    for (auto& t : uploaders) t.join();
  }
  ASSERT_FALSE(acknowledged.empty());
  ServeProcess p(data);
  ASSERT_GT(p.port(), 0);
  Client c(p.port());
  ASSERT_TRUE(c.LogIn("crash@example.org"));
  json listed = c.Get("/api/v1/records").Json()["records"];
  std::map<std::string, int> present;
  for (const json& r : listed) present[r["id"]] = r["observations"];
  for (const auto& [id, n] : acknowledged) {
    ASSERT_TRUE(present.contains(id)) << "acknowledged record " << id << " lost";
  }
  // Every visible record is whole: it opens, and it parses to what was stored.
  for (const auto& [id, n] : present) {
    Reply r = c.Get("/api/v1/records/" + id);
    ASSERT_EQ(r.status, 200) << id;
    EXPECT_EQ(r.Json()["parsed"]["observations"].size(), static_cast<size_t>(n));
    EXPECT_EQ(c.Get("/api/v1/records/" + id + "/raw").body, csv);
  }
  EXPECT_EQ(c.Get("/api/v1/me/result").status, 200);
  std::printf("kill -9 loop: %zu acknowledged, %zu present\n", acknowledged.size(),
              present.size());
}

TEST(CrashTest, SigtermStopsCleanly) {
  TempDir dir;
  ServeProcess p(dir.File("data"));
  ASSERT_GT(p.port(), 0);
  Client c(p.port());
  EXPECT_EQ(c.Get("/readyz").status, 200);
  const int status = p.Kill(SIGTERM);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  // A clean stop leaves no WAL content behind.
  EXPECT_EQ(ReadFileBytes(dir.File("data/oncoguide.db-wal")).size(), 0u);
}

TEST(CrashTest, NonLoopbackWithoutTlsIsRefused) {
  TempDir dir;
  const std::string cmd = std::string(ONCOGUIDE_BINARY) + " serve --listen 0.0.0.0:0 --data " +
                          dir.File("data") + " 2>&1";
  std::FILE* f = popen(cmd.c_str(), "r");
  std::string out;
  char buf[512];
  while (std::fgets(buf, sizeof buf, f) != nullptr) out += buf;
  const int status = pclose(f);
  EXPECT_NE(WEXITSTATUS(status), 0);
  EXPECT_NE(out.find("without TLS"), std::string::npos) << out;
}

}  // namespace
}  // namespace oncoguide::testing
