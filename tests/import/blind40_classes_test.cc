// Classes found by blind40's first run (a forty-first separate author's 18 documents, measured
// once blind at 3e9d229), each written as our own small page.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <utility>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/test_names.h"
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

// Portal cards two a row, each dated by the "Collected:" line under it: every card took the date
// of the card above it (the first, the search filter's), silently. A label beside the other
// card's row ("Collected: ... | eGFR | 62") or with its twin on the other side no longer ends the
// page's two columns, cards whose name carries a status ("Hemoglobin | Final" / "Result | 122
// g/L") count as cards, and a row above its reference line closes the label below it.
TEST(Blind40Class, CardsTwoARowDatedBelowEachCard_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Filter: All tests - Sorted: newest first"}},
          {{48, "Hemoglobin"}, {268, "Final"}, {326, "White Blood Cell Count"}, {546, "Final"}},
          {{48, "Result"}, {152, "122 g/L"}, {326, "Result"}, {433, "5.0 x10E9/L"}},
          {{174, "Reference range: 135 - 175"}, {452, "Reference range: 4.0 - 11.0"}},
          {{48, "Collected: 2024-Oct-15 09:00"}, {326, "Collected: 2024-Oct-15 09:00"}},
          {{48, "Platelet Count"}, {268, "Final"}, {326, "Creatinine"}, {546, "Final"}},
          {{48, "Result"}, {152, "208 x10E9/L"}, {326, "Result"}, {430, "100 umol/L"}},
          {{174, "Reference range: 150 - 400"}, {452, "Reference range: 60 - 110"}},
          {{48, "Collected: 2024-Oct-15 09:00"}, {326, "eGFR"}, {436, "62 mL/min/1.73m2"}},
          {{452, "Reference range: >= 60"}},
          {{326, "Collected: 2024-Oct-15 09:00"}},
          {{48, "Hemoglobin"}, {268, "Final"}, {326, "Creatinine"}, {546, "Final"}},
          {{48, "Result"}, {152, "117 g/L"}, {326, "Result"}, {430, "105 umol/L"}},
          {{174, "Reference range: 135 - 175"}, {452, "Reference range: 60 - 110"}},
          {{48, "Collected: 2024-Sep-17 08:43"}, {326, "Collected: 2024-Sep-17 08:43"}},
          {{48, "Calcium"}, {268, "Final"}, {326, "Albumin"}, {546, "Final"}},
          {{48, "Result"}, {149, "2.34 mmol/L"}, {326, "Result"}, {436, "38 g/L"}},
          {{174, "Reference range: 2.10 - 2.55"}, {452, "Reference range: 35 - 50"}},
          {{48, "Collected: 2024-Sep-17 08:43"}, {326, "Collected: 2024-Sep-17 08:43"}},
      },
      612);
  for (const auto& [date, hb] : {std::pair{"2024-10-15", 12.2}, std::pair{"2024-09-17", 11.7}}) {
    const ImportedObservation* o = FindOn(r, Analyte::kHemoglobin, date);
    ASSERT_NE(o, nullptr) << date << ImportToJson(r).dump(1);
    EXPECT_TRUE(std::abs(o->obs.value - hb) < 1e-6 || o->needs_review)
        << date << " " << o->obs.value;
  }
  const ImportedObservation* c = FindOn(r, Analyte::kCreatinine, "2024-10-15");
  ASSERT_NE(c, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(std::abs(c->obs.value - 100 / 88.42) < 1e-3 || c->needs_review) << c->obs.value;
}

