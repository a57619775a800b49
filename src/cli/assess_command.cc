// `oncoguide assess [--format text|json|jsonl|fhir] [--criteria ID|list] FILE`
//
// Bad input is refused whole: output is written to a temporary file and copied to stdout only
// when every patient was read and assessed, so a failing run prints nothing on stdout, while
// memory stays proportional to one patient (cohort files stream).
#include <fmt/format.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/assess_output.h"
#include "oncoguide/response/criteria.h"
#include "oncoguide/report/lab_output.h"
#include "oncoguide/response/lab/lab_engine.h"

namespace oncoguide::cli {
namespace {

struct AssessArgs {
  std::string file;
  std::string format = "text";
  std::string criteria = "IMWG-2016";
  int visit_window = 0;     // days per visit, both readings (0 = the criteria's default)
  std::string date_order;  // "", "dmy" or "mdy" (records/lab_date.h)
};

// Size of the temporary file's stdio buffer and of the copy buffer: a jsonl line is a few KB, so
// with the default (4 KB, the block size) buffer nearly every patient was its own write().
constexpr size_t kIoBuffer = 1 << 20;

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
  for (const ResponseCriteria* c : AllCriteria()) {
    fmt::print("{}\n  {}\n  nadir: {}\n", c->id, c->citation, c->nadir_rule);
    for (const CriteriaRow& row : CriteriaRows()) {
      const Threshold& t = c->*row.member;
      fmt::print("  {:<34} {:<10g} {}\n", row.name, t.value, t.source);
    }
    fmt::print("\n");
  }
  const LabRules& lab = Imwg2016LabRules();
  fmt::print("{} (version {})\n  {}\n  thresholds: those of {} above\n", lab.id, lab.version,
             lab.summary, lab.thresholds->id);
  fmt::print("  {:<32} {:<10g} {}\n", "visit window (days)", lab.visit_window_days.value,
             lab.visit_window_days.source);
  fmt::print("  {:<32} {:<10g} {}\n", "baseline look-back (days)",
             lab.baseline_lookback_days.value, lab.baseline_lookback_days.source);
  for (const LabRule& r : lab.rules) fmt::print("  {:<4} {}\n       [{}]\n", r.id, r.text, r.source);
  fmt::print("  sources:\n");
  for (const LabSource& src : lab.sources) fmt::print("  - {}: {}\n", src.key, src.citation);
}

int Run(const AssessArgs& opt) {
  if (opt.criteria == "list") {
    PrintCriteria();
    return 0;
  }
  const bool lab = IsLabCriteriaId(opt.criteria);
  const ResponseCriteria* criteria = lab ? &Imwg2016() : FindCriteria(opt.criteria);
  if (criteria == nullptr) {
    std::vector<std::string_view> ids;
    for (const ResponseCriteria* c : AllCriteria()) ids.push_back(c->id);
    ids.push_back(kLabCriteriaId);
    return PrintError(
        "",
        Status::Invalid(fmt::format("unknown criteria '{}'", opt.criteria),
                        fmt::format("use one of {} (or 'list').", fmt::join(ids, ", "))),
        2);
  }
  // The temporary file's stdio buffer; declared first so that it outlives the FILE. (glibc ignores
  // the size given to setvbuf without a buffer.)
  std::unique_ptr<char[]> out_buffer(new char[kIoBuffer]);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::tmpfile(), &std::fclose);
  if (!out) {
    return PrintError("", Status::IoError("cannot create a temporary file for the output"));
  }
  // A large buffer, so that the output reaches the file in few, large writes (set before any I/O).
  std::setvbuf(out.get(), out_buffer.get(), _IOFBF, kIoBuffer);
  const OutputFormat format = *ParseOutputFormat(opt.format);
  AssessWriter writer(format, out.get());
  LabWriter lab_writer(format, out.get());
  const LabOptions lab_options{opt.visit_window};
  ReadOptions read_options;
  read_options.date_order = *ParseDateOrder(opt.date_order);  // checked by CLI11 below
  Status status = ForEachPatient(
      opt.file,
      [&](PatientRecord&& record) {
        if (lab) return lab_writer.Add(record, AssessLab(record, lab_options));
        return writer.Add(ComputePatientResult(record, *criteria, nullptr,
                                               AssessOptions{opt.visit_window}));
      },
      read_options);
  if (status.ok()) status = lab ? lab_writer.Finish() : writer.Finish();
  if (!status.ok()) {
    return PrintError("", status);
  }
  if (std::fflush(out.get()) != 0) {
    return PrintError("",
                      Status::IoError("writing the output failed", "check the free disk space"));
  }
  std::rewind(out.get());
  errno = 0;
  if (!CopyToStdout(out.get())) {
    const int err = errno;
    return PrintError("", Status::IoError(fmt::format("writing the output failed{}",
                                                      err != 0 ? std::string(": ") +
                                                                     std::strerror(err)
                                                               : ""),
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
  cmd->add_option("--date-order", opt->date_order,
                  "How the file writes slashed dates such as 05/03/2024: dmy or mdy")
      ->check(CLI::IsMember({"dmy", "mdy"}));
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
