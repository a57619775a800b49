// Classes found by blind19's first run (a twentieth separate author's 18 layouts, measured once
// blind: tests/import/corpus/blind19/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A 24-hour urine section dated by its collection period, the two dates joined by a sign ("~")
// rather than a word: the urine results belong to the end of the collection, not its start.
// The urine immunofixation was dated on the first day without a flag.
TEST(Blind19Class, CollectionPeriodJoinedByASignEndsOnItsSecondDate) {
  const ImportResult r = ExtractPlaced({
      {{40, "24-hour urine"}},
      {{40, "Collection: 2024-02-11 06:30 ~ 2024-02-12 06:30"}},
      {{40, "Test"}, {200, "Result"}, {290, "Unit"}, {360, "Reference"}},
      {{40, "UPEP M-spike"}, {200, "640"}, {290, "mg/day"}, {360, "Not detected"}},
      {{40, "Urine immunofixation"}, {200, "Free lambda light chain detected"}},
  });
  const ImportedObservation* m = FindOn(r, Analyte::kUrineMProtein, "2024-02-12");
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-02-12");
  EXPECT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-02-11"), nullptr);
}

// A cumulative report with dates as rows and short Japanese-style column titles: "cCa"
// (albumin-corrected calcium) was cut in two at its capital and read as calcium, and "TP" (total
// protein) and "LD(IFCC)" (the enzyme's standard in parentheses) were unknown, so the header
// was not a header and nothing under it was read.
TEST(Blind19Class, ShortHistoryTitlesCorrectedCalciumTotalProteinAndEnzymeStandard) {
  const ImportResult r = ExtractPlaced(
      {
          {{28, "Collection date"},
           {120, "Hb"},
           {170, "Ca"},
           {220, "cCa"},
           {270, "TP"},
           {320, "Alb"},
           {370, "LD(IFCC)"}},
          {{28, "(yyyy/mm/dd)"},
           {120, "g/dL"},
           {170, "mg/dL"},
           {220, "mg/dL"},
           {270, "g/dL"},
           {320, "g/dL"},
           {370, "U/L"}},
          {{28, "2023/10/02"},
           {120, "9.8 L"},
           {170, "10.4 H"},
           {220, "11.2 H"},
           {270, "9.9 H"},
           {320, "3.3 L"},
           {370, "241 H"}},
      },
      842);
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2023-10-02");
  const ImportedObservation* ldh = FindOn(r, Analyte::kLdh, "2023-10-02");
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ldh, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(ca->obs.value, 10.4);
  EXPECT_FALSE(ca->needs_review);  // no second, corrected, calcium competes with it
  EXPECT_DOUBLE_EQ(ldh->obs.value, 241);
  EXPECT_NE(FindOn(r, Analyte::kAlbumin, "2023-10-02"), nullptr);
  EXPECT_NE(FindOn(r, Analyte::kHemoglobin, "2023-10-02"), nullptr);
}

// A Danish portal export: one row per analysis, each starting with its sampling date and time
// and ending with the date it was answered. A blood count's row ("4,9 10^9/L", "3,5 - 8,8")
// was taken for a flowsheet's header (two dates, the rest unreadable dates), and every later
// row's result was then read from the answered-date column.
TEST(Blind19Class, ResultsListRowWithTwoDatesIsNotAFlowsheetHeader) {
  const ImportResult r = ExtractPlaced({
      {{20, "Prøvetaget"},
       {110, "Analyse"},
       {200, "Resultat"},
       {270, "Reference"},
       {330, "Besvaret"}},
      {{20, "03.06.2024 09:12"},
       {110, "B-Leukocytter"},
       {200, "5,1 10^9/L"},
       {270, "3,5 - 8,8"},
       {330, "03.06.2024"}},
      {{20, "03.06.2024 09:12"},
       {110, "P-Kreatinin"},
       {200, "101 µmol/L"},
       {270, "45 - 90"},
       {330, "03.06.2024"}},
      {{20, "03.06.2024 09:12"}, {110, "P-M-komponent"}, {200, "6,2 g/L"}, {330, "05.06.2024"}},
  });
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-06-03");
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-06-03");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(cr->obs.value, 101 / 88.42, 1e-3);
  EXPECT_NEAR(m->obs.value, 0.62, 1e-9);
}

