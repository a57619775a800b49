// Classes found by blind55's first run (a fifty-sixth separate author's 18 documents, measured
// once blind at 93d7aa3), each written as our own small page.
#include <gtest/gtest.h>

#include "../../src/import/value_checks.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Viana do Castelo electrophoresis: the gamma fraction's row ("Gama | 6,9 | 0,43") over the
// M-protein's ("Pico monoclonal | Não detetável", pt-PT spelling) was read as one wrapped name,
// "Gama Pico monoclonal", and the fraction's 0,43 g/dL became the M-protein, silently. The
// immunofixation below, a finding in words under the table's "% | g/dL", was left unread.
TEST(Blind55Class, FractionRowIsNotTheMProteinsWrappedName_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Colheita:"}, {120, "18-06-2024"}},
      {{40, "Fração"}, {150, "%"}, {200, "g/dL"}, {250, "Val. ref. (%)"}},
      {{40, "Beta 2"}, {150, "4,4"}, {200, "0,27"}, {250, "3,2-6,5"}},
      {{40, "Gama"}, {150, "6,9"}, {200, "0,43"}, {250, "11,1-18,8"}},
      {{40, "Pico monoclonal"}, {150, "Não detetável"}},
      {{40, "Imunofixação (soro)"}, {150, "Positiva"}, {250, "Negativa"}},
  });
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-06-18");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(m->obs.value, 0) << ImportToJson(r).dump(1);
  EXPECT_NE(FindOn(r, Analyte::kSerumIfe, "2024-06-18"), nullptr) << ImportToJson(r).dump(1);
}

// An Alabama flowsheet set close: each row's date run into its visit ("09/26/2024 M4 (R)" under
// "Collected | Tx / visit") and two flagged results run together ("178 1.22 H" under "Plt |
// Creat"). No row of the page was read, and none was said to be unread.
TEST(Blind55Class, FlowsheetDateBesideVisitAndResultsRunTogether_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "Collected"},
       {90, "Tx / visit"},
       {150, "Hgb"},
       {185, "Plt"},
       {215, "Creat"},
       {260, "Ca"}},
      {{150, "g/dL"}, {183, "K/uL"}, {215, "mg/dL"}, {255, "mg/dL"}},
      {{30, "09/26/2024 M4 (R)"}, {150, "12.4"}, {185, "178 1.22 H"}, {260, "9.5"}},
      {{30, "11/22/2023 C1D1"}, {148, "8.4 L"}, {180, "118 L 2.31 H"}, {258, "11.8 H"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-09-26", 12.4);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-09-26", 1.22);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-11-22", 2.31);
  ExpectValueOn(r, Analyte::kCalcium, "2023-11-22", 11.8);
}

// Set closer still, its titles run into one another and no header is read: its dated rows are
// then said to be unread, never dropped without a word.
TEST(Blind55Class, DatedRowsWithVisitLabelsAreSaidWhenUnread_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "Collected"}, {80, "Tx / visit"}, {136, "Hgb"}, {172, "Plt"}},
      {{30, "09/26/2024 M4 (R)"}, {136, "12.4"}, {170, "178 1.22 H"}},
      {{30, "11/22/2023 C1D1"}, {133, "8.4 L"}, {164, "118 L 2.31 H"}},
  });
  EXPECT_GE(r.observations.size() + r.unrecognised.size(), 2u) << ImportToJson(r).dump(1);
}

// The same flowsheet's marrow history: the first row's "62 %" under "PC %" was taken for the
// titles' unit line and dropped, silently; "clonal (λ)" was not understood.
TEST(Blind55Class, FirstMarrowRowIsNotTheTitlesUnits_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "Collected"}, {96, "PC %"}, {150, "Clonality"}},
      {{30, "11/20/2023"}, {97, "62 %"}, {150, "clonal (λ)"}},
      {{30, "04/18/2024"}, {102, "3 %"}, {150, "clonal (κ)"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2023-11-20", 62);
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-04-18", 3);
  EXPECT_NE(FindOn(r, Analyte::kBmClonality, "2023-11-20"), nullptr) << ImportToJson(r).dump(1);
}

// A Hamilton clinic letter gives its date once ("in clinic today, 13/11/2024") and then "Other
// results today: LD 201 U/L and beta-2 microglobulin 2.7 mg/L": no date was found for them.
TEST(Blind55Class, ResultsOfTheDayTheLetterCallsToday_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "I saw Ross in the haematology clinic today, 13/11/2024, with his wife."}},
      {{40, "Other results today: LD 201 U/L and beta-2 microglobulin 2.7 mg/L."}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2024-11-13", 201);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-11-13", 2.7);
}

// A Daegu report's numbered section "2. 면역고정전기영동" (immunofixation) with a line per
// specimen ("혈청: ..." serum, "소변: ... (음성)" urine, negative): the urine's was dropped.
TEST(Blind55Class, NumberedImmunofixationSectionWithKoreanSpecimens_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "채혈일시: 2024.11.04 08:31"}},
      {{30, "2. 면역고정전기영동"}},
      {{40, "혈청: IgA-λ형 단클론 단백"}},
      {{40, "소변: 단클론 띠 관찰되지 않음 (음성)"}},
  });
  const ImportedObservation* u = FindOn(r, Analyte::kUrineIfe, "2024-11-04");
  ASSERT_NE(u, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(u->obs.value, 0);
}

