// Same test, same date, more than one value: what a record may hold and what it may not.
//
// A wrong result must never come from row order: when a record holds two values of one test on
// one date, ResolveSameDate() (called by every reader after sorting by date)
//   - collapses identical values (same value, limit sign, text and MRD sensitivity) into the first
//     one, counting them in PatientRecord::duplicates_collapsed and adding a note;
//   - keeps the one value marked as a correction (Observation::corrected: a CSV note such as
//     "corrected" or "amended", FHIR status corrected/amended) and drops the others, with a note
//     naming both;
//   - otherwise refuses the record with an error naming both lines (CSV) or both resources (FHIR).
// FISH findings are per abnormality and therapy starts per drug (several on one date are normal:
// they form one regimen); each abnormality or drug follows the rules above. Spurious values (marked
// as a lab error) take part like any other.
#ifndef ONCOGUIDE_RECORDS_DUPLICATES_H_
#define ONCOGUIDE_RECORDS_DUPLICATES_H_

#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide::records {

// True when a note marks its value as a correction of an earlier one ("corrected", "amended",
// "correction", "amendment"; case-insensitive).
bool NoteMarksCorrection(std::string_view note);

// REQUIRES: record->observations sorted by date (stable). Errors carry the record's source.
Status ResolveSameDate(PatientRecord* record);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_DUPLICATES_H_