// An Austrian report: the collection label "Probenahme" (one n) was unknown, and the earlier
// value's date stood in a column of its own titled "vom" ("of") after "Vorwert".
TEST(Blind19Class, AustrianProbenahmeAndVorwertVomColumns) {
  const ImportResult r = ExtractPlaced({
      {{40, "Probenahme:"}, {120, "04.06.2024 08:05"}},
      {{40, "Analyse"},
       {160, "Ergebnis"},
       {220, "Einheit"},
       {270, "Referenz"},
       {350, "Vorwert"},
       {410, "vom"}},
      {{40, "Kreatinin"},
       {160, "1,08"},
       {220, "mg/dl"},
       {270, "0,5 - 0,9"},
       {350, "1,21"},
       {410, "07.05.2024"}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kCreatinine, "2024-06-04");
  const ImportedObservation* before = FindOn(r, Analyte::kCreatinine, "2024-05-07");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(now->obs.value, 1.08);
  EXPECT_DOUBLE_EQ(before->obs.value, 1.21);
  EXPECT_TRUE(before->previous);
}

// A Greek report: the collection label "Ημερομηνία λήψης" (the date the sample was taken) was
// unknown, and an immunofixation typed "IgA-λάμδα" after "Ανιχνεύεται" (detected) or "θετική"
// (positive) was not read.
TEST(Blind19Class, GreekSampleDateAndImmunofixationWording) {
  const ImportResult r = ExtractPlaced({
      {{40, "Ημερομηνία λήψης: 11/03/2024 07:50"}},
      {{40, "Εξέταση"}, {250, "Αποτέλεσμα"}, {370, "Μονάδες"}},
      {{40, "Κρεατινίνη"}, {250, "1.21"}, {370, "mg/dL"}},
      {{40, "Ανοσοκαθήλωση ορού:"}, {250, "Παραμένει θετική για IgA-λάμδα."}},
  });
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-03-11");
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-11");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
}

// A Ukrainian report, in the Cyrillic letters Russian shares and its own ("і", "є"): names,
// header titles ("Показник", "Од. вим.", "Попередній" then a bare "Дата" over the earlier
// result's date, never the row's collection date), units "Од/л" and "г/добу".
TEST(Blind19Class, UkrainianReportWithPreviousResultAndItsDate) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Дата взяття біоматеріалу: 02.09.2024 08:30"}},
          {{40, "Показник"},
           {230, "Результат"},
           {330, "Од. вим."},
           {420, "Попередній"},
           {530, "Дата"}},
          {{40, "Креатинін"}, {230, "121"}, {330, "мкмоль/л"}, {420, "140"}, {530, "05.08.2024"}},
          {{40, "Лактатдегідрогеназа"},
           {240, "230"},
           {330, "Од/л"},
           {420, "251"},
           {530, "05.08.2024"}},
          {{40, "М-градієнт у сечі"}, {230, "0,21"}, {330, "г/добу"}},
      },
      700);
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-09-02");
  const ImportedObservation* cr_before = FindOn(r, Analyte::kCreatinine, "2024-08-05");
  const ImportedObservation* ldh = FindOn(r, Analyte::kLdh, "2024-09-02");
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineMProtein, "2024-09-02");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(cr_before, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ldh, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(cr->obs.value, 121 / 88.42, 1e-3);
  EXPECT_TRUE(cr_before->previous);
  EXPECT_FALSE(ldh->needs_review);
  EXPECT_NEAR(urine->obs.value, 210, 1e-9);
}

