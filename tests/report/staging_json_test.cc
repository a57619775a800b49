// The staging, diagnosis and high-risk members of `assess` JSON and their plain text.
#include "oncoguide/report/staging_json.h"

#include <gtest/gtest.h>

#include "../staging/staging_test_util.h"
#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide::report {

using records::Analyte;

namespace {

using testing::Fish;
using testing::Obs;
using testing::Record;

records::Observation B2m(double v) { return Obs(Analyte::kBeta2Microglobulin, v, "mg/L"); }

TEST(StagingJson, ShapeAndNulls) {
  records::PatientRecord r = Record({B2m(3.0), Obs(Analyte::kAlbumin, 4.0, "g/dL")});
  nlohmann::json j = StagingToJson(pipeline::ComputePatientResult(r));
  ASSERT_TRUE(j.contains("staging"));
  EXPECT_EQ(j["staging"]["iss"], "I");
  EXPECT_TRUE(j["staging"]["r_iss"].is_null());
  EXPECT_TRUE(j["staging"]["r2_iss"].is_null());
  EXPECT_TRUE(j["staging"]["r2_iss_points"].is_null());
  EXPECT_EQ(j["staging"]["date"], "2024-01-10");
  EXPECT_TRUE(j["staging"]["explanation"].is_string());
  EXPECT_TRUE(j["diagnosis"]["category"].is_null());
  EXPECT_TRUE(j["diagnosis"]["events"].is_array());
  EXPECT_FALSE(j["diagnosis"]["missing"].empty());
  // No criterion met, but FISH and TP53 are missing: not known yet, and said which tests decide.
  EXPECT_TRUE(j["high_risk"]["status"].is_null());
  EXPECT_EQ(j["high_risk"]["definition"], "IMS-IMWG-2025");
  EXPECT_TRUE(j["high_risk"]["reasons"].empty());
  EXPECT_FALSE(j["high_risk"]["not_tested"].empty());
  EXPECT_EQ(j["high_risk"]["would_decide"],
            nlohmann::json::array({"FISH (del(17p), 1q gain, del(1p32))", "TP53 mutation test"}));
}

TEST(StagingJson, PointsAndText) {
  records::PatientRecord r =
      Record({B2m(6.0), Obs(Analyte::kAlbumin, 3.0, "g/dL"), Obs(Analyte::kLdh, 300, "U/L"),
              Fish("del(17p)", 60), Obs(Analyte::kCreatinine, 1.0, "mg/dL")});
  const pipeline::PatientResult s = pipeline::ComputePatientResult(r);
  nlohmann::json j = StagingToJson(s);
  EXPECT_EQ(j["staging"]["r_iss"], "III");
  EXPECT_EQ(j["staging"]["r2_iss"], "IV");
  EXPECT_DOUBLE_EQ(j["staging"]["r2_iss_points"].get<double>(), 3.5);
  EXPECT_EQ(j["high_risk"]["status"], true);
  EXPECT_EQ(j["high_risk"]["reasons"].size(), 2u);  // del(17p) 60%, b2m with normal creatinine
  const std::string text = StagingToText(s);
  EXPECT_NE(text.find("R2-ISS: IV (3.5 points)"), std::string::npos) << text;
  EXPECT_NE(text.find("High risk (IMS-IMWG-2025): yes"), std::string::npos) << text;
}

}  // namespace
}  // namespace oncoguide::report
