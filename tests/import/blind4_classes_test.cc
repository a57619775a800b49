// Regression tests named after the classes of failure found on the fifth separate author's
// corpus (tests/import/corpus/blind4, measured once blind at 49.6% with no silent error). Each
// builds a small page in the failing layout and checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

int Count(const ImportResult& r, Analyte a, bool previous) {
  int n = 0;
  for (const ImportedObservation& o : r.observations)
    n += o.obs.analyte == a && o.previous == previous;
  return n;
}

// A row of date labels over a row of dates, the collection one first ("Date Collected | Date
// Received" / "03/05/2024 0812 Local | 03/05/2024"): only a last label was looked up below, and
// the time zone after the date hid it.
TEST(Blind4Class, DateLabelsOverARowOfDates) {
  ImportResult r = ExtractPlaced({
      {{46, "Date Collected"}, {170, "Date Received"}, {290, "Date Reported"}},
      {{46, "03/05/2024 0812 Local"}, {170, "03/05/2024"}, {290, "03/08/2024 0614 ET"}},
      {{40, "Tests Ordered"},
       {232, "Current Result and Flag Previous Result and Date Units"},
       {500, "Reference Interval"}},
      {{50, "M-Spike"},
       {232, "1.4"},
       {272, "High"},
       {342, "1.2"},
       {372, "01/30/2024"},
       {464, "g/dL"}},
  });
  const ImportedObservation* now = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->obs.date.ToString(), "2024-03-05");
  EXPECT_DOUBLE_EQ(now->obs.value, 1.4);
  const ImportedObservation* before = Find(r, Analyte::kSerumMProtein, /*previous=*/true);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->obs.date.ToString(), "2024-01-30");
}

// "Result (01/08/2024) Result (02/05/2024) Result (03/04/2024)" set as one cell: a flowsheet
// whose date columns were one result column, so nothing was read.
TEST(Blind4Class, DatedResultTitlesInOneCellAreAFlowsheet) {
  ImportResult r = ExtractPlaced({
      {{40, "Test"},
       {235, "Units"},
       {284, "Result (01/08/2024) Result (02/05/2024)"},
       {520, "Reference"}},
      {{40, "Kappa free light chain"},
       {235, "mg/L"},
       {330, "402.5"},
       {430, "288.0"},
       {520, "3.3-19.4"}},
  });
  ASSERT_EQ(Count(r, Analyte::kKappaFlc, false), 2);
  EXPECT_EQ(r.observations[0].obs.date.ToString(), "2024-01-08");
  EXPECT_DOUBLE_EQ(r.observations[0].obs.value, 402.5);
}

// A portal's past results: a heading names the test, then "Standard range", then a table of
// dates and values with no test column. The heading was lost at the range line.
TEST(Blind4Class, PastResultsTableUnderTheTestHeading) {
  ImportResult r = ExtractPlaced({
      {{36, "Kappa Free Light Chains"}},
      {{36, "Standard range: 3.3 - 19.4 mg/L"}},
      {{48, "Date collected"}, {200, "Your value"}, {320, "Flag"}},
      {{48, "May 6, 2024"}, {200, "18.9 mg/L"}},
      {{48, "Apr 1, 2024"}, {200, "27.4 mg/L"}, {320, "High"}},
  });
  ASSERT_EQ(Count(r, Analyte::kKappaFlc, false), 2);
  EXPECT_EQ(r.observations[1].obs.date.ToString(), "2024-04-01");
  EXPECT_DOUBLE_EQ(r.observations[1].obs.value, 27.4);
}

