#include "service.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>

#include "assess_adapter.h"
#include "record_codec.h"

namespace oncoguide::server {

using records::PatientRecord;

using nlohmann::json;

void SendJson(httplib::Response& res, int http, const json& body) {
  res.status = http;
  res.set_content(body.dump(), "application/json");
}

void SendError(httplib::Response& res, int http, const Status& status) {
  const std::string where = status.where().ToString();
  json err = {{"cause", status.cause()},
              {"location", where.empty() ? json(nullptr) : json(where)},
              {"hint", status.hint().empty() ? json(nullptr) : json(status.hint())}};
  SendJson(res, http, {{"error", std::move(err)}});
}

void SendError(httplib::Response& res, const HttpError& e) { SendError(res, e.http, e.status); }

Result<json> ParseJsonBody(const httplib::Request& req) {
  json body = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object()) {
    return Status::Invalid("the request body is not a JSON object",
                           "send Content-Type: application/json with a JSON object");
  }
  return body;
}

Result<std::string> StringMember(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string()) {
    return Status::Invalid(fmt::format("\"{}\" is missing or not a string", name),
                           fmt::format("send {{\"{}\": \"...\"}}", name));
  }
  return it->get<std::string>();
}

std::string RecordAad(std::int64_t user_id, const std::string& record_id, const char* part) {
  return fmt::format("record:{}:{}:{}", user_id, record_id, part);
}
std::string ResultAad(std::int64_t user_id) { return fmt::format("result:{}", user_id); }

Result<std::unique_ptr<AskerPool>> AskerPool::Create(const std::string& dir, int n) {
  auto pool = std::make_unique<AskerPool>();
  OG_ASSIGN_OR_RETURN(std::unique_ptr<kb::Asker> first, kb::Asker::Create(dir));
  pool->askers_.push_back(std::move(first));
  for (int i = 1; i < n; ++i) {  // siblings share the first one's knowledge base and router
    OG_ASSIGN_OR_RETURN(std::unique_ptr<kb::Asker> a, pool->askers_.front()->Sibling());
    pool->askers_.push_back(std::move(a));
  }
  for (size_t i = 0; i < pool->askers_.size(); ++i) pool->free_.push_back(i);
  return pool;
}

size_t AskerPool::Acquire() {
  std::unique_lock lock(mu_);
  if (waiters_.empty() && !free_.empty()) {
    const size_t i = free_.back();
    free_.pop_back();
    return i;
  }
  Waiter me;
  waiters_.push_back(&me);
  me.cv.wait(lock, [&] { return me.asker != SIZE_MAX; });
  return me.asker;
}

void AskerPool::Release(size_t i) {
  std::lock_guard lock(mu_);
  if (waiters_.empty()) {
    free_.push_back(i);
    return;
  }
  Waiter* next = waiters_.front();
  waiters_.pop_front();
  next->asker = i;
  next->cv.notify_one();  // under the lock: `next` lives on its owner's stack until it wakes
}

kb::Reply AskerPool::Ask(std::string_view question) {
  struct Lease {  // gives the searcher back even if Xapian throws
    AskerPool* pool;
    size_t i;
    ~Lease() { pool->Release(i); }
  } lease{this, Acquire()};
  return askers_[lease.i]->Ask(question);
}

Service::Service(ServerOptions options, std::unique_ptr<store::Store> store,
                 std::unique_ptr<store::Store> read_store, crypto::SecretKey master,
                 std::unique_ptr<AskerPool> askers)
    : options_(std::move(options)),
      store_(std::move(store)),
      read_store_(std::move(read_store)),
      master_(std::move(master)),
      askers_(std::move(askers)) {}

store::Store& Service::StaleReadStore(const store::User& user) {
  if (read_store_ == nullptr || Now() - user.written_at < options_.read_primary_window_s) {
    return *store_;
  }
  metrics_.ReplicaRead();
  return *read_store_;
}

Status Service::MarkWritten(const Caller& caller) {
  return store_->MarkWritten(caller.user.id, Now());
}

