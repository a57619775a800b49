// Regression tests for issue 8 on the reader side: real lab exports (limits, trace, IFE wording,
// flags, separators, date spellings, ignored rows) and the silent-wrong-result cases (duplicates,
// '#' patient ids, future dates).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/lab_date.h"
#include "oncoguide/records/values.h"
#include "records_test_util.h"

namespace oncoguide::testing {

using records::Analyte;
using records::ParseDateOrder;
using records::PatientRecord;
using records::ReadOptions;
using records::ValueBound;

namespace {

Result<std::vector<PatientRecord>> ReadWith(const std::string& text, ReadOptions options) {
  return ReadCsvText(text, "labs.csv", options);
}

const std::string kHeader = "date,test,value,unit\n";

// --- Values with a detection limit, trace, not detected, flags -------------------------------

struct NotationCase {
  std::string value;
  std::string unit;
  Analyte analyte;
  ValueBound bound;
  double canonical;
  bool has_value;
};

class NotationTest : public ::testing::TestWithParam<NotationCase> {};

TEST_P(NotationTest, CsvLimitTraceAndFlagsAreKept_Regression) {
  const NotationCase& c = GetParam();
  PatientRecord p = ReadOneCsv(kHeader + "2024-01-10," + std::string(Name(c.analyte)) + ",\"" +
                               c.value + "\"," + c.unit + "\n");
  ASSERT_EQ(p.observations.size(), 1u) << c.value;
  const records::Observation& o = p.observations[0];
  EXPECT_EQ(o.bound, c.bound) << c.value;
  EXPECT_EQ(o.has_value, c.has_value) << c.value;
  if (c.has_value) EXPECT_NEAR(o.value, c.canonical, 1e-12) << c.value;
}

INSTANTIATE_TEST_SUITE_P(
    Notations, NotationTest,
    ::testing::Values(
        NotationCase{"<0.1", "g/dL", Analyte::kSerumMProtein, ValueBound::kBelow, 0.1, true},
        NotationCase{"< 5", "g/L", Analyte::kSerumMProtein, ValueBound::kBelow, 0.5, true},
        NotationCase{">500", "mg/L", Analyte::kKappaFlc, ValueBound::kAbove, 500, true},
        NotationCase{"<=2", "mg/L", Analyte::kLambdaFlc, ValueBound::kAtMost, 2, true},
        NotationCase{">= 3", "mg/dL", Analyte::kKappaFlc, ValueBound::kAtLeast, 30, true},
        NotationCase{"\xE2\x89\xA4 2", "mg/L", Analyte::kLambdaFlc, ValueBound::kAtMost, 2, true},
        NotationCase{"trace", "g/dL", Analyte::kSerumMProtein, ValueBound::kTrace, 0, false},
        NotationCase{"Trace", "", Analyte::kUrineMProtein, ValueBound::kTrace, 0, false},
        NotationCase{"not detected", "g/dL", Analyte::kSerumMProtein, ValueBound::kExact, 0, true},
        NotationCase{"None detected", "", Analyte::kSerumMProtein, ValueBound::kExact, 0, true},
        NotationCase{"1.2 H", "mg/dL", Analyte::kCreatinine, ValueBound::kExact, 1.2, true},
        NotationCase{"1.2 (High)", "mg/dL", Analyte::kCreatinine, ValueBound::kExact, 1.2, true},
        NotationCase{"1.2*", "mg/dL", Analyte::kCreatinine, ValueBound::kExact, 1.2, true},
        NotationCase{"3.1L", "g/dL", Analyte::kAlbumin, ValueBound::kExact, 3.1, true},
        NotationCase{"2.1", "gm/dL", Analyte::kSerumMProtein, ValueBound::kExact, 2.1, true}));

TEST(NotationTest, TraceIsOnlyForAnMProtein_Regression) {
  Result<std::vector<PatientRecord>> r =
      ReadWith(kHeader + "2024-01-10,kappa_flc,trace,mg/L\n", {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("'trace' is not a number"), std::string::npos)
      << r.status().ToString();
}

// --- Immunofixation in lab wording; isotype and therapy phase rows --------------------------

struct IfeCase {
  std::string text;
  double value;
  std::string isotype;
};

class IfeWordingTest : public ::testing::TestWithParam<IfeCase> {};

TEST_P(IfeWordingTest, LabWordingGivesResultAndIsotype_Regression) {
  const IfeCase& c = GetParam();
  PatientRecord p = ReadOneCsv(kHeader + "2024-01-10,serum_ife,\"" + c.text + "\",\n");
  ASSERT_EQ(p.observations.size(), 1u) << c.text;
  EXPECT_EQ(p.observations[0].value, c.value) << c.text;
  EXPECT_EQ(p.observations[0].text, c.isotype) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Wordings, IfeWordingTest,
    ::testing::Values(IfeCase{"Positive IgG kappa", 1, "IgG kappa"},
                      IfeCase{"IgG kappa monoclonal protein detected", 1, "IgG kappa"},
                      IfeCase{"Negative for monoclonal protein", 0, ""},
                      IfeCase{"No monoclonal protein detected", 0, ""},
                      IfeCase{"Bence Jones kappa detected", 1, "kappa"}, IfeCase{"positive", 1, ""},
                      IfeCase{"Positive, IgA-lambda", 1, "IgA lambda"},
                      IfeCase{"negative", 0, ""}));

TEST(IfeWordingTest, UnclearWordingIsRefusedNotGuessed) {
  for (const char* text : {"Positive, see comment", "IgG kappa", "faint band?"}) {
    Result<std::vector<PatientRecord>> r =
        ReadWith(kHeader + "2024-01-10,serum_ife,\"" + std::string(text) + "\",\n", {});
    EXPECT_FALSE(r.ok()) << text;
  }
}

TEST(IsotypeRowTest, IsotypeAndTherapyPhaseRowsAreRead_Regression) {
  PatientRecord p = ReadOneCsv(kHeader +
                               "2024-01-10,isotype,IgG kappa,\n"
                               "2024-01-11,therapy_start,VRd,\n"
                               "2024-06-01,therapy_phase,ASCT,\n"
                               "2024-09-01,therapy_phase,Maintenance,\n"
                               "2024-09-02,therapy_phase,lenalidomide maintenance,\n");
  ASSERT_EQ(p.observations.size(), 5u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kIsotype);
  EXPECT_EQ(p.observations[0].text, "IgG kappa");
  EXPECT_EQ(p.observations[2].analyte, Analyte::kTherapyPhase);
  EXPECT_EQ(p.observations[2].text, "transplant");
  EXPECT_EQ(p.observations[3].text, "maintenance");
  EXPECT_EQ(p.observations[4].text, "lenalidomide maintenance");  // free text kept as written
  EXPECT_FALSE(p.observations[2].has_value);
}

TEST(IsotypeRowTest, UnknownIsotypeIsRefused) {
  Result<std::vector<PatientRecord>> r = ReadWith(kHeader + "2024-01-10,isotype,IgX zeta,\n", {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().hint().find("IgG kappa"), std::string::npos);
}

// --- Unknown tests and derived rows are listed, not fatal ------------------------------------

TEST(IgnoredRowsTest, UnknownTestsAndDerivedRowsAreListedWithTheirLine_Regression) {
  PatientRecord p = ReadOneCsv(kHeader +
                               "2024-01-10,sodium,140,mmol/L\n"
                               "2024-01-10,IgG,2400,mg/dL\n"
                               "2024-01-10,WBC,5.1,10*9/L\n"
                               "2024-01-10,kappa_flc,120,mg/L\n"
                               "2024-01-10,lambda_flc,10,mg/L\n"
                               "2024-01-10,kappa/lambda ratio,12.0,\n"
                               "not a date,glucose,high,?\n");
  ASSERT_EQ(p.observations.size(), 2u);
  ASSERT_EQ(p.ignored.size(), 5u);
  EXPECT_EQ(p.ignored[0], "line 2: 'sodium' is not a test oncoguide uses");
  EXPECT_NE(p.ignored[4].find("line 8: 'glucose'"), std::string::npos);
  EXPECT_NE(p.ignored[3].find("line 7"), std::string::npos);
  EXPECT_TRUE(p.notes.empty());  // 120/10 = 12.0 matches
}

TEST(IgnoredRowsTest, RatioThatDoesNotMatchKappaOverLambdaIsANote_Regression) {
  PatientRecord p = ReadOneCsv(kHeader +
                               "2024-01-10,kappa_flc,120,mg/L\n"
                               "2024-01-10,lambda_flc,10,mg/L\n"
                               "2024-01-10,FLC ratio,1.2,\n");
  ASSERT_EQ(p.notes.size(), 1u);
  EXPECT_NE(p.notes[0].find("line 4"), std::string::npos) << p.notes[0];
  EXPECT_NE(p.notes[0].find("12.00"), std::string::npos) << p.notes[0];
}

// --- Spreadsheet exports: separators, decimal commas, date spellings -------------------------

TEST(SpreadsheetTest, SemicolonWithDecimalCommas_Regression) {
  PatientRecord p = ReadOneCsv(
      "patient;date;test;value;unit\n"
      "A;15.03.2024;serum_m_protein;0,8;g/dL\n"
      "A;2024-3-5;kappa_flc;<1,5;mg/L\n");
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].date, D("2024-03-05"));
  EXPECT_DOUBLE_EQ(p.observations[0].value, 1.5);
  EXPECT_EQ(p.observations[0].bound, ValueBound::kBelow);
  EXPECT_EQ(p.observations[1].date, D("2024-03-15"));
  EXPECT_DOUBLE_EQ(p.observations[1].value, 0.8);
}

TEST(SpreadsheetTest, TabSeparated_Regression) {
  PatientRecord p = ReadOneCsv("date\ttest\tvalue\tunit\n2024/03/15\tserum_m_protein\t1.1\tg/dL\n");
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].date, D("2024-03-15"));
  EXPECT_DOUBLE_EQ(p.observations[0].value, 1.1);
}

