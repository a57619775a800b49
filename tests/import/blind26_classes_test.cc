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

// A cumulative report by test: each test's heading with its unit and range ("HGB Hemoglobin |
// Unit: g/dL | Ref: 13.5-17.5"), then a table of collection dates and results. The rows were
// left unread: no table header named their test.
TEST(Blind26Class, AHistoryTableTakesItsTestFromTheHeadingsFirstCell) {
  const ImportResult r = ExtractPlaced({
      {{40, "HGB Hemoglobin"}, {449, "Unit: g/dL"}, {497, "Ref: 13.5-17.5"}},
      {{50, "Collection Date/Time"},
       {218, "Result"},
       {258, "Flag"},
       {300, "Report Date/Time"},
       {440, "Accession No."}},
      {{50, "2024/01/08 07:00"},
       {230, "9.1"},
       {262, "L"},
       {300, "2024/01/09 10:00"},
       {440, "S04021"}},
      {{50, "2024/02/05 08:17"},
       {224, "10.3"},
       {262, "L"},
       {300, "2024/02/06 11:23"},
       {440, "T04152"}},
      {{40, "CRE Creatinine"}, {441, "Unit: mg/dL"}, {497, "Ref: 0.70-1.30"}},
      {{50, "Collection Date/Time"},
       {218, "Result"},
       {258, "Flag"},
       {300, "Report Date/Time"},
       {440, "Accession No."}},
      {{50, "2024/01/08 07:00"},
       {224, "1.74"},
       {262, "H"},
       {300, "2024/01/09 10:00"},
       {440, "S04021"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-08", 9.1);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-05", 10.3);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-08", 1.74);
  EXPECT_EQ(FindOn(r, Analyte::kHemoglobin, "2024-01-09"), nullptr) << ImportToJson(r).dump(1);
}

// An Azerbaijani cumulative report, one row per date: its titles ("Nümunə götürülmə tarixi",
// the sampling date, run into "Hemoqlobin"; "M-zolaq", "κ SYZ") and units ("q/l", "mq/l",
// "mkmol/l") were not known, and every row was left unread.
TEST(Blind26Class, AzerbaijaniTitlesAndUnits) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Nümunə götürülmə"},
           {110, "Hemoqlobin"},
           {178, "Leykosit"},
           {282, "Kreatinin"},
           {342, "Kalsium"},
           {454, "Ümumi"},
           {600, "M-zolaq"},
           {680, "κ SYZ"}},
          {{30, "tarixi"},
           {130, "q/l"},
           {178, "×10⁹/l"},
           {282, "mkmol/l"},
           {342, "mmol/l"},
           {454, "zülal, q/l"},
           {600, "q/l"},
           {680, "mq/l"}},
          {{30, "14.09.2023"},
           {130, "78*"},
           {178, "3,7*"},
           {282, "184*"},
           {342, "2,73*"},
           {454, "113*"},
           {600, "45,4*"},
           {680, "611,6*"}},
      },
      842);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-09-14", 7.8);
  const ImportedObservation* creatinine = FindOn(r, Analyte::kCreatinine, "2023-09-14");
  ASSERT_NE(creatinine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(creatinine->obs.value, 2.08, 0.01);  // 184 µmol/L
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-09-14", 4.54);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-09-14", 611.6);
}

// A previous-result column whose date is on the line under its title ("Resultado anterior" /
// "(05/02/2024)"; "Предыдущий" / "результат (03.09.2024)"): its results were not read.
TEST(Blind26Class, APreviousColumnsDateUnderItsTitle) {
  const ImportResult es = ExtractPlaced({
      {{350, "Fecha de toma:"}, {460, "12/03/2024 07:45"}},
      {{40, "Prueba"},
       {226, "Resultado"},
       {290, "Unidades"},
       {352, "Rango de referencia"},
       {478, "Resultado anterior"}},
      {{478, "(05/02/2024)"}},
      {{40, "HEMATOLOGÍA"}},
      {{46, "Hemoglobina"}, {226, "9.8 L"}, {290, "g/dL"}, {352, "12.0 - 16.0"}, {478, "9.1 L"}},
  });
  ExpectValueOn(es, Analyte::kHemoglobin, "2024-03-12", 9.8);
  ExpectValueOn(es, Analyte::kHemoglobin, "2024-02-05", 9.1);
  const ImportResult ru = ExtractPlaced(
      {
          {{330, "Дата взятия материала:"}, {465, "17.10.2024 08:30"}},
          {{40, "Показатель"},
           {230, "Результат"},
           {380, "Ед. изм."},
           {460, "Референс. значения"},
           {650, "Предыдущий"}},
          {{640, "результат (03.09.2024)"}},
          {{46, "Креатинин"}, {230, "128 ↑ мкмоль/л"}, {460, "62 – 115"}, {660, "149 ↑"}},
      },
      842);
  ExpectValueOn(ru, Analyte::kCreatinine, "2024-10-17", 128 * 0.011312);
  ExpectValueOn(ru, Analyte::kCreatinine, "2024-09-03", 149 * 0.011312);
}

// A clinic letter's table of the last two visits ("Analyse | 24/10/2024 | 14/11/2024 | Unités |
// Normales") under prose that dates its own values: the table's rows were not read.
TEST(Blind26Class, ALettersTableOfTwoVisits) {
  const ImportResult r = ExtractPlaced({
      {{40,
        "Nous avons revu Mme Test en consultation le 14/11/2024 pour le suivi de son myélome."}},
      {{40, "Résultats des deux derniers bilans"}},
      {{40, "Analyse"},
       {246, "24/10/2024"},
       {336, "14/11/2024"},
       {410, "Unités"},
       {475, "Normales"}},
      {{44, "Hémoglobine"}, {287, "8,7"}, {377, "9,6"}, {410, "g/dL"}, {475, "12 – 16"}},
      {{44, "Créatinine"}, {287, "1,6"}, {377, "1,3"}, {410, "mg/dL"}, {475, "0,6 – 1,1"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-10-24", 8.7);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-11-14", 9.6);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-10-24", 1.6);
}

// A photo of the Uzbek report: "149 ↑" in the previous column read as "1491" and "128 ↑" as
// "128 Т": the current creatinine was not read (its unit "Т"), and the previous one, ten times
// too high, was kept silently. A lone Cyrillic "Т" after a number is an arrow; and a result
// ending in 1, without which it is close to the row's other result, is reviewed.
TEST(Blind26Class, AnArrowReadAsAFinalOneBesideTheRowsOtherResultIsReviewed) {
  const ImportResult r = ExtractScanned(
      {
          {{330, "Date of collection:"}, {465, "17.10.2024"}},
          {{40, "Test"}, {230, "Result"}, {300, "Units"}, {480, "Previous (03.09.2024)"}},
          {{46, "Creatinine"}, {230, "128 Т"}, {300, "umol/L"}, {500, "149"}},
          {{46, "LDH"}, {230, "276"}, {300, "U/L"}, {500, "3181"}},
          {{46, "Albumin"}, {230, "33"}, {300, "g/L"}, {500, "30"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-10-17", 128 * 0.011312);
  const ImportedObservation* ldh = FindOn(r, Analyte::kLdh, "2024-09-03");
  ASSERT_NE(ldh, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(ldh->needs_review) << ImportToJson(r).dump(1);
  const ImportedObservation* albumin = FindOn(r, Analyte::kAlbumin, "2024-09-03");
  ASSERT_NE(albumin, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(albumin->needs_review) << ImportToJson(r).dump(1);
}

}  // namespace

}  // namespace oncoguide::import
