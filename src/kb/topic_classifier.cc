#include "oncoguide/kb/topic_classifier.h"

#include <fmt/format.h>
#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include "model_cache.h"
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

void Quiet(const char*) {}

// Adds `weight` times the L2-normalised `group` to `out`.
void AddGroup(const std::map<std::string, double>& group, double weight,
              std::vector<std::pair<std::string, double>>* out) {
  double norm = 0;
  for (const auto& [name, v] : group) norm += v * v;
  if (norm == 0 || weight == 0) return;
  norm = std::sqrt(norm);
  for (const auto& [name, v] : group) out->emplace_back(name, weight * v / norm);
}

// Bumped whenever Featurize() changes what it produces (the model cache's key also hashes the
// features of the first training texts, in case a change forgets this).
constexpr std::uint64_t kFeatureVersion = 1;

parameter Parameter(const ClassifierOptions& options) {
  parameter param{};
  param.solver_type = L2R_LR_DUAL;
  param.eps = 0.1;
  param.C = options.c;
  return param;
}

template <typename T>
std::uint64_t Mix(std::uint64_t h, const T& v) {
  return internal::Fnv(h, &v, sizeof v);
}

}  // namespace

struct TopicClassifier::Model {
  // Takes `trained` (trained here or read from the cache) and its class-to-label table.
  explicit Model(::model* trained) : m(trained) {
    label_of_class.resize(static_cast<size_t>(get_nr_class(m)));
    get_labels(m, label_of_class.data());
  }
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  ::model* m = nullptr;
  std::vector<int> label_of_class;  // liblinear class index -> our label
  ~Model() {
    if (m != nullptr) free_and_destroy_model(&m);
  }
};

TopicClassifier::~TopicClassifier() = default;

std::vector<std::pair<std::string, double>> TopicClassifier::Featurize(
    std::string_view text) const {
  const std::vector<std::string> words = Tokenize(text);
  std::vector<std::string> stems;
  stems.reserve(words.size());
  for (const std::string& w : words) stems.push_back(StemWord(w));

  std::map<std::string, double> unigrams, bigrams, concepts, chars;
  for (const ConceptMatch& m : synonyms_->Match(stems)) {
    concepts["c:" + synonyms_->concepts()[m.group]] += 1;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    unigrams["w:" + stems[i]] += 1;
    if (i > 0) bigrams["b:" + stems[i - 1] + "_" + stems[i]] += 1;
    if (synonyms_->IsStopword(words[i])) continue;
    const std::string marked = "<" + words[i] + ">";
    for (int n = options_.char_min; n <= options_.char_max; ++n) {
      const size_t len = static_cast<size_t>(n);
      for (size_t at = 0; at + len <= marked.size(); ++at) {
        chars["g:" + marked.substr(at, len)] += 1;
      }
    }
  }
  std::vector<std::pair<std::string, double>> out;
  AddGroup(unigrams, options_.word_weight, &out);
  AddGroup(bigrams, options_.bigram_weight, &out);
  AddGroup(concepts, options_.concept_weight, &out);
  AddGroup(chars, options_.char_weight, &out);
  return out;
}

