#include "oncoguide/server/server.h"

#include <arpa/inet.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <regex>
#include <thread>

#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/store/pg_store.h"
#include "oncoguide/store/store.h"
#include "pages.h"
#include "pending_uploads.h"
#include "service.h"

namespace oncoguide::server {
namespace {

// A request's start time, for the latency metric (httplib runs one request per thread at a time).
thread_local std::chrono::steady_clock::time_point request_start;

bool IsLoopback(const std::string& host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr a{};
  return inet_pton(AF_INET, host.c_str(), &a) == 1 && (ntohl(a.s_addr) >> 24) == 127;
}

// An OpenAPI path template as an httplib regex: "{id}" matches one URL-safe segment.
std::string PatternOf(const std::string& path) {
  static const std::regex param(R"(\{[a-z_]+\})");
  return std::regex_replace(path, param, "([A-Za-z0-9_-]{1,128})");
}

Status MakeDataDir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    return Status::IoError(
        fmt::format("cannot create the data directory '{}': {}", dir, ec.message()),
        "choose another directory with --data");
  }
  if (chmod(dir.c_str(), 0700) != 0) {
    if (errno == EROFS) {  // e.g. a disk the kernel remounted read-only after errors
      return Status::IoError(
          fmt::format("the data directory '{}' is on a read-only file system: the server could "
                      "save nothing (no upload, no sign-in, no audit row)",
                      dir),
          "make the disk writable again (check it first: the kernel turns a failing disk "
          "read-only), or choose another directory with --data");
    }
    return Status::IoError(
        fmt::format("cannot make '{}' private (0700): {}", dir, std::strerror(errno)),
        "check the directory's owner and permissions, or choose another one with --data");
  }
  return Status::Ok();
}

bool IsPostgresUrl(const std::string& url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

// The read replica (ServerOptions::db_read_url), or null when none is configured. Every failure
// names the option, so that a wrong replica stops the start-up with a clear message.
Result<std::unique_ptr<store::Store>> OpenReadReplica(const ServerOptions& o) {
  if (o.db_read_url.empty()) return std::unique_ptr<store::Store>();
  Result<std::unique_ptr<store::Store>> replica = store::OpenPgReplica(o.db_read_url);
  if (!replica.ok()) {
    return Status(replica.status().code(), "--db-read: " + replica.status().cause(),
                  replica.status().hint().empty()
                      ? "check the replica's URL, that it is running and that it streams from "
                        "the --db database"
                      : replica.status().hint());
  }
  return std::move(*replica);
}

}  // namespace

Status ValidateOptions(const ServerOptions& o) {
  if (o.data_dir.empty()) {
    return Status::Invalid("no data directory", "pass --data DIR");
  }
  if (o.tls_cert.empty() != o.tls_key.empty()) {
    return Status::Invalid("TLS needs both --tls-cert and --tls-key");
  }
  if (!IsLoopback(o.host) && o.tls_cert.empty() && !o.behind_proxy) {
    return Status(StatusCode::kFailedPrecondition,
                  fmt::format("refusing to serve health data on {} without TLS", o.host),
                  "pass --tls-cert and --tls-key, or --behind-proxy when a TLS proxy is in "
                  "front, or listen on 127.0.0.1");
  }
  if (o.port < 0 || o.port > 65535) return Status::Invalid("the port must be 0..65535");
  if (!o.db_read_url.empty()) {
    if (!IsPostgresUrl(o.db_read_url)) {
      return Status::Invalid("--db-read must be a PostgreSQL URL (postgresql://...)",
                             "name the hot standby that streams from the --db database, e.g. "
                             "postgresql://oncoguide@replica.internal/oncoguide");
    }
    if (!IsPostgresUrl(o.db_url)) {
      return Status::Invalid(
          "--db-read needs --db postgresql://... (a read replica of SQLite does not exist)",
          "drop --db-read, or move the data to PostgreSQL first (oncoguide admin copy)");
    }
  }
  if (o.read_primary_window_s < 0) {
    return Status::Invalid("--db-read-window must be 0 seconds or more");
  }
  return Status::Ok();
}

