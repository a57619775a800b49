// Table headers over several lines (rows.h): a second line of units or dates under the titles,
// titles continued on the next line, titles above a flowsheet's dates, and a previous-result
// title printed over the date of its column.
#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <vector>

#include "cell_text.h"
#include "date_labels.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

using internal::IsTimeCell;
using internal::IsUnitHeader;
using internal::IsUnitText;
using internal::Lower;

bool RowReader::AttachSubHeader(const Line& line, const std::vector<Column>& sub) {
  if (columns_.empty() || line.page != header_page_ ||
      line.box.y0 - header_box_.y1 > 1.5 * line.box.height()) {
    return false;
  }
  if (SplitPreviousByDates(sub)) return true;
  // Units under test names ("(g/dL) (mg/L)"), or dates under result columns ("Current" /
  // "08/20/2024", "Previous" / "09/02/2023").
  // Several "Collected" titles, one over each date of a flowsheet ("Collected | Collected" /
  // "06/11/2023 | 18/12/2023"): each title's column takes the date under it.
  const bool dated_titles = std::count_if(columns_.begin(), columns_.end(), [](const Column& c) {
                              return c.kind == Col::kRowDate;
                            }) >= 2;
  std::vector<std::pair<size_t, const Column*>> targets;
  for (size_t k = 0; k < sub.size(); ++k) {
    const Column& s = sub[k];
    const Column* col = ColumnOf(Cell{s.unit, s.box, 1.0f});
    // The time of day beside the date's own title, under that title or under none
    // ("COLLECTED" / "DATE | TIME | g/dL"): a column never read.
    if (s.kind == Col::kOther && k > 0 && sub[k - 1].kind == Col::kRowDate &&
        (col == nullptr || col->kind == Col::kRowDate)) {
      continue;
    }
    if (col == nullptr) return false;
    const bool unit =
        s.kind == Col::kUnitValue && col->kind == Col::kTest && col->test.unit.empty();
    const bool date = s.kind == Col::kDate && s.date && !col->date &&
                      (col->kind == Col::kValue || col->kind == Col::kPrevious ||
                       (col->kind == Col::kRowDate && dated_titles));
    // A unit or word over a column that is never read ("IgG", "ratio" under "K/L") is passed
    // over, and so is the row's title ("Units") under the date column, and the rest of the date
    // column's title ("Date" / "collected").
    if (col->kind == Col::kOther) continue;
    if (s.kind == Col::kUnit && (col->kind == Col::kRowDate || col->kind == Col::kName)) continue;
    // The label of the units and ranges lines under the date or names column ("참고치 →" /
    // "(g/dL) | (mg/dL)", "Reference" / "(g/L)").
    if (s.kind == Col::kRange && (col->kind == Col::kRowDate || col->kind == Col::kName)) continue;
    if (s.kind == Col::kRowDate && (col->kind == Col::kRowDate || col->kind == Col::kName)) {
      continue;  // also the dates' label under the names ("Analyse" / "Date de prélèvement")
    }
    if (!unit && !date) return false;
    targets.emplace_back(static_cast<size_t>(col - columns_.data()), &s);
  }
  if (targets.empty()) return false;
  for (const auto& [k, s] : targets) {
    Column& col = columns_[k];
    if (s->kind == Col::kDate) {
      col.date = s->date;
      if (col.kind == Col::kRowDate) col.kind = Col::kDate;
      continue;
    }
    std::string unit = s->unit;
    if (unit.size() > 2 && unit.front() == '(' && unit.back() == ')') {
      unit = unit.substr(1, unit.size() - 2);
    }
    col.test.unit = unit;
  }
  // Result columns each dated by this line ("Dossier 1 | Dossier 2" over "Date de prélèvement
  // | 08/01/2024 | 06/02/2024") are a flowsheet's date columns.
  const auto dated_here = [&](const auto& t) {
    return t.second->kind == Col::kDate && columns_[t.first].kind == Col::kValue;
  };
  if (std::count_if(targets.begin(), targets.end(), dated_here) >= 2) {
    for (const auto& t : targets) {
      if (dated_here(t)) columns_[t.first].kind = Col::kDate;
    }
  }
  return true;
}

