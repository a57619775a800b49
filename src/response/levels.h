// Internal to the response engine: the response level each driving measure supports on one
// assessment date (serum and urine M-protein, dFLC, marrow plasma cells, plasmacytoma SPD), with
// the explanation of that level from the patient's numbers. Thresholds come from
// ResponseCriteria only (criteria.cc names their sources).
#ifndef ONCOGUIDE_SRC_RESPONSE_LEVELS_H_
#define ONCOGUIDE_SRC_RESPONSE_LEVELS_H_

#include <optional>
#include <string>

#include "evaluate.h"
#include "oncoguide/common/compare.h"

namespace oncoguide::response::internal {

// "0.25" for 0.25, "3" for 3.0: at most two decimals, no trailing zeros; never "-0".
std::string Num(double v);

// One measure's contribution: the highest category it supports, or unknown.
struct Level {
  bool known = false;
  Category level = Category::kSD;
  std::string text;     // explanation
  std::string missing;  // what is needed when unknown
};

// Fraction below baseline (0.7 = 70% lower); 0 when the baseline is 0.
double Reduction(double baseline, double v);

// REQUIRES for each: the measure drives response for the line (its baseline is set).
Level SerumLevel(const Day& day, const LineState& s);
Level UrineLevel(const Day& day, const LineState& s);
Level DflcLevel(const Day& day, const LineState& s);
Level MarrowLevel(const LineState& s);
Level SpdLevel(const LineState& s);

// Involved minus uninvolved free light chain on `day`, when both were measured.
std::optional<Range> Dflc(const Day& day, const LineState& s);
// Kappa/lambda ratio on `day`, when both were measured.
std::optional<Range> Ratio(const Day& day);

}  // namespace oncoguide::response::internal

#endif  // ONCOGUIDE_SRC_RESPONSE_LEVELS_H_
