// Classes found by the first run of blind61 (a sixty-second separate author's 18 documents,
// measured once blind at 286edf6), each written as our own small page.
#include <gtest/gtest.h>

#include <algorithm>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// Lillooet: a patient portal's cards dated "Collected: 2024-Jan-29 09:15"; the PDF's text layer
// split the date before the kerned "J" ("2024- Jan-29"), the date was not read, and every card of
// two dates was listed as undated.
TEST(Blind61Class, AYearFirstDateWithItsMonthNameSetOneSpaceOff_Regression) {
  const std::optional<LabDate> d =
      FindLabDate("collected: 2024- jan-29 09:15", DateOrder::kUnknown);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->date.ToString(), "2024-01-29");
  // Digits stay as they were: "2024- 05-03" is no date.
  EXPECT_FALSE(FindLabDate("2024- 05-03", DateOrder::kUnknown).has_value());
  const ImportResult r = ExtractPlaced({
      {{40, "Hemoglobin"}, {300, "Final"}},
      {{40, "111 g/L"}, {300, "Low"}},
      {{40, "Reference range: 115 - 155 g/L"}},
      {{40, "Collected: 2024- Jan-29 09:15 - Hospital Lab"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-29", 11.1);  // g/dL
}

// Jinotega: the unit's title runs over the reference's ("UNIDADES VALORES DE REF."), and a
// reference said in words after the unit ("g/dL | No se detecta") was read as more of the unit:
// the serum and urine M-protein, current and earlier, were not read.
TEST(Blind61Class, AReferenceInWordsAfterTheUnitIsTheRange_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Toma de muestra: 05/02/2024 07:30"}},
      {{40, "EXAMEN"},
       {250, "RESULTADO"},
       {310, "UNIDADES VALORES DE REF."},
       {460, "ANTERIOR"},
       {520, "FECHA"}},
      {{40, "Hemoglobina"},
       {250, "11.9"},
       {310, "g/dL"},
       {360, "12.0 - 16.0"},
       {460, "11.7"},
       {520, "04/01/2024"}},
      {{40, "Componente monoclonal (pico M)"},
       {250, "0.30"},
       {310, "g/dL"},
       {360, "No se detecta"},
       {460, "0.77"},
       {520, "06/12/2023"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-02-05", 0.30);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-12-06", 0.77);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-05", 11.9);
}

// Yuxi: a Chinese sheet prints two half-tables side by side, each row's number and name in one
// cell ("11 钾(K)"). The lines were read as one row across: two results in a row, not read.
// And a later sheet's banner, "标本类型: | 血清" (specimen type: serum), read as a row of no test,
// did not end the urine sheet's specimen before it: its results were ignored as urine tests.
TEST(Blind61Class, TwoHalfTablesSideBySideAndEachSheetsSpecimen_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "科室: 血液内科"}, {200, "标本类型:"}, {260, "24小时尿"}},
      {{30, "序号 项目名称"}, {150, "结果"}, {200, "单位"}, {250, "参考区间"}},
      {{30, "1 尿M蛋白定量"}, {150, "124"}, {200, "mg/24h"}, {250, "0"}},
      {{30, "采样时间: 2024-03-04 07:00"}},
      {{30, "科室: 血液内科"}, {200, "标本类型:"}, {260, "血清"}},
      {{30, "序号 项目名称"},
       {130, "结果"},
       {170, "单位"},
       {220, "参考区间"},
       {320, "序号 项目名称"},
       {420, "结果"},
       {460, "单位"},
       {500, "参考区间"}},
      {{30, "1 白蛋白(ALB)"},
       {130, "40.7"},
       {170, "g/L"},
       {220, "40.0-55.0"},
       {320, "11 钾(K)"},
       {420, "4.38"},
       {460, "mmol/L"},
       {500, "3.50-5.30"}},
      {{30, "2 肌酐(CREA)"},
       {130, "93"},
       {170, "µmol/L"},
       {220, "41-81"},
       {320, "12 乳酸脱氢酶(LDH)"},
       {420, "185"},
       {460, "U/L"},
       {500, "120-250"}},
      {{30, "3 钙(Ca)"},
       {130, "2.39"},
       {170, "mmol/L"},
       {220, "2.11-2.52"},
       {320, "13 β2-微球蛋白(β2-MG)"},
       {420, "2.35"},
       {460, "mg/L"},
       {500, "1.00-3.00"}},
      {{30, "采样时间: 2024-03-05 07:32"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-03-04", 124);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-03-05", 4.07);         // g/dL
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-05", 1.052016);  // 93 µmol/L in mg/dL
  EXPECT_NE(FindOn(r, Analyte::kCalcium, "2024-03-05"), nullptr) << ImportToCsv(r);
  ExpectValueOn(r, Analyte::kLdh, "2024-03-05", 185);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-03-05", 2.35);
}

// A result and its flag in one cell ("32 L") is no numbered row of a second table: a flowsheet's
// rows stay whole.
TEST(Blind61Class, AResultWithItsFlagIsNoNumberedRow_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {150, "Units"}, {250, "14/02/24"}, {330, "13/03/24"}, {410, "10/04/24"}},
      {{40, "Haemoglobin"}, {150, "g/L"}, {250, "92 L"}, {330, "104 L"}, {410, "118"}},
      {{40, "Creatinine"}, {150, "umol/L"}, {250, "168 H"}, {330, "131 H"}, {410, "104 H"}},
      {{40, "Calcium"}, {150, "mmol/L"}, {250, "2.74 H"}, {330, "2.49"}, {410, "2.41"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-14", 9.2);  // g/dL
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-10", 11.8);
  EXPECT_NE(FindOn(r, Analyte::kCreatinine, "2024-03-13"), nullptr) << ImportToCsv(r);
}

// Kitami: a Japanese report's earlier value and its date ("前回値 | 前回日") were dropped without
// a word: their titles were not known.
TEST(Blind61Class, AJapaneseEarlierValueAndItsDateColumns_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "採取日時:"}, {110, "2024/01/08 08:40"}},
      {{40, "検査項目"},
       {200, "結果 判定"},
       {270, "単位"},
       {330, "基準値"},
       {430, "前回値"},
       {490, "前回日"}},
      {{40, "ヘモグロビン (Hb)"},
       {200, "12.5"},
       {230, "L"},
       {270, "g/dL"},
       {330, "13.7-16.8"},
       {430, "12.2"},
       {490, "2023/12/08"}},
      {{40, "クレアチニン (Cre)"},
       {200, "0.91"},
       {270, "mg/dL"},
       {330, "0.65-1.07"},
       {430, "0.90"},
       {490, "2023/12/08"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-08", 12.5);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-12-08", 12.2);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-12-08", 0.90);
  const ImportedObservation* earlier = FindOn(r, Analyte::kCreatinine, "2023-12-08");
  ASSERT_NE(earlier, nullptr) << ImportToCsv(r);
  EXPECT_TRUE(earlier->previous);
}

// Ayacucho: a free light chain table headed "Analito" (not known as a test's title) lost its
// earlier results column ("Anterior (04/12/2023)") without a word.
TEST(Blind61Class, AnAnalitoHeaderKeepsItsEarlierResultsColumn_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de toma: 06/03/2024"}},
      {{90, "Analito"},
       {255, "Resultado Unidad"},
       {346, "Referencia"},
       {428, "Anterior (04/12/2023)"}},
      {{90, "Cadena ligera libre kappa"},
       {277, "241.6 mg/L"},
       {346, "3.30 - 19.40"},
       {507, "332.1"}},
      {{90, "Cadena ligera libre lambda"}, {287, "6.9 mg/L"}, {346, "5.71 - 26.30"}, {512, "7.4"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-06", 241.6);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-12-04", 332.1);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-12-04", 7.4);
}

// Ayacucho: the electrophoresis albumin under a trace whose axis names the fractions ("Alb | α1 |
// α2 | β1 | β2 | γ"), the section's title two lines up, was read as the chemistry albumin.
TEST(Blind61Class, AnAlbuminUnderATracesFractionAxisIsTheElectrophoresis_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de toma: 06/03/2024"}},
      {{40, "PROTEINOGRAMA EN SUERO"}},
      {{40, "Método: capilar"}},
      {{300, "<- pico M"}},
      {{60, "Alb"}, {120, "α1"}, {170, "α2"}, {220, "β1"}, {270, "β2"}, {350, "γ"}},
      {{40, "Fracción"}, {200, "%"}, {280, "g/dL"}, {350, "V.R. (%)"}},
      {{40, "Albúmina"}, {200, "52.0"}, {280, "3.76"}, {350, "55.8 - 66.1"}},
  });
  // Read for review as the electrophoresis albumin, never as the chemistry test.
  const ImportedObservation* albumin = Find(r, Analyte::kAlbumin);
  ASSERT_NE(albumin, nullptr) << ImportToCsv(r);
  EXPECT_TRUE(std::any_of(
      albumin->review_reasons.begin(), albumin->review_reasons.end(),
      [](const std::string& s) { return s.find("electrophoresis") != std::string::npos; }))
      << ImportToCsv(r);
}

// The class behind Kitami's and Ayacucho's losses: numbers under a column whose title is not
// understood were dropped without a word. Such a row is now listed, the number and the title
// named, so that an earlier result is not lost unseen. Not under a reference range's title in a
// language the reader does not know ("Referentie").
TEST(Blind61Class, ANumberUnderAColumnNotUnderstoodIsListed_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 12/06/2024"}},
      {{40, "Test"}, {200, "Result"}, {260, "Units"}, {330, "Referentie"}, {430, "Earlier one"}},
      {{40, "Haemoglobin"}, {200, "11.8"}, {260, "g/dL"}, {330, "13.5"}, {430, "11.2"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-12", 11.8);
  const auto listed = std::find_if(r.unrecognised.begin(), r.unrecognised.end(), [](const auto& u) {
    return u.reason.find("'11.2'") != std::string::npos &&
           u.reason.find("'Earlier one'") != std::string::npos;
  });
  EXPECT_NE(listed, r.unrecognised.end()) << ImportToCsv(r);
  EXPECT_TRUE(std::none_of(r.unrecognised.begin(), r.unrecognised.end(), [](const auto& u) {
    return u.reason.find("'13.5'") != std::string::npos;
  })) << ImportToCsv(r);
}

}  // namespace
}  // namespace oncoguide::import