bool RowReader::JoinTitlesUnderDates(const Line& line, const std::vector<Column>& sub) {
  constexpr int kMaxLinesBetween = 4;  // a time, a lab number, an episode, a blank
  if (!WithinLinesOfHeader(line, kMaxLinesBetween)) return false;
  double first_date = std::numeric_limits<double>::max();
  int dated = 0;
  for (const Column& c : columns_) {
    if (c.kind != Col::kDate || !c.date) continue;
    first_date = std::min(first_date, c.box.x0);
    ++dated;
  }
  if (dated < 2) return false;
  bool titles = false;
  for (const Column& s : sub) {
    if (s.date || s.box.x1 > first_date) return false;
    if (s.kind != Col::kUnit && s.kind != Col::kRange && s.kind != Col::kName &&
        s.kind != Col::kFlag) {
      return false;
    }
    titles |= s.kind != Col::kName;
  }
  if (!titles) return false;
  for (const Column& s : sub) {
    if (ColumnOf(Cell{"", s.box, 1.0f}) == nullptr) columns_.push_back(s);
  }
  std::sort(columns_.begin(), columns_.end(),
            [](const Column& a, const Column& b) { return a.box.x0 < b.box.x0; });
  return true;
}

bool RowReader::OtherDatesUnderDates(const std::vector<Line>& lines, size_t i) const {
  const Line& line = lines[i];
  constexpr int kMaxLinesBetween = 3;  // a time, a lab number, a blank
  if (line.cells.size() < 2 || !WithinLinesOfHeader(line, kMaxLinesBetween)) return false;
  if (std::count_if(columns_.begin(), columns_.end(), [](const Column& c) {
        return c.kind == Col::kDate && c.date.has_value();
      }) < 2) {
    return false;
  }
  // The label is the line's first cell, or the only cell of the line just above ("Registered"
  // over a row of dates alone).
  const bool labelled_here = !IsDateCell(line.cells[0].text);
  const Cell* label = labelled_here ? &line.cells[0] : nullptr;
  if (label == nullptr && i > 0 && lines[i - 1].page == line.page &&
      lines[i - 1].cells.size() == 1 && line.box.y0 - lines[i - 1].box.y1 < line.box.height()) {
    label = &lines[i - 1].cells[0];
  }
  if (label == nullptr) return false;
  const std::vector<internal::Label> labels = internal::FindLabels(Lower(label->text));
  if (labels.empty() || labels[0].collection || labels[0].generic) return false;
  // Dates set close together are one cell ("02/08/24 01/11/24"): each counts.
  int dates = 0;
  for (size_t k = labelled_here ? 1 : 0; k < line.cells.size(); ++k) {
    for (const Cell& part : internal::SplitAfterDates(line.cells[k]))
      dates += IsDateCell(part.text);
  }
  return dates >= 2;
}

