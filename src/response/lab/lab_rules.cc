// The rule table of the lab-only reading IMWG-2016-lab (see lab_rules.h).
//
// Sources (verified with the project's search tool, 2026-12-01):
//  - Xu T, Roose J, Williamson M, et al. RWD-derived response in multiple myeloma. PLoS One
//    2023;18(5):e0285125. doi:10.1371/journal.pone.0285125. A rule-based "derived response"
//    algorithm adapted from IMWG for laboratory values captured in routine care (Flatiron
//    database), using "relaxed" IMWG rules: no bone-marrow or imaging data, and a fall in either
//    serum or urine M-protein (not both) for PR. Agreement with an independent review committee
//    was high for responders (>= PR, Cohen's kappa 0.83) and lower for the depth of response
//    (kappa 0.56), because marrow data were left out -- which is why this reading names its
//    categories "-lab" and never replaces the strict one.
//  - Approximating International Myeloma Working Group response criteria from EHR data
//    (Flatiron Health, RVD cohort). Blood 2019;134(Suppl 1):4727. Baseline lab = a value within
//    90 days of the start of the line; test hierarchy SPEP > 24-h UPEP > serum FLC; notes (citing
//    Foster RB, et al. Blood 2018;132(Suppl 1):3536) that 24-hour urine tests are seldom done in
//    routine care.
//  - Cardenas MC, Inigo B, Ortega I, et al. Can urine studies be replaced by serum free light
//    chains measurements to assign responses in multiple myeloma patients? Front Oncol
//    2022;12:1056293. doi:10.3389/fonc.2022.1056293. Serum FLC in place of urine studies gave
//    comparable monitoring; in light-chain myeloma serum FLC could be used for monitoring.
//  - Responses in multiple myeloma should be assigned according to serum, not urine, free light
//    chain measurements. Leukemia 2019. doi:10.1038/s41375-018-0339-y (PMID 30573778).
//  - Brioli A, et al. Serum free immunoglobulin light chain evaluation as a marker of the impact
//    from intraclonal heterogeneity on myeloma outcome. Blood 2014;123(22):3414-3419. Relapse as
//    "FLC escape" (rising free light chains without the whole paraprotein) in 54 of 520 patients.
//  - Kumar S, et al. IMWG consensus criteria for response and MRD assessment. Lancet Oncol
//    2016;17:e328-e346, Table 3: every response and progression threshold (read from Imwg2016()).
//
// Visit window (rule L1). Routine care draws SPEP, FLC and IFE at one visit, but results can carry
// different dates (send-out FLC, a 24-hour urine collected over the days around the visit, a
// repeat draw). The shortest usual treatment cycle is 21 days (e.g. VRd), and visits in
// maintenance are monthly or rarer, so a 7-day window (a test joins a visit when it lies 0-6
// days after the visit's first test) joins the tests of one visit and never merges two real
// visits. The window is anchored at the visit's first test (not chained), so weekly tests during
// a hospital stay stay separate visits. Configurable (LabOptions::visit_window_days).
#include "oncoguide/response/lab/lab_rules.h"

#include <array>

#include "oncoguide/common/text.h"

