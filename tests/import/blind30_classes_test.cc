// Classes found by blind30's first run (a thirty-first separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind30/README.md), and two left from blind29's, each written
// as our own small page.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Sierra Leonean history table whose two light-chain titles were set as one cell: "Free kappa
// (mg/L) Free lambda (mg/L)". The cell read as lambda's name (loosely), and the split cut it
// after "Free kappa", leaving "(mg/L)" with lambda's title and the kappa values under it: every
// kappa value was read as lambda, silently.
TEST(Blind30Class, TwoLightChainTitlesInOneCell_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "EARLIER MYELOMA RESULTS (collection dates)"}},
      {{40, "Date collected"},
       {140, "M-band (g/L)"},
       {210, "Free kappa (mg/L) Free lambda (mg/L)"},
       {420, "Hb (g/dL)"}},
      {{40, "11/07/2023"}, {182, "20.6"}, {266, "239.0"}, {372, "9.2"}, {446, "8.7"}},
      {{40, "19/09/2023"}, {182, "11.8"}, {266, "147.5"}, {372, "9.6"}, {446, "9.2"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-07-11", 239.0);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-07-11", 9.2);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-09-19", 147.5);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-09-19", 9.6);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.obs.analyte == Analyte::kLambdaFlc && o.obs.value > 100)
        << "a kappa value read as lambda's";
  }
}

