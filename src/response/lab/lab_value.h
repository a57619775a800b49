// Internal to the lab-only reading: a lab value as the interval its report allows (rule L10).
//
// "1.2" is [1.2, 1.2]; "<0.2" is [0, 0.2] (never 0.2 itself as a measurement); ">500" is
// [500, inf); "trace" is present, (0, inf), with no number. Every comparison answers yes only
// when it holds for the whole interval, no when it fails for the whole interval, else unknown.
#ifndef ONCOGUIDE_SRC_RESPONSE_LAB_LAB_VALUE_H_
#define ONCOGUIDE_SRC_RESPONSE_LAB_LAB_VALUE_H_

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/compare.h"
#include "oncoguide/records/record.h"

namespace oncoguide::response::lab {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

struct Value {
  double lo = 0;
  double hi = 0;
  records::ValueBound bound = records::ValueBound::kExact;

  static Value Exact(double v) { return Value{v, v, records::ValueBound::kExact}; }
  static Value Of(const records::Observation& o);
  bool exact() const { return bound == records::ValueBound::kExact; }
  bool trace() const { return bound == records::ValueBound::kTrace; }
};

// The lowest value of a measure so far (the nadir): the smallest lower and upper ends seen.
struct Nadir {
  bool set = false;
  double lo = 0;
  double hi = 0;
  void Lower(const Value& v);
  void Lower(double lo_v, double hi_v);
};

// True when the value is certainly 0 (M-spike not seen); kTrace and any positive value: no.
Tri IsZero(const Value& v);
// value < t, value >= t for the whole interval.
Tri IsBelow(const Value& v, double t);
inline Tri IsAtLeast(const Value& v, double t) { return Not(IsBelow(v, t)); }
// value <= baseline * (1 - fraction) (a fall of at least `fraction` from the baseline).
Tri FellBy(const Value& v, const Value& baseline, double fraction);

// Involved minus uninvolved light chain (kappa - lambda when kappa_involved).
Value Difference(const Value& kappa, const Value& lambda, bool kappa_involved);
// kappa / lambda.
Value Ratio(const Value& kappa, const Value& lambda);
// 0.26 <= ratio <= 1.65 (bounds passed in from the criteria table).
Tri RatioNormal(const Value& ratio, double low, double high);

// A rise to `v` from `nadir` of at least `rel` (0.25 = 25%) and at least `abs` (more than `abs`
// when `abs_strict`); with high_ref_min > 0, also a rise of `high_abs` when the nadir is at least
// high_ref_min (the IMWG serum rule for a nadir of 5 g/dL or more).
struct Rise {
  double rel = 0;
  double abs = 0;
  bool abs_strict = false;
  double high_ref_min = 0;
  double high_abs = 0;
};
Tri RoseFrom(const Value& v, const Nadir& nadir, const Rise& rule);

// "3.1 g/dL", "<0.2 g/dL", ">500 mg/L", "trace" (unit from the analyte).
std::string Text(records::Analyte a, const Value& v);
// "3.1 g/dL" for a plain number in the analyte's unit.
std::string Text(records::Analyte a, double v);
// 0.7 -> "70%".
std::string Percent(double fraction);
// "0.25", "3": at most two decimals.
std::string Number(double v);

// The items joined by `sep`: Joined({"a", "b"}, " and ") is "a and b".
std::string Joined(const std::vector<std::string>& v, std::string_view sep);

}  // namespace oncoguide::response::lab

#endif  // ONCOGUIDE_SRC_RESPONSE_LAB_LAB_VALUE_H_
