// Patient identifiers printed on lab reports ("MRN: 00417735", "Patient ID 4471-22"), used to
// keep another patient's results out of an import: a print run or a scanned bundle may carry the
// next patient's report on the same page (seen in blind24: a cumulative summary whose last page
// ends with another patient's short report, collected the same day).
#ifndef ONCOGUIDE_SRC_IMPORT_PATIENT_IDS_H_
#define ONCOGUIDE_SRC_IMPORT_PATIENT_IDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/import/layout.h"

namespace oncoguide::import::internal {

// The identifier after a record-number label in `text`, upper-cased, when it holds a digit.
//
// Example:
//   PatientIdIn("PATIENT: VEGA TORRES, ANA  MRN: 00502281  DOB: 09/14/1947")  // "00502281"
//   PatientIdIn("Collected 03/14/24")                                          // nullopt
std::optional<std::string> PatientIdIn(std::string_view text);

// The patient's name after a "Patient:" or "Name:" label on `text`, upper-cased, up to the next
// cell ("PATIENT: VEGA TORRES, ANA LUISA" -> "VEGA TORRES, ANA LUISA"); nullopt when none.
std::optional<std::string> PatientNameIn(const Line& line);

// True when two identifiers name different records: they differ in length by more than one or
// in three or more places, so that an OCR misread of a digit or two ("0O417735") is the same.
bool OtherPatientId(std::string_view first, std::string_view other);

// Removes the lines from where an identifier other than the document's first appears until the
// first one appears again, and says so in `warnings` with the page: those results are another
// patient's. Lines before any identifier are kept. A line that names the first patient's name
// beside another number is the same patient (a visit or accession number under a record label).
void DropOtherPatients(std::vector<Line>* lines, std::vector<std::string>* warnings);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_PATIENT_IDS_H_
