// Turning a test's written value (and unit) into an Observation's typed fields. Shared by the
// CSV and FHIR readers so that both accept and refuse exactly the same things.
//
// Errors carry the cause and a hint but no location: the caller adds file/line or FHIR path.
#ifndef ONCOGUIDE_RECORDS_VALUES_H_
#define ONCOGUIDE_RECORDS_VALUES_H_

#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide {

// Parses a finite, non-negative decimal number ("3.1", "0", "1e-5"). Leading/trailing spaces ok.
Result<double> ParseNonNegative(std::string_view text, std::string_view what);

// Parses a two-valued result for a coded analyte: positive/negative, pos/neg, detected/
// not detected, yes/no, present/absent, true/false (case-insensitive). Returns 1 or 0.
Result<double> ParseCoded(Analyte analyte, std::string_view text);

// Parses an MRD sensitivity such as "1e-5", "10^-5", "1/100000" or "0.00001". Must be in (0, 1).
Result<double> ParseSensitivity(std::string_view text);

// Sets obs->value / has_value / text / sensitivity from `value` and `unit` according to the
// analyte's kind:
//   quantity: number + unit converted to canonical (a missing or unknown unit is an error);
//   coded: word (unit ignored, except MRD whose unit carries the sensitivity, optional);
//   count: whole number (unit may be empty, "count" or "lesions");
//   text: therapy_start regimen (non-empty) or a FISH abnormality (see fish.h).
// REQUIRES: obs->analyte is set.
Status ParseValue(std::string_view value, std::string_view unit, Observation* obs);

// Converts a reference-range bound written in `unit` to the analyte's canonical unit.
Result<double> ParseRefBound(Analyte analyte, std::string_view text, std::string_view unit,
                             std::string_view column);

}  // namespace oncoguide

#endif  // ONCOGUIDE_RECORDS_VALUES_H_
