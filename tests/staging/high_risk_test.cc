#include "oncoguide/staging/high_risk.h"

#include <gtest/gtest.h>

#include "oncoguide/staging/at_diagnosis.h"
#include "staging_test_util.h"

namespace oncoguide {
namespace {

using testing::Fish;
using testing::Obs;
using testing::Record;

HighRiskResult Assess(std::vector<Observation> obs) {
  return AssessHighRisk(SelectAtDiagnosis(Record(std::move(obs))));
}

bool Contains(const std::vector<std::string>& list, std::string_view what) {
  for (const std::string& s : list) {
    if (s.find(what) != std::string::npos) return true;
  }
  return false;
}

struct HrCase {
  const char* name;
  std::vector<Observation> obs;
  std::optional<bool> status;
  const char* reason;      // expected in reasons ("" = none checked)
  const char* not_tested;  // expected in not_tested ("" = none checked)
};

class StagingHighRiskTest : public ::testing::TestWithParam<HrCase> {};

TEST_P(StagingHighRiskTest, Status) {
  const HrCase& c = GetParam();
  HighRiskResult h = Assess(c.obs);
  EXPECT_EQ(h.definition, "IMS-IMWG-2025");
  EXPECT_EQ(h.status, c.status);
  if (*c.reason) {
    EXPECT_TRUE(Contains(h.reasons, c.reason)) << c.reason;
  }
  if (*c.not_tested) {
    EXPECT_TRUE(Contains(h.not_tested, c.not_tested)) << c.not_tested;
  }
  if (c.status == true) {
    EXPECT_FALSE(h.reasons.empty());
  } else {
    EXPECT_TRUE(h.reasons.empty());
  }
}

Observation B2m(double v) { return Obs(Analyte::kBeta2Microglobulin, v, "mg/L"); }
Observation Cr(double v, const char* unit = "mg/dL") { return Obs(Analyte::kCreatinine, v, unit); }

INSTANTIATE_TEST_SUITE_P(
    ImsImwg2025, StagingHighRiskTest,
    ::testing::Values(
        // (1) del(17p) > 20% clonal fraction, and/or TP53 mutation.
        HrCase{"del17p_20_pct", {Fish("del(17p)", 20), B2m(2)}, false, "", "TP53"},
        HrCase{"del17p_21_pct", {Fish("del(17p)", 21), B2m(2)}, true, "del(17p) in 21%", ""},
        HrCase{"del17p_no_fraction", {Fish("del(17p)"), B2m(2)}, true, "assumption", ""},
        HrCase{"tp53_mutation", {Obs(Analyte::kTp53Mutation, 1)}, true, "TP53 mutation", "FISH"},
        // (2) IgH translocation with 1q+ and/or del(1p32).
        HrCase{"t4_14_alone", {Fish("t(4;14)", 50)}, false, "", "beta-2 microglobulin"},
        HrCase{"t4_14_gain1q", {Fish("t(4;14)", 50), Fish("gain(1q)", 40)}, true, "t(4;14)", ""},
        HrCase{
            "t14_16_del1p32", {Fish("t(14;16)", 50), Fish("del(1p32)", 30)}, true, "t(14;16)", ""},
        HrCase{"t14_20_amp1q", {Fish("t(14;20)", 50), Fish("amp(1q)", 30)}, true, "t(14;20)", ""},
        HrCase{"t11_14_gain1q", {Fish("t(11;14)", 50), Fish("gain(1q)", 40)}, false, "", ""},
        // (3) monoallelic del(1p32) with 1q+, or biallelic del(1p32).
        HrCase{"del1p32_alone", {Fish("del(1p32)", 30)}, false, "", ""},
        HrCase{
            "del1p32_gain1q", {Fish("del(1p32)", 30), Fish("gain(1q)", 40)}, true, "del(1p32)", ""},
        HrCase{"biallelic_del1p32", {Fish("biallelic del(1p32)", 30)}, true, "biallelic", ""},
        HrCase{"gain1q_alone", {Fish("gain(1q)", 30)}, false, "", ""},
        // (4) b2m >= 5.5 mg/L with creatinine < 1.2 mg/dL.
        HrCase{"b2m_below_5_5", {B2m(5.49), Cr(1.0)}, false, "", "FISH"},
        HrCase{"b2m_at_5_5_creat_1_19", {B2m(5.5), Cr(1.19)}, true, "beta-2 microglobulin 5.5", ""},
        HrCase{"b2m_5_5_creat_at_1_2", {B2m(5.5), Cr(1.2)}, false, "", ""},
        HrCase{"b2m_5_5_creat_umol", {B2m(6), Cr(97, "umol/L")}, true, "normal creatinine", ""},
        HrCase{"b2m_5_5_creat_umol_high", {B2m(6), Cr(107, "umol/L")}, false, "", ""},
        HrCase{"b2m_5_5_creat_missing", {B2m(6)}, false, "", "creatinine"},
        // Nothing to judge by.
        HrCase{"nothing", {Obs(Analyte::kAlbumin, 4, "g/dL")}, std::nullopt, "", "FISH"},
        HrCase{"fish_normal", {Fish("none detected")}, false, "", "beta-2 microglobulin"}),
    [](const ::testing::TestParamInfo<HrCase>& i) { return std::string(i.param.name); });

TEST(StagingHighRiskNotes, NearMissesAreExplained) {
  HighRiskResult h = Assess({Fish("del(17p)", 15), B2m(7), Cr(1.5)});
  EXPECT_EQ(h.status, false);
  EXPECT_TRUE(Contains(h.notes, "15%")) << h.notes.size();
  EXPECT_TRUE(Contains(h.notes, "creatinine 1.5 mg/dL"));
}

}  // namespace
}  // namespace oncoguide
