// The classes blind36's separate author found (tests/import/corpus/blind36: measured once blind,
// then a development split), each tested in our own words.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A Japanese cumulative table dates its columns "24/09/03", "24/08/06", "24/07/09" (year,
// month, day): read day first, each became a date of 2003 to 2009 on the 24th, silently.
// Dates of three two-digit fields that only make sense as a series year first are read so.
TEST(Blind36Class, TwoDigitDatesYearFirstWhenTheirSeriesSaysSo_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {200, "Unit"}, {300, "24/09/03"}, {360, "24/08/06"}, {420, "24/07/09"}},
      {{40, "LDH"}, {200, "U/L"}, {300, "201"}, {360, "198"}, {420, "205"}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2024-09-03", 201);
  ExpectValueOn(r, Analyte::kLdh, "2024-07-09", 205);
  EXPECT_EQ(FindOn(r, Analyte::kLdh, "2003-09-24"), nullptr) << ImportToJson(r).dump(1);
}

// One such date on a Japanese page has no series to tell: it is read year first, as Japan
// writes it, and marked for review.
TEST(Blind36Class, OneTwoDigitDateOnAJapanesePageIsReviewed_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "検査結果報告書"}},
      {{40, "Collected: 24/03/12"}},
      {{40, "LDH"}, {200, "231"}, {260, "U/L"}},
  });
  const ImportedObservation* o = FindOn(r, Analyte::kLdh, "2024-03-12");
  ASSERT_NE(o, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(o->needs_review);
}

// A European series of such dates stays day first ("15/01/24", "12/02/24": year first they
// would spread over four years).
TEST(Blind36Class, DayFirstSeriesOfTwoDigitDatesStaysDayFirst) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {200, "Unit"}, {300, "15/01/24"}, {360, "12/02/24"}, {420, "11/03/24"}},
      {{40, "LDH"}, {200, "U/L"}, {300, "201"}, {360, "198"}, {420, "205"}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2024-01-15", 201);
  ExpectValueOn(r, Analyte::kLdh, "2024-03-11", 205);
}

// An Alsatian report prints each earlier result with its own date on the line under it: the
// first row's dates dated the earlier-results columns, and a row further down whose only
// earlier result was of another date ("3,40" over "12/03/24") took the column's date, silently.
TEST(Blind36Class, DateUnderAnEarlierResultIsItsOwn_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le : 04/06/2024"}},
      {{485, "Antériorités"}},
      {{40, "Analyse"}, {264, "Résultat"}, {318, "Unité"}, {368, "Valeurs réf."}},
      {{437, "(date prélèv.)"}, {504, "(date prélèv.)"}},
      {{46, "Hématies"},
       {282, "3,92"},
       {318, "T/L"},
       {368, "(3,80 - 5,00)"},
       {460, "3,75"},
       {527, "3,51"}},
      {{450, "07/05/24"}, {517, "09/04/24"}},
      {{46, "Hémoglobine"},
       {282, "11,6"},
       {318, "g/dL"},
       {368, "(11,5 - 15,0)"},
       {460, "11,1"},
       {527, "10,4"}},
      {{450, "07/05/24"}, {517, "09/04/24"}},
      {{46, "Bêta-2 microglobuline"},
       {279, "2,90 *"},
       {318, "mg/L"},
       {368, "(0,80 - 2,20)"},
       {460, "3,40"}},
      {{450, "12/03/24"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-05-07", 11.1);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-03-12", 3.4);
  // The first row's dates, far below the header, dated its earlier-results column: they had
  // become a header of their own, and every current result (under "Résultat") was lost.
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-04", 11.6);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-06-04", 2.9);
  EXPECT_TRUE(FindOn(r, Analyte::kHemoglobin, "2024-05-07")->previous);
  EXPECT_EQ(FindOn(r, Analyte::kBeta2Microglobulin, "2024-05-07"), nullptr)
      << ImportToJson(r).dump(1);
}

