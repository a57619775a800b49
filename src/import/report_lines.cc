// A page's lines as the readers take them (report_lines.h): built from the words, in reading
// order, list bullets and row numbers cut and side-by-side name/result pairs split.
#include "report_lines.h"

#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cell_text.h"
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

// A numbered table's row number ("3 | Hemoglobin | HGB | 78 | g/L") is not part of the row:
// cut when a test's name follows it.
void StripRowNumber(Line* line, const std::function<bool(std::string_view)>& is_name) {
  if (line->cells.size() < 3) return;
  if (IsRowNumber(line->cells.front().text) && is_name(line->cells[1].text)) {
    line->cells.erase(line->cells.begin());
  }
}

}  // namespace

std::vector<Line> ReportLines(const Page& page) {
  std::vector<Line> lines = BuildLines(page);
  const auto is_name = [](std::string_view t) {
    const TestName n = MatchTestName(t, Specimen::kUnknown);
    return n.match == TestName::Match::kExact || n.match == TestName::Match::kLoose;
  };
  lines = ReadingOrder(std::move(lines), page.width, is_name);
  std::vector<Line> out;
  for (Line& l : lines) {
    StripBullet(&l);
    StripRowNumber(&l, is_name);
    for (Line& part : SplitPairs(std::move(l))) out.push_back(std::move(part));
  }
  return out;
}

}  // namespace oncoguide::import::internal
