// Turning the lines of a lab report into observations.
//
// Reading order is pages top to bottom (two-column pages left side first). While reading, the
// extractor keeps the current collection date (from labels such as "Collected", "Specimen
// collected", "Date of procedure"; report dates such as "Reported" or "Printed" are never used),
// the specimen of the current section, and the current table header (its columns: test, result,
// flag, units, reference range, previous result, or dates in a cumulative flowsheet). A row whose
// first cell names a test gets its value, flag, unit and range from the cells under those columns
// (or, without a header, from what the cells contain). Card layouts (the name on one line, the
// value below it) and results wrapped onto a second line are joined. Narrative bone-marrow
// reports are read sentence by sentence (plasma-cell percentage, light-chain restriction).
//
// Never invents a number: a value that cannot be tied to a date is not extracted (it is listed
// as unrecognised), and a value read with low OCR confidence, an inferred unit, an ambiguous date
// or a loosely matched name is marked needs_review.
#ifndef ONCOGUIDE_IMPORT_EXTRACT_H_
#define ONCOGUIDE_IMPORT_EXTRACT_H_

#include "oncoguide/import/document.h"
#include "oncoguide/import/import_result.h"

namespace oncoguide::import {

// OCR words below this confidence make an observation needs_review.
inline constexpr double kReviewConfidence = 0.90;

ImportResult ExtractObservations(const Document& doc);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_EXTRACT_H_
