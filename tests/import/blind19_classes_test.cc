// Classes found by blind19's first run (a twentieth separate author's 18 layouts, measured once
// blind: tests/import/corpus/blind19/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A 24-hour urine section dated by its collection period, the two dates joined by a sign ("~")
// rather than a word: the urine results belong to the end of the collection, not its start.
// The urine immunofixation was dated on the first day without a flag.
TEST(Blind19Class, CollectionPeriodJoinedByASignEndsOnItsSecondDate) {
  const ImportResult r = ExtractPlaced({
      {{40, "24-hour urine"}},
      {{40, "Collection: 2024-02-11 06:30 ~ 2024-02-12 06:30"}},
      {{40, "Test"}, {200, "Result"}, {290, "Unit"}, {360, "Reference"}},
      {{40, "UPEP M-spike"}, {200, "640"}, {290, "mg/day"}, {360, "Not detected"}},
      {{40, "Urine immunofixation"}, {200, "Free lambda light chain detected"}},
  });
  const ImportedObservation* m = FindOn(r, Analyte::kUrineMProtein, "2024-02-12");
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-02-12");
  EXPECT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-02-11"), nullptr);
}

// A cumulative report with dates as rows and short Japanese-style column titles: "cCa"
// (albumin-corrected calcium) was cut in two at its capital and read as calcium, and "TP" (total
// protein) and "LD(IFCC)" (the enzyme's standard in parentheses) were unknown, so the header
// was not a header and nothing under it was read.
TEST(Blind19Class, ShortHistoryTitlesCorrectedCalciumTotalProteinAndEnzymeStandard) {
  const ImportResult r = ExtractPlaced(
      {
          {{28, "Collection date"},
           {120, "Hb"},
           {170, "Ca"},
           {220, "cCa"},
           {270, "TP"},
           {320, "Alb"},
           {370, "LD(IFCC)"}},
          {{28, "(yyyy/mm/dd)"},
           {120, "g/dL"},
           {170, "mg/dL"},
           {220, "mg/dL"},
           {270, "g/dL"},
           {320, "g/dL"},
           {370, "U/L"}},
          {{28, "2023/10/02"},
           {120, "9.8 L"},
           {170, "10.4 H"},
           {220, "11.2 H"},
           {270, "9.9 H"},
           {320, "3.3 L"},
           {370, "241 H"}},
      },
      842);
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2023-10-02");
  const ImportedObservation* ldh = FindOn(r, Analyte::kLdh, "2023-10-02");
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ldh, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(ca->obs.value, 10.4);
  EXPECT_FALSE(ca->needs_review);  // no second, corrected, calcium competes with it
  EXPECT_DOUBLE_EQ(ldh->obs.value, 241);
  EXPECT_NE(FindOn(r, Analyte::kAlbumin, "2023-10-02"), nullptr);
  EXPECT_NE(FindOn(r, Analyte::kHemoglobin, "2023-10-02"), nullptr);
}

// A Danish portal export: one row per analysis, each starting with its sampling date and time
// and ending with the date it was answered. A blood count's row ("4,9 10^9/L", "3,5 - 8,8")
// was taken for a flowsheet's header (two dates, the rest unreadable dates), and every later
// row's result was then read from the answered-date column.
TEST(Blind19Class, ResultsListRowWithTwoDatesIsNotAFlowsheetHeader) {
  const ImportResult r = ExtractPlaced({
      {{20, "Prøvetaget"},
       {110, "Analyse"},
       {200, "Resultat"},
       {270, "Reference"},
       {330, "Besvaret"}},
      {{20, "03.06.2024 09:12"},
       {110, "B-Leukocytter"},
       {200, "5,1 10^9/L"},
       {270, "3,5 - 8,8"},
       {330, "03.06.2024"}},
      {{20, "03.06.2024 09:12"},
       {110, "P-Kreatinin"},
       {200, "101 µmol/L"},
       {270, "45 - 90"},
       {330, "03.06.2024"}},
      {{20, "03.06.2024 09:12"}, {110, "P-M-komponent"}, {200, "6,2 g/L"}, {330, "05.06.2024"}},
  });
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-06-03");
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-06-03");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(cr->obs.value, 101 / 88.42, 1e-3);
  EXPECT_NEAR(m->obs.value, 0.62, 1e-9);
}

