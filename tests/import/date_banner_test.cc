// Results grouped under date banners, as EHR and portal printouts group them: "Results from
// 03/12/2024 08:15", "Labs drawn on ...", or a line that holds nothing but a date and time above
// its table. Each group's values take their banner's date; a bare date line, which carries no
// label saying what it is, dates its group only for review.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

std::vector<const ImportedObservation*> All(const ImportResult& r, Analyte a) {
  std::vector<const ImportedObservation*> out;
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == a) out.push_back(&o);
  }
  return out;
}

// Month first here (03/22): the dates are not in doubt, so the values need no review.
TEST(DateBanner, ResultsFromBannersDateTheirOwnGroups) {
  ImportResult r = ExtractPlaced({
      {{36, "Printed: 04/02/2024 14:10"}},
      {{36, "Results from 03/22/2024 08:15"}},
      {{44, "Component"}, {250, "Value"}, {310, "Flag"}, {350, "Ref Range"}, {450, "Units"}},
      {{44, "Kappa free light chain"}, {250, "45.2"}, {310, "H"}, {350, "3.3-19.4"}, {450, "mg/L"}},
      {{44, "Creatinine"}, {250, "1.10"}, {350, "0.57-1.00"}, {450, "mg/dL"}},
      {{36, "Results from 02/14/2024 07:50"}},
      {{44, "Component"}, {250, "Value"}, {310, "Flag"}, {350, "Ref Range"}, {450, "Units"}},
      {{44, "Kappa free light chain"}, {250, "60.1"}, {310, "H"}, {350, "3.3-19.4"}, {450, "mg/L"}},
  });
  const auto kappa = All(r, Analyte::kKappaFlc);
  ASSERT_EQ(kappa.size(), 2u);
  EXPECT_EQ(kappa[0]->obs.date.ToString(), "2024-03-22");
  EXPECT_DOUBLE_EQ(kappa[0]->obs.value, 45.2);
  EXPECT_EQ(kappa[1]->obs.date.ToString(), "2024-02-14");
  EXPECT_DOUBLE_EQ(kappa[1]->obs.value, 60.1);
  EXPECT_FALSE(kappa[0]->needs_review) << kappa[0]->review_reasons.front();
  const ImportedObservation* cr = Find(r, Analyte::kCreatinine);
  ASSERT_NE(cr, nullptr);
  EXPECT_EQ(cr->obs.date.ToString(), "2024-03-22");
}

TEST(DateBanner, OtherBannerWordings) {
  for (const char* banner : {"Labs drawn on 03/12/2024", "Lab results for 03/12/2024",
                             "Results for Mar 12, 2024 8:15 AM", "Blood drawn 03/12/2024 0815"}) {
    ImportResult r = ExtractPlaced({
        {{36, banner}},
        {{44, "Test"}, {250, "Result"}, {350, "Units"}},
        {{44, "Beta-2 microglobulin"}, {250, "3.9"}, {350, "mg/L"}},
    });
    const ImportedObservation* b2m = Find(r, Analyte::kBeta2Microglobulin);
    ASSERT_NE(b2m, nullptr) << banner;
    EXPECT_EQ(b2m->obs.date.ToString(), "2024-03-12") << banner;
  }
}

// "Results as of 03/12/2024" and "Resulted 03/13/2024" are report dates, not draws.
TEST(DateBanner, ReportBannersAreNotDraws) {
  ImportResult r = ExtractPlaced({
      {{36, "Results as of 03/14/2024"}},
      {{36, "Collected: 03/12/2024 08:15"}},
      {{44, "Test"}, {250, "Result"}, {350, "Units"}},
      {{44, "Beta-2 microglobulin"}, {250, "3.9"}, {350, "mg/L"}},
  });
  const ImportedObservation* b2m = Find(r, Analyte::kBeta2Microglobulin);
  ASSERT_NE(b2m, nullptr);
  EXPECT_EQ(b2m->obs.date.ToString(), "2024-03-12");
}

// A line that is only a date and time, over its group's table: the date is taken, for review.
TEST(DateBanner, BareDateLineDatesItsGroupForReview) {
  ImportResult r = ExtractPlaced({
      {{36, "03/12/2024 08:15"}},
      {{44, "Test"}, {250, "Result"}, {350, "Units"}},
      {{44, "Beta-2 microglobulin"}, {250, "3.9"}, {350, "mg/L"}},
      {{36, "02/10/2024 07:50"}},
      {{44, "Test"}, {250, "Result"}, {350, "Units"}},
      {{44, "Beta-2 microglobulin"}, {250, "4.6"}, {350, "mg/L"}},
  });
  const auto b2m = All(r, Analyte::kBeta2Microglobulin);
  ASSERT_EQ(b2m.size(), 2u);
  EXPECT_EQ(b2m[0]->obs.date.ToString(), "2024-03-12");
  EXPECT_EQ(b2m[1]->obs.date.ToString(), "2024-02-10");
  EXPECT_TRUE(b2m[0]->needs_review);
  EXPECT_TRUE(b2m[1]->needs_review);
}

// A bare date with a labelled collection date on the page is a print stamp, not the draw.
TEST(DateBanner, BareDateDoesNotOverrideALabelledCollection) {
  ImportResult r = ExtractPlaced({
      {{36, "Collected: 03/12/2024 08:15"}},
      {{450, "04/02/2024 14:10"}},
      {{44, "Test"}, {250, "Result"}, {350, "Units"}},
      {{44, "Beta-2 microglobulin"}, {250, "3.9"}, {350, "mg/L"}},
  });
  const ImportedObservation* b2m = Find(r, Analyte::kBeta2Microglobulin);
  ASSERT_NE(b2m, nullptr);
  EXPECT_EQ(b2m->obs.date.ToString(), "2024-03-12");
}

}  // namespace
}  // namespace oncoguide::import
