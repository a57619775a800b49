#include <fcntl.h>
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "commands.h"

namespace oncoguide::cli {

int PrintError(std::string_view command, const Status& status, int exit_code) {
  fmt::print(stderr, "oncoguide{}{}: {}\n", command.empty() ? "" : " ", command, status.ToString());
  return exit_code;
}

bool StandardOutputIsOpen() { return fcntl(1, F_GETFD) != -1 || errno != EBADF; }

void KeepStandardErrorOpen() {
  if (fcntl(2, F_GETFD) == -1 && errno == EBADF) {
    // A closed stderr would be taken by the next file opened, and error text written into it.
    const int fd = open("/dev/null", O_WRONLY);
    if (fd != -1 && fd != 2) close(fd);
  }
}

int FinishOutput(int exit_code) {
  std::cout.flush();
  const bool cout_failed = !std::cout.good();
  errno = 0;
  const bool stdout_failed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!cout_failed && !stdout_failed) return exit_code;
  const int err = errno;
  PrintError("",
             Status::IoError(fmt::format("writing the output failed{}",
                                         err != 0 ? std::string(": ") + std::strerror(err) : ""),
                             "check the free disk space, or that the program reading the output is "
                             "still running"));
  return exit_code == 0 ? 1 : exit_code;
}

}  // namespace oncoguide::cli
