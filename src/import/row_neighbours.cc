// Lines beside a row that change how it is read (rows.h): a card's result title between its name
// and value, a flowsheet's findings set just below their name, and where a specimen heading set
// in a column of its own ends.
#include <algorithm>
#include <cmath>
#include <optional>

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

}  // namespace oncoguide::import
