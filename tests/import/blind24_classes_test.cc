// Classes found by blind24's first run (a twenty-fifth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind24/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A laboratory system's cumulative printout with a row of collection dates, a row of times and a
// row of the dates the lab received the samples ("COLL DATE" / "COLL TIME" / "RECD DATE"): the
// received dates, a day later for some columns, replaced the collection dates, silently.
TEST(Blind24Class, ReceivedDatesUnderCollectionDatesAreNotTheColumns) {
  const ImportResult r = ExtractPlaced({
      {{164, "COLL DATE"}, {228, "03/14/24"}, {268, "02/08/24"}, {308, "11/09/23"}},
      {{164, "COLL TIME"}, {244, "0815"}, {284, "0742"}, {324, "0810"}},
      {{164, "RECD DATE"}, {228, "03/14/24"}, {268, "02/09/24"}, {308, "11/10/23"}},
      {{40, "TEST"}, {128, "UNITS"}, {164, "REF RANGE"}},
      {{40, "HEMOGLOBIN"},
       {128, "g/dL"},
       {164, "13.5-17.5"},
       {236, "10.9 L"},
       {276, "10.4 L"},
       {316, "8.8 L"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-08", 10.4);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-11-09", 8.8);
  EXPECT_EQ(FindOn(r, Analyte::kHemoglobin, "2024-02-09"), nullptr) << ImportToJson(r).dump(1);
}

// A cumulative report whose titles read "Test | Unit | Ref. | Collected | Collected", the dates
// under each "Collected", then "Registered" alone on a line over the registration dates. "Ref."
// was not read as the range's title, so the registration dates became the header and the range
// column was lost: a paraprotein's reference, "Not detected", was read as the first date's
// result, and its 52.4 g/L was dropped, silently.
TEST(Blind24Class, RegisteredDatesAndAnAbbreviatedRangeTitleKeepTheColumns) {
  const ImportResult r = ExtractPlaced({
      {{40, "Test"}, {166, "Unit"}, {214, "Ref."}, {300, "Collected"}, {360, "Collected"}},
      {{298, "06/11/2023"}, {358, "18/12/2023"}},
      {{40, "Registered"}},
      {{298, "07/11/2023"}, {358, "19/12/2023"}},
      {{46, "Paraprotein (M-band)"},
       {166, "g/L"},
       {214, "Not detected"},
       {306, "52.4"},
       {366, "38.1"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-11-06", 5.24);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-12-18", 3.81);
  EXPECT_EQ(FindOn(r, Analyte::kSerumMProtein, "2023-11-07"), nullptr) << ImportToJson(r).dump(1);
}

// A phone photo of a US cumulative summary whose zeros OCR read as sixes: "10/12/23" became
// "16/12/23" (day first only) and "11/10/23" became "11/16/23" (month first only). The
// misread day-first dates outvoted the other, and "11/09/23" was read as 11 September, silently.
// Dates that disagree on a scan leave the order unknown: an ambiguous date is reviewed.
TEST(Blind24Class, AScanWhoseDatesDisagreeReviewsAmbiguousDates) {
  const ImportResult r = ExtractScanned(
      {
          {{60, "Printed 16/12/23, 18/12/23 and 11/16/23"}},
          {{60, "Collected: 11/09/23"}},
          {{60, "CREATININE"}, {220, "1.62"}, {300, "mg/dL"}},
      },
      0.95f);
  bool found = false;
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte != Analyte::kCreatinine) continue;
    found = true;
    EXPECT_TRUE(o.needs_review) << ImportToJson(r).dump(1);
  }
  EXPECT_TRUE(found) << ImportToJson(r).dump(1);
  // The same dates in a text layer are what they say: the order follows the majority.
  const ImportResult text = ExtractPlaced({
      {{60, "Collected: 25/09/2023"}},
      {{60, "CREATININE"}, {220, "1.62"}, {300, "mg/dL"}},
  });
  ExpectValueOn(text, Analyte::kCreatinine, "2023-09-25", 1.62);
}

// A cumulative summary's last page ends with another patient's short report, collected the same
// day ("PATIENT: VEGA TORRES ... MRN: 00502281"). Photographed alone, that page's creatinine was
// imported as the person's own, silently. A second record number starts another patient: its
// lines are not read, and a warning says so.
TEST(Blind24Class, AnotherPatientsReportIsNotRead) {
  const ImportResult r = ExtractPlaced({
      {{40, "PATIENT: RODRIGUEZ COLON, MIGUEL A"}, {300, "MRN: 00417735"}},
      {{40, "Collected: 03/14/2024"}},
      {{40, "KAPPA FREE LT CHAIN"}, {200, "86.4"}, {260, "mg/L"}},
      {{40, "PATIENT: VEGA TORRES, ANA LUISA"}, {300, "MRN: 00502281"}},
      {{40, "COLL: 03/14/2024"}},
      {{40, "CREATININE"}, {200, "0.94"}, {260, "mg/dL"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-14", 86.4);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2024-03-14"), nullptr) << ImportToJson(r).dump(1);
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings.back().find("another patient"), std::string::npos);
  // The same record number read with one digit wrong (a scan) is the same patient.
  const ImportResult same = ExtractPlaced({
      {{40, "MRN: 00417735"}},
      {{40, "Collected: 03/14/2024"}},
      {{40, "MRN: 0O417735"}},
      {{40, "CREATININE"}, {200, "1.21"}, {260, "mg/dL"}},
  });
  ExpectValueOn(same, Analyte::kCreatinine, "2024-03-14", 1.21);
}

// A scan cut "IMMUNOFIXATION, UR" in two cells and the urine's short name fell under the units:
// the urine immunofixation was read as the serum one, silently.
TEST(Blind24Class, ASpecimensShortNameApartFromTheTestsNameIsKept) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Collected: 03/14/2024"}},
          {{40, "TEST"}, {135, "UNITS"}, {174, "RESULT"}},
          {{40, "IMMUNOFIXATION,"}, {112, "UR"}, {174, "FREE KAPPA"}},
      },
      0.95f);
  EXPECT_NE(FindOn(r, Analyte::kUrineIfe, "2024-03-14"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kSerumIfe, "2024-03-14"), nullptr) << ImportToJson(r).dump(1);
}

// A two-column Moroccan report with a box "Rappel des antériorités (prélèvement du 14/08/2024)"
// over earlier results: they took the report's date (a same-day conflict caught it on the text
// layer, nothing on a scan where the current creatinine was unreadable). The rows under such a
// heading, in its column, are previous results of its date.
TEST(Blind24Class, RowsUnderADatedEarlierResultsHeadingAreThatDatesPrevious) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélèvement du 05/11/2024 à 08:45"}},
      {{320, "Rappel des antériorités (prélèvement du 14/08/2024)"}},
      {{320, "Créatinine"}, {470, "16,9"}, {500, "mg/l"}},
      {{320, "Kappa libres"}, {470, "612,4"}, {500, "mg/l"}},
  });
  const ImportedObservation* creat = FindOn(r, Analyte::kCreatinine, "2024-08-14");
  ASSERT_NE(creat, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(creat->previous);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2024-11-05"), nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-08-14", 612.4);
}

