// Classes found by blind34's first run (a thirty-fifth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind34/README.md), each written as our own small page or name.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/document.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A clinic letter's "Re:" line with the patient's date of birth ("DOB 27/11/1944"), no full
// stop after it, runs into the diagnosis paragraph: "... diagnosed March 2022 (marrow 55% plasma
// cells)". The joined sentence's one date was the birth date, and the marrow count at diagnosis
// was given it, silently. A date of birth never dates a sentence, and a marrow count from the
// time of diagnosis without its own date is not of the letter's clinic date either.
TEST(Blind34Class, LetterLineWithDateOfBirthDoesNotDateTheDiagnosis_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Dr Ewan Campbell"}, {300, "Clinic date:"}, {420, "21/06/2024"}},
      {{40, "Tarbert Surgery"}, {300, "Dictated:"}, {420, "21/06/2024"}},
      {{40, "Isle of Harris"}, {300, "Typed:"}, {420, "25/06/2024"}},
      {{40, "Dear Dr Campbell,"}},
      {{40, "Re: Mrs Morag Anne STEWART, DOB 03/08/1951, CHI 0308511234"}},
      {{40, "12 Sraid na h-Eaglais, Tarbert, Isle of Harris HS3 3DB"}},
      {{40, "Breithneachadh / Diagnosis"}},
      {{40, "IgA lambda myeloma, diagnosed March 2022 (bone marrow 55% plasma cells, beta-2"}},
      {{40, "microglobulin 5.2 mg/L at diagnosis)."}},
  });
  for (Analyte a : {Analyte::kBmPlasmaCells, Analyte::kBeta2Microglobulin}) {
    EXPECT_EQ(FindOn(r, a, "1951-08-03"), nullptr) << ImportToJson(r).dump(1);
  }
  // Nor is the count of the letter's clinic date: it is from the diagnosis, date unknown.
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2024-06-21"), nullptr) << ImportToJson(r).dump(1);
}

// A Cretan report's header "Αποτέλεσμα Μονάδα Τιμές αναφ." (result, unit, reference values:
// the unit singular, the range shortened) was one column, so each result was read with its
// range ("1,48↑ mg/dL 0,7-1,3") and not understood; "Ελεύθερες κ" under a heading of free
// light chains was no test. And where the cut puts a row's flag alone under the result's title
// and its value with its unit under the unit's ("| ↑ | 3,4 mg/L"), the flag is the flag.
TEST(Blind34Class, GreekResultUnitRangeHeaderAndFlagBeforeValue_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Ημ. αιμοληψίας: 16/01/2024 08:05"}},
      {{40, "Εξέταση"}, {200, "Αποτέλεσμα Μονάδα Τιμές αναφ."}},
      {{40, "Κρεατινίνη"}, {220, "1,48↑ mg/dL"}, {380, "0,7-1,3"}},
      {{40, "Ελεύθερες κ"}, {220, "12,6 mg/L"}, {380, "3,3-19,4"}},
      {{40, "β2-μικροσφαιρίνη"}, {210, "↑"}, {290, "3,4 mg/L"}, {380, "0,8-2,2"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-16", 1.48);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-01-16", 12.6);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-01-16", 3.4);
}

// A urine study's page ("24-HOUR URINE PROTEIN STUDIES | Page 1 of 2") followed by a page of
// blood results of the same morning titled "SERUM PROTEINS AND CHEMISTRY – CUMULATIVE | Page 2
// of 2": the title, set beside its page number, was not read as a heading, so the urine page's
// specimen held and every blood result of page 2 was ignored as a urine test.
TEST(Blind34Class, CapitalisedTitleBesidePageNumberEndsTheUrinePage_Regression) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{40, "24-HOUR URINE PROTEIN STUDIES"}, {480, "Page 1 of 2"}},
      {{40, "Specimen collected: 2024-06-11"}},
      {{40, "Test"}, {250, "Result"}, {300, "Units"}},
      {{40, "Urine M-protein"}, {250, "0.22"}, {300, "g/d"}},
  }));
  d.pages.push_back(PlacedPage({
      {{40, "SERUM PROTEINS AND CHEMISTRY – CUMULATIVE"}, {520, "Page 2 of 2"}},
      {{40, "Specimen collected: 2024-06-11"}},
      {{40, "Test"}, {250, "Result"}, {300, "Units"}},
      {{40, "Hemoglobin"}, {250, "117"}, {300, "g/L"}},
      {{40, "Creatinine"}, {250, "102"}, {300, "umol/L"}},
  }));
  d.pages.back().number = 2;
  const ImportResult r = ExtractObservations(d);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-11", 11.7);
  EXPECT_NE(FindOn(r, Analyte::kCreatinine, "2024-06-11"), nullptr) << ImportToJson(r).dump(1);
}

