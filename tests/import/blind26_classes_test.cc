// Classes found by blind26's first run (a twenty-seventh separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind26/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A previous column's dated title run into the reference column's ("Previous (12-09-2024)
// Reference Value"): read as one previous column, the references under it became earlier
// results, and an M-spike's "Not detected" reference an earlier M-protein of 0, silently.
TEST(Blind26Class, ADatedPreviousTitleRunIntoTheReferenceTitleIsTwoColumns) {
  const ImportResult r = ExtractPlaced({
      {{335, "Sample Collection:"}, {438, "27-10-2024 09:22 AM"}},
      {{40, "Test Name"}, {215, "Result"}, {330, "Previous (18-09-2024) Reference Value"}},
      {{45, "S. Creatinine"},
       {215, "1.92 mg/dL H"},
       {330, "2.31 mg/dL H"},
       {445, "0.50-1.10 mg/dL"}},
      {{45, "M-spike"}, {215, "5.46 g/dL"}, {445, "Not detected"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-10-27", 1.92);
  const ImportedObservation* earlier = FindOn(r, Analyte::kCreatinine, "2024-09-18");
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(earlier->previous);
  EXPECT_EQ(FindOn(r, Analyte::kSerumMProtein, "2024-09-18"), nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-10-27", 5.46);
}

// "Bence Jones protein | Trace" on a blood report's urine line, no unit: perhaps a heat or dipstick
// test, not the 24-hour M-protein. It was read as a 24-hour trace without review.
TEST(Blind26Class, AUrineResultInWordsWithoutAUnitIsReviewed) {
  const ImportResult r = ExtractPlaced({
      {{40, "Sample Collection: 27-10-2024"}},
      {{40, "Test Name"}, {215, "Result"}, {445, "Reference Value"}},
      {{40, "URINE"}},
      {{45, "Bence Jones protein"}, {215, "Trace"}, {445, "Absent"}},
  });
  const ImportedObservation* o = FindOn(r, Analyte::kUrineMProtein, "2024-10-27");
  ASSERT_NE(o, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(o->needs_review) << ImportToJson(r).dump(1);
}

// A photo of a portal printout's second page: cards side by side, each a name over its value,
// a reference and its own collection date below. The dates were not seen to close their cards
// (no name and value on one line before the first date), so the right column's first card took
// the left column's last date, silently.
TEST(Blind26Class, CardsWithTheNameOverTheValueTakeTheDateBelowThem) {
  const ImportResult r = ExtractScanned(
      {
          {{51, "Kappa/Lambda Ratio"}, {316, "M-Spike (SPEP)"}},
          {{51, "0.15"}, {262, "Low"}, {316, "0.42 g/dL"}},
          {{51, "Reference range: 0.26 - 1.65"}, {316, "Reference range: Not detected"}},
          {{50, "Collected: 06-Oct-2024 08:14"}, {315, "Collected: 06-Oct-2024 09:17"}},
          {{51, "Reported: 07-Oct-2024"}, {315, "Reported: 07-Oct-2024"}},
          {{50, "Accession: BL241006-0321"}, {315, "Accession: BL241006-0322"}},
          {{51, "Serum Immunofixation"}, {315, "Total Protein"}},
          {{52, "IgA Lambda"}, {316, "7.4 g/dL"}},
          {{51, "Reference range: Negative"}, {316, "Reference range: 6.4 - 8.3"}},
          {{50, "Collected: 06-Oct-2024 08:20"}, {316, "Collected: 22-Sep-2024 09:23"}},
          {{51, "Reported: 11-Oct-2024"}, {316, "Reported: 23-Sep-2024"}},
          {{50, "Accession: BL241006-0323"}, {315, "Accession: BL240922-0324"}},
          {{50, "Creatinine"}, {316, "Hemoglobin (HGB)"}},
          {{52, "1.04 mg/dL"}, {317, "10.7"}, {366, "g/dL"}},
          {{51, "Reference range: 0.70 - 1.30"}, {316, "Reference range: 13.5 - 17.5"}},
          {{50, "Collected: 22-Sep-2024 08:11"}, {316, "Collected: 22-Sep-2024 09:08"}},
          {{51, "Reported: 23-Sep-2024"}, {316, "Reported: 23-Sep-2024"}},
          {{50, "Accession: BL240922-0327"}, {315, "Accession: BL240922-0326"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-10-06", 0.42);
  EXPECT_EQ(FindOn(r, Analyte::kSerumMProtein, "2024-09-22"), nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-09-22", 1.04);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-09-22", 10.7);
}

}  // namespace

}  // namespace oncoguide::import
