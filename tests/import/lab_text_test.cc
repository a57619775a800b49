#include "oncoguide/import/lab_text.h"

#include <gtest/gtest.h>

namespace oncoguide::import {

using records::ValueBound;

namespace {

TEST(ParseLabValue, NumbersFlagsUnitsAndBounds) {
  auto v = ParseLabValue("12.1 H");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->kind, LabValue::Kind::kNumber);
  EXPECT_DOUBLE_EQ(v->number, 12.1);
  EXPECT_EQ(v->flag, "h");
  v = ParseLabValue("3.4 g/dL (High)");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->unit, "g/dl");
  EXPECT_EQ(v->flag, "(high)");
  v = ParseLabValue("<0.10");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->bound, ValueBound::kBelow);
  EXPECT_DOUBLE_EQ(v->number, 0.10);
  v = ParseLabValue("> 500 mg/L");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->bound, ValueBound::kAbove);
  v = ParseLabValue("\xE2\x89\xA4 0.2");  // ≤ 0.2
  ASSERT_TRUE(v);
  EXPECT_EQ(v->bound, ValueBound::kAtMost);
  v = ParseLabValue("220 mg/24 h");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->unit, "mg/24h");
  EXPECT_TRUE(v->flag.empty());
}

TEST(ParseLabValue, DecimalCommaAndThousands) {
  auto v = ParseLabValue("0,85");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 0.85);
  EXPECT_FALSE(v->ambiguous);
  v = ParseLabValue("1,234");
  ASSERT_TRUE(v);
  EXPECT_TRUE(v->ambiguous);  // thousands separator or decimal comma: review
}

TEST(ParseLabValue, Words) {
  EXPECT_EQ(ParseLabValue("Not detected")->kind, LabValue::Kind::kNotDetected);
  EXPECT_EQ(ParseLabValue("No monoclonal protein detected")->kind, LabValue::Kind::kNotDetected);
  EXPECT_EQ(ParseLabValue("Trace")->kind, LabValue::Kind::kTrace);
  EXPECT_EQ(ParseLabValue("see note")->kind, LabValue::Kind::kNote);
  // blind27's silent error: "No realiz." (not done) had been a negative immunofixation.
  for (const char* not_done : {"No realiz.", "no realizado", "Não realiz.", "not perf.",
                               "No efectuado", "non fait", "Non eseg."}) {
    EXPECT_EQ(ParseLabValue(not_done)->kind, LabValue::Kind::kNote) << not_done;
  }
  // blind40: Japanese and Korean "not done" and "in progress"; "Not Obs" for "Not Observed".
  for (const char* not_done : {"未実施", "検査中", "검사중"}) {
    ASSERT_TRUE(ParseLabValue(not_done)) << not_done;
    EXPECT_EQ(ParseLabValue(not_done)->kind, LabValue::Kind::kNote) << not_done;
  }
  EXPECT_EQ(ParseLabValue("Not Obs")->kind, LabValue::Kind::kNotDetected);
  EXPECT_EQ(ParseLabValue("No M-band seen")->kind, LabValue::Kind::kNotDetected);
  auto v = ParseLabValue("IgG kappa monoclonal protein detected");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->kind, LabValue::Kind::kDetected);
  EXPECT_EQ(v->isotype, "IgG kappa");
  v = ParseLabValue("Monoclonal free kappa light chains detected");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->isotype, "kappa");
}

TEST(ParseLabValue, NotValues) {
  EXPECT_FALSE(ParseLabValue("Kappa free light chain"));
  EXPECT_FALSE(ParseLabValue("IgG"));  // a test name (immunoglobulin level), not a result
  EXPECT_FALSE(ParseLabValue("03/05/2024"));
  EXPECT_FALSE(ParseLabValue("1.2 3.4"));
  EXPECT_FALSE(ParseLabValue(""));
  EXPECT_FALSE(ParseLabValue("-"));
}

TEST(ParseLabRange, Forms) {
  auto r = ParseLabRange("3.3-19.4");
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(*r->low, 3.3);
  EXPECT_DOUBLE_EQ(*r->high, 19.4);
  r = ParseLabRange("(0.6 - 1.2 mg/dL)");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->unit, "mg/dl");
  r = ParseLabRange("< 1.7");
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->low);
  EXPECT_DOUBLE_EQ(*r->high, 1.7);
  r = ParseLabRange("3,3 - 19,4");
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(*r->low, 3.3);
  EXPECT_FALSE(ParseLabRange("19.4-3.3"));
  EXPECT_FALSE(ParseLabRange("2024-03-05"));
}

