// Index directories with an owner's lock (index_dir.h).
#include "index_dir.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <system_error>

namespace oncoguide::kb::internal {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kPrefix = "oncoguide-ask-";
// A directory without a lock file (made before locks existed, or caught between mkdtemp and the
// lock's creation) is left alone for this long.
constexpr auto kUnlockedGrace = std::chrono::hours(1);

// True when the directory `dir` has a lock file that no process holds, or has none and is old.
bool Abandoned(const fs::path& dir) {
  const fs::path lock = dir / kIndexLockFile;
  const int fd = open(lock.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::error_code ec;
    const auto changed = fs::last_write_time(dir, ec);
    return !ec && fs::file_time_type::clock::now() - changed > kUnlockedGrace;
  }
  const bool free = flock(fd, LOCK_EX | LOCK_NB) == 0;
  close(fd);  // releases the lock just taken, if any
  return free;
}

}  // namespace

int RemoveAbandonedIndexDirs(const fs::path& tmp) {
  int removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(tmp, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(kPrefix) || !it->is_directory(ec) || !Abandoned(it->path())) continue;
    std::error_code rm;
    if (fs::remove_all(it->path(), rm) > 0 && !rm) ++removed;
  }
  return removed;
}

Result<std::unique_ptr<IndexDir>> IndexDir::Create() {
  std::error_code ec;
  const fs::path tmp = fs::temp_directory_path(ec);
  if (ec) {
    return Status::IoError("cannot find a temporary directory for the search index",
                           "set TMPDIR to a writable directory");
  }
  RemoveAbandonedIndexDirs(tmp);
  std::string tmpl = (tmp / (std::string(kPrefix) + "XXXXXX")).string();
  if (mkdtemp(tmpl.data()) == nullptr) {
    return Status::IoError("cannot create a temporary directory for the search index",
                           "set TMPDIR to a writable directory");
  }
  const fs::path dir = tmpl;
  const int fd = open((dir / kIndexLockFile).c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0 || flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (fd >= 0) close(fd);
    fs::remove_all(dir, ec);
    return Status::IoError("cannot lock the search index's temporary directory",
                           "set TMPDIR to a writable local directory");
  }
  return std::unique_ptr<IndexDir>(new IndexDir(dir, fd));
}

IndexDir::~IndexDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
  if (lock_fd_ >= 0) close(lock_fd_);
}

}  // namespace oncoguide::kb::internal
