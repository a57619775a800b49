// Classes found by the first runs of blind57 and blind58 (a fifty-eighth and a fifty-ninth
// separate author's 18 documents each, measured once blind at 3e89152), each written as our own
// small page. All were silent errors on the text PDFs.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A page of a two-column report: its banner's collection date stands in the right half
// ("Médico: | Dr. ... | Fecha de extracción: | 05/02/2024"), over a column of chemistry and one
// of proteins.
Page TwoColumnPage(int number, const std::string& date, const std::string& reported,
                   const std::string& hb, const std::string& kappa) {
  Page p = PlacedPage({
      {{40, "Paciente:"}, {92, "GIMÉNEZ, Rosa"}, {250, "Edad: 71"}, {330, "Obra social: OSEP"}},
      {{40, "Médico:"}, {92, "Dr. Ruiz"}, {330, "Fecha de extracción:"}, {440, date}},
      {{330, "Fecha de informe:"}, {440, reported}},
      {{40, "HEMATOLOGÍA"}, {312, "PROTEÍNAS"}},
      {{40, "Hemoglobina"},
       {191, hb},
       {230, "g/dL"},
       {312, "Kappa libre"},
       {471, kappa},
       {505, "mg/L"}},
      {{48, "V.R.: 12,0 - 16,0"}, {320, "V.R.: 3,30 - 19,40"}},
      {{40, "Creatinina"},
       {191, "1,21"},
       {230, "mg/dL"},
       {312, "Lambda libre"},
       {471, "128,3"},
       {505, "mg/L"}},
      {{48, "V.R.: 0,50 - 1,10"}, {320, "V.R.: 5,71 - 26,30"}},
      {{40, "Calcio total"},
       {191, "9,8"},
       {230, "mg/dL"},
       {312, "Beta 2 microglobulina"},
       {471, "4,1"},
       {505, "mg/L"}},
  });
  p.number = number;
  return p;
}

// Mendoza: one report a page, each page in two columns. The left column of each page after the
// first was read before its banner, under the page before's date (five values a page, silent).
TEST(Blind57Class, BannerDateInTheRightHalfDatesBothColumns_Regression) {
  Document d;
  d.pages.push_back(TwoColumnPage(1, "04/03/2024", "06/03/2024", "10,8", "7,4"));
  d.pages.push_back(TwoColumnPage(2, "05/02/2024", "07/02/2024", "10,3", "6,8"));
  const ImportResult r = ExtractObservations(d);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-04", 10.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-05", 10.3);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-05", 6.8);
}

// Bregenz: a cumulative table with two columns titled "IFE", "Serum" and "Urin" under them. The
// urine's "negativ" was read as a serum immunofixation (silent); "fκLK" and "fλLK" were unread.
TEST(Blind57Class, ImmunofixationColumnsNamedBySpecimen_Regression) {
  const ImportResult r = ExtractPlaced({
      {{20, "Abnahme"}, {120, "Hb"}, {170, "IFE"}, {230, "fκLK"}, {290, "fλLK"}, {350, "IFE"}},
      {{20, "Datum"}, {120, "g/dl"}, {170, "Serum"}, {230, "mg/l"}, {290, "mg/l"}, {350, "Urin"}},
      {{20, "27.12.23"},
       {120, "12,1"},
       {170, "·"},
       {230, "7,9"},
       {290, "41,3 +"},
       {350, "negativ"}},
      {{20, "03.10.23"},
       {120, "11,0"},
       {170, "freie λ"},
       {230, "6,8"},
       {290, "168,2 +"},
       {350, "freie λ"}},
  });
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineIfe, "2023-12-27");
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(urine->obs.value, 0);
  EXPECT_EQ(FindOn(r, Analyte::kSerumIfe, "2023-12-27"), nullptr);
  ExpectValueOn(r, Analyte::kSerumIfe, "2023-10-03", 1);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-12-27", 7.9);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-10-03", 168.2);
}

