// Cohort throughput benchmark: how many CSV input rows per second oncoguide reads (a) alone and
// (b) end to end as `oncoguide assess --format jsonl` (assessment, staging, JSON Lines output), and
// its peak memory at two file sizes.
//
//   cohort_bench [--rows N,M,...] [--rows-per-patient R] [--dir DIR] [--keep]
//
// For each size the cohort is generated (cohort_gen.h, fixed seed) into DIR (default $TMPDIR or
// /tmp), then each mode runs in a fresh child process (this binary re-executed with --run) so that
// getrusage()'s ru_maxrss is that run's own peak. The goal: >= 1,000,000 rows/s on one
// core and memory proportional to one patient, i.e. the same peak at every file size.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "cohort_gen.h"
#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/assess_output.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/staging/staging.h"

namespace {

using oncoguide::Status;
using oncoguide::records::PatientRecord;

long PeakRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;  // kilobytes on Linux
}

// User + system CPU seconds of this process so far: the figure "on one core" that does not
// depend on what else the machine is running (wall time does).
double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Child: streams `path` in `mode` and prints "rows patients seconds peak_kb". Modes: "parse"
// (read only), "assess" (exactly what `oncoguide assess --format jsonl` does per patient: read,
// ComputePatientResult (response and staging), then AssessWriter::Add, which writes the JSON
// line, here to /dev/null); for profiling, "assess-only" (read + Assess), "staging"
// (read + Assess + ComputeStaging) and "json" (those + AssessToJson, no dump); "verify" checks
// that each patient's jsonl line equals AssessToJson(...).dump() (the writer fills one object in
// place across patients).
int RunOne(const std::string& path, const std::string& mode) {
  const int level = mode == "assess-only" ? 1
                    : mode == "staging"   ? 2
                    : mode == "json"      ? 3
                    : mode == "assess"    ? 4
                    : mode == "verify"    ? 5
                                          : 0;
  FILE* devnull = std::fopen("/dev/null", "wb");
  if (devnull == nullptr) return 2;
  oncoguide::report::AssessWriter writer(oncoguide::report::OutputFormat::kJsonl, devnull);
  FILE* verify_out = level == 5 ? std::tmpfile() : nullptr;
  if (level == 5 && verify_out == nullptr) return 2;
  long rows = 0, patients = 0;
  const auto t0 = std::chrono::steady_clock::now();
  const double cpu0 = CpuSeconds();
  Status s = oncoguide::records::ForEachPatient(path, [&](oncoguide::records::PatientRecord&& p) {
    rows += static_cast<long>(p.observations.size());
    ++patients;
    if (level == 0) return Status::Ok();
    // Exactly what `oncoguide assess --format jsonl` does per patient.
    if (level == 4) return writer.Add(oncoguide::pipeline::ComputePatientResult(p));
    const oncoguide::response::ResponseReport report = oncoguide::response::Assess(p);
    if (level == 1) return Status::Ok();
    if (level == 5) {  // verify: the jsonl line equals AssessToJson().dump() for every patient
      std::fflush(verify_out);
      std::rewind(verify_out);
      if (ftruncate(fileno(verify_out), 0) != 0) return Status::IoError("ftruncate");
      oncoguide::report::AssessWriter one(oncoguide::report::OutputFormat::kJsonl, verify_out);
      OG_RETURN_IF_ERROR(one.Add(oncoguide::pipeline::ComputePatientResult(p)));
      std::fflush(verify_out);
      std::rewind(verify_out);
      std::string got;
      char buf[1 << 16];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, verify_out)) > 0) got.append(buf, n);
      const std::string want =
          oncoguide::report::AssessToJson(oncoguide::pipeline::ComputePatientResult(p)).dump() +
          "\n";
      if (got != want)
        return Status::Invalid("jsonl line differs from AssessToJson: " + p.patient_id);
      return Status::Ok();
    }
    const oncoguide::staging::StagingResult staging = oncoguide::staging::ComputeStaging(p);
    if (level == 2) return Status::Ok();
    const nlohmann::json json =
        oncoguide::report::AssessToJson(oncoguide::pipeline::ComputePatientResult(p));
    return Status::Ok();
  });
  if (s.ok()) s = writer.Finish();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = CpuSeconds() - cpu0;
  std::fclose(devnull);
  if (!s.ok()) {
    std::fprintf(stderr, "cohort_bench: %s\n", s.ToString().c_str());
    return 1;
  }
  std::printf("%ld %ld %.6f %.6f %ld\n", rows, patients, secs, cpu, PeakRssKb());
  return 0;
}

