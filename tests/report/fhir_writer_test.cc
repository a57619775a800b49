#include "oncoguide/report/fhir_writer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/load.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/staging/staging.h"

namespace oncoguide::report {

using records::Analyte;
using records::Observation;
using records::PatientRecord;
using response::Category;
using response::ResponseReport;
using staging::ComputeStaging;
using staging::StagingResult;

namespace {

using nlohmann::json;

// The bundle of `record` with a given response report (the fixture builds its report by hand).
json Bundle(const PatientRecord& record, const ResponseReport& report) {
  pipeline::PatientResult result = pipeline::ComputePatientResult(record);
  result.response = report;
  return WriteFhirBundle(result);
}

Observation Obs(const char* date, Analyte a, double v, const char* id = "") {
  Observation o;
  o.date = *Date::Parse(date);
  o.analyte = a;
  o.value = v;
  o.fhir_id = id;
  return o;
}

// The resources of `bundle` whose meta.profile ends with `profile_suffix`.
std::vector<json> WithProfile(const json& bundle, std::string_view profile_suffix) {
  std::vector<json> out;
  for (const json& e : bundle["entry"]) {
    const std::string p = e["resource"]["meta"]["profile"][0];
    if (p.ends_with(profile_suffix)) out.push_back(e["resource"]);
  }
  return out;
}

bool HasCoding(const json& cc, std::string_view system, std::string_view code) {
  for (const json& c : cc["coding"]) {
    if (c["system"] == system && c["code"] == code) return true;
  }
  return false;
}

class FhirWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    record_.patient_id = "p1";
    record_.from_fhir = true;
    record_.observations = {Obs("2024-01-10", Analyte::kBeta2Microglobulin, 6.0, "Observation/b2m"),
                            Obs("2024-01-10", Analyte::kAlbumin, 3.0, "Observation/alb"),
                            Obs("2024-01-10", Analyte::kLdh, 400, "Observation/ldh")};
    report_.patient_id = "p1";
    report_.criteria = "IMWG-2016";
    response::TherapyLine line;
    line.start = *Date::Parse("2024-01-15");
    const Category cats[] = {Category::kSCR, Category::kCR, Category::kVGPR, Category::kPR,
                             Category::kMR,  Category::kSD, Category::kPD,   Category::kNE};
    int day = 1;
    for (Category c : cats) {
      response::Assessment a;
      a.date = *Date::Parse(fmt::format("2024-03-{:02d}", day++));
      a.response = c;
      a.confirmed = true;
      a.explanation = "because";
      a.source_ids = {fmt::format("Observation/m{}", day)};
      line.assessments.push_back(a);
    }
    report_.lines.push_back(line);
  }
  PatientRecord record_;
  ResponseReport report_;
};

TEST_F(FhirWriterTest, StagingObservationsUseMcodeCodes) {
  StagingResult staging = ComputeStaging(record_);
  ASSERT_EQ(staging.staging.iss, staging::Stage::kIII);
  ASSERT_EQ(staging.staging.r_iss, staging::Stage::kIII);  // ISS III with LDH above the default ULN
  json b = Bundle(record_, report_);
  EXPECT_EQ(b["resourceType"], "Bundle");
  EXPECT_EQ(b["type"], "collection");
  std::vector<json> stages = WithProfile(b, "mcode-cancer-stage");
  ASSERT_EQ(stages.size(), 2u);
  const json& iss = stages[0];
  EXPECT_TRUE(HasCoding(iss["code"], records::kNcitSystem, "C139007"));
  EXPECT_TRUE(HasCoding(iss["method"], records::kSnomedSystem, "1149162008"));
  EXPECT_TRUE(HasCoding(iss["valueCodeableConcept"], records::kNcitSystem, "C70660"));
  EXPECT_EQ(iss["subject"]["reference"], "Patient/p1");
  EXPECT_EQ(iss["effectiveDateTime"], "2024-01-10");
  EXPECT_EQ(iss["derivedFrom"].size(), 1u);  // b2m >= 5.5 decides ISS III alone
  EXPECT_EQ(iss["derivedFrom"][0]["reference"], "Observation/b2m");
  EXPECT_TRUE(
      HasCoding(json{{"coding", iss["meta"]["tag"]}}, records::kOncoguideTagSystem, "computed"));
  const json& riss = stages[1];
  EXPECT_TRUE(HasCoding(riss["code"], records::kNcitSystem, "C141392"));
  EXPECT_TRUE(HasCoding(riss["method"], records::kSnomedSystem, "1149163003"));
  EXPECT_TRUE(HasCoding(riss["valueCodeableConcept"], records::kNcitSystem, "C141396"));
  EXPECT_EQ(riss["derivedFrom"].size(), 2u);  // b2m and LDH (no FISH in the record)
}

TEST_F(FhirWriterTest, NullStageWritesNoObservation) {
  record_.observations.pop_back();  // no LDH, no FISH: R-ISS cannot be assigned
  StagingResult staging = ComputeStaging(record_);
  ASSERT_FALSE(staging.staging.r_iss.has_value());
  json b = Bundle(record_, report_);
  EXPECT_EQ(WithProfile(b, "mcode-cancer-stage").size(), 1u);
}

