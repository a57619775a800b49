// Versioned rule sets for staging, diagnosis and high-risk definition: every clinical threshold the
// calculators use, with the paper (and table) it comes from.
//
// Like the response criteria (response/criteria.h), thresholds are data, not constants spread
// through the code: a new version of a definition is a new table. The calculators (iss.h,
// diagnosis.h, high_risk.h) read thresholds only from here. All values are in the canonical units
// of records/analyte.h (mg/L, g/dL, mg/dL, U/L, %, mg/24h, counts).
//
// Comparisons: every threshold is compared exactly as the paper words it ("<", ">=", ">"). To keep
// unit conversions (35 g/L -> 3.5 g/dL) from flipping a value that sits on a threshold, values are
// compared with a relative tolerance of 1e-9 (see oncoguide/common/compare.h): a value within that
// tolerance of a threshold counts as equal to it.
#ifndef ONCOGUIDE_STAGING_RISK_RULES_H_
#define ONCOGUIDE_STAGING_RISK_RULES_H_

#include <string_view>

#include "oncoguide/common/threshold.h"

namespace oncoguide::staging {

// ISS (2005), R-ISS (2015) and R2-ISS (2022).
struct StagingRules {
  std::string_view id;  // "ISS-2005/R-ISS-2015/R2-ISS-2022"

  // ISS: stage I = b2m < 3.5 mg/L and albumin >= 3.5 g/dL; stage III = b2m >= 5.5 mg/L.
  Threshold iss_b2m_low_mg_l;
  Threshold iss_albumin_g_dl;
  Threshold iss_b2m_high_mg_l;

  // R-ISS combines ISS, FISH (del(17p), t(4;14), t(14;16)) and LDH; it has no thresholds of its
  // own.
  std::string_view r_iss_source;

  // LDH is high when above the laboratory's upper limit of normal (R-ISS, R2-ISS). When the
  // record gives no ULN this default is assumed and the explanation says so.
  Threshold default_ldh_uln_u_l;

  // R2-ISS points and stage cut-points (total score: I = 0, II = 0.5-1, III = 1.5-2.5, IV = 3-5).
  Threshold r2_points_iss2;
  Threshold r2_points_iss3;
  Threshold r2_points_del17p;
  Threshold r2_points_ldh_high;
  Threshold r2_points_t4_14;
  Threshold r2_points_1q;
  Threshold r2_stage2_min;
  Threshold r2_stage3_min;
  Threshold r2_stage4_min;
};

// IMWG 2014 diagnostic criteria for multiple myeloma, smoldering myeloma and MGUS.
struct DiagnosisCriteria {
  std::string_view id;        // "IMWG-2014"
  std::string_view citation;  // full citation

  Threshold clonal_bmpc_min_pct;  // MM: clonal BMPC >= 10%
  // CRAB.
  Threshold calcium_above_uln_mg_dl;    // > 1 mg/dL above the ULN ...
  Threshold calcium_abs_mg_dl;          // ... or > 11 mg/dL
  Threshold creatinine_mg_dl;           // serum creatinine > 2 mg/dL (177 umol/L)
  Threshold hemoglobin_below_lln_g_dl;  // > 2 g/dL below the LLN ...
  Threshold hemoglobin_abs_g_dl;        // ... or < 10 g/dL
  Threshold lytic_lesions_min;          // >= 1 osteolytic lesion
  // SLiM biomarkers.
  Threshold slim_bmpc_pct;               // clonal BMPC >= 60%
  Threshold slim_flc_ratio;              // involved/uninvolved FLC ratio >= 100 ...
  Threshold slim_involved_flc_mg_l;      // ... with involved FLC >= 100 mg/L
  Threshold slim_mri_focal_lesions_min;  // > 1 focal lesion on MRI, i.e. >= 2
  // Smoldering myeloma / MGUS.
  Threshold smm_serum_m_g_dl;    // serum M-protein >= 3 g/dL (30 g/L)
  Threshold smm_urine_m_mg_24h;  // urine M-protein >= 500 mg/24h
  Threshold smm_bmpc_max_pct;    // clonal BMPC 10-60% (upper end exclusive: 60% is a SLiM)
  // Evidence of a monoclonal protein for MGUS when serum M-protein is 0: an abnormal FLC ratio.
  Threshold flc_ratio_normal_low;   // 0.26
  Threshold flc_ratio_normal_high;  // 1.65
};

// High-risk multiple myeloma.
struct HighRiskRules {
  std::string_view id;        // "IMS-IMWG-2025"
  std::string_view citation;  // full citation

  Threshold del17p_ccf_pct;           // del(17p) in > 20% of clonal plasma cells
  Threshold b2m_mg_l;                 // b2m >= 5.5 mg/L ...
  Threshold normal_creatinine_mg_dl;  // ... with creatinine < 1.2 mg/dL
  // How a del(17p) reported without a clonal fraction is counted (see risk_rules.cc).
  bool del17p_without_fraction_counts;
};

const StagingRules& StagingRules2022();
const DiagnosisCriteria& Imwg2014Diagnosis();
const HighRiskRules& ImsImwg2025HighRisk();

}  // namespace oncoguide::staging

#endif  // ONCOGUIDE_STAGING_RISK_RULES_H_
