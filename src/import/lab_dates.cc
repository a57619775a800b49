// Finding dates in lab-report text, and the evidence a document gives for its numeric date order
// (lab_text.h: FindLabDate, DateOrderEvidence).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"

namespace oncoguide::import {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// Month names of the report languages the importer reads (nl, de, fr, es, it, pt, sv), whole
// words and their usual abbreviations, lower case; English names and their prefixes are
// kMonths'. Short words that are also other words ("set", "mag", "ago") are left out.
constexpr std::array<std::array<std::string_view, 12>, 12> kForeignMonths = {{
    {"januari", "januar", "jänner", "janvier", "janv", "enero", "gennaio", "janeiro"},
    {"februari", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
     "fevereiro", "fev"},
    {"maart", "mrt", "märz", "maerz", "mars", "marzo", "março", "marco"},
    {"avril", "avr", "abril", "aprile", "abr"},
    {"mei", "mai", "mayo", "maggio", "maio", "maj"},
    {"juni", "juin", "junio", "giugno", "junho"},
    {"juli", "juillet", "juil", "julio", "luglio", "julho"},
    {"augustus", "augusti", "août", "aout", "agosto"},
    {"septembre", "septiembre", "settembre", "setembro", "sett"},
    {"oktober", "okt", "octobre", "octubre", "ottobre", "outubro"},
    {"novembre", "noviembre", "novembro"},
    {"dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"},
}};

// Month number for "mar", "march", "sept", "juni", "févr"; 0 if not a month name.
int MonthNumber(std::string_view w) {
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m].starts_with(w)) return m + 1;
  }
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    for (std::string_view f : kForeignMonths[m]) {
      if (!f.empty() && f == w) return m + 1;
    }
  }
  return 0;
}

// Month number for a name between a day and a year ("15-ago-2024", "03/set/2024", "12 gen
// 2024"): there, the short names that are also other words ("ago", "set", "mag", "ene") and
// the Italian "giu" and "lug" are months too.
int MonthNumberInDate(std::string_view w) {
  if (const int m = MonthNumber(w)) return m;
  constexpr std::pair<std::string_view, int> kShort[] = {{"ene", 1}, {"gen", 1},  {"mag", 5},
                                                         {"giu", 6}, {"lug", 7},  {"ago", 8},
                                                         {"set", 9}, {"out", 10}, {"ott", 10}};
  for (auto [name, m] : kShort) {
    if (w == name) return m;
  }
  return 0;
}

std::optional<Date> MakeDate(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return Date::Parse(fmt::format("{:04d}-{:02d}-{:02d}", y, m, d));
}

