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

}  // namespace

}  // namespace oncoguide::import
