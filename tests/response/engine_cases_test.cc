// Data-driven response cases: a small lab history (CSV) in, the expected category of each
// assessment, confirmation, best response and progression out. One case per rule and edge of
// IMWG 2016 (Kumar 2016, Lancet Oncol 17:e328, Table 3 and its notes) and of the visit window
// (response/engine.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/records/csv_reader.h"
#include "oncoguide/response/engine.h"

namespace oncoguide::response {
namespace {

struct Case {
  const char* name;
  const char* csv;                    // rows after the header "date,test,value,unit"
  std::vector<std::string> expected;  // per assessment of the last line: "PR" or "PR*" (confirmed)
  const char* best;                   // best response of the last line, "" = null
  const char* progression;            // progression date of the last line, "" = null
  const char* explanation_has = "";   // text expected in some assessment's explanation
  const char* criteria = "IMWG-2016";
  int visit_window = 0;  // AssessOptions::visit_window_days (0 = the criteria's, 7 days)
};

ResponseReport RunCase(const Case& c) {
  std::string csv = c.csv;
  // Cases with a note column carry a fifth field on their rows.
  const bool notes = csv.find(",lab error") != std::string::npos;
  if (notes) {
    std::string with;
    std::istringstream lines(csv);
    for (std::string row; std::getline(lines, row);) {
      with += row + (std::count(row.begin(), row.end(), ',') == 3 ? ",\n" : "\n");
    }
    csv = with;
  }
  std::istringstream in(
      std::string(notes ? "date,test,value,unit,note\n" : "date,test,value,unit\n") + csv);
  records::CsvPatientReader reader(in, c.name);
  records::PatientRecord record;
  Result<bool> got = reader.Next(&record);
  EXPECT_TRUE(got.ok()) << got.status().ToString();
  return Assess(record, *FindCriteria(c.criteria), AssessOptions{c.visit_window});
}

class EngineCase : public testing::TestWithParam<Case> {};

TEST_P(EngineCase, MatchesExpected) {
  const Case& c = GetParam();
  ResponseReport report = RunCase(c);
  ASSERT_FALSE(report.lines.empty());
  const TherapyLine& line = report.lines.back();
  std::vector<std::string> got;
  std::string all;
  for (const Assessment& a : line.assessments) {
    got.push_back(std::string(CategoryName(a.response)) + (a.confirmed ? "*" : ""));
    all += a.explanation + " | " + (a.missing.empty() ? "" : a.missing.front()) + "\n";
  }
  EXPECT_EQ(got, c.expected) << all;
  EXPECT_EQ(line.best_response ? std::string(CategoryName(*line.best_response)) : "",
            std::string(c.best))
      << all;
  EXPECT_EQ(line.progression_date ? line.progression_date->ToString() : "",
            std::string(c.progression))
      << all;
  if (*c.explanation_has) {
    EXPECT_NE(all.find(c.explanation_has), std::string::npos) << all;
  }
}

// Shorthand for the usual start: baseline serum M-protein and a therapy start.
#define START(serum) "2024-01-01,serum_m_protein," serum ",g/dL\n2024-01-02,therapy_start,VRd,\n"

const Case kCases[] = {
    {"PrBySerum",
     START("3.0") "2024-02-01,serum_m_protein,1.4,g/dL\n"
                  "2024-03-01,serum_m_protein,1.2,g/dL\n",
     {"PR*", "PR"},
     "PR",
     "",
     "serum M-protein 1.4 g/dL, 53% below baseline 3.0 g/dL: meets PR; "
     "VGPR needs a 90% fall, to 0.3 g/dL or less"},
    {"PrAtExactly50Percent",
     START("2.0") "2024-02-01,serum_m_protein,1.0,g/dL\n"
                  "2024-03-01,serum_m_protein,1.0,g/dL\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"Mr49Percent",
     START("2.0") "2024-02-01,serum_m_protein,1.02,g/dL\n"
                  "2024-03-01,serum_m_protein,1.02,g/dL\n",
     {"MR*", "MR"},
     "MR",
     ""},
    {"MrAt25Percent",
     START("2.0") "2024-02-01,serum_m_protein,1.5,g/dL\n"
                  "2024-03-01,serum_m_protein,1.5,g/dL\n",
     {"MR*", "MR"},
     "MR",
     ""},
    {"SdBelow25Percent", START("2.0") "2024-02-01,serum_m_protein,1.52,g/dL\n", {"SD*"}, "SD", ""},
    {"VgprAt90Percent",
     START("3.0") "2024-02-01,serum_m_protein,0.3,g/dL\n"
                  "2024-03-01,serum_m_protein,0.3,g/dL\n",
     {"VGPR*", "VGPR"},
     "VGPR",
     ""},
    {"PrJustShortOfVgpr",
     START("3.0") "2024-02-01,serum_m_protein,0.31,g/dL\n"
                  "2024-03-01,serum_m_protein,0.31,g/dL\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"SerumInGramsPerLitre",
     "2024-01-01,serum_m_protein,30,g/L\n2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,serum_m_protein,12,g/L\n"
     "2024-03-01,serum_m_protein,12,g/L\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"VgprWhenSpikeGone",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n"
                  "2024-03-01,serum_m_protein,0,g/dL\n",
     {"VGPR*", "VGPR"},
     "VGPR",
     "",
     "not seen on electrophoresis"},
    {"UrineKeepsMrWhenSerumMeetsPr",
     "2024-01-01,serum_m_protein,2.0,g/dL\n2024-01-01,urine_m_protein,1000,mg/24h\n"
     "2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,serum_m_protein,0.8,g/dL\n2024-02-01,urine_m_protein,450,mg/24h\n"
     "2024-03-01,serum_m_protein,0.8,g/dL\n2024-03-01,urine_m_protein,450,mg/24h\n",
     {"MR*", "MR"},
     "MR",
     "",
     "the highest category every measure meets"},
    {"UrineKeepsPrWhenSerumMeetsVgpr",
     "2024-01-01,serum_m_protein,2.0,g/dL\n2024-01-01,urine_m_protein,1000,mg/24h\n"
     "2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,serum_m_protein,0.16,g/dL\n2024-02-01,urine_m_protein,150,mg/24h\n"
     "2024-03-01,serum_m_protein,0.16,g/dL\n2024-03-01,urine_m_protein,150,mg/24h\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"UrineOnlyDisease",
     "2024-01-01,serum_m_protein,0.2,g/dL\n2024-01-01,urine_m_protein,800,mg/24h\n"
     "2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,urine_m_protein,190,mg/24h\n2024-03-01,urine_m_protein,90,mg/24h\n"
     "2024-04-01,urine_m_protein,80,mg/24h\n",
     {"PR*", "VGPR*", "VGPR"},
     "VGPR",
     ""},
    {"MissingUrineIsNotEvaluable",
     "2024-01-01,serum_m_protein,2.0,g/dL\n2024-01-01,urine_m_protein,1000,mg/24h\n"
     "2024-01-02,therapy_start,VRd,\n2024-02-01,serum_m_protein,0.8,g/dL\n",
     {"NE"},
     "",
     "",
     "24-hour urine M-protein result on this date"},
    {"CrNeedsMarrowAndAppliesForwardOnly",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-02-01,serum_ife,negative,\n"
                  "2024-02-01,urine_ife,negative,\n"
                  "2024-03-01,serum_m_protein,0,g/dL\n2024-03-01,serum_ife,negative,\n"
                  "2024-03-01,urine_ife,negative,\n2024-03-12,bm_plasma_cells,2,%\n"
                  "2024-04-01,serum_ife,negative,\n2024-04-01,urine_ife,negative,\n"
                  "2024-05-01,serum_ife,negative,\n2024-05-01,urine_ife,negative,\n",
     {"VGPR*", "VGPR*", "CR*", "CR"},
     "CR",
     "",
     "CR needs a bone-marrow result"},
    // Visits (engine.h): a marrow four days after the blood tests belongs to their assessment.
    {"VisitMarrowFourDaysLaterJoinsTheBloodTests",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-02-01,serum_ife,negative,\n"
                  "2024-02-01,urine_ife,negative,\n"
                  "2024-03-01,serum_m_protein,0,g/dL\n2024-03-01,serum_ife,negative,\n"
                  "2024-03-01,urine_ife,negative,\n2024-03-05,bm_plasma_cells,2,%\n"
                  "2024-04-01,serum_ife,negative,\n2024-04-01,urine_ife,negative,\n",
     {"VGPR*", "CR*", "CR"},
     "CR",
     "",
     "tests of 2024-03-01 to 2024-03-05, taken as one assessment"},
    {"VisitWindowOneKeepsEachDateApart",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-02-01,serum_ife,negative,\n"
                  "2024-02-01,urine_ife,negative,\n"
                  "2024-03-01,serum_m_protein,0,g/dL\n2024-03-01,serum_ife,negative,\n"
                  "2024-03-01,urine_ife,negative,\n2024-03-05,bm_plasma_cells,2,%\n"
                  "2024-04-01,serum_ife,negative,\n2024-04-01,urine_ife,negative,\n",
     {"VGPR*", "VGPR*", "CR"},
     "VGPR",
     "",
     "",
     "IMWG-2016",
     1},
    // Light chains two days after the SPEP: one assessment, called from both.
    {"VisitSpepAndLightChainsOnDifferentDays",
     START("3.0") "2024-02-01,serum_m_protein,1.2,g/dL\n2024-02-03,kappa_flc,40,mg/L\n"
                  "2024-02-03,lambda_flc,10,mg/L\n"
                  "2024-03-01,serum_m_protein,1.1,g/dL\n2024-03-02,kappa_flc,38,mg/L\n"
                  "2024-03-02,lambda_flc,11,mg/L\n",
     {"PR*", "PR"},
     "PR",
     "",
     "tests of 2024-02-01 to 2024-02-03"},
    // A repeat of the same test within the window is a new, consecutive assessment: it can
    // confirm the first (IMWG sets no minimum interval between the two).
    {"VisitRepeatOfATestIsANewAssessment",
     START("3.0") "2024-02-01,serum_m_protein,1.2,g/dL\n2024-02-04,serum_m_protein,1.1,g/dL\n",
     {"PR*", "PR"},
     "PR",
     "",
     ""},
    // The repeat is new even when another test of the visit shares its date (SPEP day 1, FLC
    // and a second SPEP day 3): the two SPEPs are consecutive assessments.
    {"VisitRepeatOnTheDateOfAnotherTestIsStillNew",
     START("3.0") "2024-02-01,serum_m_protein,1.2,g/dL\n2024-02-03,kappa_flc,40,mg/L\n"
                  "2024-02-03,serum_m_protein,1.1,g/dL\n",
     {"PR*", "PR"},
     "PR",
     "",
     ""},
    // A visit never spans a line start: tests after the new line's start are its assessments.
    {"VisitNeverSpansALineStart",
     "2023-12-20,serum_m_protein,3.0,g/dL\n2024-01-01,therapy_start,VRd,\n"
     "2024-02-01,serum_m_protein,1.2,g/dL\n2024-02-10,serum_m_protein,3.1,g/dL\n"
     "2024-02-12,therapy_start,DPd,\n2024-02-14,serum_m_protein,2.9,g/dL\n"
     "2024-03-14,serum_m_protein,1.3,g/dL\n",
     {"SD*", "PR"},
     "SD",
     "",
     "6% below baseline 3.1 g/dL"},
    {"CrBlockedByMarrowAt5Percent",
     START("3.0") "2024-02-01,bm_plasma_cells,5,%\n"
                  "2024-03-01,serum_ife,negative,\n2024-03-01,urine_ife,negative,\n",
     {"VGPR"},
     "",
     "",
     "are not below 5%"},
    {"StringentCr",
     START("3.0") "2024-02-01,bm_plasma_cells,1,%\n2024-02-01,bm_clonality,absent,\n"
                  "2024-03-01,serum_ife,negative,\n2024-03-01,urine_ife,negative,\n"
                  "2024-03-01,kappa_flc,12,mg/L\n2024-03-01,lambda_flc,11,mg/L\n"
                  "2024-04-01,serum_ife,negative,\n2024-04-01,urine_ife,negative,\n"
                  "2024-04-01,kappa_flc,1.2,mg/dL\n2024-04-01,lambda_flc,1.0,mg/dL\n",
     {"sCR*", "sCR"},
     "sCR",
     ""},
    {"CrNotStringentWithAbnormalRatio",
     START("3.0") "2024-02-01,bm_plasma_cells,1,%\n2024-02-01,bm_clonality,absent,\n"
                  "2024-03-01,serum_ife,negative,\n2024-03-01,urine_ife,negative,\n"
                  "2024-03-01,kappa_flc,40,mg/L\n2024-03-01,lambda_flc,10,mg/L\n",
     {"CR"},
     "",
     "",
     "sCR needs a normal kappa/lambda ratio"},
    {"PositiveIfeAfterCrIsNotProgression",
     START("3.0") "2024-02-01,bm_plasma_cells,1,%\n"
                  "2024-03-01,serum_ife,negative,\n2024-03-01,urine_ife,negative,\n"
                  "2024-04-01,serum_ife,negative,\n2024-04-01,urine_ife,negative,\n"
                  "2024-05-01,serum_m_protein,0,g/dL\n2024-05-01,serum_ife,positive,\n"
                  "2024-05-01,urine_ife,negative,\n"
                  "2024-06-01,serum_m_protein,0,g/dL\n2024-06-01,serum_ife,positive,\n",
     {"CR*", "CR", "VGPR*", "VGPR"},
     "CR",
     "",
     "still positive"},
    {"LightChainOnlyPrAndVgpr",
     "2024-01-01,kappa_flc,500,mg/L\n2024-01-01,lambda_flc,10,mg/L\n"
     "2024-01-01,serum_m_protein,0.2,g/dL\n2024-01-02,therapy_start,Dara-VRd,\n"
     "2024-02-01,kappa_flc,200,mg/L\n2024-02-01,lambda_flc,10,mg/L\n"
     "2024-03-01,kappa_flc,45,mg/L\n2024-03-01,lambda_flc,10,mg/L\n"
     "2024-04-01,kappa_flc,4.5,mg/dL\n2024-04-01,lambda_flc,1.0,mg/dL\n",
     {"PR*", "VGPR*", "VGPR"},
     "VGPR",
     "",
     "involved (kappa)"},
    {"LightChainOnlyHasNoMr",
     "2024-01-01,kappa_flc,500,mg/L\n2024-01-01,lambda_flc,10,mg/L\n"
     "2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,kappa_flc,350,mg/L\n2024-02-01,lambda_flc,10,mg/L\n",
     {"SD*"},
     "SD",
     "",
     "no MR for light-chain-only"},
    {"LightChainCrNeedsNormalRatio",
     "2024-01-01,kappa_flc,500,mg/L\n2024-01-01,lambda_flc,10,mg/L\n"
     "2024-01-02,therapy_start,VRd,\n2024-01-20,bm_plasma_cells,2,%\n"
     "2024-02-01,kappa_flc,30,mg/L\n2024-02-01,lambda_flc,10,mg/L\n"
     "2024-02-01,serum_ife,negative,\n2024-02-01,urine_ife,negative,\n",
     {"VGPR"},
     "",
     ""},
    {"DflcProgressionWhenOnlyLightChainsMeasurable",
     "2024-01-01,kappa_flc,500,mg/L\n2024-01-01,lambda_flc,10,mg/L\n"
     "2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,kappa_flc,110,mg/L\n2024-02-01,lambda_flc,10,mg/L\n"
     "2024-03-01,kappa_flc,240,mg/L\n2024-03-01,lambda_flc,10,mg/L\n"
     "2024-04-01,kappa_flc,260,mg/L\n2024-04-01,lambda_flc,10,mg/L\n",
     {"PR", "PD*", "PD*"},
     "SD",
     "2024-03-01"},
    {"DflcRiseOfExactly10MgDlIsNotProgression",
     "2024-01-01,kappa_flc,500,mg/L\n2024-01-01,lambda_flc,10,mg/L\n"
     "2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,kappa_flc,110,mg/L\n2024-02-01,lambda_flc,10,mg/L\n"
     "2024-03-01,kappa_flc,210,mg/L\n2024-03-01,lambda_flc,10,mg/L\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"DflcRiseIgnoredWhenSerumMeasurable",
     START("3.0") "2024-01-01,kappa_flc,500,mg/L\n2024-01-01,lambda_flc,10,mg/L\n"
                  "2024-02-01,serum_m_protein,1.2,g/dL\n2024-02-01,kappa_flc,100,mg/L\n"
                  "2024-02-01,lambda_flc,10,mg/L\n"
                  "2024-03-01,serum_m_protein,1.2,g/dL\n2024-03-01,kappa_flc,400,mg/L\n"
                  "2024-03-01,lambda_flc,10,mg/L\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"SerumProgressionFromNadir",
     START("3.0") "2024-02-01,serum_m_protein,0.5,g/dL\n2024-03-01,serum_m_protein,0.5,g/dL\n"
                  "2024-04-01,serum_m_protein,1.0,g/dL\n2024-05-01,serum_m_protein,1.1,g/dL\n",
     {"PR*", "PR", "PD*", "PD*"},
     "PR",
     "2024-04-01",
     "0.5 g/dL above its lowest value"},
    {"SerumRiseBelowHalfGramIsNotProgression",
     START("3.0") "2024-02-01,serum_m_protein,0.5,g/dL\n2024-03-01,serum_m_protein,0.9,g/dL\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"ProgressionFromZeroMSpike",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-03-01,serum_m_protein,0,g/dL\n"
                  "2024-04-01,serum_m_protein,0.5,g/dL\n2024-05-01,serum_m_protein,0.6,g/dL\n",
     {"VGPR*", "VGPR", "PD*", "PD*"},
     "VGPR",
     "2024-04-01"},
    {"ZeroToPointFourIsNotProgression",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-03-01,serum_m_protein,0.4,g/dL\n",
     {"VGPR", "PR"},
     "PR",
     ""},
    {"HighNadirNeedsOneGram",
     START("8.0") "2024-02-01,serum_m_protein,5.0,g/dL\n2024-03-01,serum_m_protein,6.0,g/dL\n"
                  "2024-04-01,serum_m_protein,6.1,g/dL\n",
     {"MR", "PD*", "PD*"},
     "SD",
     "2024-03-01",
     "a rise of 1.0 g/dL is enough"},
    {"HighBaselineLowNadir2016UsesNadir",
     START("6.0") "2024-02-01,serum_m_protein,4.5,g/dL\n2024-03-01,serum_m_protein,5.5,g/dL\n",
     {"MR", "SD*"},
     "SD",
     ""},
    {"HighBaselineLowNadir2011UsesStartValue",
     START("6.0") "2024-02-01,serum_m_protein,4.5,g/dL\n2024-03-01,serum_m_protein,5.5,g/dL\n"
                  "2024-04-01,serum_m_protein,5.6,g/dL\n",
     {"MR", "PD*", "PD*"},
     "SD",
     "2024-03-01",
     "",
     "IMWG-2011"},
    {"UrineProgression",
     "2024-01-01,urine_m_protein,1000,mg/24h\n2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,urine_m_protein,100,mg/24h\n2024-03-01,urine_m_protein,300,mg/24h\n"
     "2024-04-01,urine_m_protein,0.3,g/24h\n",
     {"PR", "PD*", "PD*"},
     "SD",
     "2024-03-01"},
    {"UrineRiseBelow200IsNotProgression",
     "2024-01-01,urine_m_protein,1000,mg/24h\n2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,urine_m_protein,100,mg/24h\n2024-03-01,urine_m_protein,290,mg/24h\n",
     {"PR", "MR"},
     "MR",
     ""},
    {"MarrowOnlyDiseasePrAndProgression",
     "2024-01-01,bm_plasma_cells,40,%\n2024-01-02,therapy_start,VRd,\n"
     "2024-03-01,bm_plasma_cells,20,%\n2024-04-01,bm_plasma_cells,18,%\n"
     "2024-06-01,bm_plasma_cells,35,%\n2024-07-01,bm_plasma_cells,36,%\n",
     {"PR*", "PR", "PD*", "PD*"},
     "PR",
     "2024-06-01"},
    {"MarrowRiseIgnoredWithMeasurableSerum",
     START("3.0") "2024-01-01,bm_plasma_cells,40,%\n2024-02-01,bm_plasma_cells,10,%\n"
                  "2024-02-01,serum_m_protein,1.2,g/dL\n2024-03-01,bm_plasma_cells,30,%\n"
                  "2024-03-01,serum_m_protein,1.2,g/dL\n",
     {"PR*", "PR"},
     "PR",
     ""},
    {"NewLesionIsProgressionWithoutConfirmation",
     START("3.0") "2024-02-01,serum_m_protein,1.0,g/dL\n2024-03-01,serum_m_protein,0.2,g/dL\n"
                  "2024-03-01,new_lesion,yes,\n",
     {"PR", "PD*"},
     "SD",
     "2024-03-01",
     "needs no confirming test"},
    {"BiochemicalProgressionUnconfirmed",
     START("3.0") "2024-02-01,serum_m_protein,0.5,g/dL\n2024-03-01,serum_m_protein,1.2,g/dL\n"
                  "2024-04-01,serum_m_protein,0.6,g/dL\n",
     {"PR", "PD", "PR"},
     "SD",
     "",
     "Not confirmed"},
    {"UnconfirmedResponseIsNotBest",
     START("3.0") "2024-02-01,serum_m_protein,2.0,g/dL\n2024-03-01,serum_m_protein,2.4,g/dL\n",
     {"MR", "SD*"},
     "SD",
     ""},
    {"BestIsLowerOfPair",
     START("3.0") "2024-02-01,serum_m_protein,0.25,g/dL\n2024-03-01,serum_m_protein,0.6,g/dL\n"
                  "2024-04-01,serum_m_protein,0.6,g/dL\n",
     {"VGPR", "PR*", "PR"},
     "PR",
     ""},
    {"SpuriousValueLeftOutOfNadir",
     START("3.0") "2024-02-01,serum_m_protein,1.0,g/dL,\n"
                  "2024-03-01,serum_m_protein,0.2,g/dL,lab error: sample mix-up\n"
                  "2024-03-01,urine_ife,positive,,\n"
                  "2024-04-01,serum_m_protein,0.7,g/dL,\n",
     {"PR", "NE", "PR"},
     "SD",
     "",
     "marked as a laboratory error"},
    {"NoTherapyFirstAssessmentIsBaseline",
     "2024-01-01,serum_m_protein,2.0,g/dL\n2024-02-01,serum_m_protein,2.1,g/dL\n"
     "2024-03-01,serum_m_protein,2.2,g/dL\n",
     {"SD*", "SD*"},
     "SD",
     ""},
    {"NoMeasurableDisease",
     START("0.5") "2024-02-01,serum_m_protein,0.4,g/dL\n",
     {"NE"},
     "",
     "",
     "no measurable disease"},
    {"PlasmacytomaHoldsResponseAtMr",
     START("3.0") "2024-01-01,plasmacytoma_spd,10,cm2\n2024-02-01,plasmacytoma_spd,7,cm2\n"
                  "2024-02-01,serum_m_protein,1.2,g/dL\n2024-03-01,serum_m_protein,1.2,g/dL\n",
     {"MR*", "MR"},
     "MR",
     ""},
    {"PlasmacytomaGrowthIsProgression",
     START("3.0") "2024-01-01,plasmacytoma_spd,10,cm2\n2024-02-01,plasmacytoma_spd,4,cm2\n"
                  "2024-02-01,serum_m_protein,1.2,g/dL\n2024-03-01,plasmacytoma_spd,6,cm2\n",
     {"PR", "PD*"},
     "SD",
     "2024-03-01"},
    {"DaratumumabBandNote",
     "2024-01-01,serum_m_protein,3.0,g/dL\n2024-01-02,therapy_start,Dara-VRd,\n"
     "2024-02-01,serum_m_protein,0,g/dL\n2024-02-01,serum_ife,positive,\n",
     {"VGPR"},
     "",
     "",
     "can be the drug itself"},
};

INSTANTIATE_TEST_SUITE_P(Imwg, EngineCase, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace oncoguide::response