int FullYear(int y, size_t digits) {
  if (digits == 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

// Reads up to `max` digits at `i`; returns the count read.
size_t Digits(std::string_view s, size_t i, size_t max, int* value) {
  size_t n = 0;
  *value = 0;
  while (i + n < s.size() && n < max + 1 && IsDigit(s[i + n])) {
    *value = *value * 10 + (s[i + n] - '0');
    ++n;
  }
  return n > max ? 0 : n;
}

// The letters of a word at i, accented ones included (UTF-8 bytes: "février", "märz").
size_t Letters(std::string_view s, size_t i) {
  size_t n = 0;
  while (i + n < s.size() && (IsAlpha(s[i + n]) || (s[i + n] & 0x80) != 0)) ++n;
  return n;
}

bool BoundaryAt(std::string_view s, size_t i) {
  return i >= s.size() || !(IsDigit(s[i]) || IsAlpha(s[i])) || s[i] == 't';
}

// Tries each date pattern at position i of lower-case text `s`.
std::optional<LabDate> DateAt(std::string_view s, size_t i, DateOrder order) {
  int a = 0, b = 0, c = 0;
  const size_t na = Digits(s, i, 4, &a);
  if (na == 4 && i + 4 < s.size() && (s[i + 4] == '-' || s[i + 4] == '/' || s[i + 4] == '.')) {
    const char sep = s[i + 4];
    // The month in digits, or by name ("2024-Feb-27", a Canadian portal's trend view); a name
    // may stand one space off, as a text layer splits the date before a kerned letter
    // ("2024- Jan-29").
    const size_t m = i + 5 + (i + 5 < s.size() && s[i + 5] == ' ');
    const size_t nl = Letters(s, m);
    const int named = nl > 0 ? MonthNumber(s.substr(m, nl)) : 0;
    const size_t b0 = named > 0 ? m : i + 5;
    const size_t nb = named > 0 ? nl : Digits(s, b0, 2, &b);
    if (named > 0) b = named;
    if (nb > 0 && b0 + nb < s.size() && s[b0 + nb] == sep) {
      const size_t nc = Digits(s, b0 + 1 + nb, 2, &c);
      const size_t end = b0 + 1 + nb + nc;
      if (nc > 0 && BoundaryAt(s, end)) {
        if (auto d = MakeDate(a, b, c)) return LabDate{*d, false, 0, 0, i, end};
      }
    }
    return std::nullopt;
  }
  if (na == 3 && i + 3 < s.size() && (s[i + 3] == '/' || s[i + 3] == '.' || s[i + 3] == '-')) {
    // A three-digit year is a Minguo (Republic of China) year, as Taiwanese reports write it:
    // "113/05/12" is 2024-05-12 (year 1 is 1912).
    const char sep = s[i + 3];
    const size_t nb = Digits(s, i + 4, 2, &b);
    if (nb > 0 && i + 4 + nb < s.size() && s[i + 4 + nb] == sep) {
      const size_t nc = Digits(s, i + 5 + nb, 2, &c);
      const size_t end = i + 5 + nb + nc;
      if (nc > 0 && BoundaryAt(s, end) && a >= 1) {
        if (auto d = MakeDate(a + 1911, b, c)) return LabDate{*d, false, 0, 0, i, end};
      }
    }
    return std::nullopt;
  }
  if (na >= 1 && na <= 2) {
    const size_t p = i + na;
    // Czech and Slovak: "29. 6. 2024", a space after each dot (day first, a four-digit year);
    // or after one of them, as a text layer splits a date ("04. 09.2023").
    if (p + 1 < s.size() && s[p] == '.') {
      const bool first_space = s[p + 1] == ' ';
      const size_t b0 = p + 1 + first_space;
      const size_t nb = Digits(s, b0, 2, &b);
      const size_t q = b0 + nb;
      if (nb > 0 && q + 1 < s.size() && s[q] == '.' && (first_space || s[q + 1] == ' ')) {
        const size_t c0 = q + 1 + (s[q + 1] == ' ');
        const size_t nc = Digits(s, c0, 4, &c);
        const size_t end = c0 + nc;
        if (nc == 4 && BoundaryAt(s, end)) {
          if (auto d = MakeDate(c, b, a)) return LabDate{*d, false, a, b, i, end};
        }
      }
    }
    // Numeric: a/b/yyyy, a-b-yy, a.b.yyyy
    if (p < s.size() && (s[p] == '/' || s[p] == '-' || s[p] == '.')) {
      const char sep = s[p];
      const size_t nb = Digits(s, p + 1, 2, &b);
      if (nb > 0 && p + 1 + nb < s.size() && s[p + 1 + nb] == sep) {
        const size_t nc = Digits(s, p + 2 + nb, 4, &c);
        const size_t end = p + 2 + nb + nc;
        if ((nc == 2 || nc == 4) && BoundaryAt(s, end)) {
          if (order == DateOrder::kYearFirst && na == 2 && nc == 2) {
            // "24/09/03", "24.09.03": year, month, day.
            if (auto d = MakeDate(FullYear(a, 2), b, c)) return LabDate{*d, false, 0, 0, i, end};
            return std::nullopt;
          }
          const int y = FullYear(c, nc);
          bool day_first =
              order == DateOrder::kDayFirst || order == DateOrder::kYearFirst || sep == '.';
          bool ambiguous = false;
          if (a > 12 && b <= 12) {
            ambiguous = order == DateOrder::kMonthFirst;
            day_first = true;
          } else if (b > 12 && a <= 12) {
            ambiguous = order == DateOrder::kDayFirst && sep != '.';
            day_first = false;
          } else if (a != b && order == DateOrder::kUnknown && sep != '.') {
            ambiguous = true;
          }
          const int day = day_first ? a : b, month = day_first ? b : a;
          if (auto d = MakeDate(y, month, day)) return LabDate{*d, ambiguous, a, b, i, end};
        }
        return std::nullopt;
      }
      // d-Mon-yyyy, d/Mon/yyyy ("07/Aug/2024", Indian and some US lab systems)
      if (sep == '-' || sep == '/' || sep == ' ') {
        // A text layer may split "18-JUN-2024" after the hyphen ("18- JUN-2024").
        const size_t lp = p + 1 < s.size() && s[p + 1] == ' ' ? p + 2 : p + 1;
        const size_t nl = Letters(s, lp);
        const size_t q = lp + nl;
        const bool closed = q < s.size() && s[q] == (sep == '/' ? '/' : '-');
        const std::string_view name = s.substr(lp, nl);
        const int m = closed && sep != ' ' ? MonthNumberInDate(name) : MonthNumber(name);
        if (m > 0 && closed) {
          const size_t nc = Digits(s, q + 1, 4, &c);
          if ((nc == 2 || nc == 4) && BoundaryAt(s, q + 1 + nc)) {
            if (auto d = MakeDate(FullYear(c, nc), m, a))
              return LabDate{*d, false, 0, 0, i, q + 1 + nc};
          }
        }
      }
    }
    // d Mon yyyy / d Month, yyyy / 5th March 2024
    size_t q = p;
    if (s.substr(q, 2) == "st" || s.substr(q, 2) == "nd" || s.substr(q, 2) == "rd" ||
        s.substr(q, 2) == "th") {
      q += 2;
    }
    if (q < s.size() && s[q] == ' ') {
      // Spanish and Portuguese: "14 de febrero de 2024".
      const bool de = s.compare(q + 1, 3, "de ") == 0;
      const size_t m0 = de ? q + 4 : q + 1;
      const size_t nl = Letters(s, m0);
      size_t r = m0 + nl;
      if (de && nl > 0 && (s.compare(r, 4, " de ") == 0 || s.compare(r, 4, " del") == 0)) {
        r += s.compare(r, 4, " de ") == 0 ? 3 : 4;
      }
      // A short name that is also a word is a month only right before a four-digit year.
      const bool year_next = r + 5 <= s.size() && s[r] == ' ' && IsDigit(s[r + 1]) &&
                             IsDigit(s[r + 4]) && BoundaryAt(s, r + 5);
      const std::string_view name = s.substr(m0, nl);
      const int m = year_next ? MonthNumberInDate(name) : MonthNumber(name);
      if (m > 0) {
        if (r < s.size() && s[r] == '.') ++r;
        if (r < s.size() && s[r] == ',') ++r;
        if (r < s.size() && s[r] == ' ') {
          const size_t nc = Digits(s, r + 1, 4, &c);
          if (nc == 4 && BoundaryAt(s, r + 1 + nc)) {
            if (auto d = MakeDate(c, m, a)) return LabDate{*d, false, 0, 0, i, r + 1 + nc};
          }
        }
      }
    }
    return std::nullopt;
  }
  // Mon d, yyyy / Month d yyyy
  const size_t nl = Letters(s, i);
  const int m = MonthNumber(s.substr(i, nl));
  if (m == 0) return std::nullopt;
  size_t p = i + nl;
  if (p < s.size() && s[p] == '.') ++p;
  if (p >= s.size() || (s[p] != ' ' && s[p] != '-')) return std::nullopt;
  const size_t nd = Digits(s, p + 1, 2, &a);
  if (nd == 0) return std::nullopt;
  size_t q = p + 1 + nd;
  if (s.substr(q, 2) == "st" || s.substr(q, 2) == "nd" || s.substr(q, 2) == "rd" ||
      s.substr(q, 2) == "th") {
    q += 2;
  }
  // "SEP 12,2023" (a VA cumulative report): the year right after the comma.
  const bool comma = q < s.size() && s[q] == ',';
  if (comma) ++q;
  size_t y = q + 1;
  if (comma && q < s.size() && s[q] >= '0' && s[q] <= '9') {
    y = q;
  } else if (q >= s.size() || (s[q] != ' ' && s[q] != '-')) {
    return std::nullopt;
  }
  const size_t nc = Digits(s, y, 4, &c);
  if (nc != 4 || !BoundaryAt(s, y + nc)) return std::nullopt;
  if (auto d = MakeDate(c, m, a)) return LabDate{*d, false, 0, 0, i, y + nc};
  return std::nullopt;
}

}  // namespace

std::optional<LabDate> FindLabDate(std::string_view text, DateOrder order) {
  if (text.size() > 4096) text = text.substr(0, 4096);
  const std::string s = AsciiLower(text);
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (IsDigit(s[i - 1]) || IsAlpha(s[i - 1]))) continue;  // word starts only
    if (!IsDigit(s[i]) && !IsAlpha(s[i])) continue;
    std::optional<LabDate> d = DateAt(s, i, order);
    if (!d) continue;
    // A date run into a character that OCR makes of a digit ("2024-09-1/" for "2024-09-17",
    // "03/05/202l") is a misread: never read as another date.
    if (d->end < s.size() &&
        std::string_view("/|\\!lioszbg").find(s[d->end]) != std::string_view::npos) {
      continue;
    }
    return d;
  }
  return std::nullopt;
}