// Serbian (Cyrillic), Bulgarian, Croatian, Hungarian, Romanian and Estonian reports were read as
// nothing: their test names, column titles, collection labels and flags ("В" high, "Н" low) were
// not known.
TEST(Blind24Class, SouthSlavicAndCentralEuropeanVocabulary) {
  // (Placed words are 5 points per byte: a Cyrillic title takes twice its letters' room.)
  const ImportResult sr = ExtractPlaced({
      {{40, "Датум и време узорковања: 22.10.2024. 07:40"}},
      {{40, "Анализа"}, {250, "Резултат"}, {340, "Јединица"}, {440, "Референтне вредности"}},
      {{48, "Калцијум (укупни)"}, {255, "2,66"}, {300, "В"}, {345, "mmol/L"}, {445, "2,20 – 2,65"}},
      {{48, "Калцијум (јонизовани)"}, {255, "1,36"}, {300, "В"}, {345, "mmol/L"}},
      {{48, "Слободни лаки ланци капа"}, {255, "312,6"}, {300, "В"}, {345, "mg/L"}},
      {{48, "Албумин"}, {255, "33"}, {300, "Н"}, {345, "g/L"}, {445, "35 – 52"}},
  });
  ExpectValueOn(sr, Analyte::kCalcium, "2024-10-22", 2.66 / 0.2495);  // mmol/L to mg/dL
  ExpectValueOn(sr, Analyte::kKappaFlc, "2024-10-22", 312.6);
  ExpectValueOn(sr, Analyte::kAlbumin, "2024-10-22", 3.3);
  EXPECT_EQ(sr.observations.size(), 3u) << ImportToJson(sr).dump(1);  // not the ionised calcium
  const ImportResult hu = ExtractPlaced(
      {
          {{30, "Mintavétel"}, {124, "Kalcium"}, {200, "Sz. kappa"}, {280, "Validálva"}},
          {{30, "ideje"}, {124, "mmol/L"}, {200, "mg/L"}},
          {{30, "2023.09.12. 07:58"}, {124, "2,78"}, {200, "1 480,0"}, {280, "2023.09.13."}},
      },
      842);
  ExpectValueOn(hu, Analyte::kCalcium, "2023-09-12", 2.78 / 0.2495);
  ExpectValueOn(hu, Analyte::kKappaFlc, "2023-09-12", 1480);
  EXPECT_EQ(FindOn(hu, Analyte::kCalcium, "2023-09-13"), nullptr) << ImportToJson(hu).dump(1);
}