// An Austrian report: the collection label "Probenahme" (one n) was unknown, and the earlier
// value's date stood in a column of its own titled "vom" ("of") after "Vorwert".
TEST(Blind19Class, AustrianProbenahmeAndVorwertVomColumns) {
  const ImportResult r = ExtractPlaced({
      {{40, "Probenahme:"}, {120, "04.06.2024 08:05"}},
      {{40, "Analyse"},
       {160, "Ergebnis"},
       {220, "Einheit"},
       {270, "Referenz"},
       {350, "Vorwert"},
       {410, "vom"}},
      {{40, "Kreatinin"},
       {160, "1,08"},
       {220, "mg/dl"},
       {270, "0,5 - 0,9"},
       {350, "1,21"},
       {410, "07.05.2024"}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kCreatinine, "2024-06-04");
  const ImportedObservation* before = FindOn(r, Analyte::kCreatinine, "2024-05-07");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(now->obs.value, 1.08);
  EXPECT_DOUBLE_EQ(before->obs.value, 1.21);
  EXPECT_TRUE(before->previous);
}

// A Greek report: the collection label "Ημερομηνία λήψης" (the date the sample was taken) was
// unknown, and an immunofixation typed "IgA-λάμδα" after "Ανιχνεύεται" (detected) or "θετική"
// (positive) was not read.
TEST(Blind19Class, GreekSampleDateAndImmunofixationWording) {
  const ImportResult r = ExtractPlaced({
      {{40, "Ημερομηνία λήψης: 11/03/2024 07:50"}},
      {{40, "Εξέταση"}, {250, "Αποτέλεσμα"}, {370, "Μονάδες"}},
      {{40, "Κρεατινίνη"}, {250, "1.21"}, {370, "mg/dL"}},
      {{40, "Ανοσοκαθήλωση ορού:"}, {250, "Παραμένει θετική για IgA-λάμδα."}},
  });
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-03-11");
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-11");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
}

// A Ukrainian report, in the Cyrillic letters Russian shares and its own ("і", "є"): names,
// header titles ("Показник", "Од. вим.", "Попередній" then a bare "Дата" over the earlier
// result's date, never the row's collection date), units "Од/л" and "г/добу".
TEST(Blind19Class, UkrainianReportWithPreviousResultAndItsDate) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Дата взяття біоматеріалу: 02.09.2024 08:30"}},
          {{40, "Показник"},
           {230, "Результат"},
           {330, "Од. вим."},
           {420, "Попередній"},
           {530, "Дата"}},
          {{40, "Креатинін"}, {230, "121"}, {330, "мкмоль/л"}, {420, "140"}, {530, "05.08.2024"}},
          {{40, "Лактатдегідрогеназа"},
           {240, "230"},
           {330, "Од/л"},
           {420, "251"},
           {530, "05.08.2024"}},
          {{40, "М-градієнт у сечі"}, {230, "0,21"}, {330, "г/добу"}},
      },
      700);
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-09-02");
  const ImportedObservation* cr_before = FindOn(r, Analyte::kCreatinine, "2024-08-05");
  const ImportedObservation* ldh = FindOn(r, Analyte::kLdh, "2024-09-02");
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineMProtein, "2024-09-02");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(cr_before, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ldh, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(cr->obs.value, 121 / 88.42, 1e-3);
  EXPECT_TRUE(cr_before->previous);
  EXPECT_FALSE(ldh->needs_review);
  EXPECT_NEAR(urine->obs.value, 210, 1e-9);
}

}  // namespace
}  // namespace oncoguide::import