Result<std::unique_ptr<TopicClassifier>> TopicClassifier::Train(
    const std::vector<LabeledText>& examples, int num_labels, const SynonymTable& synonyms,
    ClassifierOptions options) {
  if (num_labels < 2) return Status::Invalid("the topic classifier needs at least two labels");
  std::vector<int> per_label(static_cast<size_t>(num_labels), 0);
  for (const LabeledText& e : examples) {
    if (e.label < 0 || e.label >= num_labels) {
      return Status::Invalid(fmt::format("training label {} out of range", e.label));
    }
    ++per_label[static_cast<size_t>(e.label)];
  }
  for (int l = 0; l < num_labels; ++l) {
    if (per_label[static_cast<size_t>(l)] == 0) {
      return Status::Invalid(fmt::format("label {} has no training example", l),
                             "every topic needs at least one question or paraphrase");
    }
  }
  std::unique_ptr<TopicClassifier> c(new TopicClassifier());
  c->synonyms_ = &synonyms;
  c->options_ = options;
  c->num_labels_ = num_labels;

  // A model trained before on the same texts, labels, options and synonyms is read from the
  // cache with its vocabulary (model_cache.h): no features to build, nothing to train.
  const std::string cache_dir = options.cache_name.empty() ? "" : internal::ModelCacheDir();
  const std::uint64_t key = cache_dir.empty() ? 0 : c->TrainingKey(examples);
  if (!cache_dir.empty() && c->LoadFromCache(cache_dir, key)) return c;

  // Vocabulary in first-seen order (deterministic for a given training set).
  std::vector<std::vector<feature_node>> rows(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    for (const auto& [name, value] : c->Featurize(examples[i].text)) {
      auto [it, added] =
          c->vocabulary_.try_emplace(name, static_cast<int>(c->vocabulary_.size()) + 1);
      rows[i].push_back({it->second, value});
    }
  }
  const int n = static_cast<int>(c->vocabulary_.size());
  std::vector<double> y(examples.size());
  std::vector<feature_node*> x(examples.size());
  for (size_t i = 0; i < examples.size(); ++i) {
    std::sort(rows[i].begin(), rows[i].end(),
              [](const feature_node& a, const feature_node& b) { return a.index < b.index; });
    rows[i].push_back({n + 1, 1.0});  // bias
    rows[i].push_back({-1, 0});
    x[i] = rows[i].data();
    y[i] = examples[i].label;
  }
  problem prob{};
  prob.l = static_cast<int>(examples.size());
  prob.n = n + 1;
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = 1.0;
  const parameter param = Parameter(options);
  if (const char* err = check_parameter(&prob, &param); err != nullptr) {
    return Status::Invalid(fmt::format("liblinear: {}", err));
  }
  set_print_string_function(&Quiet);
  srand(1);  // the dual solver shuffles with rand(): a fixed seed keeps training deterministic
  c->model_ = std::make_unique<Model>(train(&prob, &param));
  if (!cache_dir.empty()) {
    std::vector<std::string> names(c->vocabulary_.size());
    for (const auto& [name, index] : c->vocabulary_) names[static_cast<size_t>(index - 1)] = name;
    internal::SaveCachedModel(cache_dir, options.cache_name, key, names, *c->model_->m);
  }
  return c;
}

std::uint64_t TopicClassifier::TrainingKey(const std::vector<LabeledText>& examples) const {
  std::uint64_t h = Mix(internal::kFnvStart, kFeatureVersion);
  h = Mix(h, num_labels_);
  h = Mix(h, synonyms_->fingerprint());
  for (double v : {options_.c, options_.word_weight, options_.bigram_weight,
                   options_.concept_weight, options_.char_weight}) {
    h = Mix(h, v);
  }
  h = Mix(h, options_.char_min);
  h = Mix(h, options_.char_max);
  const parameter param = Parameter(options_);
  h = Mix(h, param.solver_type);
  h = Mix(h, param.eps);
  for (const LabeledText& e : examples) {
    h = internal::Fnv(h, e.text.data(), e.text.size() + 1);  // with its terminating NUL
    h = Mix(h, e.label);
  }
  for (size_t i = 0; i < examples.size() && i < 8; ++i) {
    for (const auto& [name, value] : Featurize(examples[i].text)) {
      h = internal::Fnv(h, name.data(), name.size() + 1);
      h = Mix(h, value);
    }
  }
  return h;
}

bool TopicClassifier::LoadFromCache(const std::string& dir, std::uint64_t key) {
  std::vector<std::string> names;
  ::model* m =
      internal::LoadCachedModel(dir, options_.cache_name, key, Parameter(options_), &names);
  if (m == nullptr) return false;
  if (static_cast<size_t>(get_nr_feature(m)) != names.size() || get_nr_class(m) != num_labels_) {
    free_and_destroy_model(&m);
    return false;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    vocabulary_.emplace(std::move(names[i]), static_cast<int>(i) + 1);
  }
  model_ = std::make_unique<Model>(m);
  return true;
}

std::vector<double> TopicClassifier::Predict(std::string_view text) const {
  std::vector<feature_node> x;
  for (const auto& [name, value] : Featurize(text)) {
    if (auto it = vocabulary_.find(name); it != vocabulary_.end()) x.push_back({it->second, value});
  }
  std::sort(x.begin(), x.end(),
            [](const feature_node& a, const feature_node& b) { return a.index < b.index; });
  x.push_back({static_cast<int>(vocabulary_.size()) + 1, 1.0});  // bias
  x.push_back({-1, 0});
  const size_t classes = model_->label_of_class.size();
  std::vector<double> by_class(classes, 0);
  predict_probability(model_->m, x.data(), by_class.data());
  std::vector<double> p(static_cast<size_t>(num_labels_), 0);
  for (size_t k = 0; k < classes; ++k) {
    p[static_cast<size_t>(model_->label_of_class[k])] = by_class[k];
  }
  return p;
}

}  // namespace oncoguide::kb
