#include "oncoguide/import/lab_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string_view>
#include <vector>

#include "oncoguide/common/text.h"
#include "result_words.h"

namespace oncoguide::import {

using records::ValueBound;

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True at the end of `s`, or before a character that does not continue a word or number ("t"
// may start a time: "2024-03-05T08:30").
bool BoundaryAt(std::string_view s, size_t i) {
  return i >= s.size() || !(IsDigit(s[i]) || IsAlpha(s[i])) || s[i] == 't';
}

// Lower case, with the Unicode signs labs print replaced by ASCII: non-breaking space, en dash,
// minus, <=, >=, and the arrows used as flags.
std::string Normalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    auto next_is = [&](std::string_view seq) { return s.substr(i, seq.size()) == seq; };
    if (c == 0xC2 && next_is("\xC2\xA0")) {
      out += ' ';
      ++i;
    } else if (next_is("\xE2\x80\x93") || next_is("\xE2\x80\x94") || next_is("\xE2\x88\x92")) {
      out += '-';
      i += 2;
    } else if (next_is("\xE2\x89\xA4")) {
      out += "<=";
      i += 2;
    } else if (next_is("\xE2\x89\xA5")) {
      out += ">=";
      i += 2;
    } else if (next_is("\xE2\x86\x91")) {
      out += " h";
      i += 2;
    } else if (next_is("\xE2\x86\x93")) {
      out += " l";
      i += 2;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += AsciiLower(static_cast<char>(c));
    }
  }
  return std::string(TrimSpaces(out));
}

std::vector<std::string> Tokens(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool Contains(std::string_view s, std::string_view w) {
  return s.find(w) != std::string_view::npos;
}

// Flags as labs print them. Asterisks and exclamation marks glued to a flag ("H*", "H**", "L!":
// confirmed, critical) are part of the flag; "+" and "-" are the European high/low marks.
// Canadian bilingual reports print "H/É" (high / élevé), "L/B" (low / bas) and "A/A" (abnormal /
// anormal).
// Polish and other reports mark results with arrows.
constexpr std::array<std::string_view, 30> kFlags = {
    "\xE2\x86\x91", "\xE2\x86\x93", "h",      "l",          "hh",         "ll",  "high",     "low",
    "(h)",          "(l)",          "(high)", "(low)",      "a",          "abn", "abnormal", "(a)",
    "critical",     "[h]",          "[l]",    "hi",         "lo",         "+",   "-",        "++",
    "--",           "l/b",          "h/e",    "h/\xC3\xA9", "h/\xC3\x89", "a/a"};

bool IsFlagToken(std::string_view t) {
  size_t n = t.size();
  while (n > 0 && (t[n - 1] == '*' || t[n - 1] == '!')) --n;
  if (n == 0) return !t.empty() && t.size() <= 3;  // "*", "**", "!"
  if (n < t.size() && t.find_first_not_of("*!", n) != std::string_view::npos) return false;
  const std::string_view core = t.substr(0, n);
  for (std::string_view f : kFlags) {
    if (core == f) return true;
  }
  return false;
}

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

// Parses a plain decimal number with '.' or ',' as the decimal mark. "1,234" (a comma followed
// by exactly three digits) is read as a thousands separator and marked ambiguous; "1,246.0" has
// an unambiguous thousands separator.
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
    if (after == 3 && sep_at > 0 && sep_at <= 3) {
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

// Splits "45.2mg/l" into the leading number and the rest.
size_t NumberPrefix(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && (IsDigit(t[i]) || t[i] == '.' || t[i] == ',')) ++i;
  while (i > 0 && (t[i - 1] == '.' || t[i - 1] == ',')) --i;
  return i;
}

// Reads a leading bound ("<", "<=", ">", ">=", "less than", "greater than") off the tokens.
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

}  // namespace

bool IsFlag(std::string_view cell) {
  const std::string t = Normalize(cell);
  return !t.empty() && IsFlagToken(t);
}