// A Canadian bilingual report: "Collected/Prélevé:", "Result/Résultat" headers, names in two
// languages and "H/É" and "L/B" flags. Nothing had a date and the flags were read as units.
TEST(Blind4Class, BilingualEnglishFrenchReport) {
  ImportResult r = ExtractPlaced({
      {{320, "Collected/Prélevé:"}, {440, "2024-09-03 08:20"}},
      {{320, "Reported/Rapporté:"}, {440, "2024-09-05 15:47"}},
      {{40, "Test / Analyse"}, {196, "Result/Résultat"}, {290, "Flag/Ind."}, {350, "Units/Unités"}},
      {{46, "Hemoglobin / Hémoglobine"}, {247, "104"}, {292, "L/B"}, {352, "g/L"}},
      {{46, "Creatinine / Créatinine"}, {247, "156"}, {292, "H/É"}, {352, "µmol/L"}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-09-03");
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.4);
  const ImportedObservation* creat = Find(r, Analyte::kCreatinine);
  ASSERT_NE(creat, nullptr);
  EXPECT_NEAR(creat->obs.value, 156 / 88.4, 0.01);
}

// A faxed report abbreviates its labels: "COLL:" and "RECD:".
TEST(Blind4Class, AbbreviatedCollectionLabel) {
  ImportResult r = ExtractPlaced({
      {{50, "COLL: 09/27/2024 09:30"}, {250, "RECD: 09/28/2024 11:02"}},
      {{50, "TEST"}, {208, "RESULT"}, {300, "UNITS"}},
      {{58, "CREATININE"}, {222, "0.94"}, {300, "MG/DL"}},
  });
  const ImportedObservation* creat = Find(r, Analyte::kCreatinine);
  ASSERT_NE(creat, nullptr);
  EXPECT_EQ(creat->obs.date.ToString(), "2024-09-27");
}

// Two "Previous" columns, each dated on the header's second line: both values were run into one
// unreadable previous result.
TEST(Blind4Class, TwoDatedPreviousColumns) {
  ImportResult r = ExtractPlaced({
      {{45, "Specimen date: 15 Nov 2024 08:40"}},
      {{45, "Test"}, {200, "Current Fl"}, {276, "Previous"}, {334, "Previous"}, {390, "Units"}},
      {{200, "15 Nov 2024"}, {276, "18 Oct 2024 20 Sep 2024"}},
      {{50, "Free kappa LC"}, {215, "14.8"}, {285, "18.2"}, {340, "25.6"}, {392, "mg/L"}},
  });
  EXPECT_EQ(Count(r, Analyte::kKappaFlc, false), 1);
  ASSERT_EQ(Count(r, Analyte::kKappaFlc, true), 2);
  for (const ImportedObservation& o : r.observations) {
    if (!o.previous) continue;
    EXPECT_TRUE((o.obs.date.ToString() == "2024-10-18" && o.obs.value == 18.2) ||
                (o.obs.date.ToString() == "2024-09-20" && o.obs.value == 25.6))
        << o.obs.date.ToString() << " " << o.obs.value;
  }
}

// A Swiss report's previous column is headed by its date in German ("Vorwert 16.04.2024"): the
// date was not read from a European title, so no previous value had a date.
TEST(Blind4Class, GermanPreviousColumnHeadedByItsDate) {
  ImportResult r = ExtractPlaced({
      {{335, "Entnahme: 07.05.2024 07:42"}},
      {{45, "Analyse"}, {214, "Resultat"}, {272, "Vorwert 16.04.2024"}, {372, "Einheit"}},
      {{52, "Kreatinin"}, {235, "124 H"}, {335, "131"}, {372, "µmol/L"}},
  });
  const ImportedObservation* before = Find(r, Analyte::kCreatinine, /*previous=*/true);
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(before->obs.date.ToString(), "2024-04-16");
  EXPECT_NEAR(before->obs.value, 131 / 88.4, 0.001);
}

// A Brazilian report gives each test's previous result on a line of its own under the result
// ("Resultado anterior: 1,31 mg/dL em 10/01/2024"): it was read as an unknown test name.
TEST(Blind4Class, PreviousResultLineUnderItsTest) {
  ImportResult r = ExtractPlaced({
      {{45, "Data da coleta: 22/02/2024 07:10"}},
      {{250, "Resultado"}, {380, "Valores de referência"}},
      {{55, "Creatinina"}, {250, "1,48 mg/dL"}, {380, "0,50 a 0,90 mg/dL"}},
      {{55, "Resultado anterior: 1,31 mg/dL em 10/01/2024"}},
  });
  const ImportedObservation* now = Find(r, Analyte::kCreatinine);
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->obs.date.ToString(), "2024-02-22");
  const ImportedObservation* before = Find(r, Analyte::kCreatinine, /*previous=*/true);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->obs.date.ToString(), "2024-01-10");
  EXPECT_DOUBLE_EQ(before->obs.value, 1.31);
}

}  // namespace
}  // namespace oncoguide::import
