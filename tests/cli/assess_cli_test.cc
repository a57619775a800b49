// End-to-end tests of the `oncoguide assess` executable: output formats, exit codes, and that bad
// input prints nothing on stdout.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct RunResult {
  int exit_code;
  std::string out;
};

RunResult RunOncoguide(const std::string& args) {
  const std::string cmd = std::string(ONCOGUIDE_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WEXITSTATUS(status), out};
}

std::string Example(const char* name) { return std::string(ONCOGUIDE_EXAMPLES_DIR) + "/" + name; }

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = testing::TempDir() + name;
  std::ofstream(path) << content;
  return path;
}

TEST(AssessCli, JsonOfExampleHasLinesAndStaging) {
  RunResult r = RunOncoguide("assess --format json " + Example("patient.csv"));
  ASSERT_EQ(r.exit_code, 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["criteria"], "IMWG-2016");
  ASSERT_EQ(j["lines"].size(), 2u);
  EXPECT_EQ(j["lines"][0]["best_response"], "sCR");
  EXPECT_EQ(j["lines"][0]["progression_date"], "2024-04-20");
  EXPECT_EQ(j["lines"][0]["mrd_status"], "flow MRD-negative");
  EXPECT_EQ(j["lines"][1]["regimen"], "Dara-Pd");
  EXPECT_EQ(j["staging"]["iss"], "II");
  EXPECT_TRUE(j["high_risk"]["status"].get<bool>());
}

TEST(AssessCli, FhirExampleReadByContent) {
  RunResult r = RunOncoguide("assess --format json " + Example("patient-fhir.json"));
  ASSERT_EQ(r.exit_code, 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["patient"], "example-1");
  EXPECT_EQ(j["lines"][0]["best_response"], "VGPR");
}

// Regression (issue 8): a cohort in FHIR was two Bundles back to back, which is not valid JSON.
// It is NDJSON: one complete Bundle per line.
TEST(AssessCli, FhirCohortWritesOneBundlePerLine) {
  const std::string path = WriteTemp("cohort-fhir.csv",
                                     "patient,date,test,value,unit\n"
                                     "A,2024-01-01,serum_m_protein,3.0,g/dL\n"
                                     "A,2024-02-01,serum_m_protein,1.0,g/dL\n"
                                     "B,2024-01-01,serum_m_protein,2.0,g/dL\n"
                                     "B,2024-02-01,serum_m_protein,2.1,g/dL\n");
  RunResult r = RunOncoguide("assess --format fhir " + path);
  ASSERT_EQ(r.exit_code, 0);
  std::istringstream lines(r.out);
  std::string a, b, extra;
  ASSERT_TRUE(std::getline(lines, a));
  ASSERT_TRUE(std::getline(lines, b));
  EXPECT_FALSE(std::getline(lines, extra));
  for (const std::string& line : {a, b}) {
    const nlohmann::json bundle = nlohmann::json::parse(line);
    EXPECT_EQ(bundle["resourceType"], "Bundle");
    EXPECT_FALSE(bundle["entry"].empty());
  }
  EXPECT_EQ(nlohmann::json::parse(a)["entry"][0]["resource"]["subject"]["reference"], "Patient/A");
  EXPECT_EQ(nlohmann::json::parse(b)["entry"][0]["resource"]["subject"]["reference"], "Patient/B");
}

TEST(AssessCli, FhirOfOnePatientIsOneIndentedBundle) {
  RunResult r = RunOncoguide("assess --format fhir " + Example("patient.csv"));
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out)["resourceType"], "Bundle");
  EXPECT_NE(r.out.find("\n  \"entry\""), std::string::npos);
}

