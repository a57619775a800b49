// Fuzz target: FHIR NDJSON and multi-file input (a directory of a bulk export). A NUL byte splits
// the input into "files" fed to one FhirCohortReader; each file may be NDJSON, a Bundle or a
// resource. Every record accepted is assessed; nothing may crash (refusing is fine).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/fhir_reader.h"
#include "oncoguide/report/assess_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  oncoguide::records::FhirCohortReader reader;
  int file = 0;
  while (true) {
    const size_t nul = text.find('\0');
    const std::string_view part = text.substr(0, nul);
    oncoguide::Status s = reader.Add(part, "file" + std::to_string(file++) + ".ndjson");
    if (!s.ok()) {
      (void)s.ToString();
      return 0;
    }
    if (nul == std::string_view::npos) break;
    text.remove_prefix(nul + 1);
  }
  oncoguide::Result<std::vector<oncoguide::records::PatientRecord>> records = reader.Finish();
  if (!records.ok()) return 0;
  for (const oncoguide::records::PatientRecord& record : *records) {
    (void)oncoguide::report::AssessToJson(oncoguide::pipeline::ComputePatientResult(record)).dump();
  }
  return 0;
}
