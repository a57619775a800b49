#include "oncoguide/render/security_headers.h"

#include <gtest/gtest.h>

#include <map>

namespace oncoguide::render {
namespace {

TEST(SecurityHeadersTest, StrictPolicyOnEveryResponse) {
  std::map<std::string, std::string> h;
  for (const auto& [k, v] : SecurityHeaders(false)) h[k] = v;
  const std::string& csp = h.at("Content-Security-Policy");
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos);
  EXPECT_EQ(h.at("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(h.at("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(h.count("Cache-Control"), 0u);
}

TEST(SecurityHeadersTest, PrivateResponsesAreNotCached) {
  bool no_store = false;
  for (const auto& [k, v] : SecurityHeaders(true))
    no_store |= k == "Cache-Control" && v == "no-store";
  EXPECT_TRUE(no_store);
}

}  // namespace
}  // namespace oncoguide::render
