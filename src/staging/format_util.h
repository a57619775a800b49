// Number and list formatting for staging explanations (private to src/staging).
//
// The explanations are built for every patient of a cohort, so they are appended into one string
// (fmt::format_to into a back_inserter writes straight into it) rather than assembled from
// temporary strings and vectors of sentences.
#ifndef ONCOGUIDE_SRC_STAGING_FORMAT_UTIL_H_
#define ONCOGUIDE_SRC_STAGING_FORMAT_UTIL_H_

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/text.h"

namespace oncoguide::staging::internal {

// A number formatted as Num() does, without a temporary string: fmt::format_to(it, "{}", N{v}).
struct N {
  double v;
};

}  // namespace oncoguide::staging::internal

template <>
struct fmt::formatter<oncoguide::staging::internal::N> {
  constexpr auto parse(format_parse_context& ctx) { return ctx.begin(); }
  template <typename Context>
  auto format(oncoguide::staging::internal::N n, Context& ctx) const {
    if (std::fabs(n.v) >= 1000) return fmt::format_to(ctx.out(), "{:.0f}", n.v);
    return fmt::format_to(ctx.out(), "{:.4g}", n.v);
  }
};

namespace oncoguide::staging::internal {

// A value as a reader would write it: "3.5", "11.02", "250", "1250".
inline std::string Num(double v) { return fmt::format("{}", N{v}); }

// fmt::format_to(Out(s), ...) appends to `s`.
inline std::back_insert_iterator<std::string> Out(std::string& s) { return std::back_inserter(s); }

// Starts a new sentence of an explanation: a space unless `text` is empty.
inline void Sep(std::string& text) {
  if (!text.empty()) text.push_back(' ');
}

// A short list of names (string literals or strings that outlive it), without allocating.
class Names {
 public:
  void push_back(std::string_view s) {
    if (n_ < items_.size()) items_[n_++] = s;
  }
  bool empty() const { return n_ == 0; }
  size_t size() const { return n_; }
  std::string_view operator[](size_t i) const { return items_[i]; }

 private:
  std::array<std::string_view, 12> items_{};
  size_t n_ = 0;
};

// The list join of common/text.h ("a, b and c").
using ::oncoguide::AppendJoinAnd;
using ::oncoguide::JoinAnd;

inline void AddUnique(std::vector<std::string>* list, std::string_view item) {
  if (std::find(list->begin(), list->end(), item) == list->end()) list->emplace_back(item);
}

}  // namespace oncoguide::staging::internal

#endif  // ONCOGUIDE_SRC_STAGING_FORMAT_UTIL_H_
