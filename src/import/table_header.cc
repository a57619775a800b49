// The table-header half of RowReader (rows.h): a line read as a table's header and merged
// headers (what each title names: header_titles.cc; headers over several lines:
// header_lines.cc and stacked_titles.cc; the header in force: header_reading.cc).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "cell_text.h"
#include "column_key.h"
#include "date_labels.h"
#include "european_words.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/header_split.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

using internal::BareDateTitle;
using internal::CollectionTitle;
using internal::IsMarkedDateCell;
using internal::LooksLikeGarbledDate;
using internal::ProcedureTitle;

namespace {

// `text` without the marks OCR may read before a word: underscores, dashes, tildes, quotes, bars
// and stops ("_—Ref. range" -> "Ref. range").
std::string WithoutLeadingMarks(std::string_view text) {
  size_t at = 0;
  while (at < text.size()) {
    const std::string_view rest = text.substr(at);
    bool mark = false;
    for (std::string_view m : {"_", "-", "~", "'", "`", "|", ".", ",", "\xE2\x80\x94",
                               "\xE2\x80\x93", "\xE2\x80\x98", "\xE2\x80\x99"}) {
      if (rest.starts_with(m)) {
        at += m.size();
        mark = true;
        break;
      }
    }
    if (!mark) break;
  }
  return std::string(TrimSpaces(text.substr(at)));
}

// The test a key's words for a column name: all of them, else the longest run of their first
// words that names one exactly ("componente monoclonal cuantificado por densitometría del
// proteinograma": the key describes how it is measured too).
TestName KeyedName(const std::string& words, Specimen specimen) {
  TestName whole = MatchTestName(words, specimen);
  if (whole.match == TestName::Match::kExact || whole.match == TestName::Match::kIgnored) {
    return whole;
  }
  std::vector<std::string> w = internal::SplitOnSpaces(words);
  while (w.size() > 1) {
    w.pop_back();
    TestName part = MatchTestName(fmt::format("{}", fmt::join(w, " ")), specimen);
    if (part.match == TestName::Match::kExact) return part;
  }
  return whole;
}

}  // namespace