// The same Malaysian report scanned: OCR garbled the "Ref." title, and "Not detected", the
// paraprotein's reference, just touched the first date's column: joined with the "52.4" under
// it, the result read as not detected, silently. A cell under a date's column is that date's
// result; one only beside it is not added to it.
TEST(Blind24Class, ACellBesideADatesColumnIsNotJoinedToItsResult) {
  const ImportResult r = ExtractScanned(
      {
          {{262, "06/11/2023"}, {320, "18/12/2023"}},
          {{47, "Paraprotein (M-band)"},
           {166, "g/L"},
           {205, "Not detected"},
           {272, "52.4"},
           {330, "38.1"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-11-06", 5.24);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-12-18", 3.81);
}

// An Estonian portal's cards, two side by side: a line of results whose left one has a long unit
// ("58 ml/min/1,73m² | Madal | 2,38 mmol/L | Normis") was taken for one table row across the
// page, so the right column's cards (creatinine, calcium) were never read.
TEST(Blind24Class, CardsSideBySideWithALongUnitAreReadAsTwoColumns) {
  const ImportResult r = ExtractPlaced({
      {{48, "Proovi võtmise aeg: 12.02.2024 08:31"}},
      {{48, "B-Hemoglobiin"}, {250, "B-Hb"}, {313, "S-Kreatiniin"}, {520, "S-Crea"}},
      {{48, "112 g/L"}, {250, "Madal"}, {313, "88 µmol/L"}, {520, "Kõrge"}},
      {{48, "eGFR (CKD-EPI)"}, {250, "S-eGFR"}, {313, "S-Kaltsium"}, {520, "S-Ca"}},
      {{48, "58 ml/min/1,73m²"}, {250, "Madal"}, {313, "2,38 mmol/L"}, {520, "Normis"}},
      {{48, "S-Vabad kapa-kergahelad"},
       {250, "S-fKLC"},
       {313, "S-Immunofiksatsioon"},
       {520, "S-IFE"}},
      {{48, "58,2 mg/L"}, {250, "Kõrge"}, {313, "IgG kapa"}, {520, "Kõrvalekalle"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-12", 88 * 0.011312);
  ExpectValueOn(r, Analyte::kCalcium, "2024-02-12", 2.38 / 0.2495);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-12", 58.2);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-02-12");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
}

// A Bulgarian report: "Взета проба" (sample taken) is the collection date, "Приета" (received)
// is not, and "Единици" titles the units.
TEST(Blind24Class, BulgarianLabelsAndTitles) {
  const ImportResult r = ExtractPlaced({
      {{40, "Пациент: Петрова, Надежда"}, {360, "Взета проба: 13.09.2024 г. 08:05"}},
      {{360, "Приета: 14.09.2024 г. 09:40"}},
      {{40, "Изследване"}, {270, "Резултат"}, {360, "Единици"}, {440, "Референтни стойности"}},
      {{46, "Креатинин"}, {270, "84 ↑"}, {360, "µmol/l"}, {440, "44 – 80"}},
      {{46, "Имунофиксация в серум"}, {270, "IgG каппа"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-09-13", 84 * 0.011312);
  const ImportedObservation* creat = FindOn(r, Analyte::kCreatinine, "2024-09-13");
  ASSERT_NE(creat, nullptr);
  EXPECT_FALSE(creat->needs_review) << ImportToJson(r).dump(1);  // the unit is not inferred
  EXPECT_NE(FindOn(r, Analyte::kSerumIfe, "2024-09-13"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2024-09-14"), nullptr);
}

// Dates that end with a dot, set so close that they ran together ("03.04.2024.06.04.2024."), over
// a Croatian discharge letter's table: its columns were not read.
TEST(Blind24Class, DatesEndingWithADotRunTogetherAreColumns) {
  const ImportResult r = ExtractPlaced({
      {{50, "Pretraga"}, {230, "Jedinica"}, {287, "03.04.2024.06.04.2024.09.04.2024."}},
      {{50, "Kreatinin"}, {230, "µmol/L"}, {296, "168"}, {352, "152"}, {408, "134"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-03", 168 * 0.011312);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-09", 134 * 0.011312);
}

// A previous result's column titled above the header and dated below it ("Antériorité" /
// "Analyse | Résultat | Unités | Valeurs de référence" / "du 21/06/2024"), and one run into the
// reference's title ("VALORI DI RIFERIMENTO PRECEDENTE"): the earlier results were not read.
TEST(Blind24Class, PreviousTitlesAboveTheHeaderOrRunIntoTheRange) {
  const ImportResult fr = ExtractPlaced({
      {{40, "Prélevé le 18/09/2024 à 08h10"}},
      {{506, "Antériorité"}},
      {{40, "Analyse"}, {254, "Résultat"}, {310, "Unités"}, {368, "Valeurs de référence"}},
      {{509, "du 21/06/2024"}},
      {{40, "Calcium"}, {260, "2,41"}, {310, "mmol/L"}, {368, "2,15 – 2,55"}, {520, "2,68"}},
  });
  const ImportedObservation* before = FindOn(fr, Analyte::kCalcium, "2024-06-21");
  ASSERT_NE(before, nullptr) << ImportToJson(fr).dump(1);
  EXPECT_TRUE(before->previous);
  const ImportResult it = ExtractPlaced({
      {{340, "Data prelievo: 05/03/2024 ore 07:45"}},
      {{40, "ESAME"}, {267, "RISULTATO"}, {330, "U.M."}, {396, "VALORI DI RIFERIMENTO PRECEDENTE"}},
      {{48, "Creatinina"},
       {291, "1,18 *"},
       {330, "mg/dL"},
       {396, "0,50 – 0,95"},
       {484, "1,32 (12/01/2024)"}},
  });
  ExpectValueOn(it, Analyte::kCreatinine, "2024-01-12", 1.32);
}

// A bilingual label in brackets before a time and the date ("Thời gian lấy mẫu (Collected):
// 07:35 25/06/2024"), a Colombian "VALOR DE REFERENCIA" (the range, not a second result) and a
// Peruvian out-of-range mark in brackets ("11.6 (*)"): none was read.
TEST(Blind24Class, BracketedLabelsRangeTitlesAndMarks) {
  const ImportResult vn = ExtractPlaced({
      {{40, "Thời gian lấy mẫu (Collected): 07:35 25/06/2024"}},
      {{40, "Thời gian nhận mẫu (Received): 08:50 26/06/2024"}},
      {{64, "LDH"}, {290, "312 H"}, {328, "U/L"}, {388, "< 247"}},
  });
  ExpectValueOn(vn, Analyte::kLdh, "2024-06-25", 312);
  const ImportResult co = ExtractPlaced({
      {{340, "Fecha de toma de muestra: 22/07/2024 07:15"}},
      {{40, "EXAMEN"}, {250, "RESULTADO"}, {360, "VALOR DE REFERENCIA"}, {470, "MÉTODO"}},
      {{46, "Hemoglobina"}, {250, "11.2 g/dL"}, {360, "12.0 – 15.5 g/dL"}, {470, "Citometría"}},
  });
  ExpectValueOn(co, Analyte::kHemoglobin, "2024-07-22", 11.2);
  const ImportResult pe = ExtractPlaced({
      {{340, "Fecha de toma de muestra: 08/08/2024"}},
      {{40, "EXAMEN"}, {213, "RESULTADO"}, {272, "UNIDADES"}, {330, "RANGO REFERENCIAL"}},
      {{46, "Creatinina sérica"}, {226, "0.98 (*)"}, {272, "mg/dL"}, {330, "0.50 – 0.90"}},
  });
  ExpectValueOn(pe, Analyte::kCreatinine, "2024-08-08", 0.98);
}

// A Vietnamese bilingual report: numbered rows with the Vietnamese name ("Huyết sắc tố (HGB)")
// and the English one on the line below. Vietnamese letters did not fold, so no name was known;
// each English line then waited for a value and took the next numbered row's ("Haemoglobin" /
// "2 | Số lượng bạch cầu (WBC) | 3.8 L": a haemoglobin of 0.2, for review). And the marrow's
// plasma cells, dated by "Ngày chọc hút tủy (Aspiration date)", took the report's date, silently.
TEST(Blind24Class, VietnameseNamesNumberedRowsAndTheAspirationDate) {
  const ImportResult r = ExtractPlaced({
      {{300, "Thời gian lấy mẫu (Collected): 07:35 25/06/2024"}},
      {{44, "1"}, {64, "Huyết sắc tố (HGB)"}, {290, "96 L"}, {328, "g/L"}, {388, "120 – 150"}},
      {{64, "Haemoglobin"}},
      {{44, "2"}, {64, "Số lượng bạch cầu (WBC)"}, {290, "3.8 L"}, {328, "G/L"}},
      {{64, "White blood cells"}},
      {{44, "3"}, {64, "Calci toàn phần"}, {290, "2.71 H"}, {328, "mmol/L"}},
      {{64, "Total calcium"}},
      {{40, "Ngày chọc hút tủy (Aspiration date): 24/06/2024"}},
      {{56, "Tương bào (Plasma cells)"}, {285, "38.5 %"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-25", 9.6);
  ExpectValueOn(r, Analyte::kCalcium, "2024-06-25", 2.71 / 0.2495);
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-06-24", 38.5);
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2024-06-25"), nullptr) << ImportToJson(r).dump(1);
  int hemoglobins = 0;
  for (const ImportedObservation& o : r.observations) {
    hemoglobins += o.obs.analyte == Analyte::kHemoglobin;
  }
  EXPECT_EQ(hemoglobins, 1) << ImportToJson(r).dump(1);
}

// A block of earlier results under its dated heading ends at the next collection label: the
// results below "Current results (collected ...)" are never dated as the earlier ones.
TEST(Blind24Class, ABlockOfEarlierResultsEndsAtTheNextCollectionLabel) {
  const ImportResult r = ExtractPlaced({
      {{40, "Previous results (collected 02/01/2024)"}},
      {{40, "Creatinine"}, {200, "1.40"}, {260, "mg/dL"}},
      {{40, "Current results (collected 05/03/2024)"}},
      {{40, "Creatinine"}, {200, "1.10"}, {260, "mg/dL"}},
  });
  const ImportedObservation* before = FindOn(r, Analyte::kCreatinine, "2024-02-01");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.value, 1.10) << ImportToJson(r).dump(1);  // not the earlier date's
  }
}

}  // namespace
}  // namespace oncoguide::import
