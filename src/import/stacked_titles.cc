// History tables whose column titles are stacked over two or three lines (rows.h): test names
// over their units ("Emoglobina" / "g/dL"), words broken at a hyphen ("β2-micro-" /
// "globulina", "Альбу-" / "мин,"), a unit on the second line of one column and the third of
// another, and the collection-date title itself over two lines ("Дата" / "забора"); and words
// set over two or more titles of a header (WithTitleWordsAbove).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/rows.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide::import {

using internal::IsUnitHeader;
using internal::IsUnitText;
using internal::Lower;

namespace {

// True when `text` starts with a lower-case letter: Latin, Latin-1, Greek or Cyrillic.
bool StartsLowerCase(std::string_view text) {
  if (text.empty()) return false;
  const auto b0 = static_cast<unsigned char>(text[0]);
  if (b0 < 0x80) return std::islower(b0) != 0;
  if (text.size() < 2) return false;
  const auto b1 = static_cast<unsigned char>(text[1]);
  return (b0 == 0xC3 && b1 >= 0x9F) ||                // ß, à .. ÿ
         (b0 == 0xCE && b1 >= 0xAC) || b0 == 0xCF ||  // ά, α .. ω
         (b0 == 0xD0 && b1 >= 0xB0) || b0 == 0xD1;    // а .. я, ё, і, ї, є
}

// A unit alone ("g/dL", "10^9/L", "mL/min", "мкмоль/л"), not a title with its unit ("Kappa
// (mg/dL)"), a date ("12/11/24") or a value.
bool UnitAlone(const std::string& t) {
  if (IsDateCell(t)) return false;
  const bool bracketed = t.size() > 2 && t.front() == '(' && t.back() == ')';  // "(mm/1ªh)"
  return IsUnitHeader(Lower(t)) ||
         (IsUnitText(t) && t.find(' ') == std::string::npos &&
          (bracketed || !ParseLabValue(t) || t.find_first_of("^*") != std::string::npos));
}

}  // namespace

