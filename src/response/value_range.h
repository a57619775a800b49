// Internal to the response engine: a laboratory result as the range of true values it allows.
//
// An exact result is the one point [v, v]. A result reported against a test's limit is never a
// measured value (issue: "<0.2 g/dL" read as exactly 0.2): "<0.2" is [0, 0.2), ">500" is
// (500, +inf), and "trace" (seen, too small to quantify) is (0, +inf) with no number. Every rule
// then asks whether it holds for every value the range allows (Tri::kYes), for none (kNo), or
// for some only (kUnknown), so that
//   - "below X" rules hold for "<L" only when L <= X (strictly: "<0.2" is below 0.2);
//   - "at least X" rules hold for ">L" when L >= X;
//   - a bounded value never counts as a rise for PD, and never becomes the nadir as a number.
// An open limit is represented by the limit moved inside by twice the comparison tolerance of
// common/compare.h, which makes the strict comparisons above come out right.
#ifndef ONCOGUIDE_SRC_RESPONSE_VALUE_RANGE_H_
#define ONCOGUIDE_SRC_RESPONSE_VALUE_RANGE_H_

#include <limits>
#include <optional>
#include <string>

#include "oncoguide/common/compare.h"
#include "oncoguide/records/record.h"

namespace oncoguide::response::internal {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Range {
  double lo = 0;
  double hi = 0;
  records::ValueBound bound =
      records::ValueBound::kExact;  // how the lab gave it (for explanations)
  double limit = 0;                 // the lab's limit when bound is not kExact/kTrace
  bool derived = false;             // computed from other ranges (dFLC, ratio, nadir)

  static Range Exact(double v) { return Range{v, v, records::ValueBound::kExact, v, false}; }
  bool exact() const { return lo == hi; }
  // The value of an exact range. REQUIRES: exact().
  double value() const { return lo; }
};

// The range an observation allows; nullopt for a null pointer.
std::optional<Range> RangeOf(const records::Observation* o);

// Kleene comparisons over every value the range allows.
Tri IsAtLeast(const Range& r, double threshold);  // v >= threshold
Tri IsAbove(const Range& r, double threshold);    // v > threshold
inline Tri IsBelow(const Range& r, double threshold) { return Not(IsAtLeast(r, threshold)); }
inline Tri IsAtMost(const Range& r, double threshold) { return Not(IsAbove(r, threshold)); }

// The lowest of two results (for nadirs): [min lo, min hi].
Range Lower(const Range& a, const Range& b);
// a - b over the ranges: [a.lo - b.hi, a.hi - b.lo].
Range Difference(const Range& a, const Range& b);
// a / b over the ranges (b > 0); nullopt when b can be 0.
std::optional<Range> Quotient(const Range& a, const Range& b);

// "3.0 g/dL"; "below the test's limit of 0.2 g/dL"; "above the test's limit of 500 mg/L";
// "a trace (seen, but too small to measure)"; for derived ranges "0.1 g/dL or less", "between
// 10 mg/L and 20 mg/L", "more than 5 mg/L".
std::string Describe(records::Analyte a, const Range& r);

}  // namespace oncoguide::response::internal

#endif  // ONCOGUIDE_SRC_RESPONSE_VALUE_RANGE_H_