// A Ukrainian immunofixation's wording: "виявлено" (found), "не виявлено" (not found).
TEST(Blind19Class, UkrainianImmunofixationWording) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Дата взяття біоматеріалу: 02.09.2024 08:30"}},
          {{40, "Імунофіксація сироватки:"}, {300, "не виявлено."}},
          {{40, "Імунофіксація сечі:"}, {300, "виявлено вільні легкі ланцюги каппа."}},
      },
      700);
  const ImportedObservation* serum = FindOn(r, Analyte::kSerumIfe, "2024-09-02");
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineIfe, "2024-09-02");
  ASSERT_NE(serum, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(serum->obs.value, 0);
  EXPECT_EQ(urine->obs.value, 1);
}

// A patient portal's cards two by two: each card's name, collection date, "Your value |
// Standard range" titles, value and range. The values line of two cards ("402.7 mg/L | 3.3 -
// 19.4 mg/L | 11.4 mg/L | 5.7 - 26.3 mg/L") was taken for one table row across the gutter, and
// on a tie the first candidate gutter cut through the left cards' ranges; the right card's name
// was then read over the left card's value: lambda 402.7, silently.
TEST(Blind19Class, PortalCardsTwoByTwoAreReadCardByCard) {
  const auto card_row = [](std::string left_name, std::string left_value, std::string left_range,
                           std::string right_name, std::string right_value,
                           std::string right_range) {
    return std::vector<Placed>{
        {{46, left_name}, {322, right_name}},
        {{46, "Collected on Apr 16, 2024 8:05 AM"}, {322, "Collected on Apr 16, 2024 8:05 AM"}},
        {{46, "Your value"}, {166, "Standard range"}, {322, "Your value"}, {442, "Standard range"}},
        {{46, left_value}, {166, left_range}, {322, right_value}, {442, right_range}},
        {{46, "Resulted: Apr 16, 2024 1:40 PM"}, {322, "Resulted: Apr 16, 2024 1:40 PM"}},
    };
  };
  std::vector<Placed> rows = {{{36, "Test Results"}}};
  for (const auto& r : {card_row("Hemoglobin", "98 g/L", "120 - 160 g/L", "Creatinine",
                                 "149 µmol/L", "60 - 110 µmol/L"),
                        card_row("Calcium", "2.71 mmol/L", "2.10 - 2.60 mmol/L", "Albumin",
                                 "32 g/L", "35 - 50 g/L"),
                        card_row("Free Kappa Light Chain", "402.7 mg/L", "3.3 - 19.4 mg/L",
                                 "Free Lambda Light Chain", "11.4 mg/L", "5.7 - 26.3 mg/L")}) {
    rows.insert(rows.end(), r.begin(), r.end());
  }
  // A card of its own under the grid, well below it: read after the grid, not before the right
  // cards (its name was replaced by theirs, and its value dropped).
  rows.insert(rows.end(), {{}, {}, {}});
  rows.push_back({{46, "M-Protein (Paraprotein), Serum"}});
  rows.push_back({{46, "Collected on Apr 16, 2024 8:05 AM"}});
  rows.push_back({{46, "Your value: 24.1 g/L (Standard range: Not detected)"}});
  const ImportResult r = ExtractPlaced(rows);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-04-16");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(m->obs.value, 2.41, 1e-9);
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-04-16");
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-04-16");
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-04-16");
  const ImportedObservation* alb = FindOn(r, Analyte::kAlbumin, "2024-04-16");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(alb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(kappa->obs.value, 402.7);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 11.4);
  EXPECT_NEAR(cr->obs.value, 149 / 88.42, 1e-3);
  EXPECT_NEAR(alb->obs.value, 3.2, 1e-9);
}

