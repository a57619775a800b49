// Checks across the results read from one report (extract.cc runs them once every row is read).
#ifndef ONCOGUIDE_IMPORT_CROSS_CHECKS_H_
#define ONCOGUIDE_IMPORT_CROSS_CHECKS_H_

#include <vector>

#include "oncoguide/import/extract.h"
#include "oncoguide/records/record.h"

namespace oncoguide::import::internal {

// Two different results of one test on one date (an aspirate count beside a biopsy's CD138
// estimate, two draws on one day, a table and a sentence that disagree): which one the report
// stands by is not certain, so each is marked for the person to confirm. Previous-column values
// are left out of that comparison (RowReader::Keep checks them against current ones), but a
// previous value printed on the row of a disagreeing result ("Albumin 3.1 Low | 3.3 12/13/2023"
// in an electrophoresis section under the chemistry albumin) is marked too: which test the row
// is, is not certain either.
void ReviewSameDayConflicts(std::vector<ImportedObservation>* observations);

// On a scan, a flag arrow glued to its value ("286↑", "9,5↓") is often read as a final 1
// ("2861", "9,51"): among the OCR results of one test on one page, a number with one digit more
// than most of the others that ends in 1 is marked for review. At least four results, most of
// them with the same number of decimals (or, for whole numbers, of digits). A decimal mark lost
// ("1.7H" read as "17H") is marked too: a whole number with one digit more than most of the
// others, which have decimals (at least three results). And on one row, a result ending in 1
// that is five times the row's other result or more, and without its final 1 within twice it.
void ReviewOcrArrowDigits(std::vector<ImportedObservation>* observations);

// In a report that writes its decimals with a comma ("9,6 g/dL" in at least three results, and
// no result with a decimal point), a result with a point and three digits after it ("kappa
// 1.099 mg/L") may be a thousand written with a thousands mark: marked for review.
void ReviewThousandsPoints(std::vector<ImportedObservation>* observations);

// A result dated after `latest` (today, plus a day for time zones) cannot have been collected
// yet: its date was misread (a photo's "29.01.24" read year first as 2029-01-24). Marked for
// review, never kept as a silent number of the future.
void ReviewFutureDates(const Date& latest, std::vector<ImportedObservation>* observations);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_CROSS_CHECKS_H_
