// `oncoguide assess [--format text|json|jsonl|fhir] [--criteria ID|list] [--output OUT] FILE`
//
// Bad input is refused whole: output is written to a temporary file (the spool) and shown only
// when every patient was read and assessed, so a failing run prints nothing, while memory stays
// proportional to one patient (cohort files stream). Without --output the spool is a file under
// $TMPDIR (else /tmp), removed from the directory as soon as it is created, and copied to stdout at
// the end; with --output OUT it is OUT.tmp-XXXXXX next to OUT, renamed to OUT at the end (atomic:
// OUT is either the old file or the whole new output, and a large cohort is written once). Errors
// name the spool.
#include <fmt/format.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/assess_output.h"
#include "oncoguide/report/lab_output.h"
#include "oncoguide/response/criteria.h"
#include "oncoguide/response/lab/lab_engine.h"

namespace oncoguide::cli {

using response::ResponseCriteria;

namespace {

// Size of the temporary file's stdio buffer and of the copy buffer: a jsonl line is a few KB, so
// with the default (4 KB, the block size) buffer nearly every patient was its own write().
constexpr size_t kIoBuffer = 1 << 20;

struct AssessArgs {
  std::string file;
  std::string format = "text";
  std::string criteria = "IMWG-2016";
  int visit_window = 0;    // days per visit, both readings (0 = the criteria's default)
  std::string date_order;  // "", "dmy" or "mdy" (records/lab_date.h)
  std::string output;      // --output: write here (atomic rename) instead of stdout
};

// The temporary file the output is written to before it is shown (see the top of this file).
class Spool {
 public:
  Spool() = default;
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  ~Spool() {
    if (file_ != nullptr) std::fclose(file_);
    if (!target_.empty() && !path_.empty()) std::remove(path_.c_str());  // not renamed: drop it
  }

  // Creates the spool: next to `target` when given, else under $TMPDIR (or /tmp).
  Status Open(const std::string& target) {
    target_ = target;
    if (target.empty()) {
      const char* tmpdir = std::getenv("TMPDIR");
      path_ = std::string(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp") +
              "/oncoguide-assess-XXXXXX";
    } else {
      path_ = target + ".tmp-XXXXXX";
    }
    const int fd = mkstemp(path_.data());  // mode 0600: the output is health data
    if (fd == -1) return Failed("cannot create the temporary output file", errno);
    file_ = fdopen(fd, "w+b");
    if (file_ == nullptr) {
      const int err = errno;
      close(fd);
      return Failed("cannot open the temporary output file", err);
    }
    // Without a target nothing else needs the name: unlink it now so that it never outlives the
    // process, whatever happens.
    if (target.empty()) std::remove(path_.c_str());
    buffer_.reset(new char[kIoBuffer]);
    std::setvbuf(file_, buffer_.get(), _IOFBF, kIoBuffer);  // few, large writes
    return Status::Ok();
  }

  std::FILE* file() const { return file_; }

  // Flushes the spool; with a target, syncs and renames it to the target.
  Status Finish() {
    errno = 0;
    if (std::fflush(file_) != 0 || std::ferror(file_) != 0) {
      return Failed("writing the temporary output file failed", errno);
    }
    if (target_.empty()) return Status::Ok();
    if (fsync(fileno(file_)) != 0) return Failed("writing the temporary output file failed", errno);
    const int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0) return Failed("writing the temporary output file failed", errno);
    if (std::rename(path_.c_str(), target_.c_str()) != 0) {
      const int err = errno;
      return Status::IoError(
          fmt::format("cannot rename {} to {}: {}", path_, target_, std::strerror(err)),
          "check that the output's directory is writable");
    }
    path_.clear();  // renamed: nothing to remove
    return Status::Ok();
  }

 private:
  Status Failed(std::string_view what, int err) const {
    return Status::IoError(
        fmt::format("{} {}{}", what, path_, err != 0 ? std::string(": ") + std::strerror(err) : ""),
        target_.empty() ? "free space there, set TMPDIR to a directory with room, or write the "
                          "output with --output FILE"
                        : "check the free space and permissions of the output's directory");
  }

  std::string target_;
  std::string path_;
  std::FILE* file_ = nullptr;
  std::unique_ptr<char[]> buffer_;
};

// Copies `in` (a file, positioned at its start, already flushed) to stdout. Uses sendfile(2)
// (kernel to kernel, no copy through user space) and falls back to read/fwrite where the kernel
// refuses it for this pair of files. Returns false on a write error.
bool CopyToStdout(std::FILE* in) {
  if (std::fflush(stdout) != 0) return false;
  const int in_fd = fileno(in);
  // (With stdout closed, the temporary file can itself be descriptor 1.)
  struct stat st {};
  if (fstat(in_fd, &st) != 0) return false;
  off_t offset = 0;
  const off_t size = st.st_size;
  while (in_fd != STDOUT_FILENO && offset < size) {
    const ssize_t n = sendfile(STDOUT_FILENO, in_fd, &offset, static_cast<size_t>(size - offset));
    if (n > 0) continue;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EINVAL || errno == ENOSYS) && offset == 0) break;  // not supported
    if (n < 0 && errno != EAGAIN) return false;
    break;  // EAGAIN (non-blocking stdout) or an early end: finish with stdio
  }
  if (offset >= size) return true;
  if (std::fseek(in, offset, SEEK_SET) != 0) return false;
  std::unique_ptr<char[]> buf(new char[kIoBuffer]);
  size_t n;
  while ((n = std::fread(buf.get(), 1, kIoBuffer, in)) > 0) {
    if (std::fwrite(buf.get(), 1, n, stdout) != n) return false;
  }
  return std::ferror(in) == 0 && std::fflush(stdout) == 0;
}

