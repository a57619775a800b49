// Classes found by blind41's first run (a forty-second separate author's 18 documents, measured
// once blind at c7d7a27), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// An Apulia report: a chemistry section's title with a note in brackets beside it ("CHIMICA
// CLINICA E EMATOLOGIA | (prelievo del ...)") after a 24-hour urine section. Its haemoglobin,
// creatinine and calcium were set aside as urine tests not used.
TEST(Blind41Class, TitleWithANoteEndsTheUrineSection_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data prelievo: 08/04/2024"}},
      {{40, "PROTEINURIA DI BENCE JONES - URINE DELLE 24 ORE"}},
      {{40, "Componente monoclonale urinaria"}, {232, "0,21"}, {275, "g/24 h"}},
      {{40, "CHIMICA CLINICA E EMATOLOGIA"}, {218, "(prelievo del 08/04/2024)"}},
      {{40, "Esame"}, {211, "Risultato"}, {275, "Unita"}, {345, "Valori di riferimento"}},
      {{40, "Emoglobina"}, {232, "11,2"}, {275, "g/dL"}, {345, "13,0 - 17,0"}},
      {{40, "Creatinina"}, {232, "1,32"}, {275, "mg/dL"}, {345, "0,67 - 1,17"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-08", 11.2);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-08", 1.32);
}

// A Texas report continued on page 2: its section titles carry a note under the result's column
// ("PROTEIN ELECTROPHORESIS, SERUM | (capillary)"), and were read as unknown rows, so a footer
// naming the "24-hour urine" still held: the serum M-spike was refused as a urine M-protein in
// g/dL and the serum light chains set aside as urine tests.
TEST(Blind41Class, SerumTitleWithANoteUnderTheResult_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Collected: 02/27/2024 07:52"}},
      {{36, "Test"}, {265, "Result Flag"}, {324, "Units"}, {392, "Reference Interval"}},
      {{36,
        "Report continued on page 2 \u2014 Protein electrophoresis, free light chains, 24-hour "
        "urine."}},
      {{36, "PROTEIN ELECTROPHORESIS, SERUM"}, {270, "(capillary)"}},
      {{44, "M-Spike"}, {274, "1.12"}, {324, "g/dL"}, {392, "Not Observed"}},
      {{36, "FREE LIGHT CHAINS"}, {280, "(Serum)"}},
      {{44, "Kappa Free Light Chain"}, {274, "38.6"}, {324, "mg/dL"}, {392, "0.33 - 1.94"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-02-27", 1.12);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-27", 386);
}

// A unit and its reference range in one cell under "Unità / Rif." ("mg/L 3,3 – 19,4"): the
// light chains were refused, the whole cell taken for their unit.
TEST(Blind41Class, UnitThenRangeInOneCell_Regression) {
  const ImportResult r = ExtractPlaced({
      {{330, "Data prelievo: 08/04/2024"}},
      {{40, "Analisi"}, {211, "Risultato"}, {320, "Unita / Rif."}},
      {{40, "Catene kappa libere"}, {238, "9,8"}, {320, "mg/L 3,3 - 19,4"}},
      {{40, "Catene lambda libere"}, {227, "412,5"}, {262, "H"}, {320, "mg/L 5,7 - 26,3"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-04-08", 9.8);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-04-08", 412.5);
}

// "n.r." (non realizado / non solicitado, Galician and Spanish flowsheets): not done, no value.
TEST(Blind41Class, NrIsNotDone) {
  for (const char* t : {"n.r.", "non realizado", "non solicitado"}) {
    const std::optional<LabValue> v = ParseLabValue(t);
    ASSERT_TRUE(v.has_value()) << t;
    EXPECT_EQ(v->kind, LabValue::Kind::kNote) << t;
  }
}

// A Galician flowsheet, dates as rows, its titles over three lines: "Nº mostra" (the sample's
// number) set as one cell with "Hemoglobina", and "Proteínas Compoñente" over "totais |
// monoclonal", with "Cociente" over "κ/λ". The haemoglobin and the M-protein columns were read
// as no column, and their values dropped without a word.
TEST(Blind41Class, TitlesOverThreeLinesAndASampleNumber_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Data"},
           {100, "N\u00ba mostra Hemoglobina"},
           {230, "Creatinina"},
           {300, "Calcio"},
           {360, "Prote\u00ednas Compo\u00f1ente"},
           {520, "Cociente"}},
          {{30, "extracci\u00f3n"}, {370, "totais"}, {415, "monoclonal"}, {530, "\u03ba/\u03bb"}},
          {{180, "g/dL"}, {240, "mg/dL"}, {305, "mg/dL"}, {375, "g/dL"}, {430, "g/dL"}},
          {{30, "03/10/2023"},
           {100, "23-1003-0412"},
           {180, "8,7*"},
           {240, "1,62*"},
           {305, "11,4*"},
           {375, "9,8*"},
           {430, "3,42*"},
           {530, "0,009*"}},
          {{30, "31/10/2023"},
           {100, "23-1031-0388"},
           {180, "9,3*"},
           {240, "1,41*"},
           {305, "10,3*"},
           {375, "9,1*"},
           {430, "2,56*"},
           {530, "0,017*"}},
      },
      842);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-10-03", 8.7);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-10-03", 3.42);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-10-31", 2.56);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-10-31", 1.41);
}

