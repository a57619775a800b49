// Regression tests for issue 8 on the FHIR side: several patients in one input, comparators,
// corrections, transplant and maintenance phases, NDJSON, directories, future dates.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../common/temp_dir.h"
#include "oncoguide/records/fhir_codes.h"
#include "oncoguide/records/fhir_reader.h"
#include "oncoguide/records/load.h"
#include "records_test_util.h"

namespace oncoguide::testing {

using records::Analyte;
using records::PatientRecord;
using records::ReadFhirCohort;

namespace {

using nlohmann::json;

json Spep(const std::string& id, const std::string& subject, double value,
          const std::string& date = "2024-01-10") {
  return json(SpepObservation(id, subject, value, date));
}

json Bundle(const std::vector<json>& resources) {
  json b = {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", json::array()}};
  for (const json& r : resources) b["entry"].push_back(json{{"resource", r}});
  return b;
}

Result<std::vector<PatientRecord>> Cohort(const json& j) {
  return ReadFhirCohort(j.dump(), "bundle.json");
}

TEST(FhirReader, TwoPatientsInOneBundleAreTwoRecords_Regression) {
  Result<std::vector<PatientRecord>> r =
      Cohort(Bundle({FhirPatient("A"), FhirPatient("B"), Spep("a1", "Patient/A", 3.0),
                     Spep("b1", "Patient/B", 1.0), Spep("a2", "Patient/A", 1.5, "2024-02-10")}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].patient_id, "A");
  ASSERT_EQ((*r)[0].observations.size(), 2u);
  EXPECT_DOUBLE_EQ((*r)[0].observations[0].value, 3.0);
  EXPECT_EQ((*r)[1].patient_id, "B");
  ASSERT_EQ((*r)[1].observations.size(), 1u);
  EXPECT_DOUBLE_EQ((*r)[1].observations[0].value, 1.0);
}

TEST(FhirReader, OnePatientCommandRefusesACohortNamingThePatients_Regression) {
  Result<PatientRecord> r =
      records::ReadFhir(Bundle({FhirPatient("A"), FhirPatient("B"), Spep("a1", "Patient/A", 3.0),
                                Spep("b1", "Patient/B", 1.0)})
                            .dump(),
                        "bundle.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("2 patients (A, B)"), std::string::npos)
      << r.status().ToString();
}

TEST(FhirReader, SubjectByFullUrlAndAbsoluteReference) {
  json b = Bundle({Spep("a1", "urn:uuid:1111", 3.0),
                   Spep("a2", "http://ehr.example/fhir/Patient/A", 2.0, "2024-02-01")});
  b["entry"].push_back({{"fullUrl", "urn:uuid:1111"}, {"resource", FhirPatient("A")}});
  b["entry"].push_back({{"resource", FhirPatient("B")}});
  Result<std::vector<PatientRecord>> r = Cohort(b);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].patient_id, "A");
  EXPECT_EQ((*r)[0].observations.size(), 2u);
  EXPECT_TRUE((*r)[1].observations.empty());
}

TEST(FhirReader, UnmatchedSubjectIsReportedNotAbsorbed_Regression) {
  Result<std::vector<PatientRecord>> r = Cohort(
      Bundle({FhirPatient("A"), Spep("a1", "Patient/A", 3.0), Spep("x1", "Patient/X", 1.0)}));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("Observation/x1 refers to subject 'Patient/X'"),
            std::string::npos)
      << r.status().ToString();
  EXPECT_EQ(r.status().where().path, "Bundle.entry[2].resource.subject");
}

TEST(FhirReader, NoSubjectInACohortIsReportedNotAbsorbed_Regression) {
  Result<std::vector<PatientRecord>> r = Cohort(Bundle(
      {FhirPatient("A"), FhirPatient("B"), Spep("a1", "Patient/A", 3.0), Spep("n1", "", 1.0)}));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("Observation/n1 has no subject"), std::string::npos);
  // With one patient the result is read as that patient's, and the record says so.
  Result<std::vector<PatientRecord>> one = Cohort(
      Bundle({FhirPatient("A"), Spep("a1", "Patient/A", 3.0), Spep("n1", "", 1.0, "2024-03-01")}));
  ASSERT_TRUE(one.ok()) << one.status().ToString();
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].observations.size(), 2u);
  ASSERT_EQ((*one)[0].notes.size(), 1u);
  EXPECT_NE((*one)[0].notes[0].find("Observation/n1 has no subject"), std::string::npos);
}