TEST(DateOrderTest, SlashedDatesNeedACertainOrder_Regression) {
  // Unambiguous by itself: 15/03 can only be day first, 03/15 only month first.
  EXPECT_EQ(ReadOneCsv(kHeader + "15/03/2024,serum_m_protein,1,g/dL\n").observations[0].date,
            D("2024-03-15"));
  EXPECT_EQ(ReadOneCsv(kHeader + "03/15/2024,serum_m_protein,1,g/dL\n").observations[0].date,
            D("2024-03-15"));
  // Both orders in one file: refused.
  Result<std::vector<PatientRecord>> mixed = ReadWith(
      kHeader + "15/03/2024,serum_m_protein,1,g/dL\n03/16/2024,serum_m_protein,1,g/dL\n", {});
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.status().where().line, 3);
  // Ambiguous: refused unless the order is given.
  const std::string ambiguous = kHeader + "05/03/2024,serum_m_protein,1,g/dL\n";
  EXPECT_FALSE(ReadWith(ambiguous, {}).ok());
  ReadOptions dmy;
  dmy.date_order = records::DateOrder::kDayFirst;
  ReadOptions mdy;
  mdy.date_order = records::DateOrder::kMonthFirst;
  EXPECT_EQ((*ReadWith(ambiguous, dmy))[0].observations[0].date, D("2024-03-05"));
  EXPECT_EQ((*ReadWith(ambiguous, mdy))[0].observations[0].date, D("2024-05-03"));
}

