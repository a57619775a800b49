#include "oncoguide/import/rows.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/records/units.h"

namespace oncoguide {
namespace {

std::string Lower(std::string_view s) {
  std::string t = AsciiLower(TrimSpaces(s));
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
  return t;
}

bool StartsWithAny(const std::string& t, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (t == w || (t.starts_with(w) && t.size() > w.size() && t[w.size()] == ' ')) return true;
  }
  return false;
}

// Plausible canonical values; outside them a value is marked for review (a misread digit, or a
// unit that does not fit).
struct Plausible {
  Analyte analyte;
  double lo, hi;
};
constexpr Plausible kPlausible[] = {
    {Analyte::kSerumMProtein, 0, 12},     {Analyte::kUrineMProtein, 0, 30000},
    {Analyte::kKappaFlc, 0, 100000},      {Analyte::kLambdaFlc, 0, 100000},
    {Analyte::kBmPlasmaCells, 0, 100},    {Analyte::kBeta2Microglobulin, 0.1, 100},
    {Analyte::kAlbumin, 0.5, 7},          {Analyte::kLdh, 10, 10000},
    {Analyte::kCreatinine, 0.05, 25},     {Analyte::kCalcium, 3, 25},
    {Analyte::kHemoglobin, 2, 25},        {Analyte::kPlasmacytomaSpd, 0, 1000},
};

std::optional<std::pair<double, double>> PlausibleRange(Analyte a) {
  for (const Plausible& p : kPlausible) {
    if (p.analyte == a) return std::make_pair(p.lo, p.hi);
  }
  return std::nullopt;
}

bool IsUnitText(std::string_view text) {
  const std::string t = Lower(text);
  if (t.empty() || t.size() > 16) return false;
  if (t == "%") return true;
  return t.find('/') != std::string::npos;
}

// "Your value: 45.2 mg/L" -> ("your value", "45.2 mg/L")
std::pair<std::string, std::string> SplitLabel(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 30) return {"", std::string(text)};
  return {Lower(text.substr(0, colon)), std::string(TrimSpaces(text.substr(colon + 1)))};
}

