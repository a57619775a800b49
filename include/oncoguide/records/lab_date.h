// Dates as lab exports write them, and the options every reader shares (date order, "today").
//
// Accepted (a time part " hh:mm[:ss]" or ISO "T..." may follow each):
//   2024-03-15, 2024-3-5, 2024/03/15     year first: always year-month-day;
//   15.03.2024                           dots: always day.month.year (the European convention);
//   15/03/2024, 03/15/2024, 5-3-2024     year last with '/' or '-': day-first or month-first.
// A year-last date is read only when its order is certain: given by the caller (`--date-order
// dmy|mdy`), or evident from the date itself (a first number above 12 is a day: 15/03/2024; a
// second number above 12 means month first: 03/15/2024; equal numbers read the same either way).
// An ambiguous date (05/03/2024) is an error asking for the order, never a guess; a file whose
// dates show both orders is an error too.
#ifndef ONCOGUIDE_RECORDS_LAB_DATE_H_
#define ONCOGUIDE_RECORDS_LAB_DATE_H_

#include <cstddef>
#include <string_view>

#include "oncoguide/common/date.h"
#include "oncoguide/common/status.h"

namespace oncoguide::records {

enum class DateOrder { kUnknown, kDayFirst, kMonthFirst };

// "dmy" -> kDayFirst, "mdy" -> kMonthFirst ("" -> kUnknown). Errors name the accepted words.
Result<DateOrder> ParseDateOrder(std::string_view text);

// Largest FHIR resource read (a Bundle entry, an NDJSON line; fhir_stream.h). 64 MiB: a lab
// result is a few kilobytes; this leaves room for narratives and small attachments.
inline constexpr std::size_t kMaxFhirResourceBytes = std::size_t{64} << 20;

// What the readers need beyond the bytes. Defaults: order unknown, today from the system clock.
struct ReadOptions {
  DateOrder date_order = DateOrder::kUnknown;
  // Dates after `latest_date` are refused (a date in the future is a typo such as 9999-12-31).
  // Default: today (UTC) plus one day for time zones.
  Date latest_date = DefaultLatestDate();
  // Largest FHIR resource (Bundle entry, NDJSON line) read; larger is an error naming it.
  std::size_t max_fhir_resource_bytes = kMaxFhirResourceBytes;

  static Date DefaultLatestDate();
};

// Parses one date. `given` is the caller's order; `*seen` is the order evident from the dates
// read so far in this file (updated; pass the same variable for every date of a file).
// Errors carry the cause and a hint, no location.
Result<Date> ParseLabDate(std::string_view text, DateOrder given, DateOrder* seen);

// Refuses a date after options.latest_date ("date 9999-12-31 is in the future").
Status CheckNotFuture(Date date, const ReadOptions& options);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_LAB_DATE_H_
