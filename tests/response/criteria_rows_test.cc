// CriteriaRows() lists every threshold of ResponseCriteria exactly once, so that
// `oncoguide assess --criteria list` prints the whole table.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "oncoguide/response/criteria.h"

namespace oncoguide::response {
namespace {

// The Threshold members declared in criteria.h (lines "  Threshold name;").
size_t DeclaredThresholds() {
  std::ifstream in(std::string(ONCOGUIDE_TEST_DATA_DIR) +
                   "/../../include/oncoguide/response/criteria.h");
  const std::regex member(R"(^\s+Threshold\s+\w+;)");
  size_t n = 0;
  std::string line;
  while (std::getline(in, line)) n += std::regex_search(line, member) ? 1 : 0;
  return n;
}

TEST(CriteriaRows, CoverEveryThresholdOnce) {
  const size_t declared = DeclaredThresholds();
  ASSERT_GT(declared, 20u);
  EXPECT_EQ(CriteriaRows().size(), declared);
  std::set<std::string_view> names;
  const auto rows = CriteriaRows();
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_TRUE(names.insert(rows[i].name).second) << rows[i].name;
    for (size_t j = 0; j < i; ++j) {  // member pointers compare only for equality
      EXPECT_FALSE(rows[i].member == rows[j].member) << rows[i].name << " / " << rows[j].name;
    }
  }
}

TEST(CriteriaRows, EveryThresholdHasASource) {
  for (const ResponseCriteria* c : AllCriteria()) {
    for (const CriteriaRow& row : CriteriaRows()) {
      EXPECT_FALSE((c->*row.member).source.empty()) << c->id << " " << row.name;
    }
  }
}

}  // namespace
}  // namespace oncoguide::response