TEST(DateOrderTest, ParseDateOrderWords) {
  EXPECT_EQ(*ParseDateOrder("dmy"), records::DateOrder::kDayFirst);
  EXPECT_EQ(*ParseDateOrder("MDY"), records::DateOrder::kMonthFirst);
  EXPECT_FALSE(ParseDateOrder("ymd").ok());
}

// --- Silent wrong results -------------------------------------------------------------------

TEST(DuplicateTest, SameDateDifferentValuesIsAnErrorNamingBothLines_Regression) {
  for (const std::string rows : {"2024-01-10,serum_m_protein,3.0,g/dL\n"
                                 "2024-01-10,serum_m_protein,1.0,g/dL\n",
                                 "2024-01-10,serum_m_protein,1.0,g/dL\n"
                                 "2024-01-10,serum_m_protein,3.0,g/dL\n"}) {
    Result<std::vector<PatientRecord>> r = ReadWith(kHeader + rows, {});
    ASSERT_FALSE(r.ok());
    const std::string msg = r.status().ToString();
    EXPECT_NE(msg.find("line 2"), std::string::npos) << msg;
    EXPECT_NE(msg.find("line 3"), std::string::npos) << msg;
    EXPECT_NE(msg.find("corrected"), std::string::npos) << msg;  // the hint says how to fix
  }
}

// The message shows each value as the lab wrote it: a bound keeps its sign, trace stays a word.
TEST(DuplicateTest, ConflictMessageShowsBoundsAndTrace) {
  Result<std::vector<PatientRecord>> r = ReadWith(kHeader +
                                                      "2024-01-10,serum_m_protein,<0.2,g/dL\n"
                                                      "2024-01-10,serum_m_protein,trace,g/dL\n",
                                                  {});
  ASSERT_FALSE(r.ok());
  const std::string msg = r.status().ToString();
  EXPECT_NE(msg.find("<0.2 g/dL (line 2) and trace (line 3)"), std::string::npos) << msg;
}