Status AuditUnavailable() {
  return Status(StatusCode::kUnavailable,
                "the read could not be recorded in the audit log, so it was not served",
                "every read of health data is audited; try again when the database accepts "
                "writes");
}

std::int64_t Service::Now() const {
  if (options_.now) return options_.now();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string Service::Address(const httplib::Request& req) const {
  if (options_.behind_proxy && req.has_header("X-Forwarded-For")) {
    // The proxy appends the address it saw: trust only the last entry.
    std::string xff = req.get_header_value("X-Forwarded-For");
    const size_t comma = xff.rfind(',');
    std::string last = comma == std::string::npos ? xff : xff.substr(comma + 1);
    const size_t b = last.find_first_not_of(' ');
    return b == std::string::npos ? req.remote_addr : last.substr(b);
  }
  return req.remote_addr;
}

std::string Service::SessionCookie(const std::string& token) const {
  return fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}", CookieName(), token,
                     options_.absolute_timeout_s, SecureCookies() ? "; Secure" : "");
}

std::string Service::ClearedCookie() const {
  return fmt::format("{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{}", CookieName(),
                     SecureCookies() ? "; Secure" : "");
}

// The value of cookie `name` in the request's Cookie headers ("" when absent).
std::string CookieValue(const httplib::Request& req, const std::string& name) {
  const size_t n = req.get_header_value_count("Cookie");
  for (size_t i = 0; i < n; ++i) {
    const std::string value = req.get_header_value("Cookie", i);
    std::string_view header = value;
    while (!header.empty()) {
      size_t semi = header.find(';');
      std::string_view part = header.substr(0, semi);
      header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      if (part.size() > name.size() && part.starts_with(name) && part[name.size()] == '=') {
        return std::string(part.substr(name.size() + 1));
      }
    }
  }
  return {};
}

AuthFailure Service::TryAuthenticate(const httplib::Request& req, bool state_changing,
                                     Caller* out) {
  const std::string token = CookieValue(req, CookieName());
  if (token.empty() || token.size() > 128) return AuthFailure::kNoSession;
  const std::string digest = crypto::Digest(token);
  Result<store::Session> s = store_->FindSession(digest);
  if (!s.ok()) {
    return s.status().code() == StatusCode::kNotFound ? AuthFailure::kNoSession
                                                      : AuthFailure::kStoreError;
  }
  const std::int64_t now = Now();
  if (now - s->last_seen > options_.idle_timeout_s ||
      now - s->created_at > options_.absolute_timeout_s) {
    (void)store_->DeleteSession(s->user_id, digest);
    return AuthFailure::kExpired;
  }
  if (state_changing &&
      !crypto::ConstantTimeEquals(req.get_header_value("X-CSRF-Token"), s->csrf_token)) {
    return AuthFailure::kCsrf;
  }
  Result<store::User> u = store_->GetUser(s->user_id);
  if (!u.ok()) {
    // A database outage between the two reads is a 503, not "not logged in".
    return u.status().code() == StatusCode::kNotFound ? AuthFailure::kNoSession
                                                      : AuthFailure::kStoreError;
  }
  Result<crypto::SecretKey> key = crypto::UnwrapKey(master_, u->wrapped_key, u->id);
  if (!key.ok()) {
    spdlog::error("the data key of user {} does not open with the master key", u->id);
    return AuthFailure::kStoreError;
  }
  // Idle time is counted in minutes: one write per minute of activity, not per request.
  if (now - s->last_seen >= 60) {
    (void)store_->TouchSession(digest, now);
    s->last_seen = now;
  }
  out->user = std::move(*u);
  out->session = std::move(*s);
  out->data_key = std::move(*key);
  return AuthFailure::kNone;
}

