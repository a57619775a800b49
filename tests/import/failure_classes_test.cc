// Regression tests named after the classes of failure a separate author's corpus of unseen
// layouts showed (tests/import/corpus/blind1). Each builds a small page in the failing layout
// (not the corpus document) and checks the general rule: read the value, or flag it for
// review, never a confident wrong value.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// An unknown column in the header ("Site") made the whole header unread; the row was then read
// by content and the reference range's "Negative" was taken as the immunofixation result.
TEST(FailureClass, UnknownHeaderColumnDoesNotTurnTheReferenceIntoTheResult) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-03-05"}},
      {{40, "Test"},
       {230, "Result"},
       {290, "Flag"},
       {330, "Units"},
       {390, "Reference"},
       {520, "Site"}},
      {{40, "Immunofixation"}, {230, "Abnormal"}, {290, "A"}, {390, "Negative"}, {520, "MRRL"}},
      {{60, "Interpretation: IgG kappa monoclonal protein identified."}},
  });
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_DOUBLE_EQ(ife->obs.value, 1);
  EXPECT_EQ(ife->obs.text, "IgG kappa");  // from the note under the row
  EXPECT_FALSE(ife->needs_review);
}

TEST(FailureClass, AbnormalImmunofixationWithoutIsotypeNeedsReview) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-03-05"}},
      {{40, "Test"}, {230, "Result"}, {390, "Reference"}},
      {{40, "Immunofixation"}, {230, "Abnormal"}, {390, "Negative"}},
  });
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_DOUBLE_EQ(ife->obs.value, 1);
  EXPECT_TRUE(ife->needs_review);
}

TEST(FailureClass, HeaderlessImmunofixationWithTwoDifferentResultWordsNeedsReview) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-03-05"}},
      {{40, "Immunofixation"}, {230, "Abnormal"}, {390, "Negative"}},
  });
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_DOUBLE_EQ(ife->obs.value, 1);  // the first result word, never the reference
  EXPECT_TRUE(ife->needs_review);
}

// "No monoclonal protein is detected" was read as marrow clonality (0) because "monoclonal"
// contains "clonal"; a pathology report's clonality was read without review.
TEST(FailureClass, ClonalityIsAMarrowFindingAndReadFromProseOnlyWithReview) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-09-17"}},
      {{40, "Interpretation"}},
      {{40, "No monoclonal protein is detected in serum or urine, and the serum free light"}},
      {{40, "chain ratio is normal. Confirm by bone marrow examination."}},
  });
  EXPECT_EQ(Find(r, Analyte::kBmClonality), nullptr);
  r = ExtractPlaced({
      {{40, "Date of procedure: 2024-01-22"}},
      {{40, "BONE MARROW, ASPIRATE AND CORE BIOPSY:"}},
      {{40, "- Plasma cell neoplasm, kappa light chain restricted."}},
      {{40, "- Plasma cells comprise 38% of marrow cellularity."}},
  });
  const ImportedObservation* clonal = Find(r, Analyte::kBmClonality);
  ASSERT_NE(clonal, nullptr);
  EXPECT_DOUBLE_EQ(clonal->obs.value, 1);
  EXPECT_TRUE(clonal->needs_review);
  const ImportedObservation* pc = Find(r, Analyte::kBmPlasmaCells);
  ASSERT_NE(pc, nullptr);
  EXPECT_DOUBLE_EQ(pc->obs.value, 38);
}

// The marrow's plasma-cell percentage read from a sentence was kept right (35) for assess, but
// `oncoguide import` wrote it as 0 in its CSV and JSON: the value as written was never set.
TEST(FailureClass, MarrowPercentFromProseIsWrittenAsTheReportGivesIt) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-03-15"}},
      {{40, "Interpretation: bone marrow biopsy shows 35% clonal plasma cells."}},
  });
  const ImportedObservation* pc = Find(r, Analyte::kBmPlasmaCells);
  ASSERT_NE(pc, nullptr);
  EXPECT_DOUBLE_EQ(pc->obs.value, 35);
  EXPECT_DOUBLE_EQ(pc->written_number, 35);
  EXPECT_EQ(pc->written_unit, "%");
  EXPECT_NE(ImportToCsv(r).find("2024-03-15,bm_plasma_cells,35,%"), std::string::npos)
      << ImportToCsv(r);
}

// A serum free light chain ratio "consistent with lambda clonality" is not a marrow finding.
TEST(FailureClass, FlcRatioClonalityIsNotMarrowClonality) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-09-17"}},
      {{40, "Serum free light chain ratio consistent with lambda clonality."}},
      {{40, "Suggest bone marrow biopsy."}},
  });
  EXPECT_EQ(Find(r, Analyte::kBmClonality), nullptr);
}

