#include "oncoguide/records/lab_date.h"

#include <fmt/format.h>

#include <chrono>
#include <string>

#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"

namespace oncoguide::records {
namespace {

constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};

// Reads 1..max_digits digits at text[*pos]; returns -1 when there are none or too many.
int Digits(std::string_view text, size_t* pos, size_t max_digits) {
  size_t start = *pos;
  int v = 0;
  while (*pos < text.size() && text[*pos] >= '0' && text[*pos] <= '9') {
    if (*pos - start == max_digits) return -1;
    v = v * 10 + (text[*pos] - '0');
    ++*pos;
  }
  return *pos == start ? -1 : v;
}

struct Parts {
  int a = -1, b = -1, c = -1;  // the three numbers in written order
  char sep = 0;
  std::string_view rest;  // the time part, starting at ' ' or 'T' ("" when none)
};

// Splits "A<sep>B<sep>C[ time]" where sep is '-', '/' or '.'; nullopt for other shapes.
std::optional<Parts> Split(std::string_view text) {
  Parts p;
  size_t pos = 0;
  p.a = Digits(text, &pos, 4);
  if (p.a < 0 || pos >= text.size()) return std::nullopt;
  p.sep = text[pos];
  if (p.sep != '-' && p.sep != '/' && p.sep != '.') return std::nullopt;
  const size_t a_len = pos;
  ++pos;
  p.b = Digits(text, &pos, 2);
  if (p.b < 0 || pos >= text.size() || text[pos] != p.sep) return std::nullopt;
  ++pos;
  const size_t c_start = pos;
  p.c = Digits(text, &pos, 4);
  if (p.c < 0) return std::nullopt;
  // Year first needs a 4-digit first number; year last a 4-digit last number.
  const bool year_first = a_len == 4;
  const bool year_last = pos - c_start == 4 && a_len <= 2;
  if (!year_first && !year_last) return std::nullopt;
  if (year_first && pos - c_start > 2) return std::nullopt;
  p.rest = text.substr(pos);
  if (!p.rest.empty() && p.rest.front() != ' ' && p.rest.front() != 'T') return std::nullopt;
  if (year_first) {
    // Keep (year, month, day) in (c, b, a) order below: normalise to a=day/month slots.
    std::swap(p.a, p.c);               // now a = day, c = year
    p.sep = p.sep == '.' ? 'y' : 'Y';  // marks "year first"
  }
  return p;
}

Result<Date> Build(int year, int month, int day, std::string_view rest, std::string_view text) {
  const std::string iso = fmt::format("{:04}-{:02}-{:02}{}", year, month, day, rest);
  std::optional<Date> d = Date::Parse(iso);
  if (!d) {
    return Status::Invalid(fmt::format("date '{}' is not a valid date", EchoForMessage(text)),
                           "write dates as YYYY-MM-DD, e.g. 2024-03-05 (a time part may follow)");
  }
  return *d;
}

}  // namespace

Date ReadOptions::DefaultLatestDate() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::FromDays(static_cast<int>(today.time_since_epoch().count()) + 1);
}

Result<DateOrder> ParseDateOrder(std::string_view text) {
  const std::string t = AsciiLower(TrimSpaces(text));
  if (t.empty()) return DateOrder::kUnknown;
  if (t == "dmy") return DateOrder::kDayFirst;
  if (t == "mdy") return DateOrder::kMonthFirst;
  return Status::Invalid(fmt::format("date order '{}' is not dmy or mdy", EchoForMessage(text)),
                         "use --date-order dmy (15/03/2024) or --date-order mdy (03/15/2024)");
}

Result<Date> ParseLabDate(std::string_view text, DateOrder given, DateOrder* seen) {
  text = TrimSpaces(text);
  if (std::optional<Date> iso = Date::Parse(text)) return *iso;
  std::optional<Parts> p = Split(text);
  if (!p) {
    return Status::Invalid(
        fmt::format("date '{}' is not a valid date", EchoForMessage(text)),
        "write dates as YYYY-MM-DD, e.g. 2024-03-05 (also accepted: 2024/03/05, 5.3.2024, and "
        "05/03/2024 with --date-order dmy or mdy)");
  }
  if (p->sep == 'Y' || p->sep == 'y') return Build(p->c, p->b, p->a, p->rest, text);
  if (p->sep == '.') return Build(p->c, p->b, p->a, p->rest, text);  // day.month.year
  // Year last with '/' or '-': the order must be certain.
  DateOrder evident = DateOrder::kUnknown;
  if (p->a > 12 && p->b <= 12) evident = DateOrder::kDayFirst;
  if (p->b > 12 && p->a <= 12) evident = DateOrder::kMonthFirst;
  DateOrder order = given;
  if (order == DateOrder::kUnknown) {
    if (evident != DateOrder::kUnknown) {
      if (*seen != DateOrder::kUnknown && *seen != evident) {
        return Status::Invalid(
            fmt::format("date '{}' is written {} first, but an earlier date was {} first",
                        EchoForMessage(text), evident == DateOrder::kDayFirst ? "day" : "month",
                        *seen == DateOrder::kDayFirst ? "day" : "month"),
            "write every date in one order, or as YYYY-MM-DD");
      }
      *seen = evident;
      order = evident;
    } else if (p->a == p->b) {
      order = DateOrder::kDayFirst;  // 03/03/2024 reads the same either way
    } else if (p->a >= 1 && p->a <= 12 && p->b >= 1 && p->b <= 12) {
      return Status::Invalid(
          fmt::format("date '{}' could be {} {} {} (day first) or {} {}, {} (month first)",
                      EchoForMessage(text), p->a, kMonths[p->b - 1], p->c, kMonths[p->a - 1], p->b,
                      p->c),
          "say how the file writes dates: --date-order dmy (day first, 15/03/2024) or "
          "--date-order mdy (month first, 03/15/2024), or write dates as YYYY-MM-DD");
    }
  }
  if (order == DateOrder::kMonthFirst) return Build(p->c, p->a, p->b, p->rest, text);
  return Build(p->c, p->b, p->a, p->rest, text);
}

Status CheckNotFuture(Date date, const ReadOptions& options) {
  if (date <= options.latest_date) return Status::Ok();
  return Status::Invalid(fmt::format("date {} is in the future", date.ToString()),
                         fmt::format("check the year; dates after {} are refused",
                                     Date::FromDays(options.latest_date.days() - 1).ToString()));
}

}  // namespace oncoguide::records
