#include "oncoguide/kb/router.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

namespace fs = std::filesystem;

constexpr size_t kClassifierCandidates = 5;
constexpr size_t kSearchHits = 5;

struct Fused {
  std::optional<size_t> topic;  // index into KnowledgeBase::topics
  double score = 0, classifier = 0, bm25 = 0;
};

// The best topic by w * p(topic) + (1 - w) * bm25_relative(topic) (see router.h).
Fused Fuse(const std::vector<double>& p, const TrainingSet& ts, const std::vector<SearchHit>& hits,
           double w, double agreement) {
  std::map<size_t, std::pair<double, double>> candidates;  // topic -> (p, bm25)
  std::vector<int> labels;
  for (int l = 0; l < static_cast<int>(ts.topic_of_label.size()); ++l) labels.push_back(l);
  const size_t top = std::min(kClassifierCandidates, labels.size());
  std::partial_sort(
      labels.begin(), labels.begin() + static_cast<long>(top), labels.end(),
      [&](int a, int b) { return p[static_cast<size_t>(a)] > p[static_cast<size_t>(b)]; });
  std::map<size_t, int> label_of_topic;
  for (int l = 0; l < static_cast<int>(ts.topic_of_label.size()); ++l) {
    label_of_topic[ts.topic_of_label[static_cast<size_t>(l)]] = l;
  }
  for (size_t i = 0; i < top; ++i) {
    const int l = labels[i];
    candidates[ts.topic_of_label[static_cast<size_t>(l)]].first = p[static_cast<size_t>(l)];
  }
  for (const SearchHit& h : hits) {
    auto it = label_of_topic.find(h.topic);
    if (it == label_of_topic.end()) continue;  // personal topics are not routed to
    auto& c = candidates[h.topic];
    c.first = p[static_cast<size_t>(it->second)];
    c.second = h.relative;
  }
  Fused best;
  for (const auto& [topic, pb] : candidates) {
    const double s = w * pb.first + (1 - w) * pb.second +
                     (!hits.empty() && hits.front().topic == topic ? agreement : 0);
    if (!best.topic || s > best.score) best = {topic, s, pb.first, pb.second};
  }
  return best;
}

// Accuracy of routing, refusing below c->min_confidence, on held-out (fused, label) pairs: topic
// phrasings routed to their topic plus not-covered phrasings refused, over all of them. Fills c's
// cross-validation figures.
double ScoreThreshold(const std::vector<std::pair<Fused, int>>& fused, const TrainingSet& ts,
                      RouterCalibration* c) {
  int pos = 0, pos_ok = 0, neg = 0, neg_ok = 0, refused = 0;
  for (const auto& [fu, label] : fused) {
    const bool refuse = !fu.topic || fu.score < c->min_confidence;
    refused += refuse;
    if (label == ts.none_label) {
      ++neg;
      neg_ok += refuse;
    } else {
      ++pos;
      pos_ok += !refuse && *fu.topic == ts.topic_of_label[static_cast<size_t>(label)];
    }
  }
  c->positives = pos;
  c->negatives = neg;
  c->cv_topic_accuracy = pos == 0 ? 0 : static_cast<double>(pos_ok) / pos;
  c->cv_refusal_recall = neg == 0 ? 1 : static_cast<double>(neg_ok) / neg;
  c->cv_refusal_precision = refused == 0 ? 1 : static_cast<double>(neg_ok) / refused;
  return static_cast<double>(pos_ok + neg_ok) / std::max(1, pos + neg);
}

// The classifier reads the question as typed plus the spelling corrector's words ("mylema"
// adds "myeloma"): character n-grams already tolerate small typos, and the corrected word adds
// its word and concept features.
std::string ClassifierText(std::string_view question, const AnalyzedQuery& q) {
  std::string text(question);
  for (const std::string& c : q.corrections) text += " " + c.substr(c.find("-> ") + 3);
  return text;
}

double Get(const YAML::Node& n, const char* key, double fallback) {
  return n[key] ? n[key].as<double>() : fallback;
}

}  // namespace

