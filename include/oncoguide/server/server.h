// `oncoguide serve`: the web service core — the JSON API over the store (store.h), the crypto
// (crypto.h), the knowledge base (kb/asker.h) and the assessment engines.
//
// JSON API (documented in src/server/openapi.json, served at /api/v1/openapi.json; errors are
// {"error": {"cause", "location", "hint"}}):
//   public      GET /healthz, GET /readyz, GET /metrics (Prometheus text),
//               POST /api/v1/ask, GET /api/v1/topics, GET /api/v1/topics/{id},
//               POST /api/v1/assess (stateless), GET /api/v1/shared/{token}
//   accounts    POST /api/v1/accounts, POST|DELETE /api/v1/session,
//               PUT /api/v1/accounts/me/password, DELETE /api/v1/accounts/me,
//               GET /api/v1/sessions, DELETE /api/v1/sessions/{id}
//   records     POST|GET /api/v1/records, GET|DELETE /api/v1/records/{id},
//               GET /api/v1/records/{id}/raw, GET /api/v1/me/result, GET /api/v1/me/export
//   sharing     POST|GET /api/v1/shares, DELETE /api/v1/shares/{id}
// Sessions: a random 256-bit token in the cookie `__Host-og_session` (Secure; HttpOnly;
// SameSite=Lax) when served over TLS or behind a TLS proxy; on plain loopback HTTP the cookie is
// `og_session` without Secure (browsers refuse a __Host- cookie without it). Only its BLAKE2b
// digest is stored. Every state-changing request that carries the cookie must send X-CSRF-Token.
//
// HTML pages (ServerOptions::pages, on by default; routes listed in src/server/pages.h) are
// registered by Create(). More page routes can be added with AddRoutes() before Bind():
//
//   server->AddRoutes([](httplib::Server& http, server::PageServices& services) {
//     http.Get("/", [&services](const httplib::Request& req, httplib::Response& res) {...});
//   });
//
// The registrar may use any httplib route; patterns must not start with /api/, /healthz,
// /readyz or /metrics. Every response starts with the default security headers
// (Content-Security-Policy "default-src 'none'; frame-ancestors 'none'", X-Content-Type-Options
// nosniff, Referrer-Policy no-referrer, Cache-Control no-store); a page handler that needs another
// CSP replaces the header with res.set_header after erasing it (res.headers.erase(...)).
// PageServices gives pages the signed-in person's result and shared results, with the same
// session checks and audit as the API.
#ifndef ONCOGUIDE_SERVER_SERVER_H_
#define ONCOGUIDE_SERVER_SERVER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/crypto/crypto.h"

namespace httplib {
class Server;
struct Request;
}  // namespace httplib

namespace oncoguide::server {

// Unix seconds. Tests inject a clock to expire sessions and share links.
using Clock = std::function<std::int64_t()>;

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;       // 0: any free port; read it back with Server::port()
  std::string data_dir;  // required: created 0700; holds oncoguide.db and master.key
  std::string db_url;    // empty: sqlite:<data_dir>/oncoguide.db
  // Optional read replica (a PostgreSQL hot standby of db_url) for reads that may be a little
  // stale: a person's record list, records, result, export and share list, and share-link
  // results. Sessions, users, throttling, audit appends, share-link lookups and every read
  // inside a write stay on db_url. After a person changes their data their reads go to db_url
  // for read_primary_window_s, so they always see what they just wrote (docs/DEPLOYMENT.md).
  std::string db_read_url;
  std::int64_t read_primary_window_s = 30;
  std::string tls_cert;  // PEM files; both or neither
  std::string tls_key;
  bool behind_proxy = false;  // a TLS-terminating proxy in front (X-Forwarded-For trusted)
  std::string knowledge_dir;  // empty: kb::DefaultKnowledgeDir()
  int threads = 64;           // HTTP worker threads (each keep-alive connection holds one)
  int askers = 0;             // knowledge-base searchers (each has its own index); 0: two per
                              // hardware thread
  size_t max_body_bytes = size_t{20} << 20;            // 413 above this
  std::int64_t quota_bytes = std::int64_t{200} << 20;  // per user, raw uploads
  std::int64_t quota_records = 1000;
  int read_timeout_s = 10;  // a request body slower than this is cut off
  std::int64_t idle_timeout_s = 30 * 60;
  std::int64_t absolute_timeout_s = 12 * 3600;
  std::int64_t share_ttl_s = 7 * 86400;  // default expiry of a share link
  std::int64_t share_max_ttl_s = 90 * 86400;
  int account_failures = 5;   // failed logins per account per window before 429
  int address_failures = 20;  // failed logins per client address per window before 429
  std::int64_t failure_window_s = 15 * 60;
  // Registration attempts (new account or not) per client address and in total per window
  // before 429: Argon2id per attempt makes registration the cheapest way to load the server.
  int register_per_address = 10;
  int register_global = 1000;
  std::int64_t register_window_s = 3600;
  crypto::PasswordHashCost password_cost;
  Clock now;  // default: the system clock
  // The HTML pages (src/server/pages.h): home, topic pages, ask, account forms, upload with
  // review, dashboard, printable report. Off: the JSON API only.
  bool pages = true;
  std::string web_dir;     // templates and stylesheet; empty: render::DefaultWebDir()
  std::string public_url;  // origin for canonical URLs and the sitemap; empty: http://host:port
};

// Checks the options that make a deployment unsafe: a non-loopback host without TLS or
// --behind-proxy, half a TLS pair, an empty data directory.
Status ValidateOptions(const ServerOptions& options);

// What page routes may use (implemented by the service; see the header comment).
class PageServices {
 public:
  virtual ~PageServices() = default;
  // The signed-in person's result JSON (GET /api/v1/me/result), audited. kNotFound when there
  // is no valid session or no records; kFailedPrecondition when the session has expired.
  virtual Result<nlohmann::json> MyResult(const httplib::Request& req) = 0;
  // The result behind a share link token, audited. kNotFound for unknown, revoked or expired.
  virtual Result<nlohmann::json> SharedResult(const httplib::Request& req,
                                              const std::string& token) = 0;
  // The ask reply JSON for a question (same as POST /api/v1/ask).
  virtual nlohmann::json Ask(const std::string& question) = 0;
};

using RouteRegistrar = std::function<void(httplib::Server&, PageServices&)>;

class Server {
 public:
  // Creates the data directory (0700) and master key (0600), opens and migrates the store,
  // builds the knowledge-base index, registers the API routes. Does not bind.
  static Result<std::unique_ptr<Server>> Create(ServerOptions options);
  ~Server();

  void AddRoutes(const RouteRegistrar& registrar);
  // Binds host:port. After this, port() is the bound port.
  Status Bind();
  // Serves until Stop(); returns once in-flight requests have finished.
  Status Run();
  // Thread-safe, idempotent; may be called before Run() returns from another thread.
  void Stop();
  int port() const;
  // "http://127.0.0.1:8080" (https when TLS).
  std::string url() const;

  // Every API route as (method, OpenAPI path template), e.g. ("GET", "/api/v1/records/{id}").
  std::vector<std::pair<std::string, std::string>> ApiRoutes() const;

 private:
  class Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SERVER_SERVER_H_
