// Internal to the lab-only reading: one visit's tests, the line's baseline and nadirs, and the
// evaluation of one visit (rules L3-L10 in lab_rules.cc).
#ifndef ONCOGUIDE_SRC_RESPONSE_LAB_LAB_EVALUATE_H_
#define ONCOGUIDE_SRC_RESPONSE_LAB_LAB_EVALUATE_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "lab_value.h"
#include "oncoguide/response/lab/lab_report.h"
#include "oncoguide/response/lab/lab_rules.h"

namespace oncoguide::response::lab {

// The two M-protein measures the rules name most.
inline constexpr records::Analyte kSerum = records::Analyte::kSerumMProtein;
inline constexpr records::Analyte kUrine = records::Analyte::kUrineMProtein;

// The tests of one visit: the last usable result of each test within the window.
struct Visit {
  Date first;
  Date last;
  std::array<const records::Observation*, records::kAnalyteCount> obs{};
  std::vector<std::string> spurious;  // values marked as laboratory errors, not used
  const records::Observation* get(records::Analyte a) const { return obs[static_cast<int>(a)]; }
  std::optional<Value> value(records::Analyte a) const {
    const records::Observation* o = get(a);
    if (o == nullptr || (!o->has_value && o->bound != records::ValueBound::kTrace))
      return std::nullopt;
    return Value::Of(*o);
  }
};

// What drives response for a line, its baseline values and its nadirs so far.
struct LineState {
  explicit LineState(const LabRules& r) : rules(r), c(*r.thresholds) {}
  const LabRules& rules;
  const ResponseCriteria& c;
  bool serum_drives = false;
  bool urine_drives = false;
  bool flc_drives = false;
  bool flc_fallback = false;   // urine-only disease with measurable FLC at baseline (rule L5)
  bool kappa_involved = true;  // the baseline's involved light chain (when chain_known)
  bool chain_known = false;
  std::optional<Value> b_serum, b_urine, b_dflc;
  Nadir n_serum, n_urine, n_dflc;
  Nadir n_kappa_diff, n_lambda_diff;  // kappa - lambda and lambda - kappa, for escape (L9)
  const records::Observation* marrow = nullptr;  // the latest marrow plasma-cell result of the line
  std::string isotype;                           // "IgA kappa" when known
  bool antibody_regimen = false;  // daratumumab / isatuximab / elotuzumab in the regimen
};

// The measures of one visit that the rules read, looked up once.
struct Measures {
  std::optional<Value> S;  // serum M-protein (0 when only a negative serum IFE is given)
  std::optional<Value> U;  // 24-hour urine M-protein (likewise)
  std::optional<Value> K;
  std::optional<Value> L;
  bool use_fallback = false;  // rule L5: the light chains stand in for a missing urine
};

// One visit's call while it is decided: the findings and notes of the explanation, in order.
struct Draft {
  LabVisit out;
  std::vector<std::string> parts;  // findings
  std::vector<std::string> notes;  // after the findings, before the call
  std::string call_text;
};

// Evaluates one visit against the line (does not update the nadirs).
LabVisit EvaluateVisit(const Visit& visit, const LineState& line);

// Lowers the line's nadirs with the visit's values (call after EvaluateVisit).
void UpdateNadirs(const Visit& visit, LineState* line);

// The serum (or urine) M-protein of a visit: the electrophoresis value, or 0 when it was not
// measured but immunofixation was negative (nothing detectable).
std::optional<Value> MProtein(const Visit& visit, records::Analyte spep, records::Analyte ife);

}  // namespace oncoguide::response::lab

#endif  // ONCOGUIDE_SRC_RESPONSE_LAB_LAB_EVALUATE_H_
