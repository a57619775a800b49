// Replays fuzz inputs without libFuzzer: runs every file named on the command line, and every
// regular file in each directory named, through LLVMFuzzerTestOneInput(). ctest uses it to
// replay fuzz/corpus/<target>/ so that each past crash stays fixed.
//
//   <target> DIR_OR_FILE...
//
// Exits 0 after running at least one input; 1 when a path is missing or nothing was run.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

bool RunFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return false;
  }
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // An exactly sized heap copy, so that AddressSanitizer sees any read past the end.
  auto copy = std::make_unique<uint8_t[]>(bytes.size() + (bytes.empty() ? 1 : 0));
  std::copy(bytes.begin(), bytes.end(), copy.get());
  LLVMFuzzerTestOneInput(copy.get(), bytes.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
    return 1;
  }
  long ran = 0;
  bool ok = true;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg = argv[i];
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<fs::path> files;
      for (const fs::directory_entry& e : fs::directory_iterator(arg, ec)) {
        if (e.is_regular_file()) files.push_back(e.path());
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& f : files) {
        if (RunFile(f)) {
          ++ran;
        } else {
          ok = false;
        }
      }
    } else if (fs::is_regular_file(arg, ec)) {
      if (RunFile(arg)) {
        ++ran;
      } else {
        ok = false;
      }
    } else {
      std::fprintf(stderr, "%s: no such file or directory\n", arg.c_str());
      ok = false;
    }
  }
  std::printf("%s: ran %ld input%s\n", argv[0], ran, ran == 1 ? "" : "s");
  if (ran == 0) std::fprintf(stderr, "no inputs to run\n");
  return ok && ran > 0 ? 0 : 1;
}
