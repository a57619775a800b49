// Prometheus-format counters for /metrics (internal to src/server). Holds no health data, no
// user ids, no paths with ids: requests are counted by method and status class.
#ifndef ONCOGUIDE_SRC_SERVER_METRICS_H_
#define ONCOGUIDE_SRC_SERVER_METRICS_H_

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace oncoguide::server {

class Metrics {
 public:
  Metrics();
  // One finished request: its method, HTTP status and duration in seconds.
  void Observe(const std::string& method, int status, double seconds);
  void AuditFailure() { audit_failures_.fetch_add(1, std::memory_order_relaxed); }
  void LoginFailure() { login_failures_.fetch_add(1, std::memory_order_relaxed); }
  // A read sent to the read replica; one the replica could not answer, sent to the primary.
  void ReplicaRead() { replica_reads_.fetch_add(1, std::memory_order_relaxed); }
  void ReplicaFallback() { replica_fallbacks_.fetch_add(1, std::memory_order_relaxed); }
  std::atomic<std::int64_t>& in_flight() { return in_flight_; }
  // The exposition text; `db_up` is the store's ping.
  std::string Render(bool db_up) const;

 private:
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  0.5,  1.0};
  static constexpr std::array<const char*, 5> kMethods = {"GET", "POST", "PUT", "DELETE", "OTHER"};
  std::array<std::array<std::atomic<std::int64_t>, 6>, 5> requests_{};  // method x 1xx..5xx+
  std::array<std::atomic<std::int64_t>, 11> latency_{};                 // buckets + +Inf
  std::atomic<std::int64_t> latency_sum_us_{0};
  std::atomic<std::int64_t> audit_failures_{0};
  std::atomic<std::int64_t> login_failures_{0};
  std::atomic<std::int64_t> replica_reads_{0};
  std::atomic<std::int64_t> replica_fallbacks_{0};
  std::atomic<std::int64_t> in_flight_{0};
  std::chrono::steady_clock::time_point start_;
};

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_METRICS_H_
