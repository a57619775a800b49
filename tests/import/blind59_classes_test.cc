// Classes found by the first run of blind59 (a sixtieth separate author's 18 documents, measured
// once blind at 8a0bcf9), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// Tarija: a landscape flowsheet, one row a date, with the treatment cycle beside each date
// ("Fecha | Ciclo | Hb | Creat. | Comp. M | Kappa L | Lambda L"). The cycle's title was read as
// no title at all, so the header was no header: none of its 69 values were read. Its short
// titles "Comp. M" and "Kappa L" / "Lambda L" were not known either.
TEST(Blind59Class, FlowsheetWithATreatmentCycleColumn_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Fecha"},
           {84, "Ciclo"},
           {160, "Hb"},
           {200, "Creat."},
           {250, "Comp. M"},
           {310, "Kappa L"},
           {370, "Lambda L"}},
          {{160, "g/dL"}, {200, "mg/dL"}, {250, "g/dL"}, {310, "mg/L"}, {370, "mg/L"}},
          {{30, "05/09/2023"},
           {84, "Diagnóstico"},
           {160, "8,2"},
           {200, "2,48"},
           {250, "4,06"},
           {310, "836,7"},
           {370, "7,2"}},
          {{30, "26/09/2023"},
           {84, "VCd C1"},
           {160, "9,4"},
           {200, "2,03"},
           {250, "2,77"},
           {310, "527,7"},
           {370, "6,4"}},
      },
      792);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-09-05", 8.2);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-09-26", 2.03);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-09-05", 4.06);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-09-26", 527.7);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-09-05", 7.2);
  EXPECT_EQ(r.observations.size(), 10u);
}

// Hamilton: a table of earlier results whose titles carry their units, two of them set one space
// apart ("Kappa FLC mg/dL Lambda FLC mg/dL"). The pair was one title no test matched, so the
// header was no header and its 15 values were unread.
TEST(Blind59Class, TitlesWithUnitsSetCloseTogether_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "PRIOR RESULTS"}},
      {{40, "Collected"},
       {130, "M-spike g/dL"},
       {200, "Kappa FLC mg/dL"},
       {274, "Lambda FLC mg/dL"},
       {380, "K/L ratio"}},
      {{40, "11/07/2023"}, {150, "3.86"}, {230, "241.00"}, {310, "0.45"}, {390, "535.56"}},
      {{40, "01/30/2024"}, {150, "2.71"}, {230, "71.60"}, {310, "0.55"}, {390, "130.18"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-11-07", 3.86);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-11-07", 2410);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-01-30", 5.5);
  EXPECT_EQ(r.observations.size(), 6u);
}

// Fort McMurray: a portal's result cards, each with its earlier results stacked one a line under
// the collection date and the lab ("Previous: 32 g/L on 2024-May-21" / "Previous: 31 g/L on
// 2024-Apr-23"). The second line of every card was dropped without a word.
TEST(Blind59Class, EarlierResultsStackedUnderACard_Regression) {
  const ImportResult r = ExtractPlaced({
      {{44, "Albumin"}},
      {{44, "34 g/L"}, {282, "Low"}},
      {{44, "Reference range: 35 - 50 g/L"}},
      {{44, "Collected: 2024-Jun-18 07:52"}},
      {{44, "Northern Lights Regional Health Centre Lab"}},
      {{44, "Previous: 32 g/L on 2024-May-21"}},
      {{44, "Previous: 31 g/L on 2024-Apr-23"}},
      {{44, "Creatinine"}},
      {{44, "118 umol/L"}, {282, "High"}},
      {{44, "Reference range: 50 - 110 umol/L"}},
      {{44, "Collected: 2024-Jun-18 07:52"}},
      {{44, "Northern Lights Regional Health Centre Lab"}},
      {{44, "Previous: 131 umol/L on 2024-May-21"}},
  });
  ExpectValueOn(r, Analyte::kAlbumin, "2024-06-18", 3.4);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-05-21", 3.2);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-04-23", 3.1);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2024-04-23"), nullptr);
  EXPECT_EQ(r.observations.size(), 5u);
}

// The same portal's banner gives the birth date as "Born: 1953-Feb-08": the first card, whose
// collection date comes after its value, was dated on the day the patient was born (for review).
TEST(Blind59Class, BornIsABirthDateNeverACollectionDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{44, "Showing results for: Gerald TREMBLAY"},
       {300, "Born: 1953-Feb-08"},
       {420, "PHN: 98765-4321"}},
      {{44, "Albumin"}},
      {{44, "34 g/L"}, {282, "Low"}},
      {{44, "Reference range: 35 - 50 g/L"}},
      {{44, "Collected: 2024-Jun-18 07:52"}},
  });
  ExpectValueOn(r, Analyte::kAlbumin, "2024-06-18", 3.4);
  EXPECT_EQ(r.observations.size(), 1u);
}

// Dourados: a result block whose earlier results are labelled with the test's name before a dash
// ("Kappa - resultados anteriores: | 12/03/2024: 148,2 mg/L | 09/02/2024: 316,0 mg/L"); the
// label was not read as an earlier-results label, so the results were missed.
TEST(Blind59Class, TestNamedBeforeADashAndThePreviousLabel_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Paciente: MARIA SANTOS"}, {330, "Data da coleta: 16/04/2024"}},
      {{40, "CADEIAS LEVES LIVRES KAPPA"}},
      {{48, "Resultado:"}, {250, "98,4 mg/L"}},
      {{48, "Kappa - resultados anteriores:"},
       {250, "12/03/2024: 148,2 mg/L"},
       {380, "09/02/2024: 316,0 mg/L"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-04-16", 98.4);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-12", 148.2);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-09", 316.0);
  EXPECT_EQ(r.observations.size(), 3u);
}

}  // namespace
}  // namespace oncoguide::import
