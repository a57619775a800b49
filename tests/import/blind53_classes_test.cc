// Classes found by blind53's first run (a fifty-fourth separate author's 18 documents, measured
// once blind at 8ee0685), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Cremona cumulative report's first page ends "segue a pagina 2 — Proteine, catene leggere
// libere, urine": the urine it lists made the next page's serum M-protein a urine one, and its
// "tracce" a trace urine M-protein, silently.
TEST(Blind53Class, ContinuationNoteNamesNoSpecimen_Regression) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{40, "Esame"}, {200, "U.M."}, {300, "10/06/24"}, {360, "13/05/24"}},
      {{40, "Emoglobina"}, {200, "g/dL"}, {300, "12,3"}, {360, "11,9"}},
      {{40, "segue a pagina 2 — Proteine, catene leggere libere, urine"}},
  }));
  Page second = PlacedPage({
      {{40, "Esame"}, {200, "U.M."}, {300, "10/06/24"}, {360, "13/05/24"}},
      {{40, "Componente monoclonale"}, {200, "g/dL"}, {300, "0,21"}, {360, "0,38"}},
  });
  second.number = 2;
  d.pages.push_back(second);
  const ImportResult r = ExtractObservations(d);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-05-13", 0.38);
  EXPECT_EQ(FindOn(r, Analyte::kUrineMProtein, "2024-05-13"), nullptr);
}

// A Quimper report's two earlier-result columns, "Antériorité 1 | Antériorité 2", each cell with
// its own date ("112 (19/02/24)"): joined into one, neither earlier result was read, without a
// word.
TEST(Blind53Class, TwoEarlierResultColumnsEachCellDated_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Prélevé le : 18/03/2024 à 08:20"}},
      {{36, "Analyses"},
       {222, "Résultats"},
       {280, "Unités"},
       {330, "Val. de référence"},
       {424, "Antériorité 1"},
       {520, "Antériorité 2"}},
      {{44, "Créatinine"},
       {244, "104 H"},
       {280, "µmol/L"},
       {330, "45 – 84"},
       {424, "112 (19/02/24)"},
       {520, "131 (22/01/24)"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-18", 104 * 0.011312);
  const ImportedObservation* feb = FindOn(r, Analyte::kCreatinine, "2024-02-19");
  const ImportedObservation* jan = FindOn(r, Analyte::kCreatinine, "2024-01-22");
  ASSERT_NE(feb, nullptr);
  ASSERT_NE(jan, nullptr);
  EXPECT_TRUE(feb->previous);
  EXPECT_NEAR(jan->obs.value, 131 * 0.011312, 1e-9);
}

// A Guangxi report's "上次结果(2024-03-11)": the previous result's title run into its date's
// bracket was no title, the column was read as a second result column and each row's two
// numbers ran together ("31.2 ↓ 29.8"); and "平均血红蛋白浓度" (MCHC) was read as haemoglobin.
TEST(Blind53Class, ChinesePreviousTitleWithItsDateAndMchc_Regression) {
  const ImportResult r = ExtractPlaced({
      {{180, "采样时间：2024-04-08 07:35"}},
      {{66, "项目名称"},
       {150, "缩写"},
       {276, "结果"},
       {314, "单位"},
       {384, "参考区间"},
       {480, "上次结果(2024-03-11)"}},
      {{66, "白蛋白"},
       {150, "ALB"},
       {271, "31.2 ↓"},
       {314, "g/L"},
       {384, "40.0-55.0"},
       {539, "29.8"}},
      {{66, "平均血红蛋白浓度"},
       {150, "MCHC"},
       {271, "329"},
       {314, "g/L"},
       {384, "316-354"},
       {539, "329"}},
  });
  ExpectValueOn(r, Analyte::kAlbumin, "2024-04-08", 3.12);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-03-11", 2.98);
  EXPECT_EQ(FindOn(r, Analyte::kHemoglobin, "2024-04-08"), nullptr);
}

// A Perpignan report's earlier results, each line a test with two dated results ("Pic
// monoclonal sérique : 24,8 g/L (13/03/2024) — 31,5 g/L (10/01/2024)"): the first took the
// report's date and the second was lost. And the chemistry after its 24-hour urine section,
// under "BILAN BIOCHIMIQUE ASSOCIÉ (même prélèvement)", was read as urine tests.
TEST(Blind53Class, TwoDatedEarlierResultsOnOneLineAndChemistryAfterUrine_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Prélèvement sanguin : 15/05/2024 à 07:50"}},
      {{36, "URINES DE 24 HEURES"}},
      {{44, "Composante monoclonale urinaire"}, {260, "0,31 g/24 h"}, {340, "absence"}},
      {{36, "BILAN BIOCHIMIQUE ASSOCIÉ (même prélèvement)"}},
      {{44, "Créatinine"}, {300, "88"}, {350, "µmol/L"}, {400, "59 – 104"}},
      {{36, "RÉSULTATS ANTÉRIEURS (même technique)"}},
      {{44, "Pic monoclonal sérique : 24,8 g/L (13/03/2024) — 31,5 g/L (10/01/2024)"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-15", 88 * 0.011312);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-13", 2.48);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-10", 3.15);
  EXPECT_EQ(FindOn(r, Analyte::kSerumMProtein, "2024-05-15"), nullptr);
}

// A Gangneung flowsheet's column title "M-단백" (M-protein, with a hyphen) was no title we knew:
// none of its M-proteins was read.
TEST(Blind53Class, KoreanMProteinTitleWithAHyphen_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "채혈일시"}, {96, "혈색소"}, {160, "M-단백"}, {220, "κ FLC"}},
      {{96, "g/dL"}, {160, "g/dL"}, {220, "mg/L"}},
      {{36, "2024-03-05"}, {96, "10.9"}, {160, "0.63"}, {220, "88.2"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-05", 0.63);
}

}  // namespace
}  // namespace oncoguide::import
