#include "oncoguide/import/layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "oncoguide/common/text.h"

namespace oncoguide::import {

void Box::Cover(const Box& b) {
  x0 = std::min(x0, b.x0);
  y0 = std::min(y0, b.y0);
  x1 = std::max(x1, b.x1);
  y1 = std::max(y1, b.y1);
}

double Box::XOverlap(const Box& b) const {
  return std::max(0.0, std::min(x1, b.x1) - std::max(x0, b.x0));
}

double Box::XGap(const Box& b) const { return std::max(b.x0 - x1, x0 - b.x1); }

std::string Line::Text() const {
  std::string out;
  for (const Cell& c : cells) {
    if (!out.empty()) out += "  ";
    out += c.text;
  }
  return out;
}

std::pair<Line, Line> SplitLine(Line line, const std::function<bool(const Cell&)>& on_left) {
  Line left, right;
  left.page = right.page = line.page;
  for (Cell& c : line.cells) {
    Line& side = on_left(c) ? left : right;
    if (side.cells.empty()) side.box = c.box;
    side.box.Cover(c.box);
    side.cells.push_back(std::move(c));
  }
  return {std::move(left), std::move(right)};
}

namespace {

// Characters (UTF-8 code points) in text[0, end).
size_t CodePoints(std::string_view text, size_t end) {
  size_t n = 0;
  for (size_t i = 0; i < end && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

Box PartBox(const Cell& cell, size_t begin, size_t end) {
  const std::string_view t = cell.text;
  const double total = static_cast<double>(std::max<size_t>(1, CodePoints(t, t.size())));
  const double w = cell.box.width();
  Box b = cell.box;
  b.x0 = cell.box.x0 + w * static_cast<double>(CodePoints(t, begin)) / total;
  b.x1 = cell.box.x0 + w * static_cast<double>(CodePoints(t, end)) / total;
  return b;
}

namespace {

bool Finite(const Box& b) {
  return std::isfinite(b.x0) && std::isfinite(b.x1) && std::isfinite(b.y0) && std::isfinite(b.y1) &&
         b.x1 >= b.x0 && b.y1 >= b.y0;
}

// True for an OCR word made only of marks that are never a result or a label ("_", "|", "~",
// "—", quotes): specks and rule ends read as text.
bool OcrSpeck(const Word& w) {
  if (w.confidence >= 1.0f) return false;
  static constexpr std::string_view kMarks[] = {
      "_", "|", "~", "`", "\u2014", "\u2013", "\u2018", "\u2019", "\u201c", "\u201d", "\u00b0"};
  std::string_view t = w.text;
  while (!t.empty()) {
    bool found = false;
    for (std::string_view m : kMarks) {
      if (t.starts_with(m)) {
        t.remove_prefix(m.size());
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// True when `next` is the rest of a unit whose slash a font set apart from its first part
// ("mg" + "/dL", as some CJK fonts space a Latin slash): the two are one word, "mg/dL".
bool SlashGlued(std::string_view cell, std::string_view next) {
  if (next.size() < 2 || next[0] != '/' || std::isalpha(static_cast<unsigned char>(next[1])) == 0) {
    return false;
  }
  const size_t space = cell.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? cell : cell.substr(space + 1);
  return !last.empty() && last.size() <= 5 &&
         std::none_of(last.begin(), last.end(), [](char c) { return c == '/' || c == '('; });
}

bool CjkLetter(unsigned cp) {
  return (cp >= 0x3041 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

// True when `next` goes on a Chinese, Japanese or Korean word with no space: OCR sets one
// between each few characters ("クレ ア チ ニ ン"), which the text has none of.
bool CjkGlued(std::string_view cell, std::string_view next) {
  return cell.size() >= 3 && CjkLetter(ThreeByteCodePoint(cell, cell.size() - 3)) &&
         CjkLetter(ThreeByteCodePoint(next, 0));
}

// Splits the words of one line (sorted by x) into cells at gaps wider than the threshold. An
// OCR speck joins the cell it touches but never bridges a gap: "04/01/2024 _ Ref Range" is a
// date column and a range column, not one cell.
std::vector<Cell> CellsOf(std::vector<const Word*>& words, bool ocr) {
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
    // A one-word qualifier in parentheses after its word ("Calcium (adjusted)"): OCR boxes its
    // brackets wider than the letters, so the space before it may look wider than a word space.
    const bool qualifier = !cells.empty() && w->text.size() > 2 && w->text.starts_with('(') &&
                           w->text.ends_with(')') &&
                           w->text.find_first_of("0123456789") == std::string::npos &&
                           std::isalpha(static_cast<unsigned char>(cells.back().text.back())) &&
                           w->box.x0 - last_x1 <= 1.3 * h;
    if (cells.empty() || (w->box.x0 - last_x1 > gap && !qualifier)) {
      cells.push_back(Cell{w->text, w->box, w->confidence});
    } else {
      Cell& c = cells.back();
      if (!SlashGlued(c.text, w->text) && !(ocr && CjkGlued(c.text, w->text))) c.text += ' ';
      c.text += w->text;
      c.box.Cover(w->box);
      c.confidence = std::min(c.confidence, w->confidence);
    }
    if (!OcrSpeck(*w)) last_x1 = std::max(last_x1, w->box.x1);
  }
  return cells;
}

// True for a short cell of words with no digit: a column title's part ("Resultado",
// "anterior"), not a result or a line of prose.
bool ShortWordsOnly(const Cell& c) {
  return c.text.find_first_of("0123456789") == std::string::npos &&
         std::count(c.text.begin(), c.text.end(), ' ') <= 2;
}

// On a scanned page, a title stacked over two lines beside a one-line header ("Resultado" /
// "anterior" straddling "Test | Result | Units") is read by its ink as a line above the header
// and a line below it; set in type, the font's boxes put it on the header's line. When the
// lines above and below sit half a line either side of `mid`, each cell of one right over a
// cell of the other and clear of `mid`'s cells, the stacked words are joined into `mid`.
bool JoinStraddlingTitles(Line& above, Line& mid, const Line& below, double h) {
  if (above.page != mid.page || below.page != mid.page ||
      above.cells.size() != below.cells.size() || above.cells.size() > 4 || mid.cells.empty()) {
    return false;
  }
  const double centre = 0.5 * (above.box.cy() + below.box.cy());
  if (std::abs(centre - mid.box.cy()) > 0.3 * h || mid.box.y0 - above.box.y1 > 0.3 * h ||
      below.box.y0 - mid.box.y1 > 0.3 * h) {
    return false;
  }
  const auto clear_of_mid = [&](const Cell& c) {
    return std::none_of(mid.cells.begin(), mid.cells.end(),
                        [&](const Cell& m) { return m.box.XOverlap(c.box) > 0; });
  };
  for (size_t k = 0; k < above.cells.size(); ++k) {
    const Cell& a = above.cells[k];
    const Cell& b = below.cells[k];
    if (a.box.XOverlap(b.box) <= 0.5 * std::min(a.box.width(), b.box.width()) ||
        !ShortWordsOnly(a) || !ShortWordsOnly(b) || !clear_of_mid(a) || !clear_of_mid(b)) {
      return false;
    }
  }
  for (size_t k = 0; k < above.cells.size(); ++k) {
    Cell joined = above.cells[k];
    if (joined.text.ends_with('-')) {
      joined.text.pop_back();  // a word broken at a hyphen: "Resul-" / "tado"
    } else {
      joined.text += ' ';
    }
    joined.text += below.cells[k].text;
    joined.box.Cover(below.cells[k].box);
    joined.confidence = std::min(joined.confidence, below.cells[k].confidence);
    mid.box.Cover(joined.box);
    mid.cells.push_back(std::move(joined));
  }
  std::sort(mid.cells.begin(), mid.cells.end(),
            [](const Cell& a, const Cell& b) { return a.box.x0 < b.box.x0; });
  return true;
}

// True for a line of specks alone (": ", "‘"), which a scan may leave between stacked words.
bool SpeckLine(const Line& line) {
  return std::all_of(line.cells.begin(), line.cells.end(), [](const Cell& c) {
    return c.text.size() <= 3 && std::none_of(c.text.begin(), c.text.end(), [](char ch) {
             return std::isalnum(static_cast<unsigned char>(ch)) != 0;
           });
  });
}

void JoinStraddlingTitles(std::vector<Line>& lines, double h) {
  std::vector<size_t> real;  // the lines that are not specks alone
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!SpeckLine(lines[i])) real.push_back(i);
  }
  std::vector<bool> gone(lines.size(), false);
  for (size_t k = 1; k + 1 < real.size(); ++k) {
    const size_t a = real[k - 1], m = real[k], b = real[k + 1];
    if (gone[a] || !JoinStraddlingTitles(lines[a], lines[m], lines[b], h)) continue;
    gone[a] = gone[b] = true;
    ++k;
  }
  size_t out = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (gone[i]) continue;
    if (out != i) lines[out] = std::move(lines[i]);
    ++out;
  }
  lines.resize(out);
}

}  // namespace

std::vector<Line> BuildLines(const Page& page) {
  std::vector<const Word*> words;
  words.reserve(page.words.size());
  // A word of spaces only (tesseract reads a table's rule as " ") would make a line of its own
  // between a header and its rows.
  for (const Word& w : page.words) {
    if (w.text.find_first_not_of(" \t") != std::string::npos && Finite(w.box)) {
      words.push_back(&w);
    }
  }
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
    return a->box.cy() < b->box.cy() || (a->box.cy() == b->box.cy() && a->box.x0 < b->box.x0);
  });
  // Greedy clustering by vertical centre: a word joins the current line when its centre lies
  // within the line's band (half the smaller height around the line's centre). A scanner's speck
  // (far shorter than the page's words) is placed afterwards: sorted among the words, it split
  // "Provtagning:" from its date a point above.
  std::vector<const Word*> specks;
  double median = 0;
  if (std::vector<double> h; !words.empty()) {
    for (const Word* w : words) h.push_back(w->box.height());
    std::nth_element(h.begin(), h.begin() + h.size() / 2, h.end());
    median = h[h.size() / 2];
    std::erase_if(words, [&](const Word* w) {
      const bool speck = page.ocr && w->box.height() < 0.4 * median;
      if (speck) specks.push_back(w);
      return speck;
    });
  }
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
  // A speck joins a line only beside one of its words; alone it is a line of its own, as a
  // stray mark under a title ("; | 12/01/24" is no longer a date under "Antériorités").
  for (const Word* w : specks) {
    const auto in = std::find_if(bands.begin(), bands.end(), [&](const Box& b) {
      if (w->box.cy() < b.y0 || w->box.cy() > b.y1) return false;
      const auto& g = groups[static_cast<size_t>(&b - bands.data())];
      return std::any_of(g.begin(), g.end(), [&](const Word* o) {
        return w->box.XGap(o->box) < median;  // a range's dash: "3,3 - 19,4"
      });
    });
    if (in == bands.end()) {
      groups.push_back({w});
      bands.push_back(w->box);
      continue;
    }
    groups[static_cast<size_t>(in - bands.begin())].push_back(w);  // CellsOf sorts by x
  }
  std::vector<size_t> order(groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return bands[a].cy() < bands[b].cy(); });
  std::vector<Line> lines;
  lines.reserve(groups.size());
  for (size_t i : order) {
    Line line;
    line.page = page.number;
    line.box = bands[i];
    line.cells = CellsOf(groups[i], page.ocr);
    lines.push_back(std::move(line));
  }
  if (page.ocr) JoinStraddlingTitles(lines, median);
  return lines;
}

}  // namespace oncoguide::import
