// Writes `oncoguide assess` output for a stream of patients in one of the output formats.
//
//   text:  the human report of each patient, separated by a blank line;
//   json:  one JSON object for a single patient; a JSON array when the file holds several;
//   jsonl: one JSON object per patient per line (cohorts);
//   fhir:  a FHIR R4 Bundle of the computed results (see fhir_writer.h): for a single patient one
//          indented JSON document; for several, NDJSON (one compact Bundle per line, as in FHIR
//          Bulk Data), since Bundles written back to back would not be one valid JSON text.
// Each patient's object holds the response report plus staging, diagnosis and high risk. The
// writer only presents: every result is computed before, by ComputePatientResult().
//
// JSON shape of one patient (keys in this order; README "Output"):
//   { "criteria": "IMWG-2016", "diagnosis": {…}, "high_risk": {…} (staging_json.h),
//     "ignored": [ rows not used, with their line ],
//     "lines": [ { "assessments": [ { "confirmed", "date" (the visit's first test),
//                                     "explanation", "last_date" (its last test),
//                                     "missing": [ … ], "response" } ],
//                  "awaiting_confirmation": { "date", "response" }|null,
//                  "baseline": { "date": …|null, "dates": { analyte: date },
//                                "explanation": "…", "measurable": ["serum_m_protein", …],
//                                "values": { "serum_m_protein": 3.0, … } },
//                  "best_response": "VGPR"|null, "best_response_date": …|null,
//                  "mrd_date": …|null, "mrd_status": "…"|null, "notes": [ … ],
//                  "phases": [ { "date", "inferred", "name", "regimen"|null } ],
//                  "progression_date": …|null, "regimen": "VRd"|null, "start": "YYYY-MM-DD" } ],
//     "patient": "P1"|null, "source": "file", "staging": {…} (staging_json.h) }
// The layout is described once (src/report/json_layout.h) and written either straight to text
// (jsonl) or into an nlohmann::json value (AssessToJson, json).
#ifndef ONCOGUIDE_REPORT_ASSESS_OUTPUT_H_
#define ONCOGUIDE_REPORT_ASSESS_OUTPUT_H_

#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide::report {

enum class OutputFormat { kText, kJson, kJsonl, kFhir };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// The `assess` JSON object of one patient (shape above). The jsonl output is this object dumped
// compactly, byte for byte (except upper-case hex in control-character escapes).
nlohmann::json AssessToJson(const pipeline::PatientResult& result);

class AssessWriter {
 public:
  // `out` must stay open until Finish().
  AssessWriter(OutputFormat format, std::FILE* out) : format_(format), out_(out) {}

  // Writes (or, for json, holds until the next call or Finish) one patient's results.
  Status Add(const pipeline::PatientResult& result);
  // Completes the output (closes the JSON array when there were several patients).
  Status Finish();

 private:
  Status AddPatient(const pipeline::PatientResult& result);
  Status Write(std::string_view text);
  OutputFormat format_;
  std::FILE* out_;
  int patients_ = 0;
  // json, fhir: the first patient's output, until we know whether more follow.
  std::string held_;
  nlohmann::json held_bundle_;
};

}  // namespace oncoguide::report

#endif  // ONCOGUIDE_REPORT_ASSESS_OUTPUT_H_
