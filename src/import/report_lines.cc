// A page's lines as the readers take them (report_lines.h): built from the words, in reading
// order, list bullets and row numbers cut and side-by-side name/result pairs split.
#include "report_lines.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cell_text.h"
#include "label_dates.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide::import::internal {
namespace {

// A list item's bullet ("- Kappa: 85.3 mg/L", "• Hemoglobin 11.8 g/dL") is not part of the
// test's name: it is cut from the line's first cell.
void StripBullet(Line* line) {
  if (line->cells.empty()) return;
  std::string& t = line->cells.front().text;
  for (std::string_view b : {"- ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "* ", "\xC2\xB7 "}) {
    if (t.size() > b.size() + 1 && t.starts_with(b) &&
        std::isalpha(static_cast<unsigned char>(t[b.size()]))) {
      t.erase(0, b.size());
      return;
    }
  }
}

// A line of name and result pairs side by side ("Hb | 118 g/L | eGFR | 68 mL/min | Paraprotein
// | 4.1 g/L", a clinic letter's grid of results) as one line per pair; any other line whole.
std::vector<Line> SplitPairs(Line line) {
  const std::vector<Cell>& c = line.cells;
  bool pairs = c.size() >= 4 && c.size() % 2 == 0;
  for (size_t k = 0; pairs && k < c.size(); k += 2) {
    const TestName::Match m = MatchTestName(c[k].text, Specimen::kUnknown).match;
    const std::optional<LabValue> v = ParseLabValue(c[k + 1].text);
    pairs = m != TestName::Match::kNone && !ParseLabValue(c[k].text) && v &&
            v->kind == LabValue::Kind::kNumber;
  }
  if (!pairs) return {std::move(line)};
  std::vector<Line> out;
  for (size_t k = 0; k < c.size(); k += 2) {
    Line part;
    part.page = line.page;
    part.box = c[k].box;
    part.box.Cover(c[k + 1].box);
    part.cells = {c[k], c[k + 1]};
    out.push_back(std::move(part));
  }
  return out;
}

// Dotted leaders between a name and its result ("Hemoglobina ........ 10,9"): a run of three
// or more dots, ellipses or underscores at the start or end of a cell is cut, and a cell that
// is only a leader is dropped.
void StripLeaders(Line* line) {
  const auto leader = [](std::string_view t, size_t at) -> size_t {
    for (std::string_view mark : {".", "\xE2\x80\xA6", "_", "\xC2\xB7"}) {
      if (t.substr(at, mark.size()) == mark) return mark.size();
    }
    return 0;
  };
  for (Cell& c : line->cells) {
    std::string& t = c.text;
    size_t begin = 0, marks = 0;
    while (begin < t.size()) {
      const size_t n = t[begin] == ' ' ? 1 : leader(t, begin);
      if (n == 0) break;
      marks += t[begin] != ' ';
      begin += n;
    }
    if (marks >= 3) t.erase(0, begin);
    size_t end = t.size();
    marks = 0;
    while (end > 0) {
      size_t n = 0;
      if (t[end - 1] == ' ') {
        n = 1;
      } else {
        for (size_t k = 1; k <= 3 && k <= end && n == 0; ++k) n = leader(t, end - k) == k ? k : 0;
      }
      if (n == 0) break;
      marks += t[end - 1] != ' ';
      end -= n;
    }
    if (marks >= 3) t.resize(end);
  }
  std::erase_if(line->cells, [](const Cell& c) { return c.text.empty(); });
}

// A numbered table's row number ("3 | Hemoglobin | HGB | 78 | g/L") is not part of the row:
// cut when a test's name follows it.
void StripRowNumber(Line* line, const std::function<bool(std::string_view)>& is_name) {
  if (line->cells.size() < 2) return;
  if (line->cells.size() >= 3 && IsRowNumber(line->cells.front().text) &&
      is_name(line->cells[1].text)) {
    line->cells.erase(line->cells.begin());
    return;
  }
  // The number set close to the name, in its cell ("11 肌酐(CREA) | 132 ↑"): the row was read
  // as no row, and dropped without a word.
  std::string& first = line->cells.front().text;
  const size_t space = first.find(' ');
  if (space != std::string::npos && IsRowNumber(std::string_view(first).substr(0, space))) {
    const std::string rest(TrimSpaces(std::string_view(first).substr(space + 1)));
    if (is_name(rest)) first = rest;
  }
}

// On a scanned page, a row's date set a little above its values (a two-line cell, "2024-11-11"
// over "08:21", beside one line of results) is read by its ink as a line of its own just above
// the row's numbers, and the rows lost their dates. The date joins the line below when it stands
// alone at the left, that line's centre lies less than a line's height lower, and the line's
// cells all sit right of the date, the first a number.
std::vector<Line> JoinRowDates(std::vector<Line> lines) {
  std::vector<Line> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (i + 1 < lines.size() && line.cells.size() == 1 && IsDateCell(line.cells[0].text)) {
      Line& next = lines[i + 1];
      const double drop = next.box.cy() - line.box.cy();
      const std::optional<LabValue> first =
          next.cells.empty() ? std::nullopt : ParseLabValue(next.cells[0].text);
      if (next.page == line.page && drop > 0 && drop < line.box.height() &&
          next.cells.size() >= 2 && next.cells[0].box.x0 > line.cells[0].box.x1 && first &&
          first->kind == LabValue::Kind::kNumber) {
        next.cells.insert(next.cells.begin(), line.cells[0]);
        next.box.Cover(line.box);
        continue;
      }
    }
    out.push_back(std::move(line));
  }
  return out;
}

// A box of earlier results set beside a report's table, right of the results: its heading
// ("Resultados anteriores") in the right half of a line, then each test's title and its dated
// results under it, on lines of their own or sharing a y with the table's rows. The box's cells
// are cut from those lines and read after the table, as lines of their own, so the table's rows
// and the box's dates do not mix. The box runs to its last line with a cell right of its left
// edge, before a line crossing that edge, the next box or the next page.
std::vector<Line> SideBoxesAfter(std::vector<Line> lines, double page_width) {
  std::vector<Line> out;
  size_t i = 0;
  while (i < lines.size()) {
    const Line& head = lines[i];
    const auto heading = std::find_if(
        head.cells.begin() + (head.cells.empty() ? 0 : 1), head.cells.end(), [&](const Cell& c) {
          return c.box.x0 > page_width / 2 && IsEarlierResultsHeading(c.text);
        });
    if (heading == head.cells.end()) {
      out.push_back(std::move(lines[i++]));
      continue;
    }
    const double edge = heading->box.x0 - 4;
    size_t last = i;  // the last line of the box
    for (size_t k = i + 1; k < lines.size() && lines[k].page == head.page; ++k) {
      const std::vector<Cell>& cells = lines[k].cells;
      const bool crosses = std::any_of(cells.begin(), cells.end(), [&](const Cell& c) {
        return c.box.x0 < edge && c.box.x1 > edge;
      });
      const bool next_box = std::any_of(cells.begin(), cells.end(), [&](const Cell& c) {
        return c.box.x0 >= edge && IsEarlierResultsHeading(c.text);
      });
      if (crosses || next_box) break;
      if (std::any_of(cells.begin(), cells.end(),
                      [&](const Cell& c) { return c.box.x0 >= edge; })) {
        last = k;
      }
    }
    // Only a box of titles and dated results: a table's "Previous result" column holds values
    // ("9.7 (02/21/2024)") under its header, read in place. Each line's part right of the edge
    // after the heading's line starts with a date or is one title.
    bool titles_only = true, any_date = false;
    for (size_t k = i + 1; k <= last; ++k) {
      const std::vector<Cell>& cells = lines[k].cells;
      const auto first =
          std::find_if(cells.begin(), cells.end(), [&](const Cell& c) { return c.box.x0 >= edge; });
      if (first == cells.end()) continue;
      const bool date = IsDateCell(first->text);
      any_date |= date;
      titles_only &= date || (cells.end() - first == 1 && !ParseLabValue(first->text));
    }
    if (!titles_only || !any_date) {
      for (; i <= last; ++i) out.push_back(std::move(lines[i]));
      continue;
    }
    std::vector<Line> box;
    for (size_t k = i; k <= last; ++k) {
      auto [left, right] =
          SplitLine(std::move(lines[k]), [&](const Cell& c) { return c.box.x0 < edge; });
      if (!left.cells.empty()) out.push_back(std::move(left));
      if (!right.cells.empty()) box.push_back(std::move(right));
    }
    for (Line& b : box) out.push_back(std::move(b));
    i = last + 1;
  }
  return out;
}

// Drops a page's number set at the end of a line of two or more cells ("SERUM PROTEIN STUDIES
// AND CHEMISTRY | Page 2 of 2", "Página 1 de 3"): it is never a result, and beside a section's
// title it hid the title (the specimen a heading names is read from a line of one cell).
void StripPageNumber(Line* line) {
  if (line->cells.size() < 2) return;
  const std::string t = FoldLatin(line->cells.back().text);
  for (std::string_view w : {"page ", "pagina ", "seite ", "sida ", "side ", "strona "}) {
    if (t.starts_with(w) && t.size() > w.size() &&
        std::isdigit(static_cast<unsigned char>(t[w.size()])) &&
        (t.find(" of ") != std::string::npos || t.find(" de ") != std::string::npos ||
         t.find(" von ") != std::string::npos || t.find(" av ") != std::string::npos ||
         t.find(" af ") != std::string::npos || t.find(" z ") != std::string::npos ||
         t.find('/') != std::string::npos)) {
      line->cells.pop_back();
      return;
    }
  }
}

// What OCR makes of a flag arrow printed after a value ("9,2 ↓" read as "9,2 J", "162 ↑" as
// "162 T"): letters and marks no report writes after a number.
constexpr std::string_view kArrowReadings[] = {"J", "j", "T", "t",  "Tt", "TT", "Tf", "tT",
                                               "!", "|", "I", "Li", "Lt", "f",  "1"};

// On a scan, each arrow reading right after a number, in its cell or as a cell of its own, is
// taken for a flag ("(*)"), and the cell for review (its confidence lowered below
// kReviewConfidence): the reading may be a digit after all ("9,2 1" for "9,21").
constexpr float kArrowConfidence = 0.6f;

void FlagOcrArrows(Line* line) {
  Cell* number = nullptr;  // the cell of the number just before, if any
  for (Cell& c : line->cells) {
    std::vector<std::string> words = SplitOnSpaces(c.text);
    bool changed = false;
    for (std::string& w : words) {
      const bool arrow = std::find(std::begin(kArrowReadings), std::end(kArrowReadings), w) !=
                         std::end(kArrowReadings);
      if (arrow && number != nullptr) {
        w = "(*)";
        changed = true;
        number->confidence = std::min(number->confidence, kArrowConfidence);
      }
      const std::optional<LabValue> v = ParseLabValue(w);
      number = v && v->kind == LabValue::Kind::kNumber && !arrow ? &c : nullptr;
    }
    if (!changed) continue;
    c.text.clear();
    for (const std::string& w : words) c.text += (c.text.empty() ? "" : " ") + w;
    c.confidence = std::min(c.confidence, kArrowConfidence);
  }
}

// Marks a scan leaves of a card's border or of dust: cells of these characters alone ("|" at
// the left edge of a portal card, "." beside a date), and one of them ending a cell ("g/dl -").
bool NoiseMark(std::string_view w) {
  // A long dash counts as one mark ("_—_", a rule's end read on a phone photo).
  std::string marks(w);
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93"}) {
    for (size_t at = marks.find(dash); at != std::string::npos; at = marks.find(dash, at + 1)) {
      marks.replace(at, dash.size(), "-");
    }
  }
  return !marks.empty() && marks.size() <= 3 &&
         marks.find_first_not_of("|.,:;'`\"_~-") == std::string::npos;
}

