// The order a page's lines are read in (layout.h): a page set in two columns is read column by
// column, lines that run across both (titles, the patient banner, footers) whole.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"

namespace oncoguide::import {

using internal::IsRowNumber;

namespace {

// Whether any cell of `line` crosses x = g.
bool Crosses(const Line& line, double g) {
  for (const Cell& c : line.cells) {
    if (c.box.x0 < g && c.box.x1 > g) return true;
  }
  return false;
}

// True when `text` is a short number ("1140", "8.6", "<0.10"): a table cell, never the start of
// a row of its own.
bool NumberCell(std::string_view text) {
  if (text.empty() || text.size() > 12) return false;
  const char c = text.front();
  return (c >= '0' && c <= '9') || c == '<' || c == '>';
}

// True when `text` starts with a letter (Latin, Greek, Cyrillic, or a CJK or Hangul character,
// not an arrow or another sign) and is neither a value nor a unit: a name.
bool NameCell(std::string_view text) {
  if (text.empty()) return false;
  const auto f = static_cast<unsigned char>(text.front());
  const bool letter = std::isalpha(f) != 0 || (f >= 0xC3 && f <= 0xD4) || (f >= 0xE3 && f <= 0xED);
  return letter && !ParseLabValue(text) && !internal::IsUnitText(text);
}

// True when `text` is a row's number and its name in one cell ("11 钾(K)", "12 乳酸脱氢酶(LDH)":
// a Chinese sheet's second table beside the first, set without a wide gap after the number):
// a test's name, or a name with Chinese, Japanese or Korean characters. Not a result and its flag
// ("32 L", "120 Normal").
bool NumberedName(std::string_view text, const std::function<bool(std::string_view)>& is_name) {
  const size_t space = text.find(' ');
  if (space == std::string_view::npos || !IsRowNumber(text.substr(0, space))) return false;
  const std::string_view name = TrimSpaces(text.substr(space + 1));
  const bool cjk = std::any_of(name.begin(), name.end(), [](char ch) {
    const auto u = static_cast<unsigned char>(ch);
    return u >= 0xE3 && u <= 0xED;  // the lead byte of a CJK, kana or Hangul character
  });
  return is_name(name) || (cjk && NameCell(name));
}

// True when `text` ends in a unit in parentheses ("Free kappa (mg/L)"): a column title.
bool UnitTitle(std::string_view text) {
  const size_t open = text.rfind('(');
  return open != std::string_view::npos && open > 0 && text.back() == ')' &&
         text.find('/', open) != std::string_view::npos;
}

// A table row or header that runs across x = g ("18/01/2024 | 32.0 | 1140 | 8.6"): two or more
// cells left of it and a number first right of it, one name left of it and two or more cells
// right of it the first a number, or titles with units on both sides. Such a line
// is one row, not two columns, and ends a run as a line crossing x does. A numbered row of a second
// table set beside the first ("1 | White blood cells | ... | 15 | Urea | ..."): the number right of
// g starts a row there, so the line is not one row across.
bool TableRowAcross(const Line& line, double g,
                    const std::function<bool(std::string_view)>& is_row_start) {
  int left = 0, right = 0, titled = 0;
  bool number_first = false;  // the first cell right of g is a number
  const Cell* first_right = nullptr;
  for (const Cell& c : line.cells) {
    if (c.box.x1 <= g) {
      ++left;
      continue;
    }
    if (right++ == 0) {
      if (NumberedName(c.text, is_row_start)) return false;
      number_first = NumberCell(c.text);
      first_right = &c;
    } else if (right == 2 && IsRowNumber(first_right->text) && is_row_start(c.text)) {
      return false;
    }
    titled += UnitTitle(c.text);
  }
  // Not two cards side by side, each line of one mirrored in the other: their results ("104 g/L
  // | 120 - 160 g/L | 141 x10^9/L | ...", "7,1 | mmol/L | Laag | 4,2 | 10^9/L") or their earlier
  // results ("6 feb. 2024 | 6,8 | mmol/L | 6 feb. 2024 | 3,9 | 10^9/L"). A row across starts
  // with a name, or with a date followed by results only; a line of bare numbers or of dates
  // without a year ("11/06 | 11/20 | 12/04") is one row.
  if (left >= 2 && first_right != nullptr) {
    const std::string_view front = line.cells.front().text;
    const bool dates = IsDateCell(front) && IsDateCell(first_right->text);
    // A result with a long unit is a result too ("58 ml/min/1,73m²"), and so is a coded one
    // ("IgA lambda | Ref: - | 33.8 g/L | Ref: 35.5-50.5": an immunofixation card beside one
    // with a number).
    const std::optional<LabValue> parsed = ParseLabValue(front);
    const bool coded =
        parsed && parsed->kind != LabValue::Kind::kNumber && parsed->kind != LabValue::Kind::kNote;
    const bool front_value =
        NumberCell(front) || coded ||
        (!front.empty() && front.front() >= '0' && front.front() <= '9' && parsed);
    const bool values =
        front_value && !IsDateCell(front) && number_first && !IsDateCell(first_right->text);
    const bool worded =
        std::any_of(line.cells.begin() + 1, line.cells.begin() + left, [](const Cell& c) {
          return ParseLabRange(c.text) || std::any_of(c.text.begin(), c.text.end(), [](char ch) {
                   return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
                 });
        });
    if ((dates || values) && worded) return false;
  }
  if (number_first && left >= 2) return true;
  // A flowsheet row whose names are set far left of its values ("Haemoglobin |      94 | 118 |
  // 127 | g/L"): one name, then numbers from x on.
  // Not two cards' results side by side ("6.1 mg/L | 38.4 mg/L | High"): the left one is a number.
  if (number_first && left == 1 && right >= 2 && !NumberCell(line.cells.front().text)) return true;
  // A history table's header ("Date | Paraprotein (g/L) | Free kappa (mg/L) | Hb (g/L)").
  return left >= 2 && right >= 2 && titled == right;
}

// Where a page set in two columns is cut: a vertical gutter at x that no cell of a run of
// consecutive lines crosses, with test rows starting on both sides of it. Lines that cross x
// (titles, the patient banner, footers) end a run and are read whole.
struct Run {
  size_t begin, end;  // lines [begin, end)
  int left_rows, right_rows;
};

// `ends_block` tells each line with a block's date label; `labels_block` is that test, asked of
// a line's part right of x.
std::vector<Run> RunsAt(const std::vector<Line>& lines, double x,
                        const std::function<bool(std::string_view)>& is_row_start,
                        const std::vector<bool>& ends_block,
                        const std::function<bool(const Line&)>& labels_block) {
  std::vector<Run> runs;
  Run cur{0, 0, 0, 0};
  bool open = false;
  size_t last_right = 0;  // the run's last line with a cell right of x
  auto close = [&](size_t at) {
    if (!open) return;
    cur.end = at;
    // A block of the left column only, set well below the run's last line with a right side (a
    // card under a grid of two), is read after the run, not before its right side.
    if (last_right + 1 < at && lines[last_right + 1].box.y0 - lines[last_right].box.y1 >
                                   2.0 * lines[last_right].box.height()) {
      cur.end = last_right + 1;
    }
    if (cur.left_rows >= 2 && cur.right_rows >= 2) runs.push_back(cur);
    open = false;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    // A block's date label starting left of x dates both sides below it. One set in the right
    // column ("Rappel des antériorités (prélèvement du 14/08/2024)") is that column's; one beside
    // a test row of the right column ("Collected: 2024-Oct-15 | eGFR | 62 mL/min") or beside a
    // label of the right column ("Collected: 2024-Oct-15 | Collected: 2024-Oct-15") is the left
    // card's own, under it: neither ends the run.
    // A banner whose date label stands right of x beside a key of its own left of it ("Médico: |
    // Dr. Ruiz | Fecha de extracción: | 05/02/2024") dates both columns below it: it ends the
    // run too, or the left column is read before it under the date of the page before.
    bool block_label = ends_block[i] && !l.cells.empty() && l.cells.front().box.x1 <= x;
    if (block_label) {
      const auto [left, right] = SplitLine(l, [&](const Cell& c) { return c.box.x1 <= x; });
      const auto of_a_row = [&](const Cell& c) {
        const std::optional<LabValue> v = ParseLabValue(c.text);
        return is_row_start(c.text) || (v && v->kind == LabValue::Kind::kNumber);
      };
      const auto no_row = [&](const Line& side) {
        return std::none_of(side.cells.begin(), side.cells.end(), of_a_row);
      };
      const bool banner = no_row(left) && !labels_block(left);
      block_label = no_row(right) && (right.cells.empty() || !labels_block(right) || banner);
    }
    if (block_label || Crosses(l, x) || TableRowAcross(l, x, is_row_start)) {
      close(i);
      continue;
    }
    if (open && l.page != lines[i - 1].page) close(i);
    if (!open) {
      cur = Run{i, i, 0, 0};
      open = true;
      last_right = i;
    }
    bool left_seen = false, right_seen = false;
    bool left_numbered = false, right_numbered = false;  // a row number skipped on that side
    for (const Cell& c : l.cells) {
      const bool left = c.box.x1 <= x;
      bool& numbered = left ? left_numbered : right_numbered;
      if (!(left ? left_seen : right_seen) && !numbered && IsRowNumber(c.text)) {
        numbered = true;
        continue;
      }
      // After a row number, any name starts a row, a test not used too ("1 | WBC | ... | 6 | HGB":
      // two blood-count tables side by side, of which one test is read).
      // So does a number and a name in one cell ("11 钾(K)").
      const bool starts = is_row_start(c.text) || (numbered && NameCell(c.text)) ||
                          NumberedName(c.text, is_row_start);
      if (left && !left_seen) {
        left_seen = true;
        if (starts) ++cur.left_rows;
      } else if (!left && !right_seen) {
        right_seen = true;
        if (starts) ++cur.right_rows;
      }
    }
    if (right_seen) last_right = i;
  }
  close(lines.size());
  return runs;
}

// ReadingOrder, for the whole page or (nested) for one side of a cut: a side is cut again only
// where each part is at least a fifth of the page wide (a grid of three cards a row, not a test's
// name apart from its abbreviation: "18 | Glucose" / "GLU | 5.4 | mmol/L").
std::vector<Line> Order(std::vector<Line> lines, double page_width,
                        const std::function<bool(std::string_view)>& is_row_start,
                        const std::function<bool(const Line&)>& ends_block, bool nested) {
  if (page_width <= 0 || lines.empty()) return lines;
  double left_edge = page_width, right_edge = 0;
  for (const Line& l : lines) {
    for (const Cell& c : l.cells) {
      left_edge = std::min(left_edge, c.box.x0);
      right_edge = std::max(right_edge, c.box.x1);
    }
  }
  const double min_part = nested ? page_width / 5 : 0;
  std::vector<bool> block_ends(lines.size(), false);
  if (ends_block) {
    for (size_t i = 0; i < lines.size(); ++i) block_ends[i] = ends_block(lines[i]);
  }
  // The candidate gutter (30% to 70% of the page width) with the most test rows on its weaker
  // side, over all its runs.
  // On a tie, the gutter with fewer runs: one cut down a grid of cards, not a cut through their
  // ranges that breaks the grid into short runs (more lines in a run is no better: a run that
  // takes in the banner above a two-column table splits its labels from their dates). Then the
  // gutter nearer the middle of the page: down the gap between two columns of cards, not
  // between a card's result and its flag.
  double best_x = -1;
  int best_score = 0;
  std::vector<Run> best_runs;
  for (int step = 30; step <= 70; ++step) {
    const double x = page_width * step / 100.0;
    if (x - left_edge < min_part || right_edge - x < min_part) continue;
    std::vector<Run> runs = RunsAt(lines, x, is_row_start, block_ends, ends_block);
    int score = 0;
    for (const Run& r : runs) score += std::min(r.left_rows, r.right_rows);
    if (score > best_score ||
        (score > 0 && score == best_score &&
         (runs.size() < best_runs.size() ||
          (runs.size() == best_runs.size() &&
           std::abs(x - page_width / 2) < std::abs(best_x - page_width / 2))))) {
      best_score = score;
      best_x = x;
      best_runs = std::move(runs);
    }
  }
  if (best_x < 0) return lines;
  std::vector<Line> out;
  size_t next = 0;
  for (const Run& run : best_runs) {
    for (; next < run.begin; ++next) out.push_back(std::move(lines[next]));
    std::vector<Line> left_side, right_side;
    for (size_t i = run.begin; i < run.end; ++i) {
      auto [left, right] =
          SplitLine(std::move(lines[i]), [&](const Cell& c) { return c.box.x1 <= best_x; });
      // The right table's row number, set just left of the gutter and nearer the right part's
      // first word than its own row's last cell ("... | 130-175 |    17 | Uric acid | ..."),
      // starts the right part.
      const size_t nl = left.cells.size();
      if (nl > 1 && !right.cells.empty() && IsRowNumber(left.cells.back().text) &&
          !NumberCell(right.cells.front().text) &&
          right.cells.front().box.x0 - left.cells.back().box.x1 <
              left.cells.back().box.x0 - left.cells[nl - 2].box.x1) {
        right.cells.insert(right.cells.begin(), std::move(left.cells.back()));
        left.cells.pop_back();
        right.box.Cover(right.cells.front().box);
        left.box = left.cells.front().box;
        for (const Cell& c : left.cells) left.box.Cover(c.box);
      }
      if (!left.cells.empty()) left_side.push_back(std::move(left));
      if (!right.cells.empty()) right_side.push_back(std::move(right));
    }
    // Each side may itself be set in columns (a grid of three cards a row, cut between the first
    // and the second): it is read in its own order.
    for (std::vector<Line>* side : {&left_side, &right_side}) {
      for (Line& l : Order(std::move(*side), page_width, is_row_start, ends_block, true)) {
        out.push_back(std::move(l));
      }
    }
    next = run.end;
  }
  for (; next < lines.size(); ++next) out.push_back(std::move(lines[next]));
  return out;
}

}  // namespace

std::vector<Line> ReadingOrder(std::vector<Line> lines, double page_width,
                               const std::function<bool(std::string_view)>& is_row_start,
                               const std::function<bool(const Line&)>& ends_block) {
  return Order(std::move(lines), page_width, is_row_start, ends_block, false);
}

}  // namespace oncoguide::import
