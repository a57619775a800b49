// Latency of oncoguide ask in process, after start-up.
//
//   ask_bench                      Google Benchmark: start-up, one Ask() per eval question, and
//                                  the routing alone (BM25 search + classifier + fusion) and the
//                                  classifier alone, per question
//   ask_bench --percentiles        prints start-up time and p50 / p99 / max of Ask() and of the
//                                  routing alone over every question of
//                                  knowledge/eval/questions.tsv (20 rounds)
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

#include "oncoguide/kb/asker.h"
#include "oncoguide/kb/eval_set.h"

namespace {

using oncoguide::kb::Asker;

const std::vector<std::string>& Questions() {
  static const std::vector<std::string> q = [] {
    std::vector<std::string> out;
    auto rows =
        oncoguide::kb::LoadEvalSet(std::string(ONCOGUIDE_KNOWLEDGE_DIR) + "/eval/questions.tsv");
    if (rows.ok()) {
      for (const auto& r : *rows) out.push_back(r.question);  // the text only; no labels used
    }
    return out;
  }();
  return q;
}

void BM_StartUp(benchmark::State& state) {
  for (auto _ : state) {
    auto a = Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_StartUp)->Unit(benchmark::kMillisecond);

// Runs `each(asker, question)` once per iteration over the eval questions in turn.
template <typename Each>
void OverQuestions(benchmark::State& state, Each each) {
  auto a = Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
  if (!a.ok() || Questions().empty()) {
    state.SkipWithError("knowledge base or eval set missing");
    return;
  }
  size_t i = 0;
  for (auto _ : state) each(**a, Questions()[i++ % Questions().size()]);
}

void BM_Ask(benchmark::State& state) {
  OverQuestions(state, [](Asker& a, const std::string& q) {
    auto r = a.Ask(q);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Ask)->Unit(benchmark::kMicrosecond);

// Routing only: the BM25 search and the router's decision (classifier + fusion + threshold).
void BM_Route(benchmark::State& state) {
  OverQuestions(state, [](Asker& a, const std::string& q) {
    auto found = a.index().Search(q, 5, true);
    auto route = a.router().Decide(q, found);
    benchmark::DoNotOptimize(route);
  });
}
BENCHMARK(BM_Route)->Unit(benchmark::kMicrosecond);

// The classifier alone: features + liblinear probabilities.
void BM_ClassifierPredict(benchmark::State& state) {
  OverQuestions(state, [](Asker& a, const std::string& q) {
    auto p = a.router().classifier().Predict(q);
    benchmark::DoNotOptimize(p);
  });
}
BENCHMARK(BM_ClassifierPredict)->Unit(benchmark::kMicrosecond);

int Percentiles() {
  using Clock = std::chrono::steady_clock;
  auto a = Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
  if (!a.ok()) {
    fmt::print(stderr, "{}\n", a.status().ToString());
    return 1;
  }
  std::vector<double> us;
  std::vector<std::pair<double, size_t>> slowest(Questions().size());  // per question, max
  for (int round = 0; round < 20; ++round) {
    for (size_t i = 0; i < Questions().size(); ++i) {
      auto t0 = Clock::now();
      auto r = (*a)->Ask(Questions()[i]);
      benchmark::DoNotOptimize(r);
      us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
      slowest[i] = {std::max(slowest[i].first, us.back()), i};
    }
  }
  std::vector<double> route_us;
  for (int round = 0; round < 20; ++round) {
    for (const std::string& q : Questions()) {
      auto t0 = Clock::now();
      auto route = (*a)->router().Decide(q, (*a)->index().Search(q, 5, true));
      benchmark::DoNotOptimize(route);
      route_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
  }
  std::sort(route_us.begin(), route_us.end());
  std::sort(slowest.rbegin(), slowest.rend());
  for (size_t i = 0; i < 3 && i < slowest.size(); ++i) {
    fmt::print("slow: {:.0f} us  {}\n", slowest[i].first, Questions()[slowest[i].second]);
  }
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) { return us[static_cast<size_t>(p * (us.size() - 1))]; };
  fmt::print("start-up {:.1f} ms (index build {:.1f} ms, {} topics)\n", (*a)->startup_ms(),
             (*a)->index().build_ms(), (*a)->kb().topics.size());
  fmt::print("ask over {} calls: p50 {:.0f} us, p99 {:.0f} us, max {:.0f} us\n", us.size(),
             pct(0.50), pct(0.99), us.back());
  auto rpct = [&](double p) { return route_us[static_cast<size_t>(p * (route_us.size() - 1))]; };
  fmt::print("routing (search + classifier + fusion) over {} calls: p50 {:.0f} us, p99 {:.0f} us\n",
             route_us.size(), rpct(0.50), rpct(0.99));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--percentiles") == 0) return Percentiles();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
