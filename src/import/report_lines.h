// A page's lines as the readers take them (extract.cc reads every page through it).
#ifndef ONCOGUIDE_IMPORT_REPORT_LINES_H_
#define ONCOGUIDE_IMPORT_REPORT_LINES_H_

#include <string_view>
#include <vector>

#include "oncoguide/import/layout.h"

namespace oncoguide::import::internal {

// The lines of `page` (layout.h: BuildLines) in reading order, a two-column page's columns one
// after the other (a column is told apart by the test names it holds). A list item's bullet
// ("- Kappa: 85.3 mg/L", "• Hemoglobin 11.8 g/dL") is cut from its first cell, a numbered
// table's row number before a test's name ("3 | Hemoglobin | 78 g/L") is dropped, and a line of
// name and result pairs side by side ("Hb | 118 g/L | eGFR | 68 mL/min | Paraprotein | 4.1 g/L",
// a clinic letter's grid) becomes one line per pair.
std::vector<Line> ReportLines(const Page& page);

// True when `cell` is a row's key that starts with its date: a date (IsDateCell), or a date, its
// time and the sample's request or accession number set in the same cell ("2024-10-01 08:15
// AV24-275-0033"). A number that could be a result ("2024-10-01 12.4") is no such key.
bool RowDateCell(std::string_view cell);

// The length of the date (and its time) that starts `cell` when a result follows it in the
// same cell, as a monospace printout sets it ("15/01/2024 08:32 9,1 L": 16); 0 otherwise.
size_t LeadingRowDate(std::string_view cell);

// The length of the date (and its time) that starts `cell` when a short label that is neither a
// result nor a date follows it in the same cell (a flowsheet's visit: "09/26/2024 M4 (R)",
// "06/05/2024 post-ASCT": 10); 0 otherwise.
size_t DateBeforeLabel(std::string_view cell);

// True when `line` is a date followed by two or more cells, one of them a number
// ("03/10/23 | 0842 | 98L | 3.21L | 94"; "2024-04-22 08:14 | 118 g/L | Bas | Gagnon | CLSC"): a
// dated row of results, whatever table it belongs to.
bool DatedRowOfNumbers(const Line& line);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_REPORT_LINES_H_