std::optional<Caller> Service::Authenticate(const httplib::Request& req, httplib::Response& res,
                                            bool state_changing) {
  Caller caller;
  switch (TryAuthenticate(req, state_changing, &caller)) {
    case AuthFailure::kNone:
      return caller;
    case AuthFailure::kNoSession:
      Audit(0, "auth.denied", req.method + " " + req.path, req, "no_session");
      SendError(res, 401, Status::Invalid("you are not logged in", "log in first"));
      break;
    case AuthFailure::kExpired:
      Audit(0, "auth.denied", req.method + " " + req.path, req, "expired");
      res.set_header("Set-Cookie", ClearedCookie());
      SendError(res, 401, Status::Invalid("your session has expired", "log in again"));
      break;
    case AuthFailure::kCsrf:
      Audit(0, "auth.denied", req.method + " " + req.path, req, "csrf");
      SendError(res, 403,
                Status::Invalid("the X-CSRF-Token header is missing or wrong",
                                "send the csrf_token returned at login in X-CSRF-Token"));
      break;
    case AuthFailure::kStoreError:
      SendError(res, 503, Status::IoError("the database is not available", "try again shortly"));
      break;
  }
  return std::nullopt;
}

bool Service::Audit(std::int64_t user_id, std::string action, std::string target,
                    const httplib::Request& req, std::string outcome) {
  store::AuditEvent e;
  e.at = Now();
  e.user_id = user_id;
  e.action = std::move(action);
  e.target = std::move(target);
  e.address = Address(req);
  e.outcome = std::move(outcome);
  Result<store::AuditEvent> r = store_->AppendAudit(e);
  if (!r.ok()) {
    metrics_.AuditFailure();
    spdlog::error("audit append failed: {}", r.status().ToString());
    return false;
  }
  return true;
}

Result<PatientRecord> Service::ReparseRecord(const Caller& caller, const store::Record& r) {
  OG_ASSIGN_OR_RETURN(std::string raw, crypto::Open(caller.data_key, r.sealed_raw,
                                                    RecordAad(caller.user.id, r.meta.id, "raw")));
  const std::string name = r.meta.filename.empty() ? "upload" : r.meta.filename;
  OG_ASSIGN_OR_RETURN(ParsedUpload parsed, ParseUpload(raw, name));
  return std::move(parsed.record);
}

std::string RecordSetDigest(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  std::string joined;
  for (const std::string& id : ids) joined += id + '\n';
  return crypto::ToHex(crypto::Digest(joined));
}

Result<std::vector<PatientRecord>> Service::LoadParsedRecords(const Caller& caller,
                                                              store::Store& from,
                                                              std::string* digest) {
  OG_ASSIGN_OR_RETURN(std::vector<store::Record> rows, from.LoadParsed(caller.user.id));
  std::vector<PatientRecord> out;
  out.reserve(rows.size());
  std::vector<std::string> ids;
  for (const store::Record& r : rows) {
    ids.push_back(r.meta.id);
    if (r.parsed_version == store::kParsedRecord) {
      OG_ASSIGN_OR_RETURN(std::string text,
                          crypto::Open(caller.data_key, r.sealed_parsed,
                                       RecordAad(caller.user.id, r.meta.id, "parsed")));
      Result<PatientRecord> record = DecodeRecord(text);
      if (record.ok()) {
        out.push_back(std::move(*record));
        continue;
      }
      // A stored form this binary does not read (an earlier codec version): the raw file is
      // the authority.
      spdlog::warn("record {}: {}; re-parsing its file", r.meta.id, record.status().cause());
    }
    // Stored before schema 2 (or unreadable): only the raw file has the whole record.
    OG_ASSIGN_OR_RETURN(store::Record full, from.GetRecord(caller.user.id, r.meta.id));
    OG_ASSIGN_OR_RETURN(PatientRecord record, ReparseRecord(caller, full));
    out.push_back(std::move(record));
  }
  if (digest != nullptr) *digest = RecordSetDigest(std::move(ids));
  return out;
}

Result<std::vector<PatientRecord>> Service::ReadParsedRecords(const Caller& caller) {
  return ReadMayBeStale<std::vector<PatientRecord>>(
      caller.user, [&](store::Store& s) { return LoadParsedRecords(caller, s); });
}

