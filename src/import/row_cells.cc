// Assigning a row's cells to the table's columns (by position under a header) or by content
// (a header-less row, a card), and choosing a result among unit-headed columns. Part of
// RowReader (rows.h).
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"
#include "oncoguide/records/units.h"

namespace oncoguide::import {

using internal::EndOfCollectionDate;
using internal::IsRowNumber;
using internal::IsUnitText;
using internal::SplitLabel;
using internal::UnitAfterFlag;
using records::Analyte;
using records::UnitFactor;

// Points between a cell and the nearest date column beyond which the cell is under no date.
constexpr double kClearOfDateColumn = 8.0;

namespace {

// A reference range with its unit ("0.76 - 1.27 mg/dL") or a reference in words ending in one
// ("Not Observed g/dL"); not a result.
bool RangeWithUnit(const std::string& text) {
  const std::optional<LabValue> v = ParseLabValue(text);
  if (v && v->kind == LabValue::Kind::kNumber) return false;
  if (const std::optional<LabRange> r = ParseLabRange(text); r && !r->unit.empty()) return true;
  const std::string_view t = TrimSpaces(text);
  const size_t space = t.rfind(' ');
  return space != std::string_view::npos && IsUnitText(t.substr(space + 1));
}

// A reference said in words that none is expected ("No se detecta", "Negative", "Absent"): the
// range a result is read against.
bool SaysNone(std::string_view text) {
  const std::optional<LabValue> v = ParseLabValue(text);
  return v && (v->kind == LabValue::Kind::kNotDetected || v->kind == LabValue::Kind::kNegative);
}

// True when a column title not otherwise understood still names a reference range ("Referentie",
// "Zakres ref.", "Norme", "Bio. Ref. Interval"): the numbers under it are the range's bounds, not
// results lost.
bool RangeTitle(const std::string& title) {
  const std::string t = FoldLatin(title);
  for (std::string_view w :
       {"ref", "norm", "range", "ystod", "zakres", "interval", "referen", "референт", "норм"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  return false;
}

// A unit followed by its reference range in one cell ("mg/L 3,3 – 19,4" under "Unità / Rif."):
// the two, split at the first space whose left side is a unit and right side a range.
std::optional<std::pair<std::string, std::string>> UnitThenRange(std::string_view text) {
  const std::string_view t = TrimSpaces(text);
  for (size_t space = t.find(' '); space != std::string_view::npos;
       space = t.find(' ', space + 1)) {
    const std::string_view unit = TrimSpaces(t.substr(0, space));
    const std::string_view range = TrimSpaces(t.substr(space + 1));
    if (IsUnitText(unit) && ParseLabRange(range)) {
      return std::pair{std::string(unit), std::string(range)};
    }
  }
  return std::nullopt;
}

}  // namespace

bool RowReader::UnitColumnBetween(double x0, double x1) const {
  return std::any_of(columns_.begin(), columns_.end(), [&](const Column& col) {
    return col.kind == Col::kUnit && col.box.x0 >= x0 && col.box.x1 <= x1;
  });
}

bool RowReader::StartsUnderValue(const Cell& c) const {
  return std::any_of(columns_.begin(), columns_.end(), [&](const Column& col) {
    return col.kind == Col::kValue && !col.date && c.box.x0 >= col.box.x0 - 4 &&
           c.box.x0 < col.box.x1;
  });
}

void RowReader::AddDated(const LabDate& date, const Cell& c, RowCells* row) {
  const auto at = std::find_if(row->dated.begin(), row->dated.end(),
                               [&](const auto& d) { return d.first.date == date.date; });
  if (at == row->dated.end()) {
    row->dated.emplace_back(date, Piece{c.text, c.box, c.confidence});
    return;
  }
  at->second.text += ' ' + c.text;
  at->second.box.Cover(c.box);
}

std::vector<Cell> RowReader::FlaggedValuesAcrossDates(const Cell& c) const {
  // The cell cut after each flag: "612,4 * 1 486,0 *" -> "612,4 *", "1 486,0 *".
  std::vector<Cell> parts;
  size_t begin = 0;
  for (size_t pos = 0; pos <= c.text.size();) {
    const size_t end = std::min(c.text.size(), c.text.find(' ', pos));
    if (pos > begin && IsFlag(std::string_view(c.text).substr(pos, end - pos))) {
      parts.push_back(
          Cell{c.text.substr(begin, end - begin), PartBox(c, begin, end), c.confidence});
      begin = end + 1;
    }
    pos = end + 1;
  }
  if (parts.size() < 2 || begin < c.text.size()) return {};
  std::vector<const Column*> seen;  // each part under a date column of its own
  for (const Cell& p : parts) {
    const std::optional<LabValue> v = ParseLabValue(p.text);
    const Column* col = ColumnOf(p);
    if (!v || v->kind != LabValue::Kind::kNumber || col == nullptr || col->kind != Col::kDate ||
        !col->date || std::find(seen.begin(), seen.end(), col) != seen.end()) {
      return {};
    }
    seen.push_back(col);
  }
  return parts;
}

std::pair<const RowReader::Column*, std::optional<Cell>> RowReader::UnitRunIntoDate(
    const Cell& c) const {
  const size_t space = c.text.rfind(' ');
  if (space == std::string::npos) return {};
  const auto date_col = std::find_if(columns_.begin(), columns_.end(), [&](const Column& col) {
    return col.kind == Col::kDate && col.date && c.box.x0 >= col.box.x0 - 4 &&
           c.box.x0 < col.box.x1;
  });
  if (date_col == columns_.end()) return {};
  Cell tail{c.text.substr(space + 1), PartBox(c, space + 1, c.text.size()), c.confidence};
  const Column* under = ColumnOf(tail);
  if (under == nullptr || under->kind != Col::kUnit || !IsUnitText(tail.text) ||
      ParseLabValue(tail.text) || !ParseLabValue(c.text.substr(0, space))) {
    return {};
  }
  return {&*date_col, tail};
}

RowReader::RowCells RowReader::AssignCells(const std::vector<Cell>& cells, size_t from) const {
  RowCells row;
  auto append = [](std::optional<Piece>& p, const Cell& c) {
    if (!p) {
      p = Piece{c.text, c.box, c.confidence};
      return;
    }
    p->text += ' ';
    p->text += c.text;
    p->box.Cover(c.box);
    p->confidence = std::min(p->confidence, c.confidence);
  };
  // A unit in an untitled column between the names and the dates ("Kappa FLC | mg/L | 3.3-19.4
  // | 6.4 | 6.9", the "Date" title far left), nearer a name or row-date title than the first
  // date: the row's unit, once.
  const auto take_untitled_unit = [&](const Cell& c) {
    if (!row.unit && IsUnitText(c.text) && !ParseLabValue(c.text) && DateColumnRightOf(c.box.x1)) {
      row.unit = Piece{c.text, c.box, c.confidence};
    }
  };
  const Column* value_col = nullptr;
  for (size_t k = from; k < cells.size(); ++k) {
    const Cell& c = cells[k];
    if (TakeDatedPrevious(c, &row)) continue;
    const Column* best = ColumnOf(c);
    if (best == nullptr) continue;
    // Two dates' flagged results run together by a wide number ("612,4 * 1 486,0 *" under two
    // date columns): each under its date. Read whole, neither was understood.
    if (best->kind == Col::kDate) {
      if (const std::vector<Cell> parts = FlaggedValuesAcrossDates(c); !parts.empty()) {
        for (const Cell& part : parts) AddDated(*ColumnOf(part)->date, part, &row);
        continue;
      }
    }
    // A date's result run into the unit column right of it ("109 H µmol/L" under "21.05.24 |
    // Einheit"): the result, then the row's unit. Read whole, it was taken for an undated
    // result, or the unit for that date's alone, and the row was left unread.
    if (const auto [date_col, unit] = UnitRunIntoDate(c); unit) {
      if (!row.unit) row.unit = Piece{unit->text, unit->box, c.confidence};
      const size_t cut = c.text.size() - unit->text.size() - 1;
      AddDated(*date_col->date, Cell{c.text.substr(0, cut), PartBox(c, 0, cut), c.confidence},
               &row);
      continue;
    }
    switch (best->kind) {
      case Col::kValue:
        // Only when a unit column stands between the two result columns: "In Range | Out Of
        // Range" are one result's two columns.
        if (row.value && value_col != nullptr && best != value_col && !best->date &&
            !value_col->date && UnitColumnBetween(value_col->box.x1, best->box.x0)) {
          append(row.second_value, c);  // the other units' result column
          break;
        }
        append(row.value, c);
        value_col = best;
        if (best->date) row.value_date = best->date;
        break;
      case Col::kFlag: {
        // A flag cell of two parts: the first word, and the rest.
        const size_t space = c.text.find(' ');
        if (space != std::string::npos) {
          const Piece head{c.text.substr(0, space), PartBox(c, 0, space), c.confidence};
          const Piece tail{c.text.substr(space + 1), PartBox(c, space + 1, c.text.size()),
                           c.confidence};
          // A result run into the flag's column ("0.5 High" under "RESULT FLAG"): the result,
          // then its flag. Taken whole for the flag, the result was lost without a word.
          const std::optional<LabValue> v = ParseLabValue(head.text);
          if (!row.value && IsFlag(tail.text) && v && v->kind == LabValue::Kind::kNumber) {
            row.value = head;
            row.flag = tail;
            break;
          }
          // A flag run into the previous result's column ("Abnormal 1.1" under "FLAG | PREVIOUS
          // RESULT"): the flag, then the earlier value. It was read as a unit "1.1 g/dL", and
          // the row left unread.
          const Column* right = ColumnOf(Cell{tail.text, tail.box, 1});
          if (right != nullptr && right->kind == Col::kPrevious && !right->date &&
              IsFlag(head.text) && ParseLabValue(tail.text)) {
            row.flag = head;
            append(row.previous, Cell{tail.text, tail.box, tail.confidence});
            break;
          }
        }
        append(row.flag, c);
        // A flag run into the unit column ("Abnormalg /dL").
        if (!row.unit && !IsFlag(c.text)) {
          if (std::optional<std::string> u = UnitAfterFlag(c.text)) {
            row.unit = Piece{*u, c.box, c.confidence};
          }
        }
        break;
      }
      case Col::kUnit: {
        // A reference range after the unit, its title on another line than the unit's ("g/dL |
        // 13,0-17,0" under "Unidade | Val. referência" set below the dates): the row's range,
        // not more of its unit.
        if (row.unit && !row.range && ParseLabRange(c.text) && !ParseLabRange(row.unit->text)) {
          row.range = Piece{c.text, c.box, c.confidence};
          break;
        }
        // A reference said in words after the unit, the unit's title running over the range's
        // ("0.30 | g/dL | No se detecta" under "UNIDADES VALORES DE REF."): the row's range. It
        // was read as more of the unit, and the M-protein was not read.
        if (row.unit && !row.range && row.value && SaysNone(c.text)) {
          row.range = Piece{c.text, c.box, c.confidence};
          break;
        }
        // A result set with its unit into the unit column ("112 µmol/L" under "Résultat Unité"),
        // also after a result title holding only its flag ("| ↑ | 3,4 mg/L"): the result.
        const bool only_flag = row.value && !row.flag && IsFlag(row.value->text);
        const auto v = row.value && !only_flag ? std::nullopt : ParseLabValue(c.text);
        if (v && v->kind == LabValue::Kind::kNumber && !v->unit.empty()) {
          if (only_flag) row.flag = std::exchange(row.value, std::nullopt);
          append(row.value, c);
          break;
        }
        // A long wording that starts under the result's title and runs over the unit's ("S -IF
        // | Vapaita lambda-kevytketjuja" under "Tulos | Yksikkö"): the result. It was taken for
        // a unit, and the row left waiting as a card's name, then dropped without a word.
        if (!row.value && StartsUnderValue(c) && !IsUnitText(c.text)) {
          append(row.value, c);
          break;
        }
        // An immunofixation's finding set under the unit's title, its earlier finding in a
        // previous column ("Immunofixation serum | monoclonal IgG kappa | IgG kappa | 16.05.24"):
        // the result, never a unit. It was left out, and only the earlier finding read.
        if (!row.value && internal::IsIsotypeResult(c.text) && !IsUnitText(c.text)) {
          append(row.value, c);
          break;
        }
        if (!row.second_value && !row.unit && !row.range) {
          if (const auto split = UnitThenRange(c.text)) {
            row.unit = Piece{split->first, c.box, c.confidence};
            row.range = Piece{split->second, c.box, c.confidence};
            break;
          }
        }
        append(row.second_value ? row.second_unit : row.unit, c);
        break;
      }
      case Col::kRange:
        // An immunofixation's finding run from the unit's title over the range's (as above).
        if (!row.value && internal::IsIsotypeResult(c.text) && !ParseLabRange(c.text)) {
          append(row.value, c);
          break;
        }
        // A wide range header may cover a neighbouring column ("Reference Range Performing
        // Lab"): once a range is read, text that is not a range is not added to it.
        if (row.range && ParseLabRange(row.range->text) && !ParseLabRange(c.text)) break;
        append(row.range, c);
        break;
      case Col::kRowDate:
        // "19.06.2024 (slut)": a timed urine's date, marked as the end of its collection.
        if (IsDateCell(c.text) || EndOfCollectionDate(c.text)) {
          row.value_date = FindLabDate(c.text, order_);
        } else {
          take_untitled_unit(c);
        }
        break;
      case Col::kUnitValue:
        row.unit_values.emplace_back(best->unit, Piece{c.text, c.box, c.confidence});
        break;
      case Col::kPrevious:
        // A long wording that starts well left of the previous column and runs into it
        // ("Vrije lambda lichte ketens aantoonbaar; geen intact ...") is this row's result.
        if (!row.value && c.box.x0 < best->box.x0 - 20) {
          append(row.value, c);
          break;
        }
        if (best->date) {
          // A previous column headed by its date; a report may have several.
          auto it = std::find_if(row.previous_dated.begin(), row.previous_dated.end(),
                                 [&](const auto& d) { return d.first.date == best->date->date; });
          if (it != row.previous_dated.end()) {
            it->second.text += ' ' + c.text;
            it->second.box.Cover(c.box);
          } else {
            row.previous_dated.emplace_back(*best->date, Piece{c.text, c.box, c.confidence});
          }
          break;
        }
        // A previous result with its own date ("112 (19/02/24)"), one of several earlier-result
        // columns ("Antériorité 1 | Antériorité 2"): each with its date. Joined into one, the two
        // earlier results were read as neither, without a word.
        if (!row.previous && FindLabDate(c.text, order_)) {
          Piece earlier{c.text, c.box, c.confidence};
          if (const std::optional<LabDate> d = TakeDateOfPrevious(&earlier);
              d && ParseLabValue(earlier.text)) {
            row.previous_dated.emplace_back(*d, earlier);
            break;
          }
        }
        append(row.previous, c);
        break;
      case Col::kDate: {
        // A unit in an untitled column left of the dates ("Haemoglobin | g/L | 104 L | 108 L"):
        // the row's unit, not part of the first date's result.
        if (!row.unit && IsUnitText(c.text) && !ParseLabValue(c.text) && c.box.x1 < best->box.x0) {
          row.unit = Piece{c.text, c.box, c.confidence};
          break;
        }
        // A cell clear of every date column is under none: the reference range of a
        // flowsheet whose "Ref Range" title OCR garbled, or the value of a date OCR lost. Left
        // of the dates with a unit ("0.76 - 1.27 mg/dL", "Not Observed g/dL" under "Ref Range &
        // Units", a title on a line of its own), it is the row's reference and names its unit.
        if (c.box.XGap(best->box) > kClearOfDateColumn) {
          if (!row.range && c.box.x1 < best->box.x0 && RangeWithUnit(c.text)) {
            row.range = Piece{c.text, c.box, c.confidence};
          }
          break;
        }
        auto it = std::find_if(row.dated.begin(), row.dated.end(),
                               [&](const auto& d) { return d.first.date == best->date->date; });
        if (it != row.dated.end()) {
          // One cell under the date's column and one only beside it (a reference range "Not
          // detected" whose title OCR garbled, left of the first date's "52.4"): the one under it
          // is the result; joined, "Not detected 52.4" read as not detected, silently.
          const auto under = [&](const Box& b) {
            const double mid = (b.x0 + b.x1) / 2;
            return mid >= best->box.x0 && mid <= best->box.x1;
          };
          const bool was_under = under(it->second.box), is_under = under(c.box);
          if (was_under != is_under) {
            if (is_under) it->second = Piece{c.text, c.box, c.confidence};
            break;
          }
          it->second.text += ' ' + c.text;
          it->second.box.Cover(c.box);
        } else {
          row.dated.emplace_back(*best->date, Piece{c.text, c.box, c.confidence});
        }
        break;
      }
      case Col::kName:
      case Col::kTest:
      case Col::kOther:
        take_untitled_unit(c);
        if (!row.unknown_column && !best->unknown_title.empty() &&
            !RangeTitle(best->unknown_title) && !IsDateCell(c.text)) {
          if (const std::optional<LabValue> v = ParseLabValue(c.text);
              v && v->kind == LabValue::Kind::kNumber) {
            row.unknown_column = Piece{c.text, c.box, c.confidence};
            row.unknown_title = best->unknown_title;
          }
        }
        break;
    }
  }
  return row;
}

bool RowReader::DateColumnRightOf(double x) const {
  return std::any_of(columns_.begin(), columns_.end(),
                     [&](const Column& col) { return col.kind == Col::kDate && col.box.x0 > x; });
}

bool RowReader::LooksLikeName(const Cell& c) const {
  const std::string_view t = TrimSpaces(c.text);
  if (t.empty()) return false;
  const unsigned char f = static_cast<unsigned char>(t[0]);
  // A name may start with its collection's hours ("24hr urine M-protein"): a test's name, no
  // value. Its row had been dropped without a word.
  if (f >= '0' && f <= '9') {
    return MatchTestName(t, specimen_).match == TestName::Match::kExact && !IsDateCell(t) &&
           !IsFlag(t);
  }
  if (!((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z') || f >= 0x80)) return false;
  if (IsDateCell(t) || IsFlag(t)) return false;
  // A known name with its band's isotype ("Paraprotein (IgA lambda)") reads as a finding too.
  if (const std::optional<LabValue> v = ParseLabValue(t)) {
    return v->kind == LabValue::Kind::kDetected && !v->isotype.empty() &&
           MatchTestName(t, specimen_).match == TestName::Match::kExact;
  }
  return true;
}

bool RowReader::NumberedRowWithItsName(const Line& line) const {
  return line.cells.size() >= 3 && IsRowNumber(line.cells[0].text) &&
         LooksLikeName(line.cells[1]) && !IsUnitText(line.cells[1].text) &&
         ParseLabValue(line.cells[2].text).has_value();
}

const RowReader::Column* RowReader::NameColumn() const {
  const auto it = std::find_if(columns_.begin(), columns_.end(),
                               [](const Column& c) { return c.kind == Col::kName; });
  return it == columns_.end() ? nullptr : &*it;
}

bool RowReader::HasColumn(Col kind) const {
  return std::any_of(columns_.begin(), columns_.end(),
                     [kind](const Column& c) { return c.kind == kind; });
}

const RowReader::Column* RowReader::ColumnOf(const Cell& c) const {
  // The column with the largest overlap, else the nearest one.
  const Column* best = nullptr;
  double best_score = -1e300;
  for (const Column& col : columns_) {
    const double ov = c.box.XOverlap(col.box);
    const double dist = ov > 0 ? -ov : c.box.XGap(col.box);
    const double score = -dist;
    if (score > best_score) {
      best_score = score;
      best = &col;
    }
  }
  return best;
}

void RowReader::ChooseUnitValue(Analyte analyte, RowCells* cells) const {
  // SI and conventional results side by side: the one in the test's own unit, else the one
  // whose unit is known for it.
  if (cells->value && cells->second_value && cells->second_unit) {
    const auto factor = [&](const std::optional<Piece>& u) {
      if (!u) return -1.0;
      const Result<double> f = records::UnitFactor(analyte, u->text);
      return f.ok() ? *f : -1.0;
    };
    const double first = factor(cells->unit), second = factor(cells->second_unit);
    const std::optional<LabValue> a = ParseLabValue(cells->value->text);
    const std::optional<LabValue> b = ParseLabValue(cells->second_value->text);
    if (first > 0 && second > 0 && a && b && a->kind == LabValue::Kind::kNumber &&
        b->kind == LabValue::Kind::kNumber) {
      const double x = a->number * first, y = b->number * second;
      cells->pair_agrees = std::abs(x - y) <= 0.03 * std::max(std::abs(x), std::abs(y));
    }
    if ((second == 1.0 && first != 1.0) || (first < 0 && second > 0)) {
      std::swap(cells->value, cells->second_value);
      std::swap(cells->unit, cells->second_unit);
    }
  }
  if (cells->value || cells->unit_values.empty()) return;
  // Of the unit-headed columns ("%", "g/dL"), the one whose unit this test is reported in.
  for (const auto& [unit, piece] : cells->unit_values) {
    if (!UnitFactor(analyte, unit).ok()) continue;
    std::optional<LabValue> v = ParseLabValue(piece.text);
    if (!v) continue;
    cells->value = piece;
    // A value that carries its own unit ("8.2 mg/L") is in that unit, whatever the column says.
    cells->value_unit = v->unit.empty() ? unit : "";
    return;
  }
  // No column's unit fits: a row of another table under the unit-headed one ("Kappa, free |
  // 8.2 mg/L" or "Kappa, free | 8.2 | mg/L" under "% | g/dL"), which names its own unit.
  for (const auto& [unit, piece] : cells->unit_values) {
    std::optional<LabValue> v = ParseLabValue(piece.text);
    if (v && v->kind == LabValue::Kind::kNumber && !v->unit.empty() &&
        UnitFactor(analyte, v->unit).ok()) {
      cells->value = piece;
      return;
    }
  }
  for (size_t k = 1; k < cells->unit_values.size(); ++k) {
    const Piece& unit = cells->unit_values[k].second;
    const Piece& number = cells->unit_values[k - 1].second;
    std::optional<LabValue> v = ParseLabValue(number.text);
    if (!UnitFactor(analyte, unit.text).ok() || !v || v->kind != LabValue::Kind::kNumber ||
        !v->unit.empty()) {
      continue;
    }
    cells->value = number;
    if (!cells->unit) cells->unit = unit;
    return;
  }
  // A finding in words, which has no unit ("Imunofixação (soro) | Positiva * | Negativa" under
  // an electrophoresis table's "% | g/dL"): its first result-like cell, left of the reference.
  if (records::Info(analyte).kind == records::ValueKind::kCoded) {
    for (const auto& [unit, piece] : cells->unit_values) {
      const std::optional<LabValue> v = ParseLabValue(piece.text);
      if (!v || v->kind == LabValue::Kind::kNumber) continue;
      cells->value = piece;
      return;
    }
  }
}

RowReader::RowCells RowReader::ContentCells(const std::vector<Cell>& cells, size_t from,
                                            bool coded) const {
  RowCells row;
  for (size_t k = from; k < cells.size(); ++k) {
    const Cell& c = cells[k];
    if (TakeDatedPrevious(c, &row)) continue;
    auto [label, rest] = SplitLabel(c.text);
    std::optional<LabDate> ignored;
    const std::optional<Col> header = label.empty() ? std::nullopt : HeaderKind(label, &ignored);
    const Col kind = header.value_or(Col::kName);  // kName: no label
    const std::string& text = header ? rest : c.text;
    Piece piece{text, c.box, c.confidence};
    // Without column headers, an immunofixation row's first result word is its result
    // ("Abnormal" is also a flag word); a second, different one is most likely the reference
    // ("Negative"), but that is a guess about the columns: the row is then reviewed.
    // A light chain named as the band ("free kappa light chains", "chaînes légères libres
    // kappa") is a result too: the row was left waiting as a card's name, then dropped.
    std::optional<LabValue> word = coded ? ParseLabValue(text) : std::nullopt;
    if (coded && !word) word = ParseLightChainBand(text);
    const bool result_word =
        word && word->kind != LabValue::Kind::kNumber && word->kind != LabValue::Kind::kNote;
    if (coded && result_word && kind != Col::kRange && kind != Col::kPrevious) {
      if (!row.value) {
        row.value = piece;
        continue;
      }
      std::optional<LabValue> first = ParseLabValue(row.value->text);
      const bool positive = word->kind == LabValue::Kind::kDetected;
      const bool first_positive = first && first->kind == LabValue::Kind::kDetected;
      if (positive != first_positive) row.coded_conflict = true;
      if (!row.range) row.range = piece;
      continue;
    }
    if (kind == Col::kRange || (row.value && !row.range && ParseLabRange(text))) {
      row.range = piece;
    } else if (kind == Col::kPrevious) {
      row.previous = piece;
    } else if (IsFlag(text) && !row.flag) {
      row.flag = piece;
    } else if (!row.value && (kind == Col::kValue || ParseLabValue(text))) {
      row.value = piece;
    } else if (!row.unit && IsUnitText(text)) {
      row.unit = piece;
    }
  }
  return row;
}

std::optional<Line> RowReader::WithoutCodeBeforeName(const Line& line) const {
  const Column* nc = NameColumn();
  if (nc == nullptr || line.cells.size() < 3) return std::nullopt;
  // The code's cells: left of the name column, each short or no test's name (a scan may cut "P
  // -Krea" in two, and "-Hb" is a name too); the first cell under the column must be a name.
  size_t k = 0;
  while (k < line.cells.size() && line.cells[k].box.x1 < nc->box.x0) {
    const std::string& t = line.cells[k].text;
    if (t.size() > 6 && MatchTestName(t, specimen_).match != TestName::Match::kNone) {
      return std::nullopt;
    }
    ++k;
  }
  if (k == 0 || k + 1 >= line.cells.size() || line.cells[k].box.XOverlap(nc->box) <= 0 ||
      MatchTestName(line.cells[k].text, specimen_).match == TestName::Match::kNone) {
    return std::nullopt;
  }
  Line rest = line;
  rest.cells.erase(rest.cells.begin(), rest.cells.begin() + static_cast<long>(k));
  return rest;
}

std::optional<Line> RowReader::WithSpecimenAfterName(const Line& line) const {
  if (line.cells.size() < 3) return std::nullopt;
  const Cell& name = line.cells[0];
  const Cell& next = line.cells[1];
  std::string word = AsciiLower(TrimSpaces(next.text));
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.pop_back();
  if (word != "ur" && word != "urine" && word != "ser" && word != "serum") return std::nullopt;
  if (next.box.x0 - name.box.x1 > 2 * name.box.height()) return std::nullopt;
  const TestName alone = MatchTestName(name.text, specimen_);
  const TestName joined = MatchTestName(name.text + " " + next.text, specimen_);
  if (joined.match != TestName::Match::kExact ||
      (alone.match == TestName::Match::kExact && alone.analyte == joined.analyte)) {
    return std::nullopt;
  }
  Line out = line;
  out.cells[0].text += " " + next.text;
  out.cells[0].box.Cover(next.box);
  out.cells[0].confidence = std::min(name.confidence, next.confidence);
  out.cells.erase(out.cells.begin() + 1);
  return out;
}

std::optional<Line> RowReader::NamedFirst(const Line& line) const {
  std::optional<Line> out = WithoutCodeBeforeName(line);
  if (std::optional<Line> joined = WithSpecimenAfterName(out ? *out : line))
    out = std::move(joined);
  return out;
}

}  // namespace oncoguide::import
