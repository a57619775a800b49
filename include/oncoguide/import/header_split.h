// Splitting a table-header cell that holds several column headers.
//
// Column headers are often set closer together than the data below them, so the layout parser
// (layout.h) reads two or three of them as one cell: "Kappa FLC Lambda FLC", "K/L Ratio
// Hemoglobin", "Result Units", or, when the PDF's words touch, "Current Result and FlagPrevious
// Result and Date Units". SplitHeaderCell cuts such a cell apart:
//  1. at every join where a lower-case letter runs into a capitalised word ("FlagPrevious"):
//     two text items the PDF set without a space;
//  2. a piece that is a header already is cut before each word that starts a column title
//     ("Previous", "Units", "Reference"), unless "and" or "with" ties it on, where both sides
//     are headers ("Current Result and Flag Previous Result and Date Units" -> "Current Result
//     and Flag" + "Previous Result and Date" + "Units");
//  3. a piece that is not a header is cut into the fewest parts that each are one.
// Each part's box is estimated from its share of the cell's characters.
//
// Example:
//   Cell c{"Kappa FLC Lambda FLC", {163, 115, 268, 124}};
//   auto parts = SplitHeaderCell(c, is_header, is_standalone);
//   // parts: {"Kappa FLC", x 163..~210}, {"Lambda FLC", x ~215..268}
#ifndef ONCOGUIDE_IMPORT_HEADER_SPLIT_H_
#define ONCOGUIDE_IMPORT_HEADER_SPLIT_H_

#include <functional>
#include <string_view>
#include <vector>

#include "oncoguide/import/layout.h"

namespace oncoguide::import {

// True when the text would be a whole column header on its own.
using HeaderRecogniser = std::function<bool(std::string_view)>;

// The parts of `cell`, left to right, when the rules above split it; empty when they do not.
// `recognised` accepts any header (a keyword, possibly followed by more words, or a test name);
// `starts_column` accepts a single word that begins a column title ("Units", "Previous").
std::vector<Cell> SplitHeaderCell(const Cell& cell, const HeaderRecogniser& recognised,
                                  const HeaderRecogniser& starts_column);

// The fewest parts (2 to 4) of `cell` that `recognised` accepts each, whether or not the whole
// cell is accepted too; empty when there are none. For a whole that names two tests, such as
// "Free kappa (mg/L) Free lambda (mg/L)", which reads as one test's name.
std::vector<Cell> SplitIntoTitles(const Cell& cell, const HeaderRecogniser& recognised);

// True when the cell's text has a join where a lower-case letter runs into a capitalised word
// ("FlagPrevious"): two words the PDF set without a space.
bool HasMergedWords(std::string_view text);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_HEADER_SPLIT_H_
