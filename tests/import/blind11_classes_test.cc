// Regression tests named after the classes of failure found on the twelfth separate author's
// corpus (tests/import/corpus/blind11, measured once blind at 67.2% with one silent error). Each
// builds a small page in the failing layout and checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// A treatment flowsheet with cycle labels over its dates ("C1D1" / "01/08/24") after a
// reference-range column: the first date's results were not read, and the range column's
// "Negative" was taken as the first date's immunofixation, silently.
TEST(Blind11Class, FlowsheetWithCycleLabelsOverDatesAfterARangeColumn) {
  ImportResult r = ExtractPlaced(
      {
          {{30, "Parameter"},
           {168, "Units"},
           {222, "Ref range"},
           {308, "C1D1"},
           {369, "C2D1"},
           {431, "C3D1"}},
          {{288, "01/08/24"}, {349, "02/05/24"}, {411, "03/04/24"}},
          {{30, "Serum IFE"}, {222, "Negative"}, {285, "IgA kappa"}, {408, "IgA kappa"}},
          {{30, "Hemoglobin"},
           {168, "g/dL"},
           {222, "13.5-17.5"},
           {317, "9.2"},
           {378, "9.8"},
           {435, "10.6"}},
      },
      792);
  int hb = 0;
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == Analyte::kHemoglobin) ++hb;
    if (o.obs.analyte == Analyte::kSerumIfe) {
      EXPECT_EQ(o.obs.text, "IgA kappa") << o.source.text;
    }
  }
  EXPECT_EQ(hb, 3) << ImportToJson(r).dump(1);
  const ImportedObservation* first = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(first, nullptr) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
