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
    std::string cmd = std::string(ONCOGUIDE_BINARY) + " ask --records /nonexistent/labs.csv " +
                      q + both;
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
