// The table-header half of RowReader (rows.h): which column each header cell names, merged and
// two-line headers, and the header in force.
#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "cell_text.h"
#include "european_words.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/header_split.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

namespace {

// A time of day alone ("08:05", "8.40", "08:20 am"), as under a cumulative report's dates.
bool IsTimeCell(std::string_view t) {
  size_t k = 0;
  auto digits = [&](size_t most) {
    size_t n = 0;
    while (k < t.size() && n < most && t[k] >= '0' && t[k] <= '9') ++k, ++n;
    return n;
  };
  if (digits(2) == 0 || k >= t.size() || (t[k] != ':' && t[k] != '.')) return false;
  ++k;
  if (digits(2) != 2) return false;
  const std::string rest = AsciiLower(TrimSpaces(t.substr(k)));
  return rest.empty() || rest == "am" || rest == "pm" || rest == "h" || rest == "hrs";
}

// A column title that names the date of a previous result.
bool NamesPreviousDate(const std::string& lower) {
  const std::string t = FoldLatin(lower);
  bool date = false, previous = false;
  for (std::string_view w : {"date", "datum", "fecha", "data", "dato"}) {
    date |= t.find(w) != std::string::npos;
  }
  for (std::string_view w :
       {"previous", "prior", "last", "vorige", "vorig", "anterieur", "anterior", "precedent",
        "foregaende", "tidigare", "vorbefund", "vorwert", "poprzedni"}) {
    previous |= t.find(w) != std::string::npos;
  }
  // "Fecha ant." (Spanish, abbreviated).
  previous |= t.ends_with(" ant.") || t.ends_with(" ant");
  return date && previous;
}

}  // namespace

using internal::IsMarkedDateCell;
using internal::IsUnitHeader;
using internal::LooksLikeGarbledDate;
using internal::Lower;
using internal::SplitAfterDates;
using internal::StartsColumn;
using internal::StartsWithAny;

