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

TEST(CliAskTest, BadInputIsRefused) {
  for (const char* args : {"\"   \"", "--records /nonexistent/labs.csv \"what is my response\"",
                           "--knowledge /nonexistent \"what is VGPR\""}) {
    CliRun r = Ask(args);
    EXPECT_NE(r.exit_code, 0) << args;
    EXPECT_TRUE(r.out.empty()) << args << ": " << r.out;
  }
}

}  // namespace
