// Rendering cost of the pages (issue 12 targets: dashboard <= 30 ms median for a 5-year
// history, PDF report <= 300 ms; the topic page feeds the >= 5,000 requests/s server target).
//   ./build/bench/render_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "oncoguide/kb/asker.h"
#include "oncoguide/render/report_pdf.h"
#include "oncoguide/render/site.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/staging/staging.h"

namespace oncoguide::render {

using oncoguide::records::Analyte;
using oncoguide::records::PatientRecord;

namespace {

struct Fixture {
  std::unique_ptr<kb::Asker> asker;
  std::unique_ptr<Site> site;
  PatientRecord record;
  oncoguide::response::ResponseReport response;
  oncoguide::staging::StagingResult staging;
  Date today;
};

oncoguide::records::Observation Obs(Date d, Analyte a, double v, int line, std::string text = "") {
  oncoguide::records::Observation o;
  o.date = d;
  o.analyte = a;
  o.value = v;
  o.text = std::move(text);
  o.line = line;
  return o;
}

// Five years of monthly tests over three lines of therapy (response, relapse, response).
PatientRecord FiveYears() {
  PatientRecord r;
  r.source = "five-years.csv";
  Date start = Date::FromYmd(2020, 1, 6);
  int line = 2;
  auto add = [&](Date d, Analyte a, double v, std::string text = "") {
    r.observations.push_back(Obs(d, a, v, line++, std::move(text)));
  };
  add(start, Analyte::kBeta2Microglobulin, 4.1);
  add(start, Analyte::kAlbumin, 3.3);
  add(start, Analyte::kLdh, 210);
  add(start, Analyte::kFish, 0, "t(4;14)");
  add(start, Analyte::kBmPlasmaCells, 40);
  add(Date::FromDays(start.days() + 7), Analyte::kTherapyStart, 0, "VRd");
  add(Date::FromYmd(2022, 3, 1), Analyte::kTherapyStart, 0, "Dara-Pd");
  add(Date::FromYmd(2023, 9, 1), Analyte::kTherapyStart, 0, "Cilta-cel");
  for (int m = 0; m < 60; ++m) {
    Date d = Date::FromDays(start.days() + 30 * m);
    double phase = m < 26 ? (m < 14 ? 3.0 * std::pow(0.75, m) : 0.1 * (m - 12))
                          : (m < 44 ? 1.4 * std::pow(0.8, m - 26) : 0.0);
    add(d, Analyte::kSerumMProtein, std::max(0.0, phase));
    add(d, Analyte::kUrineMProtein, 400 * phase / 3.0);
    add(d, Analyte::kKappaFlc, 15 + 120 * phase);
    add(d, Analyte::kLambdaFlc, 9 + (m % 5));
    add(d, Analyte::kHemoglobin, 10 + (m % 12) * 0.2);
    add(d, Analyte::kCreatinine, 0.9 + (m % 4) * 0.05);
    add(d, Analyte::kCalcium, 9.4 + (m % 3) * 0.1);
    if (m % 6 == 0) add(d, Analyte::kAlbumin, 3.6 + (m % 4) * 0.1);
    if (m % 6 == 0) add(d, Analyte::kBeta2Microglobulin, 2.5 + (m % 5) * 0.2);
  }
  r.SortByDate();
  return r;
}

Fixture& F() {
  static Fixture* f = [] {
    auto* fx = new Fixture;
    auto asker = kb::Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
    if (!asker.ok()) std::abort();
    fx->asker = std::move(asker).value();
    auto site = Site::Load(DefaultWebDir(), fx->asker->kb());
    if (!site.ok()) std::abort();
    fx->site = std::move(site).value();
    fx->record = FiveYears();
    fx->response = oncoguide::response::Assess(fx->record);
    fx->staging = oncoguide::staging::ComputeStaging(fx->record);
    fx->today = Date::FromYmd(2025, 1, 15);
    return fx;
  }();
  return *f;
}

// What a request costs (the page is rendered once, at Load).
void BM_TopicPage(benchmark::State& state) {
  const Site& site = *F().site;
  for (auto _ : state) benchmark::DoNotOptimize(site.TopicPage("pr-vs-cr"));
}
BENCHMARK(BM_TopicPage)->Unit(benchmark::kMicrosecond);

// Rendering one topic page from the knowledge base (templates, citations, JSON-LD).
void BM_RenderTopicPage(benchmark::State& state) {
  const Site& site = *F().site;
  for (auto _ : state) benchmark::DoNotOptimize(site.RenderTopicPage("pr-vs-cr"));
}
BENCHMARK(BM_RenderTopicPage)->Unit(benchmark::kMicrosecond);

void BM_HomePage(benchmark::State& state) {
  const Site& site = *F().site;
  for (auto _ : state) benchmark::DoNotOptimize(site.Home());
}
BENCHMARK(BM_HomePage)->Unit(benchmark::kMicrosecond);

// From the engines' results to the page: the adapter, the charts (cairo SVG) and the template.
void BM_Dashboard5Years(benchmark::State& state) {
  Fixture& f = F();
  size_t bytes = 0;
  for (auto _ : state) {
    DashboardData d = BuildDashboard(f.record, f.response, f.staging, f.today);
    std::string page = f.site->DashboardPage(d);
    bytes = page.size();
    benchmark::DoNotOptimize(page);
  }
  state.counters["html_bytes"] = static_cast<double>(bytes);
  state.counters["observations"] = static_cast<double>(f.record.observations.size());
}
BENCHMARK(BM_Dashboard5Years)->Unit(benchmark::kMillisecond);

void BM_ReportPdf5Years(benchmark::State& state) {
  Fixture& f = F();
  DashboardData d = BuildDashboard(f.record, f.response, f.staging, f.today);
  size_t bytes = 0;
  for (auto _ : state) {
    auto pdf = RenderReportPdf(d);
    bytes = pdf->size();
    benchmark::DoNotOptimize(pdf);
  }
  state.counters["pdf_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ReportPdf5Years)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oncoguide::render

BENCHMARK_MAIN();
