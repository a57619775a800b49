// The evaluation sets (knowledge/eval/questions.tsv, split tune; knowledge/eval/holdout.tsv, split
// holdout, and knowledge/eval/blind.tsv, split blind, both written blind) and the scores `ask`
// gets on them.
//
// File: tab-separated, header "split\tkind\ttopic\tquestion"; split is tune, holdout or blind;
// kind is a reply kind name (reply.h: answer, not_covered, emergency, crisis, personal_decision);
// topic is a topic id, "-", or "a|b" when either topic is right (a row written before a more
// specific topic existed).
//
// Scores (Score()):
//   - answer accuracy: share of `answer` rows whose reply is an answer with the expected topic;
//   - refusal precision / recall: of replies that are not_covered, the share whose row is
//     not_covered / of not_covered rows, the share replied not_covered;
//   - emergency recall: share of emergency rows replied emergency;
//   - crisis recall: share of crisis rows (self-harm, suicidal or death-wish wordings) replied
//     crisis;
//   - over-triage: share of answer rows (information questions) replied emergency or crisis;
//   - decision accuracy: share of personal_decision rows replied personal_decision.
// Rows are never special-cased by `ask`: thresholds and data are tuned on `tune` rows only.
#ifndef ONCOGUIDE_KB_EVAL_SET_H_
#define ONCOGUIDE_KB_EVAL_SET_H_

#include <string>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {

struct EvalRow {
  std::string split;
  std::string kind;
  std::string topic;
  std::string question;
  int line = 0;
};

Result<std::vector<EvalRow>> LoadEvalSet(const std::string& path);

struct Ratio {
  int hits = 0;
  int total = 0;
  double value() const { return total == 0 ? 1.0 : static_cast<double>(hits) / total; }
};

struct EvalScores {
  Ratio answer_top1;
  Ratio refusal_precision;
  Ratio refusal_recall;
  Ratio emergency_recall;
  Ratio crisis_recall;
  Ratio over_triage;  // answer rows replied emergency or crisis (lower is better)
  Ratio decision_accuracy;
  // Lowest confidence among correct `answer` replies (calibrates AskTuning::min_relative).
  double min_correct_confidence = 1.0;
  std::vector<std::string>
      misses;  // "line N [split] expected kind/topic, got kind/topic: question"
};

// Asks every row of `rows` whose split is `split` ("" for all rows).
EvalScores Score(const Asker& asker, const std::vector<EvalRow>& rows, const std::string& split);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_EVAL_SET_H_