void DropOcrNoise(Line* line) {
  std::erase_if(line->cells, [](const Cell& c) {
    // Dashes alone may say "not done" ("-", "--", "---", "—").
    return NoiseMark(c.text) && c.text.find_first_of("|.,:;'`\"_~") != std::string::npos;
  });
  for (Cell& c : line->cells) {
    const size_t space = c.text.rfind(' ');
    if (space != std::string::npos && NoiseMark(std::string_view(c.text).substr(space + 1))) {
      c.text.resize(space);
    }
    // Before a title too ("_—_ Ref Range"), unless it is dashes alone (a result "not done").
    const size_t first = c.text.find(' ');
    const std::string_view lead = std::string_view(c.text).substr(0, first);
    if (first != std::string::npos && NoiseMark(lead) &&
        lead.find_first_of("|.,:;'`\"_~") != std::string_view::npos) {
      c.text.erase(0, first + 1);
    }
  }
}

}  // namespace

std::vector<Line> ReportLines(const Page& page) {
  std::vector<Line> lines = BuildLines(page);
  const auto is_name = [](std::string_view t) {
    const TestName n = MatchTestName(t, Specimen::kUnknown);
    return n.match == TestName::Match::kExact || n.match == TestName::Match::kLoose;
  };
  if (page.ocr) lines = JoinRowDates(std::move(lines));
  lines = SideBoxesAfter(std::move(lines), page.width);
  // One collection label with its date ends a block of the page: the cards below it are of that
  // date. Two on a line ("Collected: 2024-03-19 | Collected: 2024-02-20") head two columns, each
  // its own; a column's title ("Collection date | Result") dates nothing.
  const auto labels_collection = [](const Line& l) {
    return internal::CollectionLabelDates(l, nullptr, DateOrder::kUnknown).size() == 1;
  };
  lines = ReadingOrder(std::move(lines), page.width, is_name, labels_collection);
  std::vector<Line> out;
  for (Line& l : lines) {
    StripLeaders(&l);
    if (l.cells.empty()) continue;
    if (page.ocr) {
      FlagOcrArrows(&l);
      DropOcrNoise(&l);
      if (l.cells.empty()) continue;
    }
    StripBullet(&l);
    StripRowNumber(&l, is_name);
    StripPageNumber(&l);
    for (Line& part : SplitPairs(std::move(l))) out.push_back(std::move(part));
  }
  return out;
}

