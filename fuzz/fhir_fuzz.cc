// Fuzz target: the FHIR R4 JSON reader (Bundle, resource; several patients), which streams Bundle
// entries and NDJSON lines (records/fhir_stream.h). A record it accepts is assessed; neither may
// crash, whatever the bytes (refusing the input is fine). Each input is also read with a small
// resource-size limit, so that the limit's paths (an entry, the document, an NDJSON line cut off
// mid-value) are fuzzed too.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/fhir_reader.h"
#include "oncoguide/report/assess_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  oncoguide::records::ReadOptions small;
  small.max_fhir_resource_bytes = 200;
  oncoguide::Result<std::vector<oncoguide::records::PatientRecord>> limited =
      oncoguide::records::ReadFhirCohort(text, "fuzz.json", small);
  if (!limited.ok()) (void)limited.status().ToString();
  oncoguide::Result<std::vector<oncoguide::records::PatientRecord>> records =
      oncoguide::records::ReadFhirCohort(text, "fuzz.json");
  if (!records.ok()) {
    (void)records.status().ToString();
    return 0;
  }
  for (const oncoguide::records::PatientRecord& record : *records) {
    (void)oncoguide::report::AssessToJson(oncoguide::pipeline::ComputePatientResult(record)).dump();
  }
  return 0;
}
