// Numbers in explanations: "0.25", "3.0 g/dL", "70%" (see levels.h and evaluate.h).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "evaluate.h"
#include "levels.h"

namespace oncoguide::response::internal {
namespace {

// A value that rounds to zero prints as zero, never "-0" (a negative zero from the input, or a
// tiny negative difference such as a dFLC of -0.001).
double NoNegativeZero(double v) { return std::fabs(v) < 0.005 ? 0 : v; }

// Writes Num(v) into `buf` (at least 400 chars) and returns its end.
char* NumTo(char* buf, double v) {
  v = NoNegativeZero(v);
  // Fast path for the usual lab values: v * 100 rounded to an integer gives the same digits as
  // exact decimal rounding unless v * 100 lies within rounding error of a tie (checked with a
  // wide margin; then, and for negative or large values, to_chars below decides).
  if (!std::signbit(v) && v < 1e9) {
    const double scaled = v * 100;
    const double whole = std::floor(scaled);
    const double frac = scaled - whole;
    if (std::fabs(frac - 0.5) > 1e-4) {
      auto n = static_cast<unsigned long long>(frac > 0.5 ? whole + 1 : whole);
      const unsigned cents = static_cast<unsigned>(n % 100);
      char* end = std::to_chars(buf, buf + 400, n / 100).ptr;
      if (cents != 0) {
        *end++ = '.';
        *end++ = static_cast<char>('0' + cents / 10);
        if (cents % 10 != 0) *end++ = static_cast<char>('0' + cents % 10);
      }
      return end;
    }
  }
  // Same text as fmt "{:.2f}" (both round exactly), without the formatting machinery: this runs
  // for every value in every explanation. 400 chars hold any finite double in fixed notation.
  const std::to_chars_result r = std::to_chars(buf, buf + 400, v, std::chars_format::fixed, 2);
  char* end = r.ptr;
  while (end[-1] == '0') --end;
  if (end[-1] == '.') --end;
  return end;
}

}  // namespace

std::string Num(double v) {
  char buf[400];
  return std::string(buf, NumTo(buf, v));
}

std::string Pct(double fraction) {
  double pct = std::round(fraction * 100);
  if (pct == 0) pct = 0;  // -0 prints as "0%", not "-0%"
  if (!std::isfinite(pct)) return fmt::format("{:.0f}%", pct);
  char buf[400];  // to_chars of an integral value in fixed notation: the same text as {:.0f}
  char* end = std::to_chars(buf, buf + sizeof buf - 1, pct, std::chars_format::fixed, 0).ptr;
  *end++ = '%';
  return std::string(buf, end);
}

std::string Qty(records::Analyte a, double v) {
  // Built in one buffer: this runs for several values of every assessment.
  const std::string_view unit = Info(a).unit;
  char buf[400 + 16];
  char* end = NumTo(buf, v);
  if (unit == "%") {
    *end++ = '%';
    return std::string(buf, end);
  }
  if (unit == "g/dL") {
    if (std::find(buf, end, '.') == end) {
      *end++ = '.';
      *end++ = '0';
    }
  }
  std::string out;
  out.reserve(static_cast<size_t>(end - buf) + 1 + unit.size());
  out.append(buf, end);
  out += ' ';
  out += unit;
  return out;
}

}  // namespace oncoguide::response::internal
