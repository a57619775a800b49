#include "label_dates.h"

#include <algorithm>
#include <cctype>

#include "cell_text.h"
#include "date_labels.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide::import::internal {

namespace {

// The most lines a portal card takes from its name to its collection label (a panel's name and
// three rows, each with its reference line).
constexpr size_t kLongestCard = 8;

// The longest period a timed collection spans, in days (a 24-hour urine started one day and
// ended the next; two to allow a weekend's 48-hour collection).
constexpr int kLongestCollectionDays = 2;

// The text after label k of `labels` in `text`, up to the next label.
std::string_view TextAfterLabel(std::string_view text, const std::vector<Label>& labels, size_t k) {
  const size_t stop = k + 1 < labels.size() ? labels[k + 1].begin : text.size();
  return text.substr(labels[k].end, stop - labels[k].end);
}

}  // namespace

std::optional<LabDate> DateBeforeLabel(std::string_view before, std::string_view after,
                                       DateOrder order) {
  after = TrimSpaces(after);
  if (after.starts_with(":")) after = TrimSpaces(after.substr(1));
  size_t digits = 0;
  while (digits < after.size() && std::isdigit(static_cast<unsigned char>(after[digits]))) {
    ++digits;
  }
  if (digits < 1 || digits > 2 || digits + 3 > after.size() || after[digits] != ':' ||
      !std::isdigit(static_cast<unsigned char>(after[digits + 1]))) {
    return std::nullopt;
  }
  if (FindLabDate(after, order)) return std::nullopt;
  std::optional<LabDate> d = FindLabDate(before, order);
  if (!d || d->begin > 12 || TrimSpaces(before.substr(d->end)).size() > 1) return std::nullopt;
  return d;
}

std::optional<LabDate> DateBelow(const Line& line, const Line& next, const Label& l,
                                 size_t labels_on_line, DateOrder order) {
  if (next.page != line.page || next.box.y0 - line.box.y1 > 2 * line.box.height()) {
    return std::nullopt;
  }
  const size_t dates_below =
      std::count_if(next.cells.begin(), next.cells.end(),
                    [&](const Cell& c) { return FindLabDate(c.text, order).has_value(); });
  if (dates_below > labels_on_line) return std::nullopt;
  // A line below with date labels of its own ("Sample received: 15-Jan-2024" over "Report
  // date: | 17-Jan-2024"): its dates are its labels'.
  if (!FindLabels(AsciiLower(next.Text())).empty()) return std::nullopt;
  // The cell holding the label.
  size_t pos = 0;
  const Cell* label_cell = nullptr;
  for (const Cell& c : line.cells) {
    if (l.begin >= pos && l.begin < pos + c.text.size()) label_cell = &c;
    pos += c.text.size() + 2;
  }
  if (label_cell == nullptr) return std::nullopt;
  for (const Cell& c : next.cells) {
    if (c.box.XOverlap(label_cell->box) <= 0) continue;
    if (IsDateCell(c.text)) return FindLabDate(c.text, order);
    // A date and time with a zone or site after it ("03/05/2024 0812 Local").
    std::optional<LabDate> d = FindLabDate(c.text, order);
    if (d && d->begin == 0 && c.text.size() <= 32) return d;
  }
  return std::nullopt;
}

bool DateRowUnderTitle(const Line& line, const std::vector<Label>& labels) {
  if (line.cells.size() < 3) return false;
  for (const Label& l : labels) {
    if (!l.collection) return false;
  }
  return std::all_of(line.cells.begin() + 1, line.cells.end(),
                     [](const Cell& c) { return IsDateCell(c.text); });
}

