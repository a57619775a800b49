// Cost of the lab-only reading (IMWG-2016-lab) against the strict IMWG 2016 assessment, on the
// same records: the synthetic cohort of cohort_gen.h (fixed seed) and the realistic histories of
// tests/data/lab_histories. Records are parsed once, before timing; each benchmark assesses every
// patient once per iteration. Issue 10 asks that the mode cost no more than strict assessment.
//
//   lab_bench [--benchmark_filter=...]     (Release build: scripts/bench.sh or -O2)
#include <benchmark/benchmark.h>

#include <sstream>
#include <string>
#include <vector>

#include "cohort_gen.h"
#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/load.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/response/lab/lab_engine.h"

namespace {

using oncoguide::records::PatientRecord;

const std::vector<oncoguide::records::PatientRecord>& Cohort() {
  static const std::vector<oncoguide::records::PatientRecord> records = [] {
    std::stringstream csv;
    oncoguide::bench::CohortOptions options;
    options.patients = 2000;
    options.rows_per_patient = 40;
    oncoguide::bench::GenerateCohort(options, csv);
    oncoguide::records::CsvPatientReader reader(csv, "cohort");
    std::vector<oncoguide::records::PatientRecord> out;
    oncoguide::records::PatientRecord r;
    while (true) {
      oncoguide::Result<bool> more = reader.Next(&r);
      if (!more.ok() || !*more) break;
      out.push_back(r);
    }
    return out;
  }();
  return records;
}

const std::vector<oncoguide::records::PatientRecord>& Histories() {
  static const std::vector<oncoguide::records::PatientRecord> records = [] {
    auto r = oncoguide::records::LoadRecords(std::string(ONCOGUIDE_SOURCE_DIR) +
                                             "/tests/data/lab_histories/histories.csv");
    return r.ok() ? *r : std::vector<oncoguide::records::PatientRecord>{};
  }();
  return records;
}

template <typename F>
void Run(benchmark::State& state, const std::vector<oncoguide::records::PatientRecord>& records,
         F assess) {
  if (records.empty()) {
    state.SkipWithError("no records");
    return;
  }
  for (auto _ : state) {
    for (const oncoguide::records::PatientRecord& r : records) benchmark::DoNotOptimize(assess(r));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long>(records.size()));
  state.counters["patients"] = static_cast<double>(records.size());
}

void BM_StrictCohort(benchmark::State& s) {
  Run(s, Cohort(),
      [](const oncoguide::records::PatientRecord& r) { return oncoguide::response::Assess(r); });
}
void BM_LabCohort(benchmark::State& s) {
  Run(s, Cohort(),
      [](const oncoguide::records::PatientRecord& r) { return oncoguide::response::AssessLab(r); });
}
void BM_StrictHistories(benchmark::State& s) {
  Run(s, Histories(),
      [](const oncoguide::records::PatientRecord& r) { return oncoguide::response::Assess(r); });
}
void BM_LabHistories(benchmark::State& s) {
  Run(s, Histories(),
      [](const oncoguide::records::PatientRecord& r) { return oncoguide::response::AssessLab(r); });
}

BENCHMARK(BM_StrictCohort)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabCohort)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StrictHistories)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LabHistories)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