std::optional<std::vector<RowReader::Column>> RowReader::ParseHeader(const Line& line) const {
  std::vector<Column> cols;
  int keywords = 0, dates = 0, unknown = 0, tests = 0, unit_values = 0;
  bool name = false, value = false, row_date = false;
  std::vector<size_t> unknown_at;  // the columns counted in `unknown`
  const std::vector<Cell> cells = HeaderCells(line);
  const auto date_cells = std::count_if(cells.begin(), cells.end(), [](const Cell& c) {
    return IsDateCell(c.text) || IsMarkedDateCell(c.text);
  });
  // Dates each after its own label with a colon ("DATE OF PROCEDURE: | 15/09/2023 | DATE
  // REPORTED: | 22/09/2023"): a line of date labels, not a table's header (unlike "Afname: |
  // 19-11-2024 | 22-10-2024", one title over several dates).
  int labelled_dates = 0, dates_seen = 0;
  for (size_t k = 0; k < cells.size(); ++k) {
    if (!IsDateCell(cells[k].text)) continue;
    ++dates_seen;
    labelled_dates += k > 0 && cells[k - 1].text.ends_with(':');
  }
  if (dates_seen >= 2 && labelled_dates == dates_seen) return std::nullopt;
  // A sentence OCR cut in two inside its parentheses ("Laboratory flowsheet (values by |
  // specimen collection date, most recent first)"): a title over the table, not its header (taken
  // for one, it left the table's own header below unread, and every row with it).
  const auto count = [](const std::string& t, char c) { return std::count(t.begin(), t.end(), c); };
  for (size_t k = 0; k + 1 < cells.size(); ++k) {
    if (count(cells[k].text, '(') > count(cells[k].text, ')') &&
        count(cells[k + 1].text, ')') > count(cells[k + 1].text, '(')) {
      return std::nullopt;
    }
  }
  for (const Cell& c : cells) {
    // "Previous | Date" ("Попередній | Дата"): a bare date title right of an undated previous
    // column is that column's date, never each row's collection date.
    if (!cols.empty() && cols.back().kind == Col::kPrevious && !cols.back().date &&
        BareDateTitle(c.text)) {
      cols.push_back(Column{Col::kPrevious, c.box, std::nullopt, "", {}});
      ++keywords;
      continue;
    }
    std::optional<LabDate> d;
    std::optional<Col> k = HeaderKind(c.text, &d);
    // A scanned title with a speck or a rule's end read before it ("_—Ref. range").
    if (!k && c.confidence < 1.0f) k = HeaderKind(WithoutLeadingMarks(c.text), &d);
    Column col{k.value_or(Col::kOther), c.box, d, "", {}};
    if (!k) {
      // A test named as a column header: a history table with one row per date; or an
      // abbreviation the report's key spells out ("CM" for "componente monoclonal sérico").
      TestName tn = MatchTestName(c.text, specimen_);
      // A title with its unit after it ("BJ ORINA g/24h"): the name without it, when exact.
      if (tn.match != TestName::Match::kExact && tn.match != TestName::Match::kIgnored) {
        if (std::optional<TestName> bare = TitleWithUnit(c.text)) tn = *bare;
      }
      if (tn.match != TestName::Match::kExact && tn.match != TestName::Match::kIgnored) {
        if (const auto words = internal::KeyedTitle(column_key_, c.text)) {
          if (TestName keyed = KeyedName(*words, specimen_);
              keyed.match == TestName::Match::kExact || keyed.match == TestName::Match::kIgnored) {
            tn = keyed;
            // The unit the title gives ("PP (g/L)" keyed as "serum paraprotein"): its column's.
            if (tn.unit.empty()) tn.unit = internal::UnitInParentheses(c.text);
          }
        }
      }
      if (tn.match == TestName::Match::kExact ||
          (tn.match == TestName::Match::kLoose && tn.ocr_letter)) {
        col.kind = Col::kTest;
        col.test = tn;
        ++tests;
      } else if (tn.match == TestName::Match::kIgnored) {
        col.kind = Col::kOther;
      } else if (date_cells >= 2 && LooksLikeGarbledDate(c.text) && !ParseLabRange(c.text) &&
                 c.text.find('^') == std::string::npos) {
        // Not a range or a count's unit ("3,5 - 8,8", "4,9 10^9/L"): a results list's row that
        // begins with its date and time and ends with the date answered.
        col.kind = Col::kOther;  // an unreadable date over a column: that column is not read
      } else if (date_cells >= 2 && CollectionTitle(c.text)) {
        col.kind = Col::kOther;  // "(data prelievo)" over the test names, left of the dates
      } else if (&c == &cells.front() && date_cells >= 1 &&
                 date_cells + 1 == static_cast<std::ptrdiff_t>(cells.size()) &&
                 ProcedureTitle(c.text)) {
        // "Bone marrow aspiration / trephine | 18.10.2023 | 12.06.2024": the marrow table's
        // names under the procedure, its results under each procedure date.
        col.kind = Col::kName;
        name = true;
        ++keywords;
      } else if (&c == &cells.back() && keywords >= 2 && IsFlag(c.text)) {
        // A card's flag set on its titles' line ("Your value | Standard range | Low"): the
        // flag of the value below.
        col.kind = Col::kFlag;
      } else if (ParseLabValue(c.text) || IsDateCell(c.text) || !LooksLikeName(c)) {
        return std::nullopt;  // a value: this is a row, not a header
      } else {
        ++unknown;
        unknown_at.push_back(cols.size());
        col.unknown_title = std::string(TrimSpaces(c.text));
      }
    } else if (*k == Col::kDate) {
      ++dates;
    } else {
      ++keywords;
      name |= *k == Col::kName;
      value |= *k == Col::kValue;
      unit_values += *k == Col::kUnitValue;
      row_date |= *k == Col::kRowDate;
    }
    if (col.kind == Col::kUnitValue) {
      col.unit = c.text.find('%') != std::string::npos ? "%" : std::string(TrimSpaces(c.text));
    }
    cols.push_back(std::move(col));
  }
  // A previous-result title set as two cells close together, the second one word ("Resultado |
  // anterior"): both are the previous result's columns (its value, then its date).
  for (size_t k = 0; k + 1 < cols.size() && cols.size() == cells.size(); ++k) {
    std::optional<LabDate> ignored;
    if (cols[k].kind == Col::kValue && cols[k + 1].kind == Col::kPrevious &&
        cells[k + 1].box.x0 - cells[k].box.x1 < 12 &&
        cells[k + 1].text.find(' ') == std::string::npos &&
        HeaderKind(cells[k].text + " " + cells[k + 1].text, &ignored) == Col::kPrevious) {
      cols[k].kind = Col::kPrevious;
    }
  }
  // One date beside a test's name and result columns ("Component | Your value | Standard range |
  // Flag | Aug 18, 2024" under "Past results"): the earlier result's column, with its date. Not
  // read as a header, it left the card before's dated columns in force, and the earlier 24-hour
  // M-protein took their first date, silently.
  if (dates == 1 && tests == 0 && name && value) {
    for (Column& c : cols) {
      if (c.kind == Col::kDate) c.kind = Col::kPrevious;
    }
    dates = 0;
  }
  // Two or more result columns each headed by its date ("Result (01/08/2024)") are a flowsheet.
  const auto dated_values = std::count_if(cols.begin(), cols.end(), [](const Column& c) {
    return c.kind == Col::kValue && c.date.has_value();
  });
  if (dated_values >= 2) {
    for (Column& c : cols) {
      if (c.kind == Col::kValue && c.date) c.kind = Col::kDate;
    }
    dates += static_cast<int>(dated_values);
  }
  // Columns we do not know beside three or more dates ("Δ vs baseline", "Trend") are not read.
  const bool flowsheet = dates >= 2 && tests == 0 && (unknown == 0 || (dates >= 3 && unknown <= 2));
  // Dates as rows, tests as columns ("Collection Date | Kappa (mg/dL) | Lambda (mg/dL)").
  // Columns we do not know ("Accession", "Clinic", a title OCR garbled) are never read, but
  // only beside a few tests, or beside twice as many in a wide table (where a title read as a
  // unit, OCR's "K/d" for "κ/λ", is one we do not know: its column is never read).
  const bool wide = row_date && tests >= 6 && dates == 0;
  if (wide && !value && unit_values > 0) {
    for (Column& c : cols) {
      if (c.kind == Col::kUnitValue) c.kind = Col::kOther;
    }
    unknown += std::exchange(unit_values, 0);
  }
  // Or the columns we do not know stand outside the dated results: a procedure's number left of
  // the date, a comment right of the last test ("Examen | Date du prélèvement | Plasmocytes |
  // Cytométrie").
  const auto row_date_at = std::find_if(cols.begin(), cols.end(),
                                        [](const Column& c) { return c.kind == Col::kRowDate; }) -
                           cols.begin();
  const auto last_test_at = cols.rend() -
                            std::find_if(cols.rbegin(), cols.rend(),
                                         [](const Column& c) { return c.kind == Col::kTest; }) -
                            1;
  const bool unknown_outside =
      unknown <= 2 && std::all_of(unknown_at.begin(), unknown_at.end(), [&](size_t k) {
        return static_cast<std::ptrdiff_t>(k) < row_date_at ||
               static_cast<std::ptrdiff_t>(k) > last_test_at;
      });
  const bool history = row_date && tests >= 1 && dates == 0 && !value && unit_values == 0 &&
                       (unknown == 0 || (tests >= 3 && unknown <= 2) ||
                        (wide && unknown * 2 <= tests) || unknown_outside);
  // A results table: a test column, a result column, and at most a few columns we do not know
  // ("Site", "Performing lab"), which are then never read.
  // Not the previous result's title alone ("Resultado | anterior" over "... | (fecha)"): taken
  // for the header, it left the rows' own results under no column, lost silently.
  const bool only_previous = std::all_of(cols.begin(), cols.end(),
                                         [](const Column& c) { return c.kind == Col::kPrevious; });
  const bool table = dates == 0 && tests == 0 && !only_previous &&
                     ((unknown == 0 && keywords >= 2) ||
                      (name && (value || unit_values > 0) && keywords >= 3 && unknown <= 2));
  // The history of the test a heading names, with a few columns we do not know right of its
  // date and result ("Date du prélèvement | Résultat | Interprétation | Demandé par | Lieu du
  // prélèvement"). Not beside an earlier result: a date there may be that result's.
  const auto is = [&](Col k) {
    return std::any_of(cols.begin(), cols.end(), [&](const Column& c) { return c.kind == k; });
  };
  const auto last_read = std::find_if(cols.rbegin(), cols.rend(), [](const Column& c) {
    return c.kind == Col::kValue || c.kind == Col::kRowDate;
  });
  const bool unread_after = !is(Col::kPrevious) && last_read != cols.rend() &&
                            std::all_of(unknown_at.begin(), unknown_at.end(), [&](size_t k) {
                              return k > static_cast<size_t>(cols.rend() - last_read - 1);
                            });
  const bool heading_history =
      dates == 0 && tests == 0 && row_date && value && !name && unknown <= 2 && unread_after;
  // A section's title in capitals with only the earlier result's dated title beside it
  // ("HEMATOLOGÍA | Ant. 06/05/24"): the names below it, the earlier result under its title, and
  // the result (with its unit) between them.
  if (cols.size() == 2 && unknown == 1 && unknown_at[0] == 0 && cols[1].kind == Col::kPrevious &&
      cols[1].date && internal::IsCapitalised(cells[0].text)) {
    cols[0].kind = Col::kName;
    const Box between{cols[0].box.x1 + 1, cols[1].box.y0, cols[1].box.x0 - 1, cols[1].box.y1};
    cols.insert(cols.begin() + 1, Column{Col::kValue, between, std::nullopt, "", {}});
    // Beyond the earlier result: not this table (a scan may run the page's other column into
    // these lines; its results were taken for earlier ones, silently).
    const Box beyond{cols.back().box.x1 + 16, cols[1].box.y0, kBeyondTable, cols[1].box.y1};
    cols.push_back(Column{Col::kOther, beyond, std::nullopt, "", {}});
    return cols;
  }
  if (!flowsheet && !history && !table && !heading_history) return std::nullopt;
  return cols;
}

