// RowReader: what a row takes from the lines around it. A note under an immunofixation row
// names its isotype; "See comment" points to the comment that holds the result; a wrapped coded
// result continues on the next line; a previous result stands on a line of its own; a card's
// date is printed under its value; and a row whose several numbers sit in no dated column is
// for review. The rest of the reader is in rows.cc and table_header.cc.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cell_text.h"
#include "date_labels.h"
#include "label_dates.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

using internal::IsSentence;
using internal::Lower;
using internal::SplitLabel;
using records::Analyte;
using records::ValueKind;

namespace {

// A comment's title on a line of its own ("Commento", "Comment:", "Bemerkung").
bool IsCommentTitle(std::string_view text) {
  std::string t = FoldLatin(AsciiLower(TrimSpaces(text)));
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.pop_back();
  for (std::string_view w : {"comment", "comments", "commento", "commenti", "commentaire",
                             "commentaires", "comentario", "comentarios", "bemerkung",
                             "bemerkungen", "kommentar", "note", "notes", "nota", "remarque"}) {
    if (t == w) return true;
  }
  return false;
}

// The band a note's first sentence names, without "Band of" before it ("Banda de cadenas
// ligeras lambda libres (...). No se detectan cadenas pesadas." -> "cadenas ligeras lambda
// libres (...)").
std::string BandOfNote(std::string_view note) {
  std::string t(note.substr(0, std::min(note.size(), note.find(". "))));
  if (!t.empty() && t.back() == '.') t.pop_back();
  const std::string folded = FoldLatin(AsciiLower(t));
  for (std::string_view lead : {"band of ", "banda de ", "bande de ", "banda di ", "banda do ",
                                "banda da ", "bande von "}) {
    if (folded.starts_with(lead)) return t.substr(lead.size());
  }
  return t;
}

}  // namespace

void RowReader::TakeIsotypeFromNote(const std::vector<Line>& lines, size_t i, Analyte analyte,
                                    RowCells* cells) {
  (void)analyte;
  if (!cells->value) return;
  // A cell of the row itself after the bare word ("Immunofissazione urinaria | positiva | catene
  // leggere kappa libere (proteina di Bence Jones)"): its band. A comment below about another
  // test's band ("Componente monoclonale IgG kappa ...") gave the urine's its isotype, silently.
  for (const Cell& c : lines[i].cells) {
    if (c.box.x0 <= cells->value->box.x0) continue;
    std::optional<LabValue> band = ParseLightChainBand(c.text);
    if (!band) band = ParseLabValue(c.text);
    if (band && band->kind == LabValue::Kind::kDetected && !band->isotype.empty()) {
      isotype_note_ = band->isotype;
      return;
    }
  }
  // A note line right under an immunofixation row ("Interpretation: IgG kappa monoclonal
  // protein identified.") names the isotype that a bare "Abnormal" or "Positive" does not.
  // Not a comment under its own title ("Commento" / "Componente monoclonale IgG kappa in
  // ulteriore riduzione ..."): that is about the report, perhaps another test.
  for (size_t k = i + 1; k < lines.size() && k <= i + 2; ++k) {
    const Line& next = lines[k];
    const Line& prev = lines[k - 1];
    if (next.page != prev.page || next.cells.size() != 1 ||
        next.box.y0 - prev.box.y1 > 1.5 * prev.box.height()) {
      return;
    }
    const std::string& text = next.cells[0].text;
    const bool indented = next.cells[0].box.x0 > lines[i].cells[0].box.x0 + 4;
    if ((!indented && MatchTestName(text, specimen_).match != TestName::Match::kNone) ||
        IsHeader(next)) {
      return;
    }
    if (IsCommentTitle(text)) return;
    // A note's mark before it ("> catene leggere libere KAPPA (proteinuria di Bence Jones)").
    const std::string_view marked = TrimSpaces(text);
    const std::string note(
        TrimSpaces(marked.substr(std::min(marked.size(), marked.find_first_not_of(">-* ")))));
    const std::string rest = SplitLabel(note).second;
    std::optional<LabValue> v = ParseLabValue(rest.size() > 200 ? rest.substr(0, 200) : rest);
    // Or the light chain band its first sentence names ("catene leggere libere KAPPA", "Banda
    // de cadenas ligeras lambda libres (proteína de Bence Jones). No se detectan ..."): a free
    // light chain.
    if (!v || v->isotype.empty()) v = ParseLightChainBand(BandOfNote(note));
    if (v && v->kind == LabValue::Kind::kDetected && !v->isotype.empty()) {
      isotype_note_ = v->isotype;
      return;
    }
  }
}