// A Portuguese 24-hour urine report: under "IMUNOFIXAÇÃO URINÁRIA", a row naming no specimen
// ("Imunofixação (IgG, IgA, IgM, kappa, lambda)") with its earlier, dated result was read as the
// serum's immunofixation, silently.
TEST(Blind40Class, ImmunofixationUnderAUrineTitleIsTheUrines_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data de colheita: 21-02-2024"}},
      {{40, "URINA DE 24 HORAS"}},
      {{48, "Análise"},
       {300, "Resultado"},
       {360, "Unidade"},
       {410, "Intervalo"},
       {480, "Resultado anterior"}},
      {{48, "Componente monoclonal urinário"},
       {300, "0,67"},
       {360, "g/24 h"},
       {410, "Ausente"},
       {480, "0,94 (14-11-2023)"}},
      {{40, "IMUNOFIXAÇÃO URINÁRIA"}},
      {{48, "Imunofixação (IgG, IgA, IgM, kappa, lambda)"}, {480, "kappa livre (14-11-2023)"}},
  });
  EXPECT_EQ(FindOn(r, Analyte::kSerumIfe, "2023-11-14"), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* o = FindOn(r, Analyte::kUrineIfe, "2023-11-14");
  ASSERT_NE(o, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(o->previous);
}

// A Fukuoka time series names its tests with a Latin abbreviation before the Japanese name in
// full-width parentheses ("Hb（ヘモグロビン）"), M-protein in katakana ("Mタンパク定量"), and
// β2-microglobulin in "μg/mL" with a Greek mu: 41 of 56 values went unread.
TEST(Blind40Class, JapaneseNamesInFullWidthParenthesesAndGreekMu_Regression) {
  for (const auto& [name, analyte] : {std::pair{"Hb（ヘモグロビン）", Analyte::kHemoglobin},
                                      std::pair{"Cre（クレアチニン）", Analyte::kCreatinine},
                                      std::pair{"Ca（カルシウム）", Analyte::kCalcium},
                                      std::pair{"Mタンパク定量", Analyte::kSerumMProtein}}) {
    const TestName t = MatchTestName(name, Specimen::kUnknown);
    EXPECT_EQ(t.match, TestName::Match::kExact) << name;
    EXPECT_EQ(t.analyte, analyte) << name;
  }
  const ImportResult r = ExtractPlaced({
      {{40, "検査項目"}, {220, "単位"}, {280, "基準値"}, {350, "24/03/06"}, {410, "24/04/03"}},
      {{44, "β2-マイクログロブリン"},
       {220, "μg/mL"},
       {280, "0.9-2.0"},
       {350, "2.4 H"},
       {410, "2.2 H"}},
  });
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-03-06", 2.4);
}

// A Gwangju results list: each row starts with its collection and its report date and time, under
// Korean titles (검사명, 결과 판정 단위, 참고치, 검체) that were not read; 65 rows were listed as
// dated rows no header names. Each row is dated by the cell under the collection title (채혈일시),
// not the report's (보고일시).
TEST(Blind40Class, KoreanListWithCollectionAndReportDates_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "채혈일시"},
           {130, "보고일시"},
           {230, "검사명"},
           {360, "결과 판정 단위"},
           {480, "참고치"},
           {570, "검체"}},
          {{30, "2024-08-05 08:31"},
           {130, "2024-08-06 16:40"},
           {230, "Creatinine"},
           {360, "2.13 H"},
           {420, "mg/dL"},
           {480, "0.70-1.20"},
           {570, "혈청"}},
          {{30, "2024-09-02 08:12"},
           {130, "2024-09-03 11:25"},
           {230, "Creatinine"},
           {360, "1.90 H"},
           {420, "mg/dL"},
           {480, "0.70-1.20"},
           {570, "혈청"}},
      },
      640);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-08-05", 2.13);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-09-02", 1.90);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2024-08-06"), nullptr) << ImportToJson(r).dump(1);
}

// A Recife report gives each test's earlier results on the line under "Resultados anteriores:",
// after the test's name or not ("Hemoglobina — 12/03/2024: 10,9 g/dL | 13/02/2024: 10,3 g/dL"):
// a label alone in its cell was passed over, and 17 earlier results went unread.
TEST(Blind40Class, EarlierResultsOnTheLineUnderTheirLabel_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da coleta: 09/04/2024"}},
      {{46, "Creatinina"}, {330, "1,38 mg/dL"}, {440, "0,70 a 1,30"}},
      {{46, "Resultados anteriores:"}},
      {{54, "12/03/2024: 1,45 mg/dL | 13/02/2024: 1,61 mg/dL"}},
      {{46, "Hemoglobina"}, {330, "11,4 g/dL"}, {440, "13,5 a 17,5"}},
      {{46, "Hematócrito"}, {330, "34,6 %"}, {440, "41,0 a 53,0"}},
      {{46, "Plaquetas"}, {330, "212.000 /mm³"}, {440, "150.000 a 450.000"}},
      {{46, "Resultados anteriores:"}},
      {{54, "Hemoglobina — 12/03/2024: 10,9 g/dL | 13/02/2024: 10,3 g/dL"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-12", 1.45);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-13", 1.61);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-12", 10.9);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-13", 10.3);
  const ImportedObservation* o = FindOn(r, Analyte::kHemoglobin, "2024-02-13");
  ASSERT_NE(o, nullptr);
  EXPECT_TRUE(o->previous);
}