class Server::Impl {
 public:
  std::unique_ptr<Service> service;
  std::unique_ptr<render::Site> site;  // null when pages are off
  PendingUploads pending;
  std::unique_ptr<Pages> pages;
  std::unique_ptr<httplib::Server> http;
  std::vector<Route> routes;
  std::string host;
  int port = 0;
  bool tls = false;
  int listen_fd = -1;  // the listening socket, recorded by the socket-options hook
  // httplib's stop() does nothing before listen starts: Stop() waits for that moment.
  std::atomic<bool> running{false};
  std::atomic<bool> stop_requested{false};
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

namespace {

// The HTTP server: HTTPS with the given certificate, else plain HTTP (loopback or behind a
// proxy; ValidateOptions decides).
Result<std::unique_ptr<httplib::Server>> MakeHttp(const ServerOptions& o) {
  if (o.tls_cert.empty()) return std::make_unique<httplib::Server>();
  auto ssl = std::make_unique<httplib::SSLServer>(o.tls_cert.c_str(), o.tls_key.c_str());
  if (!ssl->is_valid()) {
    return Status::Invalid("the TLS certificate or key cannot be loaded",
                           "check --tls-cert and --tls-key (PEM files)");
  }
  return std::unique_ptr<httplib::Server>(std::move(ssl));
}

// ServerOptions::askers, or two searchers per hardware thread: while one thread's request is
// parsed or its reply written, another's search runs (4 on 2 cores: 5,400-5,500 asks/s against
// 4,500-4,900 with 2, p99 15-17 ms against 18-19 ms; scripts/server_bench.sh).
int AskerCount(const ServerOptions& o) {
  if (o.askers > 0) return o.askers;
  return 2 * std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Threads, limits, timeouts and the security headers of every response (HSTS only over TLS).
void ConfigureHttp(httplib::Server& http, const ServerOptions& o, bool tls) {
  const int threads = std::max(2, o.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(o.max_body_bytes);
  http.set_read_timeout(o.read_timeout_s, 0);
  http.set_write_timeout(10, 0);
  http.set_keep_alive_max_count(1000);
  http.set_keep_alive_timeout(5);
  // Small responses go out at once: without TCP_NODELAY a response written in two parts
  // (headers, then body) waits for the client's delayed ACK, about 40 ms on Linux.
  http.set_tcp_nodelay(true);
  httplib::Headers headers = {
      {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
      {"X-Frame-Options", "DENY"},
  };
  if (tls) headers.emplace("Strict-Transport-Security", "max-age=31536000");
  http.set_default_headers(std::move(headers));
}

// Request counts, durations and requests in flight for /metrics; the logger runs after every
// request, including those refused before routing (413, 400).
void InstallMetrics(httplib::Server& http, Service& svc) {
  http.set_pre_routing_handler([&svc](const httplib::Request&, httplib::Response&) {
    request_start = std::chrono::steady_clock::now();
    svc.metrics().in_flight().fetch_add(1);
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http.set_logger([&svc](const httplib::Request& req, const httplib::Response& res) {
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - request_start).count();
    svc.metrics().in_flight().fetch_sub(1);
    svc.metrics().Observe(req.method, res.status, s);
  });
}

// The pages' templates and their base URL (the public URL, else the listening address).
Result<std::unique_ptr<render::Site>> LoadSite(const ServerOptions& o, Service& svc) {
  render::SiteConfig config;
  config.base_url =
      !o.public_url.empty()
          ? o.public_url
          : fmt::format("http://{}:{}",
                        o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host,
                        o.port);
  config.local = IsLoopback(o.host);
  return render::Site::Load(o.web_dir.empty() ? render::DefaultWebDir() : o.web_dir,
                            svc.askers().kb(), config);
}

// Errors without a body (no route, payload too large, bad request) get the JSON error shape; a
// page that does not exist gets the HTML "not found" page; an exception is a logged 500.
void InstallErrorHandlers(httplib::Server& http, const render::Site* site) {
  http.set_error_handler([site](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (site != nullptr && res.status == 404 && req.method == "GET" &&
        !req.path.starts_with("/api/")) {
      SendPage(res, 404, site->NotFoundPage(), false);
      return;
    }
    switch (res.status) {
      case 404:
        SendError(res, 404,
                  Status::NotFound(fmt::format("no route {} {}", req.method, req.path),
                                   "see /api/v1/openapi.json"));
        break;
      case 413:
        SendError(res, 413,
                  Status::Invalid("the request body is too large", "uploads are limited to 20 MB"));
        break;
      default:
        SendError(res, res.status,
                  Status::Invalid(fmt::format("the request failed ({})", res.status)));
    }
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        spdlog::error("handler exception: {}", what);
        SendError(res, 500,
                  Status::IoError("internal error",
                                  "try again; if it persists, "
                                  "report it"));
      });
}

void InstallRoutes(httplib::Server& http, const std::vector<Route>& routes) {
  for (const Route& r : routes) {
    const std::string pattern = PatternOf(r.path);
    if (r.method == "GET") http.Get(pattern, r.handler);
    if (r.method == "POST") http.Post(pattern, r.handler);
    if (r.method == "PUT") http.Put(pattern, r.handler);
    if (r.method == "DELETE") http.Delete(pattern, r.handler);
  }
}

}  // namespace

Result<std::unique_ptr<Server>> Server::Create(ServerOptions o) {
  OG_RETURN_IF_ERROR(ValidateOptions(o));
  OG_RETURN_IF_ERROR(crypto::Init());
  OG_RETURN_IF_ERROR(MakeDataDir(o.data_dir));
  OG_ASSIGN_OR_RETURN(crypto::SecretKey master,
                      crypto::LoadOrCreateMasterKey(o.data_dir + "/master.key"));
  const std::string url = o.db_url.empty() ? "sqlite:" + o.data_dir + "/oncoguide.db" : o.db_url;
  OG_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::OpenStore(url));
  OG_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> read_store, OpenReadReplica(o));
  if (o.knowledge_dir.empty()) o.knowledge_dir = kb::DefaultKnowledgeDir();
  OG_ASSIGN_OR_RETURN(std::unique_ptr<AskerPool> askers,
                      AskerPool::Create(o.knowledge_dir, AskerCount(o)));

  auto impl = std::make_unique<Impl>();
  impl->host = o.host;
  impl->port = o.port;
  impl->tls = !o.tls_cert.empty();
  OG_ASSIGN_OR_RETURN(impl->http, MakeHttp(o));
  impl->service = std::make_unique<Service>(o, std::move(store), std::move(read_store),
                                            std::move(master), std::move(askers));
  Service& svc = *impl->service;
  httplib::Server& http = *impl->http;
  ConfigureHttp(http, o, impl->tls);
  InstallMetrics(http, svc);
  if (o.pages) {
    OG_ASSIGN_OR_RETURN(impl->site, LoadSite(o, svc));
  }
  InstallErrorHandlers(http, impl->site.get());

  AddPublicRoutes(svc, impl->routes);
  AddAccountRoutes(svc, impl->routes);
  AddRecordRoutes(svc, impl->routes);
  InstallRoutes(http, impl->routes);
  if (impl->site) {
    impl->pages = std::make_unique<Pages>(Pages{svc, *impl->site, impl->pending});
    AddPublicPages(*impl->pages, http);
    AddAccountPages(*impl->pages, http);
    AddRecordPages(*impl->pages, http);
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

void Server::AddRoutes(const RouteRegistrar& registrar) {
  registrar(*impl_->http, *impl_->service);
}

Status Server::Bind() {
  // Debian's compiled httplib listens with a backlog of 5: a burst of new connections (64 load
  // test clients, or a proxy opening its pool) overflows it, and each dropped handshake costs
  // the client a 1-s SYN retransmit. The hook records the socket so the backlog can be raised.
  impl_->http->set_socket_options([impl = impl_.get()](socket_t sock) {
    httplib::default_socket_options(sock);
    impl->listen_fd = sock;
  });
  if (impl_->port == 0) {
    const int p = impl_->http->bind_to_any_port(impl_->host);
    if (p <= 0) return Status::IoError(fmt::format("cannot listen on {}", impl_->host));
    impl_->port = p;
  } else if (!impl_->http->bind_to_port(impl_->host, impl_->port)) {
    return Status::IoError(fmt::format("cannot listen on {}:{}", impl_->host, impl_->port),
                           "is another server using the port? choose one with --listen");
  }
  if (::listen(impl_->listen_fd, SOMAXCONN) != 0) {  // Linux: a second listen() resizes
    return Status::IoError(
        fmt::format("cannot raise the listen backlog: {}", std::strerror(errno)));
  }
  return Status::Ok();
}

Status Server::Run() {
  impl_->running = true;
  const bool ok = impl_->stop_requested || impl_->http->listen_after_bind();
  impl_->running = false;
  if (!ok) return Status::IoError("the server stopped listening unexpectedly");
  return Status::Ok();
}

void Server::Stop() {
  impl_->stop_requested = true;
  while (impl_->running && !impl_->http->is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http->stop();
}

int Server::port() const { return impl_->port; }

std::string Server::url() const {
  const bool v6 = impl_->host.find(':') != std::string::npos;
  return fmt::format("{}://{}{}{}:{}", impl_->tls ? "https" : "http", v6 ? "[" : "", impl_->host,
                     v6 ? "]" : "", impl_->port);
}

std::vector<std::pair<std::string, std::string>> Server::ApiRoutes() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Route& r : impl_->routes) out.emplace_back(r.method, r.path);
  return out;
}

}  // namespace oncoguide::server