// An Okinawan report names each test in English and Japanese ("Hb ヘモグロビン", "Cre
// クレアチニン") under titles in both ("結果 Result", "単位", "基準値 Ref."); a Macanese one in
// Portuguese and Chinese ("Hemoglobina 血紅蛋白 (g/dL)"). The Japanese or Chinese words made the
// names unknown and the result title no title: today's results were missed, or matched loosely.
TEST(Blind34Class, NamesAndTitlesWithTheirChineseOrJapanese_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "採取日時 Collected: 2024/06/10 08:40"}},
      {{40, "項目 Item"}, {200, "結果 Result"}, {280, "単位"}, {330, "基準値 Ref."}},
      {{40, "Hb ヘモグロビン"}, {210, "10.8 L"}, {280, "g/dL"}, {330, "11.6-14.8"}},
      {{40, "Cre クレアチニン"}, {210, "0.92 H"}, {280, "mg/dL"}, {330, "0.46-0.79"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-10", 10.8);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-06-10", 0.92);
  const TestName mo = MatchTestName("Hemoglobina 血紅蛋白 (g/dL)", Specimen::kUnknown);
  EXPECT_EQ(mo.match, TestName::Match::kExact);
  EXPECT_EQ(mo.analyte, Analyte::kHemoglobin);
  // A corrected calcium stays another test, whatever script it is written in.
  EXPECT_EQ(MatchTestName("補正Ca (corr. Ca)", Specimen::kUnknown).match,
            TestName::Match::kIgnored);
}

// A phone photo of a Galápagos report whose result title ("RESULTADO") OCR did not read, and
// whose "VALOR REFERENCIA" it read as two cells: each row's result was taken from under "VALOR",
// the reference range's lower limit ("0.70 | 1.20" read as creatinine 0.70), silently. "VALOR |
// REFERENCIA" is one title, the range's, and a range's two limits under it are no result.
TEST(Blind34Class, ReferenceRangeTitleReadApartIsNoResultColumn_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "FECHA TOMA MUESTRA: 18/03/2024 07:41"}},
          {{40, "EXAMEN"},
           {256, "UNIDAD"},
           {303, "VALOR"},
           {335, "REFERENCIA"},
           {390, "ANTERIOR (FECHA)"}},
          {{40, "CREATININA"},
           {256, "mg/dL"},
           {303, "0.70"},
           {336, "1.20"},
           {383, "1.15"},
           {410, "(04/03/2024)"}},
          {{40, "ALBUMINA"}, {256, "g/dL"}, {303, "3.5"}, {336, "5.2"}},
      },
      0.9f);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2024-03-18"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kAlbumin, "2024-03-18"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(FindOn(r, Analyte::kCreatinine, "2024-03-04"), nullptr) << ImportToJson(r).dump(1);
}