namespace {

// The end of the date that starts `cell` (its words `words`), with the date's time when more
// follows ("2024-10-01 08:15 AV24-275-0033": 16); 0 when the cell starts with no date and more.
size_t DateEndAtStart(std::string_view cell, const std::vector<std::string>& words) {
  if (words.size() < 2 || !IsDateCell(words[0])) return 0;
  const size_t date_end = cell.find(words[0]) + words[0].size();
  if (words.size() >= 3 && IsDateCell(words[0] + " " + words[1])) {  // its time
    return cell.find(words[1], date_end) + words[1].size();
  }
  return date_end;
}

}  // namespace

bool RowDateCell(std::string_view cell) {
  if (IsDateCell(cell)) return true;
  const std::vector<std::string> words = SplitOnSpaces(cell);
  const size_t end = words.size() > 3 ? 0 : DateEndAtStart(cell, words);
  if (end == 0) return false;
  // The request number: one word of letters, digits and dashes, with a digit and at least one
  // letter or dash, and no result ("AV24-275-0033", "24-0108-0317"; not "12.4" or "118").
  const std::string_view id = TrimSpaces(cell.substr(end));
  const bool id_chars = std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
  });
  const bool digit = std::any_of(
      id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  const bool other = std::any_of(id.begin(), id.end(), [](char c) {
    return c == '-' || std::isalpha(static_cast<unsigned char>(c));
  });
  return id.size() >= 6 && id_chars && digit && other && !IsDateCell(id);
}

