// Rebuilding lines and cells from word boxes: the text-layout parser.
//
// Words whose vertical extents overlap form a line; within a line, words separated by a gap
// wider than about one character height start a new cell (a table column). A page set in two
// columns (a vertical gutter with test rows on both sides) is split so that each side is read
// top to bottom, left side first. Nothing here knows about lab tests; see extract.h.
#ifndef ONCOGUIDE_IMPORT_LAYOUT_H_
#define ONCOGUIDE_IMPORT_LAYOUT_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "oncoguide/import/document.h"

namespace oncoguide::import {

struct Cell {
  std::string text;  // the words joined by single spaces
  Box box;
  float confidence = 1.0f;  // lowest word confidence
};

struct Line {
  int page = 0;
  Box box;
  std::vector<Cell> cells;  // left to right

  // The cells' text joined by two spaces (for messages and narrative text).
  std::string Text() const;
};

// The box of `cell.text[begin, end)` (byte offsets) estimated from its share of the cell's
// characters (UTF-8 code points): a cell keeps its words' text, not their boxes, so a cell cut
// in parts gets boxes in proportion. Same height as the cell.
// Example: for "Kappa FLC Lambda FLC" over x 160..260, PartBox(c, 10, 20) is x 210..260.
Box PartBox(const Cell& cell, size_t begin, size_t end);

// Cuts `line` in two: the cells `on_left` accepts (in order) and the rest, each part on the same
// page with the box covering its cells (an empty part has no cells). Used to read two columns,
// or a box beside a table, one after the other.
// Example: SplitLine(l, [](const Cell& c) { return c.box.x1 <= 300; }).
std::pair<Line, Line> SplitLine(Line line, const std::function<bool(const Cell&)>& on_left);

// Groups the words of `page` into lines (top to bottom) of cells (left to right).
std::vector<Line> BuildLines(const Page& page);

// Reading order for a page that may be set in two columns: when a vertical gutter (between 30%
// and 70% of the page width) is crossed by no cell of a run of consecutive lines, and
// `is_row_start` (a test-name detector) accepts at least two cells on each side within that run,
// each line of the run is cut at the gutter and the left parts of the run come before its right
// parts. Lines crossing the gutter (titles, the patient banner, footers) end a run and stay
// whole, so a dense two-column block under a full-width header is still read column by column.
// So do lines `ends_block` accepts (when given) that start left of the gutter: a collection
// date's label ("Fecha de extracción: 26/02/2024 ... | Estado: Finalizado" between two grids of
// cards) starts another block, whose right column is not read before it. Each side of a cut is
// then read the same way when it is itself set in columns, each part at least a fifth of the
// page wide (a grid of three cards a row).
std::vector<Line> ReadingOrder(std::vector<Line> lines, double page_width,
                               const std::function<bool(std::string_view)>& is_row_start,
                               const std::function<bool(const Line&)>& ends_block = nullptr);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_LAYOUT_H_