Result<RouterCalibration> LoadRouterCalibration(const std::string& dir) {
  const fs::path path = fs::path(dir) / "router.yaml";
  RouterCalibration c;
  if (!fs::exists(path)) return c;
  try {
    YAML::Node n = YAML::LoadFile(path.string());
    c.fusion_weight = Get(n, "fusion_weight", c.fusion_weight);
    c.min_confidence = Get(n, "min_confidence", c.min_confidence);
    c.classifier_c = Get(n, "classifier_c", c.classifier_c);
    c.agreement_bonus = Get(n, "agreement_bonus", c.agreement_bonus);
    if (YAML::Node cv = n["cross_validation"]; cv) {
      c.folds = static_cast<int>(Get(cv, "folds", 0));
      c.positives = static_cast<int>(Get(cv, "topic_phrasings", 0));
      c.negatives = static_cast<int>(Get(cv, "not_covered_phrasings", 0));
      c.cv_topic_accuracy = Get(cv, "topic_accuracy", 0);
      c.cv_refusal_recall = Get(cv, "refusal_recall", 0);
      c.cv_refusal_precision = Get(cv, "refusal_precision", 0);
    }
  } catch (const YAML::Exception& e) {
    return Status::Invalid(fmt::format("cannot read router calibration: {}", e.what()),
                           "regenerate it: kb_calibrate knowledge > knowledge/router.yaml",
                           {path.string(), e.mark.line + 1, ""});
  }
  if (c.fusion_weight < 0 || c.fusion_weight > 1 || c.min_confidence < 0 || c.min_confidence > 1) {
    return Status::Invalid("router calibration values must be within 0..1", "",
                           {path.string(), 0, ""});
  }
  return c;
}

std::string FormatRouterCalibration(const RouterCalibration& c) {
  return fmt::format(
      "# Router calibration for `ask` (include/oncoguide/kb/router.h), written by kb_calibrate:\n"
      "# {}-fold cross-validation on the knowledge base's own phrasings (topic questions,\n"
      "# paraphrases, paraphrases/_not_covered.txt), never on an evaluation set.\n"
      "# Regenerate after changing them: build/src/kb/tools/kb_calibrate knowledge > "
      "knowledge/router.yaml\n"
      "fusion_weight: {:.2f}\n"
      "min_confidence: {:.2f}\n"
      "classifier_c: {}\n"
      "agreement_bonus: {:.2f}\n"
      "cross_validation:\n"
      "  folds: {}\n"
      "  topic_phrasings: {}\n"
      "  not_covered_phrasings: {}\n"
      "  topic_accuracy: {:.3f}\n"
      "  refusal_recall: {:.3f}\n"
      "  refusal_precision: {:.3f}\n",
      c.folds, c.fusion_weight, c.min_confidence, c.classifier_c, c.agreement_bonus, c.folds,
      c.positives, c.negatives, c.cv_topic_accuracy, c.cv_refusal_recall, c.cv_refusal_precision);
}

Result<std::vector<std::string>> LoadPhraseFile(const std::string& file) {
  std::vector<std::string> out;
  if (!fs::exists(file)) return out;
  std::ifstream in(file);
  if (!in) return Status::IoError(fmt::format("cannot read '{}'", file));
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view t = Trim(line);
    if (t.empty() || t.front() == '#') continue;
    out.emplace_back(t);
  }
  return out;
}

Result<std::vector<std::string>> LoadNotCoveredPhrasings(const std::string& dir) {
  return LoadPhraseFile((fs::path(dir) / "paraphrases" / "_not_covered.txt").string());
}

TrainingSet MakeTrainingSet(const KnowledgeBase& kb, const std::vector<std::string>& not_covered) {
  TrainingSet ts;
  for (size_t i = 0; i < kb.topics.size(); ++i) {
    const Topic& t = kb.topics[i];
    if (t.personal) continue;
    const int label = static_cast<int>(ts.topic_of_label.size());
    ts.topic_of_label.push_back(i);
    ts.examples.push_back({t.title, label});
    for (const std::string& q : t.questions) ts.examples.push_back({q, label});
    for (const std::string& q : t.paraphrases) ts.examples.push_back({q, label});
  }
  if (!not_covered.empty()) {
    ts.none_label = static_cast<int>(ts.topic_of_label.size());
    for (const std::string& q : not_covered) ts.examples.push_back({q, ts.none_label});
  }
  return ts;
}

