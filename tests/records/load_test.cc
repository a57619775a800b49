// Tests for format detection, LoadRecords and ForEachPatient on fixture files.
#include "oncoguide/records/load.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "records_test_util.h"

namespace oncoguide::testing {

using records::Analyte;
using records::ForEachPatient;
using records::PatientRecord;
using records::RecordFormat;

namespace {

struct FormatCase {
  std::string content;
  RecordFormat format;
};

class DetectFormatTest : public ::testing::TestWithParam<FormatCase> {};

TEST_P(DetectFormatTest, DetectsByContent) {
  EXPECT_EQ(records::DetectFormat(GetParam().content), GetParam().format) << GetParam().content;
}

INSTANTIATE_TEST_SUITE_P(
    Contents, DetectFormatTest,
    ::testing::Values(FormatCase{"{\"resourceType\":\"Bundle\"}", RecordFormat::kFhir},
                      FormatCase{"  \r\n\t{", RecordFormat::kFhir},
                      FormatCase{"\xEF\xBB\xBF{\"resourceType\":\"Bundle\"}", RecordFormat::kFhir},
                      FormatCase{"\xEF\xBB\xBF\n  {", RecordFormat::kFhir},
                      FormatCase{"date,test,value,unit\n", RecordFormat::kCsv},
                      FormatCase{"\xEF\xBB\xBF"
                                 "date,test,value,unit\n",
                                 RecordFormat::kCsv},
                      FormatCase{"# {comment}\ndate,test,value,unit\n", RecordFormat::kCsv},
                      FormatCase{"", RecordFormat::kCsv}, FormatCase{"   ", RecordFormat::kCsv}));

TEST(LoadRecordsTest, CohortCsvOnePatientEachInFileOrder) {
  Result<std::vector<PatientRecord>> r = records::LoadRecords(DataPath("cohort.csv"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 3u);
  const PatientRecord& p1 = (*r)[0];
  EXPECT_EQ(p1.patient_id, "P001");
  EXPECT_EQ(p1.source, DataPath("cohort.csv"));
  ASSERT_EQ(p1.observations.size(), 4u);
  EXPECT_EQ(p1.observations[0].analyte, Analyte::kTherapyStart);
  EXPECT_EQ(p1.observations[1].note, "baseline");
  EXPECT_DOUBLE_EQ(p1.observations[3].value, 120);
  EXPECT_DOUBLE_EQ(*p1.observations[3].ref_high, 19.4);
  const PatientRecord& p2 = (*r)[1];
  EXPECT_EQ(p2.patient_id, "P002");
  ASSERT_EQ(p2.observations.size(), 3u);
  EXPECT_EQ(p2.observations[2].analyte, Analyte::kKappaFlc);
  EXPECT_EQ(p2.observations[2].note, "repeat, same lab");
  EXPECT_EQ(p2.observations[2].line, 10);
  const PatientRecord& p3 = (*r)[2];
  EXPECT_EQ(p3.patient_id, "P003");
  ASSERT_EQ(p3.observations.size(), 1u);
  EXPECT_EQ(p3.observations[0].analyte, Analyte::kUrineMProtein);
  EXPECT_DOUBLE_EQ(p3.observations[0].value, 800);
}

TEST(LoadRecordsTest, BomAndCrlfCsv) {
  Result<std::vector<PatientRecord>> r = records::LoadRecords(DataPath("bom_crlf.csv"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  ASSERT_EQ((*r)[0].observations.size(), 2u);
  EXPECT_EQ((*r)[0].observations[1].analyte, Analyte::kSerumIfe);
}

TEST(LoadRecordsTest, FhirBundle) {
  Result<std::vector<PatientRecord>> r = records::LoadRecords(DataPath("bundle.json"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  const PatientRecord& p = (*r)[0];
  EXPECT_TRUE(p.from_fhir);
  EXPECT_EQ(p.patient_id, "mm-17");
  ASSERT_EQ(p.observations.size(), 5u);
  EXPECT_EQ(p.observations[0].text, "del(17p)");
  EXPECT_EQ(p.observations[1].text, "t(4;14)");
  EXPECT_DOUBLE_EQ(p.observations[2].value, 2.8);
  EXPECT_EQ(p.observations[3].analyte, Analyte::kTherapyStart);
  EXPECT_EQ(p.observations[3].text, "Daratumumab + Lenalidomide");
  EXPECT_EQ(p.observations[4].date, D("2024-03-01"));
  EXPECT_EQ(p.ignored.size(), 2u);
}

TEST(LoadRecordsTest, FhirFileNamedCsvIsReadAsFhir) {
  Result<std::vector<PatientRecord>> r = records::LoadRecords(DataPath("fhir_named.csv"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_TRUE((*r)[0].from_fhir);
  EXPECT_EQ((*r)[0].observations.size(), 5u);
}

TEST(LoadRecordsTest, SingleObservationWithLeadingBlankLine) {
  Result<std::vector<PatientRecord>> r = records::LoadRecords(DataPath("observation.json"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].patient_id, "solo");
  ASSERT_EQ((*r)[0].observations.size(), 1u);
  EXPECT_DOUBLE_EQ((*r)[0].observations[0].value, 42);
}

TEST(LoadRecordsTest, FhirWithByteOrderMark) {
  Result<std::vector<PatientRecord>> r = records::LoadRecords(DataPath("bom.json"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_TRUE((*r)[0].from_fhir);
  ASSERT_EQ((*r)[0].observations.size(), 1u);
}

struct LoadErrorCase {
  std::string file;
  std::string location;  // prefix of ToString() after the path
  std::string cause;
  StatusCode code;
};

class LoadErrorTest : public ::testing::TestWithParam<LoadErrorCase> {};

TEST_P(LoadErrorTest, RefusesWholeFile) {
  const LoadErrorCase& c = GetParam();
  const std::string path = DataPath(c.file);
  Result<std::vector<PatientRecord>> r = records::LoadRecords(path);
  ASSERT_FALSE(r.ok()) << c.file;
  const std::string msg = r.status().ToString();
  EXPECT_EQ(r.status().code(), c.code) << msg;
  EXPECT_EQ(msg.rfind(path + c.location, 0), 0u) << msg;
  EXPECT_NE(msg.find(c.cause), std::string::npos) << msg;
  EXPECT_NE(msg.find(" Hint: "), std::string::npos) << msg;
}

INSTANTIATE_TEST_SUITE_P(
    Files, LoadErrorTest,
    ::testing::Values(LoadErrorCase{"empty.csv", "", "is empty", StatusCode::kInvalidArgument},
                      LoadErrorCase{"header_only.csv", "", "has a header but no data rows",
                                    StatusCode::kInvalidArgument},
                      LoadErrorCase{"reappear.csv", ":4: ", "patient 'A' appears again",
                                    StatusCode::kInvalidArgument},
                      LoadErrorCase{"bad_bundle.json",
                                    ": Bundle.entry[0].resource.valueQuantity.unit: ",
                                    "has no unit", StatusCode::kInvalidArgument}));

TEST(LoadRecordsTest, MissingFileIsNotFound) {
  Result<std::vector<PatientRecord>> r = records::LoadRecords(DataPath("no_such_file.csv"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().ToString().find("cannot open '" + DataPath("no_such_file.csv") + "'"),
            std::string::npos)
      << r.status().ToString();
}

TEST(ForEachPatientTest, StreamsPatientsInOrder) {
  std::vector<std::string> ids;
  Status s = ForEachPatient(DataPath("cohort.csv"), [&](PatientRecord&& p) {
    ids.push_back(p.patient_id);
    EXPECT_FALSE(p.observations.empty());
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(ids, (std::vector<std::string>{"P001", "P002", "P003"}));
}

TEST(ForEachPatientTest, SinkErrorStopsReading) {
  int calls = 0;
  Status s = ForEachPatient(DataPath("cohort.csv"), [&](PatientRecord&&) {
    ++calls;
    return calls == 2 ? Status::Invalid("stop here") : Status::Ok();
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.cause(), "stop here");
  EXPECT_EQ(calls, 2);
}

TEST(ForEachPatientTest, PatientsBeforeAnErrorAreDelivered) {
  std::vector<std::string> ids;
  Status s = ForEachPatient(DataPath("reappear.csv"), [&](PatientRecord&& p) {
    ids.push_back(p.patient_id);
    return Status::Ok();
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"A"}));
  EXPECT_EQ(s.where().line, 4);
}

TEST(ForEachPatientTest, FhirIsOnePatient) {
  int calls = 0;
  Status s = ForEachPatient(DataPath("fhir_named.csv"), [&](PatientRecord&& p) {
    ++calls;
    EXPECT_TRUE(p.from_fhir);
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace oncoguide::testing