namespace oncoguide::response {
namespace {

constexpr std::string_view kXu = "Xu 2023, PLoS One 18:e0285125 (derived response, Methods)";
constexpr std::string_view kAsh19 = "Blood 2019;134(Suppl 1):4727 (EHR-derived IMWG response)";
constexpr std::string_view kK16 = "Kumar 2016, Lancet Oncol 17:e328, Table 3";

constexpr std::array kRules = {
    LabRule{"L1",
            "Tests dated less than 7 days after a visit's first test form one visit; a visit "
            "never spans the start of a line of therapy. The last result of each test in the "
            "window is used.",
            "oncoguide choice (lab_rules.cc: shorter than a third of the shortest 21-day cycle)"},
    LabRule{"L2",
            "Baseline: the last value of each test on or before the line's start, and no older "
            "than 90 days.",
            kAsh19},
    LabRule{"L3",
            "Response is driven by serum M-protein >= 1.0 g/dL and/or 24-hour urine M-protein "
            ">= 200 mg; otherwise by the involved free light chain >= 100 mg/L with an abnormal "
            "kappa/lambda ratio (also for a small heavy-chain spike, IgA or IgD with a low "
            "SPEP); bone marrow alone is not a lab-only driver.",
            "Kumar 2016 Table 3 footnotes (measurable disease); hierarchy as Blood 2019 4727"},
    LabRule{"L4",
            "When serum and urine both drive, a visit without a 24-hour urine is called from "
            "the serum alone (and the reverse); when both were measured, both must meet the "
            "category.",
            kXu},
    LabRule{"L5",
            "Urine-only (Bence Jones) disease with a measurable free light chain at baseline: a "
            "visit without a 24-hour urine is called from the light-chain difference.",
            "Cardenas 2022, Front Oncol 12:1056293; Leukemia 2019 doi:10.1038/s41375-018-0339-y"},
    LabRule{"L6",
            "VGPR-lab, PR-lab, MR-lab: the strict IMWG 2016 reductions from baseline (serum 90/"
            "50/25%, urine < 100 mg or 90%/< 200 mg or 90%/50%, light-chain difference 90/50%, "
            "no MR by light chains).",
            kK16},
    LabRule{"L7",
            "CR-lab: the M-spike is not seen on electrophoresis (or immunofixation is negative), "
            "urine M-protein below 200 mg/24 h or not measured (not seen when urine drives), "
            "a normal kappa/lambda ratio when measured (required when light chains drive), and "
            "negative immunofixation and marrow plasma cells below 5% when those were done. "
            "Never sCR.",
            "Xu 2023 (no marrow); thresholds Kumar 2016 Table 3"},
    LabRule{"L8",
            "PD-lab from the lowest value of the line (baseline included): serum +25% and "
            "+0.5 g/dL (+1 g/dL when the lowest was 5 g/dL or more); urine +25% and +200 mg/24 h; "
            "light-chain difference +25% and more than 100 mg/L when light chains drive.",
            "Kumar 2016 Table 3 (progressive disease)"},
    LabRule{"L9",
            "Light-chain escape: when M-protein drives, or the other light chain becomes the "
            "involved one, a light chain now >= 100 mg/L with an abnormal ratio pointing to it, "
            "whose difference rose by more than 100 mg/L and 25% above its lowest value, is "
            "PD-lab (light-chain escape).",
            "Brioli 2014, Blood 123:3414 (FLC escape); thresholds Kumar 2016 Table 3 (PD)"},
    LabRule{"L10",
            "A value reported as '<x' is below x (never x), '>x' above x, and 'trace' is present "
            "without a number; a category is given only when it holds for every value the bound "
            "allows, otherwise the visit is NE-lab and says why.",
            "oncoguide data model (records/record.h ValueBound)"},
    LabRule{"L11",
            "Each visit gets an unconfirmed call; it is confirmed when the next evaluable visit of "
            "the line meets it too (PD-lab: shows PD-lab too). Visits that are NE-lab are "
            "skipped. Best response = the best confirmed call before confirmed PD-lab.",
            "Kumar 2016 Table 3 notes (two consecutive assessments); skipping NE: oncoguide"},
    LabRule{"L12",
            "Imaging, marrow-only disease and MRD are not part of the lab-only reading; a new "
            "lesion on imaging is named and left to the strict reading.",
            kXu},
};

constexpr std::array kSources = {
    LabSource{"Xu2023",
              "Xu T, Roose J, Williamson M, et al. RWD-derived response in multiple myeloma. "
              "PLoS One 2023;18(5):e0285125. doi:10.1371/journal.pone.0285125",
              "the idea of a lab-only derived response without marrow or imaging; serum OR "
              "urine for a response (L4, L7, L12)"},
    LabSource{"Blood2019",
              "Approximating International Myeloma Working Group response criteria in an "
              "EHR-derived database (Flatiron Health). Blood 2019;134(Suppl 1):4727",
              "90-day baseline window and the SPEP > UPEP > FLC hierarchy (L2, L3); 24-hour "
              "urine seldom done in routine care (citing Foster RB, et al. Blood "
              "2018;132(Suppl 1):3536)"},
    LabSource{"Cardenas2022",
              "Cardenas MC, Inigo B, Ortega I, et al. Can urine studies be replaced by serum "
              "free light chains measurements to assign responses in multiple myeloma "
              "patients? Front Oncol 2022;12:1056293. doi:10.3389/fonc.2022.1056293",
              "serum free light chains in place of a missing 24-hour urine (L5)"},
    LabSource{"Leukemia2019",
              "Responses in multiple myeloma should be assigned according to serum, not urine, "
              "free light chain measurements. Leukemia 2019. doi:10.1038/s41375-018-0339-y",
              "serum free light chains in place of a missing 24-hour urine (L5)"},
    LabSource{"Brioli2014",
              "Brioli A, et al. Serum free immunoglobulin light chain evaluation as a marker of "
              "the impact from intraclonal heterogeneity on myeloma outcome. Blood "
              "2014;123(22):3414-3419",
              "relapse by rising free light chains without the whole paraprotein (L9)"},
    LabSource{"Kumar2016",
              "Kumar S, Paiva B, Anderson KC, et al. International Myeloma Working Group "
              "consensus criteria for response and minimal residual disease assessment in "
              "multiple myeloma. Lancet Oncol 2016;17(8):e328-e346",
              "every response and progression threshold, read from the strict IMWG-2016 table "
              "(L3, L6, L7, L8, L9, L11)"},
};

const LabRules kLab2016{
    .id = kLabCriteriaId,
    .version = "1 (2026-12-01)",
    .summary =
        "Lab-only reading beside strict IMWG 2016: what the blood and urine tests alone show "
        "at each visit (categories CR-lab ... PD-lab; never a strict IMWG call)",
    .thresholds = &Imwg2016(),
    .visit_window_days = {7, "oncoguide choice; see lab_rules.cc (rule L1)"},
    .baseline_lookback_days = {90, kAsh19},
    .rules = kRules,
    .sources = kSources,
};

}  // namespace

const LabRules& Imwg2016LabRules() { return kLab2016; }

bool IsLabCriteriaId(std::string_view id) { return AsciiLower(id) == AsciiLower(kLabCriteriaId); }

}  // namespace oncoguide::response