std::optional<RowReader::Col> RowReader::HeaderKind(std::string_view text,
                                                    std::optional<LabDate>* date) const {
  const std::string t = Lower(text);
  if (t.empty() || t.size() > 60) return std::nullopt;
  if (IsDateCell(t) || IsMarkedDateCell(t)) {
    *date = FindLabDate(t, order_);
    return Col::kDate;
  }
  // The date of the previous result, in a column of its own ("Datum vorige", "Previous date",
  // "Date of last result"): read with the previous value, never as the row's collection date.
  if (NamesPreviousDate(t)) return Col::kPrevious;
  if (StartsWithAny(t, {"previous", "prior", "last result", "prev", "earlier result", "last value",
                        "previous result"})) {
    if (auto d = FindLabDate(t, order_)) *date = d;
    return Col::kPrevious;
  }
  if (StartsWithAny(t, {"test", "test name", "analyte", "component", "investigation", "examination",
                        "parameter", "description", "assay", "name", "test description", "tests",
                        "fraction", "analysis", "determination"})) {
    return Col::kName;
  }
  // The collection date of each row (a results list with one date per row). Report and result
  // dates are other columns, never a collection date.
  if (t == "collected" || t == "date collected" || t == "collection date" || t == "collection" ||
      t == "date" || t == "drawn" || t == "date drawn" || t == "specimen date" ||
      t == "sample date" || t == "collection date/time" || t == "date/time collected" ||
      t == "entnahme" || t == "datum") {
    return Col::kRowDate;
  }
  if (StartsWithAny(t, {"resulted",       "reported",
                        "result date",    "report date",
                        "verified",       "date reported",
                        "date resulted",  "lab",
                        "performing lab", "site",
                        "performed by",   "performed at",
                        "laboratory",     "performing laboratory",
                        "comment",        "comments",
                        "method",         "specimen",
                        "source",         "note",
                        "notes",          "performing site",
                        "location",       "loinc",
                        "code",           "ordering provider",
                        "provider",       "department",
                        "accession",      "accession no",
                        "specimen id",    "order no",
                        "visit",          "encounter"})) {
    return Col::kOther;
  }
  // Separate columns for results inside and outside the reference range.
  if (StartsWithAny(t,
                    {"in range", "out of range", "within range", "outside range", "normal result",
                     "abnormal result", "in range result", "out of range result"})) {
    return Col::kValue;
  }
  if (StartsWithAny(t, {"result", "results", "value", "your value", "your result", "current result",
                        "current", "latest result", "this result", "current value", "latest"})) {
    if (auto d = FindLabDate(t, order_)) *date = d;
    return Col::kValue;
  }
  if (StartsWithAny(t, {"flag", "flags", "abnormal", "abn", "h/l", "status", "abnormal flag"})) {
    return Col::kFlag;
  }
  if (StartsWithAny(t, {"units", "unit", "uom"})) return Col::kUnit;
  if (StartsWithAny(t, {"reference range", "ref range", "reference", "normal range",
                        "standard range", "reference interval", "ref interval", "normal values",
                        "range", "ref. range", "expected range", "normal", "ref",
                        "reference values", "biological reference interval"})) {
    return Col::kRange;
  }
  if (std::optional<Col> c = EuropeanHeaderKind(t)) {
    // A dated title ("Vorwert 16.04.2024", "Anterior 06/02/2024"): the column's date.
    if (*c == Col::kPrevious || *c == Col::kValue) {
      if (auto d = FindLabDate(t, order_)) *date = d;
    }
    return c;
  }
  // A unit as a column header ("%", "g/dL"): the results in that column are in that unit. Not
  // a ratio's short name that looks like one ("K/L").
  if (IsUnitHeader(t) && MatchTestName(t, specimen_).match != TestName::Match::kIgnored) {
    return Col::kUnitValue;
  }
  // A short title with its date in parentheses ("Baseline (01/05/2024)", "C3D1 (03/01/2024)"):
  // a result column of that date.
  if (const size_t open = t.find('('); open != std::string::npos && open > 0 && open <= 24 &&
                                       t.back() == ')' && t.find(':') == std::string::npos) {
    if (std::optional<LabDate> d = FindLabDate(std::string_view(t).substr(open), order_)) {
      *date = d;
      return Col::kValue;
    }
  }
  // A bilingual title ("Result/Résultat", "Units / Unités"): its first language.
  const size_t slash = t.find('/');
  if (slash != std::string::npos && slash >= 3 && t.size() - slash > 3) {
    return HeaderKind(TrimSpaces(std::string_view(t).substr(0, slash)), date);
  }
  return std::nullopt;
}

// The kind of a column header in another European language (the longest matching word wins:
// "resultado anterior" is the previous result, "resultado" the result).
std::optional<RowReader::Col> RowReader::EuropeanHeaderKind(const std::string& t) {
  const internal::european::HeaderWord* best = nullptr;
  for (const internal::european::HeaderWord& w : internal::european::HeaderWords()) {
    if (StartsWithAny(t, {w.word}) && (best == nullptr || w.word.size() > best->word.size())) {
      best = &w;
    }
  }
  if (best == nullptr) return std::nullopt;
  switch (best->kind) {
    case internal::european::Header::kName:
      return Col::kName;
    case internal::european::Header::kValue:
      return Col::kValue;
    case internal::european::Header::kFlag:
      return Col::kFlag;
    case internal::european::Header::kUnit:
      return Col::kUnit;
    case internal::european::Header::kRange:
      return Col::kRange;
    case internal::european::Header::kPrevious:
      return Col::kPrevious;
    case internal::european::Header::kOther:
      return Col::kOther;
  }
  return std::nullopt;
}

