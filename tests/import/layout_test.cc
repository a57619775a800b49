#include "oncoguide/import/layout.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace oncoguide::import {
namespace {

Word W(const char* t, double x0, double y0, double w = 0) {
  const double width = w > 0 ? w : 5.0 * std::string_view(t).size();
  return Word{t, Box{x0, y0, x0 + width, y0 + 10}, 1.0f};
}

TEST(BuildLines, RowsAndCellsFromGeometry) {
  Page p;
  p.number = 1;
  p.width = 612;
  p.height = 792;
  // Out of order on purpose; "Free kappa" is one cell (small gap), the value another.
  p.words = {W("12.1", 250, 101), W("Free", 72, 100),    W("kappa", 97, 100),
             W("mg/L", 330, 100), W("Albumin", 72, 120), W("4.0", 250, 121)};
  std::vector<Line> lines = BuildLines(p);
  ASSERT_EQ(lines.size(), 2u);
  ASSERT_EQ(lines[0].cells.size(), 3u);
  EXPECT_EQ(lines[0].cells[0].text, "Free kappa");
  EXPECT_EQ(lines[0].cells[1].text, "12.1");
  EXPECT_EQ(lines[0].cells[2].text, "mg/L");
  EXPECT_EQ(lines[1].Text(), "Albumin  4.0");
}

TEST(BuildLines, IgnoresBrokenBoxes) {
  Page p;
  p.words = {Word{"x", Box{0, 0, std::numeric_limits<double>::quiet_NaN(), 1}, 1.0f},
             Word{"", Box{0, 0, 1, 1}, 1.0f}, Word{"ok", Box{1, 1, 5, 5}, 1.0f}};
  std::vector<Line> lines = BuildLines(p);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].Text(), "ok");
}

// A scanner's speck between a label and its date, a point apart in height, once split the line
// in two ("Provtagning:" on a line of its own, its date on another): blind23's office scan of
// an Åland report read none of its 45 values. A speck now goes to the line whose band holds it.
TEST(BuildLines, SpeckBetweenTwoWordsDoesNotSplitTheirLine_Regression) {
  Page p;
  p.number = 1;
  p.ocr = true;
  p.words = {Word{"17.1.2024", Box{104, 105.8, 150, 113.0}, 0.9f},
             Word{"Besvarad:", Box{379, 105.8, 412, 113.0}, 0.9f},
             Word{"-", Box{484, 110.2, 485, 111.0}, 0.4f},
             Word{"24-063165", Box{488, 105.8, 550, 113.0}, 0.9f},
             Word{"Provtagning:", Box{45, 106.1, 100, 115.6}, 0.9f},
             Word{"Hemoglobin", Box{104, 118.8, 148, 126.0}, 0.9f}};
  std::vector<Line> lines = BuildLines(p);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].Text().find("Provtagning:"), 0u) << lines[0].Text();
  EXPECT_NE(lines[0].Text().find("17.1.2024"), std::string::npos) << lines[0].Text();
  EXPECT_EQ(lines[1].Text(), "Hemoglobin");
}

// A speck alone, far from the line's words, stays a line of its own: a date under a previous
// column's title ("12/01/24" under "Antériorités") with a ";" beside it was no longer a date
// alone, and blind22's Luxembourg photo lost its previous results.
TEST(BuildLines, SpeckFarFromTheLinesWordsIsALineOfItsOwn) {
  Page p;
  p.number = 1;
  p.ocr = true;
  p.words = {Word{"Antériorités", Box{506, 158.4, 556, 166.0}, 0.9f},
             Word{";", Box{460, 169.7, 460.8, 172.5}, 0.3f},
             Word{"12/01/24", Box{526, 169.4, 556, 176.6}, 0.9f}};
  std::vector<Line> lines = BuildLines(p);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                          [](const Line& l) { return l.Text() == "12/01/24"; }));
}

// A range's dash read as a speck a little more than a digit's height from its lower bound still
// joins the range ("3,3 - 19,4"): left out, the range read as "3,3", and a kappa of "11,8" that
// OCR read as "118" was not reviewed against it (blind23's Cypriot photo, silently wrong).
TEST(BuildLines, RangesDashReadAsASpeckStaysInTheRange_Regression) {
  Page p;
  p.number = 1;
  p.ocr = true;
  p.words = {Word{"Serbest", Box{50, 334.3, 80, 340.3}, 0.9f},
             Word{"118", Box{252, 334.3, 267, 340.3}, 0.9f},
             Word{"3,3", Box{337, 334.6, 346.6, 340.0}, 0.9f},
             Word{"-", Box{350.4, 337.7, 352.3, 338.6}, 0.5f},
             Word{"19,4", Box{357, 334.3, 371, 340.3}, 0.9f}};
  std::vector<Line> lines = BuildLines(p);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].Text(), "Serbest  118  3,3 - 19,4");
}

