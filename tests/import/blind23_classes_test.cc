// Classes found by blind23's first run (a twenty-fourth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind23/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Brazilian marrow report's conclusion, "plasmócitos 27,5% ao mielograma, em redução em relação
// ao exame de 12/01/2024": the date is the earlier marrow's, with which the count is compared,
// and the count was dated with it, silently. The count belongs to the report's collection date.
TEST(Blind23Class, DateOfTheMarrowACountIsComparedWithIsNotItsDate) {
  const ImportResult r = ExtractPlaced({
      {{48, "Data da coleta: 18/06/2024"}},
      {{48, "CONCLUSÃO"}},
      {{48, "Medula óssea hipercelular com restrição de cadeia leve kappa, plasmócitos 31,5% ao"}},
      {{48, "mielograma, em redução em relação ao exame de 12/01/2024."}},
  });
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2024-01-12"), nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-06-18", 31.5);
}

// A Ghanaian clinic letter: "a bone marrow aspirate at diagnosis (13/03/2024) showed 34% plasma
// cells, and his haemoglobin when he was last admitted was around 7 g/dL". "last" made the
// sentence's date unsafe, and the count took the date of the letter's latest blood results,
// silently. The date written right after the procedure's name is the count's.
TEST(Blind23Class, DateRightAfterTheAspirateDatesItsCount) {
  const ImportResult r = ExtractPlaced({
      {{48, "His latest results from 06/08/2024 show haemoglobin 10.6 g/dL."}},
      {{48, "For reference, a bone marrow aspirate at diagnosis (13/03/2024) showed 41% plasma"}},
      {{48, "cells, and his haemoglobin when he was last admitted was around 7 g/dL."}},
  });
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2024-08-06"), nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-03-13", 41);
  // Compared with an earlier aspirate, a date after its name is that aspirate's: not this count's.
  const ImportResult since = ExtractPlaced({
      {{48, "Specimen collected: 02/09/2024"}},
      {{48, "Plasma cells 12% of nucleated cells, down since the aspirate of 13/03/2024."}},
  });
  EXPECT_EQ(FindOn(since, Analyte::kBmPlasmaCells, "2024-03-13"), nullptr)
      << ImportToJson(since).dump(1);
}

// A Chilean hospital's cumulative results, one row per date: titles stacked over three lines
// whose last line holds units and the titles' last words ("Ca" / "iónico" / "mmol/L", "Comp." /
// "monocl." / "g/dL", "Inmuno-" / "fijación" / "suero"), the date's title over two ("Fecha toma"
// / "de muestra"), short Spanish titles ("Albúm.", "β2-micro", "Hto", "Leuc.") and the request's
// number ("N° orden"). Nothing was read (174 values).
TEST(Blind23Class, TitlesStackedOverThreeLinesEndingInWords) {
  const ImportResult r = ExtractPlaced(
      {
          {{24, "Fecha toma"},
           {100, "N° orden"},
           {170, "Hb"},
           {230, "Hto"},
           {290, "Leuc."},
           {360, "Ca"},
           {430, "Albúm."},
           {500, "Comp."},
           {570, "Inmuno-"},
           {650, "β2-micro"}},
          {{24, "de muestra"},
           {170, "g/dL"},
           {230, "%"},
           {290, "x10³/µL"},
           {360, "iónico"},
           {430, "g/dL"},
           {500, "monocl."},
           {570, "fijación"},
           {650, "mg/L"}},
          {{360, "mmol/L"}, {500, "g/dL"}, {570, "suero"}},
          {{24, "12-08-2024"},
           {100, "2408125536"},
           {170, "12,5"},
           {230, "37,4"},
           {290, "5,2"},
           {360, "1,21"},
           {430, "3,9"},
           {500, "0,29"},
           {570, "IgG kappa"},
           {650, "2,6"}},
          {{24, "29-07-2024"},
           {100, "2407293313"},
           {170, "12,1"},
           {230, "36,4"},
           {290, "4,7"},
           {360, "1,19"},
           {430, "3,8"}},
      },
      800);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-08-12", 12.5);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-08-12", 3.9);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-08-12", 0.29);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-08-12", 2.6);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-08-12");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  // The ionised calcium is not the total calcium oncoguide uses.
  EXPECT_EQ(FindOn(r, Analyte::kCalcium, "2024-08-12"), nullptr) << ImportToJson(r).dump(1);
}