bool RowReader::UnreadCellBeforeValue(const Line& line, const RowCells& cells, bool coded) {
  if (!cells.value) return false;
  const bool scanned = std::any_of(line.cells.begin(), line.cells.end(),
                                   [](const Cell& c) { return c.confidence < 0.999f; });
  // In a text PDF too for a finding ("Imunofixação sérica | IgG capa | negativa": the finding
  // was not understood, and the reference after it was taken for it).
  if (!scanned && !coded) return false;
  for (size_t k = 1; k < line.cells.size(); ++k) {
    const Cell& c = line.cells[k];
    if (c.box.x0 >= cells.value->box.x0) break;
    if (!internal::IsResultSideCell(c.text)) return true;
  }
  return false;
}

bool RowReader::SeveralUndatedNumbers(const Line& line, const RowCells& cells) const {
  if (!cells.dated.empty() || !cells.previous_dated.empty() || cells.previous ||
      !cells.unit_values.empty() || cells.value_date) {
    return false;
  }
  // Numbers, and the placeholders of results not done ("--", "pending") that hold a column's
  // place beside them ("Kappa | -- | -- | 1120.0 H" under columns named A, B, C). A number under
  // a column that is never read (a lab code "01") counts only beside such placeholders there.
  int numbers = 0, placeholders = 0, other_numbers = 0, other_placeholders = 0;
  for (size_t k = 1; k < line.cells.size(); ++k) {
    const std::string& t = line.cells[k].text;
    const Column* col = ColumnOf(line.cells[k]);
    const bool other = col != nullptr && col->kind == Col::kOther && col->box.x1 < kBeyondTable;
    if (col != nullptr && col->kind != Col::kValue && col->kind != Col::kName &&
        col->kind != Col::kOther) {
      continue;
    }
    const std::optional<LabValue> v = ParseLabValue(t);
    if (v && v->kind == LabValue::Kind::kNumber && v->unit.empty() && !ParseLabRange(t)) {
      ++(other ? other_numbers : numbers);
      continue;
    }
    if (internal::IsPlaceholder(t) || AsciiLower(TrimSpaces(t)) == "pending") {
      ++(other ? other_placeholders : placeholders);
    }
  }
  if (other_placeholders > 0) numbers += other_numbers;
  return numbers >= 1 && numbers + placeholders + other_placeholders >= 2;
}

void RowReader::ReadPointedComment(const std::vector<Line>& lines, size_t i, RowCells* cells) {
  if (!cells->value) return;
  const std::optional<LabValue> v = ParseLabValue(cells->value->text);
  if (!v || v->kind != LabValue::Kind::kNote) return;
  std::string text;
  for (size_t k = i + 1; k < lines.size() && k <= i + 12 && lines[k].page == lines[i].page; ++k) {
    text += " " + lines[k].Text();
  }
  const std::string lower = AsciiLower(text);
  // "Immunofixation ...", "Immunfixation: ..." (de), "Imunofixação", "Inmunofijación" (pt, es).
  size_t at = std::string::npos;
  for (std::string_view w : {"immunofix", "immunfix", "imunofix", "immunofiss", "inmunofij"}) {
    at = std::min(at, lower.find(w));
  }
  if (at == std::string::npos) return;
  size_t end = lower.find(". ", at);
  if (end == std::string::npos) end = lower.size();
  const std::string sentence = lower.substr(at, end - at);
  const std::string iso = IsotypeIn(sentence);
  const bool none = sentence.find("no monoclonal") != std::string::npos ||
                    sentence.find("negative") != std::string::npos ||
                    sentence.find("not detected") != std::string::npos ||
                    sentence.find("no abnormal") != std::string::npos ||
                    sentence.find("kein") != std::string::npos ||
                    sentence.find("nicht nachweisbar") != std::string::npos ||
                    sentence.find("no se detecta") != std::string::npos;
  if (none == !iso.empty()) return;  // neither, or both: not a plain finding
  cells->value->text = none ? "not detected" : iso + " detected";
  cells->from_comment = true;
}

