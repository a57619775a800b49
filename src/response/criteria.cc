// Response criteria tables. Every threshold names its source.
//
// IMWG 2016: Kumar S, et al. International Myeloma Working Group consensus criteria for response
// and minimal residual disease assessment in multiple myeloma. Lancet Oncol 2016;17:e328-e346,
// Table 3 (response and MRD criteria) and its footnotes (measurable disease, PD, confirmation).
// IMWG 2011: Rajkumar SV, et al. Consensus recommendations for the uniform reporting of clinical
// trials: report of the International Myeloma Workshop Consensus Panel 1. Blood 2011;117:4691-95,
// the response criteria table (MR added; the >=1 g/dL serum rule refers to the starting value).
//
// Nadir reading. The 2016 table measures PD from the "lowest confirmed response value"; the 2011
// text says the lowest value need not be confirmed. This engine uses the lowest value since the
// start of the line (baseline included) for both versions, leaving out values the user marked as
// laboratory errors (2016 note). It detects progression no later than the confirmed-nadir reading
// would, and every biochemical PD still needs a confirming consecutive assessment, which guards
// against one stray low value. Recorded in `nadir_rule` and printed with the criteria.
//
// Not modelled (the records carry no such fields): circulating plasma cells (2016 PD), growth of
// one lesion's longest diameter, hypercalcaemia as PD (2011; a clinical-relapse sign in 2016).
#include "oncoguide/response/criteria.h"

#include <array>
#include <string>

#include "oncoguide/common/text.h"

