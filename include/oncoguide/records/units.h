// Unit normalisation: converts a quantity given in a lab's unit to the analyte's canonical unit.
//
// Accepted spellings are case-insensitive, ignore spaces, and include the UCUM forms used by FHIR
// ("g/dL", "mg/L", "mg/(24.h)", "umol/L") and the common lab variants ("gm/dL", "g/100mL", "g%",
// "mg/24hrs", "mcg/mL", "units/L"). A quantity without a unit, or with a unit that is
// not a unit of that analyte, is an error: oncoguide never guesses a unit.
#ifndef ONCOGUIDE_RECORDS_UNITS_H_
#define ONCOGUIDE_RECORDS_UNITS_H_

#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/analyte.h"

namespace oncoguide::records {

// Returns the factor f such that value_in_canonical = value_in_unit * f.
// Errors: missing unit, unknown unit for this analyte (the hint lists the accepted units).
Result<double> UnitFactor(Analyte analyte, std::string_view unit);

// The units accepted for an analyte, one usual spelling each, for messages ("g/dl, g/l, mg/dl");
// variants of a unit ("gm/dL", "g/100mL", "mg/24hrs", "mcg/mL") are accepted too.
std::string AcceptedUnits(Analyte analyte);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_UNITS_H_