bool SpeaksOfEarlierResult(const std::string& text) {
  const std::string lower = FoldLatin(AsciiLower(text));
  // Quotes as OCR reads them ("‘Ant.’", "“Ant.”") read as plain ones.
  std::string folded;
  folded.reserve(lower.size());
  for (size_t p = 0; p < lower.size(); ++p) {
    const std::string_view rest = std::string_view(lower).substr(p);
    if (rest.starts_with("\xE2\x80\x98") || rest.starts_with("\xE2\x80\x99") ||
        rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x9D")) {
      folded += '\'';
      p += 2;
    } else {
      folded += lower[p] == '"' ? '\'' : lower[p];
    }
  }
  for (std::string_view w :
       {"previous", "previously", "prior ", "earlier", "last time", "compared with", "compared to",
        "foregaende", "tidigare", "vorher", "vorbefund", "vorwert", "precedent", "anterior",
        "vorige", "eerder", "poprzedni", "'ant.'", "valores ant", " ant. ",
        // cs "předchozím", da/no "tidligere", tr "önceki", fi "edellinen", el, ru, uk
        "predchoz", "tidligere", "onceki", "edellinen", "προηγουμεν", "предыдущ", "попередн",
        // et "eelmine", hu "előző", ro "anterior" (above), sr/hr "prethodn", bg "предишен"
        "eelmine", "elozo", "prethodn", "претходн", "предишн", "предишен",
        // ko "이전" (a previous marrow exam's "이전 골수검사 (검체채취일 ...)"), ja "前回", zh
        // "上次", "前次"
        "\xEC\x9D\xB4\xEC\xA0\x84", "\xE5\x89\x8D\xE5\x9B\x9E", "\xE4\xB8\x8A\xE6\xAC\xA1",
        "\xE5\x89\x8D\xE6\xAC\xA1"}) {
    if (folded.find(w) != std::string::npos) return true;
  }
  return false;
}

bool DatesAResultInProse(const Line& line) {
  if (line.cells.size() != 1) return false;
  const std::string& text = line.cells.front().text;
  const std::vector<std::string> words = SplitOnSpaces(text);
  if (words.size() < 8) return false;
  const std::vector<Label> labels = FindLabels(LowerKeepingOffsets(text));
  if (labels.empty() || !labels.front().collection || labels.front().begin == 0) return false;
  // The sentence before the label: from the last ". " or "; " (a decimal point has no space).
  std::string_view before = std::string_view(text).substr(0, labels.front().begin);
  for (std::string_view stop : {". ", "; "}) {
    if (const size_t at = before.rfind(stop); at != std::string_view::npos) {
      before.remove_prefix(at + stop.size());
    }
  }
  const std::vector<std::string> told = SplitOnSpaces(before);
  for (size_t k = 0; k + 1 < told.size(); ++k) {
    const std::optional<LabValue> v = ParseLabValue(told[k]);
    if (v && v->kind == LabValue::Kind::kNumber && IsUnitText(told[k + 1])) return true;
  }
  return false;
}

std::optional<LabDate> DateInFindingLabel(std::string_view name, DateOrder order) {
  const size_t open = name.find('('), close = name.find(')', open);
  if (open == std::string_view::npos || close == std::string_view::npos) return std::nullopt;
  const std::string inside = AsciiLower(name.substr(open, close - open));
  std::optional<LabDate> d = FindLabDate(name, order);
  if (!d || d->begin < open || d->end > close ||
      FindLabDate(name.substr(d->end), order).has_value()) {
    return std::nullopt;
  }
  for (std::string_view w : {"diagnos", "previous", "prior", "baseline", "earlier", "initial"}) {
    if (inside.find(w) != std::string::npos) return std::nullopt;
  }
  for (const Label& l : FindLabels(inside)) {
    if (!l.collection) return std::nullopt;  // "(reported 14/01/2024)": not the sample's date
  }
  return d;
}