TEST(AssessCli, JsonlWritesOnePatientPerLine) {
  const std::string path = WriteTemp("cohort.csv",
                                     "patient,date,test,value,unit\n"
                                     "A,2024-01-01,serum_m_protein,3.0,g/dL\n"
                                     "A,2024-02-01,serum_m_protein,1.0,g/dL\n"
                                     "B,2024-01-01,serum_m_protein,2.0,g/dL\n"
                                     "B,2024-02-01,serum_m_protein,2.1,g/dL\n");
  RunResult r = RunOncoguide("assess --format jsonl " + path);
  ASSERT_EQ(r.exit_code, 0);
  std::istringstream lines(r.out);
  std::string a, b, extra;
  ASSERT_TRUE(std::getline(lines, a));
  ASSERT_TRUE(std::getline(lines, b));
  EXPECT_FALSE(std::getline(lines, extra));
  EXPECT_EQ(nlohmann::json::parse(a)["patient"], "A");
  EXPECT_EQ(nlohmann::json::parse(b)["patient"], "B");
}

TEST(AssessCli, BadInputLaterInFilePrintsNothingOnStdout) {
  const std::string path = WriteTemp("bad-cohort.csv",
                                     "patient,date,test,value,unit\n"
                                     "A,2024-01-01,serum_m_protein,3.0,g/dL\n"
                                     "B,2024-01-01,serum_m_protein,2.0,g/dL\n"
                                     "A,2024-02-01,serum_m_protein,1.0,g/dL\n");
  for (const char* format : {"text", "json", "jsonl", "fhir"}) {
    RunResult r = RunOncoguide(std::string("assess --format ") + format + " " + path);
    EXPECT_NE(r.exit_code, 0) << format;
    EXPECT_EQ(r.out, "") << format;
  }
}

TEST(AssessCli, ErrorMessageNamesFileLineCauseAndHint) {
  const std::string path =
      WriteTemp("nounit.csv", "date,test,value,unit\n2024-01-01,serum_m_protein,3.0,\n");
  const std::string cmd = std::string(ONCOGUIDE_BINARY) + " assess " + path + " 2>&1 >/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf{};
  std::string err;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) err.append(buf.data(), n);
  EXPECT_NE(WEXITSTATUS(pclose(pipe)), 0);
  EXPECT_NE(err.find("nounit.csv:2: serum_m_protein has no unit"), std::string::npos) << err;
  EXPECT_NE(err.find("Hint:"), std::string::npos) << err;
}

TEST(AssessCli, UnknownCriteriaAndMissingFileFail) {
  EXPECT_NE(RunOncoguide("assess --criteria IMWG-1999 " + Example("patient.csv")).exit_code, 0);
  EXPECT_NE(RunOncoguide("assess /nonexistent/labs.csv").exit_code, 0);
  RunResult list = RunOncoguide("assess --criteria list");
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("Kumar 2016"), std::string::npos);
}

// Regression (issue 8): output that could not be written exited 0 — stdout closed (`>&-`: the
// temporary file took fd 1 and received the output), `ask` and `--criteria list` to a full disk
// (the latter aborted with an uncaught exception), and help text. Lost output never exits 0, and
// stderr says why.
struct LostOutputCase {
  const char* name;
  const char* args;      // after the binary
  const char* redirect;  // how stdout is lost
};

class LostOutput : public testing::TestWithParam<LostOutputCase> {};

