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

// A UK clinic letter: the grid of results under "Blood results 14/05/2024:" took the clinic
// date; values quoted in prose each with their own date ("has fallen from 28 g/L at diagnosis
// on 09/01/2024 to 12 g/L on 16/04/2024, and is now 7 g/L on 14/05/2024") were read once or not
// at all, and "Immunofixation on 09/01/2024" and "β2-microglobulin on 09/01/2024 was 4.2 mg/L"
// took the clinic date or were not read.
TEST(Blind11Class, LetterResultsHeadingAndValuesEachWithTheirOwnDate) {
  ImportResult r = ExtractPlaced({
      {{40, "Clinic date: 21/05/2024"}},
      {{40,
        "The paraprotein has fallen from 28 g/L at diagnosis on 09/01/2024 to 12 g/L on "
        "16/04/2024, and is now 7 g/L on 14/05/2024."}},
      {{40,
        "Immunofixation on 09/01/2024 had confirmed an IgG kappa paraprotein, and her "
        "β2-microglobulin on 09/01/2024 was 4.2 mg/L."}},
      {{40, "Blood results 14/05/2024:"}},
      {{52, "Hb"}, {142, "108 g/L"}, {224, "Albumin"}, {314, "37 g/L"}},
  });
  const auto at = [&](Analyte a, const char* date) -> const ImportedObservation* {
    for (const ImportedObservation& o : r.observations) {
      if (o.obs.analyte == a && o.obs.date.ToString() == date) return &o;
    }
    return nullptr;
  };
  ASSERT_NE(at(Analyte::kSerumMProtein, "2024-01-09"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(at(Analyte::kSerumMProtein, "2024-01-09")->obs.value, 2.8, 1e-9);
  ASSERT_NE(at(Analyte::kSerumMProtein, "2024-04-16"), nullptr);
  EXPECT_NEAR(at(Analyte::kSerumMProtein, "2024-04-16")->obs.value, 1.2, 1e-9);
  ASSERT_NE(at(Analyte::kSerumMProtein, "2024-05-14"), nullptr);
  EXPECT_NEAR(at(Analyte::kSerumMProtein, "2024-05-14")->obs.value, 0.7, 1e-9);
  EXPECT_NE(at(Analyte::kSerumIfe, "2024-01-09"), nullptr);
  EXPECT_NE(at(Analyte::kBeta2Microglobulin, "2024-01-09"), nullptr);
  EXPECT_NE(at(Analyte::kHemoglobin, "2024-05-14"), nullptr);
  EXPECT_NE(at(Analyte::kAlbumin, "2024-05-14"), nullptr);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.date.ToString(), "2024-05-21") << o.source.text;
  }
}

// A Dutch portal printout: each group under "dinsdag 25 juni 2024 | Afname 08:41 · bloed" (the
// collection label gives only the time; the date, with a Dutch month name, is before it). No
// result was read. "spoor, niet kwantificeerbaar" is a trace M-protein, "IgG-kappa paraproteïne
// aantoonbaar" a detected immunofixation, and "niet aantoonbaar" none.
TEST(Blind11Class, DutchDateBannerTraceAndDetectableWords) {
  ImportResult r = ExtractPlaced({
      {{40, "dinsdag 25 juni 2024"}, {377, "Afname 08:41 · bloed · Polikliniek Hematologie"}},
      {{48, "Hemoglobine (Hb)"}, {300, "6,8 mmol/L"}, {450, "Te laag"}},
      {{48, "M-proteïne (paraproteïne)"}, {300, "spoor, niet kwantificeerbaar"}},
      {{48, "Immunofixatie serum"}, {300, "IgG-kappa paraproteïne aantoonbaar"}},
      {{48, "Immunofixatie urine"}, {300, "niet aantoonbaar"}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  const ImportedObservation* uife = Find(r, Analyte::kUrineIfe);
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-06-25");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(m->obs.bound, records::ValueBound::kTrace);
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  ASSERT_NE(uife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(uife->obs.value, 0);
}

}  // namespace
}  // namespace oncoguide::import
