// Importer speed: a 3-page text PDF (target <= 150 ms) and OCR of one scanned page (target <= 4 s
// on one core). Reads the rendered corpus (ctest's import_corpus_render, or
// scripts/import_corpus.sh) from ONCOGUIDE_IMPORT_BENCH_DIR, default the build's rendered dir.
// Run with OMP_THREAD_LIMIT=1 to keep tesseract on one core:
//   OMP_THREAD_LIMIT=1 build/bench/import_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "oncoguide/import/importer.h"

namespace {

std::string Dir() {
  const char* d = std::getenv("ONCOGUIDE_IMPORT_BENCH_DIR");
  return d != nullptr ? d : ONCOGUIDE_IMPORT_RENDER_DIR;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void Run(benchmark::State& state, const std::string& file, bool isolate) {
  const std::string content = Slurp(Dir() + "/" + file);
  if (content.empty()) {
    state.SkipWithError(
        ("missing " + Dir() + "/" + file + " (run ctest -R import_corpus_render)").c_str());
    return;
  }
  oncoguide::import::ImportLimits limits;
  limits.isolate = isolate;
  size_t values = 0;
  for (auto _ : state) {
    auto r = oncoguide::import::ImportContent(content, file, limits);
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    values = r->observations.size();
    benchmark::DoNotOptimize(values);
  }
  state.counters["values"] = static_cast<double>(values);
}

// multipage_0.pdf: a 3-page text PDF (repeated headers, 10 values).
void BM_TextPdf3Pages(benchmark::State& s) { Run(s, "multipage_0.pdf", true); }
void BM_TextPdf3PagesInProcess(benchmark::State& s) { Run(s, "multipage_0.pdf", false); }
// One scanned page (200 dpi, rotated 2 degrees, JPEG quality 55), OCR with orientation + deskew.
void BM_OcrPageJpeg(benchmark::State& s) { Run(s, "single_table_0.rot2_jpeg.jpg", false); }
// A two-page scanned PDF in Czech (blind16's cumulative report, rendered by ctest's
// import_languages_render): the first page's language is found from its top, and both
// pages are read with the Czech and English models.
void BM_OcrScannedPdfCzech2Pages(benchmark::State& s) {
  Run(s, "languages/blind16_17.office_pdf.pdf", false);
}

BENCHMARK(BM_TextPdf3Pages)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_TextPdf3PagesInProcess)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_OcrPageJpeg)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_OcrScannedPdfCzech2Pages)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
