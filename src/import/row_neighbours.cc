// Lines beside a row that change how it is read (rows.h): a card's result title between its name
// and value, a flowsheet's findings set just below their name, where a specimen heading set in a
// column of its own ends, and a name wrapped onto the next line.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/rows.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide::import {

namespace {

// How far a section's first line may start from its heading and still be in its column, and how
// far left of that column a line starts outside it (as for a block of earlier results in
// extract.cc).
constexpr double kHeadingAlign = 12;
constexpr double kLeftOfColumn = 20;

}  // namespace

void RowReader::SpecimenScope(const Line& line) {
  if (!specimen_heading_x_ || line.cells.empty() || specimen_ == Specimen::kUnknown) return;
  const double x = line.cells[0].box.x0;
  if (!specimen_column_x_) {
    if (std::abs(x - *specimen_heading_x_) <= kHeadingAlign) {
      specimen_column_x_ = std::min(x, *specimen_heading_x_);
    } else {
      specimen_heading_x_.reset();  // not aligned: the heading names every line below it
    }
    return;
  }
  if (x < *specimen_column_x_ - kLeftOfColumn) {
    specimen_ = Specimen::kUnknown;
    specimen_heading_x_.reset();
    specimen_column_x_.reset();
  }
}

std::optional<Line> RowReader::NameOverDatedCells(const std::vector<Line>& lines, size_t i) const {
  if (i + 1 >= lines.size() || lines[i].cells.size() != 1) return std::nullopt;
  const Line& line = lines[i];
  const Line& next = lines[i + 1];
  const Cell& name = line.cells[0];
  // Below the name, not above it (a column read after its names), and close under it.
  if (next.page != line.page || next.cells.empty() || next.cells[0].box.x0 <= name.box.x1 ||
      next.box.y0 < line.box.y0 + line.box.height() / 2 ||
      next.box.y0 - line.box.y1 > line.box.height()) {
    return std::nullopt;
  }
  const TestName test = MatchTestName(name.text, specimen_);
  if (test.match != TestName::Match::kExact && test.match != TestName::Match::kLoose) {
    return std::nullopt;
  }
  const bool dated = std::all_of(next.cells.begin(), next.cells.end(), [&](const Cell& c) {
    const Column* col = ColumnOf(c);
    return col != nullptr && col->kind == Col::kDate;
  });
  if (!dated) return std::nullopt;
  Line joined = line;
  for (const Cell& c : next.cells) {
    joined.cells.push_back(c);
    joined.box.Cover(c.box);
  }
  return joined;
}

bool RowReader::CardResultTitle(const Line& line) {
  if (!pending_ || line.cells.size() != 1) return false;
  const std::string& text = line.cells[0].text;
  // A card's department, method or specimen under its name ("Hémoglobine" / "Hématologie · sang
  // EDTA" / "104 g/L", "Protéine monoclonale (pic M)" / "Électrophorèse des protéines
  // sériques"): words joined by a middle dot, or a specimen's words, with no number and no test
  // of their own. A urine specimen makes the card's serum test the urine one.
  // Short, and no sentence ("... flame cells. Plasma cells constitute 38% of all" under
  // "Plasma cells:" is the finding, not its specimen).
  if (!ParseLabValue(text) && !FindLabDate(text, order_) && pending_age_ == 0 &&
      internal::SplitOnSpaces(text).size() <= 6 && text.find('.') == std::string::npos &&
      text.find_first_of("%") == std::string::npos &&
      MatchTestName(text, Specimen::kUnknown).match == TestName::Match::kNone) {
    const Specimen s = SpecimenOfHeading(text);
    if (s == Specimen::kUrine) {
      const TestName urine = MatchTestName(pending_->text, Specimen::kUrine);
      if (urine.match == TestName::Match::kExact || urine.match == TestName::Match::kLoose ||
          urine.match == TestName::Match::kIgnored) {
        pending_->test = urine;
      }
    }
    const std::string folded = FoldLatin(AsciiLower(text));
    const bool method = folded.find("electrophores") != std::string::npos ||
                        folded.find("elettroforesi") != std::string::npos ||
                        folded.find("electroforesis") != std::string::npos ||
                        folded.find("eletroforese") != std::string::npos ||
                        folded.find("elektrophorese") != std::string::npos;
    if (s != Specimen::kUnknown || method || text.find("\xC2\xB7") != std::string::npos) {
      return true;
    }
  }
  std::optional<LabDate> date;
  return HeaderKind(text, &date) == Col::kValue && !date;
}

// A name wrapped onto the next line ("Free kappa light" / "chains"), or a known name whose unit
// wraps onto an indented next line ("KAPPA FREE LIGHT CHAIN, QUANTITATIVE," / "SERUM (mg/L)"):
// the two read as one name, and *i advances past a continuation line of one cell.
void RowReader::JoinWrappedName(const std::vector<Line>& lines, size_t* i, const Line& line,
                                const std::string& name_text, TestName* test_out,
                                Name* name_out) const {
  TestName& test = *test_out;
  Name& name = *name_out;
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
    // Nor when the next line is a known test with a result of its own, in words ("Gama | 6,9 |
    // 0,43" over "Pico monoclonal | Não detetável": read as one "Gama Pico monoclonal", the
    // gamma fraction's 0,43 g/dL became the M-protein, silently).
    const auto has_result = [](const Line& l) {
      return std::any_of(l.cells.begin() + 1, l.cells.end(),
                         [](const Cell& c) { return ParseLabValue(c.text).has_value(); });
    };
    const bool own_row = next.cells.size() >= 2 && has_number(line) && has_result(next) &&
                         MatchTestName(more.text, specimen_).match == TestName::Match::kExact;
    const bool two_rows = own_row || (line.cells.size() >= 3 && next.cells.size() >= 3 &&
                                      has_number(line) && has_number(next));
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
}

bool RowReader::ResultUnderOtherName(const std::vector<Line>& lines, size_t i, const Name& name,
                                     const RowCells& cells) const {
  if (!cells.value || i == 0 || lines[i - 1].page != lines[i].page) return false;
  const Box& value = cells.value->box;
  for (const Cell& c : lines[i - 1].cells) {
    if (c.box.XOverlap(value) <= 0 || c.box.x0 <= name.box.x1) continue;
    const TestName t = MatchTestName(c.text, specimen_);
    const bool named = t.match == TestName::Match::kExact || t.match == TestName::Match::kLoose;
    if (named && t.analyte != name.test.analyte) return true;
  }
  return false;
}

}  // namespace oncoguide::import