int DateOrderEvidence(std::string_view text) {
  const DateOrderCounts n = CountDateOrders(text);
  return n.day_first - n.month_first;
}

DateOrderCounts CountDateOrders(std::string_view text) {
  DateOrderCounts n;
  const std::string s = AsciiLower(text.substr(0, std::min<size_t>(text.size(), 1 << 20)));
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (IsDigit(s[i - 1]) || IsAlpha(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.' ||
                  s[i - 1] == '-')) {
      continue;
    }
    if (!IsDigit(s[i])) continue;
    int a = 0, b = 0, c = 0;
    const size_t na = Digits(s, i, 2, &a);
    if (na == 0) continue;
    const size_t p = i + na;
    if (p >= s.size() || (s[p] != '/' && s[p] != '.' && s[p] != '-')) continue;
    const char sep = s[p];
    const size_t nb = Digits(s, p + 1, 2, &b);
    if (nb == 0 || p + 1 + nb >= s.size() || s[p + 1 + nb] != sep) continue;
    const size_t nc = Digits(s, p + 2 + nb, 4, &c);
    if (nc != 2 && nc != 4) continue;
    if (a == 0 || b == 0 || a > 31 || b > 31) continue;  // not a date ("63/14/24", misread)
    if (sep == '.' && b <= 12) {
      ++n.day_first;
    } else if (a > 12 && b <= 12) {
      ++n.day_first;
    } else if (b > 12 && a <= 12) {
      ++n.month_first;
    }
  }
  return n;
}

}  // namespace oncoguide::import
