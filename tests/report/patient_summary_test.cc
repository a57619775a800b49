// The personal section from a patient's result: follow-up timing against an injected `today`,
// and the response / stage fields taken from the result.
#include "oncoguide/report/patient_summary.h"

#include <gtest/gtest.h>

#include "../pipeline/pipeline_test_util.h"

namespace oncoguide::report {
namespace {

using testing::Obs;

pipeline::PatientResult Record() {
  return pipeline::ComputePatientResult(testing::TreatedRecord());
}

TEST(PersonalTest, FollowUpOverdueAfterThreeMonths) {
  PersonalSection recent = Summarize(Record(), *Date::Parse("2024-05-01"));
  ASSERT_TRUE(recent.last_test_date.has_value());
  EXPECT_EQ(recent.last_test_date->ToString(), "2024-04-01");
  EXPECT_EQ(recent.days_since_last_test, 30);
  EXPECT_FALSE(recent.follow_up_overdue);
  PersonalSection late = Summarize(Record(), *Date::Parse("2024-07-03"));
  EXPECT_EQ(late.days_since_last_test, 93);
  EXPECT_TRUE(late.follow_up_overdue);
}

TEST(PersonalTest, ResponseAndStageComeFromTheResult) {
  PersonalSection p = Summarize(Record(), *Date::Parse("2024-05-01"));
  EXPECT_EQ(p.regimen, "VRd");
  ASSERT_TRUE(p.current_response.has_value());
  EXPECT_EQ(p.current_response_date->ToString(), "2024-04-01");
  EXPECT_FALSE(p.key_numbers.empty());
  // ISS I: b2m < 3.5 mg/L and albumin >= 3.5 g/dL.
  ASSERT_TRUE(p.stage.has_value());
  EXPECT_EQ(p.stage->rfind("ISS I", 0), 0u);
  nlohmann::json j = ToJson(p);
  EXPECT_EQ(j["follow_up_overdue"], false);
  EXPECT_EQ(j["last_test_date"], "2024-04-01");
}

}  // namespace
}  // namespace oncoguide::report
