// Regression tests named after the silent errors the full OCR corpus showed on the separate
// authors' scans (scripts/import_corpus.sh): a misread date must never become another date, and
// a date that is not certain must be flagged. Each builds the text OCR gave, on a small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// OCR read "2024-09-17" as "2024-09-1/", which was taken as 1 September: every value of the
// report was dated two weeks early, silently.
TEST(ScanClass, DateRunIntoAnOcrLookalikeIsNotADate) {
  EXPECT_FALSE(FindLabDate("2024-09-1/ 07:50", DateOrder::kUnknown));
  EXPECT_FALSE(FindLabDate("03/05/202l", DateOrder::kUnknown));
  ASSERT_TRUE(FindLabDate("2024-09-17 07:50", DateOrder::kUnknown));
  EXPECT_EQ(FindLabDate("Collected: 2024-09-17, 07:50", DateOrder::kUnknown)->date.ToString(),
            "2024-09-17");
}

// A cumulative report titles its date columns "Collection Date"; OCR garbled the first date
// ("—_ 98/14/2023") and marked another ("02/05/2024 +"). The table was then not a flowsheet, and
// the title took the date printed under it as the collection date of every row.
TEST(ScanClass, ColumnDatesUnderATitleAreNotTheReportsDate) {
  ImportResult r = ExtractPlaced({
      {{350, "Collection Date"}},
      {{40, "Test"},
       {150, "Units"},
       {190, "—_ 98/14/2023"},
       {280, "10/09/2023"},
       {345, "12/04/2023"},
       {410, "02/05/2024 +"},
       {500, "Ref Range"}},
      {{49, "M-Spike"}, {150, "g/dL"}, {240, "2.4H"}, {300, "1.7H"}, {365, "0.9H"}, {430, "0.4H"}},
  });
  // The garbled column is not read; the others have their own dates.
  ASSERT_EQ(r.observations.size(), 3u);
  for (const ImportedObservation& o : r.observations) {
    const std::string d = o.obs.date.ToString();
    EXPECT_TRUE((d == "2023-10-09" && o.obs.value == 1.7) ||
                (d == "2023-12-04" && o.obs.value == 0.9) ||
                (d == "2024-02-05" && o.obs.value == 0.4))
        << d << " " << o.obs.value;
  }
}

// Two reports side by side, each with its "Collected:" date on the same line; when the scan is
// not read as two columns, which date a row has is not certain: it is flagged, never silent.
TEST(ScanClass, TwoCollectionDatesSideBySideAreFlagged) {
  ImportResult r = ExtractPlaced({
      {{36, "Collected: 06-May-2024 07:55"}, {317, "Collected: 29-Apr-2024 08:30"}},
      {{36, "Test"}, {152, "Result"}, {210, "Units"}},
      {{36, "Creatinine"}, {162, "1.02"}, {210, "mg/dL"}},
  });
  const ImportedObservation* creat = Find(r, Analyte::kCreatinine);
  ASSERT_NE(creat, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(creat->needs_review);
}

}  // namespace
}  // namespace oncoguide::import
