// A supervised topic classifier for `ask` routing, trained at start-up from the knowledge base's
// own phrasings (topic `questions:` and knowledge/paraphrases/), never from an evaluation set.
//
// Model: L2-regularised logistic regression (liblinear, solver L2R_LR_DUAL: dual coordinate
// descent, about 4x faster to train here than the primal solver and as accurate), one-vs-rest
// over the labels, probabilities from liblinear's predict_probability (the per-label sigmoids,
// normalised to sum to 1). The dual solver shuffles with the C library's rand(); Train() seeds
// it with srand(1) first, so training is deterministic (and resets that global generator).
//
// Features of a text (Featurize()), each group L2-normalised on its own and then scaled by its
// group weight, so that a long question does not drown its words in character n-grams:
//   - words: English stems (StemWord) of every Tokenize() word, "w:<stem>" (stopwords too: "tell
//     my kids" and "will my kids get" differ only in words a search engine drops);
//   - bigrams: consecutive stems, "b:<stem>_<stem>";
//   - concepts: synonym-table concepts (synonyms.h), "c:<concept>", so "Darzalex" and "dara" are
//     one feature;
//   - character n-grams of every non-stopword word with boundary marks ("<kid>" gives "<ki",
//     "kid", "id>", ...), n = 3..5, "g:<ngram>": a typo ("myleoma", "velcaid") still shares most
//     n-grams with the right word, and "kids" shares few with "kidney".
// Only features seen in training are kept (the vocabulary); others are ignored at prediction.
#ifndef ONCOGUIDE_KB_TOPIC_CLASSIFIER_H_
#define ONCOGUIDE_KB_TOPIC_CLASSIFIER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/synonyms.h"

namespace oncoguide::kb {

struct ClassifierOptions {
  double c = 8.0;  // liblinear C (inverse regularisation strength)
  double word_weight = 1.0;
  double bigram_weight = 0.5;
  double concept_weight = 1.0;
  double char_weight = 1.0;
  int char_min = 3;
  int char_max = 5;
  // When not empty, the trained model and its vocabulary are kept in the model cache under this
  // name and read back by a later Train() on the same texts, labels, options and synonyms
  // (src/kb/model_cache.h). Cross-validation leaves it empty: its folds are trained once.
  std::string cache_name;
};

struct LabeledText {
  std::string text;
  int label = 0;  // 0 .. num_labels-1
};

class TopicClassifier {
 public:
  // Trains on `examples` (labels 0..num_labels-1; every label needs at least one example).
  // REQUIRES: `synonyms` outlives the classifier.
  static Result<std::unique_ptr<TopicClassifier>> Train(const std::vector<LabeledText>& examples,
                                                        int num_labels,
                                                        const SynonymTable& synonyms,
                                                        ClassifierOptions options = {});
  ~TopicClassifier();
  TopicClassifier(const TopicClassifier&) = delete;
  TopicClassifier& operator=(const TopicClassifier&) = delete;

  // Probability of each label for `text` (size num_labels, sums to 1).
  std::vector<double> Predict(std::string_view text) const;

  // Feature names of `text` with their values (for tests and debugging), vocabulary or not.
  std::vector<std::pair<std::string, double>> Featurize(std::string_view text) const;

  int num_labels() const { return num_labels_; }
  size_t vocabulary_size() const { return vocabulary_.size(); }

 private:
  TopicClassifier() = default;
  struct Model;
  // The model cache's key of training on `examples` with this classifier's options and
  // synonyms; and the cached vocabulary and model for it, when there (src/kb/model_cache.h).
  std::uint64_t TrainingKey(const std::vector<LabeledText>& examples) const;
  bool LoadFromCache(const std::string& dir, std::uint64_t key);

  const SynonymTable* synonyms_ = nullptr;
  ClassifierOptions options_;
  int num_labels_ = 0;
  std::unordered_map<std::string, int> vocabulary_;  // feature name -> liblinear index (1-based)
  std::unique_ptr<Model> model_;
};

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_TOPIC_CLASSIFIER_H_