// A Namibian cumulative report: the last date set so close to the "Units" title that the two are
// one cell ("2023/12/21 Units"), and that date's results run into their units ("10.2 L g/dL").
// The header was not read, and most values were missed or read for review as a row "with no
// dated columns" (the report's 94 values: 17% read; 93.6% now).
TEST(Blind23Class, LastDateRunIntoTheUnitsTitle) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Date collected"},
           {170, "2023/09/05"},
           {250, "2023/10/16"},
           {330, "2023/12/21 Units"},
           {440, "Ref range"}},
          {{34, "Haemoglobin"},
           {190, "8.5 L"},
           {270, "9.1 L"},
           {345, "10.2 L g/dL"},
           {440, "13.0-17.0"}},
          {{34, "Albumin"}, {190, "29 L"}, {270, "32 L"}, {345, "36 g/L"}, {440, "35-52"}},
      },
      600);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-09-05", 8.5);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-12-21", 10.2);
  ExpectValueOn(r, Analyte::kAlbumin, "2023-10-16", 3.2);
  ExpectValueOn(r, Analyte::kAlbumin, "2023-12-21", 3.6);
  // The unit is written once, in the last date's cells: the earlier dates' is inferred from it,
  // for review.
  const ImportedObservation* last = FindOn(r, Analyte::kHemoglobin, "2023-12-21");
  ASSERT_NE(last, nullptr);
  EXPECT_FALSE(last->needs_review) << ImportToJson(r).dump(1);
}

// A Kyrgyz discharge summary's tables give each test's unit after its name and a comma
// ("Гемоглобин, г/л", "Креатинин, мкмоль/л"): the names matched loosely and the units were
// inferred, all for review, and the creatinine and one calcium were missed as "without a unit".
TEST(Blind23Class, UnitAfterACommaInTheName) {
  const ImportResult r = ExtractPlaced(
      {
          {{54, "Показатель"}, {290, "05.02.2024"}, {370, "12.02.2024"}, {460, "Норма"}},
          {{54, "Гемоглобин, г/л"}, {320, "78"}, {400, "84"}, {460, "130–160"}},
          {{54, "Креатинин, мкмоль/л"}, {320, "248"}, {400, "196"}, {460, "62–115"}},
          {{54, "Кальций общий, ммоль/л"}, {320, "3,12"}, {400, "2,71"}, {460, "2,15–2,55"}},
      },
      600);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-05", 7.8);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-12", 196 * 0.011312);  // µmol/L to mg/dL
  ExpectValueOn(r, Analyte::kCalcium, "2024-02-05", 3.12 / 0.2495);      // mmol/L to mg/dL
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.needs_review) << o.source.text;
  }
}

// A Northern Cypriot hospital's report: the previous result's column is titled "Önceki Sonuç"
// with its date on the line below, "(11.03.2024)". The title was not known and every previous
// value was missed.
TEST(Blind23Class, PreviousResultDatedOnTheLineBelowItsTitle) {
  const ImportResult r = ExtractPlaced(
      {
          {{44, "Numune Alma Tarihi : 08.04.2024 08:47"}},
          {{44, "Tetkik Adı"},
           {240, "Sonuç"},
           {290, "Birim"},
           {340, "Referans Aralığı"},
           {460, "Önceki Sonuç"}},
          {{470, "(11.03.2024)"}},
          {{50, "Kreatinin"}, {245, "1,46"}, {290, "mg/dL"}, {340, "0,70 – 1,20"}, {490, "1,62"}},
          {{50, "Serbest Lambda"},
           {245, "342,6"},
           {290, "mg/L"},
           {340, "5,7 – 26,3"},
           {490, "418,2"}},
      },
      600);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-08", 1.46);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-11", 1.62);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-03-11", 418.2);
  const ImportedObservation* previous = FindOn(r, Analyte::kLambdaFlc, "2024-03-11");
  ASSERT_NE(previous, nullptr);
  EXPECT_TRUE(previous->previous);
}

