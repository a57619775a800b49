// Regression tests for the response-engine cases of issue 8 ("records a patient can trust") and
// the "confirmed PD shown as not yet confirmed" report of issue 9. Records are built directly
// as Observations so that bounded values, isotypes and therapy phases can be given whatever
// the readers support; each test is named after the bug it pins down.
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "oncoguide/response/engine.h"

namespace oncoguide::response {

using records::Analyte;
using records::ValueBound;

namespace {

// One row of a test record: "2024-01-01", analyte, value (and bound), text.
struct Row {
  const char* date;
  Analyte analyte;
  double value = 0;
  const char* text = "";
  ValueBound bound = ValueBound::kExact;
  double sensitivity = 0;
  const char* note = "";
};

records::PatientRecord Record(const std::vector<Row>& rows) {
  records::PatientRecord r;
  r.patient_id = "p";
  r.source = "test";
  int line = 1;
  for (const Row& row : rows) {
    records::Observation o;
    o.date = *Date::Parse(row.date);
    o.analyte = row.analyte;
    o.value = row.value;
    o.text = row.text;
    o.bound = row.bound;
    o.note = row.note;
    if (row.bound == ValueBound::kTrace) {
      o.has_value = false;
      o.value = 0;
    }
    if (row.sensitivity > 0) o.sensitivity = row.sensitivity;
    o.line = ++line;
    r.observations.push_back(o);
  }
  r.SortByDate();
  return r;
}

std::string AllText(const TherapyLine& line) {
  std::string all = line.baseline.explanation + "\n";
  for (const Assessment& a : line.assessments) {
    all += a.date.ToString() + " " + std::string(CategoryName(a.response)) +
           (a.confirmed ? "*" : "") + ": " + a.explanation + "\n";
  }
  for (const std::string& n : line.notes) all += "note: " + n + "\n";
  return all;
}

std::vector<std::string> Calls(const TherapyLine& line) {
  std::vector<std::string> out;
  for (const Assessment& a : line.assessments) {
    out.push_back(std::string(CategoryName(a.response)) + (a.confirmed ? "*" : ""));
  }
  return out;
}

// True when `text` shows a "-0" that is not part of a date ("2024-02-01").
bool HasNegativeZero(const std::string& text) {
  for (size_t i = text.find("-0"); i != std::string::npos; i = text.find("-0", i + 1)) {
    if (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) return true;
  }
  return false;
}

constexpr Analyte kSerum = Analyte::kSerumMProtein;
constexpr Analyte kStart = Analyte::kTherapyStart;

// Case 9: "-0" printed as "-0.0 g/dL".
TEST(Issue8Case9, NegativeZeroPrintsAsZero) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, -0.0},
                                    {"2024-03-01", kSerum, 0.6},
                                    {"2024-04-01", kSerum, 0.7}}));
  const std::string all = AllText(r.lines[0]);
  EXPECT_FALSE(HasNegativeZero(all)) << all;
  EXPECT_NE(all.find("its lowest value 0.0 g/dL"), std::string::npos) << all;
}

TEST(Issue8Case9, TinyNegativeLightChainDifferencePrintsAsZero) {
  ResponseReport r = Assess(Record({{"2024-01-01", Analyte::kKappaFlc, 500},
                                    {"2024-01-01", Analyte::kLambdaFlc, 10},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", Analyte::kKappaFlc, 9.999},
                                    {"2024-02-01", Analyte::kLambdaFlc, 10}}));
  const std::string all = AllText(r.lines[0]);
  EXPECT_FALSE(HasNegativeZero(all)) << all;
}