namespace oncoguide::response {
namespace {

constexpr std::string_view kK16 = "Kumar 2016, Lancet Oncol 17:e328, Table 3";
constexpr std::string_view kK16Measurable =
    "Kumar 2016, Lancet Oncol 17:e328, Table 3 footnote (measurable disease)";
constexpr std::string_view kK16Pd =
    "Kumar 2016, Lancet Oncol 17:e328, Table 3 (progressive disease)";
constexpr std::string_view kK16Mrd = "Kumar 2016, Lancet Oncol 17:e328, Table 3 (MRD criteria)";
constexpr std::string_view kR11 = "Rajkumar 2011, Blood 117:4691, response criteria table";
constexpr std::string_view kR11Pd =
    "Rajkumar 2011, Blood 117:4691, response criteria table (progressive disease)";

// Neither IMWG paper gives a maximum age for baseline values; trials do. US cooperative-group
// myeloma trials require SPEP, UPEP and serum FLC within 28 days before randomisation, and a
// marrow within 28 days when marrow is followed for response (ClinicalTrials.gov eligibility
// text, as collected in the ClinicalTrialsElig corpus). We follow that window for every
// baseline measure.
constexpr std::string_view kBaselineWindow =
    "oncoguide's choice, not an IMWG rule (Kumar 2016 sets no baseline window): myeloma trial "
    "protocols measure SPEP, UPEP and serum FLC at screening within 28 days before the first "
    "dose, as in ClinicalTrials.gov eligibility texts";

// IMWG assesses "consecutive assessments" without saying how close two blood draws may be to be
// one. In routine care SPEP and the free light chains are often drawn a few days apart; treating
// them as two assessments would call each from half of the tests. Seven days is shorter than a
// third of the shortest (21-day) treatment cycle, the same window as the lab-only reading (rule
// L1, response/lab/lab_rules.cc). A repeat of a test starts a new assessment, so a confirming
// repeat is never merged into the visit it confirms (Kumar 2016 Table 3 note: two consecutive
// assessments, no minimum interval).
constexpr std::string_view kVisitWindow =
    "oncoguide's choice, not an IMWG rule (Kumar 2016 sets no visit window): tests less than 7 "
    "days after a visit's first test are one assessment (a third of a 21-day cycle); a repeat "
    "of a test starts a new one, so confirmation by consecutive assessments is kept";

// Daratumumab adds at most 0.20 g/dL to the SPEP M-spike; the authors advise the drug-removing
// IFE (Hydrashift) for co-migrating IgG-kappa bands with small M-spikes.
constexpr std::string_view kInterference =
    "Kirchhoff DC, Murata K, Thoren KL. Use of a daratumumab-specific immunofixation assay to "
    "assess possible immunotherapy interference at a major cancer center. J Appl Lab Med "
    "2021;6(6). doi:10.1093/jalm/jfab055 (results: daratumumab adds at most 0.20 g/dL on SPEP)";

constexpr std::string_view kNadirRule =
    "PD is measured from the lowest value since the start of the line (baseline included), "
    "leaving out values marked as laboratory errors; confirmation of the nadir is not required "
    "(2011 reading; see criteria.cc for why this is also used with the 2016 table)";

constexpr ResponseCriteria kImwg2016{
    .id = "IMWG-2016",
    .citation =
        "Kumar S, Paiva B, Anderson KC, et al. International Myeloma Working Group "
        "consensus criteria for response and minimal residual disease assessment in "
        "multiple myeloma. Lancet Oncol 2016;17(8):e328-e346. "
        "doi:10.1016/S1470-2045(16)30206-6",
    .baseline_window_days = {28, kBaselineWindow},
    .visit_window_days = {7, kVisitWindow},
    .measurable_serum_g_dl = {1.0, kK16Measurable},
    .measurable_urine_mg_24h = {200, kK16Measurable},
    .measurable_iflc_mg_l = {100, kK16Measurable},
    .flc_ratio_low = {0.26, kK16Measurable},
    .flc_ratio_high = {1.65, kK16Measurable},
    .pr_serum_reduction = {0.50, kK16},
    .pr_urine_reduction = {0.90, kK16},
    .pr_urine_below_mg_24h = {200, kK16},
    .pr_dflc_reduction = {0.50, kK16},
    .pr_bmpc_reduction = {0.50, kK16},
    .pr_bmpc_baseline_min = {30, kK16},
    .pr_spd_reduction = {0.50, kK16},
    .vgpr_serum_reduction = {0.90, kK16},
    .vgpr_urine_below_mg_24h = {100, kK16},
    .vgpr_dflc_reduction = {0.90, kK16},
    .mr_serum_reduction = {0.25, kK16},
    .mr_urine_reduction = {0.50, kK16},
    .mr_spd_reduction = {0.25, kK16},
    .cr_bmpc_below = {5, kK16},
    .pd_relative_increase = {0.25, kK16Pd},
    .pd_serum_abs_g_dl = {0.5, kK16Pd},
    .pd_serum_high_nadir_g_dl = {5.0, kK16Pd},
    .pd_serum_high_nadir_abs_g_dl = {1.0, kK16Pd},
    .high_nadir_rule_uses_baseline = false,
    .pd_urine_abs_mg_24h = {200, kK16Pd},
    .pd_dflc_abs_mg_l = {100, kK16Pd},
    .pd_bmpc_abs_points = {10, kK16Pd},
    .pd_spd_increase = {0.50, kK16Pd},
    .has_mrd_categories = true,
    .mrd_sensitivity = {1e-5, kK16Mrd},
    .mrd_sustained_days = {365, kK16Mrd},
    .antibody_interference_g_dl = {0.2, kInterference},
    .nadir_rule = kNadirRule,
};

constexpr ResponseCriteria kImwg2011{
    .id = "IMWG-2011",
    .citation =
        "Rajkumar SV, Harousseau JL, Durie B, et al. Consensus recommendations for the "
        "uniform reporting of clinical trials: report of the International Myeloma "
        "Workshop Consensus Panel 1. Blood 2011;117(18):4691-4695. "
        "doi:10.1182/blood-2010-10-299487",
    .baseline_window_days = {28, kBaselineWindow},
    .visit_window_days = {7, kVisitWindow},
    .measurable_serum_g_dl = {1.0, kR11},
    .measurable_urine_mg_24h = {200, kR11},
    .measurable_iflc_mg_l = {100, kR11},
    .flc_ratio_low = {0.26, kR11},
    .flc_ratio_high = {1.65, kR11},
    .pr_serum_reduction = {0.50, kR11},
    .pr_urine_reduction = {0.90, kR11},
    .pr_urine_below_mg_24h = {200, kR11},
    .pr_dflc_reduction = {0.50, kR11},
    .pr_bmpc_reduction = {0.50, kR11},
    .pr_bmpc_baseline_min = {30, kR11},
    .pr_spd_reduction = {0.50, kR11},
    .vgpr_serum_reduction = {0.90, kR11},
    .vgpr_urine_below_mg_24h = {100, kR11},
    .vgpr_dflc_reduction = {0.90, kR11},
    .mr_serum_reduction = {0.25, kR11},
    .mr_urine_reduction = {0.50, kR11},
    .mr_spd_reduction = {0.25, kR11},
    .cr_bmpc_below = {5, kR11},
    .pd_relative_increase = {0.25, kR11Pd},
    .pd_serum_abs_g_dl = {0.5, kR11Pd},
    .pd_serum_high_nadir_g_dl = {5.0, kR11Pd},
    .pd_serum_high_nadir_abs_g_dl = {1.0, kR11Pd},
    .high_nadir_rule_uses_baseline = true,
    .pd_urine_abs_mg_24h = {200, kR11Pd},
    .pd_dflc_abs_mg_l = {100, kR11Pd},
    .pd_bmpc_abs_points = {10, kR11Pd},
    .pd_spd_increase = {0.50, kR11Pd},
    .has_mrd_categories = false,
    .mrd_sensitivity = {1e-5, kR11},
    .mrd_sustained_days = {365, kR11},
    .antibody_interference_g_dl = {0.2, kInterference},
    .nadir_rule = kNadirRule,
};

constexpr std::array<const ResponseCriteria*, 2> kAll = {&kImwg2016, &kImwg2011};

constexpr CriteriaRow kRows[] = {
    {"measurable serum (g/dL)", &ResponseCriteria::measurable_serum_g_dl},
    {"measurable urine (mg/24h)", &ResponseCriteria::measurable_urine_mg_24h},
    {"measurable involved FLC (mg/L)", &ResponseCriteria::measurable_iflc_mg_l},
    {"normal FLC ratio from", &ResponseCriteria::flc_ratio_low},
    {"normal FLC ratio to", &ResponseCriteria::flc_ratio_high},
    {"PR serum reduction", &ResponseCriteria::pr_serum_reduction},
    {"PR urine reduction", &ResponseCriteria::pr_urine_reduction},
    {"PR urine below (mg/24h)", &ResponseCriteria::pr_urine_below_mg_24h},
    {"PR dFLC reduction", &ResponseCriteria::pr_dflc_reduction},
    {"PR marrow reduction", &ResponseCriteria::pr_bmpc_reduction},
    {"PR marrow baseline at least (%)", &ResponseCriteria::pr_bmpc_baseline_min},
    {"PR plasmacytoma SPD reduction", &ResponseCriteria::pr_spd_reduction},
    {"VGPR serum reduction", &ResponseCriteria::vgpr_serum_reduction},
    {"VGPR urine below (mg/24h)", &ResponseCriteria::vgpr_urine_below_mg_24h},
    {"VGPR dFLC reduction", &ResponseCriteria::vgpr_dflc_reduction},
    {"MR serum reduction", &ResponseCriteria::mr_serum_reduction},
    {"MR urine reduction", &ResponseCriteria::mr_urine_reduction},
    {"MR plasmacytoma SPD reduction", &ResponseCriteria::mr_spd_reduction},
    {"CR marrow plasma cells below (%)", &ResponseCriteria::cr_bmpc_below},
    {"PD relative increase", &ResponseCriteria::pd_relative_increase},
    {"PD serum absolute (g/dL)", &ResponseCriteria::pd_serum_abs_g_dl},
    {"PD serum high nadir from (g/dL)", &ResponseCriteria::pd_serum_high_nadir_g_dl},
    {"PD serum abs. after high nadir", &ResponseCriteria::pd_serum_high_nadir_abs_g_dl},
    {"PD urine absolute (mg/24h)", &ResponseCriteria::pd_urine_abs_mg_24h},
    {"PD dFLC absolute (mg/L, more than)", &ResponseCriteria::pd_dflc_abs_mg_l},
    {"PD marrow absolute (points)", &ResponseCriteria::pd_bmpc_abs_points},
    {"PD plasmacytoma SPD increase", &ResponseCriteria::pd_spd_increase},
    {"MRD sensitivity", &ResponseCriteria::mrd_sensitivity},
    {"MRD sustained for (days)", &ResponseCriteria::mrd_sustained_days},
    {"baseline at most (days before start)", &ResponseCriteria::baseline_window_days},
    {"one visit: tests within (days)", &ResponseCriteria::visit_window_days},
    {"antibody interference up to (g/dL)", &ResponseCriteria::antibody_interference_g_dl},
};

}  // namespace

const ResponseCriteria& Imwg2016() { return kImwg2016; }
const ResponseCriteria& Imwg2011() { return kImwg2011; }
std::span<const ResponseCriteria* const> AllCriteria() { return kAll; }
std::span<const CriteriaRow> CriteriaRows() { return kRows; }

const ResponseCriteria* FindCriteria(std::string_view id) {
  for (const ResponseCriteria* c : kAll) {
    if (AsciiLower(c->id) == AsciiLower(id)) return c;
  }
  return nullptr;
}

}  // namespace oncoguide::response
