// Regression tests named after the classes of failure found on the fourteenth separate author's
// corpus (tests/import/corpus/blind13, measured once blind at 49.3% of text-PDF values with two
// silent errors). Each builds a small page in the failing layout, in wordings of our own, and
// checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// Dates a portal writes year first with the month's name ("2024-Feb-27"), and Spanish or
// Portuguese month abbreviations that are also other words ("15-ago-2024", "03/set/2024"):
// none was a date, so a whole trend view and a Mexican report were read as undated.
TEST(Blind13Class, YearFirstMonthNamesAndShortForeignMonths) {
  ASSERT_TRUE(FindLabDate("2023-Nov-07", DateOrder::kUnknown));
  EXPECT_EQ(FindLabDate("2023-Nov-07", DateOrder::kUnknown)->date.ToString(), "2023-11-07");
  ASSERT_TRUE(FindLabDate("Toma / Collected: 15-ago-2024 07:30", DateOrder::kUnknown));
  EXPECT_EQ(FindLabDate("15-ago-2024", DateOrder::kUnknown)->date.ToString(), "2024-08-15");
  EXPECT_EQ(FindLabDate("03/set/2024", DateOrder::kUnknown)->date.ToString(), "2024-09-03");
  // "ago" as a word is not a month.
  EXPECT_FALSE(FindLabDate("seen 3 weeks ago 2024", DateOrder::kUnknown));
}

// A Swedish e-journal labels each draw "Sampled 2024-10-08 08:12": the label was unknown and
// no value had a date.
TEST(Blind13Class, SampledIsACollectionLabel) {
  const ImportResult r = ExtractPlaced({
      {{40, "Sampled 2024-09-17 07:55"}, {250, "Answered 2024-09-18 10:02"}},
      {{48, "Analysis"}, {303, "Result"}, {340, "Unit"}, {400, "Reference"}},
      {{48, "P-Albumin"}, {320, "37"}, {340, "g/L"}, {400, "36-45"}},
  });
  const ImportedObservation* alb = Find(r, Analyte::kAlbumin);
  ASSERT_NE(alb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(alb->obs.date.ToString(), "2024-09-17");
}

// A restaging summary whose test names sit far left of their values ("Haemoglobin |  94 | 118 |
// 127 | g/L"): the page was cut into two columns between names and values, and every row was
// lost without a word.
TEST(Blind13Class, FlowsheetWithNamesFarLeftOfValuesIsNotTwoColumns) {
  const ImportResult r = ExtractPlaced({
      {{42, "Parameter"}, {235, "Baseline"}, {314, "Post-ASCT"}, {445, "Unit"}},
      {{236, "11.09.2023"}, {311, "05.03.2024"}},
      {{42, "Haemoglobin"}, {270, "97"}, {340, "124"}, {445, "g/L"}},
      {{42, "Albumin"}, {270, "31"}, {345, "40"}, {445, "g/L"}},
      {{42, "Immunofixation serum"}, {236, "free lambda"}, {311, "negative"}},
      {{42, "Immunofixation urine"}, {236, "free lambda"}, {311, "negative"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-03-05");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(hb->obs.value, 12.4);
  ASSERT_NE(FindOn(r, Analyte::kAlbumin, "2023-09-11"), nullptr);
}

// A two-column report whose right column ends with "PREVIOUS RESULTS" and a "Collected" date
// beside a result row of the left column: the earlier paraprotein took the report's date,
// silently. A result under such a heading with no date of its own is for review.
TEST(Blind13Class, ResultUnderAPreviousResultsHeadingIsReviewed) {
  const ImportResult r = ExtractPlaced({
      {{36, "Collected: 2024/08/02 09:15"}},
      {{305, "PREVIOUS RESULTS"}},
      {{36, "Protein:creatinine"}, {175, "0.38 H g/g"}, {305, "Collected"}, {415, "2024/05/09"}},
      {{305, "Paraprotein (M-band)"}, {444, "27.5 g/L"}},
  });
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == Analyte::kSerumMProtein && o.obs.date.ToString() == "2024-08-02") {
      EXPECT_TRUE(o.needs_review) << ImportToJson(r).dump(1);
    }
  }
}

// A trial's visit matrix marks a marrow count with a footnote ("34 (a)") whose note gives the
// procedure's own date: the value took the visit's date, silently.
TEST(Blind13Class, ValueWithAFootnoteMarkIsReviewed) {
  const ImportResult r = ExtractPlaced({
      {{36, "Assessment"}, {190, "Unit"}, {340, "Screening"}, {420, "C1D1"}},
      {{340, "06-MAY-2024"}, {420, "13-MAY-2024"}},
      {{36, "Bone marrow plasma cells"}, {190, "%"}, {349, "41 (a)"}, {432, "ND"}},
      {{30, "(a) Marrow aspirate performed 29-APR-2024."}},
  });
  const ImportedObservation* bm = Find(r, Analyte::kBmPlasmaCells);
  ASSERT_NE(bm, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(bm->needs_review);
}

// A restaging table titles its unit column right of the dates ("... | Day +100 | Unit" over the
// dates): light chains and beta-2 microglobulin were left unread without a unit, and a 24-hour
// urine in "g/24 h" was read a thousand times too small (for review).
TEST(Blind13Class, UnitTitleRightOfTheDatesGivesEachRowItsUnit) {
  const ImportResult r = ExtractPlaced({
      {{42, "Parameter"}, {235, "Baseline"}, {314, "Day +30"}, {445, "Unit"}},
      {{236, "03.02.2024"}, {311, "14.05.2024"}},
      {{42, "Free light chain lambda"}, {262, "1310"}, {337, "18.4"}, {445, "mg/L"}},
      {{42, "Bence Jones protein, 24 h urine"}, {262, "2.40"}, {337, "0.08"}, {445, "g/24 h"}},
  });
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-02-03");
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 1310);
  EXPECT_FALSE(lambda->needs_review);
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineMProtein, "2024-05-14");
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(urine->obs.value, 80);
}

// The marrow part of that report heads its own table with the procedure and its dates ("Bone
// marrow aspiration / trephine | 18.10.2023 | 12.06.2024"): the counts took the blood columns'
// dates (for review), and the clonality row ("kappa-restricted | polyclonal") was not read.
TEST(Blind13Class, MarrowProcedureRowDatesItsTableAndClonalityIsRead) {
  const ImportResult r = ExtractPlaced({
      {{42, "Parameter"}, {235, "Baseline"}, {314, "Day +30"}},
      {{236, "03.02.2024"}, {311, "14.05.2024"}},
      {{42, "Haemoglobin"}, {270, "91"}, {340, "122"}},
      {{42, "Bone marrow aspirate and biopsy"}, {276, "06.02.2024"}, {396, "16.05.2024"}},
      {{42, "Plasma cells (aspirate)"}, {309, "62 %"}, {434, "1 %"}},
      {{42, "Light chain restriction"}, {264, "lambda-restricted"}, {409, "polyclonal"}},
  });
  const ImportedObservation* pc = FindOn(r, Analyte::kBmPlasmaCells, "2024-02-06");
  ASSERT_NE(pc, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(pc->obs.value, 62);
  ASSERT_NE(FindOn(r, Analyte::kBmPlasmaCells, "2024-05-16"), nullptr);
  const ImportedObservation* before = FindOn(r, Analyte::kBmClonality, "2024-02-06");
  const ImportedObservation* after = FindOn(r, Analyte::kBmClonality, "2024-05-16");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(before->obs.value, 1);
  EXPECT_EQ(after->obs.value, 0);
}

}  // namespace
}  // namespace oncoguide::import
