// The service's shared state (service.h): the JSON reply helpers every handler uses, the pool of
// knowledge-base askers, the stores (the primary, and the replica for reads that may be stale),
// the clock and the client's address.
#include "service.h"

#include <fmt/format.h>

#include <chrono>

namespace oncoguide::server {

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

json Service::Ask(const std::string& question) { return kb::ToJson(askers_->Ask(question)); }

}  // namespace oncoguide::server