// The Alabama flowsheet scanned: OCR cut the title above the table inside its parentheses
// ("Laboratory flowsheet (values by | specimen collection date, most recent first)"), which was
// taken for the table's header, and read "IFE" as "1FE", which made the real header look like a
// row of values: nothing on the page was read.
TEST(Blind55Class, ScannedTitleCutInItsParenthesesAndIfeReadAs1FE_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{30, "Laboratory flowsheet (values by"}, {200, "collection date, most recent first)"}},
          {{30, "Collected"}, {90, "Hgb"}, {150, "Creat"}, {210, "Ca"}, {260, "1FE"}},
          {{90, "g/dL"}, {150, "mg/dL"}, {210, "mg/dL"}},
          {{30, "09/26/2024"}, {90, "12.4"}, {150, "1.22 H"}, {210, "9.5"}, {260, "IgG"}},
          {{30, "07/03/2024"}, {90, "11.9 L"}, {150, "1.21 H"}, {210, "9.3"}, {260, "IgG"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-09-26", 12.4);
  ExpectValueOn(r, Analyte::kCalcium, "2024-07-03", 9.3);
}

// The Newfoundland cumulative report scanned: OCR read a speck and a rule's end before the
// range's title ("_—Ref. range"), which then looked like no title at all, and no row of its
// first page was read (27 values).
TEST(Blind55Class, ScannedTitleWithMarksBeforeIt_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{34, "Test"},
           {160, "Units"},
           {215, "_—Ref. range"},
           {300, "15-Oct-2024"},
           {375, "17-Sep-2024"}},
          {{41, "Hemoglobin"}, {160, "g/L"}, {215, "135-175"}, {306, "121L"}, {380, "118L"}},
          {{40, "Creatinine"}, {160, "umol/L"}, {215, "60-110"}, {315, "104"}, {385, "109"}},
      },
      0.93f);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-10-15", 12.1);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-09-17", 1.233008);  // 109 µmol/L
}

// The Rouen report on the office scanner: OCR lost the micro sign of "µmol/L" ("mol/L"), read
// the λ of "IgA λ" as "A" or "À" and of "Chaînes légères libres λ" as "A", and κ as "k": the
// creatinine, immunofixation and light chain rows were left unread.
TEST(Blind55Class, ScannedMicroSignLostAndLambdaReadAsA_Regression) {
  EXPECT_EQ(internal::MisreadUnit(Analyte::kCreatinine, "mol/L", true), "umol/L");
  EXPECT_FALSE(internal::MisreadUnit(Analyte::kCreatinine, "mol/L", false));
  EXPECT_FALSE(internal::MisreadUnit(Analyte::kCalcium, "mol/L", true));
  const ImportResult r = ExtractScanned(
      {
          {{40, "Prélevé le"}, {240, "14/05/2024"}, {310, "23/01/2024"}},
          {{40, "Créatinine"}, {190, "mol/L"}, {240, "95"}, {310, "142"}},
          {{40, "Immunofixation sérique"}, {240, "IgA A"}, {310, "IgA À"}},
          {{40, "Chaines légéres libres A"}, {190, "mg/L"}, {240, "27,9"}, {310, "1286,4"}},
      },
      0.93f);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-14", 1.07464);  // 95 µmol/L
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-01-23");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(ife->needs_review);
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-05-14");
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(lambda->needs_review);
}

// The Rouen report photographed by phone: each "↑" glued to a value was read as a digit, and
// in the M-protein's row ("traces | 2,9↑ | 6,4↑ | 21,3↑", OCR "traces | 6,47 | 21,37") no range
// or neighbour showed it: 21,37 g/L was kept without review, silently. An M-protein in g/L is
// printed to tenths.
TEST(Blind55Class, DecimalsUnlikeTheTest_Regression) {
  using internal::DecimalsUnlikeTheTest;
  EXPECT_TRUE(DecimalsUnlikeTheTest(Analyte::kSerumMProtein, "g/L", "21,37"));
  EXPECT_FALSE(DecimalsUnlikeTheTest(Analyte::kSerumMProtein, "g/L", "21,3"));
  EXPECT_FALSE(DecimalsUnlikeTheTest(Analyte::kSerumMProtein, "g/dL", "2,13"));
  EXPECT_TRUE(DecimalsUnlikeTheTest(Analyte::kHemoglobin, "g/L", "118,4"));
  EXPECT_FALSE(DecimalsUnlikeTheTest(Analyte::kKappaFlc, "mg/L", "4,12"));
  const ImportResult r = ExtractScanned(
      {
          {{40, "Prélevé le"}, {200, "14/05/2024"}, {260, "23/01/2024"}},
          {{40, "Composant monoclonal"}, {150, "g/L"}, {200, "6,47"}, {260, "21,37"}},
      },
      0.92f);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-01-23");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(m->needs_review) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