std::optional<LabDate> RowReader::LabelDateUnderCard(const std::vector<Line>& lines, size_t i,
                                                     const Box& card) const {
  if (!label_date_) return std::nullopt;
  for (size_t j = i + 1; j < lines.size() && j <= i + 4 && lines[j].page == lines[i].page; ++j) {
    if (std::optional<LabDate> d = label_date_(j)) {
      // "Collected: 2024/05/06 08:28 | ... | Collected: 2024/04/08 08:31": the one under it.
      return internal::CollectionDateUnder(lines[j], card, order_).value_or(*d);
    }
    if (lines[j].cells.empty()) continue;
    const TestName next = MatchTestName(lines[j].cells.front().text, specimen_);
    if (next.match == TestName::Match::kExact || next.match == TestName::Match::kLoose) break;
  }
  return std::nullopt;
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
    // A line with a label of its own ("Antisera used: IgG, IgA, IgM, kappa and lambda.") is
    // not the wording's continuation.
    if (!SplitLabel(first.text).first.empty()) return;
    cells->value->text += ' ' + first.text;
    cells->value->box.Cover(first.box);
    cells->value->confidence = std::min(cells->value->confidence, first.confidence);
    ++*i;
  }
}

std::optional<Line> RowReader::SplitResultLine(const Line& line) const {
  if (line.cells.size() != 1 || !heading_test_ || heading_test_->page != line.page) {
    return std::nullopt;
  }
  const Cell& c = line.cells[0];
  const size_t colon = c.text.find(':');
  if (colon == std::string::npos || colon + 2 >= c.text.size() ||
      (!IsResultTitle(c.text.substr(0, colon)) && !SpecimenTitle(c.text.substr(0, colon)))) {
    return std::nullopt;
  }
  Line out = line;
  out.cells = {Cell{c.text.substr(0, colon), PartBox(c, 0, colon + 1), c.confidence},
               Cell{std::string(TrimSpaces(std::string_view(c.text).substr(colon + 1))),
                    PartBox(c, colon + 1, c.text.size()), c.confidence}};
  return out;
}

std::optional<Specimen> RowReader::SpecimenTitle(std::string_view text) const {
  if (!heading_test_ || Info(heading_test_->test.analyte).kind != ValueKind::kCoded) {
    return std::nullopt;
  }
  return SpecimenWord(text);
}

std::optional<Specimen> RowReader::SpecimenWord(std::string_view text) {
  // Folded first: "İdrar" (tr) is "idrar" only once its dotted capital is folded.
  std::string t = AsciiLower(FoldLatin(TrimSpaces(text)));
  while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == ' ')) t.pop_back();
  // The sample's kind in brackets after it ("Urines (échantillon)", "Urine (24 h)").
  if (const size_t open = t.find(" ("); open != std::string::npos && t.ends_with(')')) {
    t.resize(open);
  }
  // ko, zh, ja: "혈청" / "血清" (serum), "소변" / "尿" / "尿液" (urine).
  for (std::string_view w : {"serum", "suero", "siero", "soro", "serique", "seerumi", "surowica",
                             "\xED\x98\x88\xEC\xB2\xAD", "\xE8\xA1\x80\xE6\xB8\x85"}) {
    if (t == w) return Specimen::kSerum;
  }
  for (std::string_view w :
       {"urine", "urines", "orina", "urina", "urin", "harn", "urine 24h", "urine 24 h", "idrar",
        "virtsa", "mocz", "moc",
        // de: a spot, a morning and a 24-hour collected urine
        "spontanharn", "morgenurin", "sammelharn", "sammelurin", "\xEC\x86\x8C\xEB\xB3\x80",
        "\xE5\xB0\xBF", "\xE5\xB0\xBF\xE6\xB6\xB2"}) {
    if (t == w) return Specimen::kUrine;
  }
  return std::nullopt;
}