std::optional<LabValue> ParseLabValue(std::string_view cell) {
  if (cell.size() > 200) return std::nullopt;
  std::string t = Normalize(cell);
  // A reference range set against the result ("38.2 H (5.7-26.3)"): not part of it.
  if (const size_t open = t.rfind('(');
      open != std::string::npos && open > 0 && t.back() == ')' && ParseLabRange(t.substr(open))) {
    t = std::string(TrimSpaces(std::string_view(t).substr(0, open)));
  }
  // Placeholders for a test not done: hyphens, en and em dashes.
  if (t.empty() || t == "-" || t == "--" || t == "---" || t == "\xE2\x80\x93" ||
      t == "\xE2\x80\x94") {
    return std::nullopt;
  }
  if (IsDateCell(t)) return std::nullopt;
  std::vector<std::string> tok = Tokens(t);
  // A flag may come first ("H 12.1").
  size_t pos = 0;
  std::string flag;
  if (tok.size() > 1 && IsFlagToken(tok[0]) && tok[0] != "a") {
    flag = tok[0];
    pos = 1;
  }
  const ValueBound bound = TakeBound(tok, &pos);
  if (pos < tok.size() && !tok[pos].empty() && (IsDigit(tok[pos][0]) || tok[pos][0] == '.')) {
    LabValue v;
    v.bound = bound;
    v.flag = flag;
    const std::string& num = tok[pos];
    const size_t n = NumberPrefix(num);
    std::optional<double> x = ParseNumber(std::string_view(num).substr(0, n), &v.ambiguous);
    if (!x) return std::nullopt;
    v.number = *x;
    std::string rest = num.substr(n);
    std::vector<std::string> tail;
    if (!rest.empty()) tail.push_back(rest);
    for (size_t i = pos + 1; i < tok.size(); ++i) tail.push_back(tok[i]);
    bool flag_after = false;  // a flag after the number ("12.1 H"); one before it ("* 10,6 g/dL")
                              // may have a unit after the number
    for (const std::string& w : tail) {
      const bool per_day = v.unit.ends_with("/24") &&
                           (w == "h" || w == "hr" || w == "hrs" || w == "hour" || w == "hours");
      if (IsFlagToken(w) && !per_day) {
        v.flag = w;  // ("l" alone is a flag: a bare litre is not a unit of any test we read)
        flag_after = true;
        continue;
      }
      // A remark in parentheses closing the cell after its unit ("9.1 mg/L (normal)", "85.3
      // mg/L (was 120 in March)") is not part of the unit.
      if (w.front() == '(' && !v.unit.empty() && t.back() == ')') break;
      if (flag_after) return std::nullopt;  // text after the flag: not a value cell
      // Digits that do not continue a unit ("mg/24h"): e.g. "1.2 3.4" or a date.
      if (IsDigit(w[0]) && !v.unit.ends_with("/")) return std::nullopt;
      // "3.3-19.4": a range, not a value.
      if (v.unit.empty() && (w[0] == '-' || w[0] == '.') && w.size() > 1 && IsDigit(w[1])) {
        return std::nullopt;
      }
      v.unit += w;
    }
    if (v.unit.size() > 16) return std::nullopt;
    for (char c : v.unit) {
      if (c == ':' || c == '=') return std::nullopt;
    }
    return v;
  }
  if (bound != ValueBound::kExact) return std::nullopt;
  return internal::ParseResultWords(t);
}

std::optional<LabRange> ParseLabRange(std::string_view cell) {
  std::string t = Normalize(cell);
  if (t.empty() || t.size() > 80 || IsDateCell(t)) return std::nullopt;
  if (t.front() == '(' || t.front() == '[') t.erase(0, 1);
  if (!t.empty() && (t.back() == ')' || t.back() == ']')) t.pop_back();
  LabRange r;
  std::vector<std::string> tok = Tokens(t);
  size_t pos = 0;
  const ValueBound bound = TakeBound(tok, &pos);
  if (pos + 1 < tok.size() && tok[pos] == "up" && tok[pos + 1] == "to") pos += 2;
  auto read_number = [&](size_t* p, std::optional<double>* out) {
    if (*p >= tok.size()) return false;
    std::string& w = tok[*p];
    const size_t n = NumberPrefix(w);
    if (n == 0) return false;
    bool amb = false;
    *out = ParseNumber(std::string_view(w).substr(0, n), &amb);
    if (!*out || amb) return false;
    w.erase(0, n);
    if (w.empty()) ++*p;
    return true;
  };
  std::optional<double> a;
  if (!read_number(&pos, &a)) return std::nullopt;
  if (bound == ValueBound::kBelow || bound == ValueBound::kAtMost) {
    r.high = a;
  } else if (bound == ValueBound::kAbove || bound == ValueBound::kAtLeast) {
    r.low = a;
  } else {
    // "a - b", "a-b", "a to b"
    if (pos < tok.size() && tok[pos].starts_with("-")) {
      tok[pos].erase(0, 1);
      if (tok[pos].empty()) ++pos;
    } else if (pos < tok.size() && tok[pos] == "to") {
      ++pos;
    } else {
      return std::nullopt;
    }
    std::optional<double> b;
    if (!read_number(&pos, &b) || *b < *a) return std::nullopt;
    r.low = a;
    r.high = b;
  }
  for (; pos < tok.size(); ++pos) {
    const std::string& w = tok[pos];
    if (w.empty()) continue;
    if (IsDigit(w[0]) && !r.unit.ends_with("/")) return std::nullopt;
    r.unit += w;
  }
  if (r.unit.size() > 16) return std::nullopt;
  return r;
}

