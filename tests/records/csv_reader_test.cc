// Tests for the streaming CSV reader: columns, names, dates, quoting, cohorts and every kind of
// bad input (each refused with file, line, cause and hint).
#include "oncoguide/records/csv_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "records_test_util.h"

namespace oncoguide::testing {

using records::Analyte;
using records::CsvPatientReader;
using records::Observation;
using records::PatientRecord;

namespace {

TEST(CsvReaderTest, ReadsMinimalFile) {
  PatientRecord p = ReadOneCsv(
      "date,test,value,unit\n"
      "2024-01-10,serum_m_protein,3.1,g/dL\n"
      "2024-02-10,serum_m_protein,1.2,g/dL\n");
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.patient_id, "");
  EXPECT_EQ(p.source, "labs.csv");
  EXPECT_FALSE(p.from_fhir);
  EXPECT_TRUE(p.ignored.empty());
  EXPECT_EQ(p.observations[0].analyte, Analyte::kSerumMProtein);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 3.1);
  EXPECT_TRUE(p.observations[0].has_value);
  EXPECT_EQ(p.observations[0].date, D("2024-01-10"));
  EXPECT_EQ(p.observations[0].line, 2);
  EXPECT_EQ(p.observations[1].line, 3);
  EXPECT_DOUBLE_EQ(p.observations[1].value, 1.2);
}

// The same data under headers whose columns come in different orders and with optional columns.
struct ColumnOrderCase {
  std::string name;
  std::string csv;
};

class CsvColumnOrderTest : public ::testing::TestWithParam<ColumnOrderCase> {};

TEST_P(CsvColumnOrderTest, ReadsSameObservation) {
  PatientRecord p = ReadOneCsv(GetParam().csv);
  ASSERT_EQ(p.observations.size(), 1u);
  const Observation& o = p.observations[0];
  EXPECT_EQ(o.date, D("2024-03-05"));
  EXPECT_EQ(o.analyte, Analyte::kKappaFlc);
  EXPECT_DOUBLE_EQ(o.value, 120);
  EXPECT_EQ(o.line, 2);
}

INSTANTIATE_TEST_SUITE_P(
    Orders, CsvColumnOrderTest,
    ::testing::Values(
        ColumnOrderCase{"canonical", "date,test,value,unit\n2024-03-05,kappa_flc,120,mg/L\n"},
        ColumnOrderCase{"reversed", "unit,value,test,date\nmg/L,120,kappa_flc,2024-03-05\n"},
        ColumnOrderCase{"shuffled", "test,unit,date,value\nkappa_flc,mg/L,2024-03-05,120\n"},
        ColumnOrderCase{"upper_case_header",
                        "DATE,Test,VALUE,Unit\n2024-03-05,kappa_flc,120,mg/L\n"},
        ColumnOrderCase{"spaces_in_header",
                        " date , test , value , unit \n2024-03-05,kappa_flc,120,mg/L\n"},
        ColumnOrderCase{"all_optional_columns",
                        "note,ref_high,patient,value,ref_low,unit,test,date\n"
                        "checked,19.4,P1,120,3.3,mg/L,kappa_flc,2024-03-05\n"},
        ColumnOrderCase{"optional_empty",
                        "patient,date,test,value,unit,ref_low,ref_high,note\n"
                        "P1,2024-03-05,kappa_flc,120,mg/L,,,\n"}),
    [](const ::testing::TestParamInfo<ColumnOrderCase>& info) { return info.param.name; });

TEST(CsvReaderTest, OptionalColumnsAreRead) {
  PatientRecord p = ReadOneCsv(
      "patient,date,test,value,unit,ref_low,ref_high,note\n"
      "P7,2024-03-05,kappa_flc,120,mg/L,3.3,19.4,fasting\n");
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.patient_id, "P7");
  const Observation& o = p.observations[0];
  ASSERT_TRUE(o.ref_low.has_value());
  ASSERT_TRUE(o.ref_high.has_value());
  EXPECT_DOUBLE_EQ(*o.ref_low, 3.3);
  EXPECT_DOUBLE_EQ(*o.ref_high, 19.4);
  EXPECT_EQ(o.note, "fasting");
  EXPECT_FALSE(o.spurious);
}

