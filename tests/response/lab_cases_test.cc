// Data-driven cases for the lab-only reading IMWG-2016-lab: one or more cases per rule L1-L12
// (src/response/lab/lab_rules.cc). A case is a small lab history; values may be written "<0.2",
// "<=0.2", ">500", ">=500" or "trace", which set Observation::bound as the readers do.
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/records/csv_reader.h"
#include "oncoguide/response/lab/lab_engine.h"

namespace oncoguide::response {

using records::PatientRecord;
using records::ValueBound;

namespace {

struct Case {
  const char* name;
  const char* csv;                    // rows after the header "date,test,value,unit,note"
  std::vector<std::string> expected;  // per visit of the last line: "PR-lab" or "PR-lab*"
  const char* best;                   // best confirmed call of the last line, "" = none
  const char* progression = "";       // progression date of the last line, "" = none
  const char* explanation_has = "";   // text expected in some visit explanation (or baseline)
  int window = 0;                     // LabOptions::visit_window_days (0 = default)
};

// Reads the case's CSV; bound prefixes are stripped before parsing and applied by CSV line.
PatientRecord ReadCase(const Case& c) {
  std::string csv = "date,test,value,unit,note\n";
  std::map<int, ValueBound> bounds;
  std::istringstream rows(c.csv);
  int line = 1;
  for (std::string row; std::getline(rows, row);) {
    ++line;
    std::vector<std::string> f;
    std::stringstream ss(row);
    for (std::string x; std::getline(ss, x, ',');) f.push_back(x);
    while (f.size() < 5) f.emplace_back();
    std::string& v = f[2];
    const std::pair<const char*, ValueBound> prefixes[] = {{"<=", ValueBound::kAtMost},
                                                           {">=", ValueBound::kAtLeast},
                                                           {"<", ValueBound::kBelow},
                                                           {">", ValueBound::kAbove}};
    for (const auto& [p, b] : prefixes) {
      if (v.rfind(p, 0) == 0) {
        v = v.substr(std::string(p).size());
        bounds[line] = b;
        break;
      }
    }
    if (v == "trace") {
      v = "0";
      bounds[line] = ValueBound::kTrace;
    }
    csv += f[0] + "," + f[1] + "," + v + "," + f[3] + "," + f[4] + "\n";
  }
  std::istringstream in(csv);
  records::CsvPatientReader reader(in, c.name);
  PatientRecord record;
  Result<bool> got = reader.Next(&record);
  EXPECT_TRUE(got.ok()) << got.status().ToString();
  for (records::Observation& o : record.observations) {
    auto it = bounds.find(o.line);
    if (it == bounds.end()) continue;
    o.bound = it->second;
    if (o.bound == ValueBound::kTrace) o.has_value = false;
  }
  return record;
}

class LabCase : public testing::TestWithParam<Case> {};

TEST_P(LabCase, MatchesExpected) {
  const Case& c = GetParam();
  const PatientRecord record = ReadCase(c);
  LabOptions options;
  options.visit_window_days = c.window;
  const LabReport report = AssessLab(record, options);
  EXPECT_EQ(report.criteria, "IMWG-2016-lab");
  ASSERT_FALSE(report.lines.empty());
  const LabLine& line = report.lines.back();
  std::vector<std::string> got;
  std::string all = line.baseline + "\n";
  for (const std::string& n : line.notes) all += n + "\n";
  for (const LabVisit& v : line.visits) {
    got.push_back(std::string(LabCategoryName(v.call)) + (v.confirmed ? "*" : ""));
    all += v.explanation + " | " + (v.missing.empty() ? "" : v.missing.front()) + "\n";
    // Every explanation names the reading.
    EXPECT_EQ(v.explanation.rfind("Lab-only reading (IMWG-2016-lab)", 0), 0u) << v.explanation;
  }
  EXPECT_EQ(got, c.expected) << all;
  EXPECT_EQ(line.best_confirmed ? std::string(LabCategoryName(*line.best_confirmed)) : "",
            std::string(c.best))
      << all;
  EXPECT_EQ(line.progression_date ? line.progression_date->ToString() : "",
            std::string(c.progression))
      << all;
  if (*c.explanation_has) {
    EXPECT_NE(all.find(c.explanation_has), std::string::npos) << all;
  }
}

#define START(serum) "2024-01-01,serum_m_protein," serum ",g/dL\n2024-01-02,therapy_start,VRd,\n"
#define FLC(date, k, l) date ",kappa_flc," k ",mg/L\n" date ",lambda_flc," l ",mg/L\n"

const Case kCases[] = {
    // L1: visit window.
    {"L1_SpepAndFlcDaysApartAreOneVisit",
     START("3.0") "2024-03-01,serum_m_protein,0,g/dL\n" FLC(
         "2024-03-04", "12", "10") "2024-04-01,serum_m_protein,0,g/dL\n" FLC("2024-04-03", "11",
                                                                             "10"),
     {"CR-lab*", "CR-lab"},
     "CR-lab",
     "",
     "visit of 2024-03-01 to 2024-03-04"},
    {"L1_WindowOfOneDaySplitsTheVisit",
     START("3.0") "2024-03-01,serum_m_protein,0,g/dL\n" FLC("2024-03-04", "12", "10"),
     {"CR-lab", "NE-lab"},
     "",
     "",
     "",
     1},
    {"L1_SevenDaysApartAreTwoVisits",
     START("3.0") "2024-03-01,serum_m_protein,1.2,g/dL\n2024-03-08,serum_m_protein,1.1,g/dL\n",
     {"PR-lab*", "PR-lab"},
     "PR-lab"},
    {"L1_VisitNeverSpansALineStart",
     "2024-01-01,serum_m_protein,3.0,g/dL\n2024-01-03,therapy_start,VRd,\n"
     "2024-01-05,serum_m_protein,2.9,g/dL\n2024-02-01,serum_m_protein,1.0,g/dL\n",
     {"SD-lab*", "PR-lab"},
     "SD-lab"},
    // L2: baseline look-back.
    {"L2_BaselineOlderThan90DaysIsNotUsed",
     "2023-09-01,serum_m_protein,3.0,g/dL\n2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,serum_m_protein,1.0,g/dL\n",
     {"NE-lab"},
     "",
     "",
     "more than 90 days before the start"},
    // L3: what drives response.
    {"L3_SmallHeavyChainSpikeFollowedByLightChains",
     "2024-01-01,serum_m_protein,0.6,g/dL\n" FLC(
         "2024-01-01", "480", "8") "2024-01-02,therapy_start,VRd,\n" FLC("2024-02-01", "200", "9")
         FLC("2024-03-01", "40", "9"),
     {"PR-lab*", "VGPR-lab"},
     "PR-lab",
     "",
     "too small to follow"},
    {"L3_IgaWithLowSpepUsesLightChains",
     "2024-01-01,serum_m_protein,0.4,g/dL\n2024-01-01,isotype,IgA lambda,\n" FLC(
         "2024-01-01", "10", "350") "2024-01-02,therapy_start,KRd,\n" FLC("2024-02-01", "12",
                                                                          "150"),
     {"PR-lab"},
     "",
     "",
     "IgA lambda M-proteins can read low"},
    {"L3_NothingMeasurableIsNotEvaluable",
     "2024-01-01,serum_m_protein,0.5,g/dL\n" FLC(
         "2024-01-01", "40",
         "10") "2024-01-02,therapy_start,VRd,\n2024-02-01,serum_m_protein,0.2,g/dL\n",
     {"NE-lab"},
     "",
     "",
     "no measurable disease in the lab tests"},
    // L4: serum or urine.
    {"L4_NoUrineAtVisitCalledFromSerum",
     START("3.0") "2024-01-01,urine_m_protein,500,mg/24h\n"
                  "2024-02-01,serum_m_protein,1.2,g/dL\n2024-03-01,serum_m_protein,1.1,g/dL\n",
     {"PR-lab*", "PR-lab"},
     "PR-lab",
     "",
     "rule L4"},
    {"L4_BothMeasuredBothMustMeet",
     START("3.0") "2024-01-01,urine_m_protein,500,mg/24h\n"
                  "2024-02-01,serum_m_protein,1.2,g/dL\n2024-02-01,urine_m_protein,240,mg/24h\n",
     {"MR-lab"},
     ""},
    // L5: urine-only disease, serum FLC stands in for a missing urine.
    {"L5_BenceJonesWithoutUrineUsesLightChains",
     "2024-01-01,urine_m_protein,900,mg/24h\n" FLC(
         "2024-01-01", "600", "10") "2024-01-02,therapy_start,VRd,\n2024-02-01,urine_m_protein,150,"
                                    "mg/24h\n" FLC("2024-03-01", "40", "10")
                                        FLC("2024-04-01", "15", "10"),
     {"PR-lab*", "VGPR-lab*", "CR-lab"},
     "VGPR-lab",
     "",
     "rule L5"},
    // L6: thresholds from the strict table.
    {"L6_SerumVgprAt90Percent",
     START("2.0") "2024-02-01,serum_m_protein,0.2,g/dL\n2024-03-01,serum_m_protein,0.21,g/dL\n",
     {"VGPR-lab", "PR-lab"},
     "PR-lab"},
    {"L6_SerumMrAt25Percent",
     START("2.0") "2024-02-01,serum_m_protein,1.5,g/dL\n2024-03-01,serum_m_protein,1.51,g/dL\n",
     {"MR-lab", "SD-lab*"},
     "SD-lab"},
    {"L6_NoMrByLightChains",
     FLC("2024-01-01", "500", "10") "2024-01-02,therapy_start,VRd,\n" FLC("2024-02-01", "330",
                                                                          "10"),
     {"SD-lab*"},
     "SD-lab",
     "",
     "there is no MR by light chains"},
    // L7: CR-lab.
    {"L7_ImmunofixationPositiveStaysVgpr",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-02-01,serum_ife,positive,\n",
     {"VGPR-lab"},
     "",
     "",
     "serum immunofixation is still positive"},
    {"L7_MarrowAbove5PercentStaysVgpr",
     START("3.0") "2024-02-01,bm_plasma_cells,8,%\n2024-02-20,serum_m_protein,0,g/dL\n",
     {"VGPR-lab"},
     "",
     "",
     "are not below 5%"},
    {"L7_AbnormalRatioStaysVgpr",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n" FLC("2024-02-01", "60", "10"),
     {"VGPR-lab"},
     "",
     "",
     "outside 0.26-1.65"},
    {"L7_LightChainDiseaseNeedsTheRatio",
     FLC("2024-01-01", "500", "10") "2024-01-02,therapy_start,VRd,\n" FLC("2024-02-01", "18", "12")
         FLC("2024-03-01", "30", "10"),
     {"CR-lab", "VGPR-lab"},
     "VGPR-lab"},
    {"L7_UrineAbove200BlocksCr",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-02-01,urine_m_protein,250,mg/24h\n",
     {"VGPR-lab"},
     "",
     "",
     "is not below 200"},
    {"L7_CrLabNamesWhatStrictNeeds",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n",
     {"CR-lab"},
     "",
     "",
     "strict IMWG 2016 CR also needs a negative serum immunofixation"},
    {"L7_NegativeIfeWithoutSpepMeansNoneSeen",
     START("3.0") "2024-02-01,serum_ife,negative,\n2024-02-01,urine_ife,negative,\n",
     {"CR-lab"},
     ""},
    // L8: progression from the nadir.
    {"L8_SerumRiseFromNadirIsPd",
     START("3.0") "2024-02-01,serum_m_protein,0.4,g/dL\n2024-03-01,serum_m_protein,0.9,g/dL\n"
                  "2024-04-01,serum_m_protein,1.2,g/dL\n",
     {"PR-lab", "PD-lab*", "PD-lab"},
     "PD-lab",
     "2024-03-01"},
    {"L8_RiseBelowHalfGramIsNotPd",
     START("3.0") "2024-02-01,serum_m_protein,0.4,g/dL\n2024-03-01,serum_m_protein,0.85,g/dL\n",
     {"PR-lab*", "PR-lab"},
     "PR-lab"},
    {"L8_HighNadirOneGram",
     START("9.0") "2024-02-01,serum_m_protein,5.0,g/dL\n2024-03-01,serum_m_protein,6.0,g/dL\n",
     {"MR-lab", "PD-lab"},
     ""},
    {"L8_UrineRise",
     "2024-01-01,urine_m_protein,2000,mg/24h\n2024-01-02,therapy_start,VRd,\n"
     "2024-02-01,urine_m_protein,300,mg/24h\n2024-03-01,urine_m_protein,520,mg/24h\n",
     {"MR-lab", "PD-lab"},
     ""},
    {"L8_DflcRiseOfExactly100IsNotPd",
     FLC("2024-01-01", "500", "10") "2024-01-02,therapy_start,VRd,\n" FLC("2024-02-01", "110", "10")
         FLC("2024-03-01", "210", "10"),
     {"PR-lab*", "PR-lab"},
     "PR-lab"},
    {"L8_DflcRiseAbove100IsPd",
     FLC("2024-01-01", "500", "10") "2024-01-02,therapy_start,VRd,\n" FLC("2024-02-01", "110", "10")
         FLC("2024-03-01", "211", "10"),
     {"PR-lab", "PD-lab"},
     ""},
    {"L8_SpuriousLowValueIsNotTheNadir",
     START("3.0") "2024-02-01,serum_m_protein,1.0,g/dL\n"
                  "2024-03-01,serum_m_protein,0.1,g/dL,lab error\n2024-03-01,kappa_flc,20,mg/L\n"
                  "2024-04-01,serum_m_protein,1.2,g/dL\n",
     {"PR-lab*", "NE-lab", "PR-lab"},
     "PR-lab",
     "",
     "marked as a laboratory error"},
    // L9: light-chain escape and a change of chain.
    {"L9_LightChainEscapeWhileSpepStaysZero",
     START("3.0") FLC("2024-01-01", "300", "10") "2024-02-01,serum_m_protein,0,g/dL\n" FLC(
         "2024-02-01", "15",
         "10") "2024-05-01,serum_m_protein,0,g/dL\n" FLC("2024-05-01", "400",
                                                         "10") "2024-06-01,serum_m_protein,0,g/"
                                                               "dL\n" FLC("2024-06-01", "700",
                                                                          "10"),
     {"CR-lab", "PD-lab*", "PD-lab"},
     "PD-lab",
     "2024-05-01",
     "light-chain escape"},
    {"L9_ChangeOfInvolvedChain",
     FLC("2024-01-01", "500", "10") "2024-01-02,therapy_start,VRd,\n" FLC("2024-02-01", "18", "12")
         FLC("2024-03-01", "8", "260"),
     {"CR-lab", "PD-lab"},
     "",
     "",
     "changed from kappa to lambda"},
    // L10: bounds and trace.
    {"L10_BelowBoundIsNeverTheNumberOrZero",
     START("3.0") "2024-02-01,serum_m_protein,<0.2,g/dL\n",
     {"VGPR-lab"},
     "",
     "",
     "the serum M-spike reported as not seen"},
    {"L10_BoundThatStraddlesAThreshold",
     START("1.5") "2024-02-01,serum_m_protein,<0.2,g/dL\n",
     {"NE-lab"},
     "",
     "",
     "anything from PR-lab to VGPR-lab"},
    {"L10_TraceHasNoNumber",
     START("3.0") "2024-02-01,serum_m_protein,trace,g/dL\n",
     {"NE-lab"},
     "",
     "",
     "trace (seen, too small to measure)"},
    {"L10_RiseFromABoundedNadirIsUndecided",
     START("3.0") "2024-02-01,serum_m_protein,<0.2,g/dL\n2024-03-01,serum_m_protein,0.6,g/dL\n",
     {"VGPR-lab", "NE-lab"},
     "",
     "",
     "cannot tell"},
    {"L10_AboveBoundBaselineStillMeasurable",
     "2024-01-01,kappa_flc,>500,mg/L\n2024-01-01,lambda_flc,10,mg/L\n"
     "2024-01-02,therapy_start,VRd,\n" FLC("2024-02-01", "40", "10"),
     {"VGPR-lab"},
     ""},
    // L11: confirmation.
    {"L11_LowerNextVisitConfirmsTheLowerCall",
     START("3.0") "2024-02-01,serum_m_protein,0,g/dL\n2024-03-01,serum_m_protein,0.2,g/dL\n",
     {"CR-lab", "VGPR-lab"},
     "VGPR-lab",
     "",
     "which confirms VGPR-lab"},
    {"L11_NotEvaluableVisitIsSkipped",
     START("3.0") "2024-02-01,serum_m_protein,1.2,g/dL\n" FLC(
         "2024-03-01", "12", "10") "2024-04-01,serum_m_protein,1.1,g/dL\n",
     {"PR-lab*", "NE-lab", "PR-lab"},
     "PR-lab",
     "",
     "Confirmed by the next visit on 2024-04-01"},
    // L12: imaging is left to the strict reading.
    {"L12_NewLesionIsNamedNotCounted",
     START("3.0") "2024-02-01,serum_m_protein,1.2,g/dL\n2024-02-01,new_lesion,yes,\n",
     {"PR-lab"},
     "",
     "",
     "imaging is not part of the lab-only reading"},
};

INSTANTIATE_TEST_SUITE_P(Rules, LabCase, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

TEST(LabNames, NeverAStrictName) {
  for (Category c : {Category::kCR, Category::kVGPR, Category::kPR, Category::kMR, Category::kSD,
                     Category::kPD, Category::kNE}) {
    const std::string name(LabCategoryName(c));
    EXPECT_NE(name, CategoryName(c));
    EXPECT_EQ(name.substr(name.size() - 4), "-lab");
    EXPECT_NE(std::string(LabCategoryLongName(c)).find("(lab-only)"), std::string::npos);
    EXPECT_EQ(LabCategoryFromName(name), c);
  }
  EXPECT_EQ(LabCategoryFromName("CR"), std::nullopt);
}

TEST(LabRulesTable, ThresholdsComeFromTheStrictTable) {
  const LabRules& r = Imwg2016LabRules();
  EXPECT_EQ(r.thresholds, &Imwg2016());
  EXPECT_EQ(r.visit_window_days.value, 7);
  EXPECT_FALSE(r.sources.empty());
  for (const LabRule& rule : r.rules) EXPECT_FALSE(rule.source.empty()) << rule.id;
  EXPECT_TRUE(IsLabCriteriaId("imwg-2016-LAB"));
  EXPECT_FALSE(IsLabCriteriaId("IMWG-2016"));
}

}  // namespace
}  // namespace oncoguide::response
