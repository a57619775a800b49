#include "oncoguide/import/lab_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string_view>
#include <vector>

#include "cell_text.h"
#include "cjk_names.h"
#include "lab_numbers.h"
#include "oncoguide/common/text.h"
#include "result_words.h"

namespace oncoguide::import {

using internal::DropApostropheThousands;
using internal::JoinThousandsGroups;
using internal::NumberPrefix;
using internal::ParseNumber;
using internal::SplitOnSpaces;
using internal::TakeBound;
using records::ValueBound;

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

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
    } else if (next_is("\xE2\x86\x91") || next_is("\xE2\x96\xB2") || next_is("\xE2\x96\xB4")) {
      out += " h ";  // an up arrow or triangle (↑ ▲ ▴), apart from a number glued after it
      i += 2;
    } else if (next_is("\xE2\x96\xBC") || next_is("\xE2\x96\xBE")) {
      out += " l ";  // a down triangle (▼ ▾)
      i += 2;
    } else if (next_is("\xE2\x86\x93")) {
      out += " l ";
      i += 2;
    } else if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += AsciiLower(static_cast<char>(c));
    }
  }
  return std::string(TrimSpaces(out));
}

// Flags as labs print them. Asterisks and exclamation marks glued to a flag ("H*", "H**", "L!":
// confirmed, critical) are part of the flag; "+" and "-" are the European high/low marks.
// Canadian bilingual reports print "H/É" (high / élevé), "L/B" (low / bas) and "A/A" (abnormal /
// anormal).
// Polish and other reports mark results with arrows; French ones "B" or "(b)" (bas, low), Turkish
// ones "Yüksek" and "Düşük".
constexpr std::array<std::string_view, 50> kFlags = {
    "\xE2\x86\x91", "\xE2\x86\x93", "h", "l", "hh", "ll", "high", "low", "(h)", "(l)", "(high)",
    "(low)", "a", "abn", "abnormal", "(a)", "critical", "[h]", "[l]", "hi", "lo", "+", "-", "++",
    "--", "l/b", "h/e", "h/\xC3\xA9", "h/\xC3\x89", "a/a", "b", "(b)", "[b]",
    // Turkish high / low
    "yuksek", "y\xC3\xBCksek", "dusuk", "d\xC3\xBC\xC5\x9F\xC3\xBCk",
    // Serbian Cyrillic "В" (високо, high) and "Н" (низак, low), either case; Hungarian
    "\xD0\x92", "\xD0\x9D", "\xD0\xB2", "\xD0\xBD", "magas", "alacsony",
    // Estonian low, high
    "madal", "k\xC3\xB5rge", "korge",
    // an out-of-range mark in brackets ("11.6 (*)", Peru); an up arrow OCR read as "Т" ("128 Т")
    "(*)", "(!)", "\xD0\xA2", "\xD1\x82"};

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

}  // namespace

bool IsFlag(std::string_view cell) {
  const std::string t = Normalize(cell);
  return !t.empty() && IsFlagToken(t);
}

bool IsFlagLine(std::string_view text) {
  // Out-of-range words written out in full on portal cards: Spanish, Portuguese, Italian.
  static constexpr std::array<std::string_view, 8> kWords = {"alto",  "bajo",  "alta",  "baja",
                                                             "baixo", "baixa", "basso", "bassa"};
  const std::vector<std::string> tokens = SplitOnSpaces(Normalize(text));
  return !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](const std::string& t) {
    return IsFlagToken(t) || std::find(kWords.begin(), kWords.end(), t) != kWords.end();
  });
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
  t = JoinThousandsGroups(DropApostropheThousands(t));
  std::vector<std::string> tok = SplitOnSpaces(t);
  // A flag may come first ("H 12.1"), or an asterisk glued to the number ("*12,6 g/dL", an
  // Italian report's out-of-range mark).
  size_t pos = 0;
  std::string flag;
  if (!tok.empty() && tok[0].size() > 1 && tok[0][0] == '*' &&
      (IsDigit(tok[0][1]) || tok[0][1] == '<' || tok[0][1] == '>')) {
    tok[0].erase(0, 1);
    flag = "*";
  }
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
    for (size_t k = 0; k < tail.size(); ++k) {
      const std::string& w = tail[k];
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
      // Text after the flag: not a value cell; but a unit may follow a flag that stands between
      // it and the number ("2,14 * mg/dL", a Spanish report's out-of-range mark).
      // (Twelve letters, not bytes: "мкмоль/л" after an arrow.)
      const auto letters = std::count_if(w.begin(), w.end(), [](char ch) {
        return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
      });
      const bool unit_after_flag = flag_after && v.unit.empty() && k + 1 == tail.size() &&
                                   letters <= 12 && internal::IsUnitText(w);
      if (flag_after && !unit_after_flag) return std::nullopt;
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
  std::vector<std::string> tok = SplitOnSpaces(t);
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
  // The time after the date, perhaps after a word for "at" ("12.2.2024 klo 8.05", "2024-09-09
  // kl. 07:40", "03.05.2024 um 08:10").
  std::string_view rest = std::string_view(t).substr(d->end);
  for (std::string_view at : {" klo ", " kl. ", " kl ", " um ", " at ", " saat "}) {
    if (rest.starts_with(at)) {
      rest.remove_prefix(at.size() - 1);
      break;
    }
  }
  for (size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (!(IsDigit(c) || c == ':' || c == ' ' || c == ',' || c == 't' || c == 'a' || c == 'p' ||
          c == 'm' || c == 'h' || c == 'z' || c == '.')) {
      return false;
    }
  }
  return true;
}