// Test names: canonical names, synonyms, any case, any run of spaces / '-' / '_'.
struct NameCase {
  std::string test;
  Analyte analyte;
  std::string value;
  std::string unit;
};

class CsvTestNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(CsvTestNameTest, MapsToAnalyte) {
  const NameCase& c = GetParam();
  PatientRecord p = ReadOneCsv("date,test,value,unit\n2024-01-10,\"" + c.test + "\"," + c.value +
                               "," + c.unit + "\n");
  ASSERT_EQ(p.observations.size(), 1u) << c.test;
  EXPECT_EQ(p.observations[0].analyte, c.analyte) << c.test;
}

INSTANTIATE_TEST_SUITE_P(
    Names, CsvTestNameTest,
    ::testing::Values(NameCase{"serum_m_protein", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"SERUM_M_PROTEIN", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"M-spike", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"m spike", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"M protein", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"M-Protein", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"Monoclonal Protein", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"paraprotein", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"  M  -  spike  ", Analyte::kSerumMProtein, "3", "g/dL"},
                      NameCase{"free kappa", Analyte::kKappaFlc, "30", "mg/L"},
                      NameCase{"Kappa Free Light Chains", Analyte::kKappaFlc, "30", "mg/L"},
                      NameCase{"free_lambda", Analyte::kLambdaFlc, "30", "mg/L"},
                      NameCase{"24 hr urine M protein", Analyte::kUrineMProtein, "300", "mg/24h"},
                      NameCase{"24 HR URINE M-PROTEIN", Analyte::kUrineMProtein, "300", "mg/24h"},
                      NameCase{"UPEP", Analyte::kUrineMProtein, "300", "mg/24h"},
                      NameCase{"IFE", Analyte::kSerumIfe, "positive", ""},
                      NameCase{"Urine IFE", Analyte::kUrineIfe, "negative", ""},
                      NameCase{"BMPC", Analyte::kBmPlasmaCells, "40", "%"},
                      NameCase{"b2m", Analyte::kBeta2Microglobulin, "3.2", "mg/L"},
                      NameCase{"Lactate Dehydrogenase", Analyte::kLdh, "200", "U/L"},
                      NameCase{"haemoglobin", Analyte::kHemoglobin, "11", "g/dL"},
                      NameCase{"Cytogenetics", Analyte::kFish, "t(4;14)", ""},
                      NameCase{"MRD flow", Analyte::kMrdNgf, "negative", "1e-5"},
                      NameCase{"clonoSEQ", Analyte::kMrdNgs, "negative", "1e-6"},
                      NameCase{"PET/CT", Analyte::kPetCt, "negative", ""},
                      NameCase{"regimen", Analyte::kTherapyStart, "VRd", ""},
                      NameCase{"lytic lesions", Analyte::kLyticLesions, "3", ""},
                      NameCase{"tp53", Analyte::kTp53Mutation, "absent", ""}));

// ISO 8601 dates, with or without a time part; the time part is dropped.
struct DateCase {
  std::string text;
  std::string date;
};

class CsvDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(CsvDateTest, ParsesDate) {
  PatientRecord p =
      ReadOneCsv("date,test,value,unit\n" + GetParam().text + ",serum_m_protein,1,g/dL\n");
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].date, D(GetParam().date.c_str())) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Dates, CsvDateTest,
                         ::testing::Values(DateCase{"2024-03-05", "2024-03-05"},
                                           DateCase{"2024-03-05T08:30", "2024-03-05"},
                                           DateCase{"2024-03-05T08:30:00", "2024-03-05"},
                                           DateCase{"2024-03-05T08:30:00Z", "2024-03-05"},
                                           DateCase{"2024-03-05T23:59:59.123+02:00", "2024-03-05"},
                                           DateCase{"2024-03-05 08:30", "2024-03-05"},
                                           DateCase{"2024-02-29", "2024-02-29"},
                                           DateCase{"2000-02-29T00:00:00-05:00", "2000-02-29"}));

