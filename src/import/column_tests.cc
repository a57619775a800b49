// Tables whose tests are columns (rows.h): a history table's dated rows ("Collected | Hb | Creat
// | Para" / "08/01/24 | 98 | 134 | 22"), and a row of test names over a row of their values
// ("WBC | RBC | HGB | PLT" / "3.8 K/uL | 3.02 M/uL | 9.6 g/dL | 118 K/uL").
#include <algorithm>
#include <string>
#include <vector>

#include "cell_text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/rows.h"
#include "report_lines.h"

namespace oncoguide::import {

using internal::IsUnitText;
using internal::Lower;

std::vector<Cell> RowReader::CellsApart(
    const std::vector<Cell>& cells, const std::function<bool(std::string_view)>& accepted) const {
  std::vector<Cell> out;
  for (const Cell& c : cells) {
    const int under = std::count_if(columns_.begin(), columns_.end(),
                                    [&](const Column& col) { return c.box.XOverlap(col.box) > 0; });
    std::vector<Cell> parts;
    size_t part_begin = 0;  // where parts.back() starts in c.text
    for (size_t b = 0; under >= 2 && b < c.text.size();) {
      const size_t e = std::min(c.text.find(' ', b), c.text.size());
      if (!parts.empty() && IsFlag(c.text.substr(b, e - b))) {
        // A flag after a result stays with it ("178 1.22 H": "178" and "1.22 H").
        parts.back() = Cell{c.text.substr(part_begin, e - part_begin), PartBox(c, part_begin, e),
                            c.confidence};
      } else {
        parts.push_back(Cell{c.text.substr(b, e - b), PartBox(c, b, e), c.confidence});
        part_begin = b;
      }
      b = c.text.find_first_not_of(' ', e);
    }
    const bool all =
        parts.size() >= 2 && static_cast<int>(parts.size()) <= under &&
        std::all_of(parts.begin(), parts.end(), [&](const Cell& p) { return accepted(p.text); });
    if (all) {
      for (Cell& p : parts) out.push_back(std::move(p));
      continue;
    }
    // A result run into the next column's words ("0.42 Free lambda" under "Urine M-spike | Urine
    // IFE"): the number under the first column, the words under the other.
    if (parts.size() >= 2 && accepted(parts[0].text)) {
      const size_t rest = c.text.find_first_not_of(' ', parts[0].text.size());
      Cell words{c.text.substr(rest), PartBox(c, rest, c.text.size()), c.confidence};
      const Column* first = ColumnOf(parts[0]);
      const Column* second = ColumnOf(words);
      if (first != nullptr && second != nullptr && first != second &&
          first->box.x1 < second->box.x0 && !ParseLabValue(words.text)) {
        out.push_back(std::move(parts[0]));
        out.push_back(std::move(words));
        continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

bool RowReader::VisitColumnAfterRowDate(const Cell& first) const {
  for (size_t k = 0; k + 1 < columns_.size(); ++k) {
    if (columns_[k].kind != Col::kRowDate) continue;
    const Column& next = columns_[k + 1];
    return next.kind == Col::kOther && first.box.x1 > next.box.x0;
  }
  return false;
}

bool RowReader::ReadHistoryRow(const std::vector<Line>& lines, size_t i, const DateContext& date) {
  if (!HasColumn(Col::kTest) || lines[i].cells.size() < 2) return false;
  // A monospace printout's date, time and first result in one cell ("15/01/2024 08:32 9,1 L"
  // under "F.EXTRAC. | HORA | HB"): the date (and time) apart from the result.
  Line parted = lines[i];
  if (const size_t end = internal::LeadingRowDate(parted.cells[0].text); end > 0) {
    const Cell& c = parted.cells[0];
    auto [date, result] = internal::CutCell(c, end, c.text.find_first_not_of(' ', end));
    parted.cells[0] = std::move(date);
    parted.cells.insert(parted.cells.begin() + 1, std::move(result));
  }
  // A flowsheet's date run into the visit beside it ("09/26/2024 M4 (R)" under "Collected | Tx /
  // visit"): the date apart from the label, which lies under a column never read.
  if (const size_t end = internal::DateBeforeLabel(parted.cells[0].text);
      end > 0 && VisitColumnAfterRowDate(parted.cells[0])) {
    const Cell& c = parted.cells[0];
    auto [date, label] = internal::CutCell(c, end, c.text.find_first_not_of(' ', end));
    parted.cells[0] = std::move(date);
    parted.cells.insert(parted.cells.begin() + 1, std::move(label));
  }
  const Line& line = parted;
  // The date under the collection-date title when the table has one ("Order Dt | Collect Dt |
  // Report Dt | Hb | ...", "Visit | Visit Date | Coll. Date | ..."), else the row's first cell's.
  std::optional<LabDate> d;
  bool first_is_row_date = true;  // the first cell is under the collection-date title, if any
  for (const Column& col : columns_) {
    if (col.kind == Col::kRowDate) first_is_row_date = line.cells[0].box.XOverlap(col.box) > 0;
  }
  // The first cell may also hold the sample's request number ("2024-10-01 08:15 AV24-275-0033").
  if (internal::RowDateCell(line.cells[0].text) && first_is_row_date) {
    d = FindLabDate(line.cells[0].text, order_);
  }
  for (const Cell& c : line.cells) {
    const Column* col = ColumnOf(c);
    if (col != nullptr && col->kind == Col::kRowDate && c.box.XOverlap(col->box) > 0 &&
        IsDateCell(c.text)) {
      d = FindLabDate(c.text, order_);
      break;
    }
  }
  if (!d) {
    // A dated row whose collection date cannot be read (a scan): never the order date instead.
    if (internal::RowDateCell(line.cells[0].text)) {
      out_->unrecognised.push_back(
          ImportNote{line.page, line.Text(), "the collection date of this row is not readable"});
      return true;
    }
    return false;
  }
  // Under an earlier-results heading ("Verlauf (Vorbefunde)"), a row on the report's own
  // collection date repeats the current results: it is not an earlier one.
  const bool previous = history_previous_ && !(date.date && date.date->date == d->date);
  // A scanned row of which OCR read several cells poorly ("2,49" at 0.47, "5:5"): a digit of a
  // cell it was sure of may be wrong too ("2,76" read as "2,16" at 0.93), so each is reviewed.
  const auto poor = std::count_if(line.cells.begin() + 1, line.cells.end(),
                                  [](const Cell& c) { return c.confidence < kReviewConfidence; });
  row_read_poorly_ = poor >= 2;
  // A monospace printout's values one space apart under two titles ("10.1L 5.7" under "Hb WBC").
  const std::vector<Cell> cells = CellsApart(line.cells, [](std::string_view t) {
    const std::optional<LabValue> v = ParseLabValue(t);
    return v && v->kind == LabValue::Kind::kNumber && v->unit.empty();
  });
  for (size_t k = 1; k < cells.size(); ++k) {
    const Cell& c = cells[k];
    const Column* col = ColumnOf(c);
    if (col == nullptr || col->kind != Col::kTest) continue;
    Name name{col->test, Lower(line.cells[0].text), col->box, c.confidence, line.page, line.Text()};
    name.box.Cover(cells[0].box);
    // A units column right of the test's ("M-protein | Units" over "27.4 | g/L"): its unit.
    RowCells with_unit;
    if (k + 1 < cells.size()) {
      const Cell& next = cells[k + 1];
      const Column* next_col = ColumnOf(next);
      if (next_col != nullptr && next_col->kind == Col::kUnit && IsUnitText(next.text)) {
        with_unit.unit = Piece{next.text, next.box, next.confidence};
      }
    }
    EmitOne(name, Piece{c.text, c.box, c.confidence}, with_unit, *d, false, previous);
  }
  row_read_poorly_ = false;
  return true;
}

bool RowReader::ReadNamesOverValues(const std::vector<Line>& lines, size_t* i,
                                    const DateContext& date) {
  const Line& names = lines[*i];
  if (names.cells.size() < 3 || *i + 1 >= lines.size()) return false;
  const Line& values = lines[*i + 1];
  if (values.page != names.page || values.cells.size() < names.cells.size() ||
      values.box.y0 - names.box.y1 > 1.5 * names.box.height()) {
    return false;
  }
  // Every cell above is a test's name (used or not) and every one has one value under it.
  struct Pair {
    TestName test;
    const Cell* name;
    const Cell* value;
  };
  std::vector<Pair> pairs;
  for (const Cell& n : names.cells) {
    const TestName test = MatchTestName(n.text, specimen_);
    if (test.match == TestName::Match::kNone || ParseLabValue(n.text)) return false;
    const Cell* under = nullptr;
    for (const Cell& v : values.cells) {
      if (v.box.XOverlap(n.box) <= 0) continue;
      if (under != nullptr) return false;
      under = &v;
    }
    const std::optional<LabValue> v = under ? ParseLabValue(under->text) : std::nullopt;
    if (!v || v->kind != LabValue::Kind::kNumber) return false;
    pairs.push_back(Pair{test, &n, under});
  }
  const std::string text = names.Text() + " / " + values.Text();
  for (const Pair& p : pairs) {
    if (p.test.match == TestName::Match::kIgnored) {
      out_->ignored.push_back(
          ImportNote{names.page, p.name->text + " / " + p.value->text, p.test.reason});
      continue;
    }
    Name name{p.test, Lower(p.name->text), p.name->box, p.name->confidence, names.page, text};
    RowCells cells;
    cells.value = Piece{p.value->text, p.value->box, p.value->confidence};
    Emit(name, cells, date);
  }
  ++*i;  // the values' line is consumed
  return true;
}

}  // namespace oncoguide::import