size_t LeadingRowDate(std::string_view cell) {
  const size_t end = DateEndAtStart(cell, SplitOnSpaces(cell));
  if (end == 0) return 0;
  // The rest is one result: a number, or a word for none ("NO SE DETECTA"), never a date.
  const std::string_view rest = TrimSpaces(cell.substr(end));
  const std::optional<LabValue> v = ParseLabValue(rest);
  if (rest.empty() || !v || IsDateCell(rest) || FindLabDate(rest, DateOrder::kUnknown)) return 0;
  return end;
}

size_t DateBeforeLabel(std::string_view cell) {
  const std::vector<std::string> words = SplitOnSpaces(cell);
  const size_t end = words.size() > 4 ? 0 : DateEndAtStart(cell, words);
  if (end == 0) return 0;
  const std::string_view rest = TrimSpaces(cell.substr(end));
  if (rest.empty() || ParseLabValue(rest) || FindLabDate(rest, DateOrder::kUnknown)) return 0;
  return end;
}

bool DatedRowOfNumbers(const Line& line) {
  if (line.cells.size() < 2) return false;
  // A date cell before two results or more, or a date run into the first result.
  const bool leading = LeadingRowDate(line.cells[0].text) > 0;
  // Or a date with its visit's label ("09/26/2024 M4 (R) | 12.4 | 178 1.22 H"), perhaps before
  // results run together into one cell ("11/22/2023 C1D1 | 8.4 L 118 L 2.31 H").
  const bool visit = !leading && DateBeforeLabel(line.cells[0].text) > 0;
  if (!leading && !visit && (line.cells.size() < 3 || !RowDateCell(line.cells[0].text))) {
    return false;
  }
  for (size_t k = 1; k < line.cells.size(); ++k) {
    const std::string& t = line.cells[k].text;
    const std::optional<LabValue> v = ParseLabValue(visit ? t.substr(0, t.find(' ')) : t);
    if (v && v->kind == LabValue::Kind::kNumber) return true;
  }
  return false;
}

}  // namespace oncoguide::import::internal