// A remark in parentheses after the unit is not part of it; a flag in parentheses is a flag.
TEST(ParseLabValue, RemarkAfterTheUnit) {
  auto v = ParseLabValue("9.1 mg/L (normal)");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 9.1);
  EXPECT_EQ(v->unit, "mg/l");
  v = ParseLabValue("3.4 g/dL (High)");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->unit, "g/dl");
  EXPECT_FALSE(v->flag.empty());
  // A flag before the value, and a unit after it.
  v = ParseLabValue("* 10,6 g/dL");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 10.6);
  EXPECT_EQ(v->unit, "g/dl");
  // A unit after a flag that follows the number ("12.1 H mg/dL", "2,14 * mg/dL"); other text
  // after the flag is not a result.
  v = ParseLabValue("12.1 H mg/dL");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->unit, "mg/dl");
  EXPECT_EQ(v->flag, "h");
  EXPECT_FALSE(ParseLabValue("12.1 H see below"));
  // A reference range set against the result is not part of it.
  v = ParseLabValue("38.2 H (5.7-26.3)");
  ASSERT_TRUE(v);
  EXPECT_DOUBLE_EQ(v->number, 38.2);
  EXPECT_EQ(v->flag, "h");
  EXPECT_FALSE(ParseLabValue("(5.7-26.3)"));
  // Without a unit, parenthesised text is not a remark to pass over.
  EXPECT_FALSE(ParseLabValue("1.2 (was 3.4)"));
}

TEST(FindLabDate, Formats) {
  auto d = FindLabDate("Collected: 2024-03-05T08:30", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-05");
  EXPECT_FALSE(d->ambiguous);
  d = FindLabDate("05-Mar-2024", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-05");
  // Slashes around a month name (Indian lab systems: "Sample Collected On : 07/Aug/2024").
  d = FindLabDate(": 07/Aug/2024 07:45 AM", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-08-07");
  EXPECT_FALSE(FindLabDate("07/Aug-2024", DateOrder::kUnknown));
  d = FindLabDate("Mar 5, 2024", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-05");
  d = FindLabDate("5 March 2024", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-05");
  d = FindLabDate("05.03.2024", DateOrder::kUnknown);  // dotted: day first
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-05");
  d = FindLabDate("25/03/24", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-25");
  EXPECT_FALSE(d->ambiguous);
}

TEST(FindLabDate, AmbiguousNumericDates) {
  auto d = FindLabDate("03/05/2024", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->ambiguous);
  d = FindLabDate("03/05/2024", DateOrder::kDayFirst);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-05-03");
  EXPECT_FALSE(d->ambiguous);
  d = FindLabDate("03/05/2024", DateOrder::kMonthFirst);
  EXPECT_EQ(d->date.ToString(), "2024-03-05");
  EXPECT_FALSE(FindLabDate("31/02/2024", DateOrder::kDayFirst));  // no such day
}

TEST(DateOrderEvidence, CountsUnambiguousDates) {
  EXPECT_GT(DateOrderEvidence("Sample taken 14/03/2024, DOB 17/04/1955"), 0);
  EXPECT_LT(DateOrderEvidence("Collected 03/14/2024"), 0);
  EXPECT_EQ(DateOrderEvidence("Collected 03/04/2024"), 0);
}

TEST(ParseLightChainBand, ALightChainAloneAsTheBandsType) {
  for (const char* cell : {"Free lambda", "Free lambda A", "free lambda light chains",
                           "Bence Jones lambda", "Lambda light chain only"}) {
    const auto v = ParseLightChainBand(cell);
    ASSERT_TRUE(v.has_value()) << cell;
    EXPECT_EQ(v->kind, LabValue::Kind::kDetected) << cell;
    EXPECT_EQ(v->isotype, "lambda") << cell;
  }
  EXPECT_EQ(ParseLightChainBand("Free kappa light chain")->isotype, "kappa");
  // Not a band: a name alone, both light chains, other words, a number.
  for (const char* cell : {"lambda", "free kappa and lambda", "kappa 12.1",
                           "Free kappa/lambda ratio", "IgG lambda", "see comment"}) {
    EXPECT_FALSE(ParseLightChainBand(cell).has_value()) << cell;
  }
}

}  // namespace
}  // namespace oncoguide::import
