// kb_calibrate DIR [FOLDS]: cross-validates the `ask` router on the knowledge base's own
// phrasings under DIR and prints the calibration (router.yaml) on stdout; a summary goes to
// stderr. With --safety instead of FOLDS, cross-validates the learned crisis, emergency and
// decision checks (safety_classifier.h) and prints triage/safety.yaml. Never reads an evaluation
// set. Usage:
//   build/src/kb/tools/kb_calibrate knowledge > knowledge/router.yaml
//   build/src/kb/tools/kb_calibrate knowledge --safety > knowledge/triage/safety.yaml
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/router.h"
#include "oncoguide/kb/safety_classifier.h"
#include "oncoguide/kb/synonyms.h"

int main(int argc, char** argv) {
  namespace kb = oncoguide::kb;
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: kb_calibrate KNOWLEDGE_DIR [FOLDS | --safety] > KNOWLEDGE_DIR/router.yaml "
                 "(or triage/safety.yaml)\n";
    return 2;
  }
  const std::string dir = argv[1];
  const bool safety = argc == 3 && std::string(argv[2]) == "--safety";
  const int folds = argc == 3 && !safety ? std::atoi(argv[2]) : 5;
  if (folds < 2) {
    std::cerr << "kb_calibrate: FOLDS must be 2 or more\n";
    return 2;
  }
  auto loaded = kb::LoadKnowledgeBase(dir);
  auto syn = kb::SynonymTable::Load((std::filesystem::path(dir) / "synonyms.yaml").string());
  auto none = kb::LoadNotCoveredPhrasings(dir);
  for (const oncoguide::Status& s : {loaded.status(), syn.status(), none.status()}) {
    if (!s.ok()) {
      std::cerr << "kb_calibrate: " << s.ToString() << "\n";
      return 1;
    }
  }
  if (safety) {
    auto data = kb::LoadSafetyData(dir, kb::MakeTrainingSet(*loaded, *none));
    auto s = data.ok() ? kb::CalibrateSafety(*data, *syn, folds)
                       : oncoguide::Result<kb::SafetyCalibration>(data.status());
    if (!s.ok()) {
      std::cerr << "kb_calibrate: " << s.status().ToString() << "\n";
      return 1;
    }
    std::cout << kb::FormatSafetyCalibration(*s);
    for (auto [name, t] : {std::pair{"crisis", s->crisis}, std::pair{"emergency", s->emergency},
                           std::pair{"decision", s->decision}}) {
      std::cerr << fmt::format(
          "kb_calibrate: {} check: {} phrasings, {} others, threshold {:.3f}, held-out recall "
          "{:.3f}, false-positive rate {:.4f}\n",
          name, t.positives, t.negatives, t.threshold, t.cv_recall, t.cv_false_positive_rate);
    }
    return 0;
  }
  auto c = kb::Calibrate(*loaded, *syn, *none, folds);
  if (!c.ok()) {
    std::cerr << "kb_calibrate: " << c.status().ToString() << "\n";
    return 1;
  }
  std::cout << kb::FormatRouterCalibration(*c);
  std::cerr << fmt::format(
      "kb_calibrate: {} topic and {} not-covered phrasings, {} folds: w {:.2f}, threshold "
      "{:.2f}, held-out topic accuracy {:.3f}, refusal recall {:.3f}, precision {:.3f}\n",
      c->positives, c->negatives, c->folds, c->fusion_weight, c->min_confidence,
      c->cv_topic_accuracy, c->cv_refusal_recall, c->cv_refusal_precision);
  return 0;
}
