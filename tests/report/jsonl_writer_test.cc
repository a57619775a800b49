// The jsonl writer (json_layout.h written to a StreamSink, no tree) must write what
// nlohmann::json::dump() writes for AssessToJson() (the same layout written to a DomSink): the
// same bytes for ordinary text, which also proves the layout writes keys in sorted order, the
// same JSON value when text holds control characters, and refuse invalid UTF-8 as dump() does.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/assess_output.h"

namespace oncoguide::report {

using records::Analyte;
using records::Observation;
using records::PatientRecord;

namespace {

// Writes `records` with AssessWriter in `format` and returns the text.
Result<std::string> WriteAll(const std::vector<PatientRecord>& records, OutputFormat format) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::tmpfile(), &std::fclose);
  AssessWriter writer(format, out.get());
  for (const PatientRecord& r : records) {
    Status s = writer.Add(pipeline::ComputePatientResult(r));
    if (!s.ok()) return s;
  }
  Status s = writer.Finish();
  if (!s.ok()) return s;
  std::rewind(out.get());
  std::string text;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, out.get())) > 0) text.append(buf, n);
  return text;
}

std::string Expected(const std::vector<PatientRecord>& records) {
  std::string text;
  for (const PatientRecord& r : records) {
    text += AssessToJson(pipeline::ComputePatientResult(r)).dump() + "\n";
  }
  return text;
}

TEST(JsonlWriter, SameTextAsNlohmannDumpOnExamples) {
  // The histories have phases, awaiting confirmations, MRD, progression and several lines: every
  // member of the layout is written by one of these files.
  const std::vector<std::string> files = {
      std::string(ONCOGUIDE_EXAMPLES_DIR) + "/patient.csv",
      std::string(ONCOGUIDE_EXAMPLES_DIR) + "/patient-fhir.json",
      std::string(ONCOGUIDE_TEST_DATA_DIR) + "/lab_histories/histories.csv"};
  for (const std::string& name : files) {
    Result<std::vector<PatientRecord>> records = records::LoadRecords(name);
    ASSERT_TRUE(records.ok()) << records.status().ToString();
    Result<std::string> got = WriteAll(*records, OutputFormat::kJsonl);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    EXPECT_EQ(*got, Expected(*records)) << name;
  }
}

TEST(JsonlWriter, EscapesAndNumbersMatch) {
  PatientRecord r;
  r.patient_id = "P \"quoted\" back\\slash\ttab\x01\x1f\x7f ctrl / José 😀";
  r.source = "dir/labs.csv";
  for (double v : {3.0, 0.1, 2.5, 1e-05, 123456789.125, 0.0}) {
    Observation o;
    o.date = Date::FromYmd(2024, 1, 1);
    o.analyte = Analyte::kSerumMProtein;
    o.value = v;
    r.observations.push_back(o);
  }
  Observation t;
  t.date = Date::FromYmd(2023, 12, 1);
  t.analyte = Analyte::kTherapyStart;
  t.has_value = false;
  t.text = "Dara-VRd \"induction\" ñ";
  r.observations.insert(r.observations.begin(), t);
  r.ignored = {"Observation/x: \"Na\" \\ not used"};
  Result<std::string> got = WriteAll({r}, OutputFormat::kJsonl);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  // The same JSON value; the text differs only in the case of hex digits of control-character
  // escapes (RapidJSON writes \u001F where nlohmann writes \u001f).
  EXPECT_EQ(nlohmann::json::parse(*got), nlohmann::json::parse(Expected({r})));
  EXPECT_EQ(got->back(), '\n');
  EXPECT_EQ(std::count(got->begin(), got->end(), '\n'), 1);
}

TEST(JsonlWriter, InvalidUtf8IsAnErrorNotBrokenJson) {
  PatientRecord r;
  r.patient_id = "caf\xE9";   // Latin-1, not UTF-8
  for (int month : {1, 2}) {  // one assessment, so that FHIR output names the patient too
    Observation o;
    o.date = Date::FromYmd(2024, month, 1);
    o.analyte = Analyte::kSerumMProtein;
    o.value = 3.0 / month;
    r.observations.push_back(o);
  }
  for (OutputFormat f : {OutputFormat::kJsonl, OutputFormat::kJson, OutputFormat::kFhir}) {
    Result<std::string> got = WriteAll({r}, f);
    ASSERT_FALSE(got.ok()) << static_cast<int>(f) << ": " << *got;
    EXPECT_NE(got.status().ToString().find("UTF-8"), std::string::npos);
  }
}

}  // namespace
}  // namespace oncoguide::report
