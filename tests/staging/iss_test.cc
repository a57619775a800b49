#include "oncoguide/staging/iss.h"

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
using testing::Therapy;
using testing::WithRange;

StagingSummary StageOf(std::vector<Observation> obs) {
  return ComputeIssStages(SelectAtDiagnosis(Record(std::move(obs))));
}

std::optional<Stage> S(int n) {
  if (n == 0) return std::nullopt;
  return static_cast<Stage>(n);
}

bool Mentions(const std::vector<std::string>& list, std::string_view what) {
  for (const std::string& s : list) {
    if (s.find(what) != std::string::npos) return true;
  }
  return false;
}

// ---- ISS -------------------------------------------------------------------------------------

struct IssCase {
  const char* name;
  std::optional<double> b2m;      // mg/L
  std::optional<double> albumin;  // g/dL
  int stage;                      // 0 = null
  const char* missing;            // expected in `missing` when null
};

class StagingIssTest : public ::testing::TestWithParam<IssCase> {};

TEST_P(StagingIssTest, Stage) {
  const IssCase& c = GetParam();
  std::vector<Observation> obs;
  if (c.b2m) obs.push_back(Obs(Analyte::kBeta2Microglobulin, *c.b2m, "mg/L"));
  if (c.albumin) obs.push_back(Obs(Analyte::kAlbumin, *c.albumin, "g/dL"));
  StagingSummary s = StageOf(obs);
  EXPECT_EQ(s.iss, S(c.stage)) << s.explanation;
  if (c.stage == 0) {
    EXPECT_TRUE(Mentions(s.missing, c.missing)) << s.explanation;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Thresholds, StagingIssTest,
    ::testing::Values(
        IssCase{"b2m_below_3_5_alb_at_3_5", 3.49, 3.5, 1, ""},
        IssCase{"b2m_at_3_5", 3.5, 3.5, 2, ""}, IssCase{"b2m_above_3_5", 3.51, 4.0, 2, ""},
        IssCase{"alb_below_3_5", 3.4, 3.49, 2, ""}, IssCase{"alb_above_3_5", 3.4, 3.51, 1, ""},
        IssCase{"b2m_below_5_5", 5.49, 3.0, 2, ""}, IssCase{"b2m_at_5_5", 5.5, 4.0, 3, ""},
        IssCase{"b2m_above_5_5", 5.51, 4.0, 3, ""},
        IssCase{"b2m_5_5_albumin_missing", 5.5, std::nullopt, 3, ""},
        IssCase{"b2m_4_albumin_missing", 4.0, std::nullopt, 2, ""},
        IssCase{"b2m_low_albumin_missing", 3.0, std::nullopt, 0, "albumin"},
        IssCase{"b2m_missing", std::nullopt, 4.0, 0, "beta-2 microglobulin"}),
    [](const ::testing::TestParamInfo<IssCase>& i) { return std::string(i.param.name); });

TEST(StagingIssUnits, AlbuminInGramsPerLitre) {
  EXPECT_EQ(
      StageOf({Obs(Analyte::kBeta2Microglobulin, 3.0, "mg/L"), Obs(Analyte::kAlbumin, 35, "g/L")})
          .iss,
      Stage::kI);
  EXPECT_EQ(
      StageOf({Obs(Analyte::kBeta2Microglobulin, 3.0, "mg/L"), Obs(Analyte::kAlbumin, 34.9, "g/L")})
          .iss,
      Stage::kII);
}

TEST(StagingIssUnits, B2mInMgPerDl) {
  EXPECT_EQ(StageOf({Obs(Analyte::kBeta2Microglobulin, 0.55, "mg/dL")}).iss, Stage::kIII);
  EXPECT_EQ(
      StageOf({Obs(Analyte::kBeta2Microglobulin, 0.35, "mg/dL"), Obs(Analyte::kAlbumin, 40, "g/L")})
          .iss,
      Stage::kII);
}

// ---- R-ISS and R2-ISS --------------------------------------------------------------------------

struct RissCase {
  const char* name;
  double b2m;                     // mg/L
  std::optional<double> albumin;  // g/dL
  std::optional<double> ldh;      // U/L
  std::optional<double> ldh_uln;  // ref_high
  std::vector<const char*> fish;  // empty vector = no FISH in the record
  bool has_fish;
  int r_iss;  // 0 = null
  int r2_iss;
  std::optional<double> r2_points;
  const char* missing;  // expected in `missing` when R-ISS or R2-ISS is null ("" = none checked)
};

class StagingRissTest : public ::testing::TestWithParam<RissCase> {};

TEST_P(StagingRissTest, Stages) {
  const RissCase& c = GetParam();
  std::vector<Observation> obs = {Obs(Analyte::kBeta2Microglobulin, c.b2m, "mg/L")};
  if (c.albumin) obs.push_back(Obs(Analyte::kAlbumin, *c.albumin, "g/dL"));
  if (c.ldh) obs.push_back(WithRange(Obs(Analyte::kLdh, *c.ldh, "U/L"), std::nullopt, c.ldh_uln));
  if (c.has_fish) {
    if (c.fish.empty()) obs.push_back(Fish("none detected"));
    for (const char* f : c.fish) obs.push_back(Fish(f, 50));
  }
  StagingSummary s = StageOf(obs);
  EXPECT_EQ(s.r_iss, S(c.r_iss)) << s.explanation;
  EXPECT_EQ(s.r2_iss, S(c.r2_iss)) << s.explanation;
  EXPECT_EQ(s.r2_iss_points, c.r2_points) << s.explanation;
  if (*c.missing) {
    EXPECT_TRUE(Mentions(s.missing, c.missing)) << s.explanation;
  }
}

constexpr std::optional<double> kNone = std::nullopt;

INSTANTIATE_TEST_SUITE_P(
    Combinations, StagingRissTest,
    ::testing::Values(
        // R-ISS I needs ISS I, FISH without high-risk CA, LDH not above the ULN.
        RissCase{"riss1", 3.0, 4.0, 200, 250, {}, true, 1, 1, 0.0, ""},
        // A lab's reported negatives ("no del(17p)") are not findings.
        RissCase{"negative_rows_are_not_findings",
                 3.0,
                 4.0,
                 200,
                 250,
                 {"no del(17p)", "t(4;14) not detected", "1q gain: negative"},
                 true,
                 1,
                 1,
                 0.0,
                 ""},
        RissCase{"ldh_at_uln_is_normal", 3.0, 4.0, 250, 250, {}, true, 1, 1, 0.0, ""},
        RissCase{"ldh_above_uln", 3.0, 4.0, 251, 250, {}, true, 2, 2, 1.0, ""},
        RissCase{"riss1_needs_fish", 3.0, 4.0, 200, 250, {}, false, 0, 0, kNone, "FISH"},
        RissCase{"riss1_needs_ldh", 3.0, 4.0, kNone, kNone, {}, true, 0, 0, kNone, "LDH"},
        // R-ISS III: ISS III with high-risk CA or high LDH; decidable without the other.
        RissCase{"riss3_ldh_no_fish", 6.0, 3.0, 400, 250, {}, false, 3, 0, kNone, "FISH"},
        // ISS III gives 1.5 points and LDH at most 1 more: R2-ISS III either way.
        RissCase{
            "riss3_t14_16_no_ldh", 6.0, 3.0, kNone, kNone, {"t(14;16)"}, true, 3, 3, kNone, ""},
        RissCase{"iss3_standard_risk", 6.0, 3.0, 200, 250, {}, true, 2, 3, 1.5, ""},
        RissCase{"iss3_needs_ldh", 6.0, 3.0, kNone, kNone, {}, true, 0, 3, kNone, "LDH"},
        RissCase{"iss2_always_riss2", 4.0, 4.0, kNone, kNone, {}, false, 2, 0, kNone, "FISH"},
        // ISS unknown (albumin missing) but LDH high rules out R-ISS I and ISS III.
        // R2-ISS: ISS I or II plus high LDH is 1 or 2 points, stage II or III.
        RissCase{
            "albumin_missing_ldh_high", 3.0, kNone, 300, 250, {}, true, 2, 0, kNone, "albumin"},
        // R2-ISS cut-points: 0 | 0.5-1 | 1.5-2.5 | 3-5.
        RissCase{"r2_0_5_gain1q", 3.0, 4.0, 200, 250, {"gain(1q)"}, true, 1, 2, 0.5, ""},
        RissCase{"r2_1_iss2", 4.0, 4.0, 200, 250, {}, true, 2, 2, 1.0, ""},
        RissCase{"r2_1_5_iss2_amp1q", 4.0, 4.0, 200, 250, {"amp(1q)"}, true, 2, 3, 1.5, ""},
        RissCase{"r2_2_5_iss2_ldh_1q", 4.0, 4.0, 300, 250, {"gain(1q)"}, true, 2, 3, 2.5, ""},
        RissCase{"r2_3_iss2_del17p_t4_14",
                 4.0,
                 4.0,
                 200,
                 250,
                 {"del(17p)", "t(4;14)"},
                 true,
                 2,
                 4,
                 3.0,
                 ""},
        RissCase{"r2_3_iss3_del17p_1q",
                 6.0,
                 3.0,
                 200,
                 250,
                 {"del(17p)", "gain(1q)"},
                 true,
                 3,
                 4,
                 3.0,
                 ""},
        RissCase{"r2_5_everything",
                 6.0,
                 3.0,
                 300,
                 250,
                 {"del(17p)", "t(4;14)", "amp(1q)"},
                 true,
                 3,
                 4,
                 5.0,
                 ""},
        // t(14;16) counts for R-ISS but not for R2-ISS.
        RissCase{"t14_16_not_in_r2", 6.0, 3.0, 200, 250, {"t(14;16)"}, true, 3, 3, 1.5, ""},
        // R2-ISS IV whatever LDH shows: stage given, points not.
        RissCase{"r2_stage_without_points",
                 6.0,
                 3.0,
                 kNone,
                 kNone,
                 {"del(17p)", "t(4;14)"},
                 true,
                 3,
                 4,
                 kNone,
                 ""},
        // ISS II, LDH missing: 1 or 2 points, stage II or III.
        RissCase{"r2_needs_ldh", 4.0, 4.0, kNone, kNone, {}, true, 2, 0, kNone, "LDH"}),
    [](const ::testing::TestParamInfo<RissCase>& i) { return std::string(i.param.name); });

TEST(StagingLdh, DefaultUlnIsAssumedAndSaid) {
  StagingSummary at =
      StageOf({Obs(Analyte::kBeta2Microglobulin, 3.0, "mg/L"), Obs(Analyte::kAlbumin, 4.0, "g/dL"),
               Obs(Analyte::kLdh, 250, "U/L"), Fish("none detected")});
  EXPECT_EQ(at.r_iss, Stage::kI);
  EXPECT_NE(at.explanation.find("250 U/L, the upper limit of normal assumed"), std::string::npos)
      << at.explanation;
  StagingSummary above =
      StageOf({Obs(Analyte::kBeta2Microglobulin, 3.0, "mg/L"), Obs(Analyte::kAlbumin, 4.0, "g/dL"),
               Obs(Analyte::kLdh, 251, "U/L"), Fish("none detected")});
  EXPECT_EQ(above.r_iss, Stage::kII);
  EXPECT_EQ(above.r2_iss_points, 1.0);
}

TEST(StagingAtDiagnosis, UsesLastValuesBeforeFirstTherapy) {
  // b2m falls after therapy; the value before therapy stages the disease.
  StagingSummary s =
      StageOf({Obs(Analyte::kBeta2Microglobulin, 2.0, "mg/L", "2024-01-01"),
               Obs(Analyte::kBeta2Microglobulin, 6.0, "mg/L", "2024-02-01"), Therapy("2024-02-01"),
               Obs(Analyte::kBeta2Microglobulin, 2.0, "mg/L", "2024-05-01")});
  EXPECT_EQ(s.iss, Stage::kIII);
  EXPECT_EQ(s.date, testing::D("2024-02-01"));
  EXPECT_NE(s.explanation.find("before the start of therapy (2024-02-01, VRd)"), std::string::npos)
      << s.explanation;
}

TEST(StagingAtDiagnosis, WithoutTherapyUsesEarliestValues) {
  StagingSummary s = StageOf({Obs(Analyte::kBeta2Microglobulin, 6.0, "mg/L", "2024-01-01"),
                              Obs(Analyte::kBeta2Microglobulin, 2.0, "mg/L", "2024-03-01")});
  EXPECT_EQ(s.iss, Stage::kIII);
}

TEST(StagingAtDiagnosis, SpuriousValuesAreLeftOut) {
  Observation bad = Obs(Analyte::kBeta2Microglobulin, 9.0, "mg/L", "2024-01-20");
  bad.spurious = true;
  StagingSummary s = StageOf(
      {Obs(Analyte::kBeta2Microglobulin, 4.0, "mg/L", "2024-01-01"), bad, Therapy("2024-02-01")});
  EXPECT_EQ(s.iss, Stage::kII);
}

TEST(StagingAtDiagnosis, FishPanelIsTheLastBeforeTherapy) {
  // An older panel showed del(17p); the panel just before therapy did not.
  StagingSummary s =
      StageOf({Obs(Analyte::kBeta2Microglobulin, 6.0, "mg/L"), Obs(Analyte::kLdh, 100, "U/L"),
               Fish("del(17p)", 40, "2023-06-01"),
               Fish("none detected", std::nullopt, "2024-01-05"), Therapy("2024-02-01")});
  EXPECT_EQ(s.r_iss, Stage::kII);
}

TEST(StagingExplanation, NamesTheMissingTest) {
  StagingSummary s = StageOf({Obs(Analyte::kBeta2Microglobulin, 3.0, "mg/L"),
                              Obs(Analyte::kAlbumin, 4.0, "g/dL"), Obs(Analyte::kLdh, 100, "U/L")});
  EXPECT_FALSE(s.r_iss.has_value());
  EXPECT_NE(s.explanation.find("R-ISS not assigned"), std::string::npos);
  EXPECT_NE(s.explanation.find("FISH"), std::string::npos);
}

}  // namespace
}  // namespace oncoguide::staging
