// Previous-result lines (rows.h: RowReader::IsPreviousLine, ReadPreviousLine): "Resultados
// anteriores: | 10,2 em 12/12/2023 | 9,6 em 14/11/2023" under its test's row, or a line that
// names its test ("Previous result: | M-Spike, 24 h | 0.81 g/24 h | (collected 03/12/2024)").
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cell_text.h"
#include "date_labels.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"
#include "oncoguide/records/units.h"

namespace oncoguide::import {

using internal::IsUnitText;
using internal::Lower;
using internal::SplitLabel;

namespace {

// The label of a previous-result line and the text after it: SplitLabel's, or a longer label
// that names its test in parentheses ("Resultados anteriores (hemoglobina): 10,6 g/dL em ...").
std::pair<std::string, std::string> PreviousLabel(std::string_view text) {
  auto split = SplitLabel(text);
  // Or the test named before the label and a dash ("Hemoglobina - resultados anteriores:"): read
  // as the parenthesised form, "resultados anteriores (hemoglobina)".
  if (const size_t dash = split.first.find(" - "); dash != std::string::npos) {
    const std::string_view test = TrimSpaces(std::string_view(split.first).substr(0, dash));
    const std::string_view title = TrimSpaces(std::string_view(split.first).substr(dash + 3));
    if (!title.empty() &&
        MatchTestName(test, Specimen::kUnknown).match == TestName::Match::kExact) {
      return {std::string(title) + " (" + std::string(test) + ")", split.second};
    }
  }
  const size_t close = text.find("):");
  const size_t open = text.rfind('(', close);
  if (!split.first.empty() || close == std::string_view::npos || close > 64 ||
      open == std::string_view::npos) {
    return split;
  }
  // Only a test's name in the parentheses ("(hemoglobina)", "(creatinina, mg/dL)"), never a
  // date or a note ("Previous FLC (collected 2024-01-29): kappa 4.12 mg/dL, ...").
  std::string_view inner = text.substr(open + 1, close - open - 1);
  inner = TrimSpaces(inner.substr(0, inner.find(',')));
  const std::string rest(TrimSpaces(text.substr(close + 2)));
  // Or the earlier result's date, with a note after it ("Resultado previo (14/09/2023,
  // diagnóstico): 42,0 %"): the result then its date, as "42,0 % (14/09/2023)" is written.
  if (const std::optional<LabDate> d = FindLabDate(inner, DateOrder::kUnknown);
      d && d->begin == 0 && d->end == inner.size() && !rest.empty()) {
    return {Lower(TrimSpaces(text.substr(0, open))), rest + " (" + std::string(inner) + ")"};
  }
  if (MatchTestName(inner, Specimen::kUnknown).match != TestName::Match::kExact) return split;
  return {Lower(text.substr(0, close + 1)), rest};
}

}  // namespace

bool RowReader::IsPreviousLine(const Line& line) const {
  if (line.cells.empty()) return false;
  std::string label = PreviousLabel(line.cells[0].text).first;
  // The test named in parentheses ("Resultados anteriores (hemoglobina): ...").
  if (const size_t open = label.find('('); open != std::string::npos && label.back() == ')') {
    label = std::string(TrimSpaces(std::string_view(label).substr(0, open)));
  }
  std::optional<LabDate> ignored;
  return !label.empty() && HeaderKind(label, &ignored) == Col::kPrevious;
}

// The previous result's label and what follows it in a cell that starts with the row's
// reference range ("VR: 13,0 – 17,5   Anterior: 11,2 (13/03/2024)", one cell once its words are
// joined): cut where the label starts.
std::optional<Cell> RowReader::PreviousAfterRange(const Cell& c) const {
  std::optional<LabDate> ignored;
  const std::string range_label = SplitLabel(c.text).first;
  if (range_label.empty() || HeaderKind(range_label, &ignored) != Col::kRange) return std::nullopt;
  for (size_t gap = c.text.find(' '); gap != std::string::npos; gap = c.text.find(' ', gap + 1)) {
    const size_t at = c.text.find_first_not_of(' ', gap);
    if (at == std::string::npos) break;
    const std::string label = SplitLabel(std::string_view(c.text).substr(at)).first;
    if (!label.empty() && HeaderKind(label, &ignored) == Col::kPrevious) {
      return internal::CutCell(c, gap, at).second;
    }
  }
  return std::nullopt;
}

// A line between a result and its previous results that belongs to the result: its method
// ("Método: enzimático", "Method: ..."), or its reference ("Valor de referência: 0,70 a 1,20").
bool RowReader::DescribesRowAbove(const Line& line) const {
  const std::string label = SplitLabel(line.cells[0].text).first;
  std::optional<LabDate> ignored;
  if (label.empty()) return false;
  const std::optional<Col> kind = HeaderKind(label, &ignored);
  return (kind && (*kind == Col::kRange || *kind == Col::kOther)) || MethodLine(line);
}

bool RowReader::TagBesideNextLine(const std::vector<Line>& lines, size_t i) {
  if (i + 1 >= lines.size()) return false;
  const Line& line = lines[i];
  const Line& next = lines[i + 1];
  if (line.cells.size() != 1 || next.cells.empty() || next.page != line.page) return false;
  const std::string& text = line.cells[0].text;
  if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const double overlap = std::min(line.box.y1, next.box.y1) - std::max(line.box.y0, next.box.y0);
  return overlap > 0.5 * std::min(line.box.height(), next.box.height()) &&
         next.cells[0].box.x1 < line.cells[0].box.x0;
}

bool RowReader::MethodLine(const Line& line) const {
  if (line.cells.empty()) return false;
  const std::string label = FoldLatin(AsciiLower(SplitLabel(line.cells[0].text).first));
  return !label.empty() &&
         internal::StartsWithAny(label, {"metodo", "method", "methode", "metoda", "tecnica"});
}

bool RowReader::ReadPreviousLine(const std::vector<Line>& lines, size_t* next,
                                 const DateContext& date) {
  const size_t i = *next;
  // "Resultado anterior: 1,31 mg/dL em 10/01/2024" right under its test's row (at most two lines
  // below, same page): that test's previous result, on its own date. A line that names its test
  // ("Previous result: | M-Spike, 24 h | 0.81 g/24 h | (collected 03/12/2024)") may stand
  // anywhere. The row's reference range may come first on the line ("Valores de referencia:
  // 13,0 - 17,0 | Resultado anterior: 11,1 g/dL (15/03/2024)").
  Line after_range;
  const Line* source = &lines[i];
  if (source->cells.size() >= 2) {
    std::optional<LabDate> no_date;
    const std::string first_label = SplitLabel(source->cells[0].text).first;
    if (!first_label.empty() && HeaderKind(first_label, &no_date) == Col::kRange) {
      after_range = *source;
      after_range.cells.erase(after_range.cells.begin());
      source = &after_range;
    }
  } else if (std::optional<Cell> previous = PreviousAfterRange(source->cells[0])) {
    // Both in one cell, set apart by spaces ("VR: 13,0 – 17,5   Anterior: 11,2 (13/03/2024)").
    after_range = *source;
    after_range.cells = {*previous};
    source = &after_range;
  }
  const Line& line = *source;
  if (line.cells.empty()) return false;
  auto [label, rest] = PreviousLabel(line.cells[0].text);
  const std::string& first = line.cells[0].text;
  // A long label that is the whole cell ("Resultados anteriores (Lambda livre):").
  if (label.empty() && !first.empty() && first.size() <= 64 && first.back() == ':') {
    label = Lower(std::string_view(first).substr(0, first.size() - 1));
    rest.clear();
  }
  std::optional<LabDate> ignored;
  std::optional<Name> name;
  std::string row_unit;  // the unit of the row above, for results written without one
  // The test named in the label ("Resultados anteriores (componente M):").
  if (const size_t open = label.find('('); open != std::string::npos && label.back() == ')') {
    // The test and its unit ("Resultados anteriores (hemoglobina, g/dL):").
    std::string inner = label.substr(open + 1, label.size() - open - 2);
    if (const size_t comma = inner.rfind(", ");
        comma != std::string::npos && IsUnitText(inner.substr(comma + 2))) {
      row_unit = inner.substr(comma + 2);
      inner.resize(comma);
    }
    const TestName test = MatchTestName(inner, specimen_);
    const std::string outer(TrimSpaces(std::string_view(label).substr(0, open)));
    if (test.match == TestName::Match::kExact && HeaderKind(outer, &ignored) == Col::kPrevious) {
      name = Name{test,      Lower(label), line.cells[0].box, line.cells[0].confidence,
                  line.page, line.Text()};
      label = outer;
    }
  }
  if (label.empty() || HeaderKind(label, &ignored) != Col::kPrevious) return false;
  size_t from = 1;
  if (!name && rest.empty() && line.cells.size() >= 3) {
    const Cell& c = line.cells[1];
    const TestName test = MatchTestName(c.text, specimen_);
    if (test.match == TestName::Match::kExact) {
      name = Name{test, Lower(c.text), c.box, c.confidence, line.page, line.Text()};
      from = 2;
    }
  }
  // The label alone, its results on the next line ("Resultados anteriores (creatinina, mg/dL):"
  // / "16/04/2024: 1,41  ·  26/03/2024: 1,52"), after their test's name when the label names
  // none ("Resultados anteriores:" / "Hemoglobina — 12/03/2024: 10,9 g/dL | 13/02/2024: ...").
  std::string below_text;
  bool of_last_row = false;  // the results are the row above's
  if (rest.empty() && line.cells.size() == 1 && i + 1 < lines.size() &&
      lines[i + 1].page == line.page) {
    const std::string below = lines[i + 1].Text();
    if (const std::optional<LabDate> d = FindLabDate(below, order_)) {
      std::string_view before = TrimSpaces(std::string_view(below).substr(0, d->begin));
      while (!before.empty() && (before.back() == ':' || before.back() == '-')) {
        before = TrimSpaces(before.substr(0, before.size() - 1));
      }
      for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93"}) {  // em and en dash
        if (before.ends_with(dash)) before = TrimSpaces(before.substr(0, before.size() - 3));
      }
      const TestName test = before.empty() || name ? TestName{} : MatchTestName(before, specimen_);
      if (before.empty() || test.match == TestName::Match::kExact) {
        below_text = below.substr(d->begin);
        if (!before.empty()) {
          name = Name{test,
                      Lower(before),
                      lines[i + 1].box,
                      lines[i + 1].cells[0].confidence,
                      line.page,
                      line.Text() + " / " + below};
        }
      }
    }
  }
  if (!name) {
    // The results after the label, in its cell or in the cells after it ("Resultados
    // anteriores: | 10/04/2024: 1,52 mg/dL | 13/03/2024: 1,71 mg/dL").
    // Nor a line under the card beside the row's ("Calcemia | Kappa libre" / values / "Valor
    // anterior: 118,5 mg/L" under the kappa's).
    // Earlier results stacked one a line ("Previous: 32 g/L on 2024-May-21" / "Previous: 31 g/L
    // on 2024-Apr-23" under a portal card's collection date and lab) each widen the window.
    size_t stacked = 0;
    for (size_t j = last_row_line_ + 1; last_row_ && j < i; ++j)
      stacked += IsPreviousLine(lines[j]);
    if (!last_row_ || (rest.empty() && line.cells.size() < 2 && below_text.empty()) ||
        i > last_row_line_ + 4 + stacked || line.page != last_row_->page ||
        line.cells[0].box.x0 >= last_row_->beside_x) {
      return false;
    }
    // Lines between the row and this one are its range's lines ("Mulheres: 0,50 a 1,10
    // mg/dL"), never another test's.
    // A derived test's row between them in a unit of its own ("eGFR | 64 mL/min/1,73m²" under
    // "Creatinina") is passed over when the earlier results are in the row's unit ("1,31 mg/dL
    // em 10/01/2024"); a ratio's row, without a unit, may be anyone's.
    const std::string row_unit_lower = AsciiLower(last_row_unit_);
    const auto other_unit = [&](const Line& l) {
      for (size_t k = 1; k < l.cells.size(); ++k) {
        const std::string t = AsciiLower(l.cells[k].text);
        if (t.find('/') != std::string::npos && t.find(row_unit_lower) == std::string::npos) {
          return true;
        }
      }
      return false;
    };
    const bool in_row_unit = !row_unit_lower.empty() &&
                             AsciiLower(line.Text()).find(row_unit_lower) != std::string::npos;
    size_t flags = 0;  // the row's flag on a line of its own ("↓ Bajo"), passed over
    for (size_t j = last_row_line_ + 1; j < i; ++j) {
      if (!lines[j].cells.empty() && IsFlagLine(lines[j].Text())) {
        ++flags;
        continue;
      }
      if (lines[j].cells.empty() || DescribesRowAbove(lines[j]) || IsPreviousLine(lines[j])) {
        continue;
      }
      if (in_row_unit && other_unit(lines[j]) &&
          MatchTestName(lines[j].cells[0].text, specimen_).match == TestName::Match::kIgnored) {
        continue;
      }
      if (MatchTestName(lines[j].cells[0].text, specimen_).match != TestName::Match::kNone ||
          j > last_row_line_ + 2 + flags) {
        const std::optional<LabRange> r =
            ParseLabRange(SplitLabel(lines[j].cells.back().text).second);
        if (!r) return false;
      }
    }
    name = *last_row_;
    name->line_text += " / " + line.Text();
    row_unit = last_row_unit_;
    of_last_row = true;
  }
  std::string text = from == 1 ? rest : "";
  if (!below_text.empty()) {
    text = " " + below_text;
    if (name->line_text.find(below_text) == std::string::npos) {
      name->line_text += " / " + lines[i + 1].Text();
    }
    ++*next;
  }
  for (size_t k = from; k < line.cells.size(); ++k) {
    // Of a cell around the date ("(collected 03/12/2024, accession U24-072-00190)"), the date.
    const std::string& t = line.cells[k].text;
    const std::optional<LabDate> d = FindLabDate(t, order_);
    // A cell that starts with its date carries its own result ("13/03/2024: 1,71 mg/dL"), and
    // so does one with a number before its date ("9,6 em 14/11/2023").
    const bool number_before =
        d && t.substr(0, d->begin).find_first_of("0123456789") != std::string::npos;
    text += " " + (d && k > from && d->begin > 0 && !number_before
                       ? t.substr(d->begin, d->end - d->begin)
                       : t);
  }
  // The date in the label ("Precedente del 12/04/2024: 2,04 g/dL").
  if (!FindLabDate(text, order_)) {
    if (std::optional<LabDate> d = FindLabDate(label, order_)) {
      text += " " + label.substr(d->begin, d->end - d->begin);
    }
  }
  if (!FindLabDate(text, order_)) return false;
  // One previous result per date ("14/05/2024: 1,41 mg/dL 02/04/2024: 1,55 mg/dL").
  std::vector<size_t> starts, ends;
  for (size_t at = 0; at < text.size();) {
    const std::optional<LabDate> d = FindLabDate(std::string_view(text).substr(at), order_);
    if (!d) break;
    starts.push_back(at + d->begin);
    ends.push_back(at + d->end);
    at += d->end;
  }
  const bool date_first = starts.size() >= 2 && TrimSpaces(text.substr(0, starts[0])).empty();
  if (!date_first && starts.size() >= 2) {
    // Each result before its date ("10,2 em 12/12/2023 | 9,6 em 14/11/2023"): cut after each.
    starts = {0};
    for (size_t k = 0; k + 1 < ends.size(); ++k) starts.push_back(ends[k]);
  } else if (!date_first) {
    starts = {0};
  }
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
    RowCells cells;
    std::string piece(TrimSpaces(text.substr(starts[k], end - starts[k])));
    // A separator between results, before or after ("16/04/2024: 9,4 · 26/03/2024: 8,9",
    // "11,2 g/dL em 08/02/2024 · 10,7 g/dL em 10/01/2024").
    for (std::string_view sep : {"\xC2\xB7", "|", ";", "\xE2\x80\xA2"}) {
      if (piece.ends_with(sep))
        piece = std::string(TrimSpaces(piece.substr(0, piece.size() - sep.size())));
      if (piece.starts_with(sep)) piece = std::string(TrimSpaces(piece.substr(sep.size())));
    }
    cells.previous = Piece{piece, line.box, line.cells[0].confidence};
    if (!row_unit.empty()) cells.unit = Piece{row_unit, line.box, line.cells[0].confidence};
    Emit(*name, cells, date);
  }
  // The row stays for an earlier result stacked on the next line, and only for that.
  const size_t after = *next + 1;
  if (!of_last_row || after >= lines.size() || lines[after].page != line.page ||
      !IsPreviousLine(lines[after])) {
    last_row_.reset();
  }
  return true;
}