// An Asturias marrow report dates its aspirate by "Fecha de la punción" (the puncture's date),
// which was no collection label: the aspirate's plasma cells had "no collection date".
TEST(Blind40Class, MarrowPunctureDateDatesTheAspirate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "INFORME DE ESTUDIO DE MÉDULA ÓSEA"}},
      {{40, "Fecha de la punción:"},
       {200, "09/04/2024"},
       {330, "Fecha del informe:"},
       {470, "16/04/2024"}},
      {{40, "Aspirado medular - estudio citomorfológico"}},
      {{56, "Blastos"}, {230, "1,2 %"}, {330, "Basófilos"}, {470, "0,2 %"}},
      {{56, "Mielocitos"}, {230, "8,4 %"}, {330, "Células plasmáticas"}, {470, "14,6 %"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-04-09", 14.6);
}

// A Córdoba portal's cards put the reference range and the earlier result on one line
// ("Valores de referencia: 13,0 - 17,0 | Resultado anterior: 11,1 g/dL (15/03/2024)"): the
// line was taken for an unknown test, and every earlier result went unread.
TEST(Blind40Class, EarlierResultAfterTheRangeOnOneLine_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de extracción: 18/04/2024 07:40"}},
      {{50, "Creatininemia"}, {330, "1,18 mg/dL"}},
      {{50, "Valores de referencia: 0,70 - 1,20"},
       {330, "Resultado anterior: 1,27 mg/dL (15/03/2024)"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-18", 1.18);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-15", 1.27);
  const ImportedObservation* o = FindOn(r, Analyte::kCreatinine, "2024-03-15");
  ASSERT_NE(o, nullptr);
  EXPECT_TRUE(o->previous);
}

// A Sichuan report numbers its rows with the number set close to the name, in one cell ("11
// 肌酐(CREA) | 132 ↑ | μmol/L"): the row was read as no row and dropped without a word.
TEST(Blind40Class, RowNumberInTheNamesCell_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "采样时间：2024-05-20 07:45"}},
      {{30, "No 项目"}, {170, "结果"}, {210, "单位"}, {260, "参考区间"}},
      {{30, "11 肌酐(CREA)"}, {170, "132 ↑"}, {210, "μmol/L"}, {260, "57-111"}},
  });
  const ImportedObservation* o = FindOn(r, Analyte::kCreatinine, "2024-05-20");
  ASSERT_NE(o, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(o->obs.value, 132 / 88.4, 1e-3);
}

// A scan of a Western Australian cumulative print: "Total Protein" read as two cells, so its name
// was unknown, and "Paraprotein" on the next line taken for the rest of it: "Total Paraprotein"
// with the total protein's results, 6.6 g/dL where the paraprotein was "<1 g/L", silently. Two
// lines that each carry results are two rows.
TEST(Blind40Class, TwoRowsWithResultsAreNotOneWrappedName_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {160, "Units"}, {220, "26/08/24"}, {280, "29/07/24"}, {340, "01/07/24"}},
      {{40, "Total"}, {90, "Protein"}, {160, "g/L"}, {220, "66"}, {280, "66"}, {340, "67"}},
      {{40, "Paraprotein"}, {160, "g/L"}, {220, "<l"}, {280, "<l"}, {340, "1.8"}},
  });
  for (const char* date : {"2024-08-26", "2024-07-29"}) {
    const ImportedObservation* o = FindOn(r, Analyte::kSerumMProtein, date);
    EXPECT_TRUE(o == nullptr || o->needs_review || o->obs.value < 0.2)
        << date << ImportToJson(r).dump(1);
  }
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-07-01", 0.18);
}

}  // namespace
}  // namespace oncoguide::import
