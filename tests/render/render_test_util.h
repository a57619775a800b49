// Shared fixtures for the render tests: the real knowledge base, the example patient's results.
#ifndef ONCOGUIDE_TESTS_RENDER_RENDER_TEST_UTIL_H_
#define ONCOGUIDE_TESTS_RENDER_RENDER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "oncoguide/kb/asker.h"
#include "oncoguide/records/load.h"
#include "oncoguide/render/dashboard.h"
#include "oncoguide/render/site.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/staging/staging.h"

namespace oncoguide::render::testing {

// One Asker (knowledge base + index) and one Site for the whole test program.
inline const kb::Asker& TestAsker() {
  static const std::unique_ptr<kb::Asker> asker = [] {
    auto a = kb::Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return std::move(a).value();
  }();
  return *asker;
}

inline const Site& TestSite() {
  static const std::unique_ptr<Site> site = [] {
    auto s = Site::Load(DefaultWebDir(), TestAsker().kb(),
                        SiteConfig{.base_url = "https://oncoguide.example", .local = true});
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return std::move(s).value();
  }();
  return *site;
}

inline records::PatientRecord ExampleRecord() {
  auto records = records::LoadRecords(std::string(ONCOGUIDE_EXAMPLES_DIR) + "/patient.csv");
  EXPECT_TRUE(records.ok()) << records.status().ToString();
  return records->front();
}

inline DashboardData DashboardOf(const records::PatientRecord& record, Date today) {
  return BuildDashboard(record, response::Assess(record), staging::ComputeStaging(record), today);
}

inline size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos;
       p = haystack.find(needle, p + needle.size())) {
    ++n;
  }
  return n;
}

// `s` as the template engine (mstch) escapes it.
inline std::string EngineEscaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '/':
        out += "&#x2F;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace oncoguide::render::testing

#endif  // ONCOGUIDE_TESTS_RENDER_RENDER_TEST_UTIL_H_