TEST(CsvReaderTest, AcceptsBomAndCrlf) {
  PatientRecord p = ReadOneCsv(
      "\xEF\xBB\xBF"
      "date,test,value,unit\r\n"
      "2024-01-10,serum_m_protein,3.1,g/dL\r\n"
      "2024-02-10,kappa_flc,40,mg/L\r\n");
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 3.1);
  EXPECT_EQ(p.observations[1].analyte, Analyte::kKappaFlc);
  EXPECT_DOUBLE_EQ(p.observations[1].value, 40);
}

TEST(CsvReaderTest, QuotedFieldsWithCommasAndEscapedQuotes) {
  PatientRecord q = ReadOneCsv(
      "date,test,value,unit,note\n"
      "2024-01-10,therapy_start,\"VRd, cycle 1\",,\"started \"\"on time\"\", ok\"\n"
      "\"2024-02-10\",\"serum_m_protein\",\"1.5\",\"g/dL\",\"\"\n");
  ASSERT_EQ(q.observations.size(), 2u);
  EXPECT_EQ(q.observations[0].analyte, Analyte::kTherapyStart);
  EXPECT_EQ(q.observations[0].text, "VRd, cycle 1");
  EXPECT_FALSE(q.observations[0].has_value);
  EXPECT_EQ(q.observations[0].note, "started \"on time\", ok");
  EXPECT_DOUBLE_EQ(q.observations[1].value, 1.5);
  EXPECT_EQ(q.observations[1].note, "");
}

TEST(CsvReaderTest, SkipsCommentAndBlankLinesAndKeepsLineNumbers) {
  PatientRecord p = ReadOneCsv(
      "# exported from the lab portal\n"
      "\n"
      "date,test,value,unit\n"
      "\n"
      "2024-01-10,serum_m_protein,3.1,g/dL\n"
      "\n"
      "   \n"
      ",,,\n"
      "2024-02-10,serum_m_protein,2.0,g/dL\n");
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].line, 5);
  EXPECT_EQ(p.observations[1].line, 9);
}

// Regression (blind lab histories, B10): a lab row with no value and the note "sample not
// received" stopped the whole file. A row that says it has no result is listed as ignored, with
// its line and note, and never read as a value; a text that is not a result is still refused.
TEST(CsvReaderTest, NoResultRowsAreListedNotRead_Regression) {
  PatientRecord p = ReadOneCsv(
      "date,test,value,unit,note\n"
      "2024-01-10,serum_m_protein,3.1,g/dL,\n"
      "2024-02-10,serum_m_protein,,g/dL,sample not received\n"
      "2024-02-10,kappa_flc,QNS,mg/L,\n"
      "2024-02-10,serum_ife,not done,,\n");
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 3.1);
  ASSERT_EQ(p.ignored.size(), 3u);
  EXPECT_EQ(p.ignored[0], "line 3: no serum_m_protein result: sample not received");
  EXPECT_EQ(p.ignored[1], "line 4: no kappa_flc result ('QNS')");
  EXPECT_EQ(p.ignored[2], "line 5: no serum_ife result ('not done')");
}

TEST(CsvReaderTest, SpacesAfterCommasAreIgnored) {
  // The header tolerates spaces around names; the fields must too (date and patient included).
  PatientRecord p = ReadOneCsv(
      "patient, date, test, value, unit\n"
      "P1, 2024-01-10, M-spike, 3.1, g/dL\n"
      "P1, 2024-02-10 , M-spike , 2.0 , g/dL\n");
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.patient_id, "P1");
  EXPECT_EQ(p.observations[0].date, D("2024-01-10"));
  EXPECT_EQ(p.observations[1].date, D("2024-02-10"));
}