TEST_F(FhirWriterTest, DiseaseStatusPerAssessment) {
  json b = Bundle(record_, report_);
  std::vector<json> status = WithProfile(b, "mcode-cancer-disease-status");
  ASSERT_EQ(status.size(), 8u);
  struct Want {
    const char* trend;
    const char* ncit;  // "" = none
    const char* imwg;
  };
  const Want want[] = {{"268910001", "", "sCR"},         {"268910001", "C4870", "CR"},
                       {"268910001", "C123618", "VGPR"}, {"268910001", "C18058", "PR"},
                       {"268910001", "", "MR"},          {"359746009", "C18213", "SD"},
                       {"271299001", "C35571", "PD"},    {"709137006", "C62222", "NE"}};
  for (size_t i = 0; i < status.size(); ++i) {
    const json& o = status[i];
    SCOPED_TRACE(want[i].imwg);
    EXPECT_TRUE(HasCoding(o["code"], records::kLoincSystem, "97509-4"));
    const json& v = o["valueCodeableConcept"];
    EXPECT_EQ(v["coding"][0]["system"], records::kSnomedSystem);  // the required trend coding first
    EXPECT_EQ(v["coding"][0]["code"], want[i].trend);
    EXPECT_TRUE(HasCoding(v, records::kImwgResponseSystem, want[i].imwg));
    if (*want[i].ncit) {
      EXPECT_TRUE(HasCoding(v, records::kNcitSystem, want[i].ncit));
    } else {
      EXPECT_EQ(v["coding"].size(), 2u);
    }
    EXPECT_EQ(o["subject"]["reference"], "Patient/p1");
    EXPECT_EQ(o["effectiveDateTime"], fmt::format("2024-03-{:02d}", i + 1));
    EXPECT_EQ(o["derivedFrom"][0]["reference"], fmt::format("Observation/m{}", i + 2));
    EXPECT_EQ(o["extension"][0]["valueCodeableConcept"]["coding"][0]["code"], "386344002");
    EXPECT_EQ(o["note"][0]["text"], "because");
  }
  EXPECT_EQ(status[0]["id"], "oncoguide-status-1-2024-03-01");
}

TEST_F(FhirWriterTest, CsvInputHasNoDerivedFrom) {
  record_.from_fhir = false;
  record_.patient_id.clear();
  json b = Bundle(record_, report_);
  for (const json& e : b["entry"]) {
    EXPECT_FALSE(e["resource"].contains("derivedFrom"));
    EXPECT_EQ(e["resource"]["subject"]["display"], "unidentified patient");
  }
}

// Reading the input together with our output loses nothing: the same observations, the same
// assessments, and our resources listed as ignored.
TEST(FhirWriterRoundTrip, InputPlusOutputReadsBackTheSame) {
  const std::string input = std::string(ONCOGUIDE_TEST_DATA_DIR) + "/staging/patient-fhir.json";
  Result<std::vector<PatientRecord>> first = records::LoadRecords(input);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_EQ(first->size(), 1u);
  const PatientRecord& rec = (*first)[0];
  const ResponseReport report = response::Assess(rec);
  const StagingResult staging = ComputeStaging(rec);
  ASSERT_TRUE(staging.staging.iss.has_value());
  json out = WriteFhirBundle(pipeline::ComputePatientResult(rec));
  ASSERT_GT(out["entry"].size(), 1u);

  std::ifstream in(input);
  json merged = json::parse(in);
  for (const json& e : out["entry"]) merged["entry"].push_back(e);
  const std::filesystem::path tmp =
      std::filesystem::temp_directory_path() / "oncoguide-fhir-roundtrip.json";
  std::ofstream(tmp) << merged.dump(1);
  Result<std::vector<PatientRecord>> second = records::LoadRecords(tmp.string());
  std::filesystem::remove(tmp);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  const PatientRecord& back = (*second)[0];

  EXPECT_EQ(back.patient_id, rec.patient_id);
  ASSERT_EQ(back.observations.size(), rec.observations.size());
  for (size_t i = 0; i < rec.observations.size(); ++i) {
    const Observation& a = rec.observations[i];
    const Observation& b = back.observations[i];
    SCOPED_TRACE(a.fhir_id);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.analyte, b.analyte);
    EXPECT_EQ(a.has_value, b.has_value);
    if (a.has_value && !std::isnan(a.value)) {
      EXPECT_DOUBLE_EQ(a.value, b.value);
    }
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.fhir_id, b.fhir_id);
  }
  // Every resource we wrote is listed as ignored.
  for (const json& e : out["entry"]) {
    const std::string id = "Observation/" + e["resource"]["id"].get<std::string>();
    bool listed = false;
    for (const std::string& line : back.ignored) listed |= line.rfind(id, 0) == 0;
    EXPECT_TRUE(listed) << id << " not in ignored";
  }
  // Same assessment and staging.
  const ResponseReport again = response::Assess(back);
  ASSERT_EQ(again.lines.size(), report.lines.size());
  for (size_t l = 0; l < report.lines.size(); ++l) {
    ASSERT_EQ(again.lines[l].assessments.size(), report.lines[l].assessments.size());
    for (size_t k = 0; k < report.lines[l].assessments.size(); ++k) {
      EXPECT_EQ(again.lines[l].assessments[k].date, report.lines[l].assessments[k].date);
      EXPECT_EQ(again.lines[l].assessments[k].response, report.lines[l].assessments[k].response);
    }
    EXPECT_EQ(again.lines[l].best_response, report.lines[l].best_response);
  }
  const StagingResult staged_again = ComputeStaging(back);
  EXPECT_EQ(staged_again.staging.iss, staging.staging.iss);
  EXPECT_EQ(staged_again.staging.r_iss, staging.staging.r_iss);
  EXPECT_EQ(staged_again.staging.r2_iss, staging.staging.r2_iss);
}

}  // namespace
}  // namespace oncoguide::report