// A Galician report: "Proba / Prueba" was no test column's title, so each row's result, unit
// and range ran together; "Cadeas lixeiras libres", "Lactato deshidroxenase" and
// "Inmunofixación en soro" were no names, and "Calcio corrixido" (corrected) was read as the
// total calcium.
TEST(Blind36Class, GalicianTitlesAndNames_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data de extracción: 12/03/2024 08:35"}},
      {{40, "Proba / Prueba"}, {220, "Resultado"}, {284, "Unidades"}, {340, "Int. referencia"}},
      {{46, "Hemoglobina"}, {244, "10,8 *"}, {284, "g/dL"}, {340, "12,0 - 16,0"}},
      {{46, "Calcio corrixido pola albumina"}, {250, "9,8"}, {284, "mg/dL"}, {340, "8,6 - 10,2"}},
      {{46, "Cadeas lixeiras libres lambda (soro)"}, {250, "7,9"}, {284, "mg/L"}},
      {{46, "Lactato deshidroxenase (LDH)"}, {250, "212"}, {284, "U/L"}},
      {{46, "Inmunofixación en soro"}, {228, "Banda monoclonal IgG kappa"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-12", 10.8);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-03-12", 7.9);
  ExpectValueOn(r, Analyte::kLdh, "2024-03-12", 212);
  EXPECT_NE(FindOn(r, Analyte::kSerumIfe, "2024-03-12"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kCalcium, "2024-03-12"), nullptr) << ImportToJson(r).dump(1);
}

// A bilingual New Brunswick card: "Previous / Précédent : 98 g/L (collected / prélevé
// 2024-12-10)": the label words left beside the earlier value made it unreadable.
TEST(Blind36Class, CollectionLabelBeforeAnEarlierResultsDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{44, "Hemoglobin / Hémoglobine"}},
      {{44, "104"}, {82, "g/L"}, {249, "LOW / BAS"}},
      {{44, "Collected / Prélevé : 2025-01-14 08:42"}},
      {{44, "Previous / Précédent : 98 g/L (collected / prélevé 2024-12-10)"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2025-01-14", 10.4);
  const ImportedObservation* before = FindOn(r, Analyte::kHemoglobin, "2024-12-10");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
}

// A Japanese table names its tests in Japanese with an abbreviation in parentheses
// ("ヘモグロビン (Hb)", "M蛋白量", "遊離L鎖 κ"): the name was read from the Latin letters alone,
// so only "LD (IFCC)" was read. Chinese, Japanese and Korean test words are read in English;
// a test oncoguide does not use stays ignored ("尿素窒素" is urea, "補正カルシウム" corrected
// calcium), and a name written in Latin letters too ("Hb ヘモグロビン") is read as before.
TEST(Blind36Class, ChineseJapaneseAndKoreanTestNames_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "採取日 Collected: 2024/09/03"}},
      {{40, "検査項目"}, {200, "Result"}, {260, "Unit"}},
      {{42, "ヘモグロビン (Hb)"}, {200, "11.9 L"}, {260, "g/dL"}},
      {{42, "クレアチニン (Cre)"}, {200, "1.02"}, {260, "mg/dL"}},
      {{42, "補正カルシウム"}, {200, "9.3"}, {260, "mg/dL"}},
      {{42, "尿素窒素 (UN)"}, {200, "17"}, {260, "mg/dL"}},
      {{42, "M蛋白量"}, {200, "0.3"}, {260, "g/dL"}},
      {{42, "遊離L鎖 κ"}, {200, "22.7 H"}, {260, "mg/L"}},
      {{42, "血清游离λ轻链"}, {200, "11.0"}, {260, "mg/L"}},
      {{42, "Alb アルブミン"}, {200, "3.8"}, {260, "g/dL"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-09-03", 11.9);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-09-03", 1.02);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-09-03", 0.3);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-09-03", 22.7);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-09-03", 11.0);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-09-03", 3.8);
  EXPECT_EQ(FindOn(r, Analyte::kCalcium, "2024-09-03"), nullptr) << ImportToJson(r).dump(1);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.analyte, Analyte::kUrineMProtein) << ImportToJson(r).dump(1);
  }
}

// A Valencian cumulative table's singular "Cadena lleugera lliure kappa" was no name; a
// Queensland one gave each test's unit with its range in one cell ("umol/L (45-90)"), which
// was no unit, and typed its immunofixation "IgG-Lam", which was no isotype.
TEST(Blind36Class, SingularCatalanNameUnitWithRangeAndLamIsotype_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {190, "Units (ref)"}, {290, "18/02/2025"}, {350, "18/03/2025"}},
      {{38, "Creatinine"}, {190, "umol/L (45-90)"}, {300, "72"}, {360, "91 H"}},
      {{38, "Immunofixation"}, {190, "(NEG)"}, {300, "NEG"}, {360, "IgG-Lam"}},
      {{38, "Cadena lleugera lliure kappa"}, {190, "mg/L"}, {300, "12,0"}, {360, "11,5"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2025-03-18", 91 * 0.011312);
  ExpectValueOn(r, Analyte::kKappaFlc, "2025-02-18", 12.0);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2025-03-18");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgG lambda");
}

}  // namespace
}  // namespace oncoguide::import
