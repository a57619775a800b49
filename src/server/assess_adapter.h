// The ONE place where the server calls the assessment engines (internal to src/server).
//
// Today it calls the public functions `oncoguide assess --format json` uses (readers, Assess,
// ComputeStaging, AssessToJson/AssessWriter, WriteFhirBundle). When the pipeline area
// (include/oncoguide/pipeline/) lands, only this file changes: every handler goes through it.
#ifndef ONCOGUIDE_SRC_SERVER_ASSESS_ADAPTER_H_
#define ONCOGUIDE_SRC_SERVER_ASSESS_ADAPTER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide::server {

// One parsed upload: its detected format and the person's record.
struct ParsedUpload {
  std::string format;  // "csv", "fhir-json", "fhir-ndjson"; "pdf", "image" (lab_report_upload.h)
  records::PatientRecord record;
  std::vector<std::string> not_read;  // a lab report's lines with a value that was not read
};

// Refuses content that is not a records file (decided by the bytes, never by a name or header):
// PDF, archives, images, other binary. kFailedPrecondition with a hint, so handlers answer 415.
Status CheckRecordsContent(std::string_view bytes);

// Parses an upload of ONE person's records (CSV, FHIR JSON, FHIR NDJSON). `source` names the
// file in error locations. Errors are the readers' located Status (file, line or FHIR path,
// cause, hint); a cohort file with several patients is refused.
Result<ParsedUpload> ParseUpload(std::string_view bytes, const std::string& source);

// The bytes `oncoguide assess --format json` prints for this file content (an object for one
// patient, an array for several), or the reader's located error.
Result<std::string> AssessFileJson(std::string_view bytes, const std::string& source);

// Several uploads of one person as one record: observations merged and sorted by date (with
// `sort` false: one file's observations after another's, in the files' order).
records::PatientRecord MergeRecords(std::vector<records::PatientRecord> records, bool sort = true);

// The person's result: the `assess` JSON object (response per line, staging, diagnosis, high
// risk) plus "trend": {analyte: [{date, value, unit}]} of the quantitative results.
nlohmann::json ResultJson(const records::PatientRecord& record);

// The parsed observations as JSON (what GET /api/v1/records/{id} returns; sealed at rest).
nlohmann::json ObservationsJson(const records::PatientRecord& record);

// The export: a FHIR R4 Bundle (collection) of the person's observations (one Observation per
// value, LOINC coded where oncoguide knows the code) followed by oncoguide's computed results
// (report/fhir_writer.h).
nlohmann::json ExportBundle(const records::PatientRecord& record);

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_ASSESS_ADAPTER_H_
