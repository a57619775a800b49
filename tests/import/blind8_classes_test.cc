// Regression tests named after the classes of failure found on the ninth separate author's
// corpus (tests/import/corpus/blind8, measured once blind at 57.0% with 16 silent errors, all
// but one of them wrong dates). Each builds a small page in the failing layout and checks the
// general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// A Swedish report whose header says "Provtagning 2024-09-09" and whose comment says
// "Föregående M-komponent 11 g/L (provtagen 2024-06-03)": every value took the earlier date.
TEST(Blind8Class, ACommentAboutAnEarlierResultDoesNotDateTheReport) {
  ImportResult r = ExtractPlaced({
      {{36, "Patient"},
       {110, "Andersson, Karin"},
       {330, "Provtagning"},
       {410, "2024-09-09 kl. 07:40"}},
      {{36, "Analys"}, {150, "Resultat Enhet"}, {260, "Ref.intervall"}},
      {{42, "P-Kreatinin"}, {178, "91 µmol/L"}, {260, "45 - 90"}},
      {{36, "M-komponent minskad. Föregående M-komponent 11 g/L (provtagen 2024-06-03)."}},
  });
  const ImportedObservation* cr = Find(r, Analyte::kCreatinine);
  ASSERT_NE(cr, nullptr);
  EXPECT_EQ(cr->obs.date.ToString(), "2024-09-09");
}

// A Dutch report with "Vorige uitslag | Datum vorige": the previous result's date column was
// read as each row's collection date.
TEST(Blind8Class, APreviousDateColumnDatesThePreviousValue) {
  ImportResult r = ExtractPlaced({
      {{350, "Afname:"}, {440, "21-05-2024 08:40"}},
      {{40, "Bepaling"},
       {230, "Uitslag"},
       {272, "Eenheid"},
       {338, "Referentie"},
       {406, "Vorige uitslag"},
       {500, "Datum vorige"}},
      {{48, "Kreatinine"},
       {237, "142 H"},
       {272, "µmol/L"},
       {338, "64 - 104"},
       {455, "128"},
       {500, "16-04-2024"}},
  });
  const ImportedObservation* now = Find(r, Analyte::kCreatinine);
  const ImportedObservation* before = Find(r, Analyte::kCreatinine, true);
  ASSERT_NE(now, nullptr);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(now->obs.date.ToString(), "2024-05-21");
  EXPECT_EQ(before->obs.date.ToString(), "2024-04-16");
}

// Specimen columns named A, B, C under a table of draws: a row with one result and two "--"
// took the first draw's date, silently. Such a row is for review.
TEST(Blind8Class, ARowWithPlaceholdersBesideItsResultIsReviewed) {
  ImportResult r = ExtractPlaced({
      {{170, "Collected"}},
      {{170, "11/13/2024 14:20"}},
      {{40, "Test"}, {255, "A"}, {312, "B"}, {368, "C"}, {392, "Units"}, {460, "Reference"}},
      {{48, "Beta-2 microglobulin"},
       {256, "--"},
       {312, "--"},
       {352, "7.9 H"},
       {392, "mg/L"},
       {460, "0.8-2.2"}},
  });
  const ImportedObservation* b2m = Find(r, Analyte::kBeta2Microglobulin);
  ASSERT_NE(b2m, nullptr);
  EXPECT_TRUE(b2m->needs_review);
}

// Portal panels closed by their date ("Specimen Collected: 10/03/2024" under each panel): a
// panel took the date of the panel above it.
TEST(Blind8Class, PanelsDatedAtTheirEnd) {
  ImportResult r = ExtractPlaced({
      {{48, "Component"}, {258, "Your Value"}, {356, "Standard Range"}},
      {{48, "Creatinine"}, {258, "0.94 mg/dL"}, {356, "0.57 - 1.00 mg/dL"}},
      {{48, "Specimen Collected: 10/03/2024 8:14 AM EDT"}},
      {{48, "Component"}, {258, "Your Value"}, {356, "Standard Range"}},
      {{48, "Hemoglobin"}, {258, "12.1 g/dL"}, {356, "11.1 - 15.9 g/dL"}},
      {{48, "Specimen Collected: 09/19/2024 7:52 AM EDT"}},
  });
  const ImportedObservation* cr = Find(r, Analyte::kCreatinine);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(cr, nullptr);
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(cr->obs.date.ToString(), "2024-10-03");
  EXPECT_EQ(hb->obs.date.ToString(), "2024-09-19");
}

