#include "oncoguide/common/date.h"

#include <cctype>
#include <chrono>
#include <cstdio>

namespace oncoguide {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

// Validates "hh:mm[:ss[.fff]][Z|+hh:mm|-hh:mm]".
bool ValidTime(std::string_view t) {
  int hh, mm, ss;
  if (!Digits(t, 0, 2, &hh) || t.size() < 5 || t[2] != ':' || !Digits(t, 3, 2, &mm)) return false;
  if (hh > 23 || mm > 59) return false;
  size_t pos = 5;
  if (pos < t.size() && t[pos] == ':') {
    if (!Digits(t, pos + 1, 2, &ss) || ss > 60) return false;
    pos += 3;
    if (pos < t.size() && t[pos] == '.') {
      ++pos;
      size_t start = pos;
      while (pos < t.size() && std::isdigit(static_cast<unsigned char>(t[pos]))) ++pos;
      if (pos == start) return false;
    }
  }
  if (pos == t.size()) return true;
  if (t[pos] == 'Z') return pos + 1 == t.size();
  if (t[pos] == '+' || t[pos] == '-') {
    int zh, zm;
    return t.size() == pos + 6 && Digits(t, pos + 1, 2, &zh) && t[pos + 3] == ':' &&
           Digits(t, pos + 4, 2, &zm) && zh <= 14 && zm <= 59;
  }
  return false;
}

}  // namespace

Date Date::FromYmd(int year, unsigned month, unsigned day) {
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                        std::chrono::day{day}};
  return Date(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

std::optional<Date> Date::Parse(std::string_view text) {
  int y, m, d;
  if (text.size() < 10 || !Digits(text, 0, 4, &y) || text[4] != '-' || !Digits(text, 5, 2, &m) ||
      text[7] != '-' || !Digits(text, 8, 2, &d)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y < 1900) return std::nullopt;
  if (text.size() > 10) {
    if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
    if (!ValidTime(text.substr(11))) return std::nullopt;
  }
  return FromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

int Date::year() const {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days_}}};
  return static_cast<int>(ymd.year());
}

std::string Date::ToString() const {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days_}}};
  const int y = static_cast<int>(ymd.year());
  const auto m = static_cast<unsigned>(ymd.month());
  const auto d = static_cast<unsigned>(ymd.day());
  if (y < 0 || y > 9999) {  // never produced by Parse(); kept printable
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
  }
  // Formatted by hand: snprintf showed in cohort profiles (dates are written per assessment).
  const char buf[10] = {static_cast<char>('0' + y / 1000),
                        static_cast<char>('0' + y / 100 % 10),
                        static_cast<char>('0' + y / 10 % 10),
                        static_cast<char>('0' + y % 10),
                        '-',
                        static_cast<char>('0' + m / 10),
                        static_cast<char>('0' + m % 10),
                        '-',
                        static_cast<char>('0' + d / 10),
                        static_cast<char>('0' + d % 10)};
  return std::string(buf, sizeof buf);
}

}  // namespace oncoguide