TEST(FhirReader, ComparatorIsALimitNotAMeasurement_Regression) {
  json below = Spep("o1", "Patient/A", 0.2);
  below["valueQuantity"]["comparator"] = "<";
  json above = Spep("o2", "Patient/A", 500, "2024-02-01");
  above["code"]["coding"][0]["code"] = "36916-5";  // kappa free light chains
  above["valueQuantity"]["code"] = "mg/L";
  above["valueQuantity"]["comparator"] = ">=";
  Result<std::vector<PatientRecord>> r = Cohort(Bundle({below, above}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const PatientRecord& p = (*r)[0];
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].bound, records::ValueBound::kBelow);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 0.2);
  EXPECT_EQ(p.observations[1].bound, records::ValueBound::kAtLeast);
  json ad = Spep("o3", "Patient/A", 1);
  ad["valueQuantity"]["comparator"] = "ad";
  Result<std::vector<PatientRecord>> bad = Cohort(Bundle({ad}));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().where().path, "Bundle.entry[0].resource.valueQuantity.comparator");
}

TEST(FhirReader, SameDateConflictNamesBothResources_Regression) {
  Result<std::vector<PatientRecord>> r =
      Cohort(Bundle({Spep("o1", "Patient/A", 3.0), Spep("o2", "Patient/A", 1.0)}));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("Observation/o1"), std::string::npos);
  EXPECT_NE(r.status().cause().find("Observation/o2"), std::string::npos);
}

TEST(FhirReader, CorrectedStatusWinsAndEnteredInErrorIsLeftOut_Regression) {
  json wrong = Spep("o1", "Patient/A", 3.0);
  json fixed = Spep("o2", "Patient/A", 1.0);
  fixed["status"] = "corrected";
  json error = Spep("o3", "Patient/A", 9.0);
  error["status"] = "entered-in-error";
  Result<std::vector<PatientRecord>> r = Cohort(Bundle({fixed, wrong, error}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const PatientRecord& p = (*r)[0];
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 1.0);
  EXPECT_TRUE(p.observations[0].corrected);
  ASSERT_EQ(p.notes.size(), 1u);
  EXPECT_NE(p.notes[0].find("Observation/o2"), std::string::npos) << p.notes[0];
}

TEST(FhirReader, TransplantProcedureAndMaintenanceAreTherapyPhases_Regression) {
  json vrd = {{"resourceType", "MedicationStatement"},
              {"id", "m1"},
              {"status", "completed"},
              {"medicationCodeableConcept", {{"text", "VRd"}}},
              {"effectivePeriod", {{"start", "2024-01-05"}}}};
  json asct = {{"resourceType", "Procedure"},
               {"id", "p1"},
               {"status", "completed"},
               {"code", {{"text", "Autologous hematopoietic stem cell transplant"}}},
               {"performedDateTime", "2024-06-01"}};
  json len = {{"resourceType", "MedicationStatement"},
              {"id", "m2"},
              {"status", "active"},
              {"medicationCodeableConcept", {{"text", "Lenalidomide"}}},
              {"category", {{"text", "Maintenance therapy"}}},
              {"effectivePeriod", {{"start", "2024-09-01"}}}};
  json biopsy = {{"resourceType", "Procedure"},
                 {"id", "p2"},
                 {"status", "completed"},
                 {"code", {{"text", "Bone marrow biopsy"}}},
                 {"performedDateTime", "2024-06-20"}};
  Result<std::vector<PatientRecord>> r = Cohort(Bundle({vrd, asct, len, biopsy}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const PatientRecord& p = (*r)[0];
  ASSERT_EQ(p.observations.size(), 3u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kTherapyStart);
  EXPECT_EQ(p.observations[1].analyte, Analyte::kTherapyPhase);
  EXPECT_EQ(p.observations[1].text, "transplant");
  EXPECT_EQ(p.observations[1].date, D("2024-06-01"));
  EXPECT_EQ(p.observations[2].analyte, Analyte::kTherapyPhase);
  EXPECT_EQ(p.observations[2].text, "maintenance");
  ASSERT_EQ(p.ignored.size(), 1u);
  EXPECT_NE(p.ignored[0].find("Procedure/p2"), std::string::npos);
}

TEST(FhirReader, NdjsonBulkExportIsRead_Regression) {
  const std::string ndjson = FhirPatient("A").dump() + "\n" + FhirPatient("B").dump() + "\n" +
                             Spep("a1", "Patient/A", 3.0).dump() + "\n\n" +
                             Spep("b1", "Patient/B", 1.0).dump() + "\n";
  Result<std::vector<PatientRecord>> r = ReadFhirCohort(ndjson, "export.ndjson");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[1].observations.size(), 1u);
  // An error names the NDJSON line.
  json bad = Spep("b2", "Patient/B", 1.0, "2024-02-30");
  Result<std::vector<PatientRecord>> e =
      ReadFhirCohort(FhirPatient("B").dump() + "\n" + bad.dump() + "\n", "export.ndjson");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().where().line, 2);
}

TEST(FhirReader, FutureDateIsRefusedWithItsPath_Regression) {
  Result<std::vector<PatientRecord>> r =
      Cohort(Bundle({Spep("o1", "Patient/A", 3.0, "9999-12-31")}));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("in the future"), std::string::npos);
  EXPECT_EQ(r.status().where().path, "Bundle.entry[0].resource.effectiveDateTime");
}