// Issue 9: the assessment that confirms a progression was shown as "not yet confirmed".
TEST(Issue9, ConfirmedProgressionIsNotShownAsUnconfirmed) {
  ResponseReport r = Assess(Record({{"2024-01-01", Analyte::kKappaFlc, 500},
                                    {"2024-01-01", Analyte::kLambdaFlc, 10},
                                    {"2024-01-02", kStart, 0, "Dara-VRd"},
                                    {"2024-02-01", Analyte::kKappaFlc, 110},
                                    {"2024-02-01", Analyte::kLambdaFlc, 10},
                                    {"2024-03-01", Analyte::kKappaFlc, 240},
                                    {"2024-03-01", Analyte::kLambdaFlc, 10},
                                    {"2024-04-01", Analyte::kKappaFlc, 260},
                                    {"2024-04-01", Analyte::kLambdaFlc, 10}}));
  const TherapyLine& line = r.lines[0];
  EXPECT_EQ(Calls(line), (std::vector<std::string>{"PR", "PD*", "PD*"})) << AllText(line);
  EXPECT_EQ(line.progression_date->ToString(), "2024-03-01");
  const Assessment& last = line.assessments.back();
  EXPECT_TRUE(last.confirmed);
  EXPECT_EQ(last.explanation.find("Not yet confirmed"), std::string::npos) << last.explanation;
  EXPECT_NE(last.explanation.find("This confirms the progression first seen on 2024-03-01"),
            std::string::npos)
      << last.explanation;
  EXPECT_FALSE(line.awaiting_confirmation.has_value());
}

// Case 6: "best response SD" while the latest call was an unconfirmed sCR.
TEST(Issue8Case6, BestIsNotSdWhileBetterCallAwaitsConfirmation) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-20", Analyte::kBmPlasmaCells, 1},
                                    {"2024-02-20", Analyte::kBmClonality, 0},
                                    {"2024-03-01", kSerum, 0},
                                    {"2024-03-01", Analyte::kSerumIfe, 0},
                                    {"2024-03-01", Analyte::kUrineIfe, 0},
                                    {"2024-03-01", Analyte::kKappaFlc, 12},
                                    {"2024-03-01", Analyte::kLambdaFlc, 11}}));
  const TherapyLine& line = r.lines[0];
  EXPECT_EQ(Calls(line), (std::vector<std::string>{"sCR"})) << AllText(line);
  EXPECT_FALSE(line.best_response.has_value());  // nothing confirmed yet: not "SD"
  ASSERT_TRUE(line.awaiting_confirmation.has_value());
  EXPECT_EQ(*line.awaiting_confirmation, Category::kSCR);
  EXPECT_EQ(line.awaiting_confirmation_date->ToString(), "2024-03-01");
}

TEST(Issue8Case6, BestConfirmedAndLatestAwaitingAreSeparate) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 1.2},
                                    {"2024-03-01", kSerum, 1.1},
                                    {"2024-04-01", kSerum, 0.2}}));
  const TherapyLine& line = r.lines[0];
  EXPECT_EQ(Calls(line), (std::vector<std::string>{"PR*", "PR*", "VGPR"})) << AllText(line);
  EXPECT_EQ(*line.best_response, Category::kPR);
  ASSERT_TRUE(line.awaiting_confirmation.has_value());
  EXPECT_EQ(*line.awaiting_confirmation, Category::kVGPR);
}

TEST(Issue8Case6, NothingAwaitsWhenLatestIsNotBetter) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 0.2},
                                    {"2024-03-01", kSerum, 0.2},
                                    {"2024-04-01", kSerum, 0.5}}));
  const TherapyLine& line = r.lines[0];
  EXPECT_EQ(*line.best_response, Category::kVGPR);
  EXPECT_FALSE(line.awaiting_confirmation.has_value());
}

TEST(Issue8Case6, UnconfirmedProgressionAwaitsConfirmation) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 0.5},
                                    {"2024-03-01", kSerum, 0.5},
                                    {"2024-04-01", kSerum, 1.2}}));
  const TherapyLine& line = r.lines[0];
  EXPECT_EQ(*line.best_response, Category::kPR);
  ASSERT_TRUE(line.awaiting_confirmation.has_value());
  EXPECT_EQ(*line.awaiting_confirmation, Category::kPD);
  EXPECT_FALSE(line.progression_date.has_value());
}

// Case 8: the antibody-interference note was shown whatever the M-protein's type.
struct InterferenceCase {
  const char* name;
  Analyte isotype_from;  // kIsotype row or the positive serum IFE's text
  const char* isotype;   // "" = not given
  double m_protein;      // serum M-protein on the IFE date
  const char* expect;    // "note", "may apply" or "none"
};

class Interference : public testing::TestWithParam<InterferenceCase> {};

