// Reading the numbers of a lab result: decimal marks and thousands separators as labs print
// them, a number glued to its unit, and a leading bound (lab_numbers.h).
#include "lab_numbers.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oncoguide::import::internal {

using records::ValueBound;

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Removes thousands separators from a number written with more than one separator: "1,246.0"
// and "1.246,0" (the last mark is the decimal one), "1,234,567", "1.234.567". Every group after
// a thousands separator must have three digits; otherwise nullopt (not a number we can read).
std::optional<std::string> DropThousands(std::string_view t) {
  std::vector<size_t> at;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '.' || t[i] == ',') at.push_back(i);
  }
  if (at.size() < 2 || at.front() == 0 || at.front() > 3) return std::nullopt;
  const char last = t[at.back()];
  const bool all_same = t.find(last == '.' ? ',' : '.') == std::string_view::npos;
  // With one kind of mark only, every mark is a thousands separator; with both, the last is the
  // decimal mark and must be the only one of its kind.
  const size_t groups = all_same ? at.size() : at.size() - 1;
  for (size_t k = 0; k < groups; ++k) {
    if (!all_same && t[at[k]] == last) return std::nullopt;
    const size_t next = k + 1 < at.size() ? at[k + 1] : t.size();
    if (next - at[k] - 1 != 3) return std::nullopt;
  }
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    const bool sep = t[i] == '.' || t[i] == ',';
    if (!sep) {
      out.push_back(t[i]);
    } else if (!all_same && i == at.back()) {
      out.push_back('.');
    }
  }
  return out;
}

}  // namespace

std::optional<double> ParseNumber(std::string_view t, bool* ambiguous) {
  if (t.empty() || t.size() > 24) return std::nullopt;
  int seps = 0;
  size_t sep_at = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '.' || t[i] == ',') {
      ++seps;
      sep_at = i;
    } else if (!IsDigit(t[i])) {
      return std::nullopt;
    }
  }
  if (seps > 1) {
    std::optional<std::string> plain = DropThousands(t);
    if (!plain) return std::nullopt;
    bool unused = false;
    return ParseNumber(*plain, &unused);
  }
  if (seps == 1 && sep_at + 1 == t.size()) return std::nullopt;
  std::string s(t);
  if (seps == 1 && t[sep_at] == ',') {
    const size_t after = t.size() - sep_at - 1;
    // "1,246" may be a thousand; "0,028" never is (no number is written with a leading 0 group).
    if (after == 3 && sep_at > 0 && sep_at <= 3 && !(sep_at == 1 && t[0] == '0')) {
      *ambiguous = true;
      s.erase(sep_at, 1);
    } else {
      s[sep_at] = '.';
    }
  }
  if (s.front() == '.') s.insert(s.begin(), '0');
  try {
    return std::stod(s);
  } catch (...) {
    return std::nullopt;
  }
}

size_t NumberPrefix(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && (IsDigit(t[i]) || t[i] == '.' || t[i] == ',')) ++i;
  while (i > 0 && (t[i - 1] == '.' || t[i - 1] == ',')) --i;
  return i;
}

ValueBound TakeBound(std::vector<std::string>& tok, size_t* pos) {
  if (*pos + 1 < tok.size() && tok[*pos + 1] == "than") {
    if (tok[*pos] == "less") {
      *pos += 2;
      return ValueBound::kBelow;
    }
    if (tok[*pos] == "greater" || tok[*pos] == "more") {
      *pos += 2;
      return ValueBound::kAbove;
    }
  }
  if (*pos >= tok.size()) return ValueBound::kExact;
  std::string& t = tok[*pos];
  ValueBound b = ValueBound::kExact;
  size_t n = 0;
  if (t.starts_with("<=")) {
    b = ValueBound::kAtMost;
    n = 2;
  } else if (t.starts_with(">=")) {
    b = ValueBound::kAtLeast;
    n = 2;
  } else if (t.starts_with("<")) {
    b = ValueBound::kBelow;
    n = 1;
  } else if (t.starts_with(">")) {
    b = ValueBound::kAbove;
    n = 1;
  }
  if (n == 0) return b;
  t.erase(0, n);
  if (t.empty()) ++*pos;
  return b;
}

std::string JoinThousandsGroups(const std::string& t) {
  size_t i = 0;
  while (i < t.size() && (t[i] == '<' || t[i] == '>' || t[i] == ' ')) ++i;
  size_t lead = 0;
  while (i + lead < t.size() && IsDigit(t[i + lead])) ++lead;
  if (lead == 0 || lead > 3) return t;
  std::string out = t.substr(0, i + lead);
  size_t at = i + lead;
  int groups = 0;
  while (at + 4 <= t.size() && t[at] == ' ' && IsDigit(t[at + 1]) && IsDigit(t[at + 2]) &&
         IsDigit(t[at + 3]) && (at + 4 == t.size() || !IsDigit(t[at + 4]))) {
    out += t.substr(at + 1, 3);
    at += 4;
    ++groups;
  }
  if (groups == 0) return t;
  return out + t.substr(at);
}

std::string DropApostropheThousands(const std::string& t) {
  std::string out;
  for (size_t i = 0; i < t.size();) {
    const size_t mark = t.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : t[i] == '\'' ? 1 : 0;
    const size_t next = i + mark;
    if (mark > 0 && !out.empty() && IsDigit(out.back()) && next + 3 <= t.size() &&
        IsDigit(t[next]) && IsDigit(t[next + 1]) && IsDigit(t[next + 2]) &&
        (next + 3 == t.size() || !IsDigit(t[next + 3]))) {
      i = next;
      continue;
    }
    out.push_back(t[i]);
    ++i;
  }
  return out;
}

}  // namespace oncoguide::import::internal
