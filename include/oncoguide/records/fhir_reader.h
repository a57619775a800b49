// Reader for lab records in FHIR R4 JSON: a Bundle, or a single resource.
//
// Observations are matched to analytes by LOINC code (analyte.h), else by code.text or
// coding.display through the same synonym table as CSV test names. Values come from
// valueQuantity (UCUM unit in `code`, else `unit`), valueCodeableConcept / valueString (coded and
// text results), valueInteger (counts) or valueBoolean; dates from effectiveDateTime or
// effectivePeriod.start; reference ranges from referenceRange[0].low/high. FISH narrative
// (LOINC 50659-2) may list several abnormalities separated by ',' or ';'. An MRD sensitivity is
// read from `method.text` ("NGF 1e-5").
//
// Lines of therapy come from MedicationStatement / MedicationRequest / MedicationAdministration
// start dates: resources starting on the same date form one line, named from the medication
// text. Supportive-care drugs (antivirals, bone agents, anticoagulants...) and resources that only
// repeat drugs of the line already running (e.g. each cycle's administration) do not start a
// line; they are listed in PatientRecord::ignored with the reason, as are Observations oncoguide
// does not use (other tests, our own computed CancerDiseaseStatus and staging results).
//
// Bad input is refused whole: the Status names the file, the FHIR path, the cause and a hint.
#ifndef ONCOGUIDE_RECORDS_FHIR_READER_H_
#define ONCOGUIDE_RECORDS_FHIR_READER_H_

#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide {

// Parses FHIR JSON text. `source` names the file in messages.
Result<PatientRecord> ReadFhir(std::string_view json_text, const std::string& source);

// LOINC codes of results oncoguide itself computes and writes (disease status, staging): the
// reader skips them so that reading an input together with our output loses nothing.
bool IsComputedResultCode(std::string_view loinc);

}  // namespace oncoguide

#endif  // ONCOGUIDE_RECORDS_FHIR_READER_H_