Result<json> Service::CachedResult(const Caller& caller, store::Store& from) {
  OG_ASSIGN_OR_RETURN(store::CachedResult cached, from.GetResult(caller.user.id));
  OG_ASSIGN_OR_RETURN(std::vector<store::RecordMeta> metas, from.ListRecords(caller.user.id));
  OG_ASSIGN_OR_RETURN(std::string text,
                      crypto::Open(caller.data_key, cached.sealed, ResultAad(caller.user.id)));
  json stored = json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::vector<std::string> ids;
  for (const store::RecordMeta& m : metas) ids.push_back(m.id);
  if (!stored.is_object() || !stored.contains("result") ||
      stored.value("records", "") != RecordSetDigest(std::move(ids))) {
    return Status::NotFound("the cached result is out of date");
  }
  return std::move(stored["result"]);
}

// An upload or a delete clears the cache; the first read after it computes the result from the
// primary's records and caches it there (a result computed from a replica that lags must never
// overwrite the primary's cache). The digest sealed with it makes a result computed while an
// upload committed (another tab, another server) harmless: it no longer matches the records.
Result<json> Service::ComputeResult(const Caller& caller) {
  Result<json> cached =
      ReadMayBeStale<json>(caller.user, [&](store::Store& s) { return CachedResult(caller, s); });
  if (cached.ok()) return cached;
  if (cached.status().code() != StatusCode::kNotFound) return cached.status();
  std::string digest;
  OG_ASSIGN_OR_RETURN(std::vector<PatientRecord> records,
                      LoadParsedRecords(caller, *store_, &digest));
  if (records.empty()) {
    return Status::NotFound("you have no records yet",
                            "upload your lab records: POST /api/v1/records");
  }
  json result = ResultJson(MergeRecords(std::move(records)));
  const json stored = {{"records", digest}, {"result", result}};
  store::CachedResult c{crypto::Seal(caller.data_key, stored.dump(), ResultAad(caller.user.id)),
                        Now()};
  OG_RETURN_IF_ERROR(store_->PutResult(caller.user.id, c));
  return result;
}

Result<json> Service::MyResult(const httplib::Request& req) {
  Caller caller;
  const AuthFailure f = TryAuthenticate(req, false, &caller);
  if (f == AuthFailure::kExpired) {
    return Status(StatusCode::kFailedPrecondition, "your session has expired", "log in again");
  }
  if (f != AuthFailure::kNone) return Status::NotFound("you are not logged in", "log in first");
  Result<json> r = ComputeResult(caller);
  if (!Audit(caller.user.id, "result.read", "page", req, r.ok() ? "ok" : "not_found") && r.ok()) {
    return AuditUnavailable();
  }
  return r;
}

Result<SharedView> Service::OpenShare(const httplib::Request& req, const std::string& token) {
  const Status gone = Status::NotFound("this share link is unknown, revoked or expired",
                                       "ask the person who shared it for a new link");
  if (token.empty() || token.size() > 128) return gone;
  Result<store::Share> share = store_->FindShare(crypto::Digest(token));
  if (!share.ok()) {
    Audit(0, "share.read", "", req, "not_found");
    return gone;
  }
  if (share->revoked || Now() >= share->expires_at) {
    Audit(share->user_id, "share.read", share->id, req, "denied");
    return gone;
  }
  SharedView view;
  view.share = std::move(*share);
  OG_ASSIGN_OR_RETURN(view.owner.user, store_->GetUser(view.share.user_id));
  OG_ASSIGN_OR_RETURN(view.owner.data_key,
                      crypto::UnwrapKey(master_, view.owner.user.wrapped_key, view.owner.user.id));
  return view;
}

Result<json> Service::SharedResult(const httplib::Request& req, const std::string& token) {
  OG_ASSIGN_OR_RETURN(SharedView view, OpenShare(req, token));
  Result<json> r = ComputeResult(view.owner);
  if (!Audit(view.owner.user.id, "share.read", view.share.id, req, r.ok() ? "ok" : "not_found") &&
      r.ok()) {
    return AuditUnavailable();
  }
  if (!r.ok()) return r.status();
  json out = std::move(*r);
  out["shared"] = {{"expires_at", view.share.expires_at}, {"read_only", true}};
  return out;
}

json Service::Ask(const std::string& question) { return kb::ToJson(askers_->Ask(question)); }

}  // namespace oncoguide::server
