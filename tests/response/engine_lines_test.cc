// Lines of therapy, re-baselining and MRD categories (Kumar 2016, Table 3 MRD criteria).
#include <gtest/gtest.h>

#include <sstream>

#include "oncoguide/records/csv_reader.h"
#include "oncoguide/response/engine.h"

namespace oncoguide::response {
namespace {

ResponseReport AssessCsv(const std::string& rows) {
  std::istringstream in("date,test,value,unit\n" + rows);
  records::CsvPatientReader reader(in, "test.csv");
  records::PatientRecord record;
  Result<bool> got = reader.Next(&record);
  EXPECT_TRUE(got.ok()) << got.status().ToString();
  return Assess(record);
}

// A CR reached on 2024-03-01 with marrow 2% and the given extra rows.
std::string CrHistory(const std::string& extra) {
  return "2024-01-01,serum_m_protein,3.0,g/dL\n2024-01-02,therapy_start,VRd,\n"
         "2024-02-20,bm_plasma_cells,2,%\n" +
         extra +
         "2024-03-01,serum_ife,negative,\n2024-03-01,urine_ife,negative,\n"
         "2024-06-01,serum_ife,negative,\n2024-06-01,urine_ife,negative,\n"
         "2025-03-01,serum_ife,negative,\n2025-03-01,urine_ife,negative,\n";
}

TEST(EngineLines, NewLineIsRebaselined) {
  ResponseReport r = AssessCsv(
      "2024-01-01,serum_m_protein,3.0,g/dL\n2024-01-02,therapy_start,VRd,\n"
      "2024-02-01,serum_m_protein,0.5,g/dL\n2024-03-01,serum_m_protein,1.5,g/dL\n"
      "2024-04-01,serum_m_protein,2.0,g/dL\n2024-04-02,therapy_start,KPd,\n"
      "2024-05-01,serum_m_protein,0.9,g/dL\n2024-06-01,serum_m_protein,0.9,g/dL\n");
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(r.lines[0].progression_date->ToString(), "2024-03-01");
  const TherapyLine& second = r.lines[1];
  EXPECT_EQ(*second.regimen, "KPd");
  EXPECT_EQ(second.baseline.date->ToString(), "2024-04-01");
  ASSERT_EQ(second.assessments.size(), 2u);
  // 0.9 is 55% below the new baseline 2.0 (PR), not 70% below 3.0.
  EXPECT_EQ(second.assessments[0].response, Category::kPR);
  EXPECT_NE(second.assessments[0].explanation.find("55% below baseline 2.0 g/dL"),
            std::string::npos);
  EXPECT_EQ(*second.best_response, Category::kPR);
  EXPECT_FALSE(second.progression_date.has_value());
}

TEST(EngineLines, ValuesOnTheStartDateBelongToTheNewBaseline) {
  ResponseReport r = AssessCsv(
      "2024-01-01,serum_m_protein,3.0,g/dL\n2024-01-02,therapy_start,VRd,\n"
      "2024-02-01,serum_m_protein,2.0,g/dL\n2024-03-01,serum_m_protein,2.4,g/dL\n"
      "2024-03-01,therapy_start,DRd,\n2024-04-01,serum_m_protein,1.1,g/dL\n");
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(r.lines[0].assessments.size(), 1u);
  EXPECT_EQ(r.lines[1].baseline.values.front().value, 2.4);
}

TEST(EngineLines, SameDayTherapyRowsFormOneLine) {
  ResponseReport r = AssessCsv(
      "2024-01-01,serum_m_protein,3.0,g/dL\n2024-01-02,therapy_start,daratumumab,\n"
      "2024-01-02,therapy_start,lenalidomide,\n2024-02-01,serum_m_protein,1.0,g/dL\n");
  ASSERT_EQ(r.lines.size(), 1u);
  EXPECT_EQ(*r.lines[0].regimen, "daratumumab + lenalidomide");
}

TEST(EngineMrd, FlowNegativeNeedsCrAndSensitivity) {
  ResponseReport r = AssessCsv(CrHistory("2024-02-20,mrd_ngf,negative,1e-5\n"));
  EXPECT_EQ(r.lines[0].mrd_status, MrdStatus::kFlowNegative);
  EXPECT_EQ(r.lines[0].mrd_date->ToString(), "2024-02-20");
}

TEST(EngineMrd, SequencingNegative) {
  ResponseReport r = AssessCsv(CrHistory("2024-02-20,mrd_ngs,negative,10^-6\n"));
  EXPECT_EQ(r.lines[0].mrd_status, MrdStatus::kSequencingNegative);
}

TEST(EngineMrd, InsufficientSensitivityIsNotMrdNegative) {
  ResponseReport r = AssessCsv(CrHistory("2024-02-20,mrd_ngf,negative,1e-4\n"));
  EXPECT_EQ(r.lines[0].mrd_status, MrdStatus::kNone);
}

TEST(EngineMrd, MissingSensitivityIsNotCountedAndSaysWhy) {
  ResponseReport r = AssessCsv(CrHistory("2024-02-20,mrd_ngf,negative,\n"));
  EXPECT_EQ(r.lines[0].mrd_status, MrdStatus::kNone);
  ASSERT_FALSE(r.lines[0].notes.empty());
  EXPECT_NE(r.lines[0].notes[0].find("gives no sensitivity"), std::string::npos);
}

TEST(EngineMrd, NotWithoutCr) {
  ResponseReport r = AssessCsv(
      "2024-01-01,serum_m_protein,3.0,g/dL\n2024-01-02,therapy_start,VRd,\n"
      "2024-02-20,mrd_ngf,negative,1e-5\n2024-03-01,serum_m_protein,0.2,g/dL\n");
  EXPECT_EQ(r.lines[0].mrd_status, MrdStatus::kNone);
}

TEST(EngineMrd, ImagingPlus) {
  ResponseReport r =
      AssessCsv(CrHistory("2024-02-20,mrd_ngf,negative,1e-5\n2024-02-25,pet_ct,negative,\n"));
  EXPECT_EQ(r.lines[0].mrd_status, MrdStatus::kImagingPlusNegative);
}

TEST(EngineMrd, SustainedNeedsOneYearApart) {
  const std::string first = "2024-02-20,mrd_ngf,negative,1e-5\n2024-02-25,pet_ct,negative,\n";
  ResponseReport sustained = AssessCsv(CrHistory(first) +
                                       "2025-02-20,mrd_ngf,negative,1e-5\n"
                                       "2025-02-21,pet_ct,negative,\n"
                                       "2025-03-02,serum_ife,negative,\n"
                                       "2025-03-02,urine_ife,negative,\n");
  EXPECT_EQ(sustained.lines[0].mrd_status, MrdStatus::kSustainedNegative);
  ResponseReport early = AssessCsv(CrHistory(first) +
                                   "2025-02-18,mrd_ngf,negative,1e-5\n"
                                   "2025-03-02,serum_ife,negative,\n"
                                   "2025-03-02,urine_ife,negative,\n");
  EXPECT_EQ(early.lines[0].mrd_status, MrdStatus::kImagingPlusNegative);
}

TEST(EngineMrd, AbsentFrom2011Criteria) {
  std::istringstream in("date,test,value,unit\n" + CrHistory("2024-02-20,mrd_ngf,negative,1e-5\n"));
  records::CsvPatientReader reader(in, "t.csv");
  records::PatientRecord record;
  ASSERT_TRUE(reader.Next(&record).ok());
  EXPECT_EQ(Assess(record, Imwg2011()).lines[0].mrd_status, MrdStatus::kNone);
  EXPECT_EQ(Assess(record, Imwg2011()).criteria, "IMWG-2011");
}

}  // namespace
}  // namespace oncoguide::response