// --- load: directories, files that are not records, one-patient commands ---------------------

TEST(LoadDirectory, DirectoryOfFhirFilesIsOneInput_Regression) {
  TempDir dir;
  dir.Write("Patient.ndjson", FhirPatient("A").dump() + "\n" + FhirPatient("B").dump() + "\n");
  dir.Write("Observation.ndjson", Spep("a1", "Patient/A", 3.0).dump() + "\n" +
                                      Spep("b1", "Patient/B", 1.0).dump() + "\n");
  Result<std::vector<PatientRecord>> r = records::LoadRecords(dir.path());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].patient_id, "A");
  EXPECT_EQ((*r)[0].observations.size(), 1u);
  Result<PatientRecord> one = records::LoadOnePatient(dir.path());
  ASSERT_FALSE(one.ok());
  EXPECT_NE(one.status().cause().find("(A, B)"), std::string::npos);
}

TEST(LoadDirectory, CsvInADirectoryIsALocatedError_Regression) {
  TempDir dir;
  dir.Write("labs.csv", "date,test,value,unit\n2024-01-10,serum_m_protein,3,g/dL\n");
  Result<std::vector<PatientRecord>> r = records::LoadRecords(dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("labs.csv in the directory is not FHIR JSON"),
            std::string::npos);
  TempDir empty;
  EXPECT_FALSE(records::LoadRecords(empty.path()).ok());
}

TEST(LoadErrors, FileThatIsNotRecordsSaysWhatItLooksLike_Regression) {
  TempDir dir;
  struct Case {
    std::string content;
    std::string looks_like;
  };
  for (const Case& c : {Case{"%PDF-1.7\n...", "a PDF document"},
                        Case{std::string("PK\x03\x04rest", 8), "spreadsheet workbook"},
                        Case{"[{\"resourceType\":\"Observation\"}]", "a JSON array"},
                        Case{"<html><body>", "HTML or XML"}}) {
    const std::string path = dir.Write("input", c.content);
    Result<std::vector<PatientRecord>> r = records::LoadRecords(path);
    ASSERT_FALSE(r.ok()) << c.looks_like;
    EXPECT_NE(r.status().cause().find(c.looks_like), std::string::npos) << r.status().ToString();
    EXPECT_FALSE(r.status().hint().empty());
  }
}

TEST(LoadErrors, SemicolonSpreadsheetIsReadNotRefused_Regression) {
  TempDir dir;
  const std::string path =
      dir.Write("labs.csv", "Date;Test;Value;Unit\n15.03.2024;serum_m_protein;1,2;g/dL\n");
  Result<PatientRecord> r = records::LoadOnePatient(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_DOUBLE_EQ(r->observations[0].value, 1.2);
}

}  // namespace
}  // namespace oncoguide::testing