TEST_P(Interference, OnlyForIgGKappaNearTheInterferenceLevel) {
  const InterferenceCase& c = GetParam();
  std::vector<Row> rows = {
      {"2024-01-01", kSerum, 3.0},
      {"2024-01-02", kStart, 0, "Dara-VRd"},
      {"2024-02-01", kSerum, c.m_protein},
      {"2024-02-01", Analyte::kSerumIfe, 1, c.isotype_from == Analyte::kSerumIfe ? c.isotype : ""}};
  if (c.isotype_from == Analyte::kIsotype && *c.isotype) {
    rows.push_back({"2023-12-01", Analyte::kIsotype, 0, c.isotype});
  }
  ResponseReport r = Assess(Record(rows));
  const std::string all = AllText(r.lines[0]);
  const bool note = all.find("can be the drug itself") != std::string::npos;
  const bool may = all.find("this may apply here") != std::string::npos;
  if (std::string(c.expect) == "note") {
    EXPECT_TRUE(note && !may) << all;
  } else if (std::string(c.expect) == "may apply") {
    EXPECT_TRUE(note && may) << all;
  } else {
    EXPECT_FALSE(note) << all;
  }
}

const InterferenceCase kInterferenceCases[] = {
    {"IgGKappaFromIfeText", Analyte::kSerumIfe, "Positive IgG kappa", 0.1, "note"},
    {"IgGKappaFromIsotypeRow", Analyte::kIsotype, "IgG kappa", 0.2, "note"},
    {"IgGKappaGreekLetter", Analyte::kIsotype, "IgG \u03ba", 0, "note"},
    {"IgGKappaAboveInterferenceLevel", Analyte::kIsotype, "IgG kappa", 0.5, "none"},
    {"LambdaHasNoNote", Analyte::kIsotype, "IgG lambda", 0.1, "none"},
    {"IgALambdaHasNoNote", Analyte::kSerumIfe, "IgA lambda", 0.1, "none"},
    {"LightChainOnlyHasNoNote", Analyte::kIsotype, "Bence Jones kappa", 0, "none"},
    {"UnknownIsotypeMayApply", Analyte::kIsotype, "", 0.1, "may apply"},
};

INSTANTIATE_TEST_SUITE_P(Issue8Case8, Interference, testing::ValuesIn(kInterferenceCases),
                         [](const testing::TestParamInfo<InterferenceCase>& info) {
                           return info.param.name;
                         });

// Case 5: transplant and maintenance entered with therapy_start were read as new lines.
// Induction -> ASCT -> lenalidomide maintenance, reaching sCR and MRD negativity.
std::vector<Row> InductionTransplantMaintenance(const char* transplant_note = "") {
  return {{"2024-01-01", kSerum, 3.0},
          {"2024-01-01", Analyte::kKappaFlc, 300},
          {"2024-01-01", Analyte::kLambdaFlc, 10},
          {"2024-01-02", kStart, 0, "VRd"},
          {"2024-03-01", kSerum, 0.4},
          {"2024-04-01", kSerum, 0.3},
          {"2024-05-01", kStart, 0, "ASCT (melphalan 200)", ValueBound::kExact, 0, transplant_note},
          {"2024-07-20", Analyte::kBmPlasmaCells, 1},
          {"2024-07-20", Analyte::kBmClonality, 0},
          {"2024-07-20", Analyte::kMrdNgs, 0, "", ValueBound::kExact, 1e-6},
          {"2024-08-01", kSerum, 0},
          {"2024-08-01", Analyte::kSerumIfe, 0},
          {"2024-08-01", Analyte::kUrineIfe, 0},
          {"2024-08-01", Analyte::kKappaFlc, 12},
          {"2024-08-01", Analyte::kLambdaFlc, 11},
          {"2024-08-15", kStart, 0, "Lenalidomide maintenance"},
          {"2024-11-01", kSerum, 0},
          {"2024-11-01", Analyte::kSerumIfe, 0},
          {"2024-11-01", Analyte::kUrineIfe, 0},
          {"2024-11-01", Analyte::kKappaFlc, 13},
          {"2024-11-01", Analyte::kLambdaFlc, 12}};
}

