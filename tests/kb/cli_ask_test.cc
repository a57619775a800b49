// The `oncoguide ask` command line: JSON output, and bad input refused on stderr with a
// non-zero exit and nothing on stdout.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct CliRun {
  int exit_code;
  std::string out;
};

CliRun Ask(const std::string& args) {
  std::string cmd = std::string(ONCOGUIDE_BINARY) + " ask " + args + " 2>/dev/null";
  CliRun r{0, ""};
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

TEST(CliAskTest, JsonAnswer) {
  CliRun r = Ask("--format json \"what is VGPR\"");
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["kind"], "answer");
  EXPECT_EQ(j["topic"], "vgpr");
  EXPECT_FALSE(j["sources"].empty());
  EXPECT_TRUE(j["personal"].is_null());
}

TEST(CliAskTest, TextAnswerHasSections) {
  CliRun r = Ask("\"what is MRD\"");
  ASSERT_EQ(r.exit_code, 0);
  for (const char* h : {"Answer", "Why it matters", "What happens next",
                        "Questions to ask your care team", "Sources", "not medical advice"}) {
    EXPECT_NE(r.out.find(h), std::string::npos) << h;
  }
}

TEST(CliAskTest, GeneralAnswersInviteRecords) {
  CliRun r = Ask("\"what is MRD\"");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--records"), std::string::npos) << r.out;
  CliRun e = Ask("\"i have a fever of 39 and chills\"");
  EXPECT_EQ(e.out.find("--records"), std::string::npos) << e.out;
}

TEST(CliAskTest, BadInputIsRefused) {
  for (const char* args : {"\"   \"", "--knowledge /nonexistent \"what is VGPR\""}) {
    CliRun r = Ask(args);
    EXPECT_NE(r.exit_code, 0) << args;
    EXPECT_TRUE(r.out.empty()) << args << ": " << r.out;
  }
}

// Regression (issue 9): `ask --records BAD_FILE "<emergency>"` printed only the parse error.
// Triage and the answer come first; the records error follows on stderr; the exit code is 1.
TEST(CliAskTest, RecordsErrorNeverHidesTheEmergencyReply) {
  const std::string both = " 2>&1";
  for (const char* q : {"\"i have a fever of 39 and chills\"", "\"i dont want to live anymore\"",
                        "\"what is my response\""}) {
    std::string cmd =
        std::string(ONCOGUIDE_BINARY) + " ask --records /nonexistent/labs.csv " + q + both;
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int status = pclose(p);
    EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 1) << q;
    const size_t error = out.find("could not be read");
    ASSERT_NE(error, std::string::npos) << q << ": " << out;
    const size_t reply = out.find("not medical advice");
    ASSERT_NE(reply, std::string::npos) << q << ": " << out;
    EXPECT_LT(reply, error) << q;
  }
  CliRun fever = Ask("--records /nonexistent/labs.csv \"i have a fever of 39 and chills\"");
  EXPECT_NE(fever.out.find("Call 911"), std::string::npos) << fever.out;
  CliRun crisis = Ask("--records /nonexistent/labs.csv \"i dont want to live anymore\"");
  EXPECT_NE(crisis.out.find("988"), std::string::npos) << crisis.out;
}

}  // namespace

