// Internal to the lab-only reading: the response level one measure supports at a visit (rules
// L3-L5: serum and urine M-protein, the difference between the free light chains), with the
// sentence that explains it. Used by the visit's call (lab_evaluate.cc) and by progression
// (lab_progression.cc) for the light-chain difference's wording.
#ifndef ONCOGUIDE_SRC_RESPONSE_LAB_LAB_LEVELS_H_
#define ONCOGUIDE_SRC_RESPONSE_LAB_LAB_LEVELS_H_

#include <string>

#include "lab_evaluate.h"
#include "lab_value.h"
#include "oncoguide/response/category.h"

namespace oncoguide::response::lab {

// For the mg/L unit of light-chain values.
inline constexpr records::Analyte kFlc = records::Analyte::kKappaFlc;

// The range of categories one measure supports: `worst` holds for every value its bound allows,
// `best` for at least one. Equal for exact values.
struct Level {
  Category worst = Category::kSD;
  Category best = Category::kSD;
  std::string text;
};

// The level of the serum M-protein `v` against the line's baseline (VGPR-lab, PR-lab, MR-lab).
Level SerumLevel(const Value& v, const LineState& s);

// The level of the 24-hour urine M-protein `v` against the line's baseline.
Level UrineLevel(const Value& v, const LineState& s);

// The light-chain difference `d` as text in mg/L (a range when a bound leaves it open).
std::string DiffText(const Value& d);

// The level of the involved-minus-uninvolved light chain difference `d` (VGPR-lab, PR-lab; no
// MR by light chains).
Level DflcLevel(const Value& d, const LineState& s);

}  // namespace oncoguide::response::lab

#endif  // ONCOGUIDE_SRC_RESPONSE_LAB_LAB_LEVELS_H_