// A test's title with its dated results under it, each line a date and a value ("Hemoglobina
// (g/dL)" / "06/02/2024 | 10,6" / "09/01/2024 | 9,9", a box of earlier results beside a
// report's table): each result on its own date, previous under an earlier-results heading. The
// title keeps waiting for the next dated line.
bool RowReader::ReadDatedCardLine(const Line& line, const DateContext& date) {
  if (line.cells.size() < 2 || !IsDateCell(line.cells[0].text)) return false;
  const std::optional<LabDate> d = FindLabDate(line.cells[0].text, order_);
  if (!d) return false;
  RowCells cells = ContentCells(line.cells, 1);
  if (!cells.value) return false;
  Name name = *pending_;
  name.line_text += " / " + line.Text();
  if (UnderEarlierResultsHeading()) {
    cells.previous_dated.emplace_back(*d, *cells.value);
    cells.value.reset();
  } else {
    cells.value_date = d;
  }
  Emit(name, cells, date);
  pending_age_ = 0;
  return true;
}

bool RowReader::ReadCardHistoryLine(const Line& line, const DateContext& date) {
  // Only under the first such heading after the card: a second one belongs to a card between
  // them that was not read.
  if (!card_read_ || card_read_->page != line.page || earlier_headings_ != 1 ||
      !UnderEarlierResultsHeading()) {
    return false;
  }
  pending_ = card_read_;
  const bool read = ReadDatedCardLine(line, date);
  pending_.reset();
  return read;
}