TEST(Issue8Case5, TransplantAndMaintenanceArePhasesOfOneLine) {
  ResponseReport r = Assess(Record(InductionTransplantMaintenance()));
  ASSERT_EQ(r.lines.size(), 1u);
  const TherapyLine& line = r.lines[0];
  EXPECT_EQ(*line.regimen, "VRd");
  ASSERT_EQ(line.phases.size(), 2u);
  EXPECT_EQ(line.phases[0].name, "transplant");
  EXPECT_EQ(line.phases[0].date.ToString(), "2024-05-01");
  EXPECT_TRUE(line.phases[0].inferred);
  EXPECT_EQ(line.phases[1].name, "maintenance");
  EXPECT_EQ(Calls(line), (std::vector<std::string>{"PR*", "VGPR*", "sCR*", "sCR"}))
      << AllText(line);
  EXPECT_EQ(*line.best_response, Category::kSCR);
  EXPECT_EQ(line.mrd_status, MrdStatus::kSequencingNegative);
  EXPECT_FALSE(line.awaiting_confirmation.has_value());
  const std::string all = AllText(line);
  EXPECT_NE(all.find("is read as the transplant phase of this line"), std::string::npos) << all;
  EXPECT_NE(all.find("write 'new line' in the note"), std::string::npos) << all;
}

TEST(Issue8Case5, NewLineNoteOverridesThePhaseReading) {
  ResponseReport r = Assess(Record(InductionTransplantMaintenance("new line: salvage")));
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(*r.lines[1].regimen, "ASCT (melphalan 200)");
  ASSERT_EQ(r.lines[1].phases.size(), 1u);  // the maintenance is a phase of the ASCT line
}

TEST(Issue8Case5, TherapyPhaseRowsArePhases) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "DRd"},
                                    {"2024-03-01", kSerum, 1.2},
                                    {"2024-04-01", Analyte::kTherapyPhase, 0, "maintenance"},
                                    {"2024-05-01", kSerum, 1.1}}));
  ASSERT_EQ(r.lines.size(), 1u);
  ASSERT_EQ(r.lines[0].phases.size(), 1u);
  EXPECT_EQ(r.lines[0].phases[0].name, "maintenance");
  EXPECT_FALSE(r.lines[0].phases[0].inferred);
  EXPECT_EQ(Calls(r.lines[0]), (std::vector<std::string>{"PR*", "PR"}));
}

TEST(Issue8Case5, TransplantAfterProgressionIsANewLine) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 0.5},
                                    {"2024-03-01", kSerum, 1.2},
                                    {"2024-04-01", kSerum, 1.4},
                                    {"2024-04-15", kStart, 0, "ASCT"},
                                    {"2024-06-01", kSerum, 0.5}}));
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(*r.lines[1].regimen, "ASCT");
  EXPECT_TRUE(r.lines[0].phases.empty());
}

TEST(Issue8Case5, OrdinaryRegimenChangeIsStillANewLine) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 2.0},
                                    {"2024-03-01", kStart, 0, "KPd"},
                                    {"2024-04-01", kSerum, 0.9}}));
  EXPECT_EQ(r.lines.size(), 2u);
}

