#include "oncoguide/staging/risk_rules.h"

namespace oncoguide::staging {
namespace {

constexpr std::string_view kGreipp =
    "Greipp PR, et al. International staging system for multiple myeloma. J Clin Oncol "
    "2005;23:3412-20 (ISS definition)";
constexpr std::string_view kPalumbo =
    "Palumbo A, et al. Revised International Staging System for multiple myeloma. J Clin Oncol "
    "2015;33:2863-69 (R-ISS definition)";
constexpr std::string_view kDagostino =
    "D'Agostino M, et al. Second Revision of the International Staging System (R2-ISS). J Clin "
    "Oncol 2022;40:3406-18 (additive score and risk groups)";
constexpr std::string_view kLdhDefault =
    "oncoguide default: upper end of common adult LDH reference intervals (IFCC method, about "
    "220-250 U/L); the high end is taken so that LDH is not called high, and a stage not raised, "
    "on an assumed range";
constexpr std::string_view kRajkumar =
    "Rajkumar SV, et al. International Myeloma Working Group updated criteria for the diagnosis "
    "of multiple myeloma. Lancet Oncol 2014;15:e538-48 (Panel: revised IMWG diagnostic criteria)";
constexpr std::string_view kAvet =
    "Avet-Loiseau H, et al. International Myeloma Society/International Myeloma Working Group "
    "Consensus Recommendations on the Definition of High-Risk Multiple Myeloma. J Clin Oncol "
    "2025;43:2739-51, doi:10.1200/JCO-24-01893 (Consensus Genomic Staging, abstract)";

// R2-ISS, verified against the paper's abstract and two independent summaries (ASCO Post, June
// 2022; Blood Cancer J 2025 validation): ISS II 1, ISS III 1.5, del(17p) 1, high LDH 1, t(4;14) 1,
// 1q gain/amplification 0.5; groups by total score: low (I) 0, low-intermediate (II) 0.5-1,
// intermediate-high (III) 1.5-2.5, high (IV) 3-5. The fact sheet's cut-points are confirmed.
const StagingRules kStaging = {
    .id = "ISS-2005/R-ISS-2015/R2-ISS-2022",
    .iss_b2m_low_mg_l = {3.5, kGreipp},
    .iss_albumin_g_dl = {3.5, kGreipp},
    .iss_b2m_high_mg_l = {5.5, kGreipp},
    .r_iss_source = kPalumbo,
    .default_ldh_uln_u_l = {250, kLdhDefault},
    .r2_points_iss2 = {1.0, kDagostino},
    .r2_points_iss3 = {1.5, kDagostino},
    .r2_points_del17p = {1.0, kDagostino},
    .r2_points_ldh_high = {1.0, kDagostino},
    .r2_points_t4_14 = {1.0, kDagostino},
    .r2_points_1q = {0.5, kDagostino},
    .r2_stage2_min = {0.5, kDagostino},
    .r2_stage3_min = {1.5, kDagostino},
    .r2_stage4_min = {3.0, kDagostino},
};

// IMWG 2014. The paper gives SI and conventional units side by side; the records are in
// conventional units (mg/dL, g/dL), so the conventional thresholds apply. The paper's SI figures
// are rounded: 2.75 mmol/L calcium is 11.02 mg/dL and 177 umol/L creatinine is 2.002 mg/dL, so a
// value reported exactly at the SI threshold counts as above the conventional one.
// The renal criterion also allows creatinine clearance < 40 mL/min; the records carry no
// clearance, so only serum creatinine is used and the explanation says so.
const DiagnosisCriteria kImwg2014 = {
    .id = "IMWG-2014",
    .citation = kRajkumar,
    .clonal_bmpc_min_pct = {10, kRajkumar},
    .calcium_above_uln_mg_dl = {1, kRajkumar},
    .calcium_abs_mg_dl = {11, kRajkumar},
    .creatinine_mg_dl = {2, kRajkumar},
    .hemoglobin_below_lln_g_dl = {2, kRajkumar},
    .hemoglobin_abs_g_dl = {10, kRajkumar},
    .lytic_lesions_min = {1, kRajkumar},
    .slim_bmpc_pct = {60, kRajkumar},
    .slim_flc_ratio = {100, kRajkumar},
    .slim_involved_flc_mg_l = {100, kRajkumar},
    .slim_mri_focal_lesions_min = {2, kRajkumar},
    .smm_serum_m_g_dl = {3, kRajkumar},
    .smm_urine_m_mg_24h = {500, kRajkumar},
    .smm_bmpc_max_pct = {60, kRajkumar},
    .flc_ratio_normal_low = {0.26, kRajkumar},
    .flc_ratio_normal_high = {1.65, kRajkumar},
};

// IMS/IMWG 2025 Consensus Genomic Staging, verified against the abstract (PubMed 40489728) and a
// summary of the validation study: high risk when at least one of
//   (1) del(17p) with a cut-off of > 20% cancer clonal fraction (CCF), and/or TP53 mutation;
//   (2) an IgH translocation t(4;14), t(14;16) or t(14;20) along with 1q+ (gain or amplification)
//       and/or del(1p32);
//   (3) monoallelic del(1p32) along with 1q+, or biallelic del(1p32);
//   (4) beta-2 microglobulin >= 5.5 mg/L with normal creatinine (< 1.2 mg/dL).
//
// del(17p) reported without a clonal fraction: counted as meeting criterion (1), and the reason
// says that this is an assumption to check with the laboratory. Why: laboratories report a FISH
// abnormality as present only above their own positivity cut-off, so a bare "del(17p)" is far more
// often above 20% than below; and calling such a patient "not high risk" on a missing number is the
// more harmful error. The alternative (not assessable) would leave status false whenever nothing
// else is met, which hides the finding.
const HighRiskRules kImsImwg2025 = {
    .id = "IMS-IMWG-2025",
    .citation = kAvet,
    .del17p_ccf_pct = {20, kAvet},
    .b2m_mg_l = {5.5, kAvet},
    .normal_creatinine_mg_dl = {1.2, kAvet},
    .del17p_without_fraction_counts = true,
};

}  // namespace

const StagingRules& StagingRules2022() { return kStaging; }
const DiagnosisCriteria& Imwg2014Diagnosis() { return kImwg2014; }
const HighRiskRules& ImsImwg2025HighRisk() { return kImsImwg2025; }

}  // namespace oncoguide::staging