std::optional<LabValue> ParseLightChainBand(std::string_view cell) {
  if (cell.size() > 72) return std::nullopt;  // a band named in a few words, not a sentence
  // Chinese and Japanese words read in English ("λ游离轻链": lambda free light chain).
  // "BJP-λ型" (zh, ja: a Bence Jones protein of the lambda type): the Greek letter after a hyphen
  // is a word of its own, and "型" (type) says nothing more.
  std::string spaced = internal::CjkNamesInEnglish(cell);
  for (std::string_view from : {"-\xCE\xBA", "-\xCE\xBB", "\xE5\x9E\x8B"}) {
    const std::string to =
        from.size() == 3 && from[0] == '-' ? " " + std::string(from.substr(1)) : std::string(" ");
    for (size_t at = spaced.find(from); at != std::string::npos; at = spaced.find(from, at + 1)) {
      spaced.replace(at, from.size(), to);
    }
  }
  std::vector<std::string> tok = SplitOnSpaces(Normalize(spaced));
  while (!tok.empty() && IsFlagToken(tok.back())) tok.pop_back();
  std::string t;
  for (const std::string& w : tok) {  // "κ libre": the Greek letter as the band's name
    t += (t.empty() ? "" : " ") + (w == "\xCE\xBA" ? "kappa" : w == "\xCE\xBB" ? "lambda" : w);
  }
  // The light chain's initial after "free" ("Free-K", "free L": a cumulative report's
  // abbreviation, as "IgG-K" is the heavy chain's).
  if (t == "free-k" || t == "free k") t = "free kappa";
  if (t == "free-l" || t == "free l") t = "free lambda";
  // es "CLL" (cadenas ligeras libres: free light chains) before the chain ("CLL lambda libres").
  for (std::string_view chain : {"kappa", "lambda"}) {
    for (std::string_view tail : {"", " libres", " libre"}) {
      if (t == "cll " + std::string(chain) + std::string(tail)) t = "free " + std::string(chain);
    }
  }
  // Or before its word for "free" ("K libere", "L libres", "K frei").
  for (std::string_view free :
       {" libere", " libera", " libre", " libres", " livre", " livres", " frei", " freie"}) {
    if (t == "k" + std::string(free)) t = "kappa" + std::string(free);
    if (t == "l" + std::string(free)) t = "lambda" + std::string(free);
  }
  // What the band is also called, in parentheses ("... kappa (protéine de Bence Jones)", "Free
  // kappa (BJP)").
  if (const size_t open = t.find('('); open != std::string::npos) {
    const size_t close = t.find(')', open);
    const std::string inside =
        close == std::string::npos ? "" : t.substr(open + 1, close - open - 1);
    // "(BJ+)": a Bence Jones protein found ("KAPPA LIBRE (BJ+)").
    if (inside.find("bence") != std::string::npos || inside == "bjp" || inside == "bj" ||
        inside == "bj+" || inside == "bjp+") {
      t.erase(open, close - open + 1);
    }
  }
  const std::string iso = IsotypeIn(t);
  if (iso != "kappa" && iso != "lambda") return std::nullopt;
  const std::string rest = t.substr(0, t.find(iso)) + t.substr(t.find(iso) + iso.size());
  // Only light-chain words around the light chain's name, in the report languages too ("kappa
  // libere", "freie Kappa-Leichtketten", "cadenas ligeras kappa libres").
  static constexpr std::string_view kLightChainWords[] = {
      "monoclonal", "free", "light", "chain", "chains", "bence", "jones", "bence-jones", "only",
      "bjp", "bj",  // Bence Jones protein: "BJP-λ型"
      "libre", "libres", "libere", "libera", "livre", "livres", "frei", "freie", "vrije", "fria",
      "fr.", "fr",  // de: "fr. Kappa" (freie)
      "lk",         // de: "freie Lambda-LK" (Leichtketten)
      "catene", "catena", "leggere", "leggera", "cadena", "cadenas", "ligera", "ligeras", "chaine",
      "chaines", "legere", "legeres", "lichte", "keten", "ketens", "leichtkette", "leichtketten",
      "cadeia", "cadeias", "leve", "leves", "monoclonais",  // pt
      "monoclonale", "monoclonali",
      // fi: "Vapaita lambda-kevytketjuja" (free lambda light chains)
      "vapaita", "vapaa", "vapaat", "kevytketjuja", "kevytketju", "kevytketjut",
      // sv, da, nb: "fri kappa", "frie lambda lette kæder", "fria lätta kedjor"
      "fri", "frie", "fritt", "latta", "lette", "kedjor", "kedja", "kjeder", "kader", "kaeder"};
  std::vector<std::string> words = SplitOnSpaces(rest);
  for (std::string& w : words) {
    // "lambda-kevytketjuja": the word after the light chain's hyphen
    while (!w.empty() && w.front() == '-') w.erase(0, 1);
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

}  // namespace oncoguide::import
