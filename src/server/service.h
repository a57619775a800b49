// The service's shared state and the helpers every handler file uses (internal to src/server).
#ifndef ONCOGUIDE_SRC_SERVER_SERVICE_H_
#define ONCOGUIDE_SRC_SERVER_SERVICE_H_

#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "metrics.h"
#include "oncoguide/crypto/crypto.h"
#include "oncoguide/kb/asker.h"
#include "oncoguide/records/record.h"
#include "oncoguide/server/server.h"
#include "oncoguide/store/store.h"

namespace oncoguide::server {

// An HTTP answer that is an error: status code + the Status rendered as the JSON error body.
struct HttpError {
  int http = 500;
  Status status;
};

// Writes {"error": {"cause", "location", "hint"}}.
void SendError(httplib::Response& res, int http, const Status& status);
void SendError(httplib::Response& res, const HttpError& e);
// 503 when the database cannot be reached right now (the client may retry), else 500.
inline int StoreFailureHttp(const Status& s) {
  return s.code() == StatusCode::kUnavailable ? 503 : 500;
}
void SendJson(httplib::Response& res, int http, const nlohmann::json& body);
// Parses a JSON object body; a 400 error when it is not one.
Result<nlohmann::json> ParseJsonBody(const httplib::Request& req);
// A required string member of a JSON object.
Result<std::string> StringMember(const nlohmann::json& body, const char* name);

// The value of cookie `name` in the request's Cookie headers ("" when absent).
std::string CookieValue(const httplib::Request& req, const std::string& name);

// A fixed number of Askers: Xapian databases are not safe to share between threads, so each
// Ask takes one searcher exclusively. Waiting callers are served first come, first served: a
// searcher that comes free is handed to the longest waiter, so under load no request starves
// while later ones barge ahead (a plain condition variable gives no such order, and its tail
// latency showed it).
class AskerPool {
 public:
  static Result<std::unique_ptr<AskerPool>> Create(const std::string& dir, int n);
  kb::Reply Ask(std::string_view question);
  const kb::KnowledgeBase& kb() const { return askers_.front()->kb(); }

 private:
  struct Waiter {
    std::condition_variable cv;
    size_t asker = SIZE_MAX;  // set by the releasing caller
  };
  size_t Acquire();
  void Release(size_t i);

  std::vector<std::unique_ptr<kb::Asker>> askers_;
  std::vector<size_t> free_;     // indices of idle searchers
  std::deque<Waiter*> waiters_;  // oldest first
  std::mutex mu_;
};

// Which uploads a cached result was computed from: a digest of the record ids, in any order.
std::string RecordSetDigest(std::vector<std::string> ids);

// The authenticated caller of a request.
struct Caller {
  store::User user;
  store::Session session;
  crypto::SecretKey data_key;
};

// A valid share link: the owner (with their data key, to read their records) and the link.
struct SharedView {
  Caller owner;
  store::Share share;
};

// Why an authentication failed (the handler answers 401, 403 or the page decides).
enum class AuthFailure { kNone, kNoSession, kExpired, kCsrf, kStoreError };

class Service final : public PageServices {
 public:
  // `read_store` (may be null) is the read replica (ServerOptions::db_read_url).
  Service(ServerOptions options, std::unique_ptr<store::Store> store,
          std::unique_ptr<store::Store> read_store, crypto::SecretKey master,
          std::unique_ptr<AskerPool> askers);

  std::int64_t Now() const;
  const ServerOptions& options() const { return options_; }
  // The primary: every write, and every read that must be current.
  store::Store& store() { return *store_; }
  // Where the caller's reads that may be stale go: the read replica, unless there is none or
  // the caller changed their data less than read_primary_window_s ago (then the primary, so
  // they see what they just wrote).
  store::Store& StaleReadStore(const store::User& user);
  // Runs `read` on StaleReadStore(user); when the replica answers kNotFound (it has not caught
  // up yet) or kUnavailable (it is down), runs it again on the primary.
  template <typename T, typename Read>
  Result<T> ReadMayBeStale(const store::User& user, Read&& read) {
    store::Store& first = StaleReadStore(user);
    Result<T> r = read(first);
    if (&first == store_.get() || r.ok()) return r;
    const StatusCode code = r.status().code();
    if (code != StatusCode::kNotFound && code != StatusCode::kUnavailable) return r;
    metrics_.ReplicaFallback();
    return read(*store_);
  }
  // Marks the caller's data as changed now (store.h MarkWritten). Call before every write of
  // the caller's own data; a failure means the write must not happen (answer 503).
  Status MarkWritten(const Caller& caller);
  AskerPool& askers() { return *askers_; }
  Metrics& metrics() { return metrics_; }
  const crypto::SecretKey& master() const { return master_; }

  // The client's address: the socket peer, or the proxy's X-Forwarded-For entry behind a proxy.
  std::string Address(const httplib::Request& req) const;
  // Secure cookies (TLS or behind a TLS proxy)?
  bool SecureCookies() const { return !options_.tls_cert.empty() || options_.behind_proxy; }
  std::string CookieName() const { return SecureCookies() ? "__Host-og_session" : "og_session"; }
  std::string SessionCookie(const std::string& token) const;
  std::string ClearedCookie() const;

