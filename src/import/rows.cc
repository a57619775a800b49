#include "oncoguide/import/rows.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "cell_text.h"
#include "label_dates.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/records/units.h"

namespace oncoguide::import {

using internal::IsCapitalised;
using internal::IsIsotypeResult;
using internal::IsLightChainRatio;
using internal::IsSentence;
using internal::IsTimeCell;
using internal::Lower;
using internal::SplitLabel;
using internal::SplitLabelledResult;
using internal::SplitNameValue;
using records::Analyte;
using records::ValueBound;
using records::ValueKind;

namespace {

// A line that may be a heading naming the rows' specimen: one or two cells, no sentence, and
// not a card's name with its status ("Urine protein electrophoresis | In progress": the cards
// after it, a calcium, an LDH, are not the urine's).
// A CJK section title numbered with an ideograph and the enumeration comma ("三、历史结果对比").
bool NumberedCjkSection(std::string_view text) {
  for (std::string_view n : {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"}) {
    if (text.starts_with(n)) return true;
  }
  return false;
}

bool MayNameSpecimen(const Line& line) {
  return line.cells.size() <= 2 && !IsSentence(line.Text()) &&
         !(line.cells.size() == 2 && internal::IsCardStatus(line.cells[1].text));
}

}  // namespace

void RowReader::NewPage() {
  pending_.reset();
  card_read_.reset();
  continued_.reset();
  heading_test_.reset();
}

void RowReader::Finish() {
  pending_.reset();
  CheckRatios();
}

void RowReader::NewReport() {
  specimen_ = Specimen::kUnknown;
  specimen_heading_x_.reset();
  specimen_column_x_.reset();
}

RowReader::Outcome RowReader::Read(const std::vector<Line>& lines, size_t* i,
                                   const DateContext& date) {
  const size_t first = *i;
  const size_t recorded =
      out_->observations.size() + out_->ignored.size() + out_->unrecognised.size();
  SpecimenScope(lines[*i]);
  if (std::optional<Line> joined = NameOverDatedCells(lines, *i)) {
    const std::vector<Line> one{std::move(*joined)};
    size_t j = 0;
    const Outcome got = ReadLine(one, &j, date);
    ++*i;
    ++lines_under_header_;
    return got;
  }
  const Outcome got = ReadLine(lines, i, date);
  if (got == Outcome::kText) NoteHeading(lines[*i]);
  if (got == Outcome::kRow &&
      out_->observations.size() + out_->ignored.size() + out_->unrecognised.size() == recorded) {
    for (size_t k = first; k <= *i && k < lines.size(); ++k) NoteIfUnreadTestRow(lines[k]);
  }
  ++lines_under_header_;
  return got;
}

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

RowReader::Outcome RowReader::ReadLine(const std::vector<Line>& lines, size_t* i,
                                       const DateContext& date) {
  if (lines[*i].cells.empty()) return Outcome::kText;
  // A numbered section that names no specimen ("三、历史结果对比" after "二、尿液检查"): the
  // last section's specimen ends (its M-protein history was read as the urine's).
  if (lines[*i].cells.size() == 1 && NumberedCjkSection(lines[*i].cells[0].text) &&
      SpecimenOfHeading(lines[*i].cells[0].text) == Specimen::kUnknown) {
    specimen_ = Specimen::kUnknown;
  }
  if (ReadCardUnitLine(lines[*i])) return Outcome::kRow;
  // A card's result title between its name and its value ("Hemoglobina" / "Último resultado" /
  // "11,6 g/dL | Bajo"): the name still waits, and no table starts.
  if (CardResultTitle(lines[*i])) return Outcome::kRow;
  if (ReadHeader(lines, *i)) return Outcome::kRow;
  if (ExtendHeader(lines[*i])) return Outcome::kRow;
  if (EndsHistoryTable(lines[*i])) return Outcome::kText;
  if (ReadHistoryRow(lines, *i, date)) return Outcome::kRow;
  if (ReadNamesOverValues(lines, i, date)) return Outcome::kRow;
  if (ReadSectionRow(lines, *i, date)) return Outcome::kRow;
  if (ReadPreviousLine(lines, i, date)) return Outcome::kRow;
  if (ReadContinuationRow(lines, *i, date)) return Outcome::kRow;
  if (!pending_ && ReadCardHistoryLine(lines[*i], date)) return Outcome::kRow;
  // A long name can run into its value ("Lambda Free Light Chains, Serum 24.4"): split it.
  Line split_line;
  const Line* line_ptr = &lines[*i];
  bool labelled = false;  // one "Test: result" cell: its result is read whatever the columns
  if (std::optional<Line> s = SplitNameValue(lines[*i])) {
    split_line = std::move(*s);
    line_ptr = &split_line;
  } else if (std::optional<Line> l = SplitLabelledResult(lines[*i], specimen_)) {
    split_line = std::move(*l);
    line_ptr = &split_line;
    labelled = true;
  } else if (std::optional<Line> r = SplitResultLine(lines[*i])) {
    split_line = std::move(*r);  // "Resultado: Se observa banda monoclonal IgG kappa."
    line_ptr = &split_line;
    labelled = true;
  }
  // A results list with the collection date first on each row ("05/21/24  Hemoglobin  11.5"),
  // perhaps with its time of day ("03/03/2024 | 22:15 | Hemoglobin | 8.7").
  // Or with two dates ("2024-08-05 08:31 | 2024-08-06 16:40 | Creatinine | 2.13"): the one under
  // the header's collection title (채혈일시, "collected"), never a guess between them.
  std::optional<LabDate> row_date;
  const std::vector<Cell>& lead = line_ptr->cells;
  const bool two_dates = lead.size() >= 4 && IsDateCell(lead[0].text) && IsDateCell(lead[1].text);
  const size_t name_at = lead.size() >= 4 && (IsTimeCell(lead[1].text) || two_dates) ? 2 : 1;
  size_t date_at = 0;
  if (two_dates) {
    const auto under_row_date = [&](const Cell& c) {
      const Column* col = ColumnOf(c);
      return col != nullptr && col->kind == Col::kRowDate && c.box.XOverlap(col->box) > 0;
    };
    date_at = under_row_date(lead[0]) ? 0 : under_row_date(lead[1]) ? 1 : lead.size();
  }
  if (date_at < lead.size() && lead.size() >= name_at + 2 && IsDateCell(lead[0].text) &&
      LooksLikeName(lead[name_at])) {
    row_date = FindLabDate(lead[date_at].text, order_);
    Line rest = *line_ptr;
    rest.cells.erase(rest.cells.begin(), rest.cells.begin() + static_cast<long>(name_at));
    split_line = std::move(rest);
    line_ptr = &split_line;
  }
  if (std::optional<Line> named = NamedFirst(*line_ptr)) {
    split_line = std::move(*named);
    line_ptr = &split_line;
  }
  const Line& line = *line_ptr;
  // A waiting name is dropped after four lines, and by a numbered row naming its own test ("2 |
  // Số lượng bạch cầu (WBC) | 3.8 L" under a bilingual report's "Haemoglobin"): not its value.
  if (pending_ && (++pending_age_ > 4 || NumberedRowWithItsName(line))) {
    pending_.reset();
  }
  // The method under a card's name ("INMUNOFIJACIÓN EN SUERO" / "Método: inmunofijación en gel
  // de agarosa"): the card's finding is still to come.
  if (pending_ && MethodLine(line)) return Outcome::kText;

  // The name cell: the cell under the header's test column, else the first cell.
  std::string name_text = line.cells[0].text;
  {
    auto [label, rest] = SplitLabel(name_text);
    std::optional<LabDate> d;
    if (!label.empty() && HeaderKind(label, &d) == Col::kName) name_text = rest;
  }
  // A row named as an earlier result of a test ("Prior IFE | IgG kappa (11/21/2023)"): that
  // test's earlier result, with the date it carries.
  bool named_previous = false;
  if (std::optional<std::string> earlier = internal::EarlierResultName(name_text, specimen_)) {
    name_text = *earlier;
    named_previous = true;
  }
  // A coded card's finding that names a band ("Immunfixation Urin (24h)" / "freie
  // Lambda-Leichtketten"): the card's value (below), not a row of the free light chain test.
  const bool band_finding = pending_ && Info(pending_->test.analyte).kind == ValueKind::kCoded &&
                            line.cells.size() == 1 && ParseLightChainBand(line.cells[0].text) &&
                            line.cells[0].box.XOverlap(pending_->box) > 0;
  if (band_finding) {
    Name name = *pending_;
    name.line_text += " / " + line.Text();
    RowCells cells;
    cells.value = Piece{line.cells[0].text, line.cells[0].box, line.cells[0].confidence};
    pending_.reset();
    card_read_ = name;
    Emit(name, cells, date);
    return Outcome::kRow;
  }
  if (LooksLikeName(line.cells[0]) || name_text != line.cells[0].text) {
    TestName test = MatchTestName(name_text, specimen_);
    // An immunofixation that names no specimen under a title naming the urine's
    // ("IMUNOFIXAÇÃO URINÁRIA" / "Imunofixação (IgG, IgA, IgM, kappa, lambda) | kappa livre"):
    // the urine's. It was read as the serum's, silently.
    if (test.analyte == Analyte::kSerumIfe && heading_test_ && heading_test_->page == line.page &&
        heading_test_->test.analyte == Analyte::kUrineIfe) {
      if (const TestName urine = MatchTestName(name_text, Specimen::kUrine);
          urine.match == test.match && urine.analyte == Analyte::kUrineIfe) {
        test = urine;
      }
    }
    Name name{test, name_text, line.cells[0].box, line.cells[0].confidence, line.page, line.Text()};
    // A name wrapped onto the next line ("Free kappa light" / "chains"), or a known name whose
    // unit wraps onto an indented next line ("KAPPA FREE LIGHT CHAIN, QUANTITATIVE," / "SERUM
    // (mg/L)"): the two read as one name.
    if (*i + 1 < lines.size() && !lines[*i + 1].cells.empty()) {
      const Line& next = lines[*i + 1];
      const Cell& more = next.cells[0];
      const bool close = next.page == line.page && next.box.y0 - line.box.y1 < line.box.height();
      const double indent = more.box.x0 - line.cells[0].box.x0;
      const bool unknown =
          test.match == TestName::Match::kNone || test.match == TestName::Match::kLoose;
      // (Its second line may be indented a little: "Freie Leichtketten" / "  Kappa i.S.".)
      // Not when both lines carry results of their own: two rows ("Total Protein | g/L | 66 |
      // 66" over "Paraprotein | g/L | <l | <l", the first name garbled on a scan, were read as
      // one "Total Paraprotein" with the total protein's results, silently).
      const auto has_number = [](const Line& l) {
        return std::any_of(l.cells.begin() + 1, l.cells.end(), [](const Cell& c) {
          const std::optional<LabValue> v = ParseLabValue(c.text);
          return v && v->kind == LabValue::Kind::kNumber;
        });
      };
      const bool two_rows =
          line.cells.size() >= 3 && next.cells.size() >= 3 && has_number(line) && has_number(next);
      const bool name_wraps =
          close && unknown && !two_rows &&
          (std::abs(indent) < 3 || (next.cells.size() == 1 && indent > 0 && indent < 12));
      const bool unit_wraps = close && test.match == TestName::Match::kExact && test.unit.empty() &&
                              next.cells.size() == 1 && indent > -3 && indent < 16 &&
                              TrailingUnit(more.text);
      if (name_wraps || unit_wraps) {
        TestName joined = MatchTestName(name_text + " " + more.text, specimen_);
        const bool take = name_wraps ? joined.match == TestName::Match::kExact ||
                                           (joined.match == TestName::Match::kLoose &&
                                            test.match == TestName::Match::kNone)
                                     : joined.match == TestName::Match::kExact &&
                                           joined.analyte == test.analyte && !joined.unit.empty();
        // A bilingual report's name in the local language over its English name
        // ("Canxi toàn phần" / "Total calcium"): the English name names the test.
        const bool may_translate = !take && name_wraps && next.cells.size() == 1 &&
                                   test.match == TestName::Match::kNone && line.cells.size() >= 2 &&
                                   ParseLabValue(line.cells[1].text).has_value();
        const TestName below = may_translate ? MatchTestName(more.text, specimen_) : TestName{};
        const bool translated =
            below.match == TestName::Match::kExact || below.match == TestName::Match::kIgnored;
        if (take || translated) {
          test = take ? joined : below;
          name.test = test;
          name.text = take ? name_text + " " + more.text : more.text;
          name.box.Cover(more.box);
          name.line_text += " / " + next.Text();
          if (next.cells.size() == 1) ++*i;  // the continuation line is consumed
        }
      }
    }
    // A row named only "Result" ("Resultado | 2,41 mg/L", "Resultado: Presença de banda ...")
    // under a section headed by its test's name ("BETA-2 MICROGLOBULINA"): that test's result.
    const std::optional<Specimen> specimen_title = SpecimenTitle(name_text);
    bool under_columns = false;
    // Or "Typage" (the typing) under an immunofixation's heading ("Immunofixation des protéines
    // sériques" / "Typage | IgG kappa | IgG kappa (08/01/24)").
    const bool typing = heading_test_ &&
                        (heading_test_->test.analyte == Analyte::kSerumIfe ||
                         heading_test_->test.analyte == Analyte::kUrineIfe) &&
                        internal::IsTypingTitle(name_text);
    if (test.match == TestName::Match::kNone && heading_test_ && heading_test_->page == line.page &&
        (IsResultTitle(name_text) || specimen_title || typing)) {
      const std::string label = name_text;
      name = *heading_test_;
      // "INMUNOFIJACIÓN" / "Suero: banda monoclonal IgA lambda" / "Orina: negativa": each
      // specimen's immunofixation.
      if (specimen_title == Specimen::kUrine && name.test.analyte == Analyte::kSerumIfe) {
        name.test.analyte = Analyte::kUrineIfe;
      } else if (specimen_title == Specimen::kSerum && name.test.analyte == Analyte::kUrineIfe) {
        name.test.analyte = Analyte::kSerumIfe;
      }
      name.text = heading_test_->text + " / " + label;
      name.box = line.cells[0].box;
      name.line_text = heading_test_->text + " / " + line.Text();
      test = name.test;
      labelled = true;  // its cells are read by content, not under the columns above, unless
      // set apart under them ("Sérum | IgG kappa | IgG kappa" under "Résultat | 12/12/2023").
      under_columns = line.cells.size() >= 3 && !columns_.empty();
    }
    // For the rows below that leave the name blank; not a comment line set under another
    // column ("| Comment: faint band ..." under Collected).
    const Column* name_col = NameColumn();
    if (name_col == nullptr || line.cells[0].box.x0 < name_col->box.x1) continued_ = name;
    const bool coded =
        (test.match == TestName::Match::kExact || test.match == TestName::Match::kLoose) &&
        Info(test.analyte).kind == ValueKind::kCoded;
    if (!labelled) RestoreOuterHeader(line);
    RowCells cells = CellsOf(line, labelled && !under_columns, coded);
    if (named_previous && cells.value) {
      Piece earlier = *cells.value;
      const std::optional<LabDate> d = TakeDateOfPrevious(&earlier);
      if (!d) {
        out_->unrecognised.push_back(
            ImportNote{line.page, line.Text(), "an earlier result without its date"});
        return Outcome::kRow;
      }
      cells.previous_dated.emplace_back(*d, earlier);
      cells.value.reset();
    }
    if (*i + 1 < lines.size()) DatesUnderPreviousCells(line, lines[*i + 1], &cells);
    if (row_date && !cells.value_date) cells.value_date = row_date;
    if (test.match == TestName::Match::kExact || test.match == TestName::Match::kLoose) {
      ChooseUnitValue(test.analyte, &cells);
    }
    // The method in parentheses beside a coded test's name ("IMMUNOFIXATION SÉRIQUE |
    // (Hydrasys, anti-IgG, IgA, IgM, kappa, lambda)"): not its finding, which follows.
    if (coded && cells.value && cells.value->text.starts_with('(') &&
        cells.value->text.find(',') != std::string::npos) {
      cells.value.reset();
    }
    // Earlier results without a current one ("--", a blank) are read, not left as a card's name.
    const bool has_value =
        cells.value || !cells.dated.empty() || cells.previous || !cells.previous_dated.empty();
    switch (test.match) {
      case TestName::Match::kIgnored:
        out_->ignored.push_back(ImportNote{line.page, line.Text(), test.reason});
        pending_.reset();
        card_read_.reset();  // another card, not read: its earlier results are not the last's
        if (IsLightChainRatio(name_text)) KeepRatio(cells, date, line);
        return Outcome::kRow;
      case TestName::Match::kNone: {
        // A card's reference line ("Standard range: 3.3 - 19.4 mg/L") keeps its name waiting.
        std::optional<LabDate> ignored;
        const std::string label = SplitLabel(line.cells[0].text).first;
        const bool detail = !label.empty() && HeaderKind(label, &ignored) == Col::kRange;
        if (pending_ && detail) return Outcome::kRow;
        // A card's tag set beside its value and a little above it ("Hemoglobina" / "Hematimetría"
        // beside "11,2 g/dL"): the name still waits for that value.
        if (pending_ && TagBesideNextLine(lines, *i)) return Outcome::kText;
        // So does the heading of its earlier results when its own value was not read (a phone
        // photo lost "11,6 g/dL" under "Hemoglobina"): the dated results below are still its.
        if (pending_ && !has_value && internal::IsEarlierResultsHeading(line.Text())) {
          return Outcome::kText;
        }
        pending_.reset();
        // A label over a sentence of results ("Myeloma screen (03/02/2024): | IgA 24.3 g/L,
        // IgG 3.1 g/L; paraprotein 22 g/L (IgA lambda);"): the narrative reader reads it.
        if (line.cells.size() >= 2 && line.cells[0].text.ends_with(':') &&
            IsSentence(line.Text().substr(line.cells[0].text.size()))) {
          return Outcome::kText;
        }
        // A section's title with a note in brackets under the result's column ("PROTEIN
        // ELECTROPHORESIS, SERUM | (capillary)", "24-HOUR URINE | (collection ended ...)"): a
        // heading that names the rows' specimen. Taken for an unknown row, it had left the
        // urine named on the page before over the serum M-spike and light chains below.
        const bool noted_title = internal::NoteBesideTitle(line) &&
                                 (internal::IsCapitalised(line.cells[0].text) ||
                                  SpecimenOfHeading(line.cells[0].text) != Specimen::kUnknown);
        if (has_value && noted_title) return Outcome::kText;
        if (has_value) {
          card_read_.reset();  // an unknown card's value: the earlier results below are its own
          out_->unrecognised.push_back(
              ImportNote{line.page, line.Text(), "test name not recognised"});
          // A list set in two columns beside it (a marrow differential: "Metamyelocytes | 9% |
          // Plasma cells | 6%"): the known test's name and value on the right are read.
          // Also under a table's header when the line is two name-value pairs (a marrow page's
          // template header over its differential).
          if (std::optional<Line> right = KnownPairAfter(line);
              right && (columns_.empty() || line.cells.size() == 4)) {
            std::vector<Line> one{std::move(*right)};
            size_t j = 0;
            ReadLine(one, &j, date);
          }
          return Outcome::kRow;
        }
        if (MayNameSpecimen(line)) SpecimenHeading(SpecimenOfHeading(line.Text()));
        return Outcome::kText;
      }
      case TestName::Match::kExact:
      case TestName::Match::kLoose:
        break;
    }
    if (!has_value && !cells.unit_values.empty()) {
      // Cells under unit-headed columns, none of them a result of this test in a unit it is
      // reported in: said, not dropped.
      out_->unrecognised.push_back(
          ImportNote{line.page, line.Text(), "no result in a unit this test is reported in"});
      pending_.reset();
      return Outcome::kRow;
    }
    if (!has_value && cells.unit &&
        std::any_of(cells.unit->text.begin(), cells.unit->text.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        !ParseLabRange(cells.unit->text) &&
        !records::UnitFactor(test.analyte, cells.unit->text).ok()) {
      // A number under the unit title, not read as this row's result ("4,6 ↑ mg/L" set across
      // the result and unit columns): said, not dropped, nor left waiting as a card's name.
      out_->unrecognised.push_back(
          ImportNote{line.page, line.Text(), "result not found in the result column"});
      pending_.reset();
      return Outcome::kRow;
    }
    if (!has_value && labelled) {
      // "M-spike: 0.4 g/dL (down from 0.7 g/dL on 08/02/2024)": a sentence after the label, not
      // a result cell; the narrative reader reads it.
      pending_.reset();
      return Outcome::kText;
    }
    if (!has_value) {
      // A section title in capitals that names a test and a specimen ("MONOCLONAL PROTEIN
      // STUDY, SERUM (MPSU)" after a urine study's page): the rows below are that specimen's.
      if (line.cells.size() == 1 && IsCapitalised(line.Text())) {
        const Specimen heading = SpecimenOfHeading(line.Text());
        SpecimenHeading(heading);
      }
      if (SaidUnreadDatedRow(line)) return Outcome::kRow;
      // A card's name whose specimen OCR set apart ("IMMUNFIXATION | HARN (Spontanharn)"): the
      // urine's test, as the whole line names it, not the serum's.
      if (line.cells.size() >= 2) {
        std::string whole;
        for (const Cell& c : line.cells) whole += (whole.empty() ? "" : " ") + c.text;
        const TestName t = MatchTestName(whole, specimen_);
        const bool urine = t.analyte == Analyte::kUrineIfe || t.analyte == Analyte::kUrineMProtein;
        if ((t.match == TestName::Match::kExact || t.match == TestName::Match::kLoose) && urine &&
            t.analyte != name.test.analyte) {
          name.test = t;
        }
      }
      heading_test_ = name;
      pending_ = name;  // a card: the value follows on the next lines
      pending_age_ = 0;
      // Whether a heading of earlier results stands right above this name ("Resultados
      // anteriores" / "Hemoglobina (g/dL)"): it heads this card (see the card's value below).
      card_under_heading_ =
          *i > 0 && !recent_headings_.empty() && lines[*i - 1].Text() == recent_headings_.back();
      card_read_.reset();
      // No collection label above the first card: its date may be printed under it.
      if (!cards_dated_below_) cards_dated_below_ = !date.date || date.source.text.empty();
      return Outcome::kRow;
    }
    pending_.reset();
    JoinWrappedValue(lines, i, name, &cells);
    isotype_note_.clear();
    if (coded) {
      TakeIsotypeFromNote(lines, *i, test.analyte, &cells);
      ReadPointedComment(lines, *i, &cells);
      if (!cells.value_date) cells.value_date = internal::DateInFindingLabel(name_text, order_);
    }
    // SI and conventional results of one amount side by side are not several numbers.
    cells.several_numbers =
        !coded && !(cells.second_value && cells.pair_agrees) && SeveralUndatedNumbers(line, cells);
    cells.unread_before = UnreadCellBeforeValue(line, cells, coded);
    // A finding worded as a sentence after a label ("S-Immunfixation: ... påvisas"): reviewed.
    cells.from_sentence = labelled && coded && cells.value && IsSentence(cells.value->text);
    Emit(name, cells, date);
    isotype_note_.clear();
    if (!specimen_title) heading_test_.reset();  // "Suero: ..." may be followed by "Orina: ..."
    RememberRow(name, *i, cells);
    // A finding's row with only its earlier result ("Immunofixation sérique | IgG kappa
    // (06/02/24)"): today's finding may follow as a sentence ("Présence d'une immunoglobuline
    // monoclonale de type IgG kappa.").
    if (coded && !cells.value && (cells.previous || !cells.previous_dated.empty())) {
      pending_ = name;
      pending_age_ = 0;
      card_under_heading_ = false;
    }
    return Outcome::kRow;
  }
  // No name: the value lines of a card entry, or a heading such as "24 Hour Urine ...".
  if (!pending_ && !ParseLabValue(line.cells.back().text) && MayNameSpecimen(line)) {
    SpecimenHeading(SpecimenOfHeading(line.Text()));
  }
  // A coded test's finding as the first of several sentences under its name ("Immunofissazione
  // sierica" / "Presenza di catene leggere libere kappa monoclonali. Assenza di componente
  // monoclonale IgG, IgA, IgM."): that sentence is the result, for review.
  if (pending_ && Info(pending_->test.analyte).kind == ValueKind::kCoded &&
      IsSentence(line.Text()) && !IsIsotypeResult(line.Text()) && line.cells.size() == 1) {
    const std::string text = line.Text();
    const size_t stop = text.find(". ");
    if (stop != std::string::npos && IsIsotypeResult(text.substr(0, stop))) {
      Name name = *pending_;
      name.line_text += " / " + text;
      RowCells cells;
      cells.value = Piece{text.substr(0, stop), line.cells[0].box, line.cells[0].confidence};
      cells.from_sentence = true;
      pending_.reset();
      Emit(name, cells, date);
      return Outcome::kRow;
    }
  }
  if (pending_ && Info(pending_->test.analyte).kind == ValueKind::kCoded &&
      IsSentence(line.Text()) && !IsIsotypeResult(line.Text())) {
    // Prose after a coded test's name without a value ("Antisera: IgG, IgA ... band not
    // identified.") is not that test's result: its words would be read as one. A sentence
    // naming the band it found ("Monoclonal IgG kappa band identified.") is.
    pending_.reset();
    return Outcome::kText;
  }
  if (pending_ && ReadDatedCardLine(line, date)) return Outcome::kRow;
  if (pending_) {
    RowCells cells = ContentCells(line.cells, 0);
    if (cells.value) {
      Name name = *pending_;
      name.line_text += " / " + line.Text();
      // The range may be on the following line of the card, and the card's date beside it
      // ("Normal range: 3.3 - 19.4 mg/L   Mar 4, 2024").
      if (!cells.range && *i + 1 < lines.size() && lines[*i + 1].page == line.page) {
        const Line& next = lines[*i + 1];
        RowCells more = ContentCells(next.cells, 0);
        if (!more.value && more.range) {
          cells.range = more.range;
          for (const Cell& c : next.cells) {
            if (!cells.value_date && IsDateCell(c.text)) {
              cells.value_date = FindLabDate(c.text, order_);
            }
          }
          ++*i;
        }
      }
      pending_.reset();
      card_read_ = name;
      earlier_headings_ = 0;
      // An undated value of a card not headed by a heading of earlier results is the card's
      // current result: such a heading above was the card before's ("Resultados anteriores" over
      // that card's dated history, then "Calcio" / "Último resultado" / "9,6 mg/dL").
      if (!card_under_heading_) {
        std::erase_if(recent_headings_,
                      [](const std::string& h) { return internal::IsEarlierResultsHeading(h); });
      }
      // The card's own label between its name and its value ("Albumina" / "Colheita:
      // 07/05/2024 08:21" / "3,7 g/dL"): the cards are dated above their values, never by a
      // label further down (the next card's, when its name was one we do not know).
      if (!date.source.text.empty() && date.source.page == name.page &&
          date.source.box.y0 >= name.box.y1 - 1 && date.source.box.y1 <= line.box.y0 + 1) {
        cards_dated_below_ = false;
      }
      // The card's own label under it: its date in a document whose cards are dated below
      // them; elsewhere, when it gives another date than the one in force ("Collected:
      // 2024/04/08 08:31" under one card of a 2024/05/06 episode), for review.
      const std::optional<LabDate> under =
          cells.value_date
              ? std::nullopt
              : LabelDateUnderCard(lines, *i, cells.value ? cells.value->box : name.box);
      if (cards_dated_below_.value_or(false)) {
        if (under) cells.value_date = under;
      } else if (under && date.date && under->date != date.date->date) {
        cells.other_date_under = true;
      }
      Emit(name, cells, date);
      // "Previous result: 9.8 g/dL on 13-Feb-2024" a line or two below the card's value.
      RememberRow(name, *i, cells);
      return Outcome::kRow;
    }
    if (!cells.range) return Outcome::kRow;  // e.g. "Your value   Standard range"
  }
  return Outcome::kText;
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