void PrintCriteria() {
  for (const ResponseCriteria* c : response::AllCriteria()) {
    fmt::print("{}\n  {}\n  nadir: {}\n", c->id, c->citation, c->nadir_rule);
    for (const response::CriteriaRow& row : response::CriteriaRows()) {
      const Threshold& t = c->*row.member;
      fmt::print("  {:<34} {:<10g} {}\n", row.name, t.value, t.source);
    }
    fmt::print("\n");
  }
  const response::LabRules& lab = response::Imwg2016LabRules();
  fmt::print("{} (version {})\n  {}\n  thresholds: those of {} above\n", lab.id, lab.version,
             lab.summary, lab.thresholds->id);
  fmt::print("  {:<32} {:<10g} {}\n", "visit window (days)", lab.visit_window_days.value,
             lab.visit_window_days.source);
  fmt::print("  {:<32} {:<10g} {}\n", "baseline look-back (days)", lab.baseline_lookback_days.value,
             lab.baseline_lookback_days.source);
  for (const response::LabRule& r : lab.rules)
    fmt::print("  {:<4} {}\n       [{}]\n", r.id, r.text, r.source);
  fmt::print("  sources:\n");
  for (const response::LabSource& src : lab.sources)
    fmt::print("  - {}: {}\n", src.key, src.citation);
}

int Run(const AssessArgs& opt) {
  if (opt.criteria == "list") {
    PrintCriteria();
    return 0;
  }
  const bool lab = response::IsLabCriteriaId(opt.criteria);
  const ResponseCriteria* criteria =
      lab ? &response::Imwg2016() : response::FindCriteria(opt.criteria);
  if (criteria == nullptr) {
    std::vector<std::string_view> ids;
    for (const ResponseCriteria* c : response::AllCriteria()) ids.push_back(c->id);
    ids.push_back(response::kLabCriteriaId);
    return PrintError(
        "",
        Status::Invalid(fmt::format("unknown criteria '{}'", opt.criteria),
                        fmt::format("use one of {} (or 'list').", fmt::join(ids, ", "))),
        2);
  }
  Spool spool;
  if (Status s = spool.Open(opt.output); !s.ok()) return PrintError("", s);
  std::FILE* out = spool.file();
  const report::OutputFormat format = *report::ParseOutputFormat(opt.format);
  report::AssessWriter writer(format, out);
  report::LabWriter lab_writer(format, out);
  const response::LabOptions lab_options{opt.visit_window};
  const records::ReadOptions read_options = ReadOptionsFor(opt.date_order);
  Status status = records::ForEachPatient(
      opt.file,
      [&](records::PatientRecord&& record) {
        if (lab) return lab_writer.Add(record, response::AssessLab(record, lab_options));
        return writer.Add(pipeline::ComputePatientResult(
            record, *criteria, nullptr, response::AssessOptions{opt.visit_window}));
      },
      read_options);
  if (status.ok()) status = lab ? lab_writer.Finish() : writer.Finish();
  if (!status.ok()) {
    return PrintError("", status);
  }
  if (Status s = spool.Finish(); !s.ok()) return PrintError("", s);
  if (!opt.output.empty()) return 0;
  std::rewind(out);
  errno = 0;
  if (!CopyToStdout(out)) {
    const int err = errno;
    return PrintError(
        "", Status::IoError(fmt::format("writing the output failed{}",
                                        err != 0 ? std::string(": ") + std::strerror(err) : ""),
                            "check the free disk space, or that the program "
                            "reading the output is still running"));
  }
  return 0;
}

}  // namespace

void RegisterAssess(CLI::App& app, int* exit_code) {
  auto opt = std::make_shared<AssessArgs>();
  CLI::App* cmd = app.add_subcommand(
      "assess", "Assess IMWG response per line of therapy (and staging) from lab records");
  cmd->add_option("FILE", opt->file, "Lab records: CSV or FHIR R4 JSON ('-' for stdin)");
  cmd->add_option("--format", opt->format, "Output: text, json, jsonl (one patient per line), fhir")
      ->check(CLI::IsMember({"text", "json", "jsonl", "fhir"}));
  cmd->add_option("--output", opt->output,
                  "Write the output to this file (replaced atomically when the run succeeds; "
                  "left as it was when it fails) instead of stdout");
  AddDateOrderOption(cmd, &opt->date_order, "the file");
  cmd->add_option("--criteria", opt->criteria,
                  "Response criteria version (IMWG-2016, IMWG-2011), the lab-only reading "
                  "IMWG-2016-lab, or 'list' to print them");
  cmd->add_option("--visit-window", opt->visit_window,
                  "Tests less than this many days after a visit's first test join that visit, "
                  "as one assessment (default 7; 1 = each date on its own)")
      ->check(CLI::Range(1, 60));
  cmd->callback([opt, exit_code, cmd] {
    if (opt->file.empty() && opt->criteria != "list") {
      *exit_code =
          PrintError("", Status::Invalid("assess needs a FILE", "oncoguide assess labs.csv"), 2);
      fmt::print(stderr, "{}", cmd->help());
      return;
    }
    *exit_code = Run(*opt);
  });
}

}  // namespace oncoguide::cli