bool RowReader::IsResultTitle(std::string_view text) const {
  std::string t(TrimSpaces(text));
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.pop_back();
  std::optional<LabDate> d;
  return !t.empty() && HeaderKind(t, &d) == Col::kValue && !d;
}

bool RowReader::ReadSectionRow(const std::vector<Line>& lines, size_t i, const DateContext& date) {
  const Line& line = lines[i];
  if (!section_test_ || line.cells.size() < 2 || !IsDateCell(line.cells[0].text)) return false;
  const std::optional<LabDate> d = FindLabDate(line.cells[0].text, order_);
  if (!d) return false;
  if (section_test_->test.match == TestName::Match::kIgnored) {
    out_->ignored.push_back(ImportNote{line.page, line.Text(), section_test_->test.reason});
    return true;
  }
  Name name = *section_test_;
  name.box = line.cells[0].box;
  name.page = line.page;
  name.line_text = section_test_->text + " / " + line.Text();
  RowCells cells = AssignCells(line.cells, 1);
  cells.value_date = d;
  Emit(name, cells, date);
  return true;
}

bool RowReader::ReadContinuationRow(const std::vector<Line>& lines, size_t i,
                                    const DateContext& date) {
  const Line& line = lines[i];
  if (!continued_ || continued_->page != line.page || line.cells.empty() ||
      !IsDateCell(line.cells[0].text)) {
    return false;
  }
  // The name column comes first, and this row's first cell lies right of it, under the date.
  const Column* first = ColumnOf(line.cells[0]);
  const Column* name_col = NameColumn();
  if (first == nullptr || first->kind != Col::kRowDate || name_col == nullptr ||
      name_col->box.x1 > first->box.x0 || line.cells[0].box.x0 <= name_col->box.x1) {
    return false;
  }
  switch (continued_->test.match) {
    case TestName::Match::kIgnored:
      out_->ignored.push_back(ImportNote{line.page, line.Text(), continued_->test.reason});
      return true;
    case TestName::Match::kNone:
      out_->unrecognised.push_back(ImportNote{line.page, line.Text(), "test name not recognised"});
      return true;
    case TestName::Match::kExact:
    case TestName::Match::kLoose:
      break;
  }
  RowCells cells = AssignCells(line.cells, 0);
  if (!cells.value) return false;
  Name name = *continued_;
  name.box = line.cells[0].box;
  name.line_text = continued_->text + " / " + line.Text();
  ChooseUnitValue(continued_->test.analyte, &cells);
  Emit(name, cells, date);
  return true;
}

// Headings: what the last text lines above a row say of it.

// "electrof" is Spanish "electroforesis" and its abbreviation ("Albúmina (electrof.)").
bool RowReader::InElectrophoresis(const std::string& name) const {
  auto mentions = [](const std::string& text) {
    const std::string t = FoldLatin(text);
    for (std::string_view w :
         {"electrophoresis", "spep", "fraction", "proteinogram", "elektrophorese", "electrof",
          "electrophorese", "elettroforesi", "eiwitspectrum", "eletroforese", "elektrofore",
          "электрофорез", "fraccion", "fracao", "frazione", "fraktion"}) {
      if (t.find(w) != std::string::npos) return true;
    }
    // A trace's axis, its fractions named under it ("Alb | α1 | α2 | β1 | β2 | γ").
    return t.find("α1") != std::string::npos && t.find("α2") != std::string::npos &&
           t.find("γ") != std::string::npos;
  };
  if (mentions(name)) return true;
  for (const std::string& h : recent_headings_) {
    if (mentions(h)) return true;
  }
  // A fractions table: results as a percentage and as a concentration ("Relative % | g/dL").
  int unit_columns = 0;
  bool percent = false;
  for (const Column& c : columns_) {
    if (c.kind != Col::kUnitValue) continue;
    ++unit_columns;
    percent |= c.unit.find('%') != std::string::npos;
  }
  return percent && unit_columns >= 2;
}