  // Authenticates the request's session cookie: checks idle and absolute timeouts (an expired
  // session is deleted), the CSRF token when `state_changing`, unwraps the user's data key.
  // On failure answers `res` (401/403/500), audits an authorisation failure, returns nullopt.
  std::optional<Caller> Authenticate(const httplib::Request& req, httplib::Response& res,
                                     bool state_changing);
  AuthFailure TryAuthenticate(const httplib::Request& req, bool state_changing, Caller* out);

  // Appends an audit row (always on the primary). Returns false when the append failed (logged
  // and counted): a read of health data must then not be answered (AuditUnavailable), because
  // every such read is audited; other callers may go on.
  bool Audit(std::int64_t user_id, std::string action, std::string target,
             const httplib::Request& req, std::string outcome);

  // The user's result JSON: the cached one when it was computed from exactly the user's current
  // records, else computed from the stored records and cached. kNotFound when the user has no
  // records. Uploads do not compute it (their cost stays that of the new file); the first read
  // after a change does.
  Result<nlohmann::json> ComputeResult(const Caller& caller);
  // Every stored record of the user in `from`, oldest first, opened: the stored parsed record
  // (record_codec.h), or for a row stored before schema 2 its raw file re-parsed. No raw file is
  // read or parsed for rows of schema 2 on. `digest` (optional) receives RecordSetDigest of the
  // records loaded.
  Result<std::vector<records::PatientRecord>> LoadParsedRecords(const Caller& caller,
                                                                store::Store& from,
                                                                std::string* digest = nullptr);
  // The same from where the caller's reads that may be stale go (ReadMayBeStale): for showing
  // the records (dashboard, export), never for computing a write.
  Result<std::vector<records::PatientRecord>> ReadParsedRecords(const Caller& caller);

  // The owner behind a share link that is valid now. A refused link (unknown, revoked, expired:
  // kNotFound) is audited here; the caller audits the read it then serves.
  Result<SharedView> OpenShare(const httplib::Request& req, const std::string& token);

  // PageServices.
  Result<nlohmann::json> MyResult(const httplib::Request& req) override;
  Result<nlohmann::json> SharedResult(const httplib::Request& req,
                                      const std::string& token) override;
  nlohmann::json Ask(const std::string& question) override;

 private:
  // The cached result in `from` if it was computed from the records `from` lists now, else
  // kNotFound (none, or out of date).
  Result<nlohmann::json> CachedResult(const Caller& caller, store::Store& from);

  ServerOptions options_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<store::Store> read_store_;  // null: no replica
  crypto::SecretKey master_;
  std::unique_ptr<AskerPool> askers_;
  Metrics metrics_;

  // A record's raw file opened and parsed again.
  Result<records::PatientRecord> ReparseRecord(const Caller& caller, const store::Record& r);
};

// The API route table: each handler file adds its routes with their OpenAPI path templates.
struct Route {
  std::string method;  // GET, POST, PUT, DELETE
  std::string path;    // OpenAPI template: /api/v1/records/{id}
  std::function<void(const httplib::Request&, httplib::Response&)> handler;
};
void AddPublicRoutes(Service& service, std::vector<Route>& routes);
void AddAccountRoutes(Service& service, std::vector<Route>& routes);
void AddRecordRoutes(Service& service, std::vector<Route>& routes);

// Shared by the JSON API and the page forms: the same rules, throttling and audit.
// Registers an account (e-mail normalised, password policy, throttled per client address and
// in total: 429 with Retry-After on `res`); 400/422/429/503 on failure. An address that already
// has an account is NOT an error: the caller answers exactly as for a new one (no account
// enumeration), so only *created (may be null; for the audit and tests) tells them apart.
// Argon2id runs in both cases so the timing matches too.
std::optional<HttpError> CreateAccount(Service& svc, const httplib::Request& req,
                                       httplib::Response& res, const std::string& email,
                                       const std::string& password, bool* created);
// The body of every successful registration answer, new address or not.
extern const char kRegisteredMessage[];
// Logs in (throttled per account and per address: 429 with Retry-After), rotates the session,
// sets the session cookie on `res`; *session = {"csrf_token", "idle_timeout_s", ...}.
std::optional<HttpError> LogInAccount(Service& svc, const httplib::Request& req,
                                      httplib::Response& res, const std::string& email,
                                      const std::string& password, nlohmann::json* session);
// Ends the caller's session and clears the cookie.
void EndSession(Service& svc, const Caller& c, const httplib::Request& req, httplib::Response& res);
// Erases the account after checking the password again (403 when wrong); clears the cookie.
std::optional<HttpError> DeleteAccount(Service& svc, const Caller& c, const httplib::Request& req,
                                       httplib::Response& res, const std::string& password);
// A file name reduced to a safe base name (it appears in error locations only).
std::string UploadName(std::string name);
// Stores one records file of the caller (content check, quota, parse, result recomputed,
// encrypted, audited); *out = its metadata. 413/415/422/500/503 on failure; nothing stored then.
std::optional<HttpError> StoreUpload(Service& svc, const Caller& c, const httplib::Request& req,
                                     std::string_view bytes, const std::string& name,
                                     store::RecordMeta* out);

// The 503 answered for a read of health data whose audit row could not be written.
Status AuditUnavailable();

// Additional authenticated-data labels (bind sealed values to their row and owner).
std::string RecordAad(std::int64_t user_id, const std::string& record_id, const char* part);
std::string ResultAad(std::int64_t user_id);

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_SERVICE_H_
