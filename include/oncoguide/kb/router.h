// Topic routing for `ask`: a supervised classifier (topic_classifier.h) fused with BM25
// retrieval (search_index.h), and a calibrated confidence that decides "not covered".
//
// Training data (MakeTrainingSet), all from the knowledge base, never from an evaluation set:
//   - one label per non-personal topic (personal topics are reached only by personal.yaml
//     rules): its title, its `questions:` and its knowledge/paraphrases/<id>.txt lines;
//   - one extra "none" label: knowledge/paraphrases/_not_covered.txt, questions outside what
//     the guide covers (other illnesses, everyday life), written in our own words.
//
// Route(): for each candidate topic t (the classifier's 5 most probable topics and BM25's hits)
//   fused(t) = w * p_classifier(t) + (1 - w) * bm25_relative(t) + b * [t is BM25's best hit]
// and the best fused topic wins; its fused score is the confidence. The question is not covered
// when the confidence is below `min_confidence` (or no candidate exists).
//
// Calibration (Calibrate): stratified k-fold cross-validation on the TRAINING data only. For
// each fold, the classifier is trained and the BM25 index is built without the fold's phrasings;
// each held-out phrasing is then routed. C (from kCalibrationC), w, b and min_confidence are
// chosen on a grid to maximise the accuracy on all held-out phrasings: topic phrasings routed to
// their topic plus not-covered phrasings refused, over all of them. The result is written to
// knowledge/router.yaml by the kb_calibrate tool and loaded at start-up (a missing file gives the
// defaults below); tests/kb/router_test.cc checks that the file matches a fresh calibration.
#ifndef ONCOGUIDE_KB_ROUTER_H_
#define ONCOGUIDE_KB_ROUTER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/search_index.h"
#include "oncoguide/kb/synonyms.h"
#include "oncoguide/kb/topic_classifier.h"

namespace oncoguide::kb {

struct RouterCalibration {
  double fusion_weight = 0.5;   // w: weight of the classifier probability
  double min_confidence = 0.3;  // below: not covered
  double classifier_c = 8.0;    // liblinear C of the classifier
  double agreement_bonus = 0;   // added when the topic is also BM25's best hit
  // How the values were obtained (written by Calibrate, informational).
  int folds = 0;
  int positives = 0;  // topic phrasings
  int negatives = 0;  // not-covered phrasings
  double cv_topic_accuracy = 0;
  double cv_refusal_recall = 0;
  double cv_refusal_precision = 0;
};

// Reads <knowledge_dir>/router.yaml; a missing file gives RouterCalibration{}.
Result<RouterCalibration> LoadRouterCalibration(const std::string& knowledge_dir);
// The YAML text of `c` (what kb_calibrate writes).
std::string FormatRouterCalibration(const RouterCalibration& c);

// Reads a file of phrasings: one a line, blank lines and lines starting with '#' skipped. A
// missing file gives an empty list.
Result<std::vector<std::string>> LoadPhraseFile(const std::string& file);

// Reads <knowledge_dir>/paraphrases/_not_covered.txt (one question a line, '#' comments); a
// missing file gives an empty list.
Result<std::vector<std::string>> LoadNotCoveredPhrasings(const std::string& knowledge_dir);

struct TrainingSet {
  std::vector<LabeledText> examples;
  std::vector<size_t> topic_of_label;  // label -> index into KnowledgeBase::topics
  int none_label = -1;                 // label of the not-covered phrasings, -1 when none
  int num_labels() const {
    return static_cast<int>(topic_of_label.size()) + (none_label >= 0 ? 1 : 0);
  }
};

TrainingSet MakeTrainingSet(const KnowledgeBase& kb, const std::vector<std::string>& not_covered);

struct Route {
  std::optional<size_t> topic;  // index into KnowledgeBase::topics; empty: not covered
  double confidence = 0;        // fused score of the best topic, capped at 1
  double classifier = 0;        // the best topic's classifier probability
  double bm25 = 0;              // the best topic's BM25 relative score
  std::optional<size_t> best;   // the best topic even when below the threshold
};

class Router {
 public:
  // REQUIRES: `kb` and `synonyms` outlive the router.
  static Result<std::unique_ptr<Router>> Build(const KnowledgeBase& kb,
                                               const SynonymTable& synonyms,
                                               const std::vector<std::string>& not_covered,
                                               RouterCalibration calibration);

  // `found` is the BM25 search of the same question, personal topics excluded.
  Route Decide(std::string_view question, const SearchResult& found) const;

  const RouterCalibration& calibration() const { return calibration_; }
  const TopicClassifier& classifier() const { return *classifier_; }
  // What the classifier was trained on (the learned triage checks train on it too).
  const TrainingSet& training() const { return training_; }

 private:
  Router() = default;
  const KnowledgeBase* kb_ = nullptr;
  TrainingSet training_;
  RouterCalibration calibration_;
  std::unique_ptr<TopicClassifier> classifier_;
};

// The classifier C values cross-validated by Calibrate.
inline constexpr double kCalibrationC[] = {2.0, 8.0, 32.0};

// k-fold cross-validation on the training data (see the file comment). Deterministic.
Result<RouterCalibration> Calibrate(const KnowledgeBase& kb, const SynonymTable& synonyms,
                                    const std::vector<std::string>& not_covered, int folds = 5);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_ROUTER_H_
