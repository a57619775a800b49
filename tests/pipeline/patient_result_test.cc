// ComputePatientResult: every engine's result and the record's identity, computed once (the
// result equals what each engine gives on its own).
#include "oncoguide/pipeline/patient_result.h"

#include <gtest/gtest.h>

#include "oncoguide/records/load.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/staging/staging.h"
#include "pipeline_test_util.h"

namespace oncoguide::pipeline {

using records::PatientRecord;

namespace {

using testing::Obs;

PatientRecord Record() {
  PatientRecord r = testing::TreatedRecord();
  r.ignored = {"Observation/x (LOINC 2951-2): not used"};
  r.observations.push_back(
      Obs("2024-06-01", records::Analyte::kTherapyStart, 0, "Rd"));  // not a test
  return r;
}

TEST(PatientResult, CopiesIdentityAndProvenance) {
  const PatientResult r = ComputePatientResult(Record());
  EXPECT_EQ(r.patient_id, "p1");
  EXPECT_EQ(r.source, "labs.csv");
  EXPECT_FALSE(r.from_fhir);
  EXPECT_EQ(r.ignored, Record().ignored);
}

TEST(PatientResult, LastTestIsTheLatestObservationThatIsNotATherapyStart) {
  const PatientResult r = ComputePatientResult(Record());
  ASSERT_TRUE(r.last_test_date.has_value());
  EXPECT_EQ(r.last_test_date->ToString(), "2024-04-01");
  PatientRecord empty;
  EXPECT_FALSE(ComputePatientResult(empty).last_test_date.has_value());
}

TEST(PatientResult, HoldsWhatEachEngineComputes) {
  const PatientRecord record = Record();
  const PatientResult r = ComputePatientResult(record, response::Imwg2011());
  const response::ResponseReport want = response::Assess(record, response::Imwg2011());
  EXPECT_EQ(r.response.criteria, "IMWG-2011");
  ASSERT_EQ(r.response.lines.size(), want.lines.size());
  for (size_t i = 0; i < want.lines.size(); ++i) {
    ASSERT_EQ(r.response.lines[i].assessments.size(), want.lines[i].assessments.size());
    EXPECT_EQ(r.response.lines[i].best_response, want.lines[i].best_response);
  }
  const staging::StagingResult staging = staging::ComputeStaging(record);
  EXPECT_EQ(r.staging.iss, staging.staging.iss);
  EXPECT_EQ(r.staging.explanation, staging.staging.explanation);
  EXPECT_EQ(r.diagnosis.category, staging.diagnosis.category);
  EXPECT_EQ(r.high_risk.status, staging.high_risk.status);
  EXPECT_EQ(r.high_risk.not_tested, staging.high_risk.not_tested);
}

TEST(PatientResult, ExampleFilesHaveAResponseAndAStage) {
  for (const char* name : {"patient.csv", "patient-fhir.json"}) {
    Result<std::vector<PatientRecord>> records =
        records::LoadRecords(std::string(ONCOGUIDE_EXAMPLES_DIR) + "/" + name);
    ASSERT_TRUE(records.ok()) << records.status().ToString();
    ASSERT_EQ(records->size(), 1u);
    const PatientResult r = ComputePatientResult((*records)[0]);
    EXPECT_FALSE(r.response.lines.empty()) << name;
    EXPECT_TRUE(r.staging.iss.has_value()) << name;
    EXPECT_EQ(r.from_fhir, std::string(name).ends_with(".json"));
  }
}

TEST(LoadOnePatient, UnreadableFileIsAnError) {
  EXPECT_FALSE(LoadOnePatientResult("/nonexistent/records.csv").ok());
}

TEST(LoadOnePatient, CohortFileIsRefused) {
  Result<PatientResult> r =
      LoadOnePatientResult(std::string(ONCOGUIDE_TEST_DATA_DIR) + "/records/cohort.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("patients"), std::string::npos) << r.status().ToString();
}

TEST(LoadOnePatient, OnePatientFileGivesItsResult) {
  Result<PatientResult> r =
      LoadOnePatientResult(std::string(ONCOGUIDE_EXAMPLES_DIR) + "/patient.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->response.lines.empty());
}

}  // namespace
}  // namespace oncoguide::pipeline
