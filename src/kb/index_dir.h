// The private temporary directory a search index lives in (search_index.h), removed when its
// owner ends, and by the next index built when its owner died without removing it.
//
// Each `ask` and each server start builds its Xapian index in <tmp>/oncoguide-ask-XXXXXX. A
// process killed (SIGKILL, a crash, Ctrl-C without cleanup) left it behind: one developer
// machine held 3,473 of them (388 KB each, 1.3 GB). The directory now holds a lock file that its
// owner keeps locked (flock) while it lives; a directory whose lock is free belongs to no one.
#ifndef ONCOGUIDE_SRC_KB_INDEX_DIR_H_
#define ONCOGUIDE_SRC_KB_INDEX_DIR_H_

#include <filesystem>
#include <memory>

#include "oncoguide/common/status.h"

namespace oncoguide::kb::internal {

class IndexDir {
 public:
  // Removes the abandoned index directories under the temporary directory, then creates this
  // process's own, locked. An IoError when no directory can be created (TMPDIR not writable).
  static Result<std::unique_ptr<IndexDir>> Create();
  ~IndexDir();  // removes the directory and releases its lock
  IndexDir(const IndexDir&) = delete;
  IndexDir& operator=(const IndexDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  IndexDir(std::filesystem::path path, int lock_fd) : path_(std::move(path)), lock_fd_(lock_fd) {}
  std::filesystem::path path_;
  int lock_fd_ = -1;
};

// The name of the lock file inside an index directory.
inline constexpr const char* kIndexLockFile = "owner.lock";

// Removes the oncoguide-ask-* directories under `tmp` that no living process owns: their lock
// file is not locked, or (directories made before the lock existed) they have none and were
// last changed more than an hour ago. Returns how many were removed.
int RemoveAbandonedIndexDirs(const std::filesystem::path& tmp);

}  // namespace oncoguide::kb::internal

#endif  // ONCOGUIDE_SRC_KB_INDEX_DIR_H_