struct Measure {
  long rows = 0, patients = 0;
  double secs = 0;  // wall
  double cpu = 0;   // user + system
  long peak_kb = 0;
};

bool RunChild(const std::string& self, const std::string& path, const char* mode, Measure* m) {
  const std::string cmd = "'" + self + "' --run " + mode + " '" + path + "'";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return false;
  const int n =
      std::fscanf(p, "%ld %ld %lf %lf %ld", &m->rows, &m->patients, &m->secs, &m->cpu, &m->peak_kb);
  return pclose(p) == 0 && n == 5;
}

std::vector<long> ParseSizes(const char* s) {
  std::vector<long> out;
  while (*s) {
    char* end = nullptr;
    out.push_back(std::strtol(s, &end, 10));
    s = *end == ',' ? end + 1 : end;
    if (end == s && *s) break;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--run") == 0) return RunOne(argv[3], argv[2]);

  std::vector<long> sizes = {500000, 2000000};
  int rows_per_patient = 40;
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = tmp && *tmp ? tmp : "/tmp";
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--rows" && i + 1 < argc) {
      sizes = ParseSizes(argv[++i]);
    } else if (a == "--rows-per-patient" && i + 1 < argc) {
      rows_per_patient = std::atoi(argv[++i]);
    } else if (a == "--dir" && i + 1 < argc) {
      dir = argv[++i];
    } else if (a == "--keep") {
      keep = true;
    } else {
      std::fprintf(stderr,
                   "usage: cohort_bench [--rows N,M,...] [--rows-per-patient R] [--dir DIR] "
                   "[--keep]\n");
      return 2;
    }
  }
  char self_buf[4096];
  const ssize_t len = readlink("/proc/self/exe", self_buf, sizeof self_buf - 1);
  const std::string self = len > 0 ? std::string(self_buf, len) : argv[0];

  std::printf("cohort_bench: seed 0x%llx, %d rows per patient, files in %s\n",
              static_cast<unsigned long long>(oncoguide::bench::kDefaultCohortSeed),
              rows_per_patient, dir.c_str());
  std::printf(
      "rows/s per wall second and, in [], per CPU second (user+sys: one core, whatever\n"
      "else the machine runs); the goal is judged on CPU seconds\n");
  std::printf("%10s %9s %8s | %12s %12s %8s | %12s %12s %8s | %s\n", "rows", "patients", "MB",
              "parse rows/s", "[cpu]", "peak MB", "jsonl rows/s", "[cpu]", "peak MB", "");
  int rc = 0;
  for (long rows : sizes) {
    oncoguide::bench::CohortOptions o;
    o.rows_per_patient = rows_per_patient < 12 ? 12 : rows_per_patient;
    o.patients = (rows + o.rows_per_patient - 1) / o.rows_per_patient;
    const std::string path =
        dir + "/oncoguide-cohort-" + std::to_string(rows) + "-" + std::to_string(getpid()) + ".csv";
    long bytes = 0;
    {
      std::ofstream f(path, std::ios::binary);
      oncoguide::bench::GenerateCohort(o, f);
      bytes = static_cast<long>(f.tellp());
      if (!f) {
        std::fprintf(stderr, "cohort_bench: cannot write %s\n", path.c_str());
        return 1;
      }
    }
    Measure parse, full;
    if (!RunChild(self, path, "parse", &parse) || !RunChild(self, path, "assess", &full)) {
      std::fprintf(stderr, "cohort_bench: a run on %s failed\n", path.c_str());
      rc = 1;
    } else {
      const double goal = 1e6;
      const double parse_cpu = parse.rows / parse.cpu;
      const double full_cpu = full.rows / full.cpu;
      std::printf("%10ld %9ld %8.1f | %12.0f %12.0f %8.1f | %12.0f %12.0f %8.1f | %s\n", parse.rows,
                  parse.patients, bytes / 1e6, parse.rows / parse.secs, parse_cpu,
                  parse.peak_kb / 1024.0, full.rows / full.secs, full_cpu, full.peak_kb / 1024.0,
                  parse_cpu >= goal && full_cpu >= goal ? "goal met (cpu)" : "below 1M rows/s");
    }
    if (!keep) std::remove(path.c_str());
  }
  std::fflush(stdout);
  return rc;
}
