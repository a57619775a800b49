// FHIR R4 output of oncoguide's computed results (`oncoguide assess --format fhir FILE`).
//
// WriteFhirBundle() returns a Bundle of type "collection" holding:
//   - ISS and R-ISS stage Observations (mCODE STU4 CancerStage profile, mcode-cancer-stage), when
//     the stage could be assigned:
//       ISS:   code NCIt C139007 "International Staging System Stage",
//              method SNOMED CT 1149162008, value NCIt C70658 / C70659 / C70660 (stage I/II/III);
//       R-ISS: code NCIt C141392 "Revised International Staging System Stage",
//              method SNOMED CT 1149163003, value NCIt C141394 / C141395 / C141396.
//     effectiveDateTime = the date of the latest value used; derivedFrom = the lab Observations
//     used (when the input was FHIR); note = the explanation.
//   - One mCODE CancerDiseaseStatus Observation per response assessment (code LOINC 97509-4).
//     valueCodeableConcept: the mCODE ConditionStatusTrendVS coding (SNOMED CT 268910001
//     improved for sCR/CR/VGPR/PR/MR, 359746009 stable for SD, 271299001 worsened for PD,
//     709137006 undetermined for NE), then the IMWG category as additional codings: NCIt where a
//     code was verified (CR C4870, VGPR C123618, PR C18058, SD C18213, PD C35571, NE C62222) and
//     always oncoguide's own code system kImwgResponseSystem (code = "sCR", "CR", ... "NE").
//     Extension mcode-evidence-type = SNOMED CT 386344002 "Laboratory data interpretation";
//     derivedFrom = Assessment::source_ids (FHIR input only); note = the explanation.
// Every resource carries meta.tag {system kOncoguideTagSystem, code "computed"}, so a reader can
// recognise our output whatever its codes; ids are stable ("oncoguide-iss",
// "oncoguide-status-<line>-<date>") so that writing twice gives the same bundle. The subject is
// "Patient/<patient_id>" (a display "unidentified patient" when the record has no id).
#ifndef ONCOGUIDE_REPORT_FHIR_WRITER_H_
#define ONCOGUIDE_REPORT_FHIR_WRITER_H_

#include <nlohmann/json.hpp>
#include <string_view>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/fhir_codes.h"

namespace oncoguide::report {

// Code systems (LOINC, SNOMED, NCIt, our tag) are in records/fhir_codes.h.
inline constexpr std::string_view kIssStageCode = "C139007";   // NCIt, Observation.code of ISS
inline constexpr std::string_view kRissStageCode = "C141392";  // NCIt, Observation.code of R-ISS

nlohmann::json WriteFhirBundle(const pipeline::PatientResult& result);

}  // namespace oncoguide::report

#endif  // ONCOGUIDE_REPORT_FHIR_WRITER_H_
