// Runs the oncoguide executable in end-to-end tests (shared by the CLI test files).
//
// Example:
//   const RunResult r = RunOncoguide("assess --format json " + path);
//   EXPECT_EQ(r.exit_code, 0);
//   nlohmann::json j = nlohmann::json::parse(r.out);
#ifndef ONCOGUIDE_TESTS_CLI_RUN_ONCOGUIDE_H_
#define ONCOGUIDE_TESTS_CLI_RUN_ONCOGUIDE_H_

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace oncoguide::testing {

struct RunResult {
  int exit_code;    // the process's exit status; -1 when it did not exit normally
  std::string out;  // everything it wrote to stdout (stderr is discarded)
};

// Runs `ONCOGUIDE_BINARY args` through the shell, so `args` may quote and redirect.
inline RunResult RunOncoguide(const std::string& args) {
  const std::string cmd = std::string(ONCOGUIDE_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return {-1, ""};
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_CLI_RUN_ONCOGUIDE_H_