TEST_P(LostOutput, ExitsNonZeroAndSaysWhy_Regression) {
  const LostOutputCase& c = GetParam();
  const std::string err = testing::TempDir() + "lost_output_" + c.name + ".err";
  // SIGPIPE is ignored so that a closed pipe is an EPIPE write error, as under many supervisors.
  const std::string script = std::string("trap \"\" PIPE; ") + ONCOGUIDE_BINARY + " " + c.args +
                             " 2>" + err + " " + c.redirect + "; echo \"rc=${PIPESTATUS[0]}\"";
  FILE* pipe = popen(("bash -c '" + script + "'").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::array<char, 4096> buf{};
  std::string text;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) text.append(buf.data(), n);
  pclose(pipe);
  EXPECT_NE(text.find("rc=1"), std::string::npos) << text;
  std::ifstream in(err);
  const std::string message((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(message.find("oncoguide: "), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Cli, LostOutput,
    testing::Values(
        LostOutputCase{"assess_full_disk", "assess " ONCOGUIDE_EXAMPLES_DIR "/patient.csv",
                       ">/dev/full"},
        LostOutputCase{"assess_closed", "assess " ONCOGUIDE_EXAMPLES_DIR "/patient.csv", ">&-"},
        LostOutputCase{"ask_full_disk", "ask \"what is vgpr\"", ">/dev/full"},
        LostOutputCase{"ask_closed", "ask \"what is vgpr\"", ">&-"},
        LostOutputCase{"criteria_list_full_disk", "assess --criteria list", ">/dev/full"},
        LostOutputCase{"help_full_disk", "--help", ">/dev/full"},
        LostOutputCase{"json_broken_pipe",
                       "assess --format json " ONCOGUIDE_TEST_DATA_DIR
                       "/lab_histories/histories.csv",
                       "| head -c 10 >/dev/null"}),
    [](const testing::TestParamInfo<LostOutputCase>& i) { return std::string(i.param.name); });

}  // namespace

namespace {

// Issue 8, case 2: a correction replaces a same-date value only with the output saying so — in
// text, JSON and the `ask` summary (the record's notes used to stop at the reader).
TEST(AssessCli, CorrectionIsShownInEveryOutput_Regression) {
  const std::string csv = WriteTemp("corrected.csv",
                                    "date,test,value,unit,note\n"
                                    "2024-01-05,therapy_start,VRd,,\n"
                                    "2024-01-02,serum_m_protein,3.0,g/dL,\n"
                                    "2024-02-05,serum_m_protein,2.4,g/dL,\n"
                                    "2024-02-05,serum_m_protein,2.1,g/dL,corrected\n");
  const RunResult text = RunOncoguide("assess " + csv);
  ASSERT_EQ(text.exit_code, 0) << text.out;
  EXPECT_NE(text.out.find("How the records were read (1):"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("replaces 2.4 g/dL"), std::string::npos) << text.out;
  const RunResult json = RunOncoguide("assess --format json " + csv);
  ASSERT_EQ(json.exit_code, 0);
  const nlohmann::json j = nlohmann::json::parse(json.out);
  ASSERT_EQ(j["reader_notes"].size(), 1u) << json.out;
  EXPECT_NE(j["reader_notes"][0].get<std::string>().find("marks it as corrected"),
            std::string::npos);
  const RunResult ask =
      RunOncoguide("ask --format json --records " + csv + " --today 2024-03-01 \"my response?\"");
  ASSERT_EQ(ask.exit_code, 0) << ask.out;
  EXPECT_NE(ask.out.find("\"line 5: serum_m_protein 2.1 g/dL on 2024-02-05 replaces 2.4 g/dL"),
            std::string::npos)
      << ask.out;
  const RunResult ask_text =
      RunOncoguide("ask --records " + csv + " --today 2024-03-01 \"my response?\"");
  EXPECT_NE(ask_text.out.find("From your file: line 5"), std::string::npos) << ask_text.out;
}

// `ask --records` reads slashed dates like `assess` does: refused when ambiguous, read with
// --date-order.
TEST(AssessCli, AskTakesTheDateOrderOfTheRecords) {
  const std::string csv = WriteTemp("slashed.csv",
                                    "date,test,value,unit\n"
                                    "05/01/2024,therapy_start,VRd,\n"
                                    "02/01/2024,serum_m_protein,3.0,g/dL\n"
                                    "05/02/2024,serum_m_protein,1.2,g/dL\n");
  const std::string ask = "ask --format json --today 2024-03-01 --records " + csv;
  const RunResult ambiguous = RunOncoguide(ask + " \"what is my response\"");
  EXPECT_EQ(ambiguous.exit_code, 1);  // the reply is printed, the records error goes to stderr
  EXPECT_TRUE(nlohmann::json::parse(ambiguous.out)["personal"].is_null()) << ambiguous.out;
  const RunResult dmy = RunOncoguide(ask + " --date-order dmy \"what is my response\"");
  ASSERT_EQ(dmy.exit_code, 0) << dmy.out;
  EXPECT_NE(dmy.out.find("2024-02-05"), std::string::npos) << dmy.out;
  EXPECT_NE(RunOncoguide(ask + " --date-order ymd \"x\"").exit_code, 0);
}

}  // namespace