std::optional<Line> RowReader::WithStackedTitles(const std::vector<Line>& lines, size_t i) const {
  const Line& line = lines[i];
  if (i == 0 || line.cells.empty()) return std::nullopt;
  std::optional<LabDate> ignored;
  const bool dated = HeaderKind(line.cells[0].text, &ignored) == Col::kRowDate;
  const size_t first_unit = dated ? 1 : 0;
  if (line.cells.size() < first_unit + 2) return std::nullopt;
  // Units, and the last words of titles stacked over three lines ("Ca" / "iónico" / "mmol/L",
  // "Inmuno-" / "fijación" / "suero"), lower case under a title of the line above.
  std::vector<bool> continues(line.cells.size(), false);
  size_t units = 0;
  for (size_t k = first_unit; k < line.cells.size(); ++k) {
    const Cell& c = line.cells[k];
    if (UnitAlone(c.text)) {
      ++units;
    } else if (StartsLowerCase(c.text) && c.text.find_first_of("0123456789") == std::string::npos &&
               std::any_of(lines[i - 1].cells.begin(), lines[i - 1].cells.end(),
                           [&](const Cell& t) { return t.box.XOverlap(c.box) > 0; })) {
      continues[k] = true;
    } else {
      return std::nullopt;
    }
  }
  if (units == 0) return std::nullopt;
  // The title lines: right above, each close to the next, on the same page (at most two).
  std::vector<Line> above;  // with two tests' titles set as one cell cut apart ("Ca Albumine")
  const Line* below = &line;
  for (size_t j = i; j > 0 && above.size() < 2; --j) {
    const Line& a = lines[j - 1];
    if (a.page != line.page || below->box.y0 - a.box.y1 > 1.5 * line.box.height()) break;
    Line titles = a;
    titles.cells.clear();
    for (const Cell& t : a.cells) {
      std::vector<Cell> two = TwoTestsInOne(t, [&](std::string_view x) {
        return MatchTestName(x, specimen_).match == TestName::Match::kExact;
      });
      if (two.empty()) two.push_back(t);
      titles.cells.insert(titles.cells.end(), two.begin(), two.end());
    }
    // A heading over the whole table ("EVOLUCIÓN (resultados acumulados)") spans several
    // columns: it is not a column's title.
    const bool spans = std::any_of(titles.cells.begin(), titles.cells.end(), [&](const Cell& t) {
      return std::count_if(line.cells.begin(), line.cells.end(),
                           [&](const Cell& c) { return c.box.XOverlap(t.box) > 0; }) >= 2;
    });
    if (spans) break;
    above.insert(above.begin(), std::move(titles));
    below = &a;
  }
  if (above.empty()) return std::nullopt;
  // The collection-date title: this line's first cell, or the words left of every unit on the
  // lines above, top first ("Дата" / "забора").
  Cell date_title = line.cells[0];
  // A date title stacked like the tests' ("Data da" / "coleta"): the first column's.
  bool date_stacked = false;
  if (!dated && continues[0]) {
    Cell stacked = line.cells[0];
    stacked.text.clear();
    for (const Line& a : above) {
      for (const Cell& t : a.cells) {
        if (t.box.XOverlap(line.cells[0].box) <= 0) continue;
        stacked.text += t.text + " ";
        stacked.box.Cover(t.box);
      }
    }
    stacked.text += line.cells[0].text;
    date_stacked = HeaderKind(stacked.text, &ignored) == Col::kRowDate;
    if (date_stacked) date_title = std::move(stacked);
  }
  if (!dated && !date_stacked) {
    // Titles that are a header on their own take these units as their second line instead
    // ("Fecha | Hb | ..." over "g/dL | ...").
    if (std::any_of(above.begin(), above.end(), [&](const Line& a) { return IsHeader(a); })) {
      return std::nullopt;
    }
    date_title.text.clear();
    for (const Line& a : above) {
      const Cell& c = a.cells.front();
      if (c.box.x1 >= line.cells[0].box.x0) continue;
      if (date_title.text.empty()) {
        date_title = c;
      } else {
        date_title.text += " " + c.text;
        date_title.box.Cover(c.box);
      }
    }
    if (HeaderKind(date_title.text, &ignored) != Col::kRowDate) return std::nullopt;
  }
  // The title over `box`, top line first: a word broken at a hyphen is joined whole, and a unit
  // on a title line (a column whose name is shorter) is set in parentheses.
  const auto title_over = [&](const Box& box, Box* covered) {
    std::string title;
    for (const Line& a : above) {
      for (const Cell& t : a.cells) {
        if (t.box.XOverlap(box) <= 0 || t.box.x1 <= date_title.box.x1) continue;
        covered->Cover(t.box);
        if (!title.empty() && UnitAlone(t.text)) {
          title += " (" + t.text + ")";
          continue;
        }
        if (!title.empty() && title.back() == '-' && StartsLowerCase(t.text)) {
          title.pop_back();
        } else if (!title.empty()) {
          title += ' ';
        }
        title += t.text;
      }
    }
    return title;
  };
  Line out = line;
  if (date_stacked) {
    out.cells[0] = date_title;
    continues[0] = false;
  } else if (!dated) {
    out.cells.insert(out.cells.begin(), date_title);
    continues.insert(continues.begin(), false);
  }
  int titled = 0;
  for (size_t k = 1; k < out.cells.size(); ++k) {
    Cell& c = out.cells[k];
    Box box = c.box;
    const std::string title = title_over(c.box, &box);
    if (title.empty()) continue;
    if (continues[k] && title.back() == '-') {
      // A word broken at a hyphen, its unit after it ("Para-" / "protein g/L").
      const size_t space = c.text.rfind(' ');
      const bool unit = space != std::string::npos && UnitAlone(c.text.substr(space + 1));
      c.text = title.substr(0, title.size() - 1) +
               (unit ? c.text.substr(0, space) + " (" + c.text.substr(space + 1) + ")" : c.text);
    } else {
      const bool bracketed = c.text.front() == '(' && c.text.back() == ')';  // "(g/dL)"
      c.text = continues[k] || bracketed ? title + " " + c.text : title + " (" + c.text + ")";
    }
    c.box = box;
    ++titled;
  }
  if (titled < 2) return std::nullopt;
  // A title with no unit under it (a ratio, "Rapporto" / "K/L"; a count whose unit is on the
  // second line, "Hb," / "г/л") is a column of its own.
  for (const Line& a : above) {
    for (const Cell& t : a.cells) {
      const bool taken = std::any_of(out.cells.begin(), out.cells.end(),
                                     [&](const Cell& c) { return c.box.XOverlap(t.box) > 0; });
      if (taken || t.box.x0 < date_title.box.x1) continue;
      Box box = t.box;
      out.cells.push_back(Cell{title_over(t.box, &box), box, t.confidence});
    }
  }
  std::sort(out.cells.begin(), out.cells.end(),
            [](const Cell& a, const Cell& b) { return a.box.x0 < b.box.x0; });
  return out;
}

