// Output of the lab-only reading IMWG-2016-lab (`oncoguide assess --criteria IMWG-2016-lab`) in
// text, JSON, JSON Lines and FHIR, built so that it cannot be mistaken for strict IMWG:
//
//   - text: every heading says "lab-only reading (IMWG-2016-lab)"; categories carry "-lab".
//   - JSON: {"criteria": "IMWG-2016-lab", "reading": "lab-only", "notice": ..., "lines": [...]},
//     each visit's category under "lab_response" ("CR-lab", ...), never under "response".
//   - FHIR: a Bundle of Observations that are NOT mCODE CancerDiseaseStatus and carry no NCIt or
//     SNOMED CT response codes. code = {kLabObservationSystem, "lab-only-response"}; value =
//     {kLabResponseSystem, "CR-lab" ... "NE-lab"}; extension kLabReadingExtension (valueCode
//     "lab-only"); meta.tag {kOncoguideTagSystem "computed"} and {kLabTagSystem "lab-only"}.
//     A reader that only knows IMWG or mCODE codes therefore finds no response in it.
#ifndef ONCOGUIDE_REPORT_LAB_OUTPUT_H_
#define ONCOGUIDE_REPORT_LAB_OUTPUT_H_

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"
#include "oncoguide/report/assess_output.h"
#include "oncoguide/response/lab/lab_report.h"

namespace oncoguide::report {

inline constexpr std::string_view kLabObservationSystem = "urn:oncoguide:observation";
inline constexpr std::string_view kLabResponseSystem = "urn:oncoguide:imwg-2016-lab-response";
inline constexpr std::string_view kLabReadingExtension = "urn:oncoguide:extension:response-reading";
inline constexpr std::string_view kLabTagSystem = "urn:oncoguide:reading";

// The one-sentence notice every lab-only output carries.
inline constexpr std::string_view kLabNotice =
    "Lab-only reading (IMWG-2016-lab): what the blood and urine tests alone show at each visit. "
    "It is not an IMWG 2016 response category; the strict IMWG 2016 reading (the default) stays "
    "the reference.";

nlohmann::json LabToJson(const records::PatientRecord& record, const response::LabReport& report);
std::string LabToText(const records::PatientRecord& record, const response::LabReport& report);
nlohmann::json LabToFhirBundle(const records::PatientRecord& record,
                               const response::LabReport& report);

// Streams lab-only reports in one output format (as AssessWriter does for strict reports).
class LabWriter {
 public:
  LabWriter(OutputFormat format, std::FILE* out) : format_(format), out_(out) {}
  Status Add(const records::PatientRecord& record, const response::LabReport& report);
  Status Finish();

 private:
  Status Write(std::string_view text);
  OutputFormat format_;
  std::FILE* out_;
  int patients_ = 0;
  std::string held_;
};

}  // namespace oncoguide::report

#endif  // ONCOGUIDE_REPORT_LAB_OUTPUT_H_