// A landscape cumulative table, one row per collection and tests as columns with their units
// on the line under ("Collected | Accession | Hgb | WBC | ... | K/L | Cmt"): nothing was read.
TEST(Blind8Class, TestsAsColumnsWithUnitsUnderAndCommentColumn) {
  ImportResult r = ExtractPlaced(
      {
          {{36, "Collected"},
           {100, "Accession"},
           {164, "Hgb"},
           {200, "WBC"},
           {240, "Creat"},
           {290, "M-spike"},
           {340, "Serum IFE"},
           {400, "Kappa FLC"},
           {460, "Lambda FLC"},
           {520, "K/L"},
           {550, "Cmt"}},
          {{164, "g/dL"},
           {200, "K/uL"},
           {240, "mg/dL"},
           {290, "g/dL"},
           {400, "mg/L"},
           {460, "mg/L"},
           {520, "ratio"}},
          {{36, "07/15/2024"},
           {100, "H24-07715"},
           {164, "9.9"},
           {200, "3.9"},
           {240, "1.45"},
           {290, "2.8"},
           {340, "IgG lambda"},
           {400, "7.1"},
           {460, "402.0"},
           {520, "0.02"},
           {550, "C1D1"}},
          {{36, "07:42"}},
          {{36, "08/19/2024"},
           {100, "H24-08231"},
           {164, "10.6"},
           {200, "4.4"},
           {240, "1.31"},
           {290, "1.9"},
           {340, "--"},
           {400, "7.9"},
           {460, "210.5"},
           {520, "0.04"}},
          {{36, "08:10"}},
      },
      792);
  int n = 0;
  for (const ImportedObservation& o : r.observations) {
    ++n;
    if (o.obs.analyte == Analyte::kLambdaFlc && o.obs.date.ToString() == "2024-08-19") {
      EXPECT_DOUBLE_EQ(o.obs.value, 210.5);
    }
    if (o.obs.analyte == Analyte::kSerumIfe) {
      EXPECT_EQ(o.obs.date.ToString(), "2024-07-15");
    }
  }
  // Hgb, creatinine, M-spike, kappa and lambda twice, and one immunofixation.
  EXPECT_EQ(n, 11);
}

// A nurse's e-mail: "the labs drawn on Friday, November 8, 2024" and a bulleted list of results
// with remarks in parentheses ("- Lambda: 9.1 mg/L (normal)"). Nothing was read: the weekday
// kept the date from its label, the bullet from the test's name, and the remark became part
// of the unit.
TEST(Blind8Class, BulletedResultsUnderADrawnOnWeekdayDate) {
  ImportResult r = ExtractPlaced({
      {{40, "Your blood was drawn on Tuesday, March 4, 2025 and the doctor has looked at it."}},
      {{56, "- Kappa: 41.7 mg/L (was 88 in January)"}},
      {{56, "- Lambda: 12.2 mg/L (normal)"}},
      {{56, "\xE2\x80\xA2 Hemoglobin: 10.9 g/dL (H)"}},
  });
  const ImportedObservation* k = Find(r, Analyte::kKappaFlc);
  const ImportedObservation* l = Find(r, Analyte::kLambdaFlc);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(k, nullptr);
  ASSERT_NE(l, nullptr);
  ASSERT_NE(hb, nullptr);
  EXPECT_DOUBLE_EQ(k->obs.value, 41.7);
  EXPECT_EQ(k->obs.date.ToString(), "2025-03-04");
  EXPECT_DOUBLE_EQ(l->obs.value, 12.2);
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.9);
  EXPECT_EQ(r.observations.size(), 3u);  // never the earlier 88, which has no date
}

}  // namespace
}  // namespace oncoguide::import
