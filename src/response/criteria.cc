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

namespace oncoguide {
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
    "Trial eligibility practice: SPEP, UPEP and serum FLC (and marrow when followed for "
    "response) within 28 days before randomisation; ClinicalTrials.gov eligibility text, "
    "https://easymed.ai/models/joseph-gordon/ClinicalTrialsElig/git/ci/main/tree/clusters/"
    "ordered9kclusters/clust_1142.txt (IMWG sets no window)";

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

}  // namespace

const ResponseCriteria& Imwg2016() { return kImwg2016; }
const ResponseCriteria& Imwg2011() { return kImwg2011; }
std::span<const ResponseCriteria* const> AllCriteria() { return kAll; }

const ResponseCriteria* FindCriteria(std::string_view id) {
  for (const ResponseCriteria* c : kAll) {
    if (AsciiLower(c->id) == AsciiLower(id)) return c;
  }
  return nullptr;
}

}  // namespace oncoguide