// When the first cell is "<known test name> <value...>" with too small a gap to be two cells,
// returns the line with that cell cut in two.
std::optional<Line> SplitNameValue(const Line& line) {
  const Cell& c = line.cells[0];
  if (MatchTestName(c.text, Specimen::kUnknown).match == TestName::Match::kExact) {
    return std::nullopt;
  }
  std::vector<size_t> spaces;
  for (size_t k = 0; k < c.text.size(); ++k) {
    if (c.text[k] == ' ') spaces.push_back(k);
  }
  for (size_t n = 1; n <= 3 && n <= spaces.size(); ++n) {
    const size_t cut = spaces[spaces.size() - n];
    const std::string name = c.text.substr(0, cut), value = c.text.substr(cut + 1);
    std::optional<LabValue> v = ParseLabValue(value);
    if (!v || v->kind != LabValue::Kind::kNumber) continue;
    if (MatchTestName(name, Specimen::kUnknown).match != TestName::Match::kExact) continue;
    // Boxes in proportion to the characters (the words' own boxes are not kept in a cell).
    const double frac = static_cast<double>(cut) / c.text.size();
    Line out = line;
    Cell a = c, b = c;
    a.text = name;
    b.text = value;
    a.box.x1 = c.box.x0 + frac * c.box.width();
    b.box.x0 = a.box.x1 + 1;
    out.cells[0] = a;
    out.cells.insert(out.cells.begin() + 1, b);
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::optional<RowReader::Col> RowReader::HeaderKind(std::string_view text,
                                                    std::optional<LabDate>* date) const {
  const std::string t = Lower(text);
  if (t.empty() || t.size() > 60) return std::nullopt;
  if (IsDateCell(t)) {
    *date = FindLabDate(t, order_);
    return Col::kDate;
  }
  if (StartsWithAny(t, {"previous", "prior", "last result", "prev", "earlier result",
                        "last value", "previous result"})) {
    if (auto d = FindLabDate(t, order_)) *date = d;
    return Col::kPrevious;
  }
  if (StartsWithAny(t, {"test", "test name", "analyte", "component", "investigation",
                        "examination", "parameter", "description", "assay", "name",
                        "test description"})) {
    return Col::kName;
  }
  if (StartsWithAny(t, {"result", "results", "value", "your value", "your result",
                        "current result", "current", "latest result", "this result", "current value",
                        "latest"})) {
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
  return std::nullopt;
}

bool RowReader::ReadHeader(const Line& line) {
  std::vector<Column> cols;
  int keywords = 0, dates = 0;
  for (const Cell& c : line.cells) {
    std::optional<LabDate> d;
    std::optional<Col> k = HeaderKind(c.text, &d);
    if (!k) return false;
    if (*k == Col::kDate) {
      ++dates;
    } else {
      ++keywords;
    }
    cols.push_back(Column{*k, c.box, d});
  }
  const bool flowsheet = dates >= 2;
  if (!flowsheet && (keywords < 2 || dates > 0)) return false;
  columns_ = std::move(cols);
  return true;
}

bool RowReader::LooksLikeName(const Cell& c) const {
  const std::string_view t = TrimSpaces(c.text);
  if (t.empty()) return false;
  const unsigned char f = static_cast<unsigned char>(t[0]);
  if (!((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z') || f >= 0x80)) return false;
  if (ParseLabValue(t) || IsDateCell(t) || IsFlag(t)) return false;
  return true;
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
  for (size_t k = from; k < cells.size(); ++k) {
    const Cell& c = cells[k];
    // The column with the largest overlap, else the nearest one.
    const Column* best = nullptr;
    double best_score = -1e300;
    for (const Column& col : columns_) {
      const double ov = c.box.XOverlap(col.box);
      const double dist = ov > 0 ? -ov : std::max(col.box.x0 - c.box.x1, c.box.x0 - col.box.x1);
      const double score = -dist;
      if (score > best_score) {
        best_score = score;
        best = &col;
      }
    }
    if (best == nullptr) continue;
    switch (best->kind) {
      case Col::kValue:
        append(row.value, c);
        if (best->date) row.value_date = best->date;
        break;
      case Col::kFlag:
        append(row.flag, c);
        break;
      case Col::kUnit:
        append(row.unit, c);
        break;
      case Col::kRange:
        append(row.range, c);
        break;
      case Col::kPrevious:
        append(row.previous, c);
        if (best->date) row.previous_date = best->date;
        break;
      case Col::kDate: {
        auto it = std::find_if(row.dated.begin(), row.dated.end(),
                               [&](const auto& d) { return d.first.date == best->date->date; });
        if (it != row.dated.end()) {
          it->second.text += ' ' + c.text;
          it->second.box.Cover(c.box);
        } else {
          row.dated.emplace_back(*best->date, Piece{c.text, c.box, c.confidence});
        }
        break;
      }
      case Col::kName:
      case Col::kOther:
        break;
    }
  }
  return row;
}

RowReader::RowCells RowReader::ContentCells(const std::vector<Cell>& cells, size_t from) const {
  RowCells row;
  for (size_t k = from; k < cells.size(); ++k) {
    const Cell& c = cells[k];
    auto [label, rest] = SplitLabel(c.text);
    std::optional<LabDate> ignored;
    std::optional<Col> kind = label.empty() ? std::nullopt : HeaderKind(label, &ignored);
    const std::string& text = kind ? rest : c.text;
    Piece piece{text, c.box, c.confidence};
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

void RowReader::NewPage() {
  pending_.reset();
}

void RowReader::Finish() { pending_.reset(); }

RowReader::Outcome RowReader::Read(const std::vector<Line>& lines, size_t* i,
                                   const DateContext& date) {
  if (lines[*i].cells.empty()) return Outcome::kText;
  if (ReadHeader(lines[*i])) return Outcome::kRow;
  // A long name can run into its value ("Lambda Free Light Chains, Serum 24.4"): split it.
  Line split_line;
  const Line* line_ptr = &lines[*i];
  if (std::optional<Line> s = SplitNameValue(lines[*i])) {
    split_line = std::move(*s);
    line_ptr = &split_line;
  }
  const Line& line = *line_ptr;
  if (pending_ && ++pending_age_ > 4) pending_.reset();

  // The name cell: the cell under the header's test column, else the first cell.
  std::string name_text = line.cells[0].text;
  {
    auto [label, rest] = SplitLabel(name_text);
    std::optional<LabDate> d;
    if (!label.empty() && HeaderKind(label, &d) == Col::kName) name_text = rest;
  }
  if (LooksLikeName(line.cells[0]) || name_text != line.cells[0].text) {
    TestName test = MatchTestName(name_text, specimen_);
    Name name{test, name_text, line.cells[0].box, line.cells[0].confidence, line.page,
              line.Text()};
    // A name wrapped onto the next line ("Free kappa light" / "chains").
    if ((test.match == TestName::Match::kNone || test.match == TestName::Match::kLoose) &&
        *i + 1 < lines.size()) {
      const Line& next = lines[*i + 1];
      if (next.page == line.page && !next.cells.empty() &&
          std::abs(next.cells[0].box.x0 - line.cells[0].box.x0) < 3 &&
          next.box.y0 - line.box.y1 < line.box.height()) {
        TestName joined =
            MatchTestName(name_text + " " + next.cells[0].text, specimen_);
        if (joined.match == TestName::Match::kExact ||
            (joined.match == TestName::Match::kLoose && test.match == TestName::Match::kNone)) {
          test = joined;
          name.test = joined;
          name.text = name_text + " " + next.cells[0].text;
          name.box.Cover(next.cells[0].box);
          name.line_text += " / " + next.Text();
          if (next.cells.size() == 1) ++*i;  // the continuation line is consumed
        }
      }
    }
    RowCells cells = columns_.empty() ? ContentCells(line.cells, 1) : AssignCells(line.cells, 1);
    if (!columns_.empty() && !cells.value && cells.dated.empty() && !cells.previous) {
      cells = ContentCells(line.cells, 1);  // the header does not fit this row
    }
    const bool has_value = cells.value || !cells.dated.empty();
    switch (test.match) {
      case TestName::Match::kIgnored:
        out_->ignored.push_back(ImportNote{line.page, line.Text(), test.reason});
        pending_.reset();
        return Outcome::kRow;
      case TestName::Match::kNone: {
        pending_.reset();
        if (has_value) {
          out_->unrecognised.push_back(
              ImportNote{line.page, line.Text(), "test name not recognised"});
          return Outcome::kRow;
        }
        if (line.cells.size() <= 2) {
          const Specimen s = SpecimenOfHeading(line.Text());
          if (s != Specimen::kUnknown) specimen_ = s;
        }
        return Outcome::kText;
      }
      case TestName::Match::kExact:
      case TestName::Match::kLoose:
        break;
    }
    if (!has_value) {
      pending_ = name;  // a card: the value follows on the next lines
      pending_age_ = 0;
      return Outcome::kRow;
    }
    pending_.reset();
    JoinWrappedValue(lines, i, name, &cells);
    Emit(name, cells, date);
    return Outcome::kRow;
  }
  // No name: the value lines of a card entry, or a heading such as "24 Hour Urine ...".
  if (!pending_ && line.cells.size() <= 2 && !ParseLabValue(line.cells.back().text)) {
    const Specimen s = SpecimenOfHeading(line.Text());
    if (s != Specimen::kUnknown) specimen_ = s;
  }
  if (pending_) {
    RowCells cells = ContentCells(line.cells, 0);
    if (cells.value) {
      Name name = *pending_;
      name.line_text += " / " + line.Text();
      // The range may be on the following line of the card.
      if (!cells.range && *i + 1 < lines.size() && lines[*i + 1].page == line.page) {
        RowCells more = ContentCells(lines[*i + 1].cells, 0);
        if (!more.value && more.range) {
          cells.range = more.range;
          ++*i;
        }
      }
      pending_.reset();
      Emit(name, cells, date);
      return Outcome::kRow;
    }
    if (!cells.range) return Outcome::kRow;  // e.g. "Your value   Standard range"
  }
  return Outcome::kText;
}

void RowReader::JoinWrappedValue(const std::vector<Line>& lines, size_t* i, const Name& name,
                                 RowCells* cells) {
  if (!cells->value || Info(name.test.analyte).kind != ValueKind::kCoded) return;
  // Coded wording wraps: "IgG kappa monoclonal" / "protein detected".
  while (*i + 1 < lines.size()) {
    const Line& next = lines[*i + 1];
    const Line& cur = lines[*i];
    if (next.page != cur.page || next.cells.empty() ||
        next.box.y0 - cur.box.y1 > cur.box.height()) {
      return;
    }
    const Cell& first = next.cells[0];
    if (first.box.x0 < cells->value->box.x0 - 3 || first.box.XOverlap(cells->value->box) <= 0) {
      return;
    }
    cells->value->text += ' ' + first.text;
    cells->value->box.Cover(first.box);
    cells->value->confidence = std::min(cells->value->confidence, first.confidence);
    ++*i;
  }
}

void RowReader::Emit(const Name& name, const RowCells& cells, const DateContext& date) {
  if (cells.value) {
    const std::optional<LabDate> d = cells.value_date ? cells.value_date : date.date;
    if (!d) {
      out_->unrecognised.push_back(
          ImportNote{name.page, name.line_text, "no collection date found for this result"});
    } else {
      EmitOne(name, *cells.value, cells, *d, !cells.value_date && date.generic, false);
    }
  }
  if (cells.previous) {
    // "0.9 (12/01/2024)" or a dated "Previous" header.
    Piece prev = *cells.previous;
    std::optional<LabDate> d = FindLabDate(prev.text, order_);
    if (d) {
      prev.text.erase(d->begin, d->end - d->begin);
      for (char& c : prev.text) {
        if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',') c = ' ';
      }
      std::string t(TrimSpaces(prev.text));
      if (t.ends_with(" on")) t.resize(t.size() - 3);
      prev.text = t;
    } else {
      d = cells.previous_date;
    }
    if (!TrimSpaces(prev.text).empty()) {
      if (!d) {
        out_->unrecognised.push_back(
            ImportNote{name.page, name.line_text, "previous result without a date"});
      } else {
        EmitOne(name, prev, cells, *d, false, true);
      }
    }
  }
  for (const auto& [d, piece] : cells.dated) {
    EmitOne(name, piece, cells, d, false, false);
  }
}

void RowReader::EmitOne(const Name& name, const Piece& value, const RowCells& cells,
                        const LabDate& date, bool date_from_generic, bool previous) {
  const Analyte analyte = name.test.analyte;
  const AnalyteInfo& info = Info(analyte);
  ImportedObservation io;
  io.previous = previous;
  io.obs.analyte = analyte;
  io.obs.date = date.date;
  io.source.page = name.page;
  io.source.text = name.line_text;
  io.source.box = name.box;
  io.source.box.Cover(value.box);
  io.confidence = std::min(name.confidence, value.confidence);
  auto unrecognised = [&](std::string reason) {
    out_->unrecognised.push_back(ImportNote{name.page, name.line_text, std::move(reason)});
  };
  std::optional<LabValue> v = ParseLabValue(value.text);
  if (!v) {
    unrecognised(fmt::format("result '{}' not understood", value.text));
    return;
  }
  if (name.test.match == TestName::Match::kLoose) io.Review("test name matched loosely");
  if (date.ambiguous) io.Review("date could be day-first or month-first");
  if (date_from_generic) io.Review("date label does not say it is the collection date");
  if (v->ambiguous) io.Review("number could use a thousands separator or a decimal comma");
  if (v->kind == LabValue::Kind::kNote) {
    unrecognised(fmt::format("result '{}' has no value", value.text));
    return;
  }
  switch (info.kind) {
    case ValueKind::kQuantity: {
      const bool m_protein =
          analyte == Analyte::kSerumMProtein || analyte == Analyte::kUrineMProtein;
      if (m_protein && v->kind == LabValue::Kind::kNotDetected) {
        io.obs.value = 0;  // none detected: an exact zero
        io.written_unit = Info(analyte).unit;
        break;
      }
      if (m_protein && v->kind == LabValue::Kind::kTrace) {
        io.obs.bound = ValueBound::kTrace;
        io.obs.has_value = false;
        io.obs.value = 0;
        break;
      }
      if (v->kind != LabValue::Kind::kNumber) {
        unrecognised(fmt::format("result '{}' is not a number", value.text));
        return;
      }
      // The unit: in the value cell, its own column, the name, or the range.
      std::string unit = v->unit;
      if (unit.empty() && cells.unit) unit = std::string(TrimSpaces(cells.unit->text));
      if (unit.empty()) unit = name.test.unit;
      std::optional<LabRange> range;
      if (cells.range) range = ParseLabRange(cells.range->text);
      if (unit.empty() && range) unit = range->unit;
      if (unit.empty() && analyte == Analyte::kBmPlasmaCells) unit = "%";
      double factor = 1;
      if (unit.empty()) {
        // Inferred only when exactly one accepted unit gives a plausible value.
        auto plaus = PlausibleRange(analyte);
        std::optional<double> only;
        int fits = 0;
        for (std::string_view u : {"g/dL", "g/L", "mg/dL", "mg/L", "mg/24h", "U/L", "umol/L",
                                   "mmol/L", "%", "cm2"}) {
          Result<double> f = UnitFactor(analyte, u);
          if (!f.ok()) continue;
          const double x = v->number * *f;
          if (plaus && x >= plaus->first && x <= plaus->second) {
            if (!only || std::abs(*only - *f) > 1e-12) ++fits;
            only = *f;
          }
        }
        if (fits != 1) {
          unrecognised(fmt::format("{} without a unit", value.text));
          return;
        }
        factor = *only;
        io.Review("unit inferred");
      } else {
        Result<double> f = UnitFactor(analyte, unit);
        if (!f.ok()) {
          unrecognised(f.status().cause());
          return;
        }
        factor = *f;
      }
      io.obs.value = v->number * factor;
      io.obs.bound = v->bound;
      io.written_number = v->number;
      io.written_unit = unit;
      if (range) {
        double rf = factor;
        if (!range->unit.empty()) {
          Result<double> f = UnitFactor(analyte, range->unit);
          if (f.ok()) rf = *f;
        }
        if (range->low) io.obs.ref_low = *range->low * rf;
        if (range->high) io.obs.ref_high = *range->high * rf;
        if (rf == factor) {
          io.written_ref_low = range->low;
          io.written_ref_high = range->high;
        }
      }
      if (auto plaus = PlausibleRange(analyte)) {
        if (io.obs.value < plaus->first || io.obs.value > plaus->second) {
          io.Review("value outside the plausible range for this test");
        }
      }
      break;
    }
    case ValueKind::kCoded: {
      switch (v->kind) {
        case LabValue::Kind::kDetected:
          io.obs.value = 1;
          io.obs.text = v->isotype;
          break;
        case LabValue::Kind::kTrace:
          io.obs.value = 1;
          io.obs.text = v->isotype;
          io.Review("trace result");
          break;
        case LabValue::Kind::kNotDetected:
        case LabValue::Kind::kNegative:
          io.obs.value = 0;
          break;
        default:
          unrecognised(fmt::format("result '{}' is not {} or {}", value.text, info.positive_word,
                                   info.negative_word));
          return;
      }
      break;
    }
    case ValueKind::kCount: {
      if (v->kind != LabValue::Kind::kNumber || v->bound != ValueBound::kExact ||
          v->number != std::floor(v->number)) {
        unrecognised(fmt::format("count '{}' not understood", value.text));
        return;
      }
      io.obs.value = v->number;
      break;
    }
    case ValueKind::kText:
      unrecognised("free-text tests are not imported from reports");
      return;
  }
  if (io.confidence < kReviewConfidence) {
    io.Review(fmt::format("read by OCR with confidence {:.2f}", io.confidence));
  }
  // The same value twice (a repeated table, or a previous result that is also reported as a
  // current one): keep one, as a current result when either is.
  for (ImportedObservation& o : out_->observations) {
    if (o.obs.analyte == io.obs.analyte && o.obs.date == io.obs.date &&
        o.obs.value == io.obs.value && o.obs.bound == io.obs.bound &&
        o.obs.text == io.obs.text) {
      if (o.previous == io.previous) {
        out_->warnings.push_back(fmt::format("page {}: {} on {} appears twice; kept once",
                                             io.source.page, ::oncoguide::Name(analyte),
                                             io.obs.date.ToString()));
      }
      if (o.previous && !io.previous) o = std::move(io);
      return;
    }
  }
  out_->observations.push_back(std::move(io));
}

}  // namespace oncoguide