bool IsDateCell(std::string_view cell) {
  const std::string t = Normalize(cell);
  auto d = FindLabDate(t, DateOrder::kDayFirst);
  if (!d || d->begin != 0) return false;
  for (size_t i = d->end; i < t.size(); ++i) {
    const char c = t[i];
    if (!(IsDigit(c) || c == ':' || c == ' ' || c == 't' || c == 'a' || c == 'p' || c == 'm' ||
          c == 'h' || c == 'z' || c == '.')) {
      return false;
    }
  }
  return true;
}

std::optional<LabValue> ParseLightChainBand(std::string_view cell) {
  if (cell.size() > 48) return std::nullopt;
  std::vector<std::string> tok = Tokens(Normalize(cell));
  while (!tok.empty() && IsFlagToken(tok.back())) tok.pop_back();
  std::string t;
  for (const std::string& w : tok) t += (t.empty() ? "" : " ") + w;
  const std::string iso = IsotypeIn(t);
  if (iso != "kappa" && iso != "lambda") return std::nullopt;
  const std::string rest = t.substr(0, t.find(iso)) + t.substr(t.find(iso) + iso.size());
  // Only light-chain words around the light chain's name.
  // "free" and "light chains" in the report languages too ("kappa libere", "freie
  // Kappa-Leichtketten", "cadenas ligeras kappa libres").
  static constexpr std::string_view kLightChainWords[] = {
      "monoclonal",   "free",        "light",      "chain",   "chains", "bence",   "jones",
      "bence-jones",  "only",        "libre",      "libres",  "libere", "libera",  "livre",
      "livres",       "frei",        "freie",      "vrije",   "fria",   "catene",  "catena",
      "leggere",      "leggera",     "cadena",     "cadenas", "ligera", "ligeras", "chaine",
      "chaines",      "legere",      "legeres",    "lichte",  "keten",  "ketens",  "leichtkette",
      "leichtketten", "monoclonale", "monoclonali"};
  std::vector<std::string> words = Tokens(rest);
  for (const std::string& w : words) {
    if (std::find(std::begin(kLightChainWords), std::end(kLightChainWords), FoldLatin(w)) ==
        std::end(kLightChainWords)) {
      return std::nullopt;
    }
  }
  if (words.empty()) return std::nullopt;  // "kappa" alone may be a column's name
  LabValue v;
  v.kind = LabValue::Kind::kDetected;
  v.isotype = iso;
  return v;
}

std::string IsotypeIn(std::string_view text) {
  const std::string t = AsciiLower(text);
  std::string heavy;
  // "lgA": OCR reads the capital I of "IgA" as a lower-case l.
  for (std::string_view h :
       {"igg", "iga", "igm", "igd", "ige", "lgg", "lga", "lgm", "lgd", "lge"}) {
    const size_t at = t.find(h);
    // "IgAlambda": OCR may drop the space before the light chain.
    const bool joined = at != std::string::npos &&
                        (t.compare(at + 3, 5, "kappa") == 0 || t.compare(at + 3, 6, "lambda") == 0);
    if (at != std::string::npos && (BoundaryAt(t, at + 3) || joined) &&
        (at == 0 || !IsAlpha(t[at - 1]))) {
      heavy = fmt::format("Ig{}", static_cast<char>(std::toupper(h[2])));
      break;
    }
  }
  std::string light;
  if (Contains(t, "kappa")) light = "kappa";
  if (Contains(t, "lambda")) light = light.empty() ? "lambda" : "";  // both named: no isotype
  if (heavy.empty()) return light;
  return light.empty() ? heavy : heavy + " " + light;
}

}  // namespace oncoguide::import