// A printout of two reports: page 1 ends with a 24-hour urine, page 2 repeats the banner with
// its printed date (the old collection date still in force) and then names another collection
// date. The page of the last date was taken as page 2 already, so page 2 was not a new report
// and its blood tests were read as urine tests (ignored).
TEST(Blind19Class, NewCollectionDateOnALaterPageStartsANewReport) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{46, "Protein Electrophoresis, 24 Hour Urine"}},
      {{46, "Collected on May 14, 2024 6:30 AM"}},
      {{46, "Component"}, {209, "Your value"}, {262, "Standard range"}},
      {{46, "Urine M-Protein"}, {209, "0.34 g/d"}, {262, "Not detected"}},
  }));
  Page p2 = PlacedPage({
      {{36, "MyCare Connect"}, {420, "Printed May 17, 2024 9:14 PM"}},
      {{36, "Showing results collected Apr 16, 2024 (Outpatient Lab)"}},
      {{46, "Component"}, {209, "Your value"}, {262, "Standard range"}},
      {{46, "Hemoglobin"}, {209, "98 g/L"}, {262, "120 - 160 g/L"}},
  });
  p2.number = 2;
  d.pages.push_back(std::move(p2));
  const ImportResult r = ExtractObservations(d);
  EXPECT_NE(FindOn(r, Analyte::kUrineMProtein, "2024-05-14"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(FindOn(r, Analyte::kHemoglobin, "2024-04-16"), nullptr) << ImportToJson(r).dump(1);
}

// The same grid where a card's number and unit are two cells ("7,4 | mmol/L | 2,31 | mmol/L"):
// the values line mirrors itself across the gutter, so it is two cards, not one row across.
TEST(Blind19Class, PortalCardsWithUnitsInTheirOwnCellsAreReadCardByCard) {
  const ImportResult r = ExtractPlaced({
      {{36, "Uw laatste uitslagen"}},
      {{46, "Hemoglobine (Hb)"}, {314, "Calcium"}},
      {{46, "7,4"}, {82, "mmol/L"}, {314, "2,31"}, {350, "mmol/L"}},
      {{46, "Referentiewaarde: 8,5 - 11,0"}, {314, "Referentiewaarde: 2,20 - 2,60"}},
      {{46, "Afgenomen op: 2 apr. 2024 08:12"}, {314, "Afgenomen op: 2 apr. 2024 08:12"}},
      {{46, "Kreatinine"}, {314, "Albumine"}},
      {{46, "118"}, {82, "µmol/L"}, {314, "36"}, {350, "g/L"}},
      {{46, "Referentiewaarde: 64 - 104"}, {314, "Referentiewaarde: 35 - 50"}},
      {{46, "Afgenomen op: 2 apr. 2024 08:12"}, {314, "Afgenomen op: 2 apr. 2024 08:12"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-04-02");
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2024-04-02");
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-04-02");
  const ImportedObservation* alb = FindOn(r, Analyte::kAlbumin, "2024-04-02");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(alb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(ca->obs.value, 2.31 * 4.008, 1e-3);
  EXPECT_NEAR(alb->obs.value, 3.6, 1e-9);
}

// A Polish table: names in two languages joined by a dash ("HGB - hemoglobina"), free light
// chains as "Łańcuchy lekkie wolne kappa", and the earlier result's date under "z dnia" ("of
// the day") after "Poprzedni wynik".
TEST(Blind19Class, PolishDashedNamesFreeChainsAndEarlierResultDate) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data i godzina pobrania: 02.12.2024 07:40"}},
      {{40, "Badanie"}, {220, "Wynik"}, {262, "Jedn."}, {406, "Poprzedni wynik"}, {490, "z dnia"}},
      {{40, "HGB - hemoglobina"}, {226, "10,1"}, {262, "g/dl"}, {450, "9,6"}, {490, "04.11.2024"}},
      {{40, "Łańcuchy lekkie wolne kappa"},
       {222, "388,5"},
       {262, "mg/l"},
       {448, "421,0"},
       {490, "04.11.2024"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-12-02");
  const ImportedObservation* hb_before = FindOn(r, Analyte::kHemoglobin, "2024-11-04");
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-12-02");
  const ImportedObservation* kappa_before = FindOn(r, Analyte::kKappaFlc, "2024-11-04");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(hb_before, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(kappa_before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(hb_before->previous);
  EXPECT_DOUBLE_EQ(kappa_before->obs.value, 421.0);
}

// A Portuguese table: "Análise" over the names, and "Resultado anterior" set as two cells
// ("Resultado | anterior") over the earlier value and its date. The name column was unknown, and
// the second "Resultado" was read as a second current result ("10,6L 9,8L").
TEST(Blind19Class, PortugueseAnaliseAndEarlierResultTitleInTwoCells) {
  const ImportResult r = ExtractPlaced({
      {{360, "Data da colheita:"}, {450, "15/02/2024"}},
      {{40, "Análise"},
       {216, "Resultado"},
       {270, "Unidades"},
       {431, "Resultado"},
       {478, "anterior"}},
      {{40, "Hemoglobina"}, {232, "10,6L"}, {270, "g/dL"}, {454, "9,8L"}, {478, "11/01/2024"}},
      {{40, "Creatinina"}, {231, "1,32H"}, {270, "mg/dL"}, {447, "1,47H"}, {478, "11/01/2024"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-02-15");
  const ImportedObservation* hb_before = FindOn(r, Analyte::kHemoglobin, "2024-01-11");
  const ImportedObservation* cr_before = FindOn(r, Analyte::kCreatinine, "2024-01-11");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(hb_before, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(cr_before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.6);
  EXPECT_DOUBLE_EQ(hb_before->obs.value, 9.8);
  EXPECT_TRUE(cr_before->previous);
}

// Scans of a history table with rules and Greek letters: tesseract read each rule as a word of
// one space (a line of its own between the header and every row), and "SFLC λ" as "SFLC A",
// "κ/λ" as "K/A", so the header was unknown and nothing under it was read. The lambda column
// is now read, for review.
TEST(Blind19Class, ScannedRulesAndLambdaReadAsA) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{41, "Date"}, {117, "Hb"}, {150, "Creat"}, {352, "SFLC k"}, {401, "SFLC A"}, {458, "K/A"}},
      {{114, "g/dL"}, {151, "umol/L"}, {365, "mg/L"}, {412, "mg/L"}, {456, "ratio"}},
      {{41, "16/01/2024"}, {117, "8.9"}, {159, "178"}, {369, "7.2"}, {408, "388.0"}, {454, "0.02"}},
      {{41, "13/02/2024"}, {117, "9.6"}, {159, "142"}, {369, "8.0"}, {408, "164.2"}, {454, "0.05"}},
  }));
  Page& page = d.pages.back();
  page.ocr = true;
  for (double y : {95.0, 110.0, 125.0}) {  // a rule under each line, read as " "
    page.words.push_back(Word{" ", Box{28, y, 520, y + 3}, 0.9f});
  }
  const ImportResult r = ExtractObservations(d);
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-02-13");
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-01-16");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 388.0);
  EXPECT_TRUE(lambda->needs_review);
  // "K/A" is the ratio, never a test of its own.
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.written_number, 0.02) << ImportToJson(r).dump(1);
  }
}

// A Dutch portal's cards, each with its earlier results listed under "Eerdere uitslagen" (date,
// value, unit), were read without them (blind18: 7 of 36 values). The list belongs to the card
// whose value was read just above; a card that is not read (corrected calcium, a test we do not
// know) keeps its own list: while this was built, corrected calcium's list was read as the
// haemoglobin above it, silently.
TEST(Blind19Class, PortalCardEarlierResultsListBelongsToItsOwnCard) {
  const ImportResult r = ExtractPlaced({
      {{46, "Hemoglobine (Hb)"}},
      {{46, "7,4"}, {82, "mmol/L"}},
      {{46, "Referentiewaarde: 8,5 - 11,0 mmol/L"}},
      {{46, "Afgenomen op: 2 apr. 2024 08:12"}},
      {{46, "Eerdere uitslagen"}},
      {{52, "5 mrt. 2024"}, {174, "7,0"}, {193, "mmol/L"}},
      {{52, "6 feb. 2024"}, {174, "6,8"}, {193, "mmol/L"}},
      {{46, "Calcium gecorrigeerd"}},
      {{46, "2,55"}, {82, "mmol/L"}},
      {{46, "Afgenomen op: 2 apr. 2024 08:12"}},
      {{46, "Eerdere uitslagen"}},
      {{52, "5 mrt. 2024"}, {174, "2,69"}, {193, "mmol/L"}},
      {{46, "Foliumzuur"}},
      {{46, "14"}, {82, "nmol/L"}},
      {{46, "Afgenomen op: 2 apr. 2024 08:12"}},
      {{46, "Eerdere uitslagen"}},
      {{52, "6 feb. 2024"}, {174, "11"}, {193, "nmol/L"}},
  });
  const ImportedObservation* march = FindOn(r, Analyte::kHemoglobin, "2024-03-05");
  const ImportedObservation* feb = FindOn(r, Analyte::kHemoglobin, "2024-02-06");
  ASSERT_NE(march, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(feb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(march->previous);
  EXPECT_NEAR(march->obs.value, 7.0 * 1.611, 1e-3);
  EXPECT_NEAR(feb->obs.value, 6.8 * 1.611, 1e-3);
  // Nothing else is a haemoglobin: not corrected calcium's 2,69, not folic acid's 11.
  int haemoglobins = 0;
  for (const ImportedObservation& o : r.observations) {
    haemoglobins += o.obs.analyte == Analyte::kHemoglobin;
  }
  EXPECT_EQ(haemoglobins, 3) << ImportToJson(r).dump(1);
}

// A Danish immunofixation: "P-Immunfiksation" (Danish spelling) typed "Monoklonalt IgA lambda
// påvist" (a monoclonal band, spelled with k, found).
TEST(Blind19Class, DanishImmunofixation) {
  const ImportResult r = ExtractPlaced({
      {{20, "Prøvetaget"}, {110, "Analyse"}, {230, "Resultat"}, {400, "Besvaret"}},
      {{20, "04.06.2024 08:30"},
       {110, "P-Immunfiksation"},
       {230, "Monoklonalt IgG kappa påvist"},
       {400, "06.06.2024"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-06-04");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
}

// A marrow examination's differential, one cell type a row, with "Plasma cell" in the singular
// (a Japanese hospital's English summary); the flow cytometry count beside it is not the
// marrow's plasma-cell percentage.
TEST(Blind19Class, MarrowDifferentialPlasmaCellSingular) {
  const ImportResult r = ExtractPlaced({
      {{28, "Bone marrow examination"}, {300, "Procedure date: 2023/10/02"}},
      {{36, "Myeloblast"}, {229, "0.6 %"}, {300, "CD38+ CD138+ cells: 18.2 %"}},
      {{36, "Erythroblast"}, {224, "16.1 %"}},
      {{36, "Plasma cell"}, {221, "31.4 %"}},
  });
  const ImportedObservation* pc = FindOn(r, Analyte::kBmPlasmaCells, "2023-10-02");
  ASSERT_NE(pc, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(pc->obs.value, 31.4);
  int counts = 0;
  for (const ImportedObservation& o : r.observations) {
    counts += o.obs.analyte == Analyte::kBmPlasmaCells;
  }
  EXPECT_EQ(counts, 1) << ImportToJson(r).dump(1);
}

// A card's result given after its title on the same line as the date it was resulted ("Your
// value: 24.1 g/L (Standard range: Not detected) | Resulted: Apr 19, 2024 10:11 AM"): the line
// was taken as a date-label line only, and the result was dropped without a word.
TEST(Blind19Class, LabelledResultBesideAReportDateIsRead) {
  const ImportResult r = ExtractPlaced({
      {{46, "M-Protein (Paraprotein), Serum"}},
      {{46, "Collected on Apr 16, 2024 8:05 AM"}},
      {{46, "Your value: 24.1 g/L (Standard range: Not detected)"},
       {330, "Resulted: Apr 19, 2024 10:11 AM"}},
  });
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-04-16");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(m->obs.value, 2.41, 1e-9);
}

// A clinic letter that speaks of two marrows, each dated in its own sentence: the first at
// diagnosis (55%, lambda restricted), the second after the transplant (3%, polytypic). They
// were read as one marrow (55%, for review, on the first date) and the second was lost. A count
// before any dated marrow, on such a page, has no date of its own and is not read.
TEST(Blind19Class, TwoMarrowsInALetterAreTwoProcedures) {
  const ImportResult r = ExtractPlaced({
      {{41, "Clinic date: 10/09/2024"}},
      {{41, "At presentation in 2023 the marrow was said to show about 70% plasma cells."}},
      {{41,
        "Diagnostic bone marrow on 16/01/2024 showed 55% plasma cells on the aspirate, lambda"}},
      {{41, "light chain restricted on flow cytometry. Treatment then started."}},
      {{41, "His post-transplant bone marrow on 20/08/2024 showed 3% plasma cells on the"}},
      {{41,
        "aspirate, and these were polytypic with no light chain restriction on flow cytometry."}},
  });
  const ImportedObservation* first = FindOn(r, Analyte::kBmPlasmaCells, "2024-01-16");
  const ImportedObservation* second = FindOn(r, Analyte::kBmPlasmaCells, "2024-08-20");
  const ImportedObservation* clonal = FindOn(r, Analyte::kBmClonality, "2024-08-20");
  ASSERT_NE(first, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(second, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(clonal, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(first->obs.value, 55);
  EXPECT_DOUBLE_EQ(second->obs.value, 3);
  EXPECT_DOUBLE_EQ(clonal->obs.value, 0);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.value, 70) << ImportToJson(r).dump(1);
  }
}

// A marrow differential set in two columns of cell types oncoguide does not read
// ("Metamyelocytes | 9% | Plasma cells | 6%"; Polish "Segmentowane | 17,6 % | Komórki
// plazmatyczne | 27,3 %"): the line's first name is unknown, but the known pair on its right is
// read.
TEST(Blind19Class, DifferentialInTwoColumnsReadsThePlasmaCells) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 22/05/2024 10:15"}},
      {{40, "BONE MARROW ASPIRATE"}},
      {{60, "Blasts"}, {198, "1%"}, {300, "Basophils"}, {438, "0%"}},
      {{60, "Metamyelocytes"}, {198, "9%"}, {300, "Plasma cells"}, {438, "6%"}},
      {{60, "Eosinophils"}, {198, "3%"}},
  });
  const ImportedObservation* pc = FindOn(r, Analyte::kBmPlasmaCells, "2024-05-22");
  ASSERT_NE(pc, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(pc->obs.value, 6);
  const ImportResult pl = ExtractPlaced({
      {{40, "Data pobrania materiału: 08.10.2024"}},
      {{48, "Segmentowane"}, {192, "17,6 %"}, {300, "Komórki plazmatyczne"}, {441, "27,3 %"}},
  });
  const ImportedObservation* pc_pl = FindOn(pl, Analyte::kBmPlasmaCells, "2024-10-08");
  ASSERT_NE(pc_pl, nullptr) << ImportToJson(pl).dump(1);
  EXPECT_DOUBLE_EQ(pc_pl->obs.value, 27.3);
}

}  // namespace
}  // namespace oncoguide::import