namespace {

// True when `before`, a heading's lower-cased text up to its date, ends with an earlier report
// or exam and "of" ("Confronto con referto precedente del", "Previous report of", "Bilan
// antérieur du", "Vorbefund vom"): the date is that earlier sampling's, as a collection label's.
bool EarlierReportOf(std::string_view before) {
  const std::string t = FoldLatin(std::string(TrimSpaces(before)));
  for (std::string_view of :
       {" del", " dell'", " of", " du", " de", " do", " da", " vom", " from", " dated"}) {
    if (!t.ends_with(of)) continue;
    const std::string_view head = std::string_view(t).substr(0, t.size() - of.size());
    for (std::string_view w : {"referto precedente",     "esame precedente",   "report precedente",
                               "previous report",        "prior report",       "earlier report",
                               "previous results",       "previous sample",    "rapport precedent",
                               "compte rendu precedent", "bilan precedent",    "bilan anterieur",
                               "examen anterieur",       "informe anterior",   "analitica anterior",
                               "analisis anterior",      "relatorio anterior", "exame anterior",
                               "analises anteriores",    "vorbefund",          "vorherigen befund",
                               "fruheren befund"}) {
      if (head.ends_with(w)) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<LabDate> EarlierResultsHeadingDate(const Line& line, DateOrder order) {
  if (line.cells.size() != 1) return std::nullopt;
  const std::string& text = line.cells[0].text;
  // A heading, not a sentence or its continuation ("myelogramu). Srovnání s předchozím
  // vyšetřením: ... (odběr 14. 8. 2023)"): it starts with a capital and is one phrase.
  const unsigned char first = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  if (text.size() > 90 || text.find(". ") != std::string::npos ||
      !(std::isupper(first) || first >= 0x80)) {
    return std::nullopt;
  }
  if (!SpeaksOfEarlierResult(text)) return std::nullopt;
  const std::optional<LabDate> d = FindLabDate(text, order);
  if (!d) return std::nullopt;
  for (size_t k = 0; k < d->begin; ++k) {
    if (text[k] >= '0' && text[k] <= '9') return std::nullopt;  // a result, or another date
  }
  // A collection label ends just before the date ("prélèvement du", "collected on"): the date
  // is the block's sampling, not a previous result's written after its value ("Resultado
  // anterior: IgG Lambda (14-11-2023)").
  const std::string before = AsciiLower(text.substr(0, d->begin));
  const std::vector<Label> labels = FindLabels(before);
  if ((labels.empty() || !labels.back().collection || labels.back().generic ||
       before.size() - labels.back().end > 8) &&
      !EarlierReportOf(before)) {
    return std::nullopt;
  }
  // The date ends the heading ("... du 14/08/2024)"), or a time of day after it does ("Earlier
  // results - Sample collected 19 Mar 2024 08:31"): not a previous result written after it
  // ("Resultados anteriores: 15/02/2024: IgG kappa").
  std::string_view rest = text;
  rest.remove_prefix(d->end);
  const size_t close = rest.find_last_not_of(")]:. ");
  rest = close == std::string_view::npos ? std::string_view() : rest.substr(0, close + 1);
  rest = TrimSpaces(rest);
  if (rest.starts_with("at ") || rest.starts_with("um ")) rest.remove_prefix(3);
  if (!rest.empty() && !IsTimeCell(rest)) return std::nullopt;
  return d;
}

std::optional<LabDate> EarlierBlockLabelDate(const Line& above, const Line& line, DateOrder order) {
  if (line.cells.empty() || SpeaksOfEarlierResult(line.Text()) || above.page != line.page ||
      above.cells.size() != 1 || !SpeaksOfEarlierResult(above.Text()) ||
      above.Text().find_first_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const auto dates = CollectionLabelDates(line, nullptr, order);
  if (dates.size() != 1 || dates.front().second) return std::nullopt;
  return dates.front().first;
}

std::vector<std::pair<LabDate, bool>> CollectionLabelDates(const Line& line, const Line* below,
                                                           DateOrder order) {
  std::vector<std::pair<LabDate, bool>> out;
  const std::string text = line.Text();
  const std::string lower = LowerKeepingOffsets(text);
  const std::vector<Label> labels = FindLabels(lower);
  // A flowsheet's row of dates under a collection title ("(data prelievo) | 11/01/2024 |
  // 14/05/2024 | 19/09/2024"): each date heads its column; none dates the whole report.
  if (DateRowUnderTitle(line, labels)) return out;
  for (size_t k = 0; k < labels.size(); ++k) {
    const Label& l = labels[k];
    if (!l.collection) continue;
    std::string_view after = TextAfterLabel(text, labels, k);
    std::optional<LabDate> d = FindLabDate(after, order);
    // The date must follow the label closely ("Collected: 05/03/2024 08:30"), or the rest of
    // a longer label ending in a colon ("Collected/Prélevé:", "Collection Date and Time:").
    if (d && d->begin > 6 && !LabelContinues(after.substr(0, d->begin))) d.reset();
    if (d && RangeBanner(lower.substr(l.begin, l.end - l.begin)) &&
        FindLabDate(after.substr(d->end), order)) {
      d.reset();
    }
    // A timed collection's period ("Collection period: 05-Mar-2024 08:00 to 06-Mar-2024
    // 08:00"): the collection ends, and is dated, on the second date.
    if (d) {
      const std::string rest = AsciiLower(after.substr(d->end));
      size_t to = rest.find_first_not_of(" 0123456789:");
      // "08:00 AM to ...": the time's AM or PM.
      for (std::string_view half : {"am ", "pm ", "a.m. ", "p.m. "}) {
        if (to != std::string::npos && rest.compare(to, half.size(), half) == 0) {
          to = rest.find_first_not_of(' ', to + half.size());
          break;
        }
      }
      // Also a sign between the two ("2024-05-20 07:00 ~ 2024-05-21 07:00").
      for (std::string_view w : {"to ", "until ", "till ", "bis ", "tot ", "al ", "hasta ", "έως ",
                                 "~", "–", "—", "- ", "→"}) {
        if (to == std::string::npos || rest.compare(to, w.size(), w) != 0) continue;
        const size_t from = d->end + to + w.size();
        if (std::optional<LabDate> end = FindLabDate(after.substr(from), order);
            end && end->begin <= 2) {
          // Days apart ("Filter: All tests · Collected 2024-Jul-01 to 2024-Oct-21"): the
          // range of a search, no collection's period; no date of any result.
          if (end->date - d->date > kLongestCollectionDays) {
            d.reset();
          } else {
            d = end;
          }
        }
        break;
      }
    }
    // A date before the label, which gives only the time ("dinsdag 25 juni 2024 | Afname
    // 08:41 · bloed": a portal's group banner).
    if (!d && k == 0) {
      d = DateBeforeLabel(std::string_view(text).substr(0, l.begin), after, order);
    }
    // A row of labels over a row of dates ("Date Collected  Date Received" / "03/05/2024 ...").
    if (!d && TrimSpaces(after).size() <= 1 && below != nullptr) {
      d = DateBelow(line, *below, l, labels.size(), order);
    }
    if (d) out.emplace_back(*d, l.generic);
  }
  return out;
}

namespace {

// True when line i is a test's row with a number ("Creatinine | 1.08 mg/dL", or after an
// abbreviation: "Creatinine | CREA | 248").
bool NamedNumberRow(const Line& l) {
  // A row's number before its name ("1 | 白细胞计数(WBC) | 5.28 | 10^9/L"): the name follows.
  const size_t at = l.cells.size() >= 3 && IsRowNumber(l.cells[0].text) ? 1 : 0;
  if (l.cells.size() < at + 2) return false;
  const TestName n = MatchTestName(l.cells[at].text, Specimen::kUnknown);
  const bool named = n.match == TestName::Match::kExact || n.match == TestName::Match::kLoose ||
                     n.match == TestName::Match::kIgnored;
  std::optional<LabValue> v = ParseLabValue(l.cells[at + 1].text);
  if (!v && l.cells.size() > at + 2 && l.cells[at + 1].text.size() <= 6) {
    v = ParseLabValue(l.cells[at + 2].text);
  }
  return named && v && v->kind == LabValue::Kind::kNumber;
}

// A line that gives a reference range only ("Reference range: 135 - 175", "Ref.: 0,5 - 0,9").
bool IsReferenceLine(const Line& l) {
  if (l.cells.size() != 1) return false;
  const std::string t = AsciiLower(TrimSpaces(l.cells[0].text));
  for (std::string_view w :
       {"reference", "ref.", "ref:", "ref ", "normal range", "standard range"}) {
    if (t.starts_with(w)) return true;
  }
  return ParseLabRange(t).has_value();
}

// The word "Result" before a card's value ("Result | 122 g/L").
bool IsResultWord(std::string_view text) {
  std::string t = AsciiLower(TrimSpaces(text));
  while (!t.empty() && t.back() == ':') t.pop_back();
  for (std::string_view w : {"result", "value", "resultado", "ergebnis", "risultato", "valor"}) {
    if (t == w) return true;
  }
  return false;
}

// True when line i is a test's name alone or with its status, its result first on the next line
// or after "Result" ("M-Spike (SPEP)" / "0.42 g/dL"; "Hemoglobin | Final" / "Result | 122 g/L"):
// a portal card's name and value.
bool NameOverNumber(const std::vector<Line>& lines, size_t i) {
  if (i + 1 >= lines.size() || lines[i + 1].page != lines[i].page || lines[i + 1].cells.empty()) {
    return false;
  }
  const std::vector<Cell>& name = lines[i].cells;
  if (name.size() != 1 && !(name.size() == 2 && IsCardStatus(name[1].text))) return false;
  const TestName n = MatchTestName(name[0].text, Specimen::kUnknown);
  if (n.match != TestName::Match::kExact && n.match != TestName::Match::kIgnored) return false;
  const std::vector<Cell>& value = lines[i + 1].cells;
  const size_t at = value.size() >= 2 && IsResultWord(value[0].text) ? 1 : 0;
  const std::optional<LabValue> v = ParseLabValue(value[at].text);
  return v && v->kind == LabValue::Kind::kNumber;
}

}  // namespace

bool LabelsCloseTheirBlocks(const std::vector<Line>& lines, const std::vector<bool>& labelled) {
  if (std::count(labelled.begin(), labelled.end(), true) < 2) return false;
  const size_t first_label =
      static_cast<size_t>(std::find(labelled.begin(), labelled.end(), true) - labelled.begin());
  bool rows_first = false;
  for (size_t i = 0; i < first_label && !rows_first; ++i) {
    rows_first = NamedNumberRow(lines[i]) || NameOverNumber(lines, i);
  }
  if (!rows_first) return false;
  // A page that starts with the end of a card begun on the page before (a photo of page 3 of a
  // portal printout) also has rows before its first label; there the labels head the rows below
  // them, which a label that closes its panel does not.
  int heads = 0, closes = 0, card_heads = 0, card_closes = 0;
  for (size_t j = 0; j < lines.size(); ++j) {
    if (!labelled[j]) continue;
    for (size_t k = j + 1; k < lines.size() && k <= j + 3 && lines[k].page == lines[j].page; ++k) {
      if (NamedNumberRow(lines[k])) {
        ++heads;
        break;
      }
    }
    // A row just above, or above its reference line ("M-Protein | 5.0 g/L" / "Reference range:
    // Not detected" / "Collected: ..."); not above a section's title.
    for (size_t k = j; k-- > 0 && k + 3 >= j && lines[k].page == lines[j].page && !labelled[k];) {
      if (NamedNumberRow(lines[k])) {
        ++closes;
        break;
      }
      if (!IsReferenceLine(lines[k])) break;
    }
    // Cards with the name over the value: a label closes a card whose name is above it, after
    // the label before (name, value, reference, label; a panel card's several rows), and heads
    // one right below it.
    const auto card_at = [&](size_t k) {
      return lines[k].page == lines[j].page && NameOverNumber(lines, k);
    };
    for (size_t k = j; k-- > 0 && k + kLongestCard >= j && !labelled[k];) {
      if (k + 2 <= j && card_at(k)) {
        ++card_closes;
        break;
      }
    }
    card_heads +=
        (j + 1 < lines.size() && card_at(j + 1)) || (j + 2 < lines.size() && card_at(j + 2));
  }
  // A tie between cards that close and cards that head is a heading layout's (label, name,
  // value, reference, label): only more closing than heading decides.
  return closes >= heads && (card_closes + card_heads == 0 || card_closes > card_heads);
}

bool UnreadCollectionDate(const Line& line, DateOrder order) {
  const std::string text = line.Text();
  const std::vector<Label> labels = FindLabels(LowerKeepingOffsets(text));
  for (size_t k = 0; k < labels.size(); ++k) {
    if (!labels[k].collection || labels[k].generic) continue;
    std::string_view after = TrimSpaces(TextAfterLabel(text, labels, k));
    while (after.starts_with(":")) after = TrimSpaces(after.substr(1));
    std::string_view token = after.substr(0, after.find(' '));
    // A date run into the next label ("07/02/2024Data de recepção") is read, not garbled.
    for (size_t c = 1; c < token.size(); ++c) {
      if (std::isdigit(static_cast<unsigned char>(token[c - 1])) &&
          std::isalpha(static_cast<unsigned char>(token[c]))) {
        token = token.substr(0, c);
        break;
      }
    }
    // Garbled only when no other reading of the line's labels finds a date.
    if (LooksLikeGarbledDate(token)) return CollectionLabelDates(line, nullptr, order).empty();
  }
  return false;
}

std::optional<LabDate> CollectionDateUnder(const Line& line, const Box& card, DateOrder order) {
  std::optional<LabDate> best;
  double best_overlap = 0;
  bool differ = false;
  std::optional<Date> first;
  for (const Cell& c : line.cells) {
    const std::string lower = AsciiLower(c.text);
    const std::vector<Label> labels = FindLabels(lower);
    if (labels.empty() || !labels.front().collection || labels.front().begin != 0) continue;
    const std::optional<LabDate> d = FindLabDate(lower.substr(labels.front().end), order);
    if (!d || d->begin > 6) continue;
    differ |= first && *first != d->date;
    if (!first) first = d->date;
    if (const double overlap = c.box.XOverlap(card); overlap > best_overlap) {
      best_overlap = overlap;
      best = d;
    }
  }
  return differ ? best : std::nullopt;
}

bool LabelsAnotherDate(const Line& line, const Date& date, DateOrder order) {
  for (const auto& [d, generic] : CollectionLabelDates(line, nullptr, order)) {
    if (d.date != date) return true;
  }
  return false;
}

bool IsCardStatus(std::string_view text) {
  const std::string t = AsciiLower(TrimSpaces(text));
  for (std::string_view w : {"final", "pending", "preliminary", "corrected", "amended", "completed",
                             "resulted", "in progress"}) {
    if (t == w) return true;
  }
  return false;
}

}  // namespace oncoguide::import::internal