std::optional<LabDate> RowReader::TakeDateOfPrevious(Piece* prev) const {
  std::optional<LabDate> d = FindLabDate(prev->text, order_);
  if (!d) return d;
  std::string& text = prev->text;
  text.erase(d->begin, d->end - d->begin);
  for (size_t k = 0; k < text.size(); ++k) {
    char& c = text[k];
    // A comma between digits is a decimal comma ("1,31"); other commas separate.
    const bool decimal = c == ',' && k > 0 && k + 1 < text.size() &&
                         std::isdigit(static_cast<unsigned char>(text[k - 1])) &&
                         std::isdigit(static_cast<unsigned char>(text[k + 1]));
    if (c == '(' || c == ')' || c == '[' || c == ']' || (c == ',' && !decimal)) c = ' ';
  }
  std::string t(TrimSpaces(text));
  // "03/04/2024: 0,91 mg/dL": the colon after the removed date.
  while (!t.empty() && (t.front() == ':' || t.front() == '-' || t.front() == ' ')) t.erase(0, 1);
  // "Ant: 11,4 (16/01/24)": the cell's own label for an earlier result (es "anterior").
  for (std::string_view label : {"ant:", "ant.", "anterior:", "prev:", "prev.", "previous:"}) {
    if (t.size() > label.size() && AsciiLower(t.substr(0, label.size())) == label) {
      t = std::string(TrimSpaces(t.substr(label.size())));
      break;
    }
  }
  // "0.9 on 12/01/2024", "1,31 mg/dL em 10/01/2024", "le", "vom", "del", "de", "du"; Dutch
  // "op", Italian "il", Swedish and Danish "den", Finnish "pvm".
  for (std::string_view connector :
       {" on", " em", " le", " vom", " del", " de", " du", " am", " op", " il", " den", " pvm"}) {
    if (t.ends_with(connector)) {
      t.resize(t.size() - connector.size());
      break;
    }
  }
  // "98 g/L (collected / prélevé 2024-12-10)": the collection label before the removed date, in
  // one language or two.
  for (bool cut = true; cut;) {
    cut = false;
    const std::vector<internal::Label> labels = internal::FindLabels(AsciiLower(t));
    if (labels.empty() || !labels.back().collection) break;
    const std::string_view after = std::string_view(t).substr(labels.back().end);
    if (after.find_first_not_of(" /:") != std::string_view::npos) break;
    t.resize(labels.back().begin);
    while (!t.empty() && (t.back() == ' ' || t.back() == '/')) t.pop_back();
    cut = true;
  }
  text = t;
  return d;
}

