// A temporary directory for tests that need real files, removed with everything in it.
#ifndef ONCOGUIDE_TESTS_COMMON_TEMP_DIR_H_
#define ONCOGUIDE_TESTS_COMMON_TEMP_DIR_H_

#include <stdlib.h>  // mkdtemp

#include <filesystem>
#include <fstream>
#include <string>

namespace oncoguide::testing {

// A fresh directory under the system's temporary folder (mkdtemp: unique per process and test),
// e.g.  TempDir dir;  const std::string f = dir.Write("labs.json", text);
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "oncoguide-test-XXXXXX").string();
    if (mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to the file `name` in the directory and returns its path.
  std::string Write(const std::string& name, const std::string& content) const {
    std::ofstream(File(name), std::ios::binary) << content;
    return File(name);
  }

 private:
  std::string path_;
};

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_COMMON_TEMP_DIR_H_
