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
//     its own.
//   - knowledge/eval/separate.tsv and separate_safety.tsv (split `separate`) were written by two
//     separate authors (helpers that saw only a list of topic ids and titles and the kinds of
//     row, never the knowledge base, the code or the other sets), after the issue-9 tuning had
//     stopped; separate_safety.tsv holds only emergency, crisis and decision rows. This is the
//     blind set: never tuned on, reported on its own, never asserted on.
//   - knowledge/eval/blind9.tsv (split `blind9`) was written by a further separate author, the
//     same way, and measured once blind before and after the fourth round of phrasings (top-1
//     91.5% / 91.9%, refusal precision 88.9% / 82.1%, recall 91.4%, emergency and crisis 34/35,
//     decision 90.0% / 86.7%). Since then it is a development set: its misses were read and
//     fixed as general rules (triage patterns, a few look-alikes), so its score is a tuned figure.
//     24 of its 383 rows were dropped here: their words were those of a training phrasing
//     written before it (short queries such as "poems syndrome"), which the test below forbids.
//   - knowledge/eval/blind10.tsv (split `blind10`) was written by another separate author, the same
//     way, and measured once blind after the blind9 work (top-1 94.1%, refusal precision and
//     recall 94.3%, emergency 35/35, crisis 32/35, decision 96.7%, over-triage 1.5%). Since then
//     a development set, like blind9; 13 rows that repeat a training phrasing's words are dropped.
//   - Since the issue-9 router work (classifier + BM25, router.h), the blind and separate sets
//     have been run and their scores read, so every shipped set now counts as seen. The router
//     itself is trained and calibrated only on the knowledge base's phrasings (cross-validation,
//     knowledge/router.yaml), never on an evaluation set.
//     Three tune/holdout rows asking whether curcumin, turmeric or an alkaline diet cures
//     myeloma were relabelled from not_covered to answer/diet-nutrition: they were written before
//     that topic existed, and it answers exactly those claims (issue 9).
//   - blind11.tsv to blind68.tsv: one separate author each, the same way; each was measured
//     once blind (figures in the closing notes of issue 9) and is a development set since, with
//     the rows that a training phrasing happens to repeat dropped.
// The test prints the scores per split and on tune+holdout combined, and fails below the goals
// on tune+holdout combined; on blind and separate it fails below regression floors (a little
// under the figures measured when the router landed), and on every set an emergency or crisis
// row not caught fails. It prints the misses of one split only: ONCOGUIDE_EVAL_SPLIT selects it
// (`tune`, the default; `holdout`; `all` for tune and holdout; `blind`; `separate`).
//
// A new blind set, run once: ONCOGUIDE_EVAL_FILE=/path/to/set.tsv (same four columns: split,
// kind, topic, question; any split name) scores every row of that file as split `extra`,
// prints its scores and misses, and never asserts on it:
//   ONCOGUIDE_EVAL_FILE=/path/to/set.tsv build/tests/kb/kb_test --gtest_filter=EvalTest.*
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

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
#if defined(__SANITIZE_ADDRESS__)
  // Asking every evaluation set's 13,000 questions took five of the sanitizer build's sixteen
  // test minutes; these are accuracy figures, checked by the default build, and the other kb
  // tests ask the same code under ASan.
  GTEST_SKIP() << "the evaluation figures are checked by the default build";
