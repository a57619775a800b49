// Runs the evaluation sets through `ask` and checks the product goals on the tune and holdout
// rows combined: top-1 topic accuracy >= 95% on answer rows, emergency and crisis recall 100%,
// refusal precision and recall and decision accuracy >= 90%. The blind set is scored and
// printed on its own, never asserted on (asserting would invite tuning on it).
//
// How the sets are used (honest measurement):
//   - knowledge/eval/questions.tsv (split `tune`) is the tuning set. Synonyms, triage patterns,
//     topic `questions:` lists, field weights and thresholds were tuned by reading its misses.
//     Tuning runs use ONCOGUIDE_EVAL_SPLIT=tune.
//   - knowledge/eval/holdout.tsv (split `holdout`) was written blind by a separate author, after
//     and independently of the first tuning. Since the issue-9 "answers v2" work its misses HAVE
//     been read and tuned on (paraphrases, triage patterns, four rows relabelled "a|b" where a
//     dedicated topic was added after the row was written), so its score is a tuned figure too.
//     Its rows always count as split `holdout`. When the file is absent the test runs on `tune`.
//   - knowledge/eval/blind.tsv (split `blind`, issue 9) was written from the list of topic titles
//     by an earlier engineer of this project, so it is NOT a separate-author blind set. It is
//     still never tuned on: its misses are never printed while tuning, and it is reported on
//     its own. A genuinely separate-author blind set is kept outside this repository.
// The test prints the scores per split and on tune+holdout combined, and fails below the goals
// on tune+holdout combined. It prints the misses of one split only: ONCOGUIDE_EVAL_SPLIT selects
// it (`tune`, the default; `holdout`; `all` for tune and holdout; `blind` only for a final
// report once tuning has stopped).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "oncoguide/kb/asker.h"
#include "oncoguide/kb/eval_set.h"

namespace oncoguide::kb {
namespace {

void Print(const std::string& name, const EvalScores& s) {
  auto r = [](const Ratio& x) {
    return fmt::format("{}/{} = {:.1f}%", x.hits, x.total, 100 * x.value());
  };
  fmt::print(
      "[{}] answer top-1 {} | refusal precision {} recall {} | emergency recall {} | "
      "crisis recall {} | decision {} | over-triage of answer rows {} | lowest confidence of a "
      "correct answer {:.2f}\n",
      name, r(s.answer_top1), r(s.refusal_precision), r(s.refusal_recall), r(s.emergency_recall),
      r(s.crisis_recall), r(s.decision_accuracy), r(s.over_triage), s.min_correct_confidence);
}

TEST(EvalTest, MeetsGoals) {
  auto asker = Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
  ASSERT_TRUE(asker.ok()) << asker.status().ToString();
  const std::string dir = std::string(ONCOGUIDE_KNOWLEDGE_DIR) + "/eval";
  auto tune = LoadEvalSet(dir + "/questions.tsv");
  ASSERT_TRUE(tune.ok()) << tune.status().ToString();
  ASSERT_GT(tune->size(), 100u);
  std::vector<EvalRow> rows;
  for (EvalRow& row : *tune) {
    row.split = "tune";
    rows.push_back(std::move(row));
  }
  const std::string holdout_path = dir + "/holdout.tsv";
  bool have_holdout = false;
  if (std::filesystem::exists(holdout_path)) {
    auto holdout = LoadEvalSet(holdout_path);
    ASSERT_TRUE(holdout.ok()) << holdout.status().ToString();
    for (EvalRow& row : *holdout) {
      row.split = "holdout";
      rows.push_back(std::move(row));
    }
    have_holdout = !holdout->empty();
  }

  std::vector<EvalRow> blind;
  if (const std::string blind_path = dir + "/blind.tsv"; std::filesystem::exists(blind_path)) {
    auto b = LoadEvalSet(blind_path);
    ASSERT_TRUE(b.ok()) << b.status().ToString();
    for (EvalRow& row : *b) {
      row.split = "blind";
      blind.push_back(std::move(row));
    }
  }

  // Misses are printed for this split only; tuning must never look at holdout or blind misses.
  const char* env = std::getenv("ONCOGUIDE_EVAL_SPLIT");
  const std::string show = env != nullptr && *env != '\0' ? env : "tune";
  ASSERT_TRUE(show == "tune" || show == "holdout" || show == "all" || show == "blind")
      << "ONCOGUIDE_EVAL_SPLIT must be tune, holdout, all or blind, not '" << show << "'";

  for (const char* split : {"tune", "holdout"}) {
    if (std::string(split) == "holdout" && !have_holdout) {
      fmt::print("[holdout] no rows (knowledge/eval/holdout.tsv absent or empty)\n");
      continue;
    }
    const EvalScores s = Score(**asker, rows, split);
    Print(split, s);
    if (show == split || show == "all") {
      for (const std::string& m : s.misses) fmt::print("  miss: {}\n", m);
    }
  }
  const EvalScores all = Score(**asker, rows, "");
  Print("tune+holdout", all);
  if (!blind.empty()) {
    const EvalScores b = Score(**asker, blind, "blind");
    Print("blind", b);
    if (show == "blind") {
      for (const std::string& m : b.misses) fmt::print("  miss: {}\n", m);
    }
  }
  EXPECT_GE(all.answer_top1.value(), 0.95);
  EXPECT_EQ(all.emergency_recall.value(), 1.0);
  EXPECT_EQ(all.crisis_recall.value(), 1.0);
  EXPECT_GE(all.refusal_recall.value(), 0.9);
  EXPECT_GE(all.refusal_precision.value(), 0.9);
  EXPECT_GE(all.decision_accuracy.value(), 0.9);
}

}  // namespace
}  // namespace oncoguide::kb