// A letter's sentence gives a value at diagnosis, its month only, then today's with its date
// ("was 24 g/L at diagnosis in March 2023 and is 5 g/L on 22/04/2024"): the value at diagnosis
// was read as of the sentence's one date (2.4 g/dL on 22/04/2024, the date's own value then
// only a review note), and a value in the diagnosis paragraph "(... 3.9 mg/L at diagnosis)" as of
// the clinic date. A value followed by "at diagnosis" without a date is of an unknown date.
TEST(Blind34Class, ValueAtDiagnosisIsNotTheSentencesDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Dr Ruth Sinclair"}, {300, "Clinic date:"}, {420, "25/04/2024"}},
      {{40, "Dear Dr Sinclair,"}},
      {{40, "Diagnosis: IgG lambda myeloma, diagnosed March 2023 (plasma cells 35%, beta-2"}},
      {{40, "microglobulin 3.9 mg/L at diagnosis)."}},
      {{40, "Her paraprotein was 24 g/L at diagnosis in March 2023 and has come down to 5 g/L"}},
      {{40, "on 22/04/2024."}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-04-22", 0.5);
  EXPECT_EQ(FindOn(r, Analyte::kBeta2Microglobulin, "2024-04-25"), nullptr)
      << ImportToJson(r).dump(1);
  int notes = 0;
  for (const ImportNote& n : r.unrecognised)
    notes += n.reason.find("diagnosis") != std::string::npos;
  EXPECT_GE(notes, 2) << ImportToJson(r).dump(1);
}

// A cumulative report whose columns are abbreviations spelled out only in its key below the
// table ("Abreviaturas: ... CM componente monoclonal sérico; IFs inmunofijación sérica; κL /
// λL cadenas ligeras libres kappa / lambda"): the header was titles we did not know, and every
// dated row was left unread. The key names them; the urine table under its own heading is read
// with its own header, never with the blood table's columns.
TEST(Blind34Class, ColumnAbbreviationsSpelledOutInTheReportsKey_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "SANGRE"}},
      {{40, "Fecha"},
       {110, "Hb"},
       {160, "Creat."},
       {220, "CM"},
       {280, "IFs"},
       {340, "κL"},
       {400, "λL"},
       {460, "κ/λ"}},
      {{40, "extracción"},
       {110, "g/dL"},
       {160, "mg/dL"},
       {220, "g/dL"},
       {340, "mg/L"},
       {400, "mg/L"}},
      {{40, "14/02/2024"},
       {110, "10,8"},
       {160, "1,40*"},
       {220, "2,6*"},
       {280, "IgA κ"},
       {340, "96,0*"},
       {400, "8,1"},
       {460, "11,85*"}},
      {{40, "13/03/2024"},
       {110, "11,5"},
       {160, "1,18"},
       {220, "1,9*"},
       {280, "IgA κ"},
       {340, "54,2*"},
       {400, "9,0"},
       {460, "6,02*"}},
      {{40, "ORINA DE 24 HORAS"}},
      {{40, "Fecha recogida"},
       {130, "Diuresis"},
       {210, "Proteinuria"},
       {300, "Proteína de Bence Jones"},
       {430, "Inmunofijación orina"}},
      {{40, "14/02/2024"}, {130, "1700"}, {210, "420*"}, {300, "260*"}, {430, "IgA κ"}},
      {{40, "Abreviaturas: Hb hemoglobina; Creat. creatinina; CM componente monoclonal sérico"}},
      {{40, "(n.d. = no detectable); IFs inmunofijación sérica; κL / λL cadenas ligeras libres"}},
      {{40, "kappa / lambda en suero; κ/λ cociente."}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-13", 1.9);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-14", 96.0);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-03-13", 9.0);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-14", 1.40);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-02-14");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA kappa");
  // The urine row: its Bence Jones protein, never a blood column's test.
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-02-14", 260);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.written_number == 1700 || o.written_number == 420) << ImportToJson(r).dump(1);
  }
}

// Rows under a heading of another specimen ("24 HOUR URINE") whose own header is not read (a
// date title we do not know): the blood table's header above, a test per column, no longer
// holds, so its columns never give the urine row's volume and protein as haemoglobin or
// creatinine.
TEST(Blind34Class, BloodHeaderDoesNotReadRowsUnderAUrineHeading) {
  const ImportResult r = ExtractPlaced({
      {{40, "BLOOD"}},
      {{40, "Date"}, {110, "Hb"}, {160, "Creatinine"}, {240, "Calcium"}, {310, "Albumin"}},
      {{110, "g/dL"}, {160, "mg/dL"}, {240, "mg/dL"}, {310, "g/dL"}},
      {{40, "14/02/2024"}, {110, "10.8"}, {160, "1.40*"}, {240, "9.9"}, {310, "3.9"}},
      {{40, "24 HOUR URINE"}},
      {{40, "Day ended"}, {130, "Volume"}, {210, "Protein"}, {300, "Bence Jones"}},
      {{40, "14/02/2024"}, {130, "1700"}, {210, "420*"}, {300, "260*"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-14", 1.40);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.written_number == 1700 || o.written_number == 420) << ImportToJson(r).dump(1);
  }
}

}  // namespace

}  // namespace oncoguide::import