Result<std::unique_ptr<Router>> Router::Build(const KnowledgeBase& kb, const SynonymTable& synonyms,
                                              const std::vector<std::string>& not_covered,
                                              RouterCalibration calibration) {
  std::unique_ptr<Router> r(new Router());
  r->kb_ = &kb;
  r->training_ = MakeTrainingSet(kb, not_covered);
  r->calibration_ = calibration;
  ClassifierOptions options;
  options.c = calibration.classifier_c;
  options.cache_name = "router";
  OG_ASSIGN_OR_RETURN(
      r->classifier_,
      TopicClassifier::Train(r->training_.examples, r->training_.num_labels(), synonyms, options));
  return r;
}

Route Router::Decide(std::string_view question, const SearchResult& found) const {
  const Fused f = Fuse(classifier_->Predict(ClassifierText(question, found.query)), training_,
                       found.hits, calibration_.fusion_weight, calibration_.agreement_bonus);
  Route r;
  r.best = f.topic;
  r.confidence = std::min(1.0, f.score);  // the agreement bonus can lift the sum above 1
  r.classifier = f.classifier;
  r.bm25 = f.bm25;
  if (f.topic && f.score >= calibration_.min_confidence) r.topic = f.topic;
  return r;
}

Result<RouterCalibration> Calibrate(const KnowledgeBase& kb, const SynonymTable& synonyms,
                                    const std::vector<std::string>& not_covered, int folds) {
  const TrainingSet all = MakeTrainingSet(kb, not_covered);
  // Stratified folds: the j-th phrasing of each label goes to fold j % folds. Titles are never
  // held out (they are also an index field).
  std::vector<int> fold_of(all.examples.size(), -1);
  std::map<int, int> seen;
  for (size_t i = 0; i < all.examples.size(); ++i) {
    const LabeledText& e = all.examples[i];
    const bool title = e.label != all.none_label &&
                       e.text == kb.topics[all.topic_of_label[static_cast<size_t>(e.label)]].title;
    if (!title) fold_of[i] = seen[e.label]++ % folds;
  }
  struct Outcome {
    int label;
    std::vector<double> p;
    std::vector<SearchHit> hits;
  };
  constexpr size_t kCs = std::size(kCalibrationC);
  std::vector<Outcome> outcomes[kCs];
  for (int f = 0; f < folds; ++f) {
    std::set<std::string> held_out;
    std::vector<LabeledText> train;
    for (size_t i = 0; i < all.examples.size(); ++i) {
      if (fold_of[i] == f) {
        held_out.insert(all.examples[i].text);
      } else {
        train.push_back(all.examples[i]);
      }
    }
    KnowledgeBase fold_kb = kb;
    for (Topic& t : fold_kb.topics) {
      auto drop = [&](std::vector<std::string>* v) {
        std::erase_if(*v, [&](const std::string& q) { return held_out.contains(q); });
      };
      drop(&t.questions);
      drop(&t.paraphrases);
    }
    OG_ASSIGN_OR_RETURN(auto index, SearchIndex::Build(fold_kb, synonyms));
    for (size_t ci = 0; ci < kCs; ++ci) {
      ClassifierOptions options;
      options.c = kCalibrationC[ci];
      OG_ASSIGN_OR_RETURN(auto clf,
                          TopicClassifier::Train(train, all.num_labels(), synonyms, options));
      for (size_t i = 0; i < all.examples.size(); ++i) {
        if (fold_of[i] != f) continue;
        const std::string& q = all.examples[i].text;
        SearchResult found = index->Search(q, kSearchHits, true);
        outcomes[ci].push_back(
            {all.examples[i].label, clf->Predict(ClassifierText(q, found.query)), found.hits});
      }
    }
  }
  RouterCalibration best;
  double best_score = -1;
  for (size_t ci = 0; ci < kCs; ++ci) {
    for (int wi = 0; wi <= 10; ++wi) {
      for (int bi = 0; bi <= 2; ++bi) {
        RouterCalibration c;
        c.classifier_c = kCalibrationC[ci];
        c.fusion_weight = wi / 10.0;
        c.agreement_bonus = bi * 0.1;
        std::vector<std::pair<Fused, int>> fused;
        for (const Outcome& o : outcomes[ci]) {
          fused.emplace_back(Fuse(o.p, all, o.hits, c.fusion_weight, c.agreement_bonus), o.label);
        }
        for (int ti = 0; ti <= 100; ++ti) {
          c.min_confidence = ti / 100.0;
          const double score = ScoreThreshold(fused, all, &c);
          if (score > best_score + 1e-12) {
            best_score = score;
            best = c;
          }
        }
      }
    }
  }
  best.folds = folds;
  return best;
}

}  // namespace oncoguide::kb
