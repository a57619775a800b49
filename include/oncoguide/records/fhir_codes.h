// FHIR code systems and the codes oncoguide reads and writes, in one place (issue 7).
//
// Systems are the canonical URIs of FHIR R4 (https://hl7.org/fhir/R4/terminologies-systems.html):
// LOINC, SNOMED CT, UCUM; NCIt as used by mCODE STU3; `urn:oncoguide:*` are our own systems (the
// tag that marks resources oncoguide computed, so that reading our output back never turns a
// result into an input).
#ifndef ONCOGUIDE_RECORDS_FHIR_CODES_H_
#define ONCOGUIDE_RECORDS_FHIR_CODES_H_

#include <string_view>

namespace oncoguide::records {

inline constexpr std::string_view kLoincSystem = "http://loinc.org";
inline constexpr std::string_view kSnomedSystem = "http://snomed.info/sct";
inline constexpr std::string_view kUcumSystem = "http://unitsofmeasure.org";
inline constexpr std::string_view kNcitSystem =
    "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";
inline constexpr std::string_view kOncoguideTagSystem = "urn:oncoguide:tag";
inline constexpr std::string_view kOncoguideComputedTag = "computed";
inline constexpr std::string_view kImwgResponseSystem = "urn:oncoguide:imwg-response-category";

// LOINC: mCODE CancerDiseaseStatus, a result oncoguide computes.
inline constexpr std::string_view kDiseaseStatusLoinc = "97509-4";
// LOINC: serum free kappa/lambda ratio (48378-4) and kappa/lambda ratio (40844-3), which
// oncoguide recomputes from the kappa and lambda values.
inline constexpr std::string_view kFlcRatioLoincs[] = {"48378-4", "40844-3"};

// SNOMED CT qualifier values for coded results.
inline constexpr std::string_view kSnomedPositive = "10828004";
inline constexpr std::string_view kSnomedPresent = "260373001";  // "Detected"
inline constexpr std::string_view kSnomedNegative = "260385009";
inline constexpr std::string_view kSnomedAbsent = "260415000";  // "Not detected"

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_FHIR_CODES_H_