// A Zurich report: thousands set apart by an apostrophe ("1\u2019284.0", "1'284.0"), an
// immunofixation's "freie Lambda-LK (BJ)" (Leichtketten, Bence Jones) and a narrow column's
// "nicht nachw." (nicht nachweisbar) were not understood.
TEST(Blind41Class, SwissNumbersAndShortGermanWords_Regression) {
  for (const char* t : {"1\u2019284.0 H mg/L", "1'284.0"}) {
    const std::optional<LabValue> v = ParseLabValue(t);
    ASSERT_TRUE(v.has_value()) << t;
    EXPECT_EQ(v->kind, LabValue::Kind::kNumber) << t;
    EXPECT_DOUBLE_EQ(v->number, 1284.0) << t;
  }
  // Not a thousand: two digits after the mark, or a quote after a word.
  EXPECT_FALSE(ParseLabValue("1'28") && ParseLabValue("1'28")->number == 128);
  for (const char* t : {"freie Lambda-LK", "freie Lambda-LK (BJ)"}) {
    const std::optional<LabValue> v = ParseLightChainBand(t);
    ASSERT_TRUE(v.has_value()) << t;
    EXPECT_EQ(v->kind, LabValue::Kind::kDetected) << t;
    EXPECT_EQ(v->isotype, "lambda") << t;
  }
  const std::optional<LabValue> none = ParseLabValue("nicht nachw.");
  ASSERT_TRUE(none.has_value());
  EXPECT_EQ(none->kind, LabValue::Kind::kNotDetected);
}

// A Shandong report: "序号 项目名称 | 结果 提示单位 | 参考区间 | 上次结果" (row number, test name,
// result, flag and unit, reference interval, last result, its date on the line under it). The
// titles were not known: every row held "several numbers", the last results were missed.
TEST(Blind41Class, ChineseTitlesWithTheLastResult_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "\u5e8f\u53f7 \u9879\u76ee\u540d\u79f0"},
       {296, "\u7ed3\u679c \u63d0\u793a\u5355\u4f4d"},
       {400, "\u53c2\u8003\u533a\u95f4"},
       {516, "\u4e0a\u6b21\u7ed3\u679c"}},
      {{508, "(2024-03-20)"}},
      {{44, "2"},
       {62, "\u767d\u86cb\u767d(ALB)"},
       {294, "31.6"},
       {322, "\u2193 g/L"},
       {400, "40.0-55.0"},
       {534, "30.2"}},
      {{44, "8"},
       {62, "\u808c\u9150(CREA)"},
       {294, "156"},
       {322, "\u2191 \u00b5mol/L"},
       {400, "41-73"},
       {534, "171"}},
      {{40, "\u91c7\u6837\u65f6\u95f4\uff1a2024-04-18 07:32"}},
  });
  ExpectValueOn(r, Analyte::kAlbumin, "2024-04-18", 3.16);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-03-20", 3.02);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-20", 171 * 0.011312);
}