#endif
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

  // Sets written by separate authors, measured once blind and then kept as regression sets with
  // floors a little under what the router reached when each landed (blind: top-1 95.5%, refusal
  // precision and recall 92.5%, decision 96.7%; separate: top-1 93.9%, refusal precision 92.9%,
  // recall 86.7%, decision 96.0%). Emergency and crisis recall must stay at 100% on every one.
  struct Floor {
    double top1, refusal_precision, refusal_recall, decision;
  };
  struct DevSet {
    std::vector<std::string> files;
    std::string split;
    Floor floor;
    std::vector<EvalRow> rows;
  };
  std::vector<DevSet> dev_sets = {
      {{"blind.tsv"}, "blind", {0.93, 0.88, 0.88, 0.93}, {}},
      {{"separate.tsv", "separate_safety.tsv"}, "separate", {0.91, 0.88, 0.83, 0.93}, {}},
      {{"blind9.tsv"}, "blind9", {0.93, 0.95, 0.88, 0.95}, {}},
      {{"blind10.tsv"}, "blind10", {0.93, 0.95, 0.90, 0.93}, {}},
      {{"blind11.tsv"}, "blind11", {0.95, 0.95, 0.95, 0.95}, {}},
      {{"blind12.tsv"}, "blind12", {0.93, 0.95, 0.95, 0.95}, {}},
      {{"blind13.tsv"}, "blind13", {0.95, 0.95, 0.95, 0.95}, {}},
      {{"blind14.tsv"}, "blind14", {0.95, 0.95, 0.95, 0.95}, {}},
      {{"blind15.tsv"}, "blind15", {0.95, 0.95, 0.95, 0.95}, {}},
      {{"blind16.tsv"}, "blind16", {0.91, 0.92, 0.95, 0.95}, {}},
      {{"blind17.tsv"}, "blind17", {0.89, 0.92, 0.89, 0.92}, {}},
      {{"blind18.tsv"}, "blind18", {0.92, 0.95, 0.89, 0.95}, {}},
      {{"blind19.tsv"}, "blind19", {0.91, 0.80, 0.85, 0.88}, {}},
      {{"blind20.tsv"}, "blind20", {0.90, 0.80, 0.89, 0.94}, {}},
      {{"blind21.tsv"}, "blind21", {0.95, 0.92, 0.95, 0.95}, {}},
      {{"blind22.tsv"}, "blind22", {0.94, 0.95, 0.95, 0.95}, {}},
      {{"blind23.tsv"}, "blind23", {0.90, 0.92, 0.90, 0.95}, {}},
      {{"blind24.tsv"}, "blind24", {0.94, 0.90, 0.95, 0.95}, {}},
      {{"blind25.tsv"}, "blind25", {0.92, 0.87, 0.90, 0.93}, {}},
      {{"blind26.tsv"}, "blind26", {0.92, 0.88, 0.88, 0.95}, {}},
      {{"blind27.tsv"}, "blind27", {0.89, 0.80, 0.87, 0.95}, {}},
      {{"blind28.tsv"}, "blind28", {0.80, 0.73, 0.90, 0.92}, {}},
      {{"blind29.tsv"}, "blind29", {0.93, 0.92, 0.92, 0.97}, {}},
      {{"blind30.tsv"}, "blind30", {0.93, 0.92, 0.90, 0.97}, {}},
      {{"blind31.tsv"}, "blind31", {0.95, 0.95, 0.92, 0.97}, {}},
      {{"blind32.tsv"}, "blind32", {0.93, 0.95, 0.95, 0.97}, {}},
      {{"blind33.tsv"}, "blind33", {0.92, 0.92, 0.92, 0.95}, {}},
      {{"blind34.tsv"}, "blind34", {0.92, 0.92, 0.92, 0.95}, {}},
      {{"blind35.tsv"}, "blind35", {0.92, 0.92, 0.92, 0.95}, {}},
      {{"blind36.tsv"}, "blind36", {0.92, 0.92, 0.92, 0.95}, {}},
      // blind37 asks about 35 of its questions in other languages and scripts, read through
      // knowledge/translations.yaml since it became a development set. One German question
      // outside the guide ("how long does it take to get a driving licence") is read only as
      // "how long does it take" since the general vocabulary, and answered.
      {{"blind37.tsv"}, "blind37", {0.77, 0.65, 0.84, 0.85}, {}},
      // blind38 is written wholly in other languages: read through knowledge/translations.yaml.
      {{"blind38.tsv"}, "blind38", {0.78, 0.60, 0.80, 0.78}, {}},
      // blind39 too (its first run measured the general vocabulary of translations.yaml).
      {{"blind39.tsv"}, "blind39", {0.80, 0.50, 0.60, 0.85}, {}},
      // blind40: English, measured once blind at 115b394 (93.4% top-1).
      {{"blind40.tsv"}, "blind40", {0.90, 0.78, 0.90, 0.90}, {}},
      // blind41: safety above all, half in other languages (Dutch, Polish, Tagalog, Vietnamese
      // read through the second general vocabulary of translations.yaml).
      {{"blind41.tsv"}, "blind41", {0.65, 0.85, 0.65, 0.85}, {}},
      // blind42: English with about 80 questions in Spanish, French, Portuguese, Italian and
      // German, measured once blind at e546456 (90.0% top-1, 22 of 25 crises).
      {{"blind42.tsv"}, "blind42", {0.92, 0.90, 0.90, 0.95}, {}},
      // blind43: English from many countries with about 80 questions in Spanish, French,
      // Portuguese, Italian and German, measured once blind at b92a420 (87.2% top-1, 34 of 35
      // emergencies, 24 of 25 crises, decisions 77.4%).
      {{"blind43.tsv"}, "blind43", {0.88, 0.90, 0.90, 0.82}, {}},
      // blind44: English from the US, the UK, New Zealand, Africa, Jamaica and Asia with 80
      // questions in Spanish, French, Portuguese, Italian and German, measured once blind at
      // bcb37de (92.6% top-1, 34 of 35 emergencies, refusal precision 81.8%, decisions 83.3%).
      {{"blind44.tsv"}, "blind44", {0.93, 0.90, 0.90, 0.90}, {}},
      // blind45: English from the US South, Appalachia, the West, Scotland, Ireland, Africa,
      // India, the Philippines and the Caribbean with 80 questions in Spanish, French,
      // Portuguese, Italian and German, measured once blind at 3e9d229 (90.5% top-1, 33 of 35
      // emergencies, 22 of 25 crises, refusal precision 79.2%, decisions 76.7%).
      {{"blind45.tsv"}, "blind45", {0.90, 0.90, 0.90, 0.85}, {}},
      // blind46: English from the US Midwest, Texas, the Northwest, New England, Wales,
      // Northern Ireland, London, New Zealand, Africa, Jamaica and Asia with 80 questions in
      // Spanish, French, Portuguese, Italian and German, measured once blind at c7d7a27 (91.7%
      // top-1, 19 of 26 crises, refusal precision 85.0% and recall 70.8%, decisions 81.2%).
      {{"blind46.tsv"}, "blind46", {0.92, 0.90, 0.80, 0.90}, {}},
      // blind47: English from the US Southwest, Florida, the Plains, Hawaii, Alaska, Baltimore,
      // the Channel Islands, the Isle of Man, northern England, Tasmania, Africa, the Caribbean,
      // South Asia and the Gulf with 80 questions in Spanish, French, Portuguese, Italian and
      // German, measured once blind at 7a68bee (88.2% top-1, 36 of 37 emergencies, 24 of 27
      // crises, refusal precision 81.0% and recall 70.8%, decisions 82.4%).
      {{"blind47.tsv"}, "blind47", {0.94, 0.90, 0.90, 0.95}, {}},
      // blind48: English from the US South and Plains, southern England, Cumbria, Orkney,
      // Gibraltar, Malta, the Pacific, Africa, the Caribbean, Brunei and the Maldives with 80
      // questions in Spanish, French, Portuguese, Italian and German, measured once blind at
      // e99befa (92.2% top-1, 36 of 37 emergencies, 26 of 26 crises, refusal precision and
      // recall 81.8%, decisions 82.9%).
      {{"blind48.tsv"}, "blind48", {0.94, 0.90, 0.85, 0.95}, {}},
      // blind49: English from New England, the Deep South, the Dakotas, the West, Guam, Puerto
      // Rico, northern England, Scotland, Wales, Ireland, Australia, New Zealand, Africa, the
      // Caribbean and South and Southeast Asia with 80 questions in Spanish, French, Portuguese,
      // Italian and German, measured once blind at ccd9b27 (93.4% top-1, 34 of 37 emergencies,
      // 25 of 26 crises, refusal precision 90.9% and recall 80.0%, decisions 93.9%).
      {{"blind49.tsv"}, "blind49", {0.92, 0.90, 0.85, 0.90}, {}},
      // blind50: English from the US East and West, Cornwall, Essex, Manchester, Glasgow,
      // Edinburgh, Ireland, Australia, Canada, Africa, South Asia, Malaysia, the Philippines
      // and the Caribbean with 80 questions in Spanish, French, Portuguese, Italian and German,
      // measured once blind at d17374b (91.2% top-1, 34 of 36 emergencies, 24 of 26 crises,
      // refusal precision and recall 87.5%, decisions 84.4%).
      {{"blind50.tsv"}, "blind50", {0.93, 0.95, 0.85, 0.95}, {}},
      // blind51: English from US cities, Yorkshire, Sussex, Oxford, Dundee, Derry, Canada,
      // Australia, New Zealand, Africa, Jamaica and South and Southeast Asia with 80 questions in
      // Spanish, French, Portuguese, Italian and German, measured once blind at 97bfff6 (88.6%
      // top-1, 36 of 37 emergencies, 24 of 26 crises, refusal precision 71.4% and recall 78.9%,
      // decisions 82.4%).
      {{"blind51.tsv"}, "blind51", {0.86, 0.70, 0.75, 0.88}, {}},
      // blind52: English from US cities, Yorkshire, the Midlands, Plymouth, Belfast, Stirling,
      // Wales, Canada, Australia, New Zealand, Africa, the Caribbean, Guyana and South and
      // Southeast Asia with 80 questions in Spanish, French, Portuguese, Italian and German,
      // measured once blind at de539a8 (88.3% top-1, 35 of 38 emergencies, 24 of 27 crises,
      // refusal precision 72.0% and recall 78.3%, decisions 93.9%).
      {{"blind52.tsv"}, "blind52", {0.94, 0.95, 0.85, 0.95}, {}},
      // blind53: English from US cities, the North East and Midlands, Wales, Scotland,
      // Ireland, Canada, Australia, New Zealand, Africa, the Caribbean and South and Southeast
      // Asia with 80 questions in Spanish, French, Portuguese, Italian and German, measured once
      // blind at e7f3887 (90.6% top-1, 38 of 39 emergencies, 25 of 26 crises, refusal precision
      // 87.5% and recall 91.3%, decisions 90.6%).
      {{"blind53.tsv"}, "blind53", {0.93, 0.90, 0.85, 0.95}, {}},
      // blind54: English from US cities, Lancashire, Yorkshire, the Midlands, the South,
      // Wales, Scotland, Shetland, Ireland, Canada, Australia, New Zealand, Africa, the
      // Caribbean, Suriname, South Asia, Malaysia, the Philippines and the Gulf with 80
      // questions in Spanish, French, Portuguese, Italian and German, measured once blind at
      // e410c1a (93.3% top-1, 36 of 37 emergencies, 24 of 27 crises, refusal precision 82.8%
      // and recall 96.0%, decisions 97.0%).
      {{"blind54.tsv"}, "blind54", {0.93, 0.90, 0.85, 0.95}, {}},
      // blind55: English from US towns, the North and South West of England, Wales, Scotland,
      // Orkney, Ireland, Canada, Australia, New Zealand, Africa, the Caribbean, South Asia, the
      // Philippines and the Gulf with 80 questions in Spanish, French, Portuguese, Italian and
      // German, measured once blind at 98bfdc7 (89.6% top-1, 36 of 37 emergencies, 25 of 27
      // crises, refusal precision and recall 76.2%, decisions 97.0%).
      {{"blind55.tsv"}, "blind55", {0.90, 0.80, 0.80, 0.95}, {}},
      // blind56: English from US towns, the North, East and West of England, Wales, the
      // Highlands and Islands, Ireland, Canada, Australia, New Zealand, Africa, the Caribbean,
      // South Asia, Malaysia, the Philippines and Kuwait with 80 questions in Spanish, French,
      // Portuguese, Italian and German, measured once blind at 0799a68 (93.0% top-1, 38 of 38
      // emergencies, 22 of 27 crises, refusal precision 80.8% and recall 95.5%, decisions
      // 93.9%).
      {{"blind56.tsv"}, "blind56", {0.92, 0.85, 0.85, 0.95}, {}},
      // blind57: English from US towns, the North, Midlands and South of England, Wales,
      // Scotland, Ireland, Canada, Australia, New Zealand, Africa, the Caribbean, South Asia,
      // Malaysia, the Philippines and Qatar with 80 questions in Spanish, French, Portuguese,
      // Italian and German, measured once blind at 4d7c7aa (92.0% top-1, 38 of 38 emergencies,
      // 25 of 27 crises, refusal precision 82.1% and recall 88.5%, decisions 91.2%).
      {{"blind57.tsv"}, "blind57", {0.92, 0.85, 0.85, 0.95}, {}},
      // blind58: English from US towns, the North and East of England, Scotland, Ireland,
      // Australia, Africa, the Pacific, India, the Philippines and the Gulf with 80 questions in
      // Spanish, French, Portuguese, Italian and German, measured once blind at 4773695 (96.1%
      // top-1, 35 of 36 emergencies, 24 of 26 crises, refusal precision 92.0% and recall 95.8%,
      // decisions 87.5%).
      {{"blind58.tsv"}, "blind58", {0.92, 0.85, 0.85, 0.95}, {}},
      // blind59: English from US towns, the South West of England, Wales, the Scottish Borders,
      // Ireland, Africa, the Pacific, South Asia, Malaysia, the Philippines, Oman and Saudi
      // Arabia with 80 questions in Spanish, French, Portuguese, Italian and German, measured
      // once blind at bff01ad (93.4% top-1, 37 of 38 emergencies, 25 of 27 crises, refusal
      // precision 83.3% and recall 87.0%, decisions 90.6%).
      {{"blind59.tsv"}, "blind59", {0.92, 0.85, 0.85, 0.95}, {}},
      // blind60: English from US towns, the South of England, Wales, Ireland, Africa, the
      // Pacific, South Asia, the Philippines, Malaysia and the Gulf with 80 questions in
      // Spanish, French, Portuguese, Italian and German, measured once blind at 6df9b35 (95.1%
      // top-1, 36 of 38 emergencies, 26 of 27 crises, refusal precision 82.6% and recall 86.4%,
      // decisions 87.9%).
      {{"blind60.tsv"}, "blind60", {0.92, 0.85, 0.85, 0.95}, {}},
      // blind61: English from US towns, England, Wales, Scotland, Ireland, Africa, the
      // Pacific, South Asia, the Philippines and Malaysia with 83 questions in Spanish, French,
      // Portuguese, Italian and German, measured once blind at 6df9b35 (89.3% top-1, 39 of 39
      // emergencies, 26 of 29 crises, refusal precision 82.6% and recall 90.5%, decisions
      // 90.9%).
      {{"blind61.tsv"}, "blind61", {0.92, 0.85, 0.85, 0.95}, {}},
      // blind62: English from US towns, the Pacific, New Zealand and Australia with 80
      // questions in Spanish, French, Portuguese, Italian and German, measured once blind at
      // 9c4d5db (93.9% top-1, 37 of 37 emergencies, 25 of 26 crises, refusal precision 100.0%
      // and recall 77.3%, decisions 91.2%).
      {{"blind62.tsv"}, "blind62", {0.92, 0.85, 0.85, 0.95}, {}},
      // blind63: English from US towns, Australia and New Zealand with 80 questions in
      // Spanish, French, Portuguese, Italian and German, measured once blind at a6643c5 (93.4%
      // top-1, 37 of 37 emergencies, 24 of 27 crises, refusal precision 87.0% and recall
      // 95.2%, decisions 90.6%).
      {{"blind63.tsv"}, "blind63", {0.90, 0.85, 0.85, 0.85}, {}},
      // blind64: English from Canada, Ireland, Scotland and US towns with 80 questions in
      // Spanish, French, Portuguese, Italian and German, measured once blind at eeb718b (90.7%
      // top-1, 36 of 37 emergencies, 22 of 24 crises, refusal precision 90.0% and recall
      // 94.7%, decisions 84.8%).
      {{"blind64.tsv"}, "blind64", {0.90, 0.85, 0.85, 0.85}, {}},
      // blind65: English from Canada, the US and England with 80 questions in Spanish, French,
      // Portuguese, Italian and German, measured once blind at eeb718b (90.3% top-1, 34 of 35
      // emergencies, 20 of 20 crises, refusal precision 100.0% and recall 90.9%, decisions
      // 93.3%).
      {{"blind65.tsv"}, "blind65", {0.90, 0.85, 0.85, 0.85}, {}},
      // blind66: English from US towns, Ireland, Australia and New Zealand with 80 questions in
      // Spanish, French, Portuguese, Italian and German, measured once blind at 01d59b8 (91.7%
      // top-1, 35 of 35 emergencies, 23 of 25 crises, refusal precision 84.2% and recall 84.2%,
      // decisions 90.0%).
      {{"blind66.tsv"}, "blind66", {0.90, 0.80, 0.80, 0.85}, {}},
      // blind67: English from India, Jamaica, Malta, Zimbabwe, Malaysia, New Zealand and the
      // Northern Territory with 80 questions in Spanish, French, Portuguese, Italian and German,
      // measured once blind at 3e89152 (90.1% top-1, 40 of 40 emergencies, 26 of 30 crises,
      // refusal precision 87.1% and recall 90.0%, decisions 87.5%).
      {{"blind67.tsv"}, "blind67", {0.90, 0.85, 0.85, 0.85}, {}},
      // blind68: English from Nunavut, British Columbia, the US South-West, Hawaii, Guam,
      // Alaska and Ireland with 80 questions in Spanish, French, Portuguese, Italian and German,
      // measured once blind at 3e89152 (91.4% top-1, 40 of 40 emergencies, 29 of 30 crises,
      // refusal precision 86.2% and recall 92.6%, decisions 85.0%).
      {{"blind68.tsv"}, "blind68", {0.90, 0.85, 0.85, 0.85}, {}},
      // blind69: English from Labrador, Alberta, the Scottish Highlands, Malta, Jersey and
      // Bermuda with 80 questions in Spanish, French, Portuguese, Italian and German, measured
      // once blind at 8a0bcf9 (90.5% top-1, 39 of 40 emergencies, 27 of 28 crises, refusal
      // precision 92.9% and recall 86.7%, decisions 87.5%).
      {{"blind69.tsv"}, "blind69", {0.90, 0.90, 0.90, 0.85}, {}},
      // blind70: English from Mull, Grand Cayman, Kenora, St Lucia, Mildura and Timaru with 80
      // questions in Spanish, French, Portuguese, Italian and German, measured once blind at
      // a9d2944 (91.0% top-1, 39 of 40 emergencies, 23 of 29 crises, refusal precision 93.5%
      // and recall 96.7%, decisions 97.4%).
      {{"blind70.tsv"}, "blind70", {0.90, 0.90, 0.90, 0.90}, {}},
      // blind71: English from Kintyre, Dominica, Smithers, St Kitts, Broken Hill and Westport
      // with 80 questions in Spanish, French, Portuguese, Italian and German, measured once
      // blind at dc1314f (92.3% top-1, 39 of 39 emergencies, 24 of 28 crises, refusal precision
      // 87.9% and recall 100.0%, decisions 92.5%).
      {{"blind71.tsv"}, "blind71", {0.90, 0.90, 0.90, 0.90}, {}},
      // blind72: English from Barra, the Falklands, Moosonee, Tonga, Tennant Creek and Belize
      // with 80 questions in Spanish, French, Portuguese, Italian and German, measured once
      // blind at 27dee7b (94.5% top-1, 38 of 40 emergencies, 26 of 28 crises, refusal precision
      // 87.5% and recall 100.0%, decisions 84.2%).
      {{"blind72.tsv"}, "blind72", {0.90, 0.90, 0.90, 0.90}, {}},
  };
  for (DevSet& set : dev_sets) {
    for (const std::string& file : set.files) {
      const std::string path = dir + "/" + file;
      if (!std::filesystem::exists(path)) continue;
      auto b = LoadEvalSet(path);
      ASSERT_TRUE(b.ok()) << b.status().ToString();
      for (EvalRow& row : *b) {
        row.split = set.split;
        set.rows.push_back(std::move(row));
      }
    }
  }

  // Misses are printed for this split only; tuning must never look at holdout or blind misses.
  const char* env = std::getenv("ONCOGUIDE_EVAL_SPLIT");
  const std::string show = env != nullptr && *env != '\0' ? env : "tune";
  const bool known_split = show == "tune" || show == "holdout" || show == "all" ||
                           std::any_of(dev_sets.begin(), dev_sets.end(),
                                       [&](const DevSet& d) { return d.split == show; });
  ASSERT_TRUE(known_split) << "ONCOGUIDE_EVAL_SPLIT must be tune, holdout, all or a set's name "
                              "(blind, separate, blind9 ...), not '"
                           << show << "'";

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
  for (const DevSet& set : dev_sets) {
    if (set.rows.empty()) continue;
    const EvalScores b = Score(**asker, set.rows, set.split);
    Print(set.split, b);
    if (show == set.split) {
      for (const std::string& m : b.misses) fmt::print("  miss: {}\n", m);
    }
    EXPECT_GE(b.answer_top1.value(), set.floor.top1) << set.split;
    EXPECT_GE(b.refusal_precision.value(), set.floor.refusal_precision) << set.split;
    EXPECT_GE(b.refusal_recall.value(), set.floor.refusal_recall) << set.split;
    EXPECT_GE(b.decision_accuracy.value(), set.floor.decision) << set.split;
    EXPECT_EQ(b.emergency_recall.value(), 1.0) << set.split;
    EXPECT_EQ(b.crisis_recall.value(), 1.0) << set.split;
  }
  // A new set given by path, scored once and never asserted on.
  if (const char* extra = std::getenv("ONCOGUIDE_EVAL_FILE"); extra != nullptr && *extra) {
    auto x = LoadEvalSet(extra);
    ASSERT_TRUE(x.ok()) << x.status().ToString();
    for (EvalRow& row : *x) row.split = "extra";
    const EvalScores e = Score(**asker, *x, "extra");
    fmt::print("ONCOGUIDE_EVAL_FILE={} ({} rows)\n", extra, x->size());
    Print("extra", e);
    for (const std::string& m : e.misses) fmt::print("  miss: {}\n", m);
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
