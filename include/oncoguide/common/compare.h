// Threshold comparisons and three-valued logic shared by every clinical rule engine (response,
// staging, diagnosis, high risk).
//
// Values arrive converted to canonical units (35 g/L -> 3.5 g/dL, 177 umol/L -> 2.0018 mg/dL),
// and a conversion can leave a value a few ulps away from a threshold it was written at. Each
// comparison therefore treats values within a relative 1e-9 of the threshold (absolute 1e-9 for
// thresholds below 1) as equal to it; that is far below any laboratory's reporting precision.
//
// Example:
//   AtLeast(3.5000000001, 3.5)  -> true   (equal within tolerance)
//   Above(3.5, 3.5)             -> false
//   And(Tri::kYes, Tri::kUnknown) -> Tri::kUnknown
#ifndef ONCOGUIDE_COMMON_COMPARE_H_
#define ONCOGUIDE_COMMON_COMPARE_H_

#include <algorithm>
#include <cmath>

namespace oncoguide {

// The one tolerance used at every clinical threshold.
inline double Tolerance(double threshold) { return 1e-9 * std::max(1.0, std::fabs(threshold)); }

// value >= threshold
inline bool AtLeast(double value, double threshold) {
  return value >= threshold - Tolerance(threshold);
}
// value > threshold
inline bool Above(double value, double threshold) {
  return value > threshold + Tolerance(threshold);
}
// value < threshold
inline bool Below(double value, double threshold) { return !AtLeast(value, threshold); }
// value <= threshold
inline bool AtMost(double value, double threshold) { return !Above(value, threshold); }

// Kleene three-valued logic for criteria whose inputs may be missing.
enum class Tri { kNo, kYes, kUnknown };

inline Tri TriOf(bool b) { return b ? Tri::kYes : Tri::kNo; }
inline Tri Or(Tri a, Tri b) {
  if (a == Tri::kYes || b == Tri::kYes) return Tri::kYes;
  if (a == Tri::kNo && b == Tri::kNo) return Tri::kNo;
  return Tri::kUnknown;
}
inline Tri And(Tri a, Tri b) {
  if (a == Tri::kNo || b == Tri::kNo) return Tri::kNo;
  if (a == Tri::kYes && b == Tri::kYes) return Tri::kYes;
  return Tri::kUnknown;
}
inline Tri Not(Tri a) {
  return a == Tri::kUnknown ? Tri::kUnknown : (a == Tri::kYes ? Tri::kNo : Tri::kYes);
}

}  // namespace oncoguide

#endif  // ONCOGUIDE_COMMON_COMPARE_H_