// Matera: a marrow report's history told in a sentence ("... 5,9 mg/L al prelievo del
// 12/09/2023; ISS III)") dated the count table below it by that earlier draw (silent).
TEST(Blind57Class, ACollectionDateToldInProseIsThatResultsOwn_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data prelievo: 05/03/2024"}, {230, "Data referto: 14/03/2024"}},
      {{40,
        "Mieloma multiplo IgG lambda in trattamento con daratumumab (componente monoclonale "
        "3,6 g/dL,"}},
      {{40,
        "beta2-microglobulina 5,9 mg/L al prelievo del 12/09/2023; ISS III). In trattamento "
        "con"}},
      {{40, "daratumumab, lenalidomide e desametasone."}},
      {{96, "Popolazione"}, {285, "%"}, {330, "V.R."}},
      {{96, "Plasmacellule"}, {285, "8,0"}, {330, "< 3"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-03-05", 8);
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2023-09-12"), nullptr);
}

// Montevideo: two cards side by side, each name over its value, set a little out of step
// ("Calcemia | Kappa libre" / "9,4 mg/dL ... | 64,2 mg/L" / "Valor anterior: 118,5 mg/L" under
// the kappa's): the kappa's earlier value was read as the calcium's (118,5 mg/L as 11.85 mg/dL,
// silent); where the kappa's name stood a line higher, its value beside "Calcemia" was read as
// the calcium (92,8 mg/L as 9.28 mg/dL, silent).
TEST(Blind57Class, CardsSideBySideKeepToTheirOwnSide_Regression) {
  const ImportResult r = ExtractPlaced({
      {{45, "Fecha de extracción: 08/04/2024"}},
      {{49, "Calcemia"}, {309, "Kappa libre"}},
      {{90, "9,4"},
       {141, "mg/dL"},
       {239, "V.R. 8,5 - 10,5"},
       {327, "64,2 (A)"},
       {401, "mg/L"},
       {499, "V.R. 3,3 - 19,4"}},
      {{319, "Valor anterior: 118,5 mg/L (12/02/2024)"}},
  });
  ExpectValueOn(r, Analyte::kCalcium, "2024-04-08", 9.4);
  EXPECT_EQ(FindOn(r, Analyte::kCalcium, "2024-02-12"), nullptr) << ImportToJson(r).dump(1);

  const ImportResult r2 = ExtractPlaced({
      {{45, "Fecha de extracción: 11/03/2024"}},
      {{45, "METABOLISMO FOSFOCÁLCICO"}, {309, "Kappa libre"}},
      {{49, "Calcemia"}, {327, "92,8 (A)"}, {401, "mg/L"}, {499, "V.R. 3,3 - 19,4"}},
      {{90, "9,9"}, {141, "mg/dL"}, {239, "V.R. 8,5 - 10,5"}, {309, "Lambda libre"}},
  });
  for (const ImportedObservation& o : r2.observations) {
    if (o.obs.analyte == Analyte::kCalcium && std::abs(o.obs.value - 9.28) < 1e-6) {
      EXPECT_TRUE(o.needs_review) << ImportToJson(r2).dump(1);
    }
  }
}

// Recife: a flowsheet whose date title is stacked like its tests' ("Data da" / "coleta" over
// "Hb" / "g/dL"): no header was found and every row was said to be unread (54 values missed).
TEST(Blind57Class, StackedCollectionDateTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{38, "Data da"}, {103, "Hb"}, {150, "Creat."}, {210, "Pico M"}, {270, "Kappa"}},
      {{38, "coleta"}, {101, "g/dL"}, {150, "mg/dL"}, {210, "g/dL"}, {265, "livre mg/dL"}},
      {{38, "05/02/2024"}, {100, "12,3"}, {150, "0,96"}, {210, "0,32"}, {270, "1,52"}},
      {{38, "08/01/2024"}, {100, "11,9"}, {150, "0,93"}, {210, "0,61"}, {270, "2,31"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-05", 12.3);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-08", 0.93);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-08", 0.61);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-05", 15.2);  // mg/dL, as mg/L
}

// Lorca: a single-date report's earlier result under "Res. anterior", its date under "Fecha
// ant.": the earlier results were left unread.
TEST(Blind57Class, AbbreviatedEarlierResultTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha extracción: 05/03/2024"}},
      {{40, "Prueba"},
       {220, "Resultado"},
       {270, "Unidades"},
       {330, "Valores ref."},
       {414, "Res. anterior"},
       {495, "Fecha ant."}},
      {{48, "Hemoglobina"},
       {234, "10,8 *"},
       {270, "g/dL"},
       {330, "12,0 - 15,5"},
       {447, "10,1 *"},
       {495, "06/02/2024"}},
      {{48, "Creatinina"},
       {234, "1,21"},
       {270, "mg/dL"},
       {330, "0,50 - 1,10"},
       {447, "1,34"},
       {495, "06/02/2024"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-05", 10.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-06", 10.1);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-06", 1.34);
}

// Pune's "Previous | Prev. Date" columns, as a blind13 report sets them ("Prev. value | Prev.
// date"): the earlier results are read with their dates; and an immunofixation's finding set
// under the unit's title beside its earlier finding, whose current finding was dropped without a
// word while the earlier one was read.
TEST(Blind57Class, AbbreviatedPreviousDateTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 13.06.24"}},
      {{40, "Analysis"},
       {226, "Result"},
       {280, "Unit"},
       {338, "Reference"},
       {418, "Prev. value"},
       {478, "Prev. date"}},
      {{40, "Haemoglobin"},
       {226, "11,8"},
       {280, "g/dL"},
       {338, "13,5 - 17,5"},
       {440, "11,2"},
       {478, "16.05.24"}},
      {{40, "Immunofixation serum"},
       {280, "monoclonal IgG kappa"},
       {428, "IgG kappa"},
       {478, "16.05.24"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-13", 11.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-05-16", 11.2);
  ExpectValueOn(r, Analyte::kSerumIfe, "2024-06-13", 1);
  ExpectValueOn(r, Analyte::kSerumIfe, "2024-05-16", 1);
}

// Aurillac: each earlier result under "Antériorités" with its date alone on the line below it
// ("10,8" / "06/02/2024"): said to have no date, and not read.
TEST(Blind57Class, EarlierResultOverItsDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{45, "Prélevé le 05/03/2024 à 08h12"}},
      {{264, "Résultat"}, {372, "Valeurs de référence"}, {496, "Antériorités"}},
      {{52, "Hémoglobine"}, {275, "11,3* g/dL"}, {372, "11,5 à 15,0"}, {531, "10,8"}},
      {{512, "06/02/2024"}},
      {{52, "Calcium"}, {275, "2,36 mmol/L"}, {372, "2,15 à 2,55"}, {531, "2,44"}},
      {{512, "09/01/2024"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-05", 11.3);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-06", 10.8);
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2024-01-09");
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(ca->previous);
}

}  // namespace
}  // namespace oncoguide::import