TEST(FailureClass, ReferenceRangeIsNeverAValue) {
  EXPECT_FALSE(ParseLabValue("3.3-19.4"));
  EXPECT_FALSE(ParseLabValue("0,26-1,65"));
  EXPECT_FALSE(ParseLabValue("12,1 - 15,0"));
}

TEST(FailureClass, FlagsGluedToNumbersWithAsterisks) {
  auto v = ParseLabValue("12.4 H**");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 12.4);
  EXPECT_TRUE(v->unit.empty());
  v = ParseLabValue("2.31 H*");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 2.31);
  v = ParseLabValue("8.7 L!");
  ASSERT_TRUE(v);
  EXPECT_TRUE(IsFlag("**"));
  // European high/low marks.
  v = ParseLabValue("86,0 +");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 86.0);
  v = ParseLabValue("12,1 -");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 12.1);
}

TEST(FailureClass, ThousandsSeparatorNextToADecimalMarkIsNotAmbiguous) {
  auto v = ParseLabValue("1,246.0 H");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 1246.0);
  EXPECT_FALSE(v->ambiguous);
  v = ParseLabValue("1.246,5");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 1246.5);
  v = ParseLabValue("1,234,567");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 1234567);
  EXPECT_FALSE(ParseLabValue("1,24.5"));  // not a grouping: not read
  v = ParseLabValue("2,940");
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->ambiguous);  // still either 2940 or 2.94: review
}

TEST(FailureClass, GermanReportWithDecimalCommasDottedDatesAndGermanNames) {
  ImportResult r = ExtractPlaced({
      {{40, "Probenentnahme: 07.05.2024 08:15"}},
      {{40, "Befunddatum: 08.05.2024"}},
      {{40, "Untersuchung"}, {250, "Ergebnis"}, {320, "Einheit"}, {420, "Referenzbereich"}},
      {{40, "Kreatinin"}, {250, "1,05"}, {320, "mg/dl"}, {420, "0,67 - 1,17"}},
      {{40, "Calcium"}, {250, "2,38"}, {320, "mmol/l"}, {420, "2,15 - 2,55"}},
      {{40, "Freie Kappa-Leichtketten"}, {250, "112,4 +"}, {320, "mg/l"}, {420, "3,3 - 19,4"}},
      {{40, "M-Gradient"}, {250, "8,5"}, {320, "g/l"}, {420, "nicht nachweisbar"}},
      {{40, "Immunfixation"}, {250, "IgA Kappa"}, {420, "negativ"}},
  });
  const ImportedObservation* creat = Find(r, Analyte::kCreatinine);
  ASSERT_NE(creat, nullptr);
  EXPECT_EQ(creat->obs.date.ToString(), "2024-05-07");
  EXPECT_DOUBLE_EQ(creat->obs.value, 1.05);
  const ImportedObservation* ca = Find(r, Analyte::kCalcium);
  ASSERT_NE(ca, nullptr);
  EXPECT_NEAR(ca->obs.value, 2.38 / 0.2495, 1e-9);
  const ImportedObservation* kappa = Find(r, Analyte::kKappaFlc);
  ASSERT_NE(kappa, nullptr);
  EXPECT_DOUBLE_EQ(kappa->obs.value, 112.4);
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_NEAR(m->obs.value, 0.85, 1e-12);
  EXPECT_FALSE(m->needs_review);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(ife->obs.text, "IgA kappa");
}

// A results list with the collection date first on each row, a "Final" status and a resulted
// date further on: the rows were taken for report-date lines and nothing was read.
TEST(FailureClass, CollectionDatePerRowAndResultedDateNeverUsed) {
  ImportResult r = ExtractPlaced(
      {
          {{40, "Printed on 05/22/24 14:37"}},
          {{40, "Collected"},
           {100, "Test"},
           {280, "Result"},
           {320, "Units"},
           {390, "Flag"},
           {620, "Status"},
           {670, "Resulted"}},
          {{40, "05/21/24"},
           {100, "Hemoglobin"},
           {280, "11.5"},
           {320, "g/dL"},
           {390, "L"},
           {620, "Final"},
           {670, "05/23/24 10:02"}},
          {{40, "05/14/24"},
           {100, "M-Spike"},
           {280, "1.1"},
           {320, "g/dL"},
           {390, "H"},
           {620, "Final"},
           {670, "05/17/24 16:12"}},
      },
      792);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-05-21");
  EXPECT_DOUBLE_EQ(hb->obs.value, 11.5);
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->obs.date.ToString(), "2024-05-14");
}

