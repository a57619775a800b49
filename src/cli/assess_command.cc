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
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/assess_output.h"
#include "oncoguide/response/criteria.h"

namespace oncoguide::cli {
namespace {

struct AssessOptions {
  std::string file;
  std::string format = "text";
  std::string criteria = "IMWG-2016";
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
    auto row = [](std::string_view name, const Threshold& t) {
      fmt::print("  {:<32} {:<10g} {}\n", name, t.value, t.source);
    };
    row("measurable serum (g/dL)", c->measurable_serum_g_dl);
    row("measurable urine (mg/24h)", c->measurable_urine_mg_24h);
    row("measurable involved FLC (mg/L)", c->measurable_iflc_mg_l);
    row("PR serum reduction", c->pr_serum_reduction);
    row("VGPR serum reduction", c->vgpr_serum_reduction);
    row("MR serum reduction", c->mr_serum_reduction);
    row("CR marrow plasma cells below (%)", c->cr_bmpc_below);
    row("PD relative increase", c->pd_relative_increase);
    row("PD serum absolute (g/dL)", c->pd_serum_abs_g_dl);
    row("PD urine absolute (mg/24h)", c->pd_urine_abs_mg_24h);
    row("PD dFLC absolute (mg/L, more than)", c->pd_dflc_abs_mg_l);
    row("PD marrow absolute (points)", c->pd_bmpc_abs_points);
    fmt::print("\n");
  }
}

int Run(const AssessOptions& opt) {
  if (opt.criteria == "list") {
    PrintCriteria();
    return 0;
  }
  const ResponseCriteria* criteria = FindCriteria(opt.criteria);
  if (criteria == nullptr) {
    std::vector<std::string_view> ids;
    for (const ResponseCriteria* c : AllCriteria()) ids.push_back(c->id);
    fmt::print(stderr, "oncoguide: unknown criteria '{}'. Hint: use one of {} (or 'list').\n",
               opt.criteria, fmt::join(ids, ", "));
    return 2;
  }
  // The temporary file's stdio buffer; declared first so that it outlives the FILE. (glibc ignores
  // the size given to setvbuf without a buffer.)
  std::unique_ptr<char[]> out_buffer(new char[kIoBuffer]);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::tmpfile(), &std::fclose);
  if (!out) {
    fmt::print(stderr, "oncoguide: cannot create a temporary file for the output\n");
    return 1;
  }
  // A large buffer, so that the output reaches the file in few, large writes (set before any I/O).
  std::setvbuf(out.get(), out_buffer.get(), _IOFBF, kIoBuffer);
  const OutputFormat format = *ParseOutputFormat(opt.format);
  AssessWriter writer(format, out.get());
  Status status = ForEachPatient(opt.file, [&](PatientRecord&& record) {
    return writer.Add(ComputePatientResult(record, *criteria));
  });
  if (status.ok()) status = writer.Finish();
  if (!status.ok()) {
    fmt::print(stderr, "oncoguide: {}\n", status.ToString());
    return 1;
  }
  if (std::fflush(out.get()) != 0) {
    fmt::print(stderr, "oncoguide: writing the output failed. Hint: check the free disk space\n");
    return 1;
  }
  std::rewind(out.get());
  return CopyToStdout(out.get()) ? 0 : 1;
}

}  // namespace

void RegisterAssess(CLI::App& app, int* exit_code) {
  auto opt = std::make_shared<AssessOptions>();
  CLI::App* cmd = app.add_subcommand(
      "assess", "Assess IMWG response per line of therapy (and staging) from lab records");
  cmd->add_option("FILE", opt->file, "Lab records: CSV or FHIR R4 JSON ('-' for stdin)");
  cmd->add_option("--format", opt->format, "Output: text, json, jsonl (one patient per line), fhir")
      ->check(CLI::IsMember({"text", "json", "jsonl", "fhir"}));
  cmd->add_option("--criteria", opt->criteria,
                  "Response criteria version (IMWG-2016, IMWG-2011), or 'list' to print them");
  cmd->callback([opt, exit_code, cmd] {
    if (opt->file.empty() && opt->criteria != "list") {
      fmt::print(stderr, "oncoguide: assess needs a FILE. Hint: oncoguide assess labs.csv\n{}",
                 cmd->help());
      *exit_code = 2;
      return;
    }
    *exit_code = Run(*opt);
  });
}

}  // namespace oncoguide::cli