std::vector<Cell> RowReader::HeaderCells(const Line& line) const {
  auto recognised = [this](std::string_view t) {
    // A date is never cut out of a cell here: "Collected: 06-May-2024" is a label and its date,
    // not two column titles (dated titles set together are split by SplitAfterDates).
    if (FindLabDate(t, DateOrder::kUnknown)) return false;
    std::optional<LabDate> d;
    if (HeaderKind(t, &d)) return true;
    const TestName::Match m = MatchTestName(t, specimen_).match;
    return m == TestName::Match::kExact || m == TestName::Match::kIgnored;
  };
  std::vector<Cell> out;
  for (const Cell& whole : line.cells) {
    // Dated result titles set close together ("Result (01/08/2024) Result (02/05/2024)"): one
    // column per date.
    std::vector<Cell> dated = SplitAfterDates(whole);
    if (dated.size() >= 2) {
      for (Cell& p : dated) out.push_back(std::move(p));
      continue;
    }
    const Cell& c = whole;
    std::optional<LabDate> d;
    const bool keyword = HeaderKind(c.text, &d).has_value();
    const TestName::Match m =
        keyword ? TestName::Match::kNone : MatchTestName(c.text, specimen_).match;
    // Merged words always get a try; otherwise only a cell that is not one header already
    // ("Kappa FLC Lambda FLC"), or an ignored test that may hide a used one ("K/L Ratio
    // Hemoglobin").
    const bool try_split = HasMergedWords(c.text) || (!keyword && m != TestName::Match::kExact);
    std::vector<Cell> parts =
        try_split || keyword ? SplitHeaderCell(c, recognised, StartsColumn) : std::vector<Cell>{};
    if (m == TestName::Match::kIgnored && !HasMergedWords(c.text)) {
      // Keep an ignored name whole unless the split finds a test we use.
      const bool uses = std::any_of(parts.begin(), parts.end(), [&](const Cell& p) {
        return MatchTestName(p.text, specimen_).match == TestName::Match::kExact;
      });
      if (!uses) parts.clear();
    }
    if (parts.empty()) {
      out.push_back(c);
    } else {
      for (Cell& p : parts) out.push_back(std::move(p));
    }
  }
  return out;
}

