// Classes found by the first run of blind60 (a sixty-first separate author's 18 documents,
// measured once blind at a9d2944), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// Cobán: a single-date report whose earlier result and its date have titles set over two lines
// ("Resultado | Fecha" over "anterior | anterior"). The second line, read alone, took the
// header's place: each row's current result was dated with the earlier result's date, silently
// (six values), and the earlier results were lost.
TEST(Blind60Class, PreviousTitlesStackedOverTwoLines_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de toma de muestra: 12/03/2024 07:30"}},
      {{40, "Análisis"},
       {150, "Resultado"},
       {210, "Unidades"},
       {260, "Valores de"},
       {330, "Resultado"},
       {390, "Fecha"}},
      {{260, "referencia"}, {330, "anterior"}, {390, "anterior"}},
      {{40, "Hemoglobina"},
       {150, "11.7"},
       {210, "g/dL"},
       {260, "12.0 - 16.0"},
       {330, "11.5"},
       {390, "13/02/2024"}},
      {{40, "Creatinina"},
       {150, "1.19"},
       {210, "mg/dL"},
       {260, "0.60 - 1.10"},
       {330, "1.33"},
       {390, "15/01/2024"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-12", 11.7);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-13", 11.5);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-12", 1.19);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-15", 1.33);
  EXPECT_TRUE(FindOn(r, Analyte::kCreatinine, "2024-01-15")->previous);
  EXPECT_EQ(r.observations.size(), 4u);
}

// Mende: a protein work-up whose tests after the 24-hour urine section come under "Bilan associé
// (même prélèvement)" (the tests that go with it, same sample). They stayed the urine's, and
// the haemoglobin, creatinine and calcium were ignored as urine tests.
TEST(Blind60Class, AnAssociatedWorkUpEndsTheUrineSection_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélèvement du 12/03/2024"}},
      {{40, "Urines de 24 heures (diurèse : 1,60 L)"}},
      {{40, "Protéinurie"}, {200, "0,21"}, {240, "g/24 h"}, {300, "< 0,15"}},
      {{40, "Bilan associé (même prélèvement)"}},
      {{40, "Hémoglobine"}, {200, "12,5"}, {240, "g/dL"}, {300, "13,0 à 17,0"}},
      {{40, "Calcium"}, {200, "2,30"}, {240, "mmol/L"}, {300, "2,15 à 2,54"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-12", 12.5);
  EXPECT_NE(FindOn(r, Analyte::kCalcium, "2024-03-12"), nullptr) << ImportToJson(r).dump(1);
}

// The same report's history table titles its Bence Jones column with a per-day unit in brackets
// ("BJ (g/24 h)"): taken for a unit title, it left the header with a column no test named, and
// none of the table's dated rows was read.
TEST(Blind60Class, AShortTestNameWithAPerDayUnitIsATitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date de prélèvement"},
       {160, "Pic (g/L)"},
       {230, "Immunofixation"},
       {330, "BJ (g/24 h)"}},
      {{40, "10/10/2023"}, {170, "31,9"}, {230, "IgG kappa"}, {340, "0,79"}},
      {{40, "16/01/2024"}, {170, "14,4"}, {230, "IgG kappa"}, {340, "0,33"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-10-10", 3.19);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-01-16", 330);
  ExpectValueOn(r, Analyte::kSerumIfe, "2023-10-10", 1);
}

// Liuzhou: "24h尿κ轻链定量： | 待回报（外送检测）" (urine kappa quantitation: result to follow from
// an outside lab) was taken for a heading naming urine: the history table on the next page was
// read as the urine's, and its M-protein in g/L refused as a urine unit.
TEST(Blind60Class, ATestLabelWithAResultToComeNamesNoSpecimen_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "采样时间：2024-03-12 07:35"}},
      {{40, "24h尿κ轻链定量："}, {200, "待回报（外送检测）"}},
      {{40, "项目"}, {140, "单位"}, {200, "2023-11-14"}, {300, "2024-03-12"}},
      {{40, "M蛋白定量"}, {140, "g/L"}, {210, "30.1"}, {310, "8.8"}},
      {{40, "肌酐(Cr)"}, {140, "µmol/L"}, {210, "160"}, {310, "99"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-11-14", 3.01);
  EXPECT_NE(FindOn(r, Analyte::kCreatinine, "2024-03-12"), nullptr) << ImportToJson(r).dump(1);
}

// Esquel: a landscape flowsheet whose M-protein column is titled "CM", spelled out in a note under
// the table with how it is measured ("CM: componente monoclonal cuantificado por densitometría
// ..."), beside the ionised calcium titled "Ca++". The CM column was not read (nine values), and
// the ionised calcium was read as the total calcium's second value, for review.
TEST(Blind60Class, AKeyedTitleAndTheIonisedCalciumSymbol_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha"}, {120, "Hb"}, {170, "Calcio"}, {230, "Ca++"}, {290, "CM"}},
      {{120, "g/dL"}, {170, "mg/dL"}, {230, "mmol/L"}, {290, "g/dL"}},
      {{40, "03/08/23"}, {120, "9,2"}, {170, "11,2"}, {230, "1,41"}, {290, "3,38"}},
      {{40, "01/09/23"}, {120, "9,9"}, {170, "10,9"}, {230, "1,30"}, {290, "2,76"}},
      {{40, "29/09/23"}, {120, "10,5"}, {170, "10,6"}, {230, "1,28"}, {290, "2,34"}},
      {{40,
        "CM: componente monoclonal cuantificado por densitometría del proteinograma (región "
        "gamma). traza = banda visible no cuantificable"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-08-03", 3.38);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-09-01", 2.76);
  ExpectValueOn(r, Analyte::kCalcium, "2023-08-03", 11.2);
  EXPECT_EQ(r.observations.size(), 9u) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
