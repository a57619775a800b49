#include "oncoguide/staging/high_risk.h"

#include <gtest/gtest.h>

#include "oncoguide/staging/at_diagnosis.h"
#include "staging_test_util.h"

namespace oncoguide::staging {

using records::Analyte;
using records::Observation;

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
  const char* reason;             // expected in reasons ("" = none checked)
  const char* not_tested;         // expected in not_tested ("" = none checked)
  const char* would_decide = "";  // expected in would_decide ("" = none checked)
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
  if (*c.would_decide) {
    EXPECT_TRUE(Contains(h.would_decide, c.would_decide))
        << c.would_decide << " not in: " << ::testing::PrintToString(h.would_decide);
  }
  if (c.status == true) {
    EXPECT_FALSE(h.reasons.empty());
  } else {
    EXPECT_TRUE(h.reasons.empty());
  }
  // Unknown exactly when a missing test could still meet a criterion.
  if (c.status != true) EXPECT_EQ(h.status.has_value(), h.would_decide.empty());
}

Observation B2m(double v) { return Obs(Analyte::kBeta2Microglobulin, v, "mg/L"); }
Observation Cr(double v, const char* unit = "mg/dL") { return Obs(Analyte::kCreatinine, v, unit); }
Observation Tp53(bool mutated) { return Obs(Analyte::kTp53Mutation, mutated ? 1 : 0); }

// `obs` plus a TP53 test without a mutation and a normal beta-2 microglobulin: the rest of a
// complete work-up, so that only the FISH panel decides.
std::vector<Observation> Workup(std::vector<Observation> obs) {
  obs.push_back(Tp53(false));
  obs.push_back(B2m(2));
  return obs;
}

INSTANTIATE_TEST_SUITE_P(
    ImsImwg2025, StagingHighRiskTest,
    ::testing::Values(
        // (1) del(17p) > 20% clonal fraction, and/or TP53 mutation.
        HrCase{"del17p_20_pct",
               Workup({Fish("del(17p)", 20), Fish("no gain(1q)"), Fish("no del(1p32)")}), false, "",
               ""},
        HrCase{"del17p_20_pct_1p32_untested",
               {Fish("del(17p)", 20), B2m(2)},
               std::nullopt,
               "",
               "TP53",
               "del(1p32)"},
        HrCase{"del17p_21_pct", {Fish("del(17p)", 21), B2m(2)}, true, "del(17p) in 21%", ""},
        HrCase{"del17p_no_fraction", {Fish("del(17p)"), B2m(2)}, true, "assumption", ""},
        HrCase{"tp53_mutation", {Tp53(true)}, true, "TP53 mutation", "FISH"},
        // (2) IgH translocation with 1q+ and/or del(1p32). Issue 8, case 7: t(4;14) alone on a
        // panel that does not say whether 1q and 1p32 were tested is not "no".
        HrCase{"t4_14_alone_is_unknown", Workup({Fish("t(4;14)", 50)}), std::nullopt, "", "",
               "1q gain"},
        HrCase{"t4_14_alone_1p32_would_decide", Workup({Fish("t(4;14)", 50)}), std::nullopt, "", "",
               "del(1p32)"},
        HrCase{"t4_14_chromosome1_negative",
               Workup({Fish("t(4;14)", 50), Fish("no del(17p)"), Fish("1q gain not detected"),
                       Fish("del(1p32): negative")}),
               false, "", ""},
        HrCase{"t4_14_none_other", Workup({Fish("t(4;14)", 50), Fish("no other abnormality")}),
               false, "", ""},
        HrCase{"t4_14_gain1q", {Fish("t(4;14)", 50), Fish("gain(1q)", 40)}, true, "t(4;14)", ""},
        HrCase{
            "t14_16_del1p32", {Fish("t(14;16)", 50), Fish("del(1p32)", 30)}, true, "t(14;16)", ""},
        HrCase{"t14_20_amp1q", {Fish("t(14;20)", 50), Fish("amp(1q)", 30)}, true, "t(14;20)", ""},
        HrCase{"t11_14_gain1q_untested_1p32",
               {Fish("t(11;14)", 50), Fish("gain(1q)", 40)},
               std::nullopt,
               "",
               "",
               "del(1p32)"},
        HrCase{"t11_14_gain1q_complete",
               Workup({Fish("t(11;14)", 50), Fish("gain(1q)", 40), Fish("no del(17p)"),
                       Fish("no del(1p32)")}),
               false, "", ""},
        // (3) monoallelic del(1p32) with 1q+, or biallelic del(1p32).
        HrCase{
            "del1p32_alone_1q_untested", {Fish("del(1p32)", 30)}, std::nullopt, "", "", "1q gain"},
        HrCase{"del1p32_alone_complete",
               Workup({Fish("del(1p32)", 30), Fish("no gain(1q)"), Fish("no del(17p)")}), false, "",
               ""},
        HrCase{
            "del1p32_gain1q", {Fish("del(1p32)", 30), Fish("gain(1q)", 40)}, true, "del(1p32)", ""},
        HrCase{"biallelic_del1p32", {Fish("biallelic del(1p32)", 30)}, true, "biallelic", ""},
        HrCase{"gain1q_alone", {Fish("gain(1q)", 30)}, std::nullopt, "", "", "del(1p32)"},
        // (4) b2m >= 5.5 mg/L with creatinine < 1.2 mg/dL.
        HrCase{"b2m_below_5_5", {B2m(5.49), Cr(1.0)}, std::nullopt, "", "FISH", "FISH"},
        HrCase{"b2m_at_5_5_creat_1_19", {B2m(5.5), Cr(1.19)}, true, "beta-2 microglobulin 5.5", ""},
        HrCase{"b2m_5_5_creat_at_1_2",
               {Fish("none detected"), Tp53(false), B2m(5.5), Cr(1.2)},
               false,
               "",
               ""},
        HrCase{"b2m_5_5_creat_umol", {B2m(6), Cr(97, "umol/L")}, true, "normal creatinine", ""},
        HrCase{"b2m_5_5_creat_umol_high",
               {Fish("none detected"), Tp53(false), B2m(6), Cr(107, "umol/L")},
               false,
               "",
               ""},
        HrCase{"b2m_5_5_creat_missing",
               {Fish("none detected"), Tp53(false), B2m(6)},
               std::nullopt,
               "",
               "creatinine",
               "creatinine"},
        // Nothing to judge by, or part of the work-up missing.
        HrCase{"nothing", {Obs(Analyte::kAlbumin, 4, "g/dL")}, std::nullopt, "", "FISH", "FISH"},
        HrCase{"fish_normal_b2m_missing",
               {Fish("none detected")},
               std::nullopt,
               "",
               "beta-2 microglobulin",
               "beta-2 microglobulin"},
        HrCase{"fish_normal_tp53_missing",
               {Fish("none detected"), B2m(2)},
               std::nullopt,
               "",
               "TP53",
               "TP53 mutation test"},
        HrCase{"fish_normal_complete", Workup({Fish("none detected")}), false, "", ""}),
    [](const ::testing::TestParamInfo<HrCase>& i) { return std::string(i.param.name); });

