// Writes `oncoguide assess` output for a stream of patients in one of the output formats.
//
//   text:  the human report of each patient, separated by a blank line;
//   json:  one JSON object for a single patient; a JSON array when the file holds several;
//   jsonl: one JSON object per patient per line (cohorts);
//   fhir:  a FHIR R4 Bundle of the computed results per patient (see fhir_writer.h).
// Each patient's object holds the response report plus staging, diagnosis and high risk. The
// writer only presents: every result is computed before, by ComputePatientResult().
#ifndef ONCOGUIDE_REPORT_ASSESS_OUTPUT_H_
#define ONCOGUIDE_REPORT_ASSESS_OUTPUT_H_

#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide {

enum class OutputFormat { kText, kJson, kJsonl, kFhir };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// The `assess` JSON object of one patient: the response report with the "staging",
// "diagnosis" and "high_risk" objects merged in.
nlohmann::json AssessToJson(const PatientResult& result);

class AssessWriter {
 public:
  // `out` must stay open until Finish().
  AssessWriter(OutputFormat format, std::FILE* out) : format_(format), out_(out) {}

  // Writes (or, for json, holds until the next call or Finish) one patient's results.
  Status Add(const PatientResult& result);
  // Completes the output (closes the JSON array when there were several patients).
  Status Finish();

 private:
  Status AddPatient(const PatientResult& result);
  Status Write(std::string_view text);
  OutputFormat format_;
  std::FILE* out_;
  int patients_ = 0;
  std::string held_;  // json: the first patient's object, until we know if more follow
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_REPORT_ASSESS_OUTPUT_H_
