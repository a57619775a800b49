// A real server on a loopback port (port 0, read back) for the server tests, and a small client
// that keeps the session cookie and CSRF token.
#ifndef ONCOGUIDE_TESTS_SERVER_SERVER_TEST_UTIL_H_
#define ONCOGUIDE_TESTS_SERVER_SERVER_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "../store/store_test_util.h"
#include "oncoguide/server/server.h"

namespace oncoguide::testing {

inline const char kPassword[] = "plum orchard bicycle 42";

class TestServer {
 public:
  // `tweak` may change the options (limits, timeouts) before the server starts.
  explicit TestServer(const std::function<void(server::ServerOptions&)>& tweak = {}) {
    server::ServerOptions o;
    o.port = 0;
    o.data_dir = dir_.File("data");
    o.threads = 8;
    o.askers = 1;
    o.password_cost = crypto::PasswordHashCost::Minimum();
    o.now = [this] { return now_.load(); };
    if (tweak) tweak(o);
    options_ = o;
    Result<std::unique_ptr<server::Server>> s = server::Server::Create(o);
    if (!s.ok()) {
      ADD_FAILURE() << s.status().ToString();
      return;
    }
    server_ = std::move(*s);
    Status bound = server_->Bind();
    if (!bound.ok()) {
      ADD_FAILURE() << bound.ToString();
      server_.reset();
      return;
    }
    thread_ = std::thread([this] { (void)server_->Run(); });
  }
  ~TestServer() { Shutdown(); }
  void Shutdown() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }

  bool ok() const { return server_ != nullptr; }
  int port() const { return server_->port(); }
  server::Server& server() { return *server_; }
  const server::ServerOptions& options() const { return options_; }
  std::string db_path() const { return options_.data_dir + "/oncoguide.db"; }
  void Advance(std::int64_t seconds) { now_ += seconds; }
  std::int64_t now() const { return now_.load(); }

 private:
  TempDir dir_;
  server::ServerOptions options_;
  std::atomic<std::int64_t> now_{1'800'000'000};
  std::unique_ptr<server::Server> server_;
  std::thread thread_;
};

struct Reply {
  int status = 0;  // 0: no answer (connection failed)
  std::string body;
  httplib::Headers headers;
  nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
  }
};

// A browser-like client: keeps the session cookie it was given and sends the CSRF token.
class Client {
 public:
  explicit Client(int port) : http_("127.0.0.1", port) {
    http_.set_read_timeout(30, 0);
    http_.set_keep_alive(false);
  }

  std::string cookie;  // "og_session=..." (empty: anonymous)
  std::string csrf;

  Reply Send(const std::string& method, const std::string& path, const std::string& body = {},
             const std::string& content_type = "application/json",
             httplib::Headers extra = {}) {
    httplib::Headers h = std::move(extra);
    if (!cookie.empty()) h.emplace("Cookie", cookie);
    if (!csrf.empty() && method != "GET") h.emplace("X-CSRF-Token", csrf);
    httplib::Result r(nullptr, httplib::Error::Unknown);
    if (method == "GET") {
      r = http_.Get(path, h);
    } else if (method == "POST") {
      r = http_.Post(path, h, body, content_type);
    } else if (method == "PUT") {
      r = http_.Put(path, h, body, content_type);
    } else if (method == "DELETE") {
      r = http_.Delete(path, h, body, content_type);
    }
    Reply out;
    if (!r) return out;
    out.status = r->status;
    out.body = r->body;
    out.headers = r->headers;
    // Keep what the server sets (login) or clears (logout, expiry).
    auto it = r->headers.find("Set-Cookie");
    if (it != r->headers.end()) {
      const std::string& sc = it->second;
      const std::string pair = sc.substr(0, sc.find(';'));
      cookie = pair.back() == '=' ? std::string() : pair;
    }
    return out;
  }
  Reply Get(const std::string& path) { return Send("GET", path); }
  Reply Post(const std::string& path, const nlohmann::json& body) {
    return Send("POST", path, body.dump());
  }

  // Registers (201 expected) and logs in (200); keeps cookie and CSRF token.
  bool SignUp(const std::string& email, const std::string& password = kPassword) {
    Reply r = Post("/api/v1/accounts", {{"email", email}, {"password", password}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 && LogIn(email, password);
  }
  bool LogIn(const std::string& email, const std::string& password = kPassword) {
    Reply r = Post("/api/v1/session", {{"email", email}, {"password", password}});
    if (r.status != 200) return false;
    csrf = r.Json().value("csrf_token", "");
    return !cookie.empty() && !csrf.empty();
  }
  Reply Upload(const std::string& bytes, const std::string& name = "labs.csv") {
    return Send("POST", "/api/v1/records", bytes, "text/csv", {{"X-Filename", name}});
  }

 private:
  httplib::Client http_;
};

// `oncoguide serve --listen 127.0.0.1:0 --data DIR [extra...]` as a child process; reads the URL
// it prints. `extra` adds options (--db URL).
class ServeProcess {
 public:
  explicit ServeProcess(const std::string& data_dir, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {ONCOGUIDE_BINARY, "serve",     "--listen", "127.0.0.1:0",
                                     "--data",         data_dir,    "--threads", "8"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execv(ONCOGUIDE_BINARY, argv.data());
      _exit(127);
    }
    close(out[1]);
    std::FILE* f = fdopen(out[0], "r");
    char line[512] = {};
    if (std::fgets(line, sizeof line, f) != nullptr) {
      // "oncoguide serve: http://127.0.0.1:PORT/ (data in ...)"
      std::string s = line;
      const size_t colon = s.find(':', s.find("127.0.0.1"));
      if (colon != std::string::npos) port_ = std::atoi(s.c_str() + colon + 1);
    }
    std::fclose(f);
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
    return status;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

inline std::string ExampleCsv() {
  return ReadFileBytes(std::string(ONCOGUIDE_EXAMPLES_DIR) + "/patient.csv");
}
inline std::string ExampleFhir() {
  return ReadFileBytes(std::string(ONCOGUIDE_EXAMPLES_DIR) + "/patient-fhir.json");
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_SERVER_SERVER_TEST_UTIL_H_