TEST(FailureClass, ChemistrySectionAfterAUrineSectionIsNotUrine) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-09-17"}},
      {{40, "Test"}, {215, "Result"}, {265, "Units"}, {320, "Reference"}},
      {{40, "Urine (24 h)"}},
      {{40, "Urine M-protein, 24 h"}, {215, "<20"}, {265, "mg/24 h"}},
      {{40, "Chemistry / Hematology"}},
      {{40, "Albumin"}, {215, "4.2"}, {265, "g/dL"}, {320, "3.5 - 5.0"}},
  });
  const ImportedObservation* u = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->obs.bound, records::ValueBound::kBelow);
  EXPECT_DOUBLE_EQ(u->obs.value, 20);
  const ImportedObservation* alb = Find(r, Analyte::kAlbumin);
  ASSERT_NE(alb, nullptr);
  EXPECT_DOUBLE_EQ(alb->obs.value, 4.2);
}

// An electrophoresis table whose result columns are headed by their units ("%", "g/dL"): the
// M-spike is the g/dL column, never the percentage.
TEST(FailureClass, ColumnsHeadedByTheirUnits) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-06-18"}},
      {{60, "Fraction"}, {230, "%"}, {300, "g/dL"}, {370, "Reference (g/dL)"}},
      {{60, "Albumin"}, {230, "46.1"}, {300, "3.5"}, {370, "3.5 - 5.0"}},
      {{60, "Gamma Globulin"}, {230, "27.6"}, {300, "2.1"}, {370, "0.7 - 1.6"}},
      {{60, "M-Spike"}, {230, "15.8"}, {300, "1.2"}, {370, "Not detected"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_DOUBLE_EQ(m->obs.value, 1.2);
  EXPECT_FALSE(m->needs_review);
  const ImportedObservation* alb = Find(r, Analyte::kAlbumin);
  ASSERT_NE(alb, nullptr);
  EXPECT_DOUBLE_EQ(alb->obs.value, 3.5);
}

// A send-out report's history table: dates as rows, tests as columns with the unit in the
// header (mg/dL, converted to mg/L), under a "Previous results" title.
TEST(FailureClass, HistoryTableWithDatesAsRowsAndUnitsInTheHeader) {
  ImportResult r = ExtractPlaced({
      {{40, "Collection Date: 2024-10-01"}},
      {{40, "Component"}, {240, "Result"}, {280, "Flag"}, {320, "Units"}},
      {{40, "Kappa Free Light Chain"}, {240, "4.52"}, {280, "H"}, {320, "mg/dL"}},
      {{40, "PREVIOUS RESULTS AT THIS LABORATORY"}},
      {{40, "Collection Date"},
       {140, "Kappa (mg/dL)"},
       {220, "Lambda (mg/dL)"},
       {340, "K/L Ratio"}},
      {{40, "2024-07-02"}, {160, "6.87"}, {250, "1.05"}, {350, "6.54"}},
  });
  const ImportedObservation* now = Find(r, Analyte::kKappaFlc);
  ASSERT_NE(now, nullptr);
  EXPECT_NEAR(now->obs.value, 45.2, 1e-9);
  EXPECT_EQ(now->obs.date.ToString(), "2024-10-01");
  const ImportedObservation* prev = Find(r, Analyte::kKappaFlc, true);
  ASSERT_NE(prev, nullptr);
  EXPECT_NEAR(prev->obs.value, 68.7, 1e-9);
  EXPECT_EQ(prev->obs.date.ToString(), "2024-07-02");
  const ImportedObservation* lambda = Find(r, Analyte::kLambdaFlc, true);
  ASSERT_NE(lambda, nullptr);
  EXPECT_NEAR(lambda->obs.value, 10.5, 1e-9);
  // The history header is not a collection-date label: the current result keeps its date.
  for (const ImportedObservation& o : r.observations) {
    if (!o.previous) {
      EXPECT_EQ(o.obs.date.ToString(), "2024-10-01");
    }
  }
}

TEST(FailureClass, ValuesInProseNeedReviewAndTheUnitIsReadFromTheText) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-06-18"}},
      {{40, "SERUM PROTEIN ELECTROPHORESIS - INTERPRETATION:"}},
      {{40, "An M-spike of 1.2 g/dL is seen in the gamma region. CBC of the same date:"}},
      {{40, "hemoglobin 10.4 g/dL, WBC 4.8. Creatinine 1.3 was noted."}},
      {{40, "A 24-hour urine shows an M-spike of 299 mg/24 h."}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_DOUBLE_EQ(m->obs.value, 1.2);
  EXPECT_TRUE(m->needs_review);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.4);
  EXPECT_TRUE(hb->needs_review);
  EXPECT_EQ(Find(r, Analyte::kCreatinine), nullptr);     // no unit written: not read
  EXPECT_EQ(Find(r, Analyte::kUrineMProtein), nullptr);  // the specimen is not guessed
  int m_count = 0;
  for (const ImportedObservation& o : r.observations) {
    m_count += o.obs.analyte == Analyte::kSerumMProtein;
  }
  EXPECT_EQ(m_count, 1);
}