void RowReader::RestoreOuterHeader(const Line& line) {
  if (outer_columns_.empty() || line.page != header_page_) return;
  const auto under = [&](const std::vector<Column>& cols, const Cell& c) {
    return std::any_of(cols.begin(), cols.end(),
                       [&](const Column& col) { return c.box.XOverlap(col.box) > 0; });
  };
  bool outside = false;
  for (size_t k = 1; k < line.cells.size(); ++k) {
    if (!under(outer_columns_, line.cells[k])) return;
    outside |= !under(columns_, line.cells[k]);
  }
  if (!outside) return;
  columns_.swap(outer_columns_);
  outer_columns_.clear();
}

RowReader::RowCells RowReader::CellsOf(const Line& line, bool by_content, bool coded) const {
  if (columns_.empty() || by_content) return ContentCells(line.cells, 1, coded);
  RowCells cells = AssignCells(line.cells, 1);
  if (!cells.value && cells.dated.empty() && !cells.previous && cells.previous_dated.empty() &&
      cells.unit_values.empty()) {
    RowCells content = ContentCells(line.cells, 1, coded);
    // Not the lower limit of a range whose two numbers OCR set apart under the range's title,
    // with no result title above the row ("3.5 | 5.2" under "VALOR REFERENCIA", on a photo
    // whose "RESULTADO" was not read): that is no result.
    const auto range_limits = [&](const Column& c) {
      if (c.kind != Col::kRange || !content.value || content.value->box.XOverlap(c.box) <= 0) {
        return false;
      }
      return std::count_if(line.cells.begin(), line.cells.end(), [&](const Cell& x) {
               const std::optional<LabValue> v = ParseLabValue(x.text);
               return x.box.XOverlap(c.box) > 0 && v && v->kind == LabValue::Kind::kNumber;
             }) >= 2;
    };
    const bool under_range = std::none_of(columns_.begin(), columns_.end(),
                                          [](const Column& c) { return c.kind == Col::kValue; }) &&
                             std::any_of(columns_.begin(), columns_.end(), range_limits);
    return under_range ? cells : content;
  }
  return cells;
}

bool RowReader::IsHeader(const Line& line) const { return ParseHeader(line).has_value(); }

bool RowReader::TakeDatedPrevious(const Cell& c, RowCells* row) const {
  auto [label, rest] = internal::SplitLabel(c.text);
  std::optional<LabDate> date;
  if (label.empty() || rest.empty() || HeaderKind(label, &date) != Col::kPrevious || !date) {
    return false;
  }
  row->previous_dated.emplace_back(*date, Piece{rest, c.box, c.confidence});
  return true;
}

}  // namespace oncoguide::import
