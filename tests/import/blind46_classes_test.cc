// Classes found by blind46's first run (a forty-seventh separate author's 18 documents, measured
// once blind at 97bfff6), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Toledo table of dates as rows read none of its proteins: its short titles "Prot. totales",
// "β2-microglob." and "Prot. M orina" were no names, and the header was not taken for one.
TEST(Blind46Class, ShortSpanishProteinTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha"},
       {110, "Prot. totales (g/dL)"},
       {230, "β2-microglob. (mg/L)"},
       {360, "Prot. M orina (mg/24 h)"}},
      {{40, "21/05/2024"}, {130, "6,6"}, {250, "2,1"}, {380, "180"}},
      {{40, "26/03/2024"}, {130, "6,9"}, {250, "2,6"}, {380, "620"}},
  });
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-03-26", 2.6);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-05-21", 180);
}

// A Northwest Territories portal listed "Urine protein electrophoresis | In progress" among its
// cards; it was taken for a section heading, and the calcium, LDH and β2-microglobulin cards
// after it were set aside as urine tests.
TEST(Blind46Class, CardInProgressIsNoSpecimenHeading_Regression) {
  const ImportResult r = ExtractPlaced({
      {{48, "Urine protein electrophoresis"}, {244, "In progress"}},
      {{48, "Calcium, total"}, {266, "Final"}},
      {{48, "2.63 mmol/L"}},
      {{48, "Normal range: 2.10 - 2.55 mmol/L"}},
      {{48, "Collected: Mar 5, 2024 8:14 AM"}},
  });
  const ImportedObservation* ca = Find(r, Analyte::kCalcium);
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ca->obs.date.ToString(), "2024-03-05");
}

}  // namespace
}  // namespace oncoguide::import