// Case 4: an M-protein 30 years before the start of therapy became the line's baseline.
TEST(Issue8Case4, BaselineOlderThanTheWindowIsNotUsed) {
  ResponseReport r = Assess(Record({{"1994-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 1.2},
                                    {"2024-03-01", kSerum, 1.2}}));
  const TherapyLine& line = r.lines[0];
  EXPECT_FALSE(line.baseline.date.has_value());
  EXPECT_TRUE(line.baseline.values.empty());
  EXPECT_EQ(Calls(line), (std::vector<std::string>{"NE", "NE"})) << AllText(line);
  EXPECT_NE(line.baseline.explanation.find(
                "serum M-protein 3.0 g/dL from 1994-01-01 is too old to be the baseline of a "
                "line starting 2024-01-02 (a baseline value must be from the 28 days before the "
                "start)"),
            std::string::npos)
      << line.baseline.explanation;
}

TEST(Issue8Case4, BaselineWindowEdge) {
  for (const auto& [date, used] : {std::pair{"2023-12-05", true}, std::pair{"2023-12-04", false}}) {
    ResponseReport r = Assess(Record(
        {{date, kSerum, 3.0}, {"2024-01-02", kStart, 0, "VRd"}, {"2024-02-01", kSerum, 1.2}}));
    EXPECT_EQ(r.lines[0].baseline.values.size(), used ? 1u : 0u) << date;
  }
}

TEST(Issue8Case4, EachBaselineValueKeepsItsOwnDate) {
  ResponseReport r = Assess(Record({{"2023-12-20", kSerum, 3.0},
                                    {"2023-12-28", Analyte::kKappaFlc, 300},
                                    {"2023-12-28", Analyte::kLambdaFlc, 10},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 1.2}}));
  const Baseline& b = r.lines[0].baseline;
  EXPECT_EQ(b.date->ToString(), "2023-12-28");
  ASSERT_EQ(b.values.size(), 3u);
  EXPECT_EQ(b.values[0].analyte, kSerum);
  EXPECT_EQ(b.values[0].date.ToString(), "2023-12-20");
  EXPECT_EQ(b.values[1].date.ToString(), "2023-12-28");
  EXPECT_NE(b.explanation.find("serum M-protein 3.0 g/dL (from 2023-12-20) is measurable"),
            std::string::npos)
      << b.explanation;
}

// Case 3: values given against a test's limit were read as measured values ("<0.2 g/dL" as
// 0.2, ">500 mg/L" as 500, "trace" as nothing). Each case: the rows after a baseline and a
// therapy start, the calls, and a text the explanations must hold.
struct BoundCase {
  const char* name;
  std::vector<Row> rows;
  std::vector<std::string> calls;
  const char* text;
};

class Bounded : public testing::TestWithParam<BoundCase> {};

TEST_P(Bounded, KeptAsBoundsThroughTheEngine) {
  const BoundCase& c = GetParam();
  ResponseReport r = Assess(Record(c.rows));
  const TherapyLine& line = r.lines.back();
  std::string all = AllText(line);
  for (const Assessment& a : line.assessments) {
    for (const std::string& m : a.missing) all += "missing: " + m + "\n";
  }
  EXPECT_EQ(Calls(line), c.calls) << all;
  EXPECT_NE(all.find(c.text), std::string::npos) << all;
}

constexpr ValueBound kLt = ValueBound::kBelow;
constexpr ValueBound kGt = ValueBound::kAbove;
constexpr ValueBound kTr = ValueBound::kTrace;
constexpr Analyte kUrine = Analyte::kUrineMProtein;
constexpr Analyte kKappa = Analyte::kKappaFlc;
constexpr Analyte kLambda = Analyte::kLambdaFlc;

