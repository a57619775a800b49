// Fuzz target: the FHIR R4 JSON reader (Bundle, resource; several patients). A record it accepts is
// assessed; neither may crash, whatever the bytes (refusing the input is fine).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/fhir_reader.h"
#include "oncoguide/report/assess_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  oncoguide::Result<std::vector<oncoguide::PatientRecord>> records =
      oncoguide::ReadFhirCohort(text, "fuzz.json");
  if (!records.ok()) {
    (void)records.status().ToString();
    return 0;
  }
  for (const oncoguide::PatientRecord& record : *records) {
    (void)oncoguide::AssessToJson(oncoguide::ComputePatientResult(record)).dump();
  }
  return 0;
}
