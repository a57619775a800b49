// Classes found by blind40's first run (a forty-first separate author's 18 documents, measured
// once blind at 3e9d229), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A portal print's search filter ("Filter: All tests · Collected 2024-Jul-01 to 2024-Oct-21")
// was read as a timed collection's period, and the first card took its end, the day the filter
// ran, silently. Dates months apart are a search's range, no collection's period.
TEST(Blind40Class, SearchRangeIsNoCollectionDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Filter: All tests - Collected 2024-Jul-01 to 2024-Oct-21 - Sorted: newest first"}},
      {{48, "Creatinine"}, {152, "100 umol/L"}},
  });
  const ImportedObservation* o = FindOn(r, Analyte::kCreatinine, "2024-10-21");
  EXPECT_TRUE(o == nullptr || o->needs_review) << ImportToJson(r).dump(1);
}

// A 24-hour urine's period still dates its result on the day the collection ended.
TEST(Blind40Class, TimedCollectionTakesItsEndDate) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected 2024-05-20 07:00 to 2024-05-21 07:00"}},
      {{40, "Test"}, {220, "Result"}, {290, "Units"}},
      {{40, "Urine M-protein"}, {220, "412"}, {290, "mg/24h"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-05-21", 412);
}

}  // namespace
}  // namespace oncoguide::import