bool RowReader::UnderEarlierResultsHeading() const {
  return std::any_of(recent_headings_.begin(), recent_headings_.end(),
                     [](const std::string& h) { return internal::IsEarlierResultsHeading(h); });
}

namespace {

// The specimen a "Specimen:" label's cell names ("SPECIMEN: URINE, 24 HR", "Material: Serum"),
// when it names one only (never "Campioni: siero, urine 24 h"); nullopt otherwise.
// The label's value may be the next cell ("标本类型: | 血清", a Chinese sheet's specimen type).
std::optional<Specimen> LabelledSpecimen(const Line& line) {
  for (size_t k = 0; k < line.cells.size(); ++k) {
    auto [label, rest] = internal::SplitLabel(line.cells[k].text);
    const std::string l = FoldLatin(label);
    if (l != "specimen" && l != "specimen type" && l != "sample" && l != "sample type" &&
        l != "material" && l != "probenmaterial" && l != "untersuchungsmaterial" &&
        l != "echantillon" && l != "muestra" && l != "tipo de muestra" && l != "amostra" &&
        l != "campione" && l != "标本类型" && l != "标本" && l != "样本类型" && l != "標本" &&
        l != "検体" && l != "検体種別" && l != "材料") {
      continue;
    }
    if (TrimSpaces(rest).empty() && k + 1 < line.cells.size()) rest = line.cells[k + 1].text;
    const Specimen s = SpecimenOfHeading(rest);
    if (s == Specimen::kUnknown) return std::nullopt;
    // Another specimen beside it: the label lists the report's specimens.
    std::string others = AsciiLower(rest);
    for (std::string_view w : {"urines", "urine", "urina", "orina", "harn"}) {
      for (size_t at = others.find(w); at != std::string::npos; at = others.find(w)) {
        others.erase(at, w.size());
      }
    }
    if (s == Specimen::kUrine && SpecimenOfHeading(others) != Specimen::kUnknown) {
      return std::nullopt;
    }
    return s;
  }
  return std::nullopt;
}

}  // namespace

void RowReader::NoteLabelledSpecimen(const Line& line) {
  if (const std::optional<Specimen> labelled = LabelledSpecimen(line)) SpecimenHeading(*labelled);
}

