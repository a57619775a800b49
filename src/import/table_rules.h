// Removing a scanned table's ruled lines before OCR (OCR builds only).
//
// Lab reports draw their tables with rules: a line under the header, lines between rows, and
// vertical lines between date columns. Tesseract reads a rule beside a value as part of it, or
// splits the page into blocks along the rules and reads a column twice: a landscape cumulative
// table, whose dates each sat between two vertical rules, came out as "18/06/2024 as 06/202:"
// and "26/03/20" and no column could be dated. Thin, straight runs of dark pixels an inch long or
// more are rules, never letters, so they are painted white, the way leptonica's line-removal
// example does, before the page is read.
//
// Example:
//   internal::PixPtr clean = internal::WithoutTableRules(gray, /*dpi=*/300);
//   if (clean) gray = std::move(clean);
#ifndef ONCOGUIDE_SRC_IMPORT_TABLE_RULES_H_
#define ONCOGUIDE_SRC_IMPORT_TABLE_RULES_H_

#ifdef ONCOGUIDE_WITH_OCR
#include "leptonica_util.h"

namespace oncoguide::import::internal {

// `gray` (8 bits per pixel, upright and straightened, at `dpi`) with its horizontal and vertical
// rules painted white: runs of dark pixels at least kRuleInches long and at most kRuleThickInches
// thick. Filled bands (a shaded header, white text on black) are thicker and kept. Returns
// nullptr when `gray` has no rules or leptonica fails; the caller then reads `gray` as it is.
PixPtr WithoutTableRules(Pix* gray, double dpi);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_WITH_OCR
#endif  // ONCOGUIDE_SRC_IMPORT_TABLE_RULES_H_
