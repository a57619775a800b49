// Search index directories (src/kb/index_dir.h): removed by their owner, and by the next index
// when their owner was killed; never one that a living process still uses.
#include "../../src/kb/index_dir.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

namespace oncoguide::kb::internal {
namespace {

namespace fs = std::filesystem;

// A private TMPDIR for one test, restored and removed at the end.
class PrivateTmp {
 public:
  PrivateTmp() {
    std::string t = (fs::temp_directory_path() / "index-dir-test-XXXXXX").string();
    dir_ = mkdtemp(t.data());
    const char* old = std::getenv("TMPDIR");
    if (old != nullptr) old_ = old;
    setenv("TMPDIR", dir_.c_str(), 1);
  }
  ~PrivateTmp() {
    if (old_.empty()) {
      unsetenv("TMPDIR");
    } else {
      setenv("TMPDIR", old_.c_str(), 1);
    }
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
  std::string old_;
};

fs::path MakeDir(const fs::path& tmp, const std::string& name, bool lock_file) {
  const fs::path d = tmp / name;
  fs::create_directories(d / "db");
  std::ofstream(d / "db" / "postlist.glass") << "x";
  if (lock_file) std::ofstream(d / kIndexLockFile) << "";
  return d;
}

int CountIndexDirs(const fs::path& tmp) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(tmp)) {
    n += e.path().filename().string().starts_with("oncoguide-ask-");
  }
  return n;
}

TEST(IndexDir, CreatedLockedAndRemovedByItsOwner) {
  PrivateTmp tmp;
  fs::path made;
  {
    Result<std::unique_ptr<IndexDir>> d = IndexDir::Create();
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    made = (*d)->path();
    EXPECT_EQ(made.parent_path(), tmp.dir());
    EXPECT_TRUE(fs::exists(made / kIndexLockFile));
    // Its lock is held: another look at it finds it owned.
    EXPECT_EQ(RemoveAbandonedIndexDirs(tmp.dir()), 0);
    EXPECT_TRUE(fs::exists(made));
  }
  EXPECT_FALSE(fs::exists(made));
}

TEST(IndexDir, AbandonedDirectoriesAreRemovedOthersKept) {
  PrivateTmp tmp;
  const fs::path free_lock = MakeDir(tmp.dir(), "oncoguide-ask-free01", true);
  const fs::path held = MakeDir(tmp.dir(), "oncoguide-ask-held01", true);
  const fs::path fresh = MakeDir(tmp.dir(), "oncoguide-ask-fresh1", false);
  const fs::path old = MakeDir(tmp.dir(), "oncoguide-ask-old001", false);
  const fs::path other = MakeDir(tmp.dir(), "another-program-dir", true);
  fs::last_write_time(old, fs::file_time_type::clock::now() - std::chrono::hours(3));
  // A living owner's lock (another open file description: flock locks conflict even within
  // one process).
  const int fd = open((held / kIndexLockFile).c_str(), O_RDWR);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(flock(fd, LOCK_EX | LOCK_NB), 0);

  EXPECT_EQ(RemoveAbandonedIndexDirs(tmp.dir()), 2);
  EXPECT_FALSE(fs::exists(free_lock));
  EXPECT_FALSE(fs::exists(old));
  EXPECT_TRUE(fs::exists(held));
  EXPECT_TRUE(fs::exists(fresh));  // no lock file yet, but new: perhaps being created
  EXPECT_TRUE(fs::exists(other));
  close(fd);
}

// Regression: a process killed while its index existed left the directory behind for good
// (3,473 of them, 1.3 GB, on one machine). The next index removes it.
TEST(IndexDir, KilledOwnersDirectoryIsRemovedByTheNextIndex) {
  PrivateTmp tmp;
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    Result<std::unique_ptr<IndexDir>> d = IndexDir::Create();
    if (!d.ok()) _exit(1);
    (void)d->release();  // no destructor runs: as when the process is killed
    _exit(0);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_EQ(CountIndexDirs(tmp.dir()), 1);

  Result<std::unique_ptr<IndexDir>> next = IndexDir::Create();
  ASSERT_TRUE(next.ok()) << next.status().ToString();
  EXPECT_EQ(CountIndexDirs(tmp.dir()), 1);  // only the new one
  EXPECT_TRUE(fs::exists((*next)->path()));
}

}  // namespace
}  // namespace oncoguide::kb::internal
