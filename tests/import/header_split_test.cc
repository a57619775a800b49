#include "oncoguide/import/header_split.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace oncoguide::import {
namespace {

HeaderRecogniser Known(std::set<std::string> words) {
  return [words = std::move(words)](std::string_view t) { return words.count(std::string(t)) > 0; };
}

// Accepts a text that is one of `heads`, or starts with one and a space (as the importer's header
// keywords do).
HeaderRecogniser Prefixes(std::set<std::string> heads) {
  return [heads = std::move(heads)](std::string_view t) {
    for (const std::string& h : heads) {
      if (t == h || (t.starts_with(h) && t.size() > h.size() && t[h.size()] == ' ')) return true;
    }
    return false;
  };
}

TEST(SplitHeaderCell, TwoTestNamesSetCloseTogether) {
  const Cell c{"Kappa FLC Lambda FLC", Box{160, 115, 260, 124}, 1.0f};
  std::vector<Cell> parts = SplitHeaderCell(c, Known({"Kappa FLC", "Lambda FLC"}), Known({}));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].text, "Kappa FLC");
  EXPECT_EQ(parts[1].text, "Lambda FLC");
  // Boxes follow the characters: "Kappa FLC" is 9 of 20, so it ends at 45% of the width.
  EXPECT_DOUBLE_EQ(parts[0].box.x0, 160);
  EXPECT_DOUBLE_EQ(parts[0].box.x1, 205);
  EXPECT_DOUBLE_EQ(parts[1].box.x0, 210);
  EXPECT_DOUBLE_EQ(parts[1].box.x1, 260);
  EXPECT_EQ(parts[1].box.y0, 115);
}

TEST(SplitHeaderCell, WordsThePdfSetWithoutASpace) {
  const Cell c{"Current Result and FlagPrevious Result and Date Units", Box{200, 0, 455, 9}, 1.0f};
  // "Previous Result and Date Units" is a header (it starts with one): the standalone title
  // "Units" is cut off its end.
  std::vector<Cell> parts = SplitHeaderCell(
      c, Prefixes({"Current Result", "Previous Result", "Units"}), Known({"Units", "Flag"}));
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].text, "Current Result and Flag");
  EXPECT_EQ(parts[1].text, "Previous Result and Date");
  EXPECT_EQ(parts[2].text, "Units");
  EXPECT_LT(parts[0].box.x1, parts[1].box.x0 + 1e-9);
  EXPECT_DOUBLE_EQ(parts[2].box.x1, 455);
}

TEST(SplitHeaderCell, TitlesSetWithSpacesAreCutBeforeTheWordsThatStartColumns) {
  const Cell c{"Current Result and Flag Previous Result and Date Units", Box{232, 0, 468, 9}, 1.0f};
  std::vector<Cell> parts =
      SplitHeaderCell(c, Prefixes({"Current Result", "Previous Result", "Units"}),
                      Known({"Units", "Flag", "Previous"}));
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].text, "Current Result and Flag");  // "and" ties "Flag" on
  EXPECT_EQ(parts[1].text, "Previous Result and Date");
  EXPECT_EQ(parts[2].text, "Units");
}

TEST(SplitHeaderCell, FewestPartsWin) {
  const Cell c{"Reference Range Units", Box{0, 0, 100, 9}, 1.0f};
  std::vector<Cell> parts =
      SplitHeaderCell(c, Known({"Reference", "Range", "Units", "Reference Range"}), Known({}));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].text, "Reference Range");
}

TEST(SplitHeaderCell, NoSplitWhenAPartIsUnknown) {
  const Cell c{"Kappa FLC Something Else", Box{0, 0, 100, 9}, 1.0f};
  EXPECT_TRUE(SplitHeaderCell(c, Known({"Kappa FLC"}), Known({})).empty());
  const Cell one{"Kappa", Box{0, 0, 30, 9}, 1.0f};
  EXPECT_TRUE(SplitHeaderCell(one, Known({"Kappa"}), Known({})).empty());
}

TEST(SplitHeaderCell, TitleTiedOnByAndStaysWhole) {
  const Cell c{"Current Result and Flag", Box{0, 0, 100, 9}, 1.0f};
  EXPECT_TRUE(SplitHeaderCell(c, Prefixes({"Current Result", "Flag"}), Known({"Flag"})).empty());
  const Cell units{"Result Units", Box{0, 0, 100, 9}, 1.0f};
  std::vector<Cell> parts = SplitHeaderCell(units, Prefixes({"Result", "Units"}), Known({"Units"}));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].text, "Result");
  EXPECT_EQ(parts[1].text, "Units");
}

TEST(HasMergedWords, CapitalisedWordRunIntoTheOneBefore) {
  EXPECT_TRUE(HasMergedWords("FlagPrevious"));
  EXPECT_FALSE(HasMergedWords("IgG kappa"));
  EXPECT_FALSE(HasMergedWords("mg/dL"));
}

}  // namespace
}  // namespace oncoguide::import
