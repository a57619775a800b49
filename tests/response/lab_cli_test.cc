// End-to-end tests of the lab-only reading through the executable: `assess --criteria
// IMWG-2016-lab` in every format, `--criteria list`, `--visit-window`, the strict default, and
// `ask --records` showing both readings. Above all: no output can pass a lab-only call off as a
// strict IMWG category.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "../cli/run_oncoguide.h"

namespace {

using oncoguide::testing::RunOncoguide;
using oncoguide::testing::RunResult;

const std::string kExample = std::string(ONCOGUIDE_TEST_DATA_DIR) + "/lab_histories/example.csv";

// Every string value anywhere in `j`.
void Strings(const nlohmann::json& j, std::set<std::string>* out) {
  if (j.is_string()) out->insert(j.get<std::string>());
  if (j.is_object() || j.is_array()) {
    for (const auto& v : j) Strings(v, out);
  }
}

TEST(LabCli, JsonNamesTheReadingAndNeverAStrictCategory) {
  RunResult r = RunOncoguide("assess --criteria IMWG-2016-lab --format json " + kExample);
  ASSERT_EQ(r.exit_code, 0);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["criteria"], "IMWG-2016-lab");
  EXPECT_EQ(j["reading"], "lab-only");
  const auto& visits = j["lines"][0]["visits"];
  ASSERT_EQ(visits.size(), 3u);
  EXPECT_EQ(visits[0]["lab_response"], "PR-lab");
  EXPECT_EQ(visits[1]["date"], "2024-05-06");
  EXPECT_EQ(visits[1]["last_date"], "2024-05-09");
  EXPECT_EQ(visits[1]["lab_response"], "CR-lab");
  EXPECT_TRUE(visits[1]["confirmed"].get<bool>());
  EXPECT_EQ(j["lines"][0]["best_confirmed_lab_response"], "CR-lab");
  EXPECT_FALSE(visits[0].contains("response"));
  std::set<std::string> strings;
  Strings(j, &strings);
  for (const char* strict : {"sCR", "CR", "VGPR", "PR", "MR", "SD", "PD", "NE"}) {
    EXPECT_EQ(strings.count(strict), 0u) << strict;
  }
}

TEST(LabCli, TextSaysLabOnlyEverywhere) {
  RunResult r = RunOncoguide("assess --criteria imwg-2016-lab " + kExample);
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("lab-only reading (IMWG-2016-lab)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("CR-lab"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("not an IMWG 2016 response category"), std::string::npos) << r.out;
}

TEST(LabCli, FhirUsesItsOwnCodeSystemAndNoMcodeOrNcitCodes) {
  RunResult r = RunOncoguide("assess --criteria IMWG-2016-lab --format fhir " + kExample);
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.find("mcode"), std::string::npos);
  EXPECT_EQ(r.out.find("ncicb.nci.nih.gov"), std::string::npos);
  EXPECT_EQ(r.out.find("97509-4"), std::string::npos);  // LOINC CancerDiseaseStatus
  const nlohmann::json b = nlohmann::json::parse(r.out);
  const auto& o = b["entry"][1]["resource"];
  EXPECT_EQ(o["valueCodeableConcept"]["coding"][0]["system"],
            "urn:oncoguide:imwg-2016-lab-response");
  EXPECT_EQ(o["valueCodeableConcept"]["coding"][0]["code"], "CR-lab");
  EXPECT_EQ(o["extension"][0]["url"], "urn:oncoguide:extension:response-reading");
  EXPECT_EQ(o["extension"][0]["valueCode"], "lab-only");
}

TEST(LabCli, StrictStaysTheDefault) {
  RunResult r = RunOncoguide("assess --format json " + kExample);
  ASSERT_EQ(r.exit_code, 0);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["criteria"], "IMWG-2016");
  EXPECT_FALSE(j.contains("reading"));
}

TEST(LabCli, ListShowsTheReadingWithItsSources) {
  RunResult r = RunOncoguide("assess --criteria list");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("IMWG-2016-lab"), std::string::npos);
  EXPECT_NE(r.out.find("RWD-derived response in multiple myeloma"), std::string::npos);
  EXPECT_NE(r.out.find("L9"), std::string::npos);
}

TEST(LabCli, VisitWindowOfOneDaySplitsVisits) {
  RunResult r =
      RunOncoguide("assess --criteria IMWG-2016-lab --visit-window 1 --format json " + kExample);
  ASSERT_EQ(r.exit_code, 0);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["visit_window_days"], 1);
  EXPECT_EQ(j["lines"][0]["visits"].size(), 6u);
}

TEST(LabCli, AskShowsBothReadingsStrictFirst) {
  RunResult r =
      RunOncoguide("ask --records " + kExample + " --today 2024-06-10 \"what is my response\"");
  ASSERT_EQ(r.exit_code, 0);
  const size_t strict = r.out.find("By IMWG 2016:");
  const size_t lab = r.out.find("What your labs alone show: complete response (lab-only)");
  ASSERT_NE(strict, std::string::npos) << r.out;
  ASSERT_NE(lab, std::string::npos) << r.out;
  EXPECT_LT(strict, lab);
  RunResult j = RunOncoguide("ask --format json --records " + kExample +
                             " --today 2024-06-10 \"what is my response\"");
  ASSERT_EQ(j.exit_code, 0);
  EXPECT_NE(j.out.find("\"lab_only_reading\""), std::string::npos) << j.out;
  EXPECT_NE(j.out.find("\"CR-lab\""), std::string::npos) << j.out;
}

}  // namespace
