// The parts of one upload of a 500-row CSV (scripts/server_bench.sh has the end-to-end figure):
//   BM_ParseCsv          the new file read (both designs);
//   BM_OpenReparse/N     N earlier records opened by re-parsing their raw CSV (before schema 2);
//   BM_OpenStored/N      N earlier records opened from the stored parsed form (record_codec.h);
//   BM_Result/N          merge + the pipeline + result JSON over N+1 records (both designs).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "assess_adapter.h"
#include "record_codec.h"

namespace oncoguide::server {

using oncoguide::records::PatientRecord;

namespace {

// The same 500-row record as scripts/server_bench.sh: one patient, 5 tests every 3 days.
std::string Csv500() {
  std::string out = "date,test,value,unit\n";
  for (int i = 0; i < 500; ++i) {
    const Date d = Date::FromDays(Date::FromYmd(2020, 1, 1).days() + i * 3);
    switch (i % 5) {
      case 0:
        out += d.ToString() + ",serum_m_protein," + std::to_string(3.0 - i * 0.005) + ",g/dL\n";
        break;
      case 1:
        out += d.ToString() + ",kappa_flc," + std::to_string(300 - i * 0.5) + ",mg/L\n";
        break;
      case 2:
        out += d.ToString() + ",lambda_flc,12,mg/L\n";
        break;
      case 3:
        out += d.ToString() + ",hemoglobin,11.5,g/dL\n";
        break;
      default:
        out += d.ToString() + ",creatinine,1.0,mg/dL\n";
        break;
    }
  }
  return out;
}

PatientRecord Parse(const std::string& csv) {
  Result<ParsedUpload> p = ParseUpload(csv, "record.csv");
  if (!p.ok()) std::abort();
  return std::move(p->record);
}

void BM_ParseCsv(benchmark::State& state) {
  const std::string csv = Csv500();
  for (auto _ : state) benchmark::DoNotOptimize(Parse(csv));
}
BENCHMARK(BM_ParseCsv)->Unit(benchmark::kMillisecond);

void BM_OpenReparse(benchmark::State& state) {
  const std::vector<std::string> raw(static_cast<size_t>(state.range(0)), Csv500());
  for (auto _ : state) {
    std::vector<PatientRecord> all;
    for (const std::string& r : raw) all.push_back(Parse(r));
    benchmark::DoNotOptimize(all);
  }
}
BENCHMARK(BM_OpenReparse)->Arg(1)->Arg(10)->Arg(49)->Unit(benchmark::kMillisecond);

void BM_OpenStored(benchmark::State& state) {
  const std::vector<std::string> stored(static_cast<size_t>(state.range(0)),
                                        EncodeRecord(Parse(Csv500())));
  for (auto _ : state) {
    std::vector<PatientRecord> all;
    for (const std::string& s : stored) all.push_back(*DecodeRecord(s));
    benchmark::DoNotOptimize(all);
  }
}
BENCHMARK(BM_OpenStored)->Arg(1)->Arg(10)->Arg(49)->Unit(benchmark::kMillisecond);

void BM_Result(benchmark::State& state) {
  const PatientRecord one = Parse(Csv500());
  for (auto _ : state) {
    std::vector<PatientRecord> all(static_cast<size_t>(state.range(0)) + 1, one);
    benchmark::DoNotOptimize(ResultJson(MergeRecords(std::move(all))).dump());
  }
}
BENCHMARK(BM_Result)->Arg(0)->Arg(10)->Arg(49)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oncoguide::server

BENCHMARK_MAIN();
