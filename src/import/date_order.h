// The numeric date order of a whole document: day first ("05/03/2024" is 5 March) or month
// first (US), decided once from the dates it prints, else from its conventions. Used by
// extract.cc.
#ifndef ONCOGUIDE_SRC_IMPORT_DATE_ORDER_H_
#define ONCOGUIDE_SRC_IMPORT_DATE_ORDER_H_

#include <string>
#include <vector>

#include "oncoguide/import/import_result.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"

namespace oncoguide::import::internal {

// The order of `doc`'s numeric dates. Year first when its dates of three two-digit fields are
// closer together read so than any other way ("24/09/03", "24/08/06"), or, with `*unsure` set,
// when a Japanese, Chinese or Korean report prints them. Otherwise from the dates that can only
// be read one way
// (CountDateOrders), else day first for UK (SI units, "haemoglobin", "NHS") and continental
// European reports (their date labels), else unknown (ambiguous dates are then read month first
// and marked for review). On a scan whose dates disagree, a misread digit may have made a date
// look day-first or month-first: the order is the majority's and `*unsure` is set, so that every
// date that could be read either way is reviewed (ReviewUnsureDates). Each decision other than
// plain evidence adds a warning.
//
// Example: a US report printing "03/14/2024" is month first; a scan printing "16/12/23",
//   "18/12/23" and "11/16/23" (misread) is day first, unsure.
DateOrder DecideDateOrder(const Document& doc, std::vector<std::string>* warnings, bool* unsure);

// Marks for review each observation whose date could be read another way: for kYearFirst, any
// whose year's last two digits could be a day; otherwise, any whose day and month are both 12 or
// less and differ.
void ReviewUnsureDates(DateOrder order, std::vector<ImportedObservation>* observations);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_DATE_ORDER_H_
