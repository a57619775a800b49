#include "oncoguide/kb/safety_classifier.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string_view>

namespace oncoguide::kb {
namespace {

namespace fs = std::filesystem;

// A flag never needs more than even odds: a lower threshold only ever adds caution.
constexpr double kMaxThreshold = 0.5;
// A question with no word the check has seen gets the base rate of its phrasings (about 0.1):
// the threshold stays this many times above that, so that "what's the weather tomorrow" is
// never a crisis for lack of evidence. Held-out recall is reported at the threshold used.
constexpr double kFloorOverBaseRate = 2.0;

// The two-label training set of one check.
std::vector<LabeledText> Examples(
    const std::vector<std::string>& positives,
    std::initializer_list<const std::vector<std::string>*> negatives) {
  std::vector<LabeledText> out;
  for (const std::string& p : positives) out.push_back({p, 1});
  for (const std::vector<std::string>* list : negatives) {
    for (const std::string& n : *list) out.push_back({n, 0});
  }
  return out;
}

std::vector<LabeledText> CrisisExamples(const SafetyData& d) {
  return Examples(d.crisis,
                  {&d.crisis_negatives, &d.emergency, &d.emergency_negatives, &d.ordinary});
}

std::vector<LabeledText> EmergencyExamples(const SafetyData& d) {
  return Examples(d.emergency, {&d.emergency_negatives, &d.crisis_negatives, &d.ordinary});
}

std::vector<LabeledText> DecisionExamples(const SafetyData& d) {
  return Examples(d.decision, {&d.decision_negatives, &d.emergency_negatives, &d.ordinary});
}

// Cross-validation is repeated with this many fold assignments and the held-out scores pooled,
// so that a threshold (a low quantile of those scores) rests on several readings of each
// phrasing rather than on one split.
constexpr int kCvRepeats = 3;

// The liblinear C values tried by the cross-validation.
constexpr double kSafetyC[] = {8.0, 32.0, 128.0, 512.0};

// `cache_name`: see ClassifierOptions (empty for cross-validation folds).
Result<std::unique_ptr<TopicClassifier>> TrainCheck(const std::vector<LabeledText>& examples,
                                                    const SynonymTable& synonyms, double c,
                                                    const std::string& cache_name = "") {
  ClassifierOptions options;
  options.c = c;
  options.cache_name = cache_name;
  return TopicClassifier::Train(examples, 2, synonyms, options);
}

// Trains one check, or leaves it off (null) when it has no phrasings.
Status TrainIfAny(const std::vector<std::string>& phrasings,
                  const std::vector<LabeledText>& examples, const SynonymTable& synonyms, double c,
                  const char* name, std::unique_ptr<TopicClassifier>* out) {
  if (phrasings.empty()) return Status::Ok();
  OG_ASSIGN_OR_RETURN(*out, TrainCheck(examples, synonyms, c, name));
  return Status::Ok();
}

// Cross-validates one check at liblinear C `c`: held-out probabilities of label 1 for every
// example in kCvRepeats fold assignments, then the highest threshold (at most kMaxThreshold)
// keeping pooled held-out recall >= `target`.
Result<SafetyThreshold> CalibrateCheckAt(const std::vector<LabeledText>& examples,
                                         const SynonymTable& synonyms, int folds, double c_value,
                                         double target) {
  std::vector<double> positive_scores;
  std::vector<double> negative_scores;
  double floor = 0;  // see kFloorOverBaseRate
  for (int r = 0; r < kCvRepeats; ++r) {
    for (int f = 0; f < folds; ++f) {
      std::vector<LabeledText> train;
      std::vector<const LabeledText*> held;
      for (const LabeledText& e : examples) {
        if (internal::CvFoldOf(e.text, r, folds) == f) {
          held.push_back(&e);
        } else {
          train.push_back(e);
        }
      }
      OG_ASSIGN_OR_RETURN(std::unique_ptr<TopicClassifier> c, TrainCheck(train, synonyms, c_value));
      floor = std::max(floor, kFloorOverBaseRate * c->Predict("")[1]);
      for (const LabeledText* e : held) {
        const double p = c->Predict(e->text)[1];
        (e->label == 1 ? positive_scores : negative_scores).push_back(p);
      }
    }
  }
  SafetyThreshold t;
  t.c = c_value;
  t.positives = static_cast<int>(positive_scores.size()) / kCvRepeats;
  t.negatives = static_cast<int>(negative_scores.size()) / kCvRepeats;
  if (positive_scores.empty()) return t;
  std::sort(positive_scores.begin(), positive_scores.end());
  const auto allowed =
      static_cast<size_t>((1.0 - target) * static_cast<double>(positive_scores.size()));
  t.threshold = std::min(kMaxThreshold, std::max(floor, positive_scores[allowed]));
  const auto caught = std::count_if(positive_scores.begin(), positive_scores.end(),
                                    [&](double p) { return p >= t.threshold; });
  const auto flagged = std::count_if(negative_scores.begin(), negative_scores.end(),
                                     [&](double p) { return p >= t.threshold; });
  t.cv_recall = static_cast<double>(caught) / static_cast<double>(positive_scores.size());
  t.cv_false_positive_rate =
      negative_scores.empty()
          ? 0
          : static_cast<double>(flagged) / static_cast<double>(negative_scores.size());
  return t;
}

// The C with the lowest held-out false-positive rate at the recall target.
Result<SafetyThreshold> CalibrateCheck(const std::vector<LabeledText>& examples,
                                       const SynonymTable& synonyms, int folds, double target) {
  SafetyThreshold best;
  bool first = true;
  for (double c : kSafetyC) {
    OG_ASSIGN_OR_RETURN(SafetyThreshold t, CalibrateCheckAt(examples, synonyms, folds, c, target));
    if (first || t.cv_false_positive_rate < best.cv_false_positive_rate) best = t;
    first = false;
  }
  return best;
}

SafetyThreshold ReadThreshold(const YAML::Node& n) {
  SafetyThreshold t;
  if (!n) return t;
  t.threshold = n["threshold"] ? n["threshold"].as<double>() : t.threshold;
  t.c = n["classifier_c"] ? n["classifier_c"].as<double>() : t.c;
  if (YAML::Node cv = n["cross_validation"]; cv) {
    t.cv_recall = cv["recall"] ? cv["recall"].as<double>() : 0;
    t.cv_false_positive_rate =
        cv["false_positive_rate"] ? cv["false_positive_rate"].as<double>() : 0;
    t.positives = cv["phrasings"] ? cv["phrasings"].as<int>() : 0;
    t.negatives = cv["others"] ? cv["others"].as<int>() : 0;
  }
  return t;
}

std::string FormatThreshold(const char* name, const SafetyThreshold& t) {
  return fmt::format(
      "{}:\n"
      "  threshold: {:.3f}\n"
      "  classifier_c: {}\n"
      "  cross_validation:\n"
      "    phrasings: {}\n"
      "    others: {}\n"
      "    recall: {:.3f}\n"
      "    false_positive_rate: {:.4f}\n",
      name, t.threshold, t.c, t.positives, t.negatives, t.cv_recall, t.cv_false_positive_rate);
}

}  // namespace

Result<SafetyData> LoadSafetyData(const std::string& dir, const TrainingSet& ordinary) {
  const fs::path triage = fs::path(dir) / "triage";
  SafetyData d;
  OG_ASSIGN_OR_RETURN(d.crisis, LoadPhraseFile((triage / "crisis_phrasings.txt").string()));
  OG_ASSIGN_OR_RETURN(d.crisis_negatives,
                      LoadPhraseFile((triage / "crisis_negatives.txt").string()));
  OG_ASSIGN_OR_RETURN(d.emergency, LoadPhraseFile((triage / "emergency_phrasings.txt").string()));
  OG_ASSIGN_OR_RETURN(d.emergency_negatives,
                      LoadPhraseFile((triage / "emergency_negatives.txt").string()));
  OG_ASSIGN_OR_RETURN(d.decision, LoadPhraseFile((triage / "decision_phrasings.txt").string()));
  OG_ASSIGN_OR_RETURN(d.decision_negatives,
                      LoadPhraseFile((triage / "decision_negatives.txt").string()));
  d.ordinary.reserve(ordinary.examples.size());
  for (const LabeledText& e : ordinary.examples) d.ordinary.push_back(e.text);
  return d;
}

Result<SafetyCalibration> LoadSafetyCalibration(const std::string& dir) {
  const fs::path path = fs::path(dir) / "triage" / "safety.yaml";
  SafetyCalibration c;
  if (!fs::exists(path)) return c;
  try {
    YAML::Node n = YAML::LoadFile(path.string());
    c.crisis = ReadThreshold(n["crisis"]);
    c.emergency = ReadThreshold(n["emergency"]);
    c.decision = ReadThreshold(n["decision"]);
    c.folds = n["folds"] ? n["folds"].as<int>() : 0;
  } catch (const YAML::Exception& e) {
    return Status::Invalid(fmt::format("cannot read the safety calibration: {}", e.what()),
                           "regenerate it: kb_calibrate knowledge",
                           {path.string(), e.mark.line + 1, ""});
  }
  for (double t : {c.crisis.threshold, c.emergency.threshold, c.decision.threshold}) {
    if (t <= 0 || t > kMaxThreshold) {
      return Status::Invalid(
          fmt::format("a safety threshold must be above 0 and at most {}", kMaxThreshold),
          "regenerate it: kb_calibrate knowledge", {path.string(), 0, ""});
    }
  }
  return c;
}

std::string FormatSafetyCalibration(const SafetyCalibration& c) {
  return fmt::format(
             "# Thresholds of the learned crisis, emergency and decision checks of `ask`\n"
             "# (include/oncoguide/kb/safety_classifier.h), written by kb_calibrate: {}-fold\n"
             "# cross-validation, {} fold assignments by a hash of each text, on\n"
             "# knowledge/triage/*_phrasings.txt and *_negatives.txt and the router's phrasings,\n"
             "# never on an evaluation set. The threshold is the highest that\n"
             "# keeps held-out recall of the phrasings at the check's target or more (crisis\n"
             "# {:.0f}%, emergency {:.0f}%, decision {:.0f}%; at most {}).\n"
             "folds: {}\n",
             c.folds, kCvRepeats, 100 * kCrisisRecallTarget, 100 * kEmergencyRecallTarget,
             100 * kDecisionRecallTarget, kMaxThreshold, c.folds) +
         FormatThreshold("crisis", c.crisis) + FormatThreshold("emergency", c.emergency) +
         FormatThreshold("decision", c.decision);
}

Result<std::unique_ptr<SafetyClassifier>> SafetyClassifier::Build(const SafetyData& data,
                                                                  const SynonymTable& synonyms,
                                                                  SafetyCalibration calibration) {
  std::unique_ptr<SafetyClassifier> s(new SafetyClassifier());
  s->calibration_ = calibration;
  OG_RETURN_IF_ERROR(TrainIfAny(data.crisis, CrisisExamples(data), synonyms, calibration.crisis.c,
                                "crisis", &s->crisis_));
  OG_RETURN_IF_ERROR(TrainIfAny(data.emergency, EmergencyExamples(data), synonyms,
                                calibration.emergency.c, "emergency", &s->emergency_));
  OG_RETURN_IF_ERROR(TrainIfAny(data.decision, DecisionExamples(data), synonyms,
                                calibration.decision.c, "decision", &s->decision_));
  return s;
}

double SafetyClassifier::CrisisProbability(std::string_view text) const {
  return crisis_ == nullptr ? 0 : crisis_->Predict(text)[1];
}

double SafetyClassifier::EmergencyProbability(std::string_view text) const {
  return emergency_ == nullptr ? 0 : emergency_->Predict(text)[1];
}

double SafetyClassifier::DecisionProbability(std::string_view text) const {
  return decision_ == nullptr ? 0 : decision_->Predict(text)[1];
}

Result<SafetyCalibration> CalibrateSafety(const SafetyData& data, const SynonymTable& synonyms,
                                          int folds) {
  SafetyCalibration c;
  c.folds = folds;
  if (!data.crisis.empty()) {
    OG_ASSIGN_OR_RETURN(c.crisis,
                        CalibrateCheck(CrisisExamples(data), synonyms, folds, kCrisisRecallTarget));
  }
  if (!data.emergency.empty()) {
    OG_ASSIGN_OR_RETURN(c.emergency, CalibrateCheck(EmergencyExamples(data), synonyms, folds,
                                                    kEmergencyRecallTarget));
  }
  if (!data.decision.empty()) {
    OG_ASSIGN_OR_RETURN(
        c.decision, CalibrateCheck(DecisionExamples(data), synonyms, folds, kDecisionRecallTarget));
  }
  return c;
}

namespace internal {

int CvFoldOf(std::string_view text, int repeat, int folds) {
  // FNV-1a, seeded per repeat; the low bits of FNV-1a mix poorly, so fold the high ones in.
  uint64_t h = 1469598103934665603ULL ^ static_cast<uint64_t>(repeat + 1) * 0x9E3779B97F4A7C15ULL;
  for (unsigned char ch : text) {
    h ^= ch;
    h *= 1099511628211ULL;
  }
  h ^= h >> 29;
  return static_cast<int>(h % static_cast<uint64_t>(folds));
}

}  // namespace internal
}  // namespace oncoguide::kb
