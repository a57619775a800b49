#include "oncoguide/import/layout.h"

#include <algorithm>
#include <cmath>

namespace oncoguide {

void Box::Cover(const Box& b) {
  x0 = std::min(x0, b.x0);
  y0 = std::min(y0, b.y0);
  x1 = std::max(x1, b.x1);
  y1 = std::max(y1, b.y1);
}

double Box::XOverlap(const Box& b) const {
  return std::max(0.0, std::min(x1, b.x1) - std::max(x0, b.x0));
}

std::string Line::Text() const {
  std::string out;
  for (const Cell& c : cells) {
    if (!out.empty()) out += "  ";
    out += c.text;
  }
  return out;
}

namespace {

bool Finite(const Box& b) {
  return std::isfinite(b.x0) && std::isfinite(b.x1) && std::isfinite(b.y0) &&
         std::isfinite(b.y1) && b.x1 >= b.x0 && b.y1 >= b.y0;
}

// Splits the words of one line (sorted by x) into cells at gaps wider than the threshold.
std::vector<Cell> CellsOf(std::vector<const Word*>& words) {
  std::sort(words.begin(), words.end(),
            [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  std::vector<double> heights;
  for (const Word* w : words) heights.push_back(w->box.height());
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const double h = std::max(1.0, heights[heights.size() / 2]);
  // Inter-word spaces are about a quarter to a third of the font size; column gaps are wider.
  const double gap = 0.8 * h;
  std::vector<Cell> cells;
  double last_x1 = -1e300;
  for (const Word* w : words) {
    if (cells.empty() || w->box.x0 - last_x1 > gap) {
      cells.push_back(Cell{w->text, w->box, w->confidence});
    } else {
      Cell& c = cells.back();
      c.text += ' ';
      c.text += w->text;
      c.box.Cover(w->box);
      c.confidence = std::min(c.confidence, w->confidence);
    }
    last_x1 = std::max(last_x1, w->box.x1);
  }
  return cells;
}

}  // namespace

std::vector<Line> BuildLines(const Page& page) {
  std::vector<const Word*> words;
  words.reserve(page.words.size());
  for (const Word& w : page.words) {
    if (!w.text.empty() && Finite(w.box)) words.push_back(&w);
  }
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
    return a->box.cy() < b->box.cy() || (a->box.cy() == b->box.cy() && a->box.x0 < b->box.x0);
  });
  // Greedy clustering by vertical centre: a word joins the current line when its centre lies
  // within the line's band (half the smaller height around the line's centre).
  std::vector<std::vector<const Word*>> groups;
  std::vector<Box> bands;
  for (const Word* w : words) {
    if (!groups.empty()) {
      const Box& band = bands.back();
      const double tol = 0.5 * std::min(band.height(), w->box.height());
      if (std::abs(w->box.cy() - band.cy()) <= std::max(tol, 0.5)) {
        groups.back().push_back(w);
        bands.back().Cover(w->box);
        continue;
      }
    }
    groups.push_back({w});
    bands.push_back(w->box);
  }
  std::vector<Line> lines;
  lines.reserve(groups.size());
  for (size_t i = 0; i < groups.size(); ++i) {
    Line line;
    line.page = page.number;
    line.box = bands[i];
    line.cells = CellsOf(groups[i]);
    lines.push_back(std::move(line));
  }
  return lines;
}

namespace {

// Whether any cell of `line` crosses x = g.
bool Crosses(const Line& line, double g) {
  for (const Cell& c : line.cells) {
    if (c.box.x0 < g && c.box.x1 > g) return true;
  }
  return false;
}

// A gutter position: the middle of the widest x range in the central part of the page that no
// cell of the non-crossing lines touches, or a negative value when there is none.
double FindGutter(const std::vector<Line>& lines, double width) {
  if (width <= 0) return -1;
  const int bins = 200;
  std::vector<int> hits(bins, 0);
  for (const Line& l : lines) {
    for (const Cell& c : l.cells) {
      int a = std::clamp(static_cast<int>(c.box.x0 / width * bins), 0, bins - 1);
      int b = std::clamp(static_cast<int>(c.box.x1 / width * bins), 0, bins - 1);
      for (int i = a; i <= b; ++i) ++hits[i];
    }
  }
  // Allow a few crossing lines (titles, footers): a bin is "free" when touched by few lines.
  const int allowed = std::max(1, static_cast<int>(lines.size() / 8));
  int best_len = 0, best_mid = -1, run = 0;
  for (int i = bins * 3 / 10; i <= bins * 7 / 10; ++i) {
    run = hits[i] <= allowed ? run + 1 : 0;
    if (run > best_len) {
      best_len = run;
      best_mid = i - run / 2;
    }
  }
  if (best_len < 3) return -1;  // at least 1.5% of the page width
  return (best_mid + 0.5) * width / bins;
}

}  // namespace

std::vector<Line> ReadingOrder(std::vector<Line> lines, double page_width,
                               const std::function<bool(std::string_view)>& is_row_start) {
  const double g = FindGutter(lines, page_width);
  if (g < 0) return lines;
  int left_rows = 0, right_rows = 0;
  for (const Line& l : lines) {
    if (Crosses(l, g)) continue;
    bool left_seen = false, right_seen = false;
    for (const Cell& c : l.cells) {
      const bool left = c.box.x1 <= g;
      if (left && !left_seen) {
        left_seen = true;
        if (is_row_start(c.text)) ++left_rows;
      } else if (!left && !right_seen) {
        right_seen = true;
        if (is_row_start(c.text)) ++right_rows;
      }
    }
  }
  if (left_rows < 2 || right_rows < 2) return lines;
  std::vector<Line> out, right_run;
  auto flush = [&] {
    for (Line& r : right_run) out.push_back(std::move(r));
    right_run.clear();
  };
  for (Line& l : lines) {
    if (Crosses(l, g)) {
      flush();
      out.push_back(std::move(l));
      continue;
    }
    Line left, right;
    left.page = right.page = l.page;
    for (Cell& c : l.cells) {
      Line& side = c.box.x1 <= g ? left : right;
      if (side.cells.empty()) side.box = c.box;
      side.box.Cover(c.box);
      side.cells.push_back(std::move(c));
    }
    if (!left.cells.empty()) out.push_back(std::move(left));
    if (!right.cells.empty()) right_run.push_back(std::move(right));
  }
  flush();
  return out;
}

}  // namespace oncoguide
