#include "oncoguide/records/fhir_input.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "oncoguide/common/utf8.h"

namespace oncoguide::records {
namespace {

// Regular files held open between reads of the second pass; more are closed and opened again.
constexpr std::size_t kMaxOpenFiles = 32;

bool SameFile(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
         a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

// Writes all of [data, data + size) to `fd`; false with errno set on failure.
bool WriteAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// Reads exactly `size` bytes at `offset` of `fd` into `out`; false at a short read or an error.
bool ReadAllAt(int fd, std::uint64_t offset, std::size_t size, std::string* out) {
  out->resize(size);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n =
        ::pread(fd, out->data() + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Reads another stream buffer and appends every byte it hands out to a file.
class TeeBuf : public std::streambuf {
 public:
  TeeBuf(std::streambuf* source, int fd) : source_(source), fd_(fd) {}
  std::uint64_t written() const { return written_; }
  int error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (error_ != 0) return traits_type::eof();
    const std::streamsize n = source_->sgetn(chunk_, sizeof chunk_);
    if (n <= 0) return traits_type::eof();
    if (!WriteAll(fd_, chunk_, static_cast<std::size_t>(n))) {
      error_ = errno != 0 ? errno : EIO;
      return traits_type::eof();
    }
    written_ += static_cast<std::uint64_t>(n);
    setg(chunk_, chunk_, chunk_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::streambuf* source_;
  int fd_;
  std::uint64_t written_ = 0;
  int error_ = 0;
  char chunk_[64 * 1024];
};

std::string SpoolDirectory() {
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
}

}  // namespace

struct FhirInputs::Input {
  enum class Kind { kMemory, kFile, kSpool } kind = Kind::kMemory;
  std::string source;
  std::string owned;      // kMemory, copied
  std::string_view text;  // kMemory
  std::string path;       // kFile
  std::uint64_t start = 0;
  struct stat identity = {};
  int fd = -1;  // kFile while open; kSpool always
  std::unique_ptr<TeeBuf> tee;
  std::string spool_dir;

  ~Input() {
    if (fd >= 0) ::close(fd);
  }
};

FhirInputs::FhirInputs() = default;
FhirInputs::~FhirInputs() = default;

std::size_t FhirInputs::AddView(std::string_view text, const std::string& source) {
  auto in = std::make_unique<Input>();
  in->source = source;
  in->text = text;
  inputs_.push_back(std::move(in));
  return inputs_.size() - 1;
}

std::size_t FhirInputs::AddCopy(std::string text, const std::string& source) {
  auto in = std::make_unique<Input>();
  in->source = source;
  in->owned = std::move(text);
  in->text = in->owned;
  inputs_.push_back(std::move(in));
  return inputs_.size() - 1;
}

Result<std::size_t> FhirInputs::AddFile(const std::string& path, std::uint64_t start,
                                        const std::string& source) {
  auto in = std::make_unique<Input>();
  in->kind = Input::Kind::kFile;
  in->source = source;
  in->path = path;
  in->start = start;
  if (::stat(path.c_str(), &in->identity) != 0) {
    return Status::IoError(
        fmt::format("cannot examine '{}': {}", EchoForMessage(path), std::strerror(errno)),
        "check the path and that the file is readable");
  }
  inputs_.push_back(std::move(in));
  return inputs_.size() - 1;
}

Result<std::size_t> FhirInputs::AddSpooled(std::istream& stream, const std::string& source) {
  auto in = std::make_unique<Input>();
  in->kind = Input::Kind::kSpool;
  in->source = source;
  in->spool_dir = SpoolDirectory();
  std::string name = in->spool_dir + "/oncoguide-fhir-XXXXXX";
  in->fd = ::mkostemp(name.data(), O_CLOEXEC);  // mode 0600: the input is health data
  if (in->fd < 0) {
    return Status::IoError(
        fmt::format("cannot create a temporary copy of {} in {}: {}", source,
                    EchoForMessage(in->spool_dir), std::strerror(errno)),
        "FHIR input that cannot be read twice (standard input, a pipe) is copied there; set "
        "TMPDIR to a writable directory with room for it, or pass the file's path");
  }
  ::unlink(name.c_str());  // nothing is left behind, whatever happens next
  in->tee = std::make_unique<TeeBuf>(stream.rdbuf(), in->fd);
  inputs_.push_back(std::move(in));
  return inputs_.size() - 1;
}

std::streambuf* FhirInputs::SpoolingBuf(std::size_t input) { return inputs_[input]->tee.get(); }

Status FhirInputs::SpoolStatus(std::size_t input) const {
  const Input& in = *inputs_[input];
  if (in.tee == nullptr || in.tee->error() == 0) return Status::Ok();
  return Status::IoError(fmt::format("cannot write the temporary copy of {} in {}: {}", in.source,
                                     EchoForMessage(in.spool_dir), std::strerror(in.tee->error())),
                         "free space there, or set TMPDIR to a directory with room for the input");
}

const std::string& FhirInputs::Source(std::size_t input) const { return inputs_[input]->source; }

std::string_view FhirInputs::Text(std::size_t input) const { return inputs_[input]->text; }

std::uint64_t FhirInputs::spooled_bytes(std::size_t input) const {
  const Input& in = *inputs_[input];
  return in.tee != nullptr ? in.tee->written() : 0;
}

Status FhirInputs::OpenAgain(Input& in) {
  if (open_files_ >= kMaxOpenFiles) {
    for (auto& other : inputs_) {
      if (other->kind == Input::Kind::kFile && other->fd >= 0) {
        ::close(other->fd);
        other->fd = -1;
      }
    }
    open_files_ = 0;
  }
  const auto changed = [&in](std::string_view why) {
    return Status::IoError(fmt::format("{} {} while it was being read", in.source, why),
                           "read a copy of the file that no other program writes to");
  };
  in.fd = ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (in.fd < 0)
    return changed(fmt::format("could not be opened again ({})", std::strerror(errno)));
  ++open_files_;
  struct stat now = {};
  if (::fstat(in.fd, &now) != 0 || !SameFile(now, in.identity)) return changed("changed");
  return Status::Ok();
}

Result<std::string_view> FhirInputs::Read(std::size_t input, std::uint64_t offset,
                                          std::uint64_t length) {
  Input& in = *inputs_[input];
  if (in.kind == Input::Kind::kMemory) {
    if (offset > in.text.size() || length > in.text.size() - offset) {
      return Status::IoError(fmt::format("{}: byte range past the end of the text", in.source));
    }
    return in.text.substr(offset, length);
  }
  if (in.kind == Input::Kind::kFile && in.fd < 0) OG_RETURN_IF_ERROR(OpenAgain(in));
  if (!ReadAllAt(in.fd, in.start + offset, length, &buffer_)) {
    return Status::IoError(
        fmt::format("{}: reading it again failed ({})", in.source,
                    errno != 0 ? std::strerror(errno) : "the file is shorter than before"),
        in.kind == Input::Kind::kSpool ? "check the free space of TMPDIR"
                                       : "read a copy of the file that no other program writes to");
  }
  return std::string_view(buffer_);
}

}  // namespace oncoguide::records
