// `oncoguide serve`: runs the web service (logic in oncoguide/server), and
// `oncoguide audit verify`: checks the audit table's hash chain.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <thread>

#include "commands.h"
#include "oncoguide/server/server.h"
#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/store.h"

namespace oncoguide::cli {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string data;
  std::string db;
  std::string db_read;
  std::int64_t db_read_window = 30;
  std::string tls_cert;
  std::string tls_key;
  bool behind_proxy = false;
  std::string knowledge;
  int threads = 64;
  int askers = 0;
  std::int64_t quota_records = 1000;
  std::int64_t quota_mb = 200;
};

// "HOST:PORT", "[V6]:PORT" or ":PORT".
bool ParseListen(const std::string& s, std::string* host, int* port) {
  const size_t colon = s.rfind(':');
  if (colon == std::string::npos) return false;
  std::string h = s.substr(0, colon);
  if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  *host = h.empty() ? "127.0.0.1" : h;
  char* end = nullptr;
  const long p = std::strtol(s.c_str() + colon + 1, &end, 10);
  if (end == s.c_str() + colon + 1 || *end != '\0' || p < 0 || p > 65535) return false;
  *port = static_cast<int>(p);
  return true;
}

int RunServe(const ServeOptions& o) {
  // The log goes to stderr: stdout carries the one line with the URL, and a reader that stops
  // after it (a supervisor, a test) must not turn later log lines into lost output.
  spdlog::set_default_logger(spdlog::stderr_color_mt("oncoguide"));
  server::ServerOptions so;
  if (!ParseListen(o.listen, &so.host, &so.port)) {
    fmt::print(stderr, "oncoguide serve: --listen '{}' is not HOST:PORT. Hint: 127.0.0.1:8080\n",
               o.listen);
    return 2;
  }
  so.data_dir = o.data.empty() ? DefaultDataDir() : o.data;
  so.db_url = o.db;
  so.db_read_url = o.db_read;
  so.read_primary_window_s = o.db_read_window;
  so.tls_cert = o.tls_cert;
  so.tls_key = o.tls_key;
  so.behind_proxy = o.behind_proxy;
  so.knowledge_dir = o.knowledge;
  so.threads = o.threads;
  so.askers = o.askers;
  so.quota_records = o.quota_records;
  so.quota_bytes = o.quota_mb << 20;

  // Block SIGTERM/SIGINT before any thread starts; one thread waits for them and stops the
  // server, which then finishes in-flight requests and returns from Run().
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  Result<std::unique_ptr<server::Server>> srv = server::Server::Create(so);
  if (!srv.ok()) {
    fmt::print(stderr, "oncoguide serve: {}\n", srv.status().ToString());
    return 1;
  }
  if (Status s = (*srv)->Bind(); !s.ok()) {
    fmt::print(stderr, "oncoguide serve: {}\n", s.ToString());
    return 1;
  }
  server::Server* raw = srv->get();
  std::thread waiter([raw, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    spdlog::info("signal {}: finishing in-flight requests", sig);
    raw->Stop();
  });
  fmt::print("oncoguide serve: {}/ (data in {})\n", raw->url(), so.data_dir);
  std::fflush(stdout);
  spdlog::info("listening on {}", raw->url());
  Status run = raw->Run();
  // Wake the waiter if Run() ended for another reason (it then calls Stop() again: a no-op).
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  srv->reset();  // closes the database cleanly (WAL checkpointed)
  spdlog::info("stopped");
  if (!run.ok()) {
    fmt::print(stderr, "oncoguide serve: {}\n", run.ToString());
    return 1;
  }
  return 0;
}

int RunAuditVerify(const std::string& data, const std::string& db) {
  const std::string dir = data.empty() ? DefaultDataDir() : data;
  const std::string url = db.empty() ? "sqlite:" + dir + "/oncoguide.db" : db;
  Result<std::unique_ptr<store::Store>> s = store::OpenStore(url);
  if (!s.ok()) {
    fmt::print(stderr, "oncoguide audit verify: {}\n", s.status().ToString());
    return 1;
  }
  Result<store::AuditVerification> v = store::VerifyAuditChain(**s);
  if (!v.ok()) {
    fmt::print(stderr, "oncoguide audit verify: {}\n", v.status().ToString());
    return 1;
  }
  fmt::print("audit chain intact: {} rows\n", v->rows);
  return 0;
}

}  // namespace

std::string DefaultDataDir() {
  if (const char* x = std::getenv("XDG_DATA_HOME"); x != nullptr && *x != '\0') {
    return std::string(x) + "/oncoguide";
  }
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.local/share/oncoguide";
}

void RegisterServe(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve",
                                     "Run the web service (JSON API; loopback only by "
                                     "default)");
  cmd->add_option("--listen", o->listen, "HOST:PORT to listen on (port 0: any free port)")
      ->capture_default_str();
  cmd->add_option("--data", o->data,
                  "Data directory (default $XDG_DATA_HOME/oncoguide or ~/.local/share/oncoguide)");
  cmd->add_option("--db", o->db, "Database URL (default sqlite:DATA/oncoguide.db)");
  cmd->add_option(
      "--db-read", o->db_read,
      "Read replica URL (postgresql://..., a hot standby of --db) for reads that may "
      "be a little stale: record lists, records, results, exports (docs/DEPLOYMENT.md)");
  cmd->add_option("--db-read-window", o->db_read_window,
                  "After a person changes their data, their reads go to --db for this many "
                  "seconds (read-your-writes; more than the replica's lag)")
      ->capture_default_str();
  cmd->add_option("--tls-cert", o->tls_cert, "TLS certificate (PEM)");
  cmd->add_option("--tls-key", o->tls_key, "TLS private key (PEM)");
  cmd->add_flag("--behind-proxy", o->behind_proxy,
                "A TLS-terminating proxy is in front: allow a non-loopback address without TLS, "
                "trust X-Forwarded-For, mark cookies Secure");
  cmd->add_option("--knowledge", o->knowledge, "Knowledge base directory");
  cmd->add_option("--threads", o->threads, "HTTP worker threads")->capture_default_str();
  cmd->add_option("--askers", o->askers,
                  "Question searchers working at once (0: two per CPU thread)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--quota-records", o->quota_records, "Records one account may store")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--quota-mb", o->quota_mb, "Megabytes of uploads one account may store")
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{1} << 20))
      ->capture_default_str();
  cmd->callback([o, exit_code] { *exit_code = RunServe(*o); });

  auto data = std::make_shared<std::string>();
  auto db = std::make_shared<std::string>();
  CLI::App* audit = app.add_subcommand("audit", "Audit trail tools");
  CLI::App* verify = audit->add_subcommand("verify", "Check the audit table's hash chain");
  verify->add_option("--data", *data, "Data directory (as for serve)");
  verify->add_option("--db", *db, "Database URL (as for serve)");
  audit->require_subcommand(1);
  verify->callback([data, db, exit_code] { *exit_code = RunAuditVerify(*data, *db); });
}

}  // namespace oncoguide::cli