// Two numbered blood-count tables side by side under Chinese titles ("1 | 白细胞计数(WBC) | ... |
// 6 | 血红蛋白(HGB) | 97 ↓ g/L"): once the titles were known, the line was read as one row of
// the white cells, not used, and the haemoglobin beside it was lost. A row number followed by a
// name starts a row on either side, a test not used too, so the page reads as two columns.
TEST(Blind41Class, NumberedTablesSideBySide_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "\u5e8f\u53f7 \u9879\u76ee\u540d\u79f0"},
       {174, "\u7ed3\u679c"},
       {204, "\u5355\u4f4d"},
       {244, "\u53c2\u8003\u533a\u95f4"},
       {301, "\u5e8f\u53f7 \u9879\u76ee\u540d\u79f0"},
       {439, "\u7ed3\u679c"},
       {469, "\u5355\u4f4d"},
       {509, "\u53c2\u8003\u533a\u95f4"}},
      {{40, "1"},
       {56, "\u767d\u7ec6\u80de\u8ba1\u6570(WBC)"},
       {174, "5.28"},
       {204, "10^9/L"},
       {244, "3.50-9.50"},
       {305, "6"},
       {321, "\u8840\u7ea2\u86cb\u767d(HGB)"},
       {445, "97 \u2193 g/L"},
       {509, "130-175"}},
      {{40, "2"},
       {56, "\u4e2d\u6027\u7c92\u7ec6\u80de%(NEU%)"},
       {174, "63.9"},
       {204, "%"},
       {244, "40.0-75.0"},
       {305, "7"},
       {321, "\u7ea2\u7ec6\u80de\u538b\u79ef(HCT)"},
       {439, "28.6 \u2193 %"},
       {509, "40.0-50.0"}},
      {{40, "3"},
       {56, "\u6dcb\u5df4\u7ec6\u80de%(LYM%)"},
       {174, "28.1"},
       {204, "%"},
       {244, "20.0-50.0"},
       {305, "8"},
       {321, "\u5e73\u5747\u7ea2\u7ec6\u80de\u4f53\u79ef(MCV)"},
       {439, "93.9"},
       {469, "fL"},
       {509, "82.0-100"}},
      {{40, "\u91c7\u6837\u65f6\u95f4\uff1a2024-03-05 07:32"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-05", 9.7);
}

// A Busan flowsheet's "24hr urine M-protein" row: a name that starts with a number was no name,
// and the row, its 184 mg/day with it, was dropped without a word.
TEST(Blind41Class, NameStartingWithItsHours_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "Test"}, {158, "Unit"}, {204, "Reference"}},
      {{30, "Date"}, {270, "2024-06-11"}, {340, "2024-05-14"}},
      {{30, "Creatinine"}, {158, "mg/dL"}, {204, "0.70-1.20"}, {280, "1.15"}, {350, "1.26"}},
      {{30, "24hr urine M-protein"}, {158, "mg/day"}, {280, "12"}, {350, "184"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-05-14", 184);
}

// No row naming a test used with a number beside it is dropped without a word: one the readers
// leave (here a history row set as one run of text) is listed as not read.
TEST(Blind41Class, UnreadRowOfATestIsListed) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-03-05"}},
      {{40, "Creatinine  1.21 1.30 1.10 mg/dL"}},
  });
  ASSERT_TRUE(r.observations.empty()) << ImportToJson(r).dump(1);
  ASSERT_EQ(r.unrecognised.size(), 1u) << ImportToJson(r).dump(1);
  EXPECT_EQ(r.unrecognised[0].reason, "a row of this test whose result was not read");
  // A sentence that names a test with a number is not a row ("Calcium peaked at 13.1 mg/dL").
  const ImportResult prose = ExtractPlaced({
      {{40, "Collected: 2024-03-05"}},
      {{40, "Calcium peaked at 13.1 mg/dL on day 2 and responded to saline."}},
  });
  for (const ImportNote& n : prose.unrecognised) {
    EXPECT_NE(n.reason, "a row of this test whose result was not read") << n.text;
  }
}

// "Protein EP M-peak" (EP: electrophoresis) named no test: a Busan flowsheet's M-protein row
// was not read. Loosely matched, it is read for review.
TEST(Blind41Class, ElectrophoresisShortFormQualifiesAName_Regression) {
  const TestName t = MatchTestName("Protein EP M-peak", Specimen::kUnknown);
  EXPECT_NE(t.match, TestName::Match::kNone);
  EXPECT_EQ(t.analyte, Analyte::kSerumMProtein);
  // The electrophoresis' albumin fraction is still no albumin.
  EXPECT_EQ(MatchTestName("Albumin EP", Specimen::kUnknown).match, TestName::Match::kIgnored);
}

}  // namespace
}  // namespace oncoguide::import
