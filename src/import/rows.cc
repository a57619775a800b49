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

// A CJK section title numbered with an ideograph and the enumeration comma ("三、历史结果对比").
bool NumberedCjkSection(std::string_view text) {
  for (std::string_view n :
       {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"}) {
    if (text.starts_with(n)) return true;
  }
  return false;
}

// True when `text` is a test's name as a label ("24h尿κ轻链定量：", "Urine kappa:").
bool TestLabel(std::string_view text) {
  text = TrimSpaces(text);
  const bool colon = text.ends_with(':') || text.ends_with("\uFF1A");
  return colon && MatchTestName(text, Specimen::kUnknown).match != TestName::Match::kNone;
}

// A line that may be a heading naming the rows' specimen: one or two cells, no sentence, and
// not a card's name with its status ("Urine protein electrophoresis | In progress": the cards
// after it, a calcium, an LDH, are not the urine's), nor a test's label with a result still to
// come ("24h尿κ轻链定量： | 待回报（外送检测）": the history on the next page was taken for the
// urine's).
bool MayNameSpecimen(const Line& line) {
  return line.cells.size() <= 2 && !IsSentence(line.Text()) &&
         !(line.cells.size() == 2 && internal::IsCardStatus(line.cells[1].text)) &&
         !(line.cells.size() == 2 && TestLabel(line.cells[0].text)) &&
         !internal::ContinuationNote(line.cells[0].text);
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
  if (got == Outcome::kRow) NoteLabelledSpecimen(lines[*i]);
  if (got == Outcome::kRow &&
      out_->observations.size() + out_->ignored.size() + out_->unrecognised.size() == recorded) {
    for (size_t k = first; k <= *i && k < lines.size(); ++k) NoteIfUnreadTestRow(lines[k]);
  }
  ++lines_under_header_;
  return got;
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
  if (ReadBandFinding(line, date)) return Outcome::kRow;
  if (LooksLikeName(line.cells[0]) || name_text != line.cells[0].text) {
    TestName test = MatchTestName(name_text, specimen_);
    // A name a scan set in two cells ("ALBUMIN | FRACTION | 3.71 | 3.60"): when its second word
    // makes it a test we do not use (the electrophoresis fraction, not the chemistry albumin),
    // that test. Read as "ALBUMIN", the fraction's values were taken for the albumin, silently.
    if (test.match == TestName::Match::kExact && line.cells.size() >= 3 &&
        internal::WordsOnly(line.cells[1].text)) {
      const std::string both = name_text + " " + line.cells[1].text;
      if (const TestName joined = MatchTestName(both, specimen_);
          joined.match == TestName::Match::kIgnored) {
        test = joined;
        name_text = both;
      }
    }
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
    JoinWrappedName(lines, i, line, name_text, &test, &name);
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
      // A wording under a table's header that we do not read ("혈청 IFE | <a finding we cannot
      // read>" under an electrophoresis table's "%" and "g/dL"): said as unread. Left waiting as
      // a card's name, it was dropped without a word.
      if (const Cell* odd = coded ? UnreadWordingAfterName(line) : nullptr) {
        out_->unrecognised.push_back(
            ImportNote{line.page, line.Text(), "result '" + odd->text + "' not understood"});
        pending_.reset();
        return Outcome::kRow;
      }
      // Another test's name beside this one: two cards side by side, each value under its name.
      for (const Cell& c : line.cells) {
        if (c.box.x0 <= name.box.x1 || c.box.x0 >= name.beside_x) continue;
        if (MatchTestName(c.text, specimen_).match != TestName::Match::kNone) {
          name.beside_x = c.box.x0;
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
    cells.under_other_name = ResultUnderOtherName(lines, *i, name, cells);
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
  return ReadCardValue(lines, i, line, date);
}

}  // namespace oncoguide::import