// A title stacked over two lines beside a one-line header ("Resultado" / "anterior" straddling
// "Proba | Resultado | Unidades"): set in type it shares the header's line, but by its ink a
// scan reads a line above the header and one below. blind36's Galician office scan lost its
// previous-result columns and read 1 of its 20 values; the stacked words now join the header.
TEST(BuildLines, TitleStackedAcrossTheHeaderJoinsIt_Regression) {
  Page p;
  p.number = 1;
  p.ocr = true;
  p.words = {Word{"Resultado", Box{431, 123.5, 470, 128.9}, 0.9f},
             Word{"Data", Box{481, 123.5, 498, 128.9}, 0.9f},
             Word{":", Box{82, 130.0, 83, 131.0}, 0.3f},
             Word{"Proba", Box{41, 128.3, 62, 133.9}, 0.9f},
             Word{"Resultado", Box{220, 128.3, 262, 133.9}, 0.9f},
             Word{"Unidades", Box{284, 128.3, 323, 133.9}, 0.9f},
             Word{"anterior", Box{438, 132.8, 470, 137.8}, 0.9f},
             Word{"anterior", Box{480, 132.8, 512, 137.8}, 0.9f},
             Word{"Hemoglobina", Box{47, 176.8, 97, 182.2}, 0.9f}};
  std::vector<Line> lines = BuildLines(p);
  ASSERT_EQ(lines.size(), 3u);  // the speck, the header, the row
  EXPECT_EQ(lines[1].Text(), "Proba  Resultado  Unidades  Resultado anterior  Data anterior");
  EXPECT_EQ(lines[2].Text(), "Hemoglobina");
}

// Rows of two tables set at different heights are not stacked titles: words with digits, or
// on a page in type, stay on their own lines.
TEST(BuildLines, InterleavedRowsAreNotStackedTitles) {
  Page p;
  p.number = 1;
  p.ocr = true;
  p.words = {W("Albumin", 50, 94), W("4.0", 120, 94), W("Calcium", 400, 100), W("Urea", 50, 106),
             W("12", 120, 106)};
  EXPECT_EQ(BuildLines(p).size(), 3u);
  p.ocr = false;
  p.words = {W("Previous", 400, 94), W("Test", 50, 100), W("Result", 120, 100),
             W("result", 400, 106)};
  EXPECT_EQ(BuildLines(p).size(), 3u);
}

TEST(ReadingOrder, TwoColumnPageReadsLeftThenRight) {
  Page p;
  p.number = 1;
  p.width = 612;
  for (int r = 0; r < 3; ++r) {
    const double y = 100 + 15 * r;
    p.words.push_back(W(r == 0 ? "LeftA" : r == 1 ? "LeftB" : "LeftC", 50, y));
    p.words.push_back(W("1.0", 150, y));
    p.words.push_back(W(r == 0 ? "RightA" : r == 1 ? "RightB" : "RightC", 340, y));
    p.words.push_back(W("2.0", 450, y));
  }
  auto is_row = [](std::string_view t) { return t.starts_with("Left") || t.starts_with("Right"); };
  std::vector<Line> lines = ReadingOrder(BuildLines(p), p.width, is_row);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0].Text(), "LeftA  1.0");
  EXPECT_EQ(lines[2].Text(), "LeftC  1.0");
  EXPECT_EQ(lines[3].Text(), "RightA  2.0");
}

TEST(ReadingOrder, SingleTableIsNotSplit) {
  Page p;
  p.number = 1;
  p.width = 612;
  for (int r = 0; r < 3; ++r) {
    const double y = 100 + 15 * r;
    p.words.push_back(W("Name", 50, y));
    p.words.push_back(W("1.0", 350, y));
  }
  auto is_row = [](std::string_view t) { return t == "Name"; };
  std::vector<Line> lines = ReadingOrder(BuildLines(p), p.width, is_row);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].cells.size(), 2u);
}

}  // namespace
}  // namespace oncoguide::import

namespace oncoguide::import {
namespace {

TEST(PartBox, ShareOfTheCellsCharacters) {
  const Cell c{"Kappa FLC Lambda FLC", Box{160, 10, 260, 20}, 1.0f};
  const Box b = PartBox(c, 10, 20);
  EXPECT_DOUBLE_EQ(b.x0, 210);
  EXPECT_DOUBLE_EQ(b.x1, 260);
  EXPECT_DOUBLE_EQ(b.y0, 10);
  // Characters, not bytes: "é" is one character of the ten in "Créatinine".
  const Cell fr{"Créatinine", Box{0, 0, 100, 10}, 1.0f};
  EXPECT_DOUBLE_EQ(PartBox(fr, 0, 4).x1, 30);  // "Cré" is 4 bytes, 3 characters
}

}  // namespace
}  // namespace oncoguide::import
