#include <fmt/format.h>

#include <cstdio>

#include "commands.h"

namespace oncoguide::cli {

int PrintError(std::string_view command, const Status& status, int exit_code) {
  fmt::print(stderr, "oncoguide{}{}: {}\n", command.empty() ? "" : " ", command, status.ToString());
  return exit_code;
}

}  // namespace oncoguide::cli
