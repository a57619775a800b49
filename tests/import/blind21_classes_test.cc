// Classes found by blind21's first run (a twenty-second separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind21/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Danish portal's list with one date per row, titled "Prøvetaget", its tests named with their
// system ("Kreatinin;P"): nothing was read. So for a Mexican discharge table titled "Fecha".
TEST(Blind21Class, RowDateTitlesInDanishAndSpanish) {
  const ImportResult dk = ExtractPlaced(
      {
          {{30, "Prøvetaget"}, {150, "Hæmoglobin;B"}, {260, "Kreatinin;P"}, {370, "Albumin;P"}},
          {{150, "mmol/L"}, {260, "µmol/L"}, {370, "g/L"}},
          {{30, "04.12.2023 08:35"}, {150, "7,2"}, {260, "102"}, {370, "37"}},
      },
      842);
  ExpectValueOn(dk, Analyte::kAlbumin, "2023-12-04", 3.7);
  ExpectValueOn(dk, Analyte::kCreatinine, "2023-12-04", 102 * 0.011312);
  const ImportResult mx = ExtractPlaced({
      {{30, "Fecha"}, {130, "Hb"}, {200, "Creatinina"}, {300, "Calcio"}},
      {{130, "g/dL"}, {200, "mg/dL"}, {300, "mg/dL"}},
      {{30, "02/02/2024"}, {130, "7.8"}, {200, "3.4"}, {300, "13.1"}},
  });
  ExpectValueOn(mx, Analyte::kCalcium, "2024-02-02", 13.1);
  ExpectValueOn(mx, Analyte::kHemoglobin, "2024-02-02", 7.8);
}