TEST(CsvReaderTest, NoteMarksLabError) {
  PatientRecord p = ReadOneCsv(
      "date,test,value,unit,note\n"
      "2024-01-10,serum_m_protein,3.1,g/dL,\n"
      "2024-02-10,serum_m_protein,9.9,g/dL,Spurious - haemolysed sample\n"
      "2024-03-10,serum_m_protein,1.0,g/dL,confirmed LAB ERROR\n"
      "2024-04-10,serum_m_protein,1.0,g/dL,laboratory error\n"
      "2024-05-10,serum_m_protein,1.0,g/dL,repeat requested\n");
  ASSERT_EQ(p.observations.size(), 5u);
  EXPECT_FALSE(p.observations[0].spurious);
  EXPECT_TRUE(p.observations[1].spurious);
  EXPECT_EQ(p.observations[1].note, "Spurious - haemolysed sample");
  EXPECT_TRUE(p.observations[2].spurious);
  EXPECT_TRUE(p.observations[3].spurious);
  EXPECT_FALSE(p.observations[4].spurious);
}

TEST(CsvReaderTest, SortsByDateKeepingInputOrderOnTies) {
  PatientRecord p = ReadOneCsv(
      "date,test,value,unit\n"
      "2024-03-10,serum_m_protein,1.0,g/dL\n"
      "2024-01-10,therapy_start,VRd,\n"
      "2024-01-10,serum_m_protein,3.0,g/dL\n"
      "2024-02-10,serum_m_protein,2.0,g/dL\n");
  ASSERT_EQ(p.observations.size(), 4u);
  EXPECT_EQ(p.observations[0].line, 3);
  EXPECT_EQ(p.observations[1].line, 4);
  EXPECT_EQ(p.observations[2].line, 5);
  EXPECT_EQ(p.observations[3].line, 2);
}

TEST(CsvReaderTest, RefBoundsUseTheRowUnit) {
  PatientRecord p = ReadOneCsv(
      "date,test,value,unit,ref_low,ref_high\n"
      "2024-01-10,kappa_flc,12,mg/dL,0.33,1.94\n"
      "2024-01-10,creatinine,88.4,umol/L,,106.1\n"
      "2024-01-10,ldh,300,U/L,,250\n"
      "2024-01-10,albumin,35,g/L,35,52\n");
  ASSERT_EQ(p.observations.size(), 4u);
  const Observation& kappa = p.observations[0];
  EXPECT_DOUBLE_EQ(kappa.value, 120);
  EXPECT_DOUBLE_EQ(*kappa.ref_low, 3.3);
  EXPECT_DOUBLE_EQ(*kappa.ref_high, 19.4);
  const Observation& creat = p.observations[1];
  EXPECT_NEAR(creat.value, 88.4 * 113.12 / 10000, 1e-12);
  EXPECT_FALSE(creat.ref_low.has_value());
  EXPECT_NEAR(*creat.ref_high, 1.2, 1e-3);
  const Observation& ldh = p.observations[2];
  EXPECT_DOUBLE_EQ(ldh.value, 300);
  EXPECT_DOUBLE_EQ(*ldh.ref_high, 250);  // kept as the upper limit of normal
  EXPECT_FALSE(ldh.ref_low.has_value());
  const Observation& alb = p.observations[3];
  EXPECT_DOUBLE_EQ(alb.value, 3.5);
  EXPECT_DOUBLE_EQ(*alb.ref_low, 3.5);
  EXPECT_DOUBLE_EQ(*alb.ref_high, 5.2);
}