namespace {

// `ask --records FILE QUESTION` (text) from the repository's example records.
std::string AskRecords(const std::string& file, const std::string& question,
                       const std::string& extra = "") {
  return Ask(extra + "--records " + std::string(ONCOGUIDE_EXAMPLES_DIR) + "/../" + file +
             " --today 2024-11-01 \"" + question + "\"")
      .out;
}

const char* const kProgression = "tests/kb/data/records/light_chain_progression.csv";

// The JSON reply (text output wraps lines, so phrases are checked in JSON).
nlohmann::json AskJson(const std::string& file, const std::string& question) {
  return nlohmann::json::parse(AskRecords(file, question, "--format json "));
}
std::string Lead(const nlohmann::json& j) { return j["personal"]["lead"].get<std::string>(); }

// Issue 9: a personal question leads with the person's own answer, then the explanation.
TEST(CliAskTest, PersonalAnswerLeadsWithTheirOwnResponse) {
  const std::string out = AskRecords("examples/patient.csv", "what is my response?");
  const size_t lead = out.find("Your answer");
  const size_t general = out.find("\nAnswer\n");
  ASSERT_NE(lead, std::string::npos) << out;
  ASSERT_NE(general, std::string::npos) << out;
  EXPECT_LT(lead, general);
  const auto j = AskJson("examples/patient.csv", "what is my response?");
  EXPECT_EQ(j["topic"], "my-response");
  const std::string first = Lead(j);
  EXPECT_EQ(first.find("Your latest response by IMWG 2016 is PR"), 0u) << first;
  EXPECT_NE(first.find("Dara-Pd (second line of treatment)"), std::string::npos) << first;
  EXPECT_NE(first.find("1.3 g/dL before Dara-Pd to 0.3 g/dL"), std::string::npos) << first;
  EXPECT_NE(first.find("down 77%"), std::string::npos) << first;
  // The lab-only reading beside the strict one, labelled.
  EXPECT_NE(first.find("IMWG-2016-lab"), std::string::npos) << first;
}

// Issue 9: the trend is measured from the lowest value (nadir), not only first to last.
TEST(CliAskTest, TrendIsMeasuredFromTheNadir) {
  const std::string rising = Lead(AskJson(kProgression, "are my numbers going up?"));
  EXPECT_EQ(rising.find("Your free kappa light chains: 820 mg/L on 2024-01-10 (baseline)"), 0u)
      << rising;
  EXPECT_NE(rising.find("up 345 mg/L (767%) from your lowest value, 45 mg/L on 2024-07-15"),
            std::string::npos)
      << rising;
  EXPECT_NE(rising.find("52% below your baseline"), std::string::npos) << rising;
  const std::string falling = Lead(AskJson("examples/patient.csv", "are my numbers going up?"));
  EXPECT_NE(falling.find("Your latest value is the lowest so far"), std::string::npos) << falling;
}

// Regression (issue 9): a confirmed progression was shown as "not yet confirmed". It is said
// plainly and kindly, with the questions for what comes next, and no decision.
TEST(CliAskTest, ConfirmedProgressionIsSaidPlainly) {
  const auto j = AskJson(kProgression, "what is my response?");
  const std::string lead = Lead(j);
  EXPECT_EQ(lead.find("Your tests show the myeloma is active again"), 0u) << lead;
  EXPECT_NE(lead.find("confirmed by two tests in a row, starting on 2024-09-15"), std::string::npos)
      << lead;
  EXPECT_NE(j["questions_to_ask"].dump().find("What are my options now"), std::string::npos);
  const std::string out = AskRecords(kProgression, "what is my response?");
  EXPECT_EQ(out.find("(not yet confirmed) during VRd"), std::string::npos) << out;
  EXPECT_NE(out.find("(progression\n  confirmed from 2024-09-15)"), std::string::npos) << out;
  EXPECT_NE(out.find("not medical advice"), std::string::npos) << out;
}

TEST(CliAskTest, HighRiskFromTheRecordOrWhatIsMissing) {
  const auto high = AskJson("examples/patient.csv", "am I high risk?");
  EXPECT_EQ(high["topic"], "my-high-risk");
  EXPECT_NE(Lead(high).find("your records show high-risk myeloma: t(4;14)"), std::string::npos)
      << Lead(high);
  EXPECT_NE(Lead(high).find("Not in your records: TP53"), std::string::npos) << Lead(high);
  EXPECT_FALSE(high["sources"].empty());
  const std::string missing = Lead(AskJson(kProgression, "is my myeloma high risk"));
  EXPECT_NE(missing.find("cannot tell yet"), std::string::npos) << missing;
  EXPECT_NE(missing.find("FISH (del(17p), 1q gain, del(1p32))"), std::string::npos) << missing;
}

TEST(CliAskTest, MrdFromTheRecordOrWhatIsMissing) {
  const auto neg = AskJson("examples/patient.csv", "am i mrd negative?");
  EXPECT_EQ(neg["topic"], "my-mrd");
  EXPECT_FALSE(neg["sources"].empty());
  EXPECT_NE(Lead(neg).find("your records show flow MRD-negative"), std::string::npos) << Lead(neg);
  EXPECT_NE(Lead(neg).find("has come back since then"), std::string::npos) << Lead(neg);
  const std::string none = Lead(AskJson(kProgression, "what was my MRD result"));
  EXPECT_EQ(none.find("Your records have no MRD"), 0u) << none;
}

TEST(CliAskTest, StageLeadsWithTheirStage) {
  const std::string lead = Lead(AskJson("examples/patient.csv", "what stage am I?"));
  EXPECT_EQ(
      lead.find("Your stage at diagnosis, from your records, is ISS II, R-ISS II, R2-ISS III"), 0u)
      << lead;
}

}  // namespace
