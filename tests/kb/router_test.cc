// The `ask` router (router.h, topic_classifier.h): the classifier's features, determinism, the
// calibration file matching a fresh cross-validation, typo tolerance, the mis-routes named in
// issue 9, and that no training phrasing is a copy of an evaluation row.
#include "oncoguide/kb/router.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"
#include "oncoguide/kb/eval_set.h"
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

class RouterTest : public ShippedAskerTest {
 protected:
  static std::string TopicOf(std::string_view q) {
    return asker_->Ask(q).topic.value_or(std::string(KindName(asker_->Ask(q).kind)));
  }
};

bool HasFeature(const std::vector<std::pair<std::string, double>>& f, const std::string& name) {
  return std::any_of(f.begin(), f.end(), [&](const auto& p) { return p.first == name; });
}

TEST_F(RouterTest, FeaturesAreWordsBigramsConceptsAndCharacterNgrams) {
  const auto f = asker_->router().classifier().Featurize("Darzalex side effects");
  EXPECT_TRUE(HasFeature(f, "w:darzalex"));
  EXPECT_TRUE(HasFeature(f, "b:side_effect"));
  EXPECT_TRUE(HasFeature(f, "g:<dar"));
  EXPECT_TRUE(HasFeature(f, "g:lex>"));
  EXPECT_TRUE(std::any_of(f.begin(), f.end(), [](const auto& p) { return p.first[0] == 'c'; }))
      << "the synonym table's concept for Darzalex";
  // "kids" shares its start with "kidney" but not its end.
  const auto kids = asker_->router().classifier().Featurize("kids");
  EXPECT_TRUE(HasFeature(kids, "g:ids>"));
  EXPECT_FALSE(HasFeature(kids, "g:ney>"));
}

TEST_F(RouterTest, ProbabilitiesSumToOne) {
  const std::vector<double> p = asker_->router().classifier().Predict("what is an m spike");
  double sum = 0;
  for (double x : p) sum += x;
  EXPECT_NEAR(sum, 1.0, 1e-9);
  EXPECT_EQ(static_cast<int>(p.size()), asker_->router().classifier().num_labels());
}

TEST_F(RouterTest, TrainingIsDeterministic) {
  auto b = Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
  ASSERT_TRUE(b.ok());
  for (const char* q : {"velcade numbness in my feet", "how long will my mom live", "weather"}) {
    EXPECT_EQ(asker_->router().classifier().Predict(q), (*b)->router().classifier().Predict(q))
        << q;
  }
}

TEST(TopicClassifierTest, RefusesBadLabels) {
  SynonymTable syn;
  EXPECT_FALSE(TopicClassifier::Train({{"a", 0}, {"b", 5}}, 2, syn).ok());
  EXPECT_FALSE(TopicClassifier::Train({{"a", 0}, {"b", 0}}, 2, syn).ok());  // label 1 empty
  EXPECT_FALSE(TopicClassifier::Train({{"a", 0}}, 1, syn).ok());
  auto ok = TopicClassifier::Train({{"red apple", 0}, {"green pear", 1}}, 2, syn);
  ASSERT_TRUE(ok.ok());
  EXPECT_GT((*ok)->Predict("apple")[0], (*ok)->Predict("apple")[1]);
}

// knowledge/router.yaml must be what kb_calibrate computes from today's phrasings: a paraphrase
// added without recalibrating fails here (regenerate with the command in the file's header).
TEST_F(RouterTest, CalibrationFileIsCurrent) {
#if defined(__SANITIZE_ADDRESS__)
  // Dozens of cross-validation trainings take many minutes under ASan; this checks data, not
  // memory, and the default build runs it.
  GTEST_SKIP() << "the calibration's freshness is checked by the default build";
#endif
  const std::string dir = ONCOGUIDE_KNOWLEDGE_DIR;
  auto syn = SynonymTable::Load(dir + "/synonyms.yaml");
  auto none = LoadNotCoveredPhrasings(dir);
  ASSERT_TRUE(syn.ok() && none.ok());
  const RouterCalibration& file = asker_->router().calibration();
  ASSERT_GE(file.folds, 2) << "knowledge/router.yaml is missing";
  auto fresh = Calibrate(asker_->kb(), *syn, *none, file.folds);
  ASSERT_TRUE(fresh.ok()) << fresh.status().ToString();
  EXPECT_EQ(FormatRouterCalibration(*fresh), FormatRouterCalibration(file))
      << "run: build/src/kb/tools/kb_calibrate knowledge > knowledge/router.yaml";
  EXPECT_GT(file.negatives, 50) << "too few not-covered phrasings to calibrate a refusal";
}

