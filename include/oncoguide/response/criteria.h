// Versioned response criteria: every clinical threshold the engine uses, with its source.
//
// One ResponseCriteria instance per published version (IMWG 2016 now, IMWG 2011 beside it); the
// engine reads thresholds only from here, so a new version is a new table, not new code paths
// spread through the engine. Each threshold names the paper and table it comes from, and
// `oncoguide assess --criteria list` prints them.
#ifndef ONCOGUIDE_RESPONSE_CRITERIA_H_
#define ONCOGUIDE_RESPONSE_CRITERIA_H_

#include <span>
#include <string>
#include <string_view>

#include "oncoguide/common/threshold.h"

namespace oncoguide::response {

struct ResponseCriteria {
  std::string_view id;        // "IMWG-2016"
  std::string_view citation;  // full citation of the paper

  // Baseline: a value counts as the line's baseline only when taken within this many days
  // before (or on) the line's start; an older value leaves the analyte without a baseline.
  Threshold baseline_window_days;  // 28

  // Tests dated less than this many days after an assessment's first test belong to that
  // assessment (one visit: SPEP and light chains are often drawn on different days). A repeat
  // of a test already in the visit starts a new assessment, so consecutive assessments for
  // confirmation are never merged. 1 = each date is its own assessment.
  Threshold visit_window_days;  // 7

  // Measurable disease at baseline.
  Threshold measurable_serum_g_dl;    // >= 1.0 g/dL
  Threshold measurable_urine_mg_24h;  // >= 200 mg/24h
  Threshold measurable_iflc_mg_l;     // involved FLC >= 100 mg/L (10 mg/dL)
  Threshold flc_ratio_low;            // normal kappa/lambda ratio 0.26 ...
  Threshold flc_ratio_high;           // ... to 1.65

  // Response (fractions are reductions from baseline: 0.5 = 50% lower).
  Threshold pr_serum_reduction;       // >= 50%
  Threshold pr_urine_reduction;       // >= 90% ...
  Threshold pr_urine_below_mg_24h;    // ... or < 200 mg/24h
  Threshold pr_dflc_reduction;        // >= 50% (FLC-only disease)
  Threshold pr_bmpc_reduction;        // >= 50% (marrow-only disease) ...
  Threshold pr_bmpc_baseline_min;     // ... when baseline BMPC >= 30%
  Threshold pr_spd_reduction;         // >= 50% when plasmacytomas at baseline
  Threshold vgpr_serum_reduction;     // >= 90%
  Threshold vgpr_urine_below_mg_24h;  // < 100 mg/24h
  Threshold vgpr_dflc_reduction;      // >= 90% (FLC-only disease)
  Threshold mr_serum_reduction;       // >= 25%
  Threshold mr_urine_reduction;       // >= 50%
  Threshold mr_spd_reduction;         // >= 25%
  Threshold cr_bmpc_below;            // < 5%

  // Progression (increases from the nadir).
  Threshold pd_relative_increase;          // >= 25%
  Threshold pd_serum_abs_g_dl;             // >= 0.5 g/dL
  Threshold pd_serum_high_nadir_g_dl;      // nadir >= 5 g/dL ...
  Threshold pd_serum_high_nadir_abs_g_dl;  // ... then >= 1 g/dL is enough
  bool high_nadir_rule_uses_baseline;      // 2011: the >=5 g/dL rule refers to the start value
  Threshold pd_urine_abs_mg_24h;           // >= 200 mg/24h
  Threshold pd_dflc_abs_mg_l;              // > 100 mg/L (10 mg/dL)
  Threshold pd_bmpc_abs_points;            // >= 10 percentage points
  Threshold pd_spd_increase;               // >= 50%

  // MRD (2016 only).
  bool has_mrd_categories;
  Threshold mrd_sensitivity;     // 1e-5
  Threshold mrd_sustained_days;  // 365

  // Laboratory interference (not a response rule): a therapeutic IgG-kappa antibody
  // (daratumumab, isatuximab, elotuzumab) adds at most about this much to the serum M-spike, so
  // a positive IFE with an IgG-kappa M-protein at or below it may be the drug itself.
  Threshold antibody_interference_g_dl;  // 0.2 g/dL

  // The nadir reading, documented in criteria.cc.
  std::string_view nadir_rule;
};

// One threshold of the table, for listings (`oncoguide assess --criteria list`): what it is, in
// words, and where it is in ResponseCriteria.
struct CriteriaRow {
  std::string_view name;  // e.g. "PD serum absolute (g/dL)"
  Threshold ResponseCriteria::*member;
};

// Every Threshold member of ResponseCriteria, in declaration order. A new threshold gets a row
// here (tests/response/criteria_test.cc checks that the rows cover the struct).
std::span<const CriteriaRow> CriteriaRows();

// The default criteria version.
const ResponseCriteria& Imwg2016();
const ResponseCriteria& Imwg2011();

// All versions, newest first.
std::span<const ResponseCriteria* const> AllCriteria();

// Looks a version up by id ("IMWG-2016", case-insensitive). nullptr when unknown.
const ResponseCriteria* FindCriteria(std::string_view id);

}  // namespace oncoguide::response

#endif  // ONCOGUIDE_RESPONSE_CRITERIA_H_
