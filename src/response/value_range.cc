// Results as ranges of possible true values (see value_range.h).
#include "value_range.h"

#include <algorithm>

#include "evaluate.h"

namespace oncoguide::response::internal {

using records::ValueBound;

namespace {

// An open limit moved inside the range: far below any laboratory precision, and beyond the
// comparison tolerance, so that "<0.2" is below 0.2 and ">500" is above 500.
double Inside(double limit) { return 2 * Tolerance(limit); }

}  // namespace

std::optional<Range> RangeOf(const records::Observation* o) {
  if (o == nullptr) return std::nullopt;
  const double v = o->value;
  switch (o->bound) {
    case ValueBound::kExact:
      return Range::Exact(v);
    case ValueBound::kBelow:
      return Range{0, std::max(0.0, v - Inside(v)), o->bound, v, false};
    case ValueBound::kAtMost:
      return Range{0, v, o->bound, v, false};
    case ValueBound::kAbove:
      return Range{v + Inside(v), kInfinity, o->bound, v, false};
    case ValueBound::kAtLeast:
      return Range{v, kInfinity, o->bound, v, false};
    case ValueBound::kTrace:
      return Range{Inside(0), kInfinity, o->bound, 0, false};
  }
  return std::nullopt;
}

Tri IsAtLeast(const Range& r, double threshold) {
  if (AtLeast(r.lo, threshold)) return Tri::kYes;
  if (Below(r.hi, threshold)) return Tri::kNo;
  return Tri::kUnknown;
}

Tri IsAbove(const Range& r, double threshold) {
  if (Above(r.lo, threshold)) return Tri::kYes;
  if (AtMost(r.hi, threshold)) return Tri::kNo;
  return Tri::kUnknown;
}

Range Lower(const Range& a, const Range& b) {
  if (a.exact() && b.exact()) return a.lo <= b.lo ? a : b;
  // The one that can be lowest describes the nadir; when the other could be lower still, the
  // nadir is only known to be at most the smaller upper end.
  const Range& low = a.hi <= b.hi ? a : b;
  const Range& other = a.hi <= b.hi ? b : a;
  if (other.lo >= low.lo) return low;
  return Range{other.lo, low.hi, ValueBound::kAtMost, low.hi, true};
}

Range Difference(const Range& a, const Range& b) {
  if (a.exact() && b.exact()) return Range::Exact(a.lo - b.lo);
  return Range{a.lo - b.hi, a.hi - b.lo, ValueBound::kAtMost, a.hi - b.lo, true};
}

std::optional<Range> Quotient(const Range& a, const Range& b) {
  if (a.exact() && b.exact()) {
    if (b.lo <= 0) return std::nullopt;
    return Range::Exact(a.lo / b.lo);
  }
  if (b.hi <= 0) return std::nullopt;
  const double lo = b.hi == kInfinity ? 0 : a.lo / b.hi;
  const double hi = b.lo <= 0 ? kInfinity : a.hi / b.lo;
  return Range{lo, hi, ValueBound::kAtMost, hi, true};
}

std::string Describe(records::Analyte a, const Range& r) {
  if (r.exact()) return Qty(a, r.value());
  if (!r.derived) {
    switch (r.bound) {
      case ValueBound::kBelow:
        return "below the test's limit of " + Qty(a, r.limit);
      case ValueBound::kAtMost:
        return "at or below the test's limit of " + Qty(a, r.limit);
      case ValueBound::kAbove:
        return "above the test's limit of " + Qty(a, r.limit);
      case ValueBound::kAtLeast:
        return "at or above the test's limit of " + Qty(a, r.limit);
      case ValueBound::kTrace:
        return "a trace (seen, but too small to measure)";
      case ValueBound::kExact:
        break;
    }
  }
  if (r.hi == kInfinity) return "more than " + Qty(a, std::max(0.0, r.lo));
  if (r.lo <= 0) return Qty(a, r.hi) + " or less";
  return "between " + Qty(a, r.lo) + " and " + Qty(a, r.hi);
}

}  // namespace oncoguide::response::internal
