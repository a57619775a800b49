// Fuzz target: the CSV reader. Reads every patient of the input and assesses each one; neither
// may crash, hang or read out of bounds, whatever the bytes (errors are fine).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/csv_reader.h"
#include "oncoguide/report/assess_output.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  oncoguide::records::CsvPatientReader reader(in, "fuzz.csv");
  oncoguide::records::PatientRecord patient;
  while (true) {
    oncoguide::Result<bool> got = reader.Next(&patient);
    if (!got.ok()) {
      (void)got.status().ToString();
      break;
    }
    if (!*got) break;
    (void)oncoguide::report::AssessToJson(oncoguide::pipeline::ComputePatientResult(patient))
        .dump();
  }
  return 0;
}