// Issue 9's named mis-routes, in several wordings each.
TEST_F(RouterTest, KidsMedicareAndWorkRouteToTheirTopics) {
  struct Case {
    const char* question;
    const char* topic;
  };
  for (const Case& c : std::vector<Case>{
           {"how do I tell my kids I have myeloma", "talking-with-family"},
           {"what should we say to the kids about grandpa's cancer", "talking-with-family"},
           {"can my kids inherit myeloma from me", "causes-and-heredity"},
           {"can I keep working during myeloma treatment", "work-money"},
           {"will I be able to work while on chemo", "work-money"},
           {"my boss wants to know when I'll be back at work after the transplant", "work-money"},
           {"is there help paying for myeloma drugs with medicare", "work-money"},
       }) {
    EXPECT_EQ(TopicOf(c.question), c.topic) << c.question;
  }
  for (const char* q : {"how do I tell my kids I have myeloma", "will I be able to work"}) {
    EXPECT_NE(TopicOf(q), "kidney-problems") << q;
    EXPECT_NE(TopicOf(q), "response-categories") << q;
  }
}

// Misspellings and brand names still reach the topic.
TEST_F(RouterTest, TyposAndBrandsStillRoute) {
  struct Case {
    const char* question;
    const char* topic;
  };
  for (const Case& c : std::vector<Case>{
           {"what is multipel myelomma", "what-is-myeloma"},
           {"tingling feet on velcaid", "proteasome-inhibitors"},
           {"my mom is on revlimmid, what are the side efects", "imids"},
           {"what is a bone marow biopsy like", "bone-marrow-biopsy"},
           {"my dads kappa lite chains are high what does it mean", "free-light-chains"},
       }) {
    EXPECT_EQ(TopicOf(c.question), c.topic) << c.question;
  }
}

TEST_F(RouterTest, OffTopicQuestionsAreNotCovered) {
  for (const char* q : {"how do I change a flat tyre", "what is a good name for a goldfish",
                        "which laptop should I buy for college"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
}

// Training phrasings (paraphrases, and the learned safety checks' triage/*.txt) are our own:
// none may equal a row of an evaluation set.
TEST(RouterDataTest, NoParaphraseCopiesAnEvaluationRow) {
  const std::filesystem::path dir = ONCOGUIDE_KNOWLEDGE_DIR;
  std::set<std::vector<std::string>> eval;
  for (const auto& e : std::filesystem::directory_iterator(dir / "eval")) {
    if (e.path().extension() != ".tsv") continue;
    auto rows = LoadEvalSet(e.path().string());
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    for (const EvalRow& r : *rows) eval.insert(Tokenize(r.question));
  }
  ASSERT_GT(eval.size(), 500u);
  std::vector<std::filesystem::path> files;
  for (const char* sub : {"paraphrases", "triage"}) {
    for (const auto& e : std::filesystem::directory_iterator(dir / sub)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
  }
  ASSERT_GT(files.size(), 60u);
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      const std::string_view t = Trim(line);
      if (t.empty() || t.front() == '#') continue;
      EXPECT_FALSE(eval.contains(Tokenize(t)))
          << file.filename().string() << ":" << n << " copies an eval row: " << t;
    }
  }
}

}  // namespace
}  // namespace oncoguide::kb
