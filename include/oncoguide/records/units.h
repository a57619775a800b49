// Unit normalisation: converts a quantity given in a lab's unit to the analyte's canonical unit.
//
// Accepted spellings are case-insensitive and include the UCUM forms used by FHIR ("g/dL",
// "mg/L", "mg/(24.h)", "umol/L", "10*9/L"...). A quantity without a unit, or with a unit that is
// not a unit of that analyte, is an error: oncoguide never guesses a unit.
#ifndef ONCOGUIDE_RECORDS_UNITS_H_
#define ONCOGUIDE_RECORDS_UNITS_H_

#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/analyte.h"

namespace oncoguide {

// Returns the factor f such that value_in_canonical = value_in_unit * f.
// Errors: missing unit, unknown unit for this analyte (the hint lists the accepted units).
Result<double> UnitFactor(Analyte analyte, std::string_view unit);

// The units accepted for an analyte, for messages and documentation ("g/dL, g/L").
std::string AcceptedUnits(Analyte analyte);

}  // namespace oncoguide

#endif  // ONCOGUIDE_RECORDS_UNITS_H_
