// Helpers shared by the records reader tests.
#ifndef ONCOGUIDE_TESTS_RECORDS_RECORDS_TEST_UTIL_H_
#define ONCOGUIDE_TESTS_RECORDS_RECORDS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/common/status.h"
#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/fhir_codes.h"
#include "oncoguide/records/record.h"

namespace oncoguide::testing {

inline Date D(const char* text) {
  std::optional<Date> d = Date::Parse(text);
  EXPECT_TRUE(d.has_value()) << text;
  return d.value_or(Date());
}

// A FHIR Patient resource.
inline nlohmann::json FhirPatient(const std::string& id) {
  return {{"resourceType", "Patient"}, {"id", id}};
}

// A serum M-protein Observation (LOINC 33358-3, g/dL) with its keys in the order FHIR servers
// write them (resourceType first). An empty `subject` leaves the subject out; `note_bytes` > 0
// adds a note of that many bytes (a large resource).
inline nlohmann::ordered_json SpepObservation(const std::string& id, const std::string& subject,
                                              double value, const std::string& date,
                                              std::size_t note_bytes = 0) {
  using nlohmann::ordered_json;
  ordered_json o = {{"resourceType", "Observation"}, {"id", id}, {"status", "final"}};
  if (!subject.empty()) o["subject"] = {{"reference", subject}};
  o["code"] = {
      {"coding", ordered_json::array({{{"system", records::kLoincSystem}, {"code", "33358-3"}}})}};
  o["effectiveDateTime"] = date;
  o["valueQuantity"] = {
      {"value", value}, {"system", records::kUcumSystem}, {"code", "g/dL"}, {"unit", "g/dL"}};
  if (note_bytes > 0) o["note"] = {{{"text", std::string(note_bytes, 'n')}}};
  return o;
}

inline std::string DataPath(const std::string& name) {
  return std::string(ONCOGUIDE_TEST_DATA_DIR) + "/records/" + name;
}

// Reads every patient of a CSV text, or the first error.
inline Result<std::vector<records::PatientRecord>> ReadCsvText(
    const std::string& text, const std::string& source = "labs.csv",
    records::ReadOptions options = {}) {
  std::istringstream in(text);
  records::CsvPatientReader reader(in, source, options);
  std::vector<records::PatientRecord> out;
  while (true) {
    records::PatientRecord p;
    Result<bool> got = reader.Next(&p);
    if (!got.ok()) return got.status();
    if (!*got) break;
    out.push_back(std::move(p));
  }
  return out;
}

// Reads a CSV text expected to hold one patient; fails the test otherwise.
inline records::PatientRecord ReadOneCsv(const std::string& text) {
  Result<std::vector<records::PatientRecord>> r = ReadCsvText(text);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return {};
  EXPECT_EQ(r->size(), 1u);
  if (r->empty()) return {};
  return std::move(r->front());
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_RECORDS_RECORDS_TEST_UTIL_H_
