// `assess --format jsonl` distributes unchanged (issue 14): a cohort split by patient over
// several processes, each reading its part on standard input, gives byte-for-byte the output of
// one process reading the whole cohort, when the parts' outputs are joined in input order (what
// `parallel --pipe --group-by ... -k` or Hadoop streaming do).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Starts `oncoguide assess --format jsonl -` with `input_path` on standard input.
FILE* StartAssess(const std::string& input_path) {
  const std::string cmd =
      std::string(ONCOGUIDE_BINARY) + " assess --format jsonl - < '" + input_path + "'";
  return popen(cmd.c_str(), "r");
}

std::string Finish(FILE* pipe, int* exit_code) {
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  *exit_code = WEXITSTATUS(pclose(pipe));
  return out;
}

TEST(JsonlSplit, ACohortSplitByPatientOverProcessesMatchesOneProcess) {
  const std::string cohort = std::string(ONCOGUIDE_TEST_DATA_DIR) + "/lab_histories/histories.csv";
  // Group the data rows by patient (the first column), keeping the header for every part.
  std::ifstream in(cohort);
  std::string line, header;
  std::vector<std::pair<std::string, std::string>> patients;  // id, rows
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header.empty()) {
      header = line + "\n";
      continue;
    }
    const std::string id = line.substr(0, line.find(','));
    if (patients.empty() || patients.back().first != id) patients.push_back({id, ""});
    patients.back().second += line + "\n";
  }
  ASSERT_GE(patients.size(), 6u);

  int code = 0;
  const std::string whole = Finish(StartAssess(cohort), &code);
  ASSERT_EQ(code, 0);
  ASSERT_FALSE(whole.empty());

  // Three parts of whole patients, run at the same time.
  constexpr int kParts = 3;
  std::vector<std::string> paths;
  for (int p = 0; p < kParts; ++p) {
    paths.push_back(testing::TempDir() + "jsonl_part_" + std::to_string(p) + ".csv");
    std::ofstream part(paths.back());
    part << header;
    for (size_t i = p * patients.size() / kParts; i < (p + 1) * patients.size() / kParts; ++i) {
      part << patients[i].second;
    }
  }
  std::vector<FILE*> running;
  for (const std::string& path : paths) running.push_back(StartAssess(path));
  std::string joined;
  for (FILE* f : running) {
    joined += Finish(f, &code);
    EXPECT_EQ(code, 0);
  }
  EXPECT_EQ(joined, whole);
  // One line per patient.
  EXPECT_EQ(static_cast<size_t>(std::count(whole.begin(), whole.end(), '\n')), patients.size());
}

}  // namespace