TEST(CsvReaderTest, CodedCountTextAndMrdValues) {
  PatientRecord p = ReadOneCsv(
      "date,test,value,unit\n"
      "2024-01-10,serum_ife,Positive,\n"
      "2024-01-11,urine_ife,not detected,\n"
      "2024-01-12,mrd_ngf,negative,1e-5\n"
      "2024-01-13,mrd_ngs,NEG,10^-6\n"
      "2024-01-14,lytic_lesions,4,\n"
      "2024-01-15,fish,del(17p) 45%,\n"
      "2024-01-16,fish,t(11;14),\n"
      "2024-01-17,new_lesion,yes,\n");
  ASSERT_EQ(p.observations.size(), 8u);
  EXPECT_EQ(p.observations[0].value, 1);
  EXPECT_EQ(p.observations[1].value, 0);
  EXPECT_EQ(p.observations[2].value, 0);
  EXPECT_DOUBLE_EQ(*p.observations[2].sensitivity, 1e-5);
  EXPECT_DOUBLE_EQ(*p.observations[3].sensitivity, 1e-6);
  EXPECT_EQ(p.observations[4].value, 4);
  EXPECT_EQ(p.observations[5].text, "del(17p)");
  EXPECT_TRUE(p.observations[5].has_value);
  EXPECT_DOUBLE_EQ(p.observations[5].value, 45);
  EXPECT_EQ(p.observations[6].text, "t(11;14)");
  EXPECT_FALSE(p.observations[6].has_value);
  EXPECT_EQ(p.observations[7].value, 1);
}

// --- Cohorts ---------------------------------------------------------------------------------

TEST(CsvCohortTest, StreamsOnePatientAtATime) {
  std::istringstream in(
      "patient,date,test,value,unit\n"
      "A,2024-01-10,serum_m_protein,3.0,g/dL\n"
      "A,2024-02-10,serum_m_protein,2.0,g/dL\n"
      "B,2024-01-11,kappa_flc,300,mg/L\n"
      "C,2024-01-12,serum_m_protein,1.0,g/dL\n"
      "C,2024-01-13,serum_m_protein,bad,g/dL\n");
  CsvPatientReader reader(in, "cohort.csv");
  PatientRecord p;
  Result<bool> got = reader.Next(&p);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(*got);
  EXPECT_EQ(p.patient_id, "A");
  EXPECT_EQ(p.observations.size(), 2u);
  // The reader has looked one row ahead, no further: the bad row of C is not read yet.
  EXPECT_EQ(reader.rows(), 3);

  got = reader.Next(&p);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(*got);
  EXPECT_EQ(p.patient_id, "B");
  ASSERT_EQ(p.observations.size(), 1u);  // contents replaced, not appended
  EXPECT_EQ(p.observations[0].analyte, Analyte::kKappaFlc);
  EXPECT_EQ(p.observations[0].line, 4);

  got = reader.Next(&p);
  ASSERT_FALSE(got.ok());
  EXPECT_NE(got.status().ToString().find("cohort.csv:6: "), std::string::npos)
      << got.status().ToString();
}

TEST(CsvCohortTest, ReadsAllPatientsThenEnds) {
  std::istringstream in(
      "patient,date,test,value,unit\n"
      "A,2024-01-10,serum_m_protein,3.0,g/dL\n"
      "B,2024-01-11,kappa_flc,300,mg/L\n"
      "B,2024-01-12,kappa_flc,200,mg/L\n");
  CsvPatientReader reader(in, "cohort.csv");
  PatientRecord p;
  std::vector<std::string> ids;
  std::vector<size_t> sizes;
  while (true) {
    Result<bool> got = reader.Next(&p);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    if (!*got) break;
    ids.push_back(p.patient_id);
    sizes.push_back(p.observations.size());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(sizes, (std::vector<size_t>{1, 2}));
  EXPECT_EQ(reader.rows(), 3);
  // Further calls keep returning false.
  Result<bool> again = reader.Next(&p);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);
}

TEST(CsvCohortTest, HeaderOnlyHasNoPatient) {
  std::istringstream in("# nothing yet\ndate,test,value,unit\n\n");
  CsvPatientReader reader(in, "h.csv");
  PatientRecord p;
  Result<bool> got = reader.Next(&p);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_FALSE(*got);
  EXPECT_EQ(reader.rows(), 0);
}

// --- Bad input ---------------------------------------------------------------------------------

struct BadCase {
  std::string name;
  std::string csv;
  int line;           // 0: no line number expected
  std::string cause;  // substring of the cause
  std::string hint;   // substring of the hint
};

class CsvBadInputTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(CsvBadInputTest, RefusedWithLocationCauseAndHint) {
  const BadCase& c = GetParam();
  Result<std::vector<PatientRecord>> r = ReadCsvText(c.csv, "labs.csv");
  ASSERT_FALSE(r.ok()) << c.name;
  const Status s = r.status();
  const std::string msg = s.ToString();
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << msg;
  EXPECT_NE(msg.find("labs.csv"), std::string::npos) << msg;
  if (c.line > 0) {
    EXPECT_EQ(s.where().line, c.line) << msg;
    EXPECT_EQ(msg.rfind("labs.csv:" + std::to_string(c.line) + ": ", 0), 0u) << msg;
  }
  EXPECT_NE(s.cause().find(c.cause), std::string::npos) << "cause: " << s.cause();
  EXPECT_FALSE(s.hint().empty()) << msg;
  EXPECT_NE(s.hint().find(c.hint), std::string::npos) << "hint: " << s.hint();
  EXPECT_NE(msg.find(" Hint: "), std::string::npos) << msg;
}

const std::string kHeader = "date,test,value,unit\n";
const std::string kRow = "2024-01-10,serum_m_protein,3.0,g/dL\n";

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvBadInputTest,
    ::testing::Values(
        BadCase{"impossible_date", kHeader + kRow + "2024-02-30,serum_m_protein,3,g/dL\n", 3,
                "date '2024-02-30' is not a valid date", "YYYY-MM-DD"},
        BadCase{"ambiguous_slashed_date", kHeader + "03/05/2024,serum_m_protein,3,g/dL\n", 2,
                "date '03/05/2024' could be 3 May 2024 (day first) or March 5, 2024",
                "--date-order dmy"},
        BadCase{"bad_time", kHeader + "2024-03-05T25:00,serum_m_protein,3,g/dL\n", 2,
                "'2024-03-05T25:00'", "time part"},
        BadCase{"empty_date", kHeader + ",serum_m_protein,3,g/dL\n", 2, "date ''", "YYYY-MM-DD"},
        BadCase{"not_a_number", kHeader + "2024-01-10,serum_m_protein,abc,g/dL\n", 2,
                "serum_m_protein 'abc' is not a number", "decimal number"},
        BadCase{"below_zero_limit", kHeader + "2024-01-10,serum_m_protein,<0,g/dL\n", 2,
                "'<0' is below zero", "write 0"},
        BadCase{"limit_without_number", kHeader + "2024-01-10,kappa_flc,>high,mg/L\n", 2,
                "'>high' is not a number", "limit sign"},
        BadCase{"decimal_comma", kHeader + "2024-01-10,serum_m_protein,\"3,1\",g/dL\n", 2,
                "'3,1' is not a number", "'.'"},
        BadCase{"negative", kHeader + "2024-01-10,kappa_flc,-4,mg/L\n", 2,
                "kappa_flc -4 is negative", "below zero"},
        BadCase{"missing_unit", kHeader + "2024-01-10,serum_m_protein,3,\n", 2,
                "serum_m_protein has no unit", "g/dl"},
        BadCase{"unknown_unit", kHeader + "2024-01-10,serum_m_protein,3,mg\n", 2,
                "unit 'mg' is not a unit for serum_m_protein", "g/dl, g/l"},
        BadCase{"flc_unit_for_urine", kHeader + "2024-01-10,urine_m_protein,3,mg/L\n", 2,
                "unit 'mg/L' is not a unit for urine_m_protein", "mg/24h"},
        BadCase{"unit_on_count", kHeader + "2024-01-10,lytic_lesions,3,mm\n", 2,
                "unit 'mm' is not a unit for lytic_lesions", "count"},
        BadCase{"fractional_count", kHeader + "2024-01-10,lytic_lesions,2.5,\n", 2,
                "not a whole number", "lesions"},
        BadCase{"unknown_column", "date,test,value,unit,comment\n" + kRow, 1,
                "unknown column 'comment'", "ref_low"},
        BadCase{"missing_unit_column", "date,test,value\n2024-01-10,serum_ife,positive\n", 1,
                "no 'unit' column", "date,test,value,unit"},
        BadCase{"duplicate_column", "date,test,value,unit,Date\n" + kRow, 1,
                "column 'date' appears twice", "once"},
        BadCase{"missing_date_column", "patient,test,value,unit\nP,serum_ife,positive,\n", 1,
                "no 'date' column", "date,test,value,unit"},
        BadCase{"too_many_fields", kHeader + kRow + "2024-01-10,therapy_start,VRd,cycle 1,x\n", 3,
                "expected 4 fields, found 5", "quote a field"},
        BadCase{"too_few_fields", kHeader + "2024-01-10,serum_m_protein,3\n", 2,
                "expected 4 fields, found 3", "quote"},
        BadCase{"unterminated_quote", kHeader + kRow + "2024-01-10,therapy_start,\"VRd,\n", 3,
                "quoted field is not closed", "same line"},
        BadCase{"text_after_quote", kHeader + "2024-01-10,therapy_start,\"VRd\"x,\n", 2,
                "after a closing quote", "\"\""},
        BadCase{"patient_reappears",
                "patient,date,test,value,unit\n"
                "A,2024-01-10,serum_m_protein,3,g/dL\n"
                "B,2024-01-10,serum_m_protein,3,g/dL\n"
                "\n"
                "A,2024-02-10,serum_m_protein,2,g/dL\n",
                5, "patient 'A' appears again", "group each patient's rows"},
        BadCase{"empty_patient", "patient,date,test,value,unit\n,2024-01-10,serum_ife,pos,\n", 2,
                "patient field is empty", "patient id"},
        BadCase{"empty_file", "", 0, "labs.csv is empty", "header line"},
        BadCase{"only_comments", "# nothing\n\n", 0, "is empty", "header"},
        BadCase{"bad_coded_value", kHeader + "2024-01-10,serum_ife,maybe,\n", 2,
                "'maybe' is not an immunofixation result", "positive or negative"},
        BadCase{"bad_clonality", kHeader + "2024-01-10,bm_clonality,positive-ish,\n", 2,
                "is not a result for bm_clonality", "present or absent"},
        BadCase{"bad_mrd_sensitivity", kHeader + "2024-01-10,mrd_ngf,negative,1e5\n", 2,
                "MRD sensitivity '1e5'", "1e-5"},
        BadCase{"mrd_sensitivity_text", kHeader + "2024-01-10,mrd_ngs,negative,deep\n", 2,
                "MRD sensitivity 'deep'", "10^-5"},
        BadCase{"bad_fish", kHeader + "2024-01-10,fish,del(99q),\n", 2, "FISH result 'del(99q)'",
                "del(17p)"},
        BadCase{"bad_fish_fraction", kHeader + "2024-01-10,fish,del(17p) 145%,\n", 2,
                "clonal fraction", "45%"},
        BadCase{"empty_fish", kHeader + "2024-01-10,fish,,\n", 2, "fish has an empty value",
                "none detected"},
        BadCase{"empty_regimen", kHeader + "2024-01-10,therapy_start,,\n", 2,
                "therapy_start has an empty value", "VRd"},
        BadCase{"plasma_cells_over_100", kHeader + "2024-01-10,bm_plasma_cells,120,%\n", 2,
                "bm_plasma_cells 120% is above 100%", "nucleated cells"},
        BadCase{"bad_ref_low", "date,test,value,unit,ref_low\n2024-01-10,kappa_flc,3,mg/L,n/a\n", 2,
                "ref_low 'n/a' is not a number", "decimal"},
        BadCase{"ref_on_coded", "date,test,value,unit,ref_high\n2024-01-10,serum_ife,positive,,1\n",
                2, "ref_high is given for serum_ife", "leave ref_high empty"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return info.param.name; });

}  // namespace
}  // namespace oncoguide::testing
