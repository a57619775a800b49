// Rows of a known test whose result was not read (rows.h: RowReader::NoteIfUnreadTestRow,
// ListUnreadTestRows): kept while the page is read and listed at the end unless a result, an
// ignored test or a note took them up, so that no result is dropped without a word.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

namespace {

// The name of a line and what follows it: its cells, or in one cell the words before the first
// number and the words after it ("Creatinine  1.21 1.30 1.10 mg/dL"); false when one cell holds
// no number after a word.
bool NameAndRest(const Line& line, std::string* name, std::vector<std::string>* after) {
  *name = line.cells[0].text;
  for (size_t k = 1; k < line.cells.size(); ++k) after->push_back(line.cells[k].text);
  if (line.cells.size() > 1) return true;
  const std::string t = *name;
  size_t p = 1;
  while (p < t.size() && !(std::isdigit(static_cast<unsigned char>(t[p])) && t[p - 1] == ' ')) ++p;
  if (p >= t.size()) return false;
  for (std::string& w : internal::SplitOnSpaces(std::string_view(t).substr(p))) {
    after->push_back(std::move(w));
  }
  *name = std::string(TrimSpaces(std::string_view(t).substr(0, p)));
  return true;
}

}  // namespace

void RowReader::NoteIfUnreadTestRow(const Line& line) {
  std::string name_text;
  std::vector<std::string> after;
  if (line.cells.empty() || !NameAndRest(line, &name_text, &after)) return;
  const TestName name = MatchTestName(name_text, specimen_);
  if (name.match != TestName::Match::kExact && name.match != TestName::Match::kLoose) return;
  // In one cell, a row: an exact name and after it only numbers, flags, units and ranges, not
  // a sentence of prose.
  const auto of_a_row = [](const std::string& w) {
    return ParseLabValue(w) || internal::IsUnitText(w) || IsFlag(w) || ParseLabRange(w);
  };
  const bool one_cell_row =
      name.match == TestName::Match::kExact && std::all_of(after.begin(), after.end(), of_a_row);
  if (line.cells.size() == 1 && !one_cell_row) return;
  UnreadRow row{ImportNote{line.page, line.Text(), ""}, name.analyte, {}};
  for (const std::string& text : after) {
    const std::optional<LabValue> v = ParseLabValue(text);
    if (v && v->kind == LabValue::Kind::kNumber && !IsDateCell(text) && !ParseLabRange(text)) {
      row.numbers.push_back(v->number);
    }
  }
  if (!row.numbers.empty()) unread_rows_.push_back(std::move(row));
}

void RowReader::ListUnreadTestRows() {
  // A row taken up again by a later line (a card's name read with the value below it) is read.
  const auto mentions = [](const std::string& a, const std::string& b) {
    const std::string x = AsciiLower(a), y = AsciiLower(b);
    return !x.empty() && !y.empty() &&
           (x.find(y) != std::string::npos || y.find(x) != std::string::npos);
  };
  // So is one whose result is a result of its test already read elsewhere (a discharge list
  // repeating a trend table's last column).
  const auto same_result = [](const ImportedObservation& o, const UnreadRow& row) {
    return o.obs.analyte == row.analyte &&
           std::any_of(row.numbers.begin(), row.numbers.end(),
                       [&](double n) { return std::abs(n - o.written_number) < 1e-9; });
  };
  for (const UnreadRow& row : unread_rows_) {
    const std::string& text = row.note.text;
    const auto of_this_row = [&](const ImportedObservation& o) {
      return same_result(o, row) ||
             (o.source.page == row.note.page && mentions(o.source.text, text));
    };
    const auto names_it = [&](const ImportNote& n) { return mentions(n.text, text); };
    const bool read =
        std::any_of(out_->observations.begin(), out_->observations.end(), of_this_row) ||
        std::any_of(out_->ignored.begin(), out_->ignored.end(), names_it) ||
        std::any_of(out_->unrecognised.begin(), out_->unrecognised.end(), names_it);
    if (!read) {
      out_->unrecognised.push_back(
          ImportNote{row.note.page, text, "a row of this test whose result was not read"});
    }
  }
  unread_rows_.clear();
}

const Cell* RowReader::UnreadWordingAfterName(const Line& line) const {
  if (columns_.empty() || line.cells.size() < 2) return nullptr;
  for (size_t k = 1; k < line.cells.size(); ++k) {
    const Cell& c = line.cells[k];
    const Column* col = ColumnOf(c);
    if ((col != nullptr && (col->kind == Col::kName || col->kind == Col::kTest)) ||
        c.text.find(' ') == std::string::npos || c.text.starts_with('(') ||
        !internal::SplitLabel(c.text).first.empty() || internal::IsResultSideCell(c.text) ||
        SpecimenOfHeading(c.text) != Specimen::kUnknown) {
      continue;
    }
    return &c;
  }
  return nullptr;
}

}  // namespace oncoguide::import
