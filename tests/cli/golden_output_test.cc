// The output of `oncoguide assess` (all formats) and `oncoguide ask` on the examples stays byte
// for byte what tests/data/golden/ holds. The cases are listed in tests/data/golden/cases.tsv
// (name TAB arguments); scripts/update-golden.sh rewrites the files for an intended change.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kGoldenDir = std::string(ONCOGUIDE_TEST_DATA_DIR) + "/golden";

struct GoldenCase {
  std::string name;  // file in kGoldenDir
  std::string args;  // shell words, run from the repository root
};

std::vector<GoldenCase> LoadCases() {
  std::vector<GoldenCase> cases;
  std::ifstream in(kGoldenDir + "/cases.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    cases.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return cases;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class GoldenOutput : public testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenOutput, SameBytesAsGoldenFile) {
  const GoldenCase& c = GetParam();
  const std::string cmd = "cd '" + std::string(ONCOGUIDE_TEST_DATA_DIR) + "/../..' && '" +
                          ONCOGUIDE_BINARY + "' " + c.args + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 0) << out;
  const std::string want = ReadFile(kGoldenDir + "/" + c.name);
  ASSERT_FALSE(want.empty()) << "no golden file " << c.name;
  EXPECT_TRUE(out == want) << c.name << " differs from the golden file (oncoguide " << c.args
                           << "); got:\n"
                           << out.substr(0, 4000);
}

TEST(GoldenCases, ListIsReadable) { EXPECT_GE(LoadCases().size(), 10u); }

INSTANTIATE_TEST_SUITE_P(Examples, GoldenOutput, testing::ValuesIn(LoadCases()),
                         [](const testing::TestParamInfo<GoldenCase>& i) {
                           std::string name;
                           for (char ch : i.param.name) name += std::isalnum(ch) ? ch : '_';
                           return name;
                         });

}  // namespace