TEST(FailureClass, ProseMProteinOnAUrineReportIsNotTakenForTheSerum) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-04-10"}},
      {{40, "PROTEIN ELECTROPHORESIS, 24-HOUR URINE"}},
      {{40, "Interpretation: an M-spike of 0.3 g/dL is seen."}},
  });
  EXPECT_EQ(Find(r, Analyte::kSerumMProtein), nullptr);
  EXPECT_EQ(Find(r, Analyte::kUrineMProtein), nullptr);
}

TEST(FailureClass, ProseDisagreeingWithTheTableFlagsTheTableValue) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-08-02"}},
      {{40, "Test"}, {230, "Result"}, {300, "Units"}},
      {{40, "Calcium"}, {230, "12.4"}, {300, "mg/dL"}},
      {{40, "Critical calcium 14.2 mg/dL called to the ward."}},
  });
  const ImportedObservation* ca = Find(r, Analyte::kCalcium);
  ASSERT_NE(ca, nullptr);
  EXPECT_DOUBLE_EQ(ca->obs.value, 12.4);
  EXPECT_TRUE(ca->needs_review);
}

TEST(FailureClass, FlagRunIntoTheUnitColumn) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 2024-02-27"}},
      {{40, "Tests"}, {215, "Result"}, {265, "Flag"}, {300, "Units"}, {390, "Reference"}},
      {{40, "M-Spike"}, {215, "2.0"}, {265, "Abnormalg /dL"}, {390, "Not Observed"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_DOUBLE_EQ(m->obs.value, 2.0);
  EXPECT_EQ(m->written_unit, "g/dL");
}

TEST(FailureClass, DateSplitAfterTheHyphen) {
  auto d = FindLabDate("Collected: 18- JUN-2024 10:12", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-06-18");
}

TEST(FailureClass, FrenchAndSpanishNames) {
  EXPECT_EQ(MatchTestName("Cr\xC3\xA9"
                          "atinine",
                          Specimen::kUnknown)
                .analyte,
            Analyte::kCreatinine);
  EXPECT_EQ(MatchTestName("Cha\xC3\xAEnes l\xC3\xA9g\xC3\xA8res libres kappa", Specimen::kUnknown)
                .analyte,
            Analyte::kKappaFlc);
  EXPECT_EQ(MatchTestName("Componente monoclonal", Specimen::kUnknown).analyte,
            Analyte::kSerumMProtein);
  EXPECT_EQ(MatchTestName("Inmunofijaci\xC3\xB3n", Specimen::kUnknown).analyte, Analyte::kSerumIfe);
}

TEST(FailureClass, UkSiUnitsConvertExactly) {
  ImportResult r = ExtractPlaced({
      {{40, "Sample collected: 21/02/2024 08:40"}},
      {{40, "Test"}, {260, "Result"}, {320, "Units"}, {420, "Reference range"}},
      {{40, "Haemoglobin"}, {260, "118 L"}, {320, "g/L"}, {420, "(130 - 180)"}},
      {{40, "Creatinine"}, {260, "97"}, {320, "\xC2\xB5mol/L"}, {420, "(59 - 104)"}},
      {{40, "Calcium"}, {260, "2.45"}, {320, "mmol/L"}, {420, "(2.20 - 2.60)"}},
      {{40, "Serum paraprotein"}, {260, "12"}, {320, "g/L"}},
      {{40, "Paraprotein typing (immunofixation)"}, {260, "IgG kappa"}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_NEAR(hb->obs.value, 11.8, 1e-12);
  const ImportedObservation* cr = Find(r, Analyte::kCreatinine);
  ASSERT_NE(cr, nullptr);
  // Creatinine 113.12 g/mol: 1 mg/dL = 10000 / 113.12 = 88.40 umol/L.
  EXPECT_NEAR(cr->obs.value, 97 / 88.40, 1e-4);
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_NEAR(m->obs.value, 1.2, 1e-12);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
}

// Issue 13: a printed kappa/lambda ratio that disagrees with the kappa and lambda read for the
// same date means one of them was misread (or belongs elsewhere): both are reviewed.
TEST(FailureClass, PrintedRatioDisagreeingWithKappaAndLambdaFlagsBoth) {
  const std::vector<Placed> header = {{{40, "Collected: 2024-03-05"}},
                                      {{40, "Test"}, {230, "Result"}, {300, "Units"}}};
  auto page = [&](const std::string& ratio) {
    std::vector<Placed> rows = header;
    rows.push_back({{40, "Kappa free light chains"}, {230, "186.4"}, {300, "mg/L"}});
    rows.push_back({{40, "Lambda free light chains"}, {230, "11.2"}, {300, "mg/L"}});
    rows.push_back({{40, "Kappa/Lambda ratio"}, {230, ratio}});
    return ExtractPlaced(rows);
  };
  ImportResult agree = page("16.64");
  ASSERT_NE(Find(agree, Analyte::kKappaFlc), nullptr);
  EXPECT_FALSE(Find(agree, Analyte::kKappaFlc)->needs_review);
  EXPECT_FALSE(Find(agree, Analyte::kLambdaFlc)->needs_review);
  ImportResult disagree = page("1.66");
  ASSERT_NE(Find(disagree, Analyte::kKappaFlc), nullptr);
  EXPECT_TRUE(Find(disagree, Analyte::kKappaFlc)->needs_review);
  EXPECT_TRUE(Find(disagree, Analyte::kLambdaFlc)->needs_review);
  // A BUN/creatinine ratio is no check of the light chains.
  std::vector<Placed> rows = header;
  rows.push_back({{40, "Kappa free light chains"}, {230, "186.4"}, {300, "mg/L"}});
  rows.push_back({{40, "Lambda free light chains"}, {230, "11.2"}, {300, "mg/L"}});
  rows.push_back({{40, "BUN/Creatinine Ratio"}, {230, "17"}});
  ImportResult other = ExtractPlaced(rows);
  EXPECT_FALSE(Find(other, Analyte::kKappaFlc)->needs_review);
}

// A dense two-column page under a full-width banner: each side is read top to bottom.
TEST(FailureClass, DenseTwoColumnBlockUnderAFullWidthBanner) {
  ImportResult r = ExtractPlaced({
      {{40, "DOB: 14/07/1949"}, {220, "Collected: 12-Dec-2023 09:30"}},
      {{40, "Test"},
       {150, "Result"},
       {195, "Units"},
       {330, "Test"},
       {430, "Result"},
       {470, "Units"}},
      {{40, "Creatinine"},
       {150, "129 H"},
       {195, "umol/L"},
       {330, "Paraprotein"},
       {430, "27 H"},
       {470, "g/L"}},
      {{40, "Calcium"},
       {150, "2.61 H"},
       {195, "mmol/L"},
       {330, "Kappa FLC"},
       {430, "6.2"},
       {470, "mg/L"}},
      {{40, "Albumin"},
       {150, "31 L"},
       {195, "g/L"},
       {330, "Lambda FLC"},
       {430, "388 H"},
       {470, "mg/L"}},
      {{40, "H = above reference range, L = below reference range, across the page."}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_NEAR(m->obs.value, 2.7, 1e-12);
  EXPECT_EQ(m->obs.date.ToString(), "2023-12-12");
  const ImportedObservation* lambda = Find(r, Analyte::kLambdaFlc);
  ASSERT_NE(lambda, nullptr);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 388);
  const ImportedObservation* ca = Find(r, Analyte::kCalcium);
  ASSERT_NE(ca, nullptr);
  EXPECT_NEAR(ca->obs.value, 2.61 / 0.2495, 1e-9);
}

}  // namespace
}  // namespace oncoguide::import

namespace oncoguide::import {
namespace {

// Found by import_layout_fuzz: marrow prose naming a clonal population but giving no date at all
// made the reader mark the last observation in the list (or read past an empty one) as
// "clonality read from the report's text". Nothing is extracted and nothing else is touched.
TEST(FailureClass, ClonalityWithoutAnyDateTouchesNoOtherObservation_Regression) {
  ImportResult r = ExtractPlaced({
      {{40, "Bone marrow biopsy: hypercellular marrow with 40% plasma cells, kappa restricted."}},
  });
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.analyte, records::Analyte::kBmClonality);
  }
}

}  // namespace
}  // namespace oncoguide::import
