#include "oncoguide/staging/diagnosis.h"

#include <gtest/gtest.h>

#include <map>

#include "oncoguide/staging/at_diagnosis.h"
#include "staging_test_util.h"

namespace oncoguide::staging {

using records::Analyte;
using records::Observation;

namespace {

using testing::Obs;
using testing::Record;
using testing::WithRange;

enum Expect { kNull, kMm, kSmm, kMgus };

std::optional<DiagnosisCategory> ToCategory(Expect e) {
  switch (e) {
    case kMm:
      return DiagnosisCategory::kMultipleMyeloma;
    case kSmm:
      return DiagnosisCategory::kSmolderingMyeloma;
    case kMgus:
      return DiagnosisCategory::kMgus;
    default:
      return std::nullopt;
  }
}

// Every input present and normal; marrow plasma cells decide between smoldering and MGUS.
std::map<Analyte, Observation> Base(double bmpc) {
  std::map<Analyte, Observation> m;
  for (const Observation& o :
       {Obs(Analyte::kCalcium, 9.5, "mg/dL"), Obs(Analyte::kCreatinine, 0.9, "mg/dL"),
        Obs(Analyte::kHemoglobin, 13, "g/dL"), Obs(Analyte::kLyticLesions, 0),
        Obs(Analyte::kBmPlasmaCells, bmpc, "%"), Obs(Analyte::kKappaFlc, 30, "mg/L"),
        Obs(Analyte::kLambdaFlc, 15, "mg/L"), Obs(Analyte::kMriFocalLesions, 0),
        Obs(Analyte::kSerumMProtein, 1.0, "g/dL"), Obs(Analyte::kUrineMProtein, 100, "mg/24h")}) {
    m[o.analyte] = o;
  }
  return m;
}

struct DxCase {
  const char* name;
  double base_bmpc;  // 15 -> smoldering baseline, 5 -> MGUS baseline
  std::vector<Observation> set;
  std::vector<Analyte> remove;
  Expect expect;
  const char* missing = "";  // expected in `missing` ("" = not checked)
};

class StagingDiagnosisTest : public ::testing::TestWithParam<DxCase> {};

TEST_P(StagingDiagnosisTest, Category) {
  const DxCase& c = GetParam();
  std::map<Analyte, Observation> m = Base(c.base_bmpc);
  for (const Observation& o : c.set) m[o.analyte] = o;
  for (Analyte a : c.remove) m.erase(a);
  std::vector<Observation> obs;
  for (auto& [a, o] : m) obs.push_back(o);
  DiagnosisResult d = Diagnose(SelectAtDiagnosis(Record(obs)));
  EXPECT_EQ(d.category, ToCategory(c.expect)) << d.explanation;
  if (*c.missing) {
    bool found = false;
    for (const std::string& s : d.missing) found |= s.find(c.missing) != std::string::npos;
    EXPECT_TRUE(found) << c.missing << " not in missing; " << d.explanation;
  }
  if (c.expect == kMm) {
    EXPECT_FALSE(d.events.empty());
  }
}

Observation Ca(double v, const char* unit = "mg/dL", std::optional<double> uln = std::nullopt) {
  return WithRange(Obs(Analyte::kCalcium, v, unit), std::nullopt, uln);
}
Observation Hb(double v, const char* unit = "g/dL", std::optional<double> lln = std::nullopt) {
  return WithRange(Obs(Analyte::kHemoglobin, v, unit), lln, std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(
    Imwg2014, StagingDiagnosisTest,
    ::testing::Values(
        DxCase{"smoldering_baseline", 15, {}, {}, kSmm}, DxCase{"mgus_baseline", 5, {}, {}, kMgus},
        // Hypercalcaemia: > 11 mg/dL, or > 1 mg/dL above the ULN.
        DxCase{"calcium_at_11", 15, {Ca(11.0)}, {}, kSmm},
        DxCase{"calcium_above_11", 15, {Ca(11.01)}, {}, kMm},
        DxCase{"calcium_at_uln_plus_1", 15, {Ca(10.5, "mg/dL", 9.5)}, {}, kSmm},
        DxCase{"calcium_above_uln_plus_1", 15, {Ca(10.6, "mg/dL", 9.5)}, {}, kMm},
        DxCase{"calcium_mmol_above", 15, {Ca(2.80, "mmol/L")}, {}, kMm},
        DxCase{"calcium_mmol_below", 15, {Ca(2.70, "mmol/L")}, {}, kSmm},
        // Renal: serum creatinine > 2 mg/dL (177 umol/L).
        DxCase{"creatinine_at_2", 15, {Obs(Analyte::kCreatinine, 2.0, "mg/dL")}, {}, kSmm},
        DxCase{"creatinine_above_2", 15, {Obs(Analyte::kCreatinine, 2.01, "mg/dL")}, {}, kMm},
        DxCase{"creatinine_umol_below", 15, {Obs(Analyte::kCreatinine, 176, "umol/L")}, {}, kSmm},
        DxCase{"creatinine_umol_above", 15, {Obs(Analyte::kCreatinine, 178, "µmol/L")}, {}, kMm},
        // Anaemia: < 10 g/dL, or > 2 g/dL below the LLN.
        DxCase{"hb_at_10", 15, {Hb(10.0)}, {}, kSmm},
        DxCase{"hb_below_10", 15, {Hb(9.99)}, {}, kMm},
        DxCase{"hb_at_lln_minus_2", 15, {Hb(11.0, "g/dL", 13.0)}, {}, kSmm},
        DxCase{"hb_below_lln_minus_2", 15, {Hb(10.9, "g/dL", 13.0)}, {}, kMm},
        DxCase{"hb_g_per_l_at_100", 15, {Hb(100, "g/L")}, {}, kSmm},
        DxCase{"hb_g_per_l_below_100", 15, {Hb(99, "g/L")}, {}, kMm},
        // Bone.
        DxCase{"one_lytic_lesion", 15, {Obs(Analyte::kLyticLesions, 1)}, {}, kMm},
        // SLiM: clonal BMPC >= 60%.
        DxCase{"bmpc_below_60", 59.9, {}, {}, kSmm}, DxCase{"bmpc_at_60", 60, {}, {}, kMm},
        DxCase{"bmpc_at_10", 10, {}, {}, kSmm}, DxCase{"bmpc_below_10", 9.9, {}, {}, kMgus},
        // SLiM: FLC ratio >= 100 with involved FLC >= 100 mg/L.
        DxCase{"flc_ratio_100",
               15,
               {Obs(Analyte::kKappaFlc, 1000, "mg/L"), Obs(Analyte::kLambdaFlc, 10, "mg/L")},
               {},
               kMm},
        DxCase{"flc_ratio_99",
               15,
               {Obs(Analyte::kKappaFlc, 990, "mg/L"), Obs(Analyte::kLambdaFlc, 10, "mg/L")},
               {},
               kSmm},
        DxCase{"flc_involved_at_100",
               15,
               {Obs(Analyte::kKappaFlc, 100, "mg/L"), Obs(Analyte::kLambdaFlc, 1, "mg/L")},
               {},
               kMm},
        DxCase{"flc_involved_below_100",
               15,
               {Obs(Analyte::kKappaFlc, 99, "mg/L"), Obs(Analyte::kLambdaFlc, 0.5, "mg/L")},
               {},
               kSmm},
        DxCase{"flc_lambda_involved",
               15,
               {Obs(Analyte::kKappaFlc, 10, "mg/L"), Obs(Analyte::kLambdaFlc, 1500, "mg/L")},
               {},
               kMm},
        DxCase{"flc_in_mg_per_dl",
               15,
               {Obs(Analyte::kKappaFlc, 100, "mg/dL"), Obs(Analyte::kLambdaFlc, 1, "mg/dL")},
               {},
               kMm},
        // SLiM: > 1 focal lesion on MRI.
        DxCase{"mri_one_lesion", 15, {Obs(Analyte::kMriFocalLesions, 1)}, {}, kSmm},
        DxCase{"mri_two_lesions", 15, {Obs(Analyte::kMriFocalLesions, 2)}, {}, kMm},
        // Smoldering by M-protein with BMPC < 10%.
        DxCase{"serum_m_below_3", 5, {Obs(Analyte::kSerumMProtein, 2.99, "g/dL")}, {}, kMgus},
        DxCase{"serum_m_at_3", 5, {Obs(Analyte::kSerumMProtein, 3.0, "g/dL")}, {}, kSmm},
        DxCase{"serum_m_30_g_per_l", 5, {Obs(Analyte::kSerumMProtein, 30, "g/L")}, {}, kSmm},
        DxCase{"urine_m_below_500", 5, {Obs(Analyte::kUrineMProtein, 499, "mg/24h")}, {}, kMgus},
        DxCase{"urine_m_at_500", 5, {Obs(Analyte::kUrineMProtein, 500, "mg/24h")}, {}, kSmm},
        // Missing inputs.
        DxCase{"smoldering_needs_mri", 15, {}, {Analyte::kMriFocalLesions}, kNull, "MRI"},
        DxCase{"smoldering_needs_calcium", 15, {}, {Analyte::kCalcium}, kNull, "calcium"},
        DxCase{
            "myeloma_despite_missing_mri", 15, {Ca(12)}, {Analyte::kMriFocalLesions}, kMm, "MRI"},
        DxCase{"event_needs_marrow",
               15,
               {Ca(12)},
               {Analyte::kBmPlasmaCells},
               kNull,
               "bone-marrow plasma cells"},
        DxCase{"mgus_needs_urine", 5, {}, {Analyte::kUrineMProtein}, kNull, "urine M-protein"},
        DxCase{"mgus_needs_creatinine", 5, {}, {Analyte::kCreatinine}, kNull, "creatinine"},
        // Event with marrow below 10%: not myeloma by definition, not MGUS (CRAB present).
        DxCase{"crab_with_low_marrow", 5, {Ca(12)}, {}, kNull},
        // Marrow plasma cells reported not clonal.
        DxCase{"not_clonal", 15, {Obs(Analyte::kBmClonality, 0)}, {}, kMgus},
        // No monoclonal protein at all.
        DxCase{"no_monoclonal_protein",
               5,
               {Obs(Analyte::kSerumMProtein, 0, "g/dL"), Obs(Analyte::kUrineMProtein, 0, "mg/24h"),
                Obs(Analyte::kLambdaFlc, 20, "mg/L")},
               {},
               kNull},
        // Only an abnormal FLC ratio (30/15 = 2.0 > 1.65) shows the monoclonal protein.
        DxCase{"light_chain_only",
               5,
               {Obs(Analyte::kSerumMProtein, 0, "g/dL"), Obs(Analyte::kUrineMProtein, 0, "mg/24h")},
               {},
               kMgus}),
    [](const ::testing::TestParamInfo<DxCase>& i) { return std::string(i.param.name); });

TEST(StagingDiagnosisText, RenalCriterionSaysSerumCreatinine) {
  std::map<Analyte, Observation> m = Base(15);
  m[Analyte::kCreatinine] = Obs(Analyte::kCreatinine, 2.5, "mg/dL");
  std::vector<Observation> obs;
  for (auto& [a, o] : m) obs.push_back(o);
  DiagnosisResult d = Diagnose(SelectAtDiagnosis(Record(obs)));
  ASSERT_EQ(d.event_kinds.size(), 1u);
  EXPECT_EQ(d.event_kinds[0], MdeKind::kRenal);
  EXPECT_NE(d.events[0].find("no creatinine clearance"), std::string::npos) << d.events[0];
}

TEST(StagingDiagnosisText, ProvisionalCategoryIsNamed) {
  std::map<Analyte, Observation> m = Base(15);
  m.erase(Analyte::kMriFocalLesions);
  std::vector<Observation> obs;
  for (auto& [a, o] : m) obs.push_back(o);
  DiagnosisResult d = Diagnose(SelectAtDiagnosis(Record(obs)));
  EXPECT_FALSE(d.category.has_value());
  EXPECT_NE(d.explanation.find("would fit smoldering myeloma"), std::string::npos) << d.explanation;
}

}  // namespace
}  // namespace oncoguide::staging