void RowReader::NoteHeading(const Line& line) {
  // A section heading that also carries a date ("SERUM / BLOOD (drawn 08/05/2024 08:30)") still
  // names the specimen of the rows below it.
  // Not a sentence of prose that mentions urine ("... albumin 39 g/L and LDH 164 U/L. Urine").
  // A bilingual heading is judged by its first language ("Related serum results / Résultats
  // sériques connexes — collected ...": no sentence, though long).
  // A title with a note in brackets beside it ("CHIMICA CLINICA E EMATOLOGIA | (prelievo del
  // 08/04/2024)") is judged by the title: the chemistry under it had stayed the urine's above.
  // A labelled specimen among a label line's cells ("ACCESSION: ... | SPECIMEN: BLOOD, VENOUS |
  // VERIFIED: ..."): a later accession's blood after an earlier one's urine.
  NoteLabelledSpecimen(line);
  const bool noted = internal::NoteBesideTitle(line);
  const std::string t = noted ? line.cells[0].text : line.Text();
  const std::string first = t.substr(0, std::min(t.find(" / "), t.find(" \u2014 ")));
  // A label line that dates each specimen ("Collected: ... (serum) / ... (urine)") names
  // both: it names no specimen for the rows below.
  const bool dates_each =
      internal::DatesBySpecimen(LowerKeepingOffsets(line.Text()), order_).urine.has_value();
  if ((line.cells.size() == 1 || noted) && !IsSentence(first) && !dates_each &&
      !internal::ContinuationNote(t)) {
    const Specimen s = SpecimenOfHeading(t);
    // A new section's title in capitals that names no specimen ("ÉVOLUTION DU COMPOSANT
    // MONOCLONAL" after "URINES DE 24 HEURES") ends the last one's specimen.
    // (Its words in brackets may be lower case: "BILAN BIOCHIMIQUE ASSOCIÉ (même prélèvement)".)
    const std::string title(TrimSpaces(std::string_view(t).substr(0, t.find(" ("))));
    const bool capitals = internal::IsCapitalised(title) &&
                          std::count_if(title.begin(), title.end(),
                                        [](char c) { return c >= 'A' && c <= 'Z'; }) >= 8 &&
                          title.find(' ') != std::string::npos;
    if (s != Specimen::kUnknown) {
      SpecimenHeading(s);
      specimen_heading_x_ = line.box.x0;
    } else if (capitals) {
      specimen_ = Specimen::kUnknown;
    }
  }
  // Specks a scan leaves (":", "©", "és" beside a rule) are not headings: they pushed a section's
  // title ("PROTEIN ELECTROPHORESIS, SERUM") out of the last two, and the electrophoresis albumin
  // below it was then read as the chemistry albumin, silently.
  // Letters: ASCII, or the first byte of another script's letter ("Προηγούμενα").
  if (std::count_if(t.begin(), t.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0xC3;
      }) < 3) {
    return;
  }
  recent_headings_.push_back(t);
  earlier_headings_ += internal::IsEarlierResultsHeading(t);
  if (recent_headings_.size() > 2) recent_headings_.erase(recent_headings_.begin());
}

bool RowReader::HoldsLabelledResult(const Line& line) const {
  return std::any_of(line.cells.begin(), line.cells.end(), [&](const Cell& c) {
    const size_t colon = c.text.find(':');
    if (colon == std::string::npos || !IsResultTitle(c.text.substr(0, colon))) return false;
    const std::optional<LabValue> v = ParseLabValue(c.text.substr(colon + 1));
    return v && v->kind == LabValue::Kind::kNumber;
  });
}

std::optional<Line> RowReader::KnownPairAfter(const Line& line) const {
  for (size_t k = 2; k + 1 < line.cells.size(); ++k) {
    if (MatchTestName(line.cells[k].text, specimen_).match != TestName::Match::kExact) continue;
    const std::optional<LabValue> v = ParseLabValue(line.cells[k + 1].text);
    if (!v || v->kind != LabValue::Kind::kNumber) continue;
    Line out = line;
    out.cells.erase(out.cells.begin(), out.cells.begin() + static_cast<long>(k));
    out.box = out.cells.front().box;
    for (const Cell& c : out.cells) out.box.Cover(c.box);
    return out;
  }
  return std::nullopt;
}

bool RowReader::ReadCardUnitLine(const Line& line) {
  if (!pending_ || !pending_->test.unit.empty() || line.cells.empty()) return false;
  const auto [label, rest] = internal::SplitLabel(line.cells[0].text);
  const std::string unit(TrimSpaces(std::string_view(rest).substr(0, rest.find(' '))));
  if ((label != "unit" && label != "units") || !internal::IsUnitText(unit)) return false;
  pending_->test.unit = unit;
  return true;
}

bool RowReader::SaidUnreadDatedRow(const Line& line) {
  if (line.cells.size() < 3 || std::none_of(line.cells.begin() + 1, line.cells.end(),
                                            [](const Cell& c) { return IsDateCell(c.text); })) {
    return false;
  }
  out_->unrecognised.push_back(
      ImportNote{line.page, line.Text(), "result not found in the result column"});
  pending_.reset();
  return true;
}

}  // namespace oncoguide::import
