// Number and list formatting for staging explanations (private to src/staging).
#ifndef ONCOGUIDE_SRC_STAGING_FORMAT_UTIL_H_
#define ONCOGUIDE_SRC_STAGING_FORMAT_UTIL_H_

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace oncoguide::staging_internal {

// A value as a reader would write it: "3.5", "11.02", "250", "1250".
inline std::string Num(double v) {
  if (std::fabs(v) >= 1000) return fmt::format("{:.0f}", v);
  return fmt::format("{:.4g}", v);
}

// "a", "a and b", "a, b and c".
inline std::string JoinAnd(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " and " : ", ";
    out += items[i];
  }
  return out;
}

inline void AddUnique(std::vector<std::string>* list, const std::string& item) {
  if (std::find(list->begin(), list->end(), item) == list->end()) list->push_back(item);
}

}  // namespace oncoguide::staging_internal

#endif  // ONCOGUIDE_SRC_STAGING_FORMAT_UTIL_H_