void RowReader::DatesUnderPreviousCells(const Line& line, const Line& next, RowCells* cells) const {
  if (next.page != line.page || next.cells.empty() ||
      next.box.y0 - line.box.y1 > line.box.height()) {
    return;
  }
  // An undated earlier result with its date alone right under it ("Antériorités" over "10,8" /
  // "06/02/2024"): that result's date. It was said to have no date, and not read.
  if (cells->previous && cells->previous_dated.empty() && next.cells.size() == 1 &&
      IsDateCell(next.cells[0].text) && next.cells[0].box.XOverlap(cells->previous->box) > 0 &&
      !FindLabDate(cells->previous->text, order_)) {
    if (const std::optional<LabDate> d = FindLabDate(next.cells[0].text, order_)) {
      cells->previous_dated.emplace_back(*d, *cells->previous);
      cells->previous.reset();
    }
    return;
  }
  if (cells->previous_dated.empty()) return;
  // Only earlier results: a flowsheet's row is dated by its columns alone (a second block's
  // dates right under its last row are that block's header, not this row's).
  std::vector<std::pair<LabDate, Piece>> previous = cells->previous_dated;
  for (const Cell& c : next.cells) {
    const std::optional<LabDate> d =
        IsDateCell(c.text) ? FindLabDate(c.text, order_) : std::nullopt;
    if (!d) return;
    int over = 0;
    for (auto& [date, piece] : previous) {
      if (c.box.XOverlap(piece.box) > 0) {
        date = *d;
        ++over;
      }
    }
    if (over != 1) return;  // under no earlier result, or under two
  }
  cells->previous_dated = std::move(previous);
}

void RowReader::RememberRow(const Name& name, size_t line, const RowCells& cells) {
  last_row_ = name;
  last_row_line_ = line;
  // The unit its result was written in ("10,9 g/dL", or a unit column), if one of the test's.
  last_row_unit_.clear();
  if (cells.value) {
    if (std::optional<LabValue> v = ParseLabValue(cells.value->text)) last_row_unit_ = v->unit;
  }
  if (last_row_unit_.empty() && cells.unit) last_row_unit_ = cells.unit->text;
  if (!records::UnitFactor(name.test.analyte, last_row_unit_).ok()) last_row_unit_.clear();
}

}  // namespace oncoguide::import