TEST(DuplicateTest, CorrectedValueWinsWhateverTheOrder_Regression) {
  for (const std::string rows : {"2024-01-10,serum_m_protein,3.0,g/dL,\n"
                                 "2024-01-10,serum_m_protein,1.0,g/dL,corrected\n",
                                 "2024-01-10,serum_m_protein,1.0,g/dL,Amended result\n"
                                 "2024-01-10,serum_m_protein,3.0,g/dL,\n"}) {
    PatientRecord p = ReadOneCsv("date,test,value,unit,note\n" + rows);
    ASSERT_EQ(p.observations.size(), 1u);
    EXPECT_DOUBLE_EQ(p.observations[0].value, 1.0);
    EXPECT_TRUE(p.observations[0].corrected);
    ASSERT_EQ(p.notes.size(), 1u);
    EXPECT_NE(p.notes[0].find("replaces 3 g/dL"), std::string::npos) << p.notes[0];
  }
}

TEST(DuplicateTest, IdenticalDuplicatesAreCollapsedAndCounted_Regression) {
  PatientRecord p = ReadOneCsv(kHeader +
                               "2024-01-10,serum_m_protein,3.0,g/dL\n"
                               "2024-01-10,serum_m_protein,3,g/dL\n"
                               "2024-01-10,serum_m_protein,30,g/L\n"
                               "2024-01-10,fish,del(17p),\n"
                               "2024-01-10,fish,t(4;14),\n");
  EXPECT_EQ(p.observations.size(), 3u);  // one M-protein, two FISH findings
  EXPECT_EQ(p.duplicates_collapsed, 2);
  EXPECT_EQ(p.notes.size(), 2u);
}

TEST(CommentTest, PatientIdStartingWithHashIsData_Regression) {
  Result<std::vector<PatientRecord>> r = ReadWith(
      "# export of 2024-03-01\n"
      "patient,date,test,value,unit\n"
      "#1,2024-01-10,serum_m_protein,3.0,g/dL\n"
      "#2,2024-01-10,serum_m_protein,2.0,g/dL\n",
      {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].patient_id, "#1");
  EXPECT_EQ((*r)[1].patient_id, "#2");
}

TEST(FutureDateTest, DateAfterTodayIsRefusedWithItsLine_Regression) {
  Result<std::vector<PatientRecord>> r = ReadWith(
      kHeader + "2024-01-10,serum_m_protein,3.0,g/dL\n9999-12-31,serum_m_protein,1,g/dL\n", {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where().line, 3);
  EXPECT_NE(r.status().cause().find("9999-12-31 is in the future"), std::string::npos);
  // Today plus one day (time zones) is accepted.
  ReadOptions o;
  o.latest_date = D("2024-01-11");
  EXPECT_TRUE(ReadWith(kHeader + "2024-01-11,serum_m_protein,1,g/dL\n", o).ok());
  EXPECT_FALSE(ReadWith(kHeader + "2024-01-12,serum_m_protein,1,g/dL\n", o).ok());
}

// --- Robustness ----------------------------------------------------------------------------

TEST(LimitsTest, OverlongLineAndFieldAreClearErrors_Regression) {
  Result<std::vector<PatientRecord>> line =
      ReadWith(kHeader + "2024-01-10,therapy_start," +
                   std::string(records::kMaxCsvLineBytes + 10, 'x') + ",\n",
               {});
  ASSERT_FALSE(line.ok());
  EXPECT_NE(line.status().cause().find("longer than"), std::string::npos);
  EXPECT_EQ(line.status().where().line, 2);
  Result<std::vector<PatientRecord>> field =
      ReadWith(kHeader + "2024-01-10,therapy_start," +
                   std::string(records::kMaxCsvFieldBytes + 1, 'x') + ",\n",
               {});
  ASSERT_FALSE(field.ok());
  EXPECT_NE(field.status().cause().find("field 3"), std::string::npos);
}

TEST(LimitsTest, EchoedValuesAreShortAndInert_Regression) {
  Result<std::vector<PatientRecord>> r = ReadWith(
      kHeader + "2024-01-10,serum_m_protein,\x1b[31m" + std::string(500, '9') + "x,g/dL\n", {});
  ASSERT_FALSE(r.ok());
  const std::string msg = r.status().ToString();
  EXPECT_EQ(msg.find('\x1b'), std::string::npos) << msg;
  EXPECT_NE(msg.find("\\x1b"), std::string::npos) << msg;
  EXPECT_LT(msg.size(), 400u) << msg;
}

}  // namespace
}  // namespace oncoguide::testing