// An Åland hospital's report lists each test's analysis code before its name ("Kod |
// Undersökning": "S -KapV | Fria kappakedjor | 4,4 | mg/l"). The code was taken for the name,
// and the light chains and beta-2 microglobulin were missed on every date; a code that is a name
// ("B -Hb") had hidden the class.
TEST(Blind23Class, AnalysisCodeBeforeTheTestsName) {
  const ImportResult r = ExtractPlaced(
      {
          {{44, "Kod"},
           {104, "Undersökning"},
           {322, "Resultat"},
           {378, "Enhet"},
           {438, "Referensintervall"}},
          {{44, "Provtagning: 17.1.2024 kl. 08.54"}},
          {{44, "B -Hb"}, {104, "Hemoglobin"}, {341, "105 L"}, {378, "g/l"}, {438, "134 – 167"}},
          {{44, "S -KapV"},
           {104, "Fria kappakedjor"},
           {343, "4,4"},
           {378, "mg/l"},
           {438, "3,3 – 19,4"}},
          {{44, "S -B2Mikgl"},
           {104, "Beta-2-mikroglobulin"},
           {343, "4,2 H"},
           {378, "mg/l"},
           {438, "< 2,4"}},
      },
      600);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-17", 10.5);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-01-17", 4.4);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-01-17", 4.2);
  // On a scan the code comes in two cells ("P | -Krea"), the second a name itself.
  const ImportResult scan = ExtractScanned(
      {
          {{44, "Kod"},
           {104, "Undersökning"},
           {322, "Resultat"},
           {378, "Enhet"},
           {438, "Referensintervall"}},
          {{44, "Provtagning: 17.1.2024 kl. 08.54"}},
          {{44, "P"},
           {60, "-Krea"},
           {104, "Kreatinin"},
           {341, "100"},
           {378, "umol/l"},
           {438, "60 - 100"}},
          {{44, "S"},
           {60, "-KapV"},
           {104, "Fria kappakedjor"},
           {343, "4,4"},
           {378, "mg/l"},
           {438, "3,3 - 19,4"}},
      },
      0.95f);
  ExpectValueOn(scan, Analyte::kCreatinine, "2024-01-17", 100 * 0.011312);
  ExpectValueOn(scan, Analyte::kKappaFlc, "2024-01-17", 4.4);
}

// An Icelandic report's protein history gives the M-protein's unit in a column of its own
// ("Date collected | M-protein | Units | Immunofixation | Free κ (mg/L)"): each M-protein was
// "without a unit". Its marrow row "Plasma cells, aspirate differential" was not known either.
TEST(Blind23Class, HistoryUnitsColumnAndAspirateDifferentialRow) {
  const ImportResult r = ExtractPlaced(
      {
          {{54, "Date collected"},
           {166, "M-protein"},
           {225, "Units"},
           {270, "Immunofixation"},
           {360, "Free κ (mg/L)"}},
          {{54, "07.02.2023"}, {180, "27.4"}, {225, "g/L"}, {270, "IgG lambda"}, {380, "4.1"}},
          {{54, "09.05.2023"}, {180, "11.6"}, {225, "g/L"}, {270, "IgG lambda"}, {380, "6.8"}},
      },
      600);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-02-07", 2.74);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-05-09", 1.16);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-05-09", 6.8);
  const ImportResult marrow = ExtractPlaced({
      {{48, "BONE MARROW ASPIRATE (collected 06.05.2024)"}},
      {{54, "Plasma cells, aspirate differential"}, {287, "2.0"}, {322, "%"}, {390, "< 5"}},
  });
  ExpectValueOn(marrow, Analyte::kBmPlasmaCells, "2024-05-06", 2);
}

// Immunofixation under its heading with the method between ("INMUNOFIJACIÓN EN SUERO" / "Método:
// inmunofijación en gel de agarosa (Hydrasys 2, Sebia)" / "Se observa componente monoclonal IgG
// lambda."), or the method in parentheses beside the heading ("IMMUNOFIXATION SÉRIQUE |
// (Hydrasys, anti-IgG, IgA, IgM, kappa, lambda)"): the finding was missed.
TEST(Blind23Class, ImmunofixationUnderItsHeadingAndMethod) {
  const ImportResult r = ExtractPlaced({
      {{52, "Fecha de extracción: 09/07/2024"}},
      {{52, "INMUNOFIJACIÓN EN SUERO"}},
      {{52, "Método: inmunofijación en gel de agarosa (Hydrasys 2, Sebia)"}},
      {{58, "Se observa componente monoclonal IgG lambda."}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-07-09");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgG lambda");
  const ImportResult fr = ExtractPlaced({
      {{44, "Date de prélèvement : 14/05/2024"}},
      {{44, "Analyse"}, {266, "Résultat"}, {330, "Unités"}, {380, "Valeurs de référence"}},
      {{50, "Pic monoclonal (zone gamma)"}, {270, "18,4"}, {330, "g/L"}, {380, "absence"}},
      {{44, "IMMUNOFIXATION SÉRIQUE"}, {184, "(Hydrasys, anti-IgG, IgA, IgM, kappa, lambda)"}},
      {{50, "Présence d'une immunoglobuline monoclonale IgG de type kappa."}, {511, "IgG kappa"}},
      {{50, "Absence d'autre composant monoclonal décelable."}},
  });
  const ImportedObservation* fr_ife = FindOn(fr, Analyte::kSerumIfe, "2024-05-14");
  ASSERT_NE(fr_ife, nullptr) << ImportToJson(fr).dump(1);
  EXPECT_EQ(fr_ife->obs.text, "IgG kappa");
}

}  // namespace
}  // namespace oncoguide::import
