// Classes found by blind42's first run (a forty-third separate author's 18 documents, measured
// once blind at 7a68bee), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Manitoba cumulative report, dates as rows: each row's date, time and accession number set
// as one cell under "Collected | Accession" ("2024-10-01 08:15 AV24-275-0033"). No row was read,
// and none was listed as unread.
TEST(Blind42Class, RowDateWithItsAccessionInOneCell_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Collected"}, {112, "Accession"}, {215, "Hgb"}, {265, "Alb"}, {315, "LDH"}},
      {{215, "g/dL"}, {265, "g/dL"}, {315, "U/L"}},
      {{36, "2024-10-01 08:15 AV24-275-0033"}, {215, "11.8 L"}, {265, "4.0"}, {315, "182"}},
      {{36, "2024-09-03 08:40 AV24-247-0091"}, {215, "12.1 L"}, {265, "4.1"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-10-01", 11.8);
  ExpectValueOn(r, Analyte::kLdh, "2024-10-01", 182);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-09-03", 4.1);
}

// A Valencian flowsheet: the Catalan row-date title "Data d'extracció", the request number's
// "Núm. petició", and "Inmunofij." (the serum immunofixation, abbreviated). Every row was left
// unread as "a dated row whose tests no header names".
TEST(Blind42Class, CatalanRowDateAndRequestNumberTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Data d'extracció"},
       {140, "Núm. petició"},
       {225, "Hb"},
       {265, "Calcio"},
       {320, "Inmunofij."}},
      {{225, "g/dL"}, {265, "mg/dL"}, {320, "sèrica"}},
      {{36, "08/01/2024 08:12"},
       {140, "24-0108-0317"},
       {225, "9,6*"},
       {265, "10,8*"},
       {320, "IgG kappa"}},
      {{36, "24/06/2024 08:09"},
       {140, "24-0624-0145"},
       {225, "12,6"},
       {265, "9,5"},
       {320, "Negativa"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-08", 9.6);
  ExpectValueOn(r, Analyte::kCalcium, "2024-06-24", 9.5);
  ExpectValueOn(r, Analyte::kSerumIfe, "2024-06-24", 0);
}

// The same title with a typographic apostrophe ("Data d’extracció"), as word processors set it.
// Its entry in the title list had run its hex escape into the next letter ("\x99e"), so the
// title never matched and every row was left unread.
TEST(Blind42Class, CatalanRowDateTitleWithTypographicApostrophe_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Data d\u2019extracció"}, {140, "Núm. petició"}, {225, "Hb"}, {265, "Calcio"}},
      {{225, "g/dL"}, {265, "mg/dL"}},
      {{36, "08/01/2024 08:12"}, {140, "24-0108-0317"}, {225, "9,6*"}, {265, "10,8*"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-08", 9.6);
}

// The key to the titles under the table, titled in two languages ("Llegenda / Leyenda:"), its
// entries in a cell right of the title and continued under them, parted by middle dots: "CM"
// (componente monoclonal) was a title we did not know, its column never read.
TEST(Blind42Class, KeyWithMiddleDotsUnderABilingualTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Data d'extracció"}, {225, "Hb"}, {265, "CM"}},
      {{225, "g/dL"}, {265, "g/dL"}},
      {{36, "08/01/2024"}, {225, "9,6"}, {265, "3,12"}},
      {{36, "05/02/2024"}, {225, "10,1"}, {265, "2,05"}},
      {{36, "Llegenda / Leyenda:"}, {150, "Hb: hemoglobina · Creat.: creatinina · CLL: cadenas"}},
      {{150, "ligeras libres · CM: componente monoclonal (proteinograma) · ND: no detectable"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-08", 3.12);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-02-05", 2.05);
}

// A Daegu report's earlier result and its date, titled in Korean ("이전결과 | 이전검사일"):
// only the current results were read.
TEST(Blind42Class, KoreanPreviousResultColumns_Regression) {
  const ImportResult r = ExtractPlaced({
      {{32, "채혈일시"}, {90, "2024-11-04 08:32"}},
      {{32, "검사명"},
       {248, "결과 판정"},
       {300, "단위"},
       {350, "참고치"},
       {420, "이전결과"},
       {480, "이전검사일"}},
      {{38, "Hemoglobin (혈색소)"},
       {248, "10.2"},
       {300, "g/dL"},
       {350, "12.0 - 16.0"},
       {420, "9.7"},
       {480, "2024-10-07"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-11-04", 10.2);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-10-07", 9.7);
}

// A Sicilian monospace printout: "PREC. DATA PREC." titles the earlier value with its date in
// one cell ("10,6 05/02/24"); the earlier results were not read.
TEST(Blind42Class, ItalianShortPreviousTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Data prelievo: 05/03/2024 07:40"}},
      {{46, "ESAME"},
       {191, "RISULTATO"},
       {256, "UNITA"},
       {306, "VALORI RIF."},
       {406, "PREC. DATA PREC."}},
      {{46, "Emoglobina (HGB)"},
       {216, "10,1 L"},
       {256, "g/dL"},
       {306, "13,0 - 17,0"},
       {411, "10,6 05/02/24"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-05", 10.1);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-05", 10.6);
}

// A Veneto protein history, dates as rows: "CM siero" and "CM urine" (componente monoclonale
// of serum and of urine) were titles we did not know. "CM" alone stays a length.
TEST(Blind42Class, CmWithItsSpecimenNamesTheMProtein_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data prelievo"}, {142, "CM siero"}, {200, "κ libere"}, {260, "CM urine"}},
      {{150, "g/dL"}, {200, "mg/L"}, {260, "g/24h"}},
      {{40, "14/05/2024"}, {150, "1,42"}, {205, "86,4"}, {265, "0,18"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-05-14", 1.42);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-05-14", 86.4);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-05-14", 180);
  EXPECT_EQ(MatchTestName("CM", Specimen::kUnknown).match, TestName::Match::kNone);
}

// A Florida report: the flag and the earlier value in one cell ("Abnormal 1.1" under "FLAG |
// PREVIOUS RESULT AND DATE"), read as a unit "1.1 g/dL": the M-spike row was left unread.
TEST(Blind42Class, FlagRunIntoThePreviousResult_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Date Collected: 09/23/2024"}},
      {{330, "PREVIOUS RESULT"}, {506, "REFERENCE"}},
      {{36, "TESTS"},
       {226, "RESULT"},
       {284, "FLAG"},
       {330, "AND DATE"},
       {448, "UNITS"},
       {506, "INTERVAL"}},
      {{44, "M-Spike"},
       {226, "0.6"},
       {284, "Abnormal 1.1"},
       {366, "08/19/2024"},
       {448, "g/dL"},
       {506, "Not Observed"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-09-23", 0.6);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-08-19", 1.1);
}

// A Marseille report names the immunofixation's finding ("Immunoglobuline monoclonale | IgG
// kappa"), with the earlier one beside it ("IgG kappa le 15/01/24").
TEST(Blind42Class, FrenchMonoclonalImmunoglobulinIsTheImmunofixation_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le 18/03/2024"}},
      {{40, "Immunofixation des protéines sériques (Hydrasys)"}},
      {{46, "Immunoglobuline monoclonale"}, {246, "IgG kappa"}},
  });
  ExpectValueOn(r, Analyte::kSerumIfe, "2024-03-18", 1);
}

// A Geneva marrow history: a procedure's number left of the date and the cytometry's words right
// of the last test ("Examen | Date du prélèvement | Plasmocytes | Cytométrie"); two columns we do
// not know beside one test, so the table was not read and the diagnostic count was lost.
TEST(Blind42Class, UnknownColumnsOutsideTheDatedResults_Regression) {
  const ImportResult r = ExtractPlaced({
      {{54, "Examen"}, {190, "Date du prélèvement"}, {298, "Plasmocytes"}, {370, "Cytométrie"}},
      {{54, "MO-24-0196 (diag.)"}, {190, "06.03.2024"}, {321, "38,0 %"}, {370, "clonale, kappa"}},
      {{54, "MO-24-0871"}, {190, "21.08.2024"}, {326, "7,5 %"}, {370, "clonale, kappa"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-03-06", 38);
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-08-21", 7.5);
}

// A Manitoba protein history: the urine M-spike run into the urine immunofixation's words in one
// cell ("0.42 Free lambda" under "Urine M-spike | Urine IFE"); both were lost.
TEST(Blind42Class, ResultRunIntoTheNextColumnsWords_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Collected"}, {140, "Free kappa"}, {200, "Urine M-spike"}, {285, "Urine IFE"}},
      {{140, "mg/L"}, {200, "g/24 h"}},
      {{36, "2024-04-02 10:40"}, {140, "6.8"}, {250, "0.42 Free lambda"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-04-02", 6.8);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-04-02", 420);
  ExpectValueOn(r, Analyte::kUrineIfe, "2024-04-02", 1);
}

// An Azores portal photographed: cards two a row, each "name / Colheita: date / value". The
// right-hand β2-microglobulin card's name, read by OCR as "B2-microglobulina", was a name we did
// not know, so the albumin card above it took that card's collection date (23/04 for 07/05):
// silently. Each card's own label between its name and its value dates it; "B2-" is β2.
TEST(Blind42Class, CardDatedByItsOwnLabelAboveTheValue_Regression) {
  const std::string lab = "Colheita: 07/05/2024 08:21 · Validado: 07/05/2024 15:02";
  const std::string lab2 = "Colheita: 23/04/2024 08:40 · Validado: 26/04/2024 11:20";
  const ImportResult r = ExtractPlaced(
      {
          {{46, "Hemoglobina"}, {340, "Creatinina"}},
          {{46, lab}, {340, lab}},
          {{46, "10,8"}, {92, "g/dL"}, {196, "ABAIXO"}, {340, "1,12"}, {380, "mg/dL"}},
          {{46, "Cálcio total"}, {340, "Albumina"}},
          {{46, lab}, {340, lab}},
          {{46, "9,7"}, {82, "mg/dL"}, {194, "DENTRO"}, {340, "3,7"}, {380, "g/dL"}},
          {{46, "Desidrogenase láctica (LDH)"}, {340, "Osteocalcina"}},
          {{46, lab}, {340, lab2}},
          {{46, "212"}, {86, "U/L"}, {194, "DENTRO"}, {340, "2,9"}, {380, "ng/mL"}},
      },
      700);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-05-07", 3.7);
  EXPECT_EQ(FindOn(r, Analyte::kAlbumin, "2024-04-23"), nullptr);
  EXPECT_EQ(MatchTestName("B2-microglobulina", Specimen::kUnknown).analyte,
            Analyte::kBeta2Microglobulin);
}

}  // namespace
}  // namespace oncoguide::import
