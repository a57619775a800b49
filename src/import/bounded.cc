#include "oncoguide/import/bounded.h"

#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>

namespace oncoguide::import {
namespace {

class Writer {
 public:
  void U32(std::uint32_t v) { Raw(&v, sizeof v); }
  void F64(double v) { Raw(&v, sizeof v); }
  void Str(const std::string& s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_ += s;
  }
  std::string& out() { return out_; }

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(const std::string& in) : in_(in) {}
  bool U32(std::uint32_t* v) { return Raw(v, sizeof *v); }
  bool F64(double* v) { return Raw(v, sizeof *v); }
  bool Str(std::string* s) {
    std::uint32_t n = 0;
    if (!U32(&n) || n > in_.size() - pos_) return false;
    s->assign(in_, pos_, n);
    pos_ += n;
    return true;
  }

 private:
  bool Raw(void* p, size_t n) {
    if (in_.size() - pos_ < n) return false;
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  const std::string& in_;
  size_t pos_ = 0;
};

}  // namespace

std::string EncodeResult(const Result<Document>& r) {
  Writer w;
  if (!r.ok()) {
    w.U32(0);
    w.Str(r.status().cause());
    w.Str(r.status().hint());
    return std::move(w.out());
  }
  w.U32(1);
  const Document& d = *r;
  w.U32(static_cast<std::uint32_t>(d.warnings.size()));
  for (const std::string& s : d.warnings) w.Str(s);
  w.U32(static_cast<std::uint32_t>(d.pages.size()));
  for (const Page& p : d.pages) {
    w.U32(static_cast<std::uint32_t>(p.number));
    w.F64(p.width);
    w.F64(p.height);
    w.U32(p.ocr ? 1 : 0);
    w.Str(p.ocr_language);
    w.Str(p.ocr_model);
    w.U32(static_cast<std::uint32_t>(p.words.size()));
    for (const Word& x : p.words) {
      w.Str(x.text);
      w.F64(x.box.x0);
      w.F64(x.box.y0);
      w.F64(x.box.x1);
      w.F64(x.box.y1);
      w.F64(x.confidence);
    }
  }
  return std::move(w.out());
}

Result<Document> DecodeResult(const std::string& bytes) {
  Reader r(bytes);
  const Status broken = Status::Invalid("the file reader stopped unexpectedly");
  std::uint32_t ok = 0;
  if (!r.U32(&ok)) return broken;
  if (ok == 0) {
    std::string cause, hint;
    if (!r.Str(&cause) || !r.Str(&hint) || cause.empty()) return broken;
    return Status::Invalid(cause, hint);
  }
  Document d;
  std::uint32_t n = 0;
  if (!r.U32(&n)) return broken;
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string s;
    if (!r.Str(&s)) return broken;
    d.warnings.push_back(std::move(s));
  }
  if (!r.U32(&n)) return broken;
  for (std::uint32_t i = 0; i < n; ++i) {
    Page p;
    std::uint32_t number = 0, ocr = 0, words = 0;
    if (!r.U32(&number) || !r.F64(&p.width) || !r.F64(&p.height) || !r.U32(&ocr) ||
        !r.Str(&p.ocr_language) || !r.Str(&p.ocr_model) || !r.U32(&words)) {
      return broken;
    }
    p.number = static_cast<int>(number);
    p.ocr = ocr != 0;
    for (std::uint32_t k = 0; k < words; ++k) {
      Word w;
      double conf = 0;
      if (!r.Str(&w.text) || !r.F64(&w.box.x0) || !r.F64(&w.box.y0) || !r.F64(&w.box.x1) ||
          !r.F64(&w.box.y1) || !r.F64(&conf)) {
        return broken;
      }
      w.confidence = static_cast<float>(conf);
      p.words.push_back(std::move(w));
    }
    d.pages.push_back(std::move(p));
  }
  return d;
}

Result<Document> RunBounded(const std::function<Result<Document>()>& work, double seconds,
                            std::uint64_t memory_bytes) {
  int fds[2];
  if (pipe(fds) != 0) return work();  // no pipe: read in-process rather than fail
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return work();
  }
  if (pid == 0) {
    close(fds[0]);
#if !defined(__SANITIZE_ADDRESS__)
    // An address-space cap cannot be combined with AddressSanitizer, whose shadow memory is
    // reserved address space: under ASan (tests only) the CPU and wall-clock bounds remain.
    struct rlimit mem {
      memory_bytes, memory_bytes
    };
    setrlimit(RLIMIT_AS, &mem);
#else
    (void)memory_bytes;
#endif
    const rlim_t cpu = static_cast<rlim_t>(std::ceil(seconds)) + 1;
    struct rlimit cpu_limit {
      cpu, cpu + 1
    };
    setrlimit(RLIMIT_CPU, &cpu_limit);
    std::string out;
    try {
      out = EncodeResult(work());
    } catch (...) {
      out = EncodeResult(Status::Invalid("the file could not be read (out of memory?)"));
    }
    size_t off = 0;
    while (off < out.size()) {
      const ssize_t n = write(fds[1], out.data() + off, out.size() - off);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      off += static_cast<size_t>(n);
    }
    _exit(0);
  }
  close(fds[1]);
  std::string bytes;
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::milliseconds(static_cast<long>(seconds * 1000));
  bool timed_out = false;
  char buf[1 << 16];
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    struct pollfd pfd {
      fds[0], POLLIN, 0
    };
    const int p = poll(&pfd, 1, static_cast<int>(std::min<long>(left.count(), 1000)));
    if (p < 0 && errno == EINTR) continue;
    if (p == 0) continue;
    const ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  if (timed_out) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out || (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)) {
    return Status::Invalid(
        fmt::format("reading the file took longer than the time limit ({:.0f} s)", seconds),
        "the file may be damaged or built to overload readers; print the report to a new PDF");
  }
  if (WIFSIGNALED(status)) {
    return Status::Invalid(
        fmt::format("reading the file failed (signal {}; it may have exceeded the {} MB memory "
                    "limit)",
                    WTERMSIG(status), memory_bytes >> 20),
        "the file may be damaged or built to overload readers; print the report to a new PDF");
  }
  return DecodeResult(bytes);
}

}  // namespace oncoguide::import
