#include "metrics.h"

#include <fmt/format.h>

namespace oncoguide::server {

Metrics::Metrics() : start_(std::chrono::steady_clock::now()) {}

void Metrics::Observe(const std::string& method, int status, double seconds) {
  size_t m = kMethods.size() - 1;
  for (size_t i = 0; i + 1 < kMethods.size(); ++i) {
    if (method == kMethods[i]) m = i;
  }
  const size_t cls = status >= 100 && status < 600 ? static_cast<size_t>(status / 100) : 5;
  requests_[m][cls].fetch_add(1, std::memory_order_relaxed);
  size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
  latency_[b].fetch_add(1, std::memory_order_relaxed);
  latency_sum_us_.fetch_add(static_cast<std::int64_t>(seconds * 1e6), std::memory_order_relaxed);
}

std::string Metrics::Render(bool db_up) const {
  std::string out;
  out += "# HELP oncoguide_http_requests_total HTTP requests by method and status class.\n";
  out += "# TYPE oncoguide_http_requests_total counter\n";
  for (size_t m = 0; m < kMethods.size(); ++m) {
    for (size_t c = 1; c < 6; ++c) {
      out += fmt::format("oncoguide_http_requests_total{{method=\"{}\",code=\"{}xx\"}} {}\n",
                         kMethods[m], c, requests_[m][c].load());
    }
  }
  out += "# HELP oncoguide_http_request_duration_seconds Time to answer a request.\n";
  out += "# TYPE oncoguide_http_request_duration_seconds histogram\n";
  std::int64_t cumulative = 0;
  for (size_t b = 0; b < latency_.size(); ++b) {
    cumulative += latency_[b].load();
    const std::string le = b < kBuckets.size() ? fmt::format("{}", kBuckets[b]) : "+Inf";
    out += fmt::format("oncoguide_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", le,
                       cumulative);
  }
  out += fmt::format("oncoguide_http_request_duration_seconds_sum {}\n",
                     static_cast<double>(latency_sum_us_.load()) / 1e6);
  out += fmt::format("oncoguide_http_request_duration_seconds_count {}\n", cumulative);
  out += "# TYPE oncoguide_http_in_flight gauge\n";
  out += fmt::format("oncoguide_http_in_flight {}\n", in_flight_.load());
  out += "# TYPE oncoguide_login_failures_total counter\n";
  out += fmt::format("oncoguide_login_failures_total {}\n", login_failures_.load());
  out += "# TYPE oncoguide_audit_failures_total counter\n";
  out += fmt::format("oncoguide_audit_failures_total {}\n", audit_failures_.load());
  out += "# TYPE oncoguide_replica_reads_total counter\n";
  out += fmt::format("oncoguide_replica_reads_total {}\n", replica_reads_.load());
  out += "# TYPE oncoguide_replica_fallbacks_total counter\n";
  out += fmt::format("oncoguide_replica_fallbacks_total {}\n", replica_fallbacks_.load());
  out += "# TYPE oncoguide_database_up gauge\n";
  out += fmt::format("oncoguide_database_up {}\n", db_up ? 1 : 0);
  const double uptime =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  out += "# TYPE oncoguide_uptime_seconds gauge\n";
  out += fmt::format("oncoguide_uptime_seconds {:.0f}\n", uptime);
  return out;
}

}  // namespace oncoguide::server
