// Classes found by blind28's first run (a twenty-ninth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind28/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "../../src/import/label_dates.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

Line OneCellLine(std::string text) {
  return Line{1, Box{40, 100, 400, 110}, {Cell{std::move(text), Box{40, 100, 400, 110}, 1.0f}}};
}

// Flowsheets from Zimbabwe, Iraq, Oman and Papua New Guinea print an immunofixation's finding
// as the heavy chain and the light chain's initial ("IgG-K", "IgA-L", "IgG K"): every positive
// immunofixation on them (13 values) was lost.
TEST(Blind28Class, AnIsotypeWithTheLightChainsInitial) {
  EXPECT_EQ(IsotypeIn("IgG-K"), "IgG kappa");
  EXPECT_EQ(IsotypeIn("IgA-L"), "IgA lambda");
  EXPECT_EQ(IsotypeIn("IgG K"), "IgG kappa");
  EXPECT_EQ(IsotypeIn("IgA/L *"), "IgA lambda");
  EXPECT_EQ(IsotypeIn("IgG low"), "IgG");  // a word, not an initial
  EXPECT_EQ(IsotypeIn("IgG-Kit"), "IgG");
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 11/03/2024 08:10"}},
      {{40, "Test"}, {200, "Result"}, {300, "Previous"}},
      {{40, "Serum IFE"}, {200, "IgA-L"}, {300, "IgA-L (20/12/2023)"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-11");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
}

// A portal's second page of cards under "Earlier results - Sample collected 19 Mar 2024 08:31":
// the heading's date was not read because a time of day followed it, and the first card took
// the first page's date (for review).
TEST(Blind28Class, AHeadingOfEarlierResultsWithATimeAfterItsDate) {
  auto d = internal::EarlierResultsHeadingDate(
      OneCellLine("Earlier results  -  Sample collected 19 Mar 2024 08:31"), DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-19");
  d = internal::EarlierResultsHeadingDate(
      OneCellLine("Previous results, collected 02/03/2024 at 08:31)"), DateOrder::kDayFirst);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-02");
  // A value after the date is an earlier result written out, not the heading's date.
  EXPECT_FALSE(internal::EarlierResultsHeadingDate(
      OneCellLine("Previous result, collected 02/03/2024 12 mg/dL"), DateOrder::kDayFirst));
}

}  // namespace
}  // namespace oncoguide::import