// A cumulative report whose dates head the columns ("Collected | 06/10/23 | 21/10/23"), with a
// time and a lab number under them and then "Units | Ref. Range": that last line replaced the
// dated header and no value had a date.
TEST(Blind21Class, UnitTitlesUnderAFlowsheetsDatesJoinIt) {
  const ImportResult r = ExtractPlaced({
      {{30, "Collected"}, {260, "06/10/23"}, {330, "21/10/23"}},
      {{30, "Time"}, {270, "1008"}, {340, "0910"}},
      {{30, "Lab No."}, {250, "23-5746720"}, {320, "23-1469081"}},
      {{128, "Units"}, {180, "Ref. Range"}},
      {{30, "Creatinine"}, {128, "umol/L"}, {180, "45-90"}, {262, "153H"}, {332, "145H"}},
      {{30, "Paraprotein"}, {128, "g/L"}, {180, "ND"}, {262, "14.2H"}, {332, "11.8H"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-10-06", 1.42);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-10-21", 1.18);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-10-21", 145 * 0.011312);
}

// Labels of the sample's taking: Belgian "Staalname", Polish "Pobranie", Chilean "Toma
// muestra", and Ukrainian "Взяття біоматеріалу" starting with a capital (labels were matched
// with only ASCII letters lowered); the report's dates beside them are not collection dates.
TEST(Blind21Class, CollectionLabelsOfFourMoreCountries) {
  const struct {
    std::string label, other, name, date;
  } cases[] = {
      {"Staalname: 12/03/2024 08:17", "Verslag: 13/03/2024 14:40", "Calcium", "2024-03-12"},
      {"Pobranie: 2024-03-15 07:42", "Wydanie: 2024-03-18 12:31", "Calcium", "2024-03-15"},
      {"Toma muestra: 07/03/2024 08:20", "Validación: 11/03/2024 16:44", "Calcio", "2024-03-07"},
      {"Взяття біоматеріалу: 14.02.2024 08:31", "Виконано: 16.02.2024 17:45", "Кальцій загальний",
       "2024-02-14"},
  };
  for (const auto& c : cases) {
    const ImportResult r = ExtractPlaced({
        {{30, c.label}, {330, c.other}},
        {{30, "Test"}, {220, "Result"}, {290, "Units"}},
        {{30, c.name}, {220, "9,3"}, {290, "mg/dL"}},
    });
    EXPECT_NE(FindOn(r, Analyte::kCalcium, c.date), nullptr) << c.label << "\n"
                                                             << ImportToJson(r).dump(1);
    EXPECT_EQ(r.observations.size(), 1u) << c.label;
  }
}

// A Belgian "Vorig resultaat" column with its date under the title: the earlier value on its
// own date, marked previous.
TEST(Blind21Class, DutchPreviousResultColumn) {
  const ImportResult r = ExtractPlaced({
      {{30, "Staalname: 12/03/2024 08:17"}},
      {{30, "Analyse"},
       {200, "Resultaat"},
       {280, "Eenheid"},
       {340, "Referentiewaarden"},
       {470, "Vorig resultaat"}},
      {{480, "09/01/2024"}},
      {{30, "Creatinine"}, {200, "0,96 +"}, {280, "mg/dL"}, {340, "0,51 - 0,95"}, {490, "1,14"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-12", 0.96);
  const ImportedObservation* before = FindOn(r, Analyte::kCreatinine, "2024-01-09");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
  EXPECT_DOUBLE_EQ(before->obs.value, 1.14);
}

// Earlier results under a result, past its method line, past a derived test in a unit of its
// own, or naming their test in a label longer than 30 characters ("Resultados anteriores
// (hemoglobina): ..."). A ratio's row without a unit still stops them: they may be anyone's.
TEST(Blind21Class, EarlierResultsPastMethodAndDerivedRows) {
  const ImportResult r = ExtractPlaced({
      {{30, "Coletado em: 05/03/2024 07:58"}},
      {{30, "Hemoglobina"}, {260, "11,4 g/dL"}, {380, "13,5 a 17,5 g/dL"}},
      {{30,
        "Resultados anteriores (hemoglobina): 10,6 g/dL em 10/01/2024 | 9,8 g/dL em "
        "08/11/2023"}},
      {{30, "CREATININA"}},
      {{40, "Resultado"}, {300, "1,18 mg/dL"}},
      {{40, "eGFR (CKD-EPI 2021)"}, {300, "64 mL/min/1,73m²"}},
      {{40, "Valor de referência: 0,70 a 1,20 mg/dL"}},
      {{40, "Método: enzimático colorimétrico"}},
      {{40, "Resultados anteriores: 1,31 mg/dL em 10/01/2024 | 1,54 mg/dL em 08/11/2023"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-10", 10.6);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-11-08", 9.8);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-10", 1.31);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-11-08", 1.54);

  const ImportResult ratio = ExtractPlaced({
      {{30, "Coletado em: 07/03/2024 07:58"}},
      {{40, "Cadeia leve livre kappa"}, {280, "3,42 mg/dL"}, {390, "0,33 a 1,94"}},
      {{40, "Cadeia leve livre lambda"}, {280, "1,05 mg/dL"}, {390, "0,57 a 2,63"}},
      {{40, "Relação kappa/lambda"}, {280, "3,26"}, {390, "0,26 a 1,65"}},
      {{40, "Resultados anteriores: 5,87 mg/dL em 08/02/2024 | 9,12 mg/dL em 10/01/2024"}},
  });
  EXPECT_EQ(FindOn(ratio, Analyte::kLambdaFlc, "2024-02-08"), nullptr)
      << ImportToJson(ratio).dump(1);
}

// A panel's name before its component ("Protein elektroforezi (serum) - M protein"), the Polish
// "Gradient M ... śladowy" (trace) and Greek "Ελεύθερες ελαφρές αλυσίδες κ".
TEST(Blind21Class, PanelComponentAndMoreLanguagesNames) {
  const TestName panel =
      MatchTestName("Protein elektroforezi (serum) - M protein", Specimen::kUnknown);
  EXPECT_EQ(panel.match, TestName::Match::kLoose);
  EXPECT_EQ(panel.analyte, Analyte::kSerumMProtein);
  const TestName urine = MatchTestName("Urine - M protein", Specimen::kUnknown);
  EXPECT_EQ(urine.analyte, Analyte::kUrineMProtein);
  EXPECT_EQ(MatchTestName("Gradient M", Specimen::kUnknown).analyte, Analyte::kSerumMProtein);
  const TestName kappa = MatchTestName("Ελεύθερες ελαφρές αλυσίδες κ (sFLC)", Specimen::kUnknown);
  EXPECT_EQ(kappa.match, TestName::Match::kExact);
  EXPECT_EQ(kappa.analyte, Analyte::kKappaFlc);

  const ImportResult r = ExtractPlaced({
      {{30, "Pobranie: 2024-03-15 07:42"}},
      {{30, "Badanie"}, {270, "Wynik"}, {330, "Jednostka"}},
      {{30, "Gradient M"}, {270, "śladowy"}, {330, "niemierzalny ilościowo"}},
  });
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-03-15");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(m->obs.bound, records::ValueBound::kTrace);
}

}  // namespace
}  // namespace oncoguide::import

namespace oncoguide::import {
namespace {

using records::Analyte;

// An Austrian report's history titled with short names ("fr. Kappa", "fr. Lambda"), and its
// immunofixation given per specimen under one heading ("Serum:", "Spontanharn:" with a colon).
TEST(Blind21Class, GermanShortHistoryTitlesAndImmunofixationPerSpecimen) {
  const ImportResult r = ExtractPlaced({
      {{42, "Abnahme: 04.03.2024 07:50"}},
      {{42, "Untersuchung"}, {280, "Ergebnis"}, {330, "Einheit"}},
      {{42, "Immunfixation"}},
      {{42, "Serum:"}, {110, "monoklonales IgA vom Typ Lambda nachweisbar (IgA-Lambda)"}},
      {{42, "Spontanharn:"}, {110, "freie monoklonale Lambda-Leichtketten nachweisbar"}},
      {{42, "Verlauf (Vorbefunde dieses Labors)"}},
      {{52, "Abnahme"}, {143, "M-Gradient"}, {242, "fr. Kappa"}, {325, "fr. Lambda"}},
      {{172, "g/l"}, {265, "mg/l"}, {355, "mg/l"}},
      {{52, "12.09.2023"}, {172, "31,2"}, {267, "6,1"}, {347, "512,0"}},
  });
  const ImportedObservation* serum = FindOn(r, Analyte::kSerumIfe, "2024-03-04");
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineIfe, "2024-03-04");
  ASSERT_NE(serum, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(serum->obs.text, "IgA lambda");
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-09-12", 6.1);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-09-12", 512);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-09-12", 3.12);
}

// Under an earlier-results heading ("Verlauf (Vorbefunde dieses Labors)"), the history's row
// on the report's own collection date repeats today's results: not previous ones (a photo of
// that page alone gave today's kappa twice, once marked previous).
TEST(Blind21Class, AHistoryRowOnTheReportsOwnDateIsNotPrevious) {
  const ImportResult r = ExtractPlaced({
      {{42, "Abnahme: 04.03.2024 07:50"}},
      {{42, "Verlauf (Vorbefunde dieses Labors)"}},
      {{52, "Abnahme"}, {143, "M-Gradient"}, {242, "fr. Kappa"}},
      {{172, "g/l"}, {265, "mg/l"}},
      {{52, "12.09.2023"}, {172, "31,2"}, {267, "6,1"}},
      {{52, "04.03.2024"}, {172, "17,6"}, {267, "8,7"}},
  });
  const ImportedObservation* today = FindOn(r, Analyte::kKappaFlc, "2024-03-04");
  const ImportedObservation* before = FindOn(r, Analyte::kKappaFlc, "2023-09-12");
  ASSERT_NE(today, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(today->previous);
  EXPECT_TRUE(before->previous);
}

// A flowsheet row named with its band's isotype ("Paraprotein (IgA lambda)") read as a finding,
// not a name: the row went to the prose reader and disappeared without a word.
TEST(Blind21Class, AnMProteinRowNamedWithItsIsotypeIsRead) {
  const ImportResult r = ExtractPlaced({
      {{62, "Test"}, {245, "Units"}, {300, "21/11/2023"}, {380, "16/01/2024"}},
      {{62, "Paraprotein (IgA lambda)"}, {245, "g/L"}, {320, "2.9"}, {400, "2.6"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-11-21", 0.29);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-16", 0.26);
}

// A Uruguayan 24-hour urine history titled by the collection's end ("Fin de recolección"),
// its total protein ("Proteinuria (g/24 h)") a test oncoguide does not use, and the serum
// albumin named "Albuminemia".
TEST(Blind21Class, UruguayanUrineHistoryAndAlbuminemia) {
  const ImportResult r = ExtractPlaced({
      {{46, "Fecha de extracción: 18/03/2024"}},
      {{46, "Examen"}, {280, "Resultado"}, {330, "Unidad"}},
      {{46, "Albuminemia"}, {280, "3,6"}, {330, "g/dL"}},
      {{46, "Fin de recolección"},
       {156, "Diuresis (mL)"},
       {235, "Proteinuria (g/24 h)"},
       {360, "Comp. monoclonal (g/24 h)"}},
      {{46, "15/09/2023"}, {189, "1.800"}, {300, "3,46"}, {434, "2,31"}},
  });
  ExpectValueOn(r, Analyte::kAlbumin, "2024-03-18", 3.6);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2023-09-15", 2310);
  EXPECT_EQ(r.observations.size(), 2u) << ImportToJson(r).dump(1);
}

// A Czech marrow report: its page was not known as a marrow report ("kostní dřeň",
// "myelogram"), "plazmocyty" and "restrikcí" were not known, a count with a decimal comma
// ("6,4 %") was read as 4, a date written "14. 8. 2023" ended a sentence, and FISH's "v 24 %
// jader" (of nuclei) was taken for a count.
TEST(Blind21Class, CzechMarrowReportIsRead) {
  const ImportResult r = ExtractPlaced({
      {{45, "NÁLEZ Z VYŠETŘENÍ KOSTNÍ DŘENĚ"}},
      {{45, "Datum odběru: 5. 3. 2024"}},
      {{45, "FISH: zisk 1q21 (CKS1B): 3 kopie v 24 % jader."}},
      {{45,
        "Kostní dřeň s reziduální infiltrací klonálními plazmocyty s restrikcí lambda (6,4 % v"}},
      {{45, "myelogramu). Srovnání s předchozím vyšetřením: při diagnóze (odběr 14. 8. 2023)"}},
      {{45, "plazmocyty v myelogramu 52,6 %."}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-03-05", 6.4);
  const ImportedObservation* clonal = FindOn(r, Analyte::kBmClonality, "2024-03-05");
  ASSERT_NE(clonal, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(clonal->obs.value, 1);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.value, 24) << ImportToJson(r).dump(1);
    EXPECT_NE(o.obs.value, 4) << ImportToJson(r).dump(1);
  }
}

// Scans. A faxed Czech marrow report whose collection label OCR garbled: the only date left was
// in "Srovnání s předchozím vyšetřením: ... (odběr 14. 8. 2023)" (compared with the previous
// examination), and every result of 5 March took the diagnosis's date, silently.
TEST(Blind21Class, ACzechComparisonWithAnEarlierSampleDatesNoRow) {
  const ImportResult r = ExtractScanned(
      {
          {{60, "Vyšetření"}, {220, "Výsledek"}, {300, "Jednotka"}},
          {{60, "Hemoglobin"}, {220, "118"}, {300, "g/l"}},
          {{60, "Albumin"}, {220, "41,2"}, {300, "g/l"}},
          {{45,
            "Srovnání s předchozím vyšetřením: při diagnóze (odběr 14. 8. 2023) plazmocyty "
            "52,6 %."}},
      },
      0.93f);
  EXPECT_EQ(FindOn(r, Analyte::kHemoglobin, "2023-08-14"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kAlbumin, "2023-08-14"), nullptr) << ImportToJson(r).dump(1);
}

// A photo of a marrow report's second page alone: "Normal polytypic plasma cells 0.1%." ends
// the flow cytometry paragraph and was read as the aspirate's plasma-cell count, silently
// (found by blind18's scans while this split was measured).
TEST(Blind21Class, PolytypicPlasmaCellsAreAFlowFindingNotTheCount) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Collected: 03/12/2024 10:40"}},
          {{52, "CD138 highlights plasma cells comprising approximately 5-10% of marrow cells."}},
          {{40, "FLOW CYTOMETRY (summary):"}},
          {{52,
            "Abnormal plasma cells (CD38+ CD138+ CD19- CD56+) represent 0.9% of total events "
            "and"}},
          {{52,
            "express cytoplasmic kappa light chain (monotypic). Normal polytypic plasma cells "
            "0.1%."}},
      },
      0.93f);
  ASSERT_NE(Find(r, Analyte::kBmPlasmaCells), nullptr) << ImportToJson(r).dump(1);
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == Analyte::kBmPlasmaCells) {
      EXPECT_TRUE(o.needs_review) << ImportToJson(r).dump(1);
      EXPECT_NE(o.obs.value, 0.1) << ImportToJson(r).dump(1);
    }
  }
}

// OCR boxes a one-word qualifier's brackets wide: "Calcium (adjusted)" came apart, the adjusted
// calcium's earlier value was read as the total calcium's, silently.
TEST(Blind21Class, AQualifierInBracketsStaysWithItsNameOnScans) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Collected: 04/03/2024"}},
          {{40, "Test"}, {230, "Result"}, {290, "Units"}},
          {{40, "Calcium"}, {84, "(adjusted)"}, {230, "2.42"}, {290, "mmol/L"}},
      },
      0.93f);
  EXPECT_EQ(Find(r, Analyte::kCalcium), nullptr) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