TEST(StagingHighRiskNotes, NoneDetectedIsFlaggedAsCoveringThePanel) {
  HighRiskResult h = Assess(Workup({Fish("none detected")}));
  EXPECT_EQ(h.status, false);
  EXPECT_TRUE(Contains(h.notes, "check that the laboratory's panel tested"));
}

TEST(StagingHighRiskNotes, ContradictingProbeIsReadAsNotTested) {
  HighRiskResult h = Assess(Workup(
      {Fish("del(17p)", 10), Fish("no del(17p)"), Fish("no gain(1q)"), Fish("no del(1p32)")}));
  EXPECT_EQ(h.status, std::nullopt);
  EXPECT_TRUE(Contains(h.would_decide, "del(17p)"));
  EXPECT_TRUE(Contains(h.notes, "both as found and as not found"));
}

TEST(StagingHighRiskNotes, NegativeRowIsNotAFinding) {
  // "no del(17p)" must never be read as del(17p) (here: no fraction, which would count).
  HighRiskResult h =
      Assess(Workup({Fish("no del(17p)"), Fish("no gain(1q)"), Fish("no del(1p32)")}));
  EXPECT_EQ(h.status, false);
  EXPECT_TRUE(h.reasons.empty());
}

TEST(StagingHighRiskNotes, NearMissesAreExplained) {
  HighRiskResult h = Assess({Fish("del(17p)", 15), B2m(7), Cr(1.5)});
  EXPECT_EQ(h.status, std::nullopt);  // 1p32 and TP53 not tested
  EXPECT_TRUE(Contains(h.notes, "15%")) << h.notes.size();
  EXPECT_TRUE(Contains(h.notes, "creatinine 1.5 mg/dL"));
}

}  // namespace
}  // namespace oncoguide::staging
