#include "oncoguide/common/file.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace oncoguide {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound(fmt::format("cannot open '{}'", path),
                            "check the path and that the file is readable");
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("reading '{}' failed", path));
  return content.str();
}

}  // namespace oncoguide