// A Burundian flowsheet: the collection-date title over two lines ("Date de" / "prélèvement"),
// units on the second line, and two tests' titles set as one cell ("Ca Albumine") over two
// units. The cell was taken for a heading over the table, so no header was read and no row.
TEST(Blind30Class, StackedTitlesWithTwoTestsInOneCell_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date de"}, {127, "Hb"}, {162, "Créat."}, {240, "Ca Albumine"}, {333, "CLL κ"}},
      {{40, "prélèvement"},
       {126, "g/dL"},
       {162, "µmol/L"},
       {220, "mmol/L"},
       {280, "g/L"},
       {333, "mg/L"}},
      {{40, "22/02/2024"}, {127, "11,7"}, {165, "100"}, {225, "2,37"}, {280, "39,7"}, {333, "8,7"}},
      {{40, "15/01/2024"}, {127, "11,1"}, {165, "104"}, {225, "2,41"}, {280, "38,8"}, {333, "NF"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-22", 11.7);
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2024-02-22");
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(ca->obs.value, 9.50, 0.005);  // 2.37 mmol/L
  ExpectValueOn(r, Analyte::kAlbumin, "2024-02-22", 3.97);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-22", 8.7);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-01-15", 3.88);
}

// An Equatoguinean report: "Resultado anterior" over the previous column, whose date is under
// its title in brackets ("(27/02/2024)"). The bracketed date was not taken for the title's, the
// header was misread and no result on the page was read.
TEST(Blind30Class, PreviousTitleOverABracketedDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de extracción: 09/04/2024 08:10"}},
      {{470, "Resultado anterior"}},
      {{40, "Prueba"},
       {250, "Resultado"},
       {344, "Unidades"},
       {399, "Referencia"},
       {503, "(27/02/2024)"}},
      {{47, "Hemoglobina"}, {278, "12,0"}, {345, "g/dL"}, {399, "12,0 - 15,5"}, {537, "8,1*"}},
      {{48, "Creatinina"}, {278, "1,01"}, {345, "mg/dL"}, {399, "0,50 - 1,10"}, {537, "1,93*"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-09", 12.0);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-27", 8.1);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-27", 1.93);
  const ImportedObservation* prev = FindOn(r, Analyte::kCreatinine, "2024-02-27");
  ASSERT_NE(prev, nullptr);
  EXPECT_TRUE(prev->previous);
  // A Gabonese urine report: "Antériorité" over "du 12/03/2024", the date after a connector.
  const ImportResult fr = ExtractPlaced({
      {{40, "Fin du recueil (prélèvement) : 07/05/2024 07h00"}},
      {{502, "Antériorité"}},
      {{40, "Analyse"}, {289, "Résultat"}, {344, "Unités"}, {409, "Réf."}, {496, "du 12/03/2024"}},
      {{47, "Créatinine sérique"}, {308, "168"}, {345, "µmol/L"}, {409, "62 - 115"}, {537, "201"}},
  });
  const ImportedObservation* before = FindOn(fr, Analyte::kCreatinine, "2024-03-12");
  ASSERT_NE(before, nullptr) << ImportToJson(fr).dump(1);
  EXPECT_TRUE(before->previous);
}

// blind29: a Seychellois monospace printout, where a value of two digits before the point
// leaves one space to the next column ("10.1L 5.7" under "Hb WBC"): the pair was one cell that
// was no value, and every such haemoglobin was missed.
TEST(Blind30Class, MonospaceValuesOneSpaceApart_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected"}, {120, "Hb"}, {150, "WBC"}, {180, "Creat"}},
      {{40, "dd/mm/yyyy"}, {120, "g/dL"}, {150, "10^9/L"}, {180, "umol/L"}},
      {{40, "06/02/2023"}, {120, "8.9L"}, {150, "4.2"}, {180, "122"}},
      {{40, "23/04/2023"}, {120, "10.1L 5.7"}, {180, "114"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-02-06", 8.9);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-04-23", 10.1);
  const ImportedObservation* creat = FindOn(r, Analyte::kCreatinine, "2023-04-23");
  ASSERT_NE(creat, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(creat->obs.value, 1.29, 0.005);  // 114 µmol/L
}

// blind29: a Djiboutian flowsheet's "Pic mono." column (the monoclonal peak, g/L).
TEST(Blind30Class, FrenchMonoclonalPeakAbbreviation_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date"}, {120, "Hb"}, {170, "Pic mono."}},
      {{40, "prélèv."}, {120, "g/dL"}, {170, "g/L"}},
      {{40, "02/03/2023"}, {120, "7,9*"}, {170, "26,8"}},
      {{40, "21/03/2023"}, {120, "8,6*"}, {170, "26,2"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-03-02", 2.68);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-03-21", 2.62);
}

// A Syrian discharge letter's table: "Test | Unit | Normal range 07/01/2024 | 10/01/2024 |
// 15/01/2024", the first date set against the range's title. The first date was not a column
// of its own, and its whole column of results was missed.
TEST(Blind30Class, RangeTitleRunIntoTheFirstDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"},
       {220, "Unit"},
       {279, "Normal range 07/01/2024"},
       {420, "10/01/2024"},
       {501, "15/01/2024"}},
      {{40, "Haemoglobin"},
       {220, "g/dL"},
       {279, "13.0 - 17.0"},
       {373, "7.9 L"},
       {452, "8.5 L"},
       {532, "9.4 L"}},
      {{40, "Serum free kappa"},
       {220, "mg/L"},
       {279, "3.3 - 19.4"},
       {370, "469.8 H"},
       {452, "—"},
       {532, "22.3 H"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-07", 7.9);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-01-07", 469.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-15", 9.4);
}

// A Grenadian cumulative report's last title broken at a hyphen with its unit on the second line
// ("Para-" / "protein g/L"): the column was not read as the paraprotein.
TEST(Blind30Class, HyphenatedTitleWithItsUnitBelow_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Collected"},
           {136, "Hb"},
           {174, "WBC"},
           {263, "Urea"},
           {306, "Creat"},
           {403, "Ca"},
           {485, "Alb"},
           {569, "LDH"},
           {612, "B2M"},
           {667, "Para-"},
           {719, "Lab No."}},
          {{40, "date / time"},
           {136, "g/dL"},
           {168, "x10^9/L"},
           {259, "mmol/L"},
           {308, "µmol/L"},
           {390, "mmol/L"},
           {490, "g/L"},
           {577, "U/L"},
           {616, "mg/L"},
           {654, "protein g/L"}},
          {{40, "08/11/2022 08:47"},
           {129, "8.2 L"},
           {181, "3.8"},
           {270, "5.6"},
           {305, "145 H"},
           {386, "2.69 H"},
           {489, "30"},
           {564, "313 H"},
           {618, "6.6"},
           {720, "G2211-6888"}},
          {{40, "13/12/2022 11:37"},
           {129, "8.5 L"},
           {181, "5.7"},
           {270, "4.6"},
           {305, "135 H"},
           {386, "2.77 H"},
           {489, "30"},
           {672, "23.7"},
           {720, "G2212-7215"}},
      },
      842);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2022-11-08", 6.6);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2022-12-13", 2.37);
}

// A São Tomé report in Portuguese: "Análise | Resultado | Unid. | Referência | Resultado
// anterior". "Unid." was no unit title, so every unit was unknown and several results were not
// read. "Cálcio corrigido" (corrected calcium) is another test, not the total calcium.
TEST(Blind30Class, PortugueseUnitTitleAndCorrectedCalcium_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da colheita: 21/03/2024 08:40"}},
      {{40, "Análise"},
       {251, "Resultado"},
       {309, "Unid."},
       {374, "Referência"},
       {465, "Resultado anterior"}},
      {{47, "Creatinina"},
       {285, "1,08"},
       {310, "mg/dL"},
       {374, "0,51 – 0,95"},
       {482, "1,49 (16/01/2024)"}},
      {{47, "Cálcio total"},
       {285, "9,2"},
       {310, "mg/dL"},
       {374, "8,6 – 10,2"},
       {482, "10,8 (04/12/2023)"}},
      {{47, "Cálcio corrigido"}, {285, "10,6"}, {310, "mg/dL"}, {374, "8,6 – 10,2"}, {547, "—"}},
      {{47, "Pico monoclonal"}, {285, "1,62"}, {310, "g/dL"}, {482, "2,20 (16/01/2024)"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-21", 1.08);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-16", 1.49);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-21", 1.62);
  int calcium_today = 0;
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == Analyte::kCalcium && o.obs.date.ToString() == "2024-03-21") {
      ++calcium_today;
      EXPECT_NEAR(o.obs.value, 9.2, 1e-9);
    }
  }
  EXPECT_EQ(calcium_today, 1) << ImportToJson(r).dump(1);
}

// A Syrian discharge letter: "Follow-up in the haematology clinic on 23/01/2024" is the next
// visit, yet "clinic on" dated the letter's undated sentences with it (an immunofixation in the
// history, reviewed, on the wrong date); and "outside result (undated copy): creatinine 3.4
// mg/dL" took that date too. Neither now has a date from elsewhere.
TEST(Blind30Class, FollowUpClinicIsNoCollectionDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Letter dated: 18/01/2024"}},
      {{40, "He was anaemic and immunofixation confirmed an IgG kappa paraprotein."}},
      {{40, "Blood tests on 07/01/2024 showed haemoglobin 7.9 g/dL."}},
      {{40, "An outside result (undated copy): creatinine 3.4 mg/dL."}},
      {{40, "Follow-up in the haematology clinic on 23/01/2024 with a blood count."}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-07", 7.9);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.date.ToString(), "2024-01-23") << records::Name(o.obs.analyte);
    EXPECT_NE(o.obs.analyte, Analyte::kCreatinine) << o.obs.date.ToString();
  }
  // A visit at the clinic is still the day the results were taken.
  const ImportResult seen = ExtractPlaced({
      {{40, "Seen in the haematology clinic on 20/02/2024: haemoglobin 10.2 g/dL."}},
  });
  ExpectValueOn(seen, Analyte::kHemoglobin, "2024-02-20", 10.2);
}

// A Beninese marrow report's earlier result: "Date du prélèvement | Plasmocytes | Conclusion"
// over "05/09/2023 | 14 % | plasmocytose, aspect polyclonal". "Conclusion" was no title, so the
// header was not read and the earlier plasma-cell count was missed.
TEST(Blind30Class, HistoryTableWithAConclusionColumn_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Antériorité"}},
      {{40, "Date du prélèvement"}, {200, "Plasmocytes"}, {300, "Conclusion"}},
      {{40, "05/09/2023"}, {200, "14 %"}, {300, "plasmocytose, aspect polyclonal"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2023-09-05", 14.0);
}

// A Libyan report: "Urine Immunofixation | Free kappa (BJP) | Not done". The band's other name
// in brackets was not understood, and the urine immunofixation was missed.
TEST(Blind30Class, LightChainBandWithBjpInBrackets_Regression) {
  const std::optional<LabValue> v = ParseLightChainBand("Free kappa (BJP)");
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->isotype, "kappa");
  const ImportResult r = ExtractPlaced({
      {{40, "Date of collection: 21/02/2024"}},
      {{40, "Urine Immunofixation"}, {220, "Free kappa (BJP)"}, {380, "Not done"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-02-21");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
}

// blind29: a Mauritanian cumulative report marks low results "(b)" (bas) and high ones "(h)":
// "8,8(b)" was read as 8,8 with a unit "(b)", and every low haemoglobin and albumin was missed.
TEST(Blind30Class, FrenchLowFlagInBrackets_Regression) {
  const std::optional<LabValue> v = ParseLabValue("8,8(b)");
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->kind, LabValue::Kind::kNumber);
  EXPECT_NEAR(v->number, 8.8, 1e-9);
  EXPECT_TRUE(v->unit.empty());
  const ImportResult r = ExtractPlaced({
      {{40, "Analyse"},
       {192, "Unité"},
       {231, "Normes"},
       {282, "21/11/22"},
       {328, "30/12/22"},
       {374, "05/02/23"}},
      {{40, "Hémoglobine"},
       {192, "g/dL"},
       {231, "12-16"},
       {284, "8,8(b)"},
       {331, "8,6(b)"},
       {376, "8,9(b)"}},
      {{40, "Albumine"},
       {192, "g/L"},
       {231, "35-50"},
       {289, "30(b)"},
       {336, "33(b)"},
       {381, "33(b)"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2022-11-21", 8.8);
  ExpectValueOn(r, Analyte::kAlbumin, "2022-12-30", 3.3);
}

}  // namespace

}  // namespace oncoguide::import
