// A calendar date (proleptic Gregorian), stored as days since 1970-01-01.
//
// Lab records give dates as ISO 8601: "2024-03-05", optionally with a time part
// ("2024-03-05T08:30:00Z", "2024-03-05 08:30"). Assessments are per calendar day, so the time
// part is validated and then dropped; no time-zone arithmetic is done (the date as written by
// the lab is the date of the test).
#ifndef ONCOGUIDE_COMMON_DATE_H_
#define ONCOGUIDE_COMMON_DATE_H_

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace oncoguide {

class Date {
 public:
  Date() = default;
  static Date FromDays(int days) { return Date(days); }
  // REQUIRES: a valid calendar date.
  static Date FromYmd(int year, unsigned month, unsigned day);

  // Parses "YYYY-MM-DD" with an optional time part ("T" or " " then hh:mm[:ss[.frac]][zone]).
  // Returns nullopt for anything else, including impossible dates such as 2023-02-29.
  static std::optional<Date> Parse(std::string_view text);

  int days() const { return days_; }
  int year() const;
  std::string ToString() const;  // "YYYY-MM-DD"

  friend auto operator<=>(Date a, Date b) = default;  // NOLINT(modernize-use-nullptr)
  friend int operator-(Date a, Date b) { return a.days_ - b.days_; }

 private:
  explicit Date(int days) : days_(days) {}
  int days_ = 0;
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_COMMON_DATE_H_
