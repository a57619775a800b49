// Internal to the response engine: evaluation of one assessment date against one line's
// baseline, nadir and carried-forward results. See engine.h for the contract.
//
// Files, each readable against Kumar 2016 (Lancet Oncol 17:e328), Table 3:
//   baseline.cc          measurable disease and which measures drive response (footnotes)
//   levels.cc            the response level each driving measure supports (PR/VGPR/MR rows)
//   progression.cc       each progressive-disease criterion (PD row)
//   complete_response.cc the CR and sCR requirements (CR/sCR rows) and the IFE notes
//   evaluate.cc          the category of one assessment from the above
//   value_range.cc       results reported against a test's limit ("<0.2", ">500", trace)
#ifndef ONCOGUIDE_SRC_RESPONSE_EVALUATE_H_
#define ONCOGUIDE_SRC_RESPONSE_EVALUATE_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/records/record.h"
#include "oncoguide/response/assessment.h"
#include "oncoguide/response/criteria.h"
#include "value_range.h"

namespace oncoguide::response::internal {

// The usable (non-spurious) result of each analyte on one date: the last one in input order.
// One assessment's tests: those of one visit (engine.h: tests within the visit window).
struct Day {
  Date date;  // the visit's first test
  Date last;  // the visit's last test (== date for a one-day visit)
  std::array<const records::Observation*, records::kAnalyteCount> obs{};
  std::vector<std::string> spurious;  // "serum M-protein 0.1 g/dL (marked as a lab error)"
  std::vector<std::string> ids;       // FHIR ids of every observation of the date
  // The M-protein's isotype as last given on or before this date ("IgG kappa"), from an
  // `isotype` row or an immunofixation result's text; empty when the records never say it.
  std::string_view isotype;
  const records::Observation* get(records::Analyte a) const { return obs[static_cast<int>(a)]; }
  // The result of `a` on this date as a range (exact values are one point).
  std::optional<Range> value(records::Analyte a) const { return RangeOf(get(a)); }
};

// Which parameters drive response for a line (Kumar 2016, Table 3 footnotes).
enum class Mode { kNone, kMProtein, kFlc, kMarrow };

struct LineState {
  explicit LineState(const ResponseCriteria& c) : criteria(c) {}
  const ResponseCriteria& criteria;
  Mode mode = Mode::kNone;
  bool serum_measurable = false;
  bool urine_measurable = false;
  bool kappa_involved = true;  // meaningful in FLC mode
  std::optional<Range> b_serum, b_urine, b_dflc, b_bmpc, b_spd;
  std::optional<Range> n_serum, n_urine, n_dflc, n_bmpc, n_spd;  // nadirs so far
  // Results of the line so far (carried forward: they need no repeat).
  const records::Observation* bmpc = nullptr;
  const records::Observation* clonality = nullptr;
  const records::Observation* ngf = nullptr;
  const records::Observation* ngs = nullptr;
  const records::Observation* pet = nullptr;
  const records::Observation* spd = nullptr;
  bool antibody_regimen = false;  // daratumumab, isatuximab or elotuzumab in the regimen
};

struct Evaluation {
  Assessment assessment;
  bool imaging_pd = false;  // PD by a new lesion or plasmacytoma growth: needs no confirmation
};

// Sets up mode, measurability and baseline values; returns the baseline for output.
Baseline SetUpLine(
    const std::array<const records::Observation*, records::kAnalyteCount>& last_before_start,
    Date start, LineState* state);

// True when `day` is an assessment for the line (see engine.cc).
bool IsAssessmentDay(const Day& day, const LineState& state);

// Updates the carried-forward results with `day` (call before Evaluate for that day).
void CarryForward(const Day& day, LineState* state);

// Evaluates one assessment day. Does not update nadirs.
Evaluation Evaluate(const Day& day, const LineState& state);

// Lowers the nadirs with `day`'s values (call after Evaluate).
void UpdateNadirs(const Day& day, LineState* state);

// Helpers for explanations.
std::string Qty(records::Analyte a, double v);  // "3.0 g/dL", "150 mg/24h", "45%"
std::string Pct(double fraction);               // 0.7 -> "70%"

}  // namespace oncoguide::response::internal

#endif  // ONCOGUIDE_SRC_RESPONSE_EVALUATE_H_
