// The value half of RowReader (rows.h): a result's number, unit, bound or coded word, the
// reasons it needs review, and keeping one of two equal results.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/rows.h"
#include "oncoguide/records/units.h"
#include "value_checks.h"

namespace oncoguide::import {

using internal::ApplyRange;
using internal::FootnoteMarked;
using internal::InferUnitFactor;
using internal::IsIsotypeResult;
using internal::IsUnitText;
using internal::MayHaveGainedADigit;
using internal::MayHaveLostItsDecimalMark;
using internal::MixedFinding;
using internal::PlausibleRange;
using internal::ReadCount;
using internal::ReadUnitFactor;
using internal::WrittenUnitFactor;
using records::Analyte;
using records::UnitFactor;
using records::ValueBound;
using records::ValueKind;

bool RowReader::GarbledScannedCell(const Name& name, const RowCells& cells) {
  const bool coded = Info(name.test.analyte).kind == ValueKind::kCoded;
  for (const auto* list : {&cells.dated, &cells.previous_dated}) {
    for (const auto& [d, piece] : *list) {
      if (piece.confidence < 0.999 && !ParseLabValue(piece.text) &&
          !(coded && ParseLightChainBand(piece.text))) {
        return true;
      }
    }
  }
  return false;
}

std::vector<std::pair<LabDate, RowReader::Piece>> RowReader::DatedResultsInOne(
    const Piece& value) const {
  std::vector<std::pair<LabDate, Piece>> out;
  std::vector<std::string> parts;
  std::string rest = value.text;
  for (;;) {
    size_t cut = std::string::npos, width = 0;
    for (std::string_view sep : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", "; "}) {  // " — ", " – "
      if (const size_t at = rest.find(sep); at < cut) {
        cut = at;
        width = sep.size();
      }
    }
    parts.push_back(rest.substr(0, cut));
    if (cut == std::string::npos) break;
    rest = rest.substr(cut + width);
  }
  for (const std::string& p : parts) {
    Piece piece{p, value.box, value.confidence};
    const std::optional<LabDate> d = TakeDateOfPrevious(&piece);
    if (!d || !ParseLabValue(piece.text)) return {};
    out.emplace_back(*d, piece);
  }
  return out;
}

void RowReader::Emit(const Name& name, const RowCells& cells, const DateContext& date) {
  if (cells.unknown_column) {
    out_->unrecognised.push_back(ImportNote{
        name.page, name.line_text,
        fmt::format("'{}' stands under a column titled '{}', which is not understood: check "
                    "whether it is an earlier result",
                    cells.unknown_column->text, cells.unknown_title)});
  }
  // Earlier results each with its date, in one cell under a heading of earlier results ("Pic
  // monoclonal sérique : 24,8 g/L (13/03/2024) — 31,5 g/L (10/01/2024)"): each on its own
  // date. Read as one, the first took the report's date, and the second was lost.
  if (cells.value && !cells.value_date && UnderEarlierResultsHeading()) {
    if (const auto dated = DatedResultsInOne(*cells.value); !dated.empty()) {
      for (const auto& [d, piece] : dated) EmitOne(name, piece, cells, d, false, true);
      return;
    }
  }
  if (cells.value) {
    const bool urine = name.test.analyte == records::Analyte::kUrineMProtein ||
                       name.test.analyte == records::Analyte::kUrineIfe ||
                       specimen_ == Specimen::kUrine;
    const std::optional<LabDate> d = cells.value_date           ? cells.value_date
                                     : urine && date.urine_date ? date.urine_date
                                                                : date.date;
    if (!d) {
      out_->unrecognised.push_back(ImportNote{
          name.page, name.line_text,
          date.unread ? "its collection date could not be read (garbled on the scan); check the "
                        "date on the paper and enter the result by hand"
                      : "no collection date found for this result"});
    } else {
      EmitOne(name, *cells.value, cells, *d, !cells.value_date && date.generic, false,
              !cells.value_date && date.several, !cells.value_date && date.own_block);
    }
  }
  if (cells.previous) {
    // "0.9 (12/01/2024)" or a dated "Previous" header.
    Piece prev = *cells.previous;
    const std::optional<LabDate> d = TakeDateOfPrevious(&prev);
    if (!TrimSpaces(prev.text).empty()) {
      if (!d) {
        out_->unrecognised.push_back(
            ImportNote{name.page, name.line_text, "previous result without a date"});
      } else {
        EmitOne(name, prev, cells, *d, false, true);
      }
    }
  }
  for (const auto& [d, piece] : cells.previous_dated) {
    EmitOne(name, piece, cells, d, false, true);
  }
  // The dated columns of a table under a heading of earlier results ("Προηγούμενα
  // αποτελέσματα", "Previous results") are earlier results, each on its own date.
  const bool earlier = UnderEarlierResultsHeading();
  for (const auto& [d, piece] : cells.dated) {
    EmitOne(name, piece, cells, d, false, earlier);
  }
}

std::optional<std::string> RowReader::ReadQuantity(const Name& name, const LabValue& v,
                                                   const Piece& value, const RowCells& cells,
                                                   ImportedObservation* io) {
  const Analyte analyte = name.test.analyte;
  const bool m_protein = analyte == Analyte::kSerumMProtein || analyte == Analyte::kUrineMProtein;
  // A urine result in words with no unit on its row ("Bence Jones protein | Trace"): perhaps a
  // spot or heat test rather than the 24-hour M-protein (one was read as a 24-hour trace,
  // silently).
  const bool words = v.kind == LabValue::Kind::kNotDetected || v.kind == LabValue::Kind::kTrace;
  if (analyte == Analyte::kUrineMProtein && words && !cells.unit && name.test.unit.empty() &&
      cells.value_unit.empty()) {
    io->Review("a urine result in words with no unit: check it is the 24-hour urine M-protein");
  }
  if (m_protein && v.kind == LabValue::Kind::kNotDetected) {
    io->obs.value = 0;  // none detected: an exact zero
    io->written_unit = Info(analyte).unit;
    return std::nullopt;
  }
  if (m_protein && v.kind == LabValue::Kind::kTrace) {
    io->obs.bound = ValueBound::kTrace;
    io->obs.has_value = false;
    io->obs.value = 0;
    return std::nullopt;
  }
  if (v.kind != LabValue::Kind::kNumber) {
    return fmt::format("result '{}' is not a number", value.text);
  }
  // The unit: in the value cell, its own column, the name, or the range.
  std::string unit = v.unit;
  if (unit.empty()) unit = cells.value_unit;
  if (unit.empty() && cells.unit) {
    unit = std::string(TrimSpaces(cells.unit->text));
    // The reference range after the unit in its cell ("umol/L (45-90)"): not part of the unit.
    if (const size_t open = unit.find(" (");
        open != std::string::npos && unit.ends_with(')') &&
        ParseLabRange(std::string_view(unit).substr(open + 2, unit.size() - open - 3))) {
      unit = std::string(TrimSpaces(unit.substr(0, open)));
    }
  }
  // A range in the unit's column: under "Ref Range & Units" ("13.0 - 17.7 g/dL"), the range and
  // its unit; under a title holding a unit ("Normal (%)" over "0 - 3"), the range alone.
  std::optional<LabRange> unit_range;
  if (!unit.empty() && !cells.range && std::isdigit(static_cast<unsigned char>(unit[0]))) {
    unit_range = ParseLabRange(unit);
    if (unit_range) unit = unit_range->unit;
  }
  if (unit.empty()) unit = name.test.unit;
  // An earlier result beside a current one that carries its unit in its cell ("11,2 g/dL |
  // (12,0 – 16,0) | 10,8"): the row's unit.
  if (unit.empty() && cells.value && &value != &*cells.value) {
    const std::optional<LabValue> current = ParseLabValue(cells.value->text);
    if (current && current->kind == LabValue::Kind::kNumber) unit = current->unit;
  }
  std::optional<LabRange> range;
  if (cells.range) range = ParseLabRange(cells.range->text);
  if (!range) range = unit_range;
  if (unit.empty() && range) unit = range->unit;
  // A reference that is not a range still names the unit ("Not detected g/dL", "0.0 g/dL").
  if (unit.empty() && cells.range) {
    const std::string_view r = TrimSpaces(cells.range->text);
    const size_t space = r.rfind(' ');
    if (space != std::string_view::npos && IsUnitText(r.substr(space + 1))) {
      unit = std::string(r.substr(space + 1));
    }
  }
  if (unit.empty() && analyte == Analyte::kBmPlasmaCells) unit = "%";
  double factor = 1;
  if (unit.empty()) {
    std::optional<double> only = InferUnitFactor(analyte, v.number);
    if (!only) return fmt::format("{} without a unit", value.text);
    factor = *only;
    io->Review("unit inferred");
  } else {
    std::string misread;
    Result<double> f = ReadUnitFactor(analyte, &unit, value.confidence < 1.0f, &misread);
    if (!misread.empty()) io->Review(fmt::format("unit '{}' read as '{}'", misread, unit));
    if (!f.ok()) return f.status().cause();
    factor = *f;
  }
  io->obs.value = v.number * factor;
  io->obs.bound = v.bound;
  io->written_number = v.number;
  io->written_unit = unit;
  if (range) ApplyRange(*range, factor, analyte, io);
  if (auto plaus = PlausibleRange(analyte)) {
    if (io->obs.value < plaus->first || io->obs.value > plaus->second) {
      io->Review("value outside the plausible range for this test");
    }
  }
  return std::nullopt;
}

std::optional<std::string> RowReader::ReadCoded(const LabValue& v, const Piece& value,
                                                const RowCells& cells,
                                                ImportedObservation* io) const {
  switch (v.kind) {
    case LabValue::Kind::kDetected:
      io->obs.value = 1;
      io->obs.text = v.isotype;
      // The note under the row ("Interpretación: ... tipo lambda") is about the current result,
      // not an earlier one beside it.
      if (io->obs.text.empty() && !io->previous) io->obs.text = isotype_note_;
      if (v.letter_guess) {
        io->Review(
            fmt::format("the light chain of '{}' read as lambda (OCR's 'A' for λ)", value.text));
      }
      if (io->obs.text.starts_with("Ig") && io->obs.text.find(' ') == std::string::npos) {
        // "IgA" alone: the light chain was written in a way not read ("IgA λ" once was).
        io->Review(fmt::format("result '{}' names the heavy chain only", value.text));
      } else if (v.vague && io->obs.text.empty()) {
        io->Review(fmt::format("result '{}' does not name a monoclonal protein", value.text));
      } else if (io->obs.text.empty()) {
        // "Positiva" alone: a monoclonal protein found, its type not given here.
        io->Review(fmt::format("result '{}' does not give the isotype", value.text));
      }
      break;
    case LabValue::Kind::kTrace:
      io->obs.value = 1;
      io->obs.text = v.isotype;
      io->Review("trace result");
      break;
    case LabValue::Kind::kNotDetected:
    case LabValue::Kind::kNegative:
      io->obs.value = 0;
      if (!isotype_note_.empty()) {
        io->Review(fmt::format("the note under the result names {}", isotype_note_));
      }
      break;
    default: {
      const records::AnalyteInfo& info = Info(io->obs.analyte);
      return fmt::format("result '{}' is not {} or {}", value.text, info.positive_word,
                         info.negative_word);
    }
  }
  // Clonality is present or absent; the light chain it is restricted to is not recorded (as in
  // narrative.cc).
  if (io->obs.analyte == Analyte::kBmClonality) io->obs.text.clear();
  if (cells.coded_conflict) {
    io->Review("the row has two different results and no column headers to tell them apart");
  }
  if (MixedFinding(value.text)) {
    io->Review("the wording names a finding and denies another; check which one was found");
  }
  return std::nullopt;
}

void RowReader::Keep(ImportedObservation io) {
  // The same value twice (a repeated table, or a previous result that is also reported as a
  // current one): keep one, as a current result when either is.
  for (ImportedObservation& o : out_->observations) {
    if (o.obs.analyte == io.obs.analyte && o.obs.date == io.obs.date &&
        o.obs.value == io.obs.value && o.obs.bound == io.obs.bound && o.obs.text == io.obs.text) {
      if (o.previous == io.previous) {
        out_->warnings.push_back(fmt::format("page {}: {} on {} appears twice; kept once",
                                             io.source.page, records::Name(io.obs.analyte),
                                             io.obs.date.ToString()));
      }
      if (o.previous && !io.previous) o = std::move(io);
      return;
    }
  }
  out_->observations.push_back(std::move(io));
}

std::vector<std::string_view> RowReader::OtherValueTexts(const RowCells& cells,
                                                         const Piece& value) {
  std::vector<std::string_view> out;
  const auto add = [&](const Piece& p) {
    const bool same = p.box.x0 == value.box.x0 && p.box.y0 == value.box.y0;
    if (!same) out.push_back(p.text);
  };
  if (cells.value) add(*cells.value);
  if (cells.previous) add(*cells.previous);
  for (const auto& [date, piece] : cells.dated) add(piece);
  for (const auto& [date, piece] : cells.previous_dated) add(piece);
  return out;
}

// True when the unit of `value` (in its cell, its column or the test's name) is one of the 24-hour
// urine M-protein's and not a serum M-protein's: an amount per day ("mg/24 h", "g/d", "g/dygn").
bool RowReader::PerDayUnit(const Piece& value, const RowCells& cells, const Name& name,
                           std::string* unit) {
  if (std::optional<LabValue> v = ParseLabValue(value.text)) *unit = v->unit;
  if (unit->empty() && cells.unit) *unit = cells.unit->text;
  if (unit->empty()) *unit = name.test.unit;
  return UnitFactor(Analyte::kUrineMProtein, *unit).ok() &&
         !UnitFactor(Analyte::kSerumMProtein, *unit).ok();
}

void RowReader::EmitOne(const Name& name, const Piece& value, const RowCells& cells,
                        const LabDate& date, bool date_from_generic, bool previous,
                        bool date_side_by_side, bool own_block_date) {
  // A dated cell that says the test was not done ("--", an en dash) has nothing to read.
  if (internal::IsPlaceholder(value.text)) return;
  // An isotype row ("Paraprotein type: IgG kappa") reports the typing of a monoclonal protein,
  // which is done by immunofixation: read as that immunofixation, for the person to confirm.
  // So is an M-protein row whose result is an isotype, not an amount ("Banda monoclonal |
  // IgG/Lambda" under "IMUNOFIXAÇÃO SÉRICA").
  const bool typing =
      (name.test.analyte == Analyte::kIsotype || name.test.analyte == Analyte::kSerumMProtein ||
       name.test.analyte == Analyte::kUrineMProtein) &&
      IsIsotypeResult(value.text);
  Analyte analyte = !typing ? name.test.analyte
                    : specimen_ == Specimen::kUrine || name.test.analyte == Analyte::kUrineMProtein
                        ? Analyte::kUrineIfe
                        : Analyte::kSerumIfe;
  ImportedObservation io;
  if (typing) io.Review("an isotype row read as the immunofixation that typed it");
  // An M-spike per day ("742 mg/24 h") is the 24-hour urine's; not read when the name says serum
  // ("M-spike (SPEP)") or a scan says a bare "g/d" (OCR cut "g/dL" so on two photos).
  std::string unit;
  if (analyte == Analyte::kSerumMProtein && PerDayUnit(value, cells, name, &unit)) {
    const std::string u = AsciiLower(TrimSpaces(unit));
    if (NamesSerum(name.text) || (value.confidence < 1.0f && (u == "g/d" || u == "mg/d"))) {
      out_->unrecognised.push_back(ImportNote{name.page, name.line_text,
                                              "an M-protein per day, but likely the serum's (a "
                                              "cut 'g/dL'?): check the unit on the paper"});
      return;
    }
    analyte = Analyte::kUrineMProtein;
  }
  // A footnote mark on the value ("34 (a)", "12.1 †"): the note may give another date or a
  // caveat ("(a) marrow performed 01-MAR-2024"), so the value is for the person to check.
  if (FootnoteMarked(value.text)) io.Review("the value carries a footnote mark; read its note");
  // A result under a heading of earlier results ("PREVIOUS RESULTS") that takes the report's
  // collection date, having no date of its own: that date is not certain. (A card's own label
  // below it is its own date: the heading above was the card before's.)
  if (!previous && !cells.value_date && !own_block_date && UnderEarlierResultsHeading()) {
    io.Review("under a heading of earlier results, with no date of its own");
  }
  // The albumin fraction of an electrophoresis is measured another way than the chemistry
  // albumin that staging uses: kept for the person to confirm, never silently.
  if (analyte == Analyte::kAlbumin && InElectrophoresis(name.text)) {
    io.Review("albumin from the protein electrophoresis, not the chemistry test");
  }
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
  if (!v && Info(analyte).kind == ValueKind::kCoded) v = ParseLightChainBand(value.text);
  if (!v) {
    unrecognised(fmt::format("result '{}' not understood", value.text));
    return;
  }
  if (name.test.match == TestName::Match::kLoose) io.Review("test name matched loosely");
  if (cells.from_comment) io.Review("result read from the comment the report points to");
  if (cells.from_sentence) io.Review("result read from a sentence under the test's name");
  if (cells.unread_before && !previous) {
    io.Review(
        io.confidence < 0.999
            ? "a scanned cell before the result could not be read; check the result is this one"
            : "a cell before the result was not understood; check the result is this one");
  }
  if (GarbledScannedCell(name, cells)) {
    io.Review("another cell of this row could not be read on the scan; check the row's values");
  }
  if (cells.under_other_name && !previous) {
    io.Review("another test's name stands over this result; check which test it belongs to");
  }
  if (cells.other_date_under && !previous) {
    io.Review("the collection date printed under this result differs from the report's");
  }
  if (cells.several_numbers && !previous) {
    io.Review("the row holds several numbers and no dated columns; check which is this date's");
  }
  if (date.ambiguous) io.Review("date could be day-first or month-first");
  if (date_from_generic) io.Review("date not labelled as the collection date");
  if (date_side_by_side) {
    io.Review("the report gives two collection dates side by side; check which one this has");
  }
  if (v->ambiguous) io.Review("number could use a thousands separator or a decimal comma");
  if (v->kind == LabValue::Kind::kNote) {
    unrecognised(fmt::format("result '{}' has no value", value.text));
    return;
  }
  std::optional<std::string> not_usable;
  switch (Info(analyte).kind) {
    case ValueKind::kQuantity: {
      Name read = name;
      read.test.analyte = analyte;  // an M-spike per day is read as the urine's
      not_usable = ReadQuantity(read, *v, value, cells, &io);
      break;
    }
    case ValueKind::kCoded:
      not_usable = ReadCoded(*v, value, cells, &io);
      break;
    case ValueKind::kCount:
      not_usable = ReadCount(*v, value.text, &io);
      break;
    case ValueKind::kText:
      not_usable = "free-text tests are not imported from reports";
      break;
  }
  if (not_usable) {
    unrecognised(std::move(*not_usable));
    return;
  }
  if (io.confidence < kReviewConfidence) {
    io.Review(fmt::format("read by OCR with confidence {:.2f}", io.confidence));
  } else if (row_read_poorly_) {
    io.Review("read by OCR on a row whose other results it read poorly");
  }
  if (io.confidence < 1.0 && MayHaveLostItsDecimalMark(io, value.text)) {
    io.Review("above the reference range with no decimal mark: OCR may have lost one");
  }
  if (io.confidence < 1.0 && cells.range && MayHaveGainedADigit(value.text, cells.range->text)) {
    io.Review("one more decimal than its reference range: OCR may have read a flag as a digit");
  } else if (io.confidence < 1.0) {
    if (auto why = internal::DecimalsUnlikeTheRow(value.text, OtherValueTexts(cells, value))) {
      io.Review(*why);
    } else if (auto odd =
                   internal::DecimalsUnlikeTheTest(io.obs.analyte, io.written_unit, value.text)) {
      io.Review(*odd);
    }
  }
  Keep(std::move(io));
}

}  // namespace oncoguide::import
