// Regression tests named after the classes of failure found on the thirteenth separate author's
// corpus (tests/import/corpus/blind12, measured once blind at 80.0% of text-PDF values with two
// silent errors, and 61.1% of scanned values with one). Each builds a small page in the failing
// layout, in wordings of our own, and checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// A treatment summary with phase titles over a row of dates that a collection title starts
// ("(data prelievo) | 11/01/2024 | 14/05/2024"): the first date was taken as the whole report's
// collection date, and a urine immunofixation's later "negativa" was given to it, silently.
TEST(Blind12Class, DateRowUnderACollectionTitleHeadsAFlowsheet) {
  const ImportResult r = ExtractPlaced({
      {{40, "Parametro"}, {232, "Esordio"}, {303, "Dopo induzione"}, {478, "Giorno +90"}},
      {{40, "(data prelievo)"}, {229, "08/02/2024"}, {314, "21/06/2024"}, {484, "30/09/2024"}},
      {{46, "Immunofissazione urinaria"},
       {227, "lambda libere"},
       {320, "negativa"},
       {490, "negativa"}},
      {{46, "FLC lambda (mg/L)"}, {240, "512,0"}, {328, "30,5"}, {498, "14,2"}},
      {{46, "Componente M sierica (g/dL)"}, {246, "2,7"}, {330, "0,4"}, {491, "tracce"}},
  });
  const ImportedObservation* first = FindOn(r, Analyte::kUrineIfe, "2024-02-08");
  ASSERT_NE(first, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(first->obs.text, "lambda");
  ASSERT_NE(FindOn(r, Analyte::kUrineIfe, "2024-06-21"), nullptr);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-06-21")->obs.value, 0);
  ASSERT_NE(FindOn(r, Analyte::kLambdaFlc, "2024-09-30"), nullptr);
  EXPECT_DOUBLE_EQ(FindOn(r, Analyte::kLambdaFlc, "2024-09-30")->obs.value, 14.2);
  ASSERT_NE(FindOn(r, Analyte::kSerumMProtein, "2024-02-08"), nullptr);
  EXPECT_DOUBLE_EQ(FindOn(r, Analyte::kSerumMProtein, "2024-02-08")->obs.value, 2.7);
}

// An electrophoresis albumin under the chemistry albumin, each with a previous result and its
// date: the two current values disagree and were flagged, but the electrophoresis row's previous
// value was kept as the chemistry albumin of its date, silently.
TEST(Blind12Class, PreviousValueOfARowThatConflictsOnItsDateIsReviewed) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 05/22/2024"}},
      {{36, "Tests Ordered"},
       {200, "Current Result"},
       {282, "Previous Result"},
       {392, "Units"},
       {462, "Reference"}},
      {{36, "Test"}, {200, "and Flag"}, {282, "and Date"}, {462, "Interval"}},
      {{36, "Albumin"},
       {200, "3.4"},
       {236, "Low"},
       {282, "3.7"},
       {318, "02/14/2024"},
       {392, "g/dL"},
       {462, "3.8-4.9"}},
      {{36, "Immunofixation Panel, Serum"}},
      {{36, "Albumin"},
       {200, "3.0"},
       {236, "Low"},
       {282, "3.2"},
       {318, "01/30/2024"},
       {392, "g/dL"},
       {462, "2.9-4.4"}},
  });
  const ImportedObservation* earlier = FindOn(r, Analyte::kAlbumin, "2024-01-30");
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(earlier->needs_review);
}

// A cumulative report with dates as rows whose test titles have a line of units under them and a
// ratio's range in parentheses ("Paraprotein | Kappa FLC | K/L ratio" / "g/L | mg/L |
// (0.26-1.65)"): the units were read as more title, and no value had a unit. Its isotype column
// ("IFE type") and a paraprotein "Present NQ" (too small to measure) are read too.
TEST(Blind12Class, UnitsAndARangeUnderHistoryTitles) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date"},
       {126, "Lab No"},
       {202, "Paraprotein"},
       {270, "IFE type"},
       {345, "Kappa FLC"},
       {472, "K/L ratio"}},
      {{242, "g/L"}, {373, "mg/L"}, {473, "(0.26-1.65)"}},
      {{40, "12/07/24"},
       {126, "24-1183302"},
       {207, "Present NQ"},
       {270, "IgAkappa"},
       {372, "41.5"},
       {492, "2.10"}},
      {{40, "28/06/24"},
       {126, "24-1120458"},
       {239, "5.3"},
       {270, "IgA Kappa"},
       {372, "88.0"},
       {492, "4.40"}},
  });
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-06-28");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(kappa->obs.value, 88.0);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-06-28");
  ASSERT_NE(m, nullptr);
  EXPECT_DOUBLE_EQ(m->obs.value, 0.53);
  const ImportedObservation* nq = FindOn(r, Analyte::kSerumMProtein, "2024-07-12");
  ASSERT_NE(nq, nullptr);
  EXPECT_EQ(nq->obs.bound, records::ValueBound::kTrace);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-07-12");
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(ife->obs.text, "IgA kappa");
}

// A flowsheet whose long test names wrap their unit onto an indented line ("LAMBDA FREE LIGHT
// CHAIN, QUANT," / "SERUM (mg/L)"): the name was known, so the unit below was never read and no
// value had a unit.
TEST(Blind12Class, UnitOnTheWrappedLineOfAKnownName) {
  const ImportResult r = ExtractPlaced(
      {
          {{36, "Component"}, {276, "2/6/2024"}, {343, "2/27/2024"}, {410, "3/19/2024"}},
          {{44, "LAMBDA FREE LIGHT CHAIN, QUANT,"},
           {290, "212.4 (H)"},
           {357, "150.2 (H)"},
           {424, "98.7 (H)"}},
          {{52, "SERUM (mg/L)"}},
          {{44, "M-SPIKE, SERUM (g/dL)"}, {296, "2.2 (H)"}, {363, "1.6 (H)"}, {430, "1.1 (H)"}},
      },
      792);
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-02-27");
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 150.2);
  ASSERT_NE(FindOn(r, Analyte::kSerumMProtein, "2024-03-19"), nullptr);
}

// A laudo's earlier results after its label in cells of their own, each with its date
// ("Resultados anteriores: | 02/05/2024: 1,48 mg/dL | 04/04/2024: 1,63 mg/dL"), or with the
// test named in the label ("Resultados anteriores (Kappa livre):"): none was read.
TEST(Blind12Class, EarlierResultsInCellsAfterTheirLabel) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da coleta: 29/05/2024"}},
      {{40, "CREATININA"}},
      {{60, "Resultado"}, {247, "1,30 mg/dL"}, {330, "VR: 0,50 a 1,10 mg/dL"}},
      {{60, "Resultados anteriores:"},
       {181, "02/05/2024: 1,48 mg/dL"},
       {311, "04/04/2024: 1,63 mg/dL"}},
      {{40, "CADEIAS LEVES LIVRES"}},
      {{60, "Kappa livre"}, {247, "28,4 mg/L"}, {330, "VR: 6,7 a 22,4 mg/L"}},
      {{60, "Resultados anteriores (Kappa livre):"},
       {262, "02/05/2024: 41,0 mg/L"},
       {392, "04/04/2024: 66,2 mg/L"}},
  });
  const ImportedObservation* creat = FindOn(r, Analyte::kCreatinine, "2024-04-04");
  ASSERT_NE(creat, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(creat->obs.value, 1.63);
  EXPECT_TRUE(creat->previous);
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-05-02");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(kappa->obs.value, 41.0);
}

}  // namespace
}  // namespace oncoguide::import
