// Classes found by blind45's first run (a forty-sixth separate author's 18 documents, measured
// once blind at d17374b), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A La Rioja portal read nothing, and said nothing: each card put "Último resultado" between
// its name and its value, which was taken for a table's header and dropped the card's name.
// The second card came under the first card's "Resultados anteriores", and its current value
// was then put up for review as an earlier result.
TEST(Blind45Class, CardResultTitleBetweenNameAndValue_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Hemoglobina"}},
      {{40, "Último resultado"}},
      {{40, "11,6 g/dL"}, {200, "Bajo"}},
      {{40, "Fecha de extracción: 12/06/2024"}},
      {{40, "Resultados anteriores"}},
      {{46, "17/04/2024"}, {160, "10,9 g/dL"}},
      {{40, "Creatinina"}},
      {{40, "Último resultado"}},
      {{40, "1,08 mg/dL"}, {200, "Alto"}},
      {{40, "Fecha de extracción: 12/06/2024"}},
      {{40, "Resultados anteriores"}},
      {{46, "17/04/2024"}, {160, "1,15 mg/dL"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-12", 11.6);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-17", 10.9);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-06-12", 1.08);
  const ImportedObservation* now = FindOn(r, Analyte::kCreatinine, "2024-06-12");
  ASSERT_NE(now, nullptr);
  EXPECT_FALSE(now->previous);
  EXPECT_FALSE(now->needs_review) << ImportToJson(r).dump(1);
}

// A Valais page named "Urine de 24 heures" in its right column; the full-width table of earlier
// results below both columns was then read as urine, and its haemoglobin, creatinine and light
// chains were ignored as urine tests (none of them listed as unread).
TEST(Blind45Class, RightColumnSpecimenHeadingEndsAtFullWidthTable_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le : 16.04.2024"}},
      {{320, "Urine de 24 heures"}},
      {{324, "Protéines totales"}, {450, "1.86"}, {490, "g/24 h"}},
      {{40, "Évolution (prélèvements antérieurs)"}},
      {{40, "Analyse"}, {200, "Unité"}, {260, "23.01.2024"}, {330, "20.02.2024"}},
      {{42, "Hémoglobine"}, {200, "g/L"}, {270, "86"}, {340, "93"}},
      {{42, "Chaînes légères libres lambda"}, {200, "mg/L"}, {270, "3912"}, {340, "2640"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-23", 8.6);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-02-20", 2640);
}

// A Michigan flowsheet set each immunofixation's findings a little below its name, on a line of
// their own under the date columns; they were dropped.
TEST(Blind45Class, FlowsheetFindingsBelowTheirName_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {140, "Reference"}, {260, "01/08/24"}, {340, "03/04/24"}},
      {{40, "IgG"}, {140, "700 - 1600 mg/dL"}, {265, "412"}, {345, "398"}},
      {{40, "Immunofixation, Serum"}},
      {{250, "IgA lambda"}, {330, "IgA lambda"}},
      {{40, "IgA"}, {140, "70 - 400 mg/dL"}, {265, "4180"}, {345, "2960"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-04");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
}

// The same flowsheet's narrow name column ran "Lambda Free Light Chain" into its range, and a
// Northern Territory print-out ran "Beta-2-Microglob" into its unit: neither row was read.
TEST(Blind45Class, NameRunIntoRangeOrUnit_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {260, "01/08/24"}, {340, "03/04/24"}},
      {{40, "Lambda Free Light Chain 0.57 - 2.63 mg/dL"}, {265, "85.21"}, {345, "46.19"}},
      {{40, "Beta-2-Microglob mg/L"}, {180, "(0.8-2.4)"}, {265, "6.3H"}, {345, "4.8H"}},
  });
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-01-08", 852.1);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-03-04", 4.8);
}

// "Free-K": the print-out's abbreviation of a free kappa band, as "IgG-K" is of IgG kappa.
TEST(Blind45Class, FreeLightChainInitial_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {260, "05/03/24"}, {340, "30/04/24"}},
      {{40, "Urine IFE"}, {260, "Free-K"}, {340, "Free-K"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-03-05");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "kappa");  // a free light chain's band is named by its chain
}

// A Marche table of immunofixations titled its columns by specimen alone under a heading that
// named both ("Immunofissazione (siero e urine del mattino)" / "Data prelievo | Siero | Urine"):
// the serum's findings were read as the urine's, and the urine's not at all.
TEST(Blind45Class, ColumnsTitledBySpecimenAlone_Regression) {
  const ImportResult r = ExtractPlaced({
      {{42, "Immunofissazione (siero e urine del mattino)"}},
      {{42, "Data prelievo"}, {160, "Siero"}, {330, "Urine"}},
      {{42, "06/05/2024"}, {160, "Positiva: IgG kappa"}, {330, "Negativa"}},
      {{42, "04/03/2024"}, {160, "Positiva: IgG kappa"}, {330, "Positiva: catene libere kappa"}},
  });
  const ImportedObservation* serum = FindOn(r, Analyte::kSerumIfe, "2024-05-06");
  ASSERT_NE(serum, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(serum->obs.text, "IgG kappa");
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineIfe, "2024-05-06");
  ASSERT_NE(urine, nullptr);
  EXPECT_EQ(urine->obs.value, 0);
  const ImportedObservation* earlier = FindOn(r, Analyte::kUrineIfe, "2024-03-04");
  ASSERT_NE(earlier, nullptr);
  EXPECT_EQ(earlier->obs.text, "kappa");
}

// blind45's silent value on the office scan: OCR set "HARN (Spontanharn)" apart from
// "IMMUNFIXATION", and the urine's negative immunofixation was given as the serum's.
TEST(Blind45Class, SpecimenSetApartFromCardName_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{36, "Abnahme:"}, {90, "12.08.2024"}},
          {{37, "IMMUNFIXATION"}, {120, "HARN (Spontanharn)"}},
          {{128, "negativ"}},
      },
      0.95f);
  EXPECT_EQ(Find(r, Analyte::kSerumIfe), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* urine = Find(r, Analyte::kUrineIfe);
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(urine->obs.value, 0);
}