const BoundCase kBoundCases[] = {
    {"SerumBelowLimitMeetsVgprWhenTheLimitDoes",
     {{"2024-01-01", kSerum, 3.0},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kSerum, 0.2, "", kLt},
      {"2024-03-01", kSerum, 0.2, "", kLt}},
     {"VGPR*", "VGPR"},
     "serum M-protein below the test's limit of 0.2 g/dL, at least 93% below baseline 3.0 "
     "g/dL: meets VGPR"},
    {"SerumBelowLimitAboveVgprLevelIsOnlyPr",
     {{"2024-01-01", kSerum, 1.5},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kSerum, 0.2, "", kLt},
      {"2024-03-01", kSerum, 0.2, "", kLt}},
     {"PR*", "PR"},
     "meets PR; VGPR needs a 90% fall, to 0.15 g/dL or less (a higher category cannot be "
     "decided"},
    {"UrineBelowLimitMeetsStrictBelowRule",
     {{"2024-01-01", kUrine, 1000},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kUrine, 100, "", kLt},
      {"2024-03-01", kUrine, 100, "", kLt}},
     {"VGPR*", "VGPR"},
     "below the test's limit of 100 mg/24h"},
    {"UrineBelowHigherLimitIsNotVgpr",
     {{"2024-01-01", kUrine, 1000},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kUrine, 150, "", kLt},
      {"2024-03-01", kUrine, 150, "", kLt}},
     {"PR*", "PR"},
     "meets PR; VGPR needs less than 100 mg/24h"},
    {"TraceIsNotZeroAndHasNoNumber",
     {{"2024-01-01", kSerum, 3.0},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kSerum, 0, "", kTr}},
     {"NE"},
     "a serum M-protein value the lab could measure (this result was a trace"},
    {"BoundedNadirIsNotANumber",
     {{"2024-01-01", kSerum, 3.0},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kSerum, 0.2, "", kLt},
      {"2024-03-01", kSerum, 0.2, "", kLt},
      {"2024-04-01", kSerum, 0.8},
      {"2024-05-01", kSerum, 0.9}},
     {"VGPR*", "VGPR", "PD*", "PD*"},
     "serum M-protein 0.8 g/dL is at least 0.6 g/dL above its lowest value, below the test's "
     "limit of 0.2 g/dL"},
    {"RiseFromBoundedNadirUndecided",
     {{"2024-01-01", kSerum, 3.0},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kSerum, 0.2, "", kLt},
      {"2024-03-01", kSerum, 0.6}},
     {"VGPR", "NE"},
     "whether serum M-protein 0.6 g/dL is a rise from its lowest value below the test's limit "
     "of 0.2 g/dL cannot be decided"},
    {"BelowLimitNeverCountsAsARise",
     {{"2024-01-01", kSerum, 3.0},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kSerum, 0},
      {"2024-03-01", kSerum, 0.2, "", kLt}},
     {"VGPR*", "VGPR"},
     "below the test's limit of 0.2 g/dL"},
    {"AboveLimitIsNotAMeasuredValue",
     {{"2024-01-01", kKappa, 800},
      {"2024-01-01", kLambda, 10},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kKappa, 500, "", kGt},
      {"2024-02-01", kLambda, 10}},
     {"NE"},
     "more than 490 mg/L is a rise from its lowest value 790 mg/L cannot be decided"},
    {"AboveLimitMeetsAtLeastRules",
     {{"2024-01-01", kKappa, 500},
      {"2024-01-01", kLambda, 10},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kKappa, 110},
      {"2024-02-01", kLambda, 10},
      {"2024-03-01", kKappa, 500, "", kGt},
      {"2024-03-01", kLambda, 10}},
     {"PR", "PD"},
     "is at least 390 mg/L above its lowest value, 100 mg/L"},
    {"MarrowBelowLimitMeetsCr",
     {{"2024-01-01", kSerum, 3.0},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", Analyte::kBmPlasmaCells, 5, "", kLt},
      {"2024-03-01", Analyte::kSerumIfe, 0},
      {"2024-03-01", Analyte::kUrineIfe, 0}},
     {"CR"},
     "meets CR"},
    {"BaselineBelowLimitIsNotMeasurable",
     {{"2024-01-01", kSerum, 0.2, "", kLt},
      {"2024-01-02", kStart, 0, "VRd"},
      {"2024-02-01", kSerum, 0.1}},
     {"NE"},
     "serum M-protein below the test's limit of 0.2 g/dL is not measurable"},
};

INSTANTIATE_TEST_SUITE_P(Issue8Case3, Bounded, testing::ValuesIn(kBoundCases),
                         [](const testing::TestParamInfo<BoundCase>& info) {
                           return info.param.name;
                         });

TEST(Issue8Case3, BoundedValuesKeepTheirBoundInKeyValues) {
  ResponseReport r = Assess(Record({{"2024-01-01", kSerum, 3.0},
                                    {"2024-01-02", kStart, 0, "VRd"},
                                    {"2024-02-01", kSerum, 0.2, "", kLt},
                                    {"2024-03-01", kSerum, 0.5}}));
  const Assessment& second = r.lines[0].assessments[1];
  ASSERT_FALSE(second.values.empty());
  EXPECT_FALSE(second.values[0].nadir.has_value());  // the nadir is below 0.2, not 0.2
  const Assessment& first = r.lines[0].assessments[0];
  EXPECT_EQ(first.values[0].bound, ValueBound::kBelow);
  EXPECT_EQ(first.values[0].value, 0.2);
}

}  // namespace
}  // namespace oncoguide::response