std::optional<Line> RowReader::WithTitleWordsAbove(const std::vector<Line>& lines, size_t i) const {
  if (i == 0) return std::nullopt;
  const Line& above = lines[i - 1];
  const Line& line = lines[i];
  // Words over two or more titles; a card's test name over its "Your value | Normal range" is
  // not a title (ReadSectionRow reads the card).
  if (above.page != line.page || above.cells.size() < 2 ||
      above.cells.size() >= line.cells.size() || line.box.y0 - above.box.y1 > line.box.height()) {
    return std::nullopt;
  }
  for (const Cell& c : line.cells) {
    if (ParseLabValue(c.text) || IsDateCell(c.text)) return std::nullopt;  // a row of values
  }
  Line out = line;
  for (const Cell& t : above.cells) {
    if (ParseLabValue(t.text) || IsDateCell(t.text) ||
        MatchTestName(t.text, specimen_).match != TestName::Match::kNone) {
      return std::nullopt;
    }
    Cell* under = nullptr;
    for (Cell& c : out.cells) {
      if (c.box.XOverlap(t.box) <= 0) continue;
      if (under != nullptr) return std::nullopt;
      under = &c;
    }
    if (under == nullptr) return std::nullopt;
    under->text = t.text + " " + under->text;
    under->box.Cover(t.box);
  }
  return out;
}

std::optional<Line> RowReader::WithRowDateTitle(const std::vector<Line>& lines, size_t i) const {
  const Line& line = lines[i];
  if (line.cells.size() < 3) return std::nullopt;
  int tests = 0;
  for (const Cell& c : line.cells) {
    if (ParseLabValue(c.text) || IsDateCell(c.text)) return std::nullopt;  // a row, not titles
    const TestName t = MatchTestName(c.text, specimen_);
    tests += t.match == TestName::Match::kExact || t.match == TestName::Match::kIgnored;
  }
  if (tests < 3) return std::nullopt;
  // The first row below (past the units and ranges under the titles) that starts with a date.
  for (size_t j = i + 1; j < lines.size() && j <= i + 4 && lines[j].page == line.page; ++j) {
    const Line& row = lines[j];
    if (row.cells.size() < 3 || !IsDateCell(row.cells[0].text)) continue;
    if (row.cells[0].box.x1 >= line.cells[0].box.x0) return std::nullopt;
    Line out = line;
    const Box title{row.cells[0].box.x0, line.box.y0, row.cells[0].box.x1, line.box.y1};
    out.cells.insert(out.cells.begin(), Cell{"collection date", title, 1.0f});
    return out;
  }
  return std::nullopt;
}

}  // namespace oncoguide::import