// "Composante monoclonale" (Swiss French) is the M-protein.
TEST(Blind45Class, SwissFrenchMonoclonalComponent_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le : 16.04.2024"}},
      {{40, "Composante monoclonale"}, {200, "4.2"}, {240, "g/L"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-04-16", 0.42);
}

// On blind45's scans, flag arrows after values were read as letters ("9,2 ↓" as "9,2 J", "162 ↑"
// as "162 T"): the values were left unread for a unit "J" or "T". They are read, for review.
TEST(Blind45Class, ScanArrowReadAsLetterIsAFlag_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Analyse"}, {150, "Unité"}, {260, "19/01/2024"}, {340, "16/02/2024"}},
          {{40, "Hémoglobine"}, {150, "g/dL"}, {260, "9,2 J"}, {340, "10,0 T"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-19", 9.2);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-16", 10.0);
  EXPECT_TRUE(FindOn(r, Analyte::kHemoglobin, "2024-01-19")->needs_review);
}

// A Daejeon scan ran the Korean titles of the flag and unit columns together ("판정단위"): no
// unit column was found, and every unit was inferred.
TEST(Blind45Class, KoreanTitlesRunTogetherByScan_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{44, "채혈일시"}, {110, "2024-08-05 08:47"}},
          {{40, "검사명"}, {200, "결과"}, {250, "판정단위"}, {330, "참고치"}},
          {{46, "Calcium"}, {205, "10.1"}, {250, "H"}, {272, "mg/dL"}, {330, "8.6-10.2"}},
      },
      0.95f);
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2024-08-05");
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ca->written_unit, "mg/dL");
  EXPECT_FALSE(ca->needs_review) << ImportToJson(r).dump(1);
}

// A Sendai scan set "補正" (corrected) apart from "Ca": the corrected calcium was read as the
// total calcium, four values beside the real ones, for review only because they disagreed.
TEST(Blind45Class, CorrectedCalciumSetApartByScan_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "検査項目"}, {160, "単位"}, {300, "2024/07/10"}, {380, "2024/06/12"}},
          {{44, "Ca"}, {160, "mg/dL"}, {300, "9.3"}, {380, "9.7"}},
          {{44, "補正 Ca"}, {160, "mg/dL"}, {300, "9.4"}, {380, "10.0"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kCalcium, "2024-07-10", 9.3);
  int calcium = 0;
  for (const ImportedObservation& o : r.observations) calcium += o.obs.analyte == Analyte::kCalcium;
  EXPECT_EQ(calcium, 2) << ImportToJson(r).dump(1);
}

// The La Rioja portal's phone photo lost a card's latest value, and with it the card's dated
// earlier results below ("Resultados anteriores" dropped the waiting name); the card's border
// came out as "|" cells and a dash after a unit ("g/dl -").
TEST(Blind45Class, CardHistoryKeptWhenItsValueIsLostOnAPhoto_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Hemoglobina"}},
          {{28, "|"}, {40, "Último resultado"}},
          {{40, "Fecha de extracción: 12/06/2024"}},
          {{40, "Valores de referencia: 12,0 - 15,5"}},
          {{40, "Resultados anteriores"}},
          {{46, "17/04/2024"}, {164, "10,9"}, {186, "g/dl -"}},
      },
      0.95f);
  const ImportedObservation* o = FindOn(r, Analyte::kHemoglobin, "2024-04-17");
  ASSERT_NE(o, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(o->obs.value, 10.9);
  EXPECT_TRUE(o->previous);
}

// A Virginia report named its earlier immunofixation "Prior IFE", with the finding's date in
// the cell; the row was dropped without a word.
TEST(Blind45Class, RowNamedPriorTest_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 03/26/2024"}},
      {{40, "Test"}, {240, "Result"}, {350, "Reference"}, {460, "Previous (date)"}},
      {{38, "Immunofixation, Serum"}},
      {{44, "IFE interpretation"}, {240, "IgG kappa monoclonal protein detected"}},
      {{44, "Prior IFE"}, {460, "IgG kappa (11/21/2023)"}},
  });
  const ImportedObservation* prior = FindOn(r, Analyte::kSerumIfe, "2023-11-21");
  ASSERT_NE(prior, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(prior->previous);
  EXPECT_EQ(prior->obs.text, "IgG kappa");
}

// A Burgundy report gave the immunofixation's row only its earlier result, and today's finding
// as a sentence under it; the sentence was not read.
TEST(Blind45Class, FindingBelowARowOfItsEarlierResult_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le : 05/03/2024"}},
      {{42, "Analyses"}, {240, "Résultats"}, {300, "Unités"}, {460, "Antériorités"}},
      {{50, "Immunofixation sérique"}, {460, "IgG kappa (06/02/24)"}},
      {{58, "Présence d'une immunoglobuline monoclonale de type IgG kappa."}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kSerumIfe, "2024-03-05");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(now->obs.text, "IgG kappa");
  const ImportedObservation* before = FindOn(r, Analyte::kSerumIfe, "2024-02-06");
  ASSERT_NE(before, nullptr);
  EXPECT_TRUE(before->previous);
}

}  // namespace
}  // namespace oncoguide::import