// `text` without parentheses around it, or a leading "vom", "from", "du", "del", "de", "van",
// "of", or Russian "от" ("from": "Предыдущий" / "от 12.04.2024") before a date.
std::string_view RowReader::DateAfterConnector(std::string_view text) {
  text = TrimSpaces(text);
  // The rest of the title before the date ("результат (03.09.2024)" under "Предыдущий").
  if (const size_t open = text.rfind('(');
      open != std::string_view::npos && open > 0 && text.back() == ')' &&
      text.substr(0, open).find_first_of("0123456789") == std::string_view::npos) {
    text = text.substr(open);
  }
  // "(2024-08-19)" under "Föregående".
  if (text.size() > 2 && text.front() == '(' && text.back() == ')') {
    text = TrimSpaces(text.substr(1, text.size() - 2));
  }
  for (std::string_view w :
       {"vom ", "von ", "from ", "du ", "del ", "de ", "van ", "of ", "dal ", "от ", "От "}) {
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
  if (!HasColumn(Col::kTest)) return false;
  for (const Cell& c : line.cells) {
    const Column* col = ColumnOf(c);
    // A ratio's "κ/λ" under its "Cociente" is a title's word, no unit.
    const bool ratio = c.text == "\u03BA/\u03BB" || AsciiLower(c.text) == "k/l";
    // Also under the row-date title ("Data" / "extracción").
    if (col == nullptr ||
        (col->kind != Col::kTest && col->kind != Col::kOther && col->kind != Col::kRowDate) ||
        (!ratio && (ParseLabValue(c.text) || IsDateCell(c.text) || c.text.size() > 12 ||
                    TrailingUnit(c.text)))) {
      return false;  // a unit under a title is the test's unit (ExtendHeader)
    }
  }
  return true;
}

bool RowReader::WithinLinesOfHeader(const Line& line, int lines_between) const {
  return !columns_.empty() && line.page == header_page_ &&
         line.box.y0 - header_box_.y1 <= (lines_between + 1) * 1.6 * line.box.height();
}

bool RowReader::RightUnderHeader(const Line& line) const {
  return !columns_.empty() && line.page == header_page_ &&
         line.box.y0 - header_box_.y1 <= 1.5 * line.box.height();
}

bool RowReader::DatesPreviousTitles(const Line& line) const {
  if (!RightUnderHeader(line) || line.cells.empty()) return false;
  return std::all_of(line.cells.begin(), line.cells.end(), [&](const Cell& c) {
    const Column* over = nullptr;
    for (const Column& col : columns_) {
      if (c.box.XOverlap(col.box) > 0) over = &col;
    }
    return DatesUndatedPrevious(over, c);
  });
}

bool RowReader::DatesUndatedPrevious(const Column* over, const Cell& c) {
  return over != nullptr && over->kind == Col::kPrevious && !over->date &&
         IsDateCell(DateAfterConnector(c.text));
}

std::vector<RowReader::Column> RowReader::TestsOfContinuedTitle(
    const Column& col, const std::string& title, const std::vector<const Cell*>& under) const {
  // One word of the title over each word under it ("Proteínas Compoñente" / "totais |
  // monoclonal"), or the whole title over one.
  const std::vector<std::string> words =
      under.size() == 1 ? std::vector<std::string>{title} : internal::SplitOnSpaces(title);
  if (words.size() != under.size()) return {};
  std::vector<Column> parts;
  bool any_used = false;
  for (size_t k = 0; k < words.size(); ++k) {
    // As a header's own titles (ReadHeader): a test used is read, one not used is not.
    const TestName test = MatchTestName(words[k] + ' ' + under[k]->text, specimen_);
    const bool used = test.match == TestName::Match::kExact;
    if (!used && test.match != TestName::Match::kIgnored) return {};
    any_used |= used;
    Box box = col.box;
    if (under.size() > 1) {
      box.x0 = k == 0 ? col.box.x0 : under[k]->box.x0;
      box.x1 = k + 1 == under.size() ? col.box.x1 : under[k]->box.x1;
    }
    parts.push_back(
        Column{used ? Col::kTest : Col::kOther, box, std::nullopt, "", used ? test : TestName{}});
  }
  return any_used ? parts : std::vector<Column>{};
}

void RowReader::NameTestsOfContinuedTitles(const Line& line) {
  std::vector<Column> named;
  for (const Column& col : columns_) {
    std::vector<const Cell*> under;
    for (const Cell& c : line.cells) {
      if (c.box.XOverlap(col.box) > 0) under.push_back(&c);
    }
    const auto title = std::find_if(header_titles_.begin(), header_titles_.end(),
                                    [&](const Cell& t) { return t.box.XOverlap(col.box) > 0; });
    std::vector<Column> parts;
    if (col.kind == Col::kOther && !under.empty() && title != header_titles_.end()) {
      parts = TestsOfContinuedTitle(col, title->text, under);
    }
    if (parts.empty()) parts.push_back(col);
    named.insert(named.end(), parts.begin(), parts.end());
  }
  columns_ = std::move(named);
}

bool RowReader::TitlesTurnPrevious(const Line& line) {
  if (!RightUnderHeader(line)) return false;
  std::vector<Column*> turned;
  for (const Cell& c : line.cells) {
    if (c.text.find_first_of("0123456789") != std::string::npos) return false;
    const auto title = std::find_if(header_titles_.begin(), header_titles_.end(),
                                    [&](const Cell& t) { return t.box.XOverlap(c.box) > 0; });
    if (title == header_titles_.end()) return false;
    std::optional<LabDate> ignored;
    const std::optional<Col> kind = HeaderKind(title->text + " " + c.text, &ignored);
    if (!kind) return false;
    if (*kind != Col::kPrevious) continue;
    for (Column& col : columns_) {
      if (col.kind != Col::kPrevious && col.box.XOverlap(c.box) > 0) turned.push_back(&col);
    }
  }
  if (turned.empty()) return false;
  for (Column* col : turned) {
    col->kind = Col::kPrevious;
    col->date.reset();
    col->test = TestName{};
  }
  header_box_.Cover(line.box);
  return true;
}

bool RowReader::ExtendHeader(const Line& line) {
  if (!RightUnderHeader(line)) return false;
  // A row of a test's earlier result ("Prior IFE | IgG kappa (11/21/2023)"), not titles.
  if (internal::EarlierResultName(line.cells[0].text, specimen_)) return false;
  if (TitlesContinue(line)) {
    NameTestsOfContinuedTitles(line);
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
    // Under an immunofixation's title, the specimen word alone ("IFE" / "Serum", "IFE" / "Urin"):
    // the second column of a cumulative table is the urine's, not a second serum IFE.
    if (over != nullptr && over->kind == Col::kTest &&
        (over->test.analyte == records::Analyte::kSerumIfe ||
         over->test.analyte == records::Analyte::kUrineIfe) &&
        internal::SplitOnSpaces(c.text).size() == 1) {
      if (const std::optional<Specimen> s = SpecimenWord(c.text); s && *s != Specimen::kMarrow) {
        over->test.analyte =
            *s == Specimen::kUrine ? records::Analyte::kUrineIfe : records::Analyte::kSerumIfe;
        continue;
      }
    }
    // Under a history table's test names, their units, after the rest of a title ("Kappa" /
    // "FLC mg/L", "M-Spike" / "(g/dL)"); under its date column, words such as "(date time)".
    // Not a result with its unit ("62 %" under "PC %": the first row of a marrow history was
    // taken for the titles' units and dropped, silently).
    if (over != nullptr && over->kind == Col::kTest && over->test.unit.empty() &&
        !ParseLabValue(c.text)) {
      if (std::optional<std::string> u = TrailingUnit(c.text)) {
        units.emplace_back(over, *u);
        continue;
      }
    }
    if (over != nullptr && over->kind == Col::kRowDate && !ParseLabValue(c.text) &&
        !IsDateCell(c.text)) {
      continue;
    }
    // The unit of a test that is not used ("10^3/uL" under "WBC"): not a result.
    if (over != nullptr && over->kind == Col::kOther && IsUnitText(c.text) &&
        c.text.find(' ') == std::string::npos) {
      continue;
    }
    // A reference range in parentheses under a title ("K/L ratio" / "(0.26-1.65)") among the
    // units: the column's range, not a result.
    const std::string_view t = TrimSpaces(c.text);
    if (over != nullptr && t.size() > 2 && t.front() == '(' && t.back() == ')' &&
        ParseLabRange(t)) {
      continue;
    }
    if (kind && over == nullptr &&
        (*kind == Col::kUnit || *kind == Col::kRange || *kind == Col::kFlag)) {
      added.push_back(Column{*kind, c.box, std::nullopt, "", TestName{}});
    } else if (DatesUndatedPrevious(over, c)) {
      // "27.02.2024", or "vom 08.01.2024" ("of"), under "Vorwert" / "Vorbefund"; under both
      // words of a title set as two ("Resultado | anterior" / "(05/02/2024)").
      if (std::optional<LabDate> d = FindLabDate(DateAfterConnector(c.text), order_)) {
        for (Column& col : columns_) {
          if (col.kind == Col::kPrevious && !col.date && c.box.XOverlap(col.box) > 0) {
            dated.emplace_back(&col, *d);
          }
        }
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

void RowReader::TakePreviousTitleAbove(const Line& above, const Line& line,
                                       std::vector<Column>* cols) const {
  if (cols->empty() || above.page != line.page || above.cells.empty() ||
      line.box.y0 - above.box.y1 > 1.5 * line.box.height()) {
    return;
  }
  const double last = cols->back().box.x1;
  for (const Cell& c : above.cells) {
    std::optional<LabDate> ignored;
    if (c.box.x0 <= last || HeaderKind(c.text, &ignored) != Col::kPrevious) return;
  }
  for (const Cell& c : above.cells) cols->push_back(Column{Col::kPrevious, c.box, {}, "", {}});
}

void RowReader::TakeTitlesAbove(const Line& above, const Line& line,
                                std::vector<Column>* cols) const {
  if (above.page != line.page || above.cells.empty() ||
      line.box.y0 - above.box.y1 > 1.5 * line.box.height()) {
    return;
  }
  double first_date = std::numeric_limits<double>::max(), last_date = 0;
  int dates = 0;
  for (const Column& c : *cols) {
    if (c.kind == Col::kName) return;
    if (c.kind == Col::kDate) {
      first_date = std::min(first_date, c.box.x0);
      last_date = std::max(last_date, c.box.x1);
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
  // Unit, range and flag titles right of the dates ("Parameter | Diagnosis | Pre-ASCT | Day +100
  // | Unit" over "16.10.2023 | 19.02.2024 | 10.06.2024"): columns after the dates.
  for (const Cell& c : above.cells) {
    if (c.box.x0 <= last_date) continue;
    std::optional<LabDate> ignored;
    const std::optional<Col> kind = HeaderKind(c.text, &ignored);
    if (kind && (*kind == Col::kUnit || *kind == Col::kRange || *kind == Col::kFlag)) {
      cols->push_back(Column{*kind, c.box, std::nullopt, "", TestName{}});
    }
  }
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
  // The title covers the dates under it, and those right of it when it spans a group of them
  // ("Antériorités" over "10/01/2024 | 08/11/2023").
  Line out = line;
  const Box title = above.cells[0].box;
  bool any = false;
  for (Cell& c : out.cells) {
    // The date alone, in brackets or after a connector ("Resultado anterior" over
    // "(27/02/2024)", "Antériorité" over "du 12/03/2024").
    // Or the date's title ("Resultado anterior" over "(fecha)"): taken for no title, it kept
    // this line from being read as the header, and the rows' own results were lost. Not the
    // first title ("PREVIOUS RESULTS" over "Collection Date | Kappa"): a history's dates, under a
    // heading over the whole table.
    const std::string_view bare = DateAfterConnector(c.text);
    const bool under = c.box.XOverlap(title) > 0;
    const bool date_title =
        under && &c != &out.cells.front() && HeaderKind(bare, &ignored) == Col::kRowDate &&
        std::count_if(line.cells.begin(), line.cells.end(),
                      [&](const Cell& x) { return x.box.XOverlap(title) > 0; }) == 1;
    if (!date_title && !IsDateCell(bare)) continue;
    if (!under && !(any && c.box.x0 > title.x1)) continue;
    c.text = date_title ? above.cells[0].text : above.cells[0].text + " " + c.text;
    if (under) c.box.Cover(title);
    any = true;
  }
  if (!any) return std::nullopt;
  return out;
}

bool RowReader::EndsHistoryTable(const Line& line) {
  if (!HasColumn(Col::kTest) || line.cells.size() < 3) return false;
  std::optional<LabDate> ignored;
  if (HeaderKind(line.cells[0].text, &ignored) != Col::kRowDate) return false;
  columns_.clear();
  return true;
}

}  // namespace oncoguide::import
