// Cost of reading one person's FHIR file, as an upload or `assess FILE.json` does: both passes of
// the reader (fhir_reader.h), including opening its temporary SQLite index, on the bundled
// example (examples/patient-fhir.json).
//
//   build-bench/bench/fhir_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "oncoguide/records/fhir_reader.h"

namespace {

std::string Example() {
  std::ifstream in(std::string(ONCOGUIDE_SOURCE_DIR) + "/examples/patient-fhir.json");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void BM_FhirExample(benchmark::State& state) {
  const std::string text = Example();
  for (auto _ : state) {
    auto r = oncoguide::records::ReadFhirCohort(text, "patient-fhir.json");
    if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FhirExample)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