std::optional<std::vector<RowReader::Column>> RowReader::ParseHeader(const Line& line) const {
  std::vector<Column> cols;
  int keywords = 0, dates = 0, unknown = 0, tests = 0;
  bool name = false, value = false, row_date = false;
  const std::vector<Cell> cells = HeaderCells(line);
  const auto date_cells = std::count_if(cells.begin(), cells.end(), [](const Cell& c) {
    return IsDateCell(c.text) || IsMarkedDateCell(c.text);
  });
  for (const Cell& c : cells) {
    std::optional<LabDate> d;
    std::optional<Col> k = HeaderKind(c.text, &d);
    Column col{k.value_or(Col::kOther), c.box, d, "", {}};
    if (!k) {
      // A test named as a column header: a history table with one row per date.
      const TestName tn = MatchTestName(c.text, specimen_);
      if (tn.match == TestName::Match::kExact) {
        col.kind = Col::kTest;
        col.test = tn;
        ++tests;
      } else if (tn.match == TestName::Match::kIgnored) {
        col.kind = Col::kOther;
      } else if (date_cells >= 2 && LooksLikeGarbledDate(c.text)) {
        col.kind = Col::kOther;  // an unreadable date over a column: that column is not read
      } else if (ParseLabValue(c.text) || IsDateCell(c.text) || !LooksLikeName(c)) {
        return std::nullopt;  // a value: this is a row, not a header
      } else {
        ++unknown;
      }
    } else if (*k == Col::kDate) {
      ++dates;
    } else {
      ++keywords;
      name |= *k == Col::kName;
      value |= *k == Col::kValue || *k == Col::kUnitValue;
      row_date |= *k == Col::kRowDate;
    }
    if (col.kind == Col::kUnitValue) {
      col.unit = c.text.find('%') != std::string::npos ? "%" : std::string(TrimSpaces(c.text));
    }
    cols.push_back(std::move(col));
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
  // Columns we do not know ("Accession", "Clinic") are never read, but only beside a few tests.
  const bool history = row_date && tests >= 1 && dates == 0 && !value &&
                       (unknown == 0 || (tests >= 3 && unknown <= 2));
  // A results table: a test column, a result column, and at most a few columns we do not know
  // ("Site", "Performing lab"), which are then never read.
  const bool table =
      dates == 0 && tests == 0 &&
      ((unknown == 0 && keywords >= 2) || (name && value && keywords >= 3 && unknown <= 2));
  if (!flowsheet && !history && !table) return std::nullopt;
  return cols;
}

bool RowReader::IsHeader(const Line& line) const { return ParseHeader(line).has_value(); }

bool RowReader::AttachSubHeader(const Line& line, const std::vector<Column>& sub) {
  if (columns_.empty() || line.page != header_page_ ||
      line.box.y0 - header_box_.y1 > 1.5 * line.box.height()) {
    return false;
  }
  if (SplitPreviousByDates(sub)) return true;
  // Units under test names ("(g/dL) (mg/L)"), or dates under result columns ("Current" /
  // "08/20/2024", "Previous" / "09/02/2023").
  std::vector<std::pair<size_t, const Column*>> targets;
  for (const Column& s : sub) {
    const Column* col = ColumnOf(Cell{s.unit, s.box, 1.0f});
    if (col == nullptr) return false;
    const bool unit =
        s.kind == Col::kUnitValue && col->kind == Col::kTest && col->test.unit.empty();
    const bool date = s.kind == Col::kDate && s.date &&
                      (col->kind == Col::kValue || col->kind == Col::kPrevious) && !col->date;
    // A unit or word over a column that is never read ("IgG", "ratio" under "K/L") is passed
    // over, and so is the row's title ("Units") under the date column.
    if (col->kind == Col::kOther) continue;
    if (s.kind == Col::kUnit && (col->kind == Col::kRowDate || col->kind == Col::kName)) continue;
    if (!unit && !date) return false;
    targets.emplace_back(static_cast<size_t>(col - columns_.data()), &s);
  }
  if (targets.empty()) return false;
  for (const auto& [k, s] : targets) {
    Column& col = columns_[k];
    if (s->kind == Col::kDate) {
      col.date = s->date;
      continue;
    }
    std::string unit = s->unit;
    if (unit.size() > 2 && unit.front() == '(' && unit.back() == ')') {
      unit = unit.substr(1, unit.size() - 2);
    }
    col.test.unit = unit;
  }
  return true;
}

// `text` without parentheses around it, or a leading "vom", "from", "du", "del", "de", "van" or
// "of" before a date.
std::string_view RowReader::DateAfterConnector(std::string_view text) {
  text = TrimSpaces(text);
  // "(2024-08-19)" under "Föregående".
  if (text.size() > 2 && text.front() == '(' && text.back() == ')') {
    text = TrimSpaces(text.substr(1, text.size() - 2));
  }
  for (std::string_view w :
       {"vom ", "von ", "from ", "du ", "del ", "de ", "van ", "of ", "dal "}) {
    if (text.size() > w.size() && AsciiLower(text.substr(0, w.size())) == w) {
      return TrimSpaces(text.substr(w.size()));
    }
  }
  return text;
}

// The unit that ends a header cell ("(g/dL)", "FLC mg/L", "(U/L)"), without its parentheses.
std::optional<std::string> RowReader::TrailingUnit(std::string_view text) {
  std::string t(TrimSpaces(text));
  const size_t space = t.rfind(' ');
  std::string last = space == std::string::npos ? t : t.substr(space + 1);
  if (last.size() > 2 && last.front() == '(' && last.back() == ')') {
    last = last.substr(1, last.size() - 2);
  }
  if (!IsUnitHeader(Lower(last))) return std::nullopt;
  return last;
}

bool RowReader::SplitPreviousByDates(const std::vector<Column>& sub) {
  if (sub.size() < 2 || !std::all_of(sub.begin(), sub.end(), [](const Column& s) {
        return s.kind == Col::kDate && s.date.has_value();
      })) {
    return false;
  }
  // The one undated previous column every date lies under or beside (right of the result).
  const Column* over = nullptr;
  for (const Column& s : sub) {
    const Column* col = ColumnOf(Cell{"", s.box, 1.0f});
    if (col == nullptr || col->kind != Col::kPrevious || col->date) return false;
    if (over != nullptr && over != col) return false;
    over = col;
  }
  const size_t k = static_cast<size_t>(over - columns_.data());
  std::vector<Column> dated;
  for (const Column& s : sub) dated.push_back(Column{Col::kPrevious, s.box, s.date, "", {}});
  columns_.erase(columns_.begin() + static_cast<std::ptrdiff_t>(k));
  columns_.insert(columns_.begin() + static_cast<std::ptrdiff_t>(k), dated.begin(), dated.end());
  return true;
}

bool RowReader::TitlesContinue(const Line& line) const {
  bool tests = false;
  for (const Column& c : columns_) tests |= c.kind == Col::kTest;
  if (!tests) return false;
  for (const Cell& c : line.cells) {
    const Column* col = ColumnOf(c);
    if (col == nullptr || (col->kind != Col::kTest && col->kind != Col::kOther) ||
        ParseLabValue(c.text) || IsDateCell(c.text) || c.text.size() > 12) {
      return false;
    }
  }
  return true;
}

bool RowReader::ExtendHeader(const Line& line) {
  if (columns_.empty() || line.page != header_page_ ||
      line.box.y0 - header_box_.y1 > 1.5 * line.box.height()) {
    return false;
  }
  if (TitlesContinue(line)) {
    header_box_.Cover(line.box);
    return true;
  }
  if (MatchTestName(line.cells[0].text, specimen_).match != TestName::Match::kNone) return false;
  std::vector<Column> added;
  std::vector<std::pair<Column*, LabDate>> dated;      // a date under a previous column's title
  std::vector<std::pair<Column*, std::string>> units;  // a unit under a test column's name
  for (const Cell& c : line.cells) {
    std::optional<LabDate> ignored;
    const std::optional<Col> kind = HeaderKind(c.text, &ignored);
    Column* over = nullptr;
    for (Column& col : columns_) {
      if (c.box.XOverlap(col.box) > 0) over = &col;
    }
    // Under a history table's test names, their units, after the rest of a title ("Kappa" /
    // "FLC mg/L", "M-Spike" / "(g/dL)"); under its date column, words such as "(date time)".
    if (over != nullptr && over->kind == Col::kTest && over->test.unit.empty()) {
      if (std::optional<std::string> u = TrailingUnit(c.text)) {
        units.emplace_back(over, *u);
        continue;
      }
    }
    if (over != nullptr && over->kind == Col::kRowDate && !ParseLabValue(c.text) &&
        !IsDateCell(c.text)) {
      continue;
    }
    if (kind && over == nullptr &&
        (*kind == Col::kUnit || *kind == Col::kRange || *kind == Col::kFlag)) {
      added.push_back(Column{*kind, c.box, std::nullopt, "", TestName{}});
    } else if (over != nullptr && over->kind == Col::kPrevious && !over->date &&
               IsDateCell(DateAfterConnector(c.text))) {
      // "27.02.2024", or "vom 08.01.2024" ("of"), under "Vorwert" / "Vorbefund".
      if (std::optional<LabDate> d = FindLabDate(DateAfterConnector(c.text), order_)) {
        dated.emplace_back(over, *d);
      }
    } else if (ParseLabValue(c.text) && !IsTimeCell(c.text)) {
      return false;  // a value: this is a result row
    }
  }
  if (added.empty() && dated.empty() && units.empty()) return false;
  for (auto& [col, d] : dated) col->date = d;
  for (auto& [col, u] : units) col->test.unit = u;
  for (Column& c : added) columns_.push_back(std::move(c));
  std::sort(columns_.begin(), columns_.end(),
            [](const Column& a, const Column& b) { return a.box.x0 < b.box.x0; });
  header_box_.Cover(line.box);
  return true;
}

void RowReader::TakeTitlesAbove(const Line& above, const Line& line,
                                std::vector<Column>* cols) const {
  if (above.page != line.page || above.cells.empty() ||
      line.box.y0 - above.box.y1 > 1.5 * line.box.height()) {
    return;
  }
  double first_date = std::numeric_limits<double>::max();
  int dates = 0;
  for (const Column& c : *cols) {
    if (c.kind == Col::kName) return;
    if (c.kind == Col::kDate) {
      first_date = std::min(first_date, c.box.x0);
      ++dates;
    }
  }
  if (dates < 2) return;
  std::vector<Column> titles;
  bool name = false;
  for (const Cell& c : above.cells) {
    if (c.box.x1 >= first_date) break;
    std::optional<LabDate> ignored;
    const std::optional<Col> kind = HeaderKind(c.text, &ignored);
    if (!kind || (*kind != Col::kName && *kind != Col::kUnit && *kind != Col::kRange &&
                  *kind != Col::kFlag)) {
      return;  // a line of other words, not the titles of this table
    }
    name |= *kind == Col::kName;
    titles.push_back(Column{*kind, c.box, std::nullopt, "", TestName{}});
  }
  if (!name) return;
  cols->insert(cols->begin(), titles.begin(), titles.end());
}

std::optional<Line> RowReader::WithTitleAbove(const std::vector<Line>& lines, size_t i) const {
  if (i == 0) return std::nullopt;
  const Line& above = lines[i - 1];
  const Line& line = lines[i];
  if (above.page != line.page || above.cells.size() != 1 ||
      line.box.y0 - above.box.y1 > 1.5 * line.box.height()) {
    return std::nullopt;
  }
  std::optional<LabDate> ignored;
  if (HeaderKind(above.cells[0].text, &ignored) != Col::kPrevious) return std::nullopt;
  Line out = line;
  for (Cell& c : out.cells) {
    if (c.box.XOverlap(above.cells[0].box) > 0 && IsDateCell(c.text)) {
      c.text = above.cells[0].text + " " + c.text;
      c.box.Cover(above.cells[0].box);
      return out;
    }
  }
  return std::nullopt;
}

bool RowReader::ReadHeader(const std::vector<Line>& lines, size_t i) {
  const std::optional<Line> titled = WithTitleAbove(lines, i);
  const Line& line = titled ? *titled : lines[i];
  std::optional<std::vector<Column>> cols = ParseHeader(line);
  if (!cols) return false;
  if (AttachSubHeader(line, *cols)) return true;
  if (i > 0) TakeTitlesAbove(lines[i - 1], line, &*cols);
  columns_ = std::move(*cols);
  continued_.reset();
  header_box_ = line.box;
  header_page_ = line.page;
  history_previous_ = false;
  for (const std::string& h : recent_headings_) {
    const std::string t = AsciiLower(h);
    for (std::string_view w :
         {"previous", "prior", "history", "historical", "earlier", "vorwert", "vorbefund"}) {
      if (t.find(w) != std::string::npos) history_previous_ = true;
    }
  }
  // A date-and-result table without a test column is the history of the test its heading names
  // ("Kappa Free Light Chains" / "Date collected | Your value | Flag").
  section_test_.reset();
  const bool has_name = NameColumn() != nullptr;
  const bool has_row_date = std::any_of(columns_.begin(), columns_.end(),
                                        [](const Column& c) { return c.kind == Col::kRowDate; });
  if (!has_name && has_row_date && pending_) {
    section_test_ = pending_;  // the heading was read as a name waiting for its value
    pending_.reset();
  } else if (!has_name && has_row_date) {
    for (auto h = recent_headings_.rbegin(); h != recent_headings_.rend(); ++h) {
      const TestName tn = MatchTestName(*h, specimen_);
      if (tn.match == TestName::Match::kExact || tn.match == TestName::Match::kIgnored) {
        section_test_ = Name{tn, std::string(TrimSpaces(*h)), Box{}, 1.0f, line.page, *h};
        break;
      }
    }
    // A page's heading read as a card's name, far above its table (a portal's trend chart
    // between "Kappa Free Light Chains, Serum" and "Date | Value | Standard Range").
    if (!section_test_ && heading_test_ && heading_test_->page == line.page) {
      section_test_ = heading_test_;
    }
  }
  heading_test_.reset();
  return true;
}

}  // namespace oncoguide::import
