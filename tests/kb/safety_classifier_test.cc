// The learned crisis and emergency checks (safety_classifier.h, issue 9): they catch wordings no
// written rule matches, they do not flag ordinary questions, written emergency and decision rules
// keep their replies, and the shipped thresholds are current.
#include "oncoguide/kb/safety_classifier.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "asker_fixture.h"
#include "oncoguide/kb/router.h"
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

using SafetyTest = ShippedAskerTest;

bool WrittenRuleMatches(const std::vector<TriageRule>& rules, const std::string& q) {
  return FirstMatch(rules, Tokenize(q)) != nullptr;
}

// Wordings written for this test (not in the training files: checked below), which no written
// crisis rule matches: only the learned check can catch them.
constexpr const char* kFreshCrisis[] = {
    "i have been handing out my watch and my books to my nephews so nobody has to sort them "
    "later when im gone for good",
    "honestly i am done with all of it and i want everything to just stop for good",
    "my brother told me he has worked out how he would do it if the relapse comes back",
};

constexpr const char* kFreshEmergency[] = {
    "dad went a funny colour and slumped over in his chair and wont answer me",
};

constexpr const char* kOrdinary[] = {
    "what's the weather tomorrow",
    "write me a poem about my cat",
    "what is a free light chain test",
    "how long does a stem cell transplant stay in hospital usually take",
    "can i take all my pills at once in the morning",
};

// Folds are a hash of each text: in range, the same on every call, about even in size, and
// different from one repeat to the next, so adding one phrasing moves no other (the thresholds
// moved with every phrasing added while folds were assigned by position).
TEST(CvFoldTest, FoldsAreStableEvenAndDifferPerRepeat_Regression) {
  std::vector<int> size(5, 0);
  int moved = 0;
  for (int i = 0; i < 2000; ++i) {
    const std::string text = "question number " + std::to_string(i);
    const int f = internal::CvFoldOf(text, 0, 5);
    ASSERT_GE(f, 0);
    ASSERT_LT(f, 5);
    EXPECT_EQ(internal::CvFoldOf(text, 0, 5), f);
    ++size[f];
    if (internal::CvFoldOf(text, 1, 5) != f) ++moved;
  }
  for (int n : size) EXPECT_NEAR(n, 400, 80);
  EXPECT_GT(moved, 1200);  // about 4 in 5 land elsewhere in the next repeat
}

TEST_F(SafetyTest, FreshWordingsAreNotTrainingPhrasings) {
  const std::string dir = ONCOGUIDE_KNOWLEDGE_DIR;
  std::vector<std::string> trained;
  for (const char* f : {"crisis_phrasings.txt", "emergency_phrasings.txt"}) {
    auto lines = LoadPhraseFile(dir + "/triage/" + f);
    ASSERT_TRUE(lines.ok());
    trained.insert(trained.end(), lines->begin(), lines->end());
  }
  for (const char* q : kFreshCrisis) {
    EXPECT_EQ(std::count(trained.begin(), trained.end(), q), 0) << q;
  }
  for (const char* q : kFreshEmergency) {
    EXPECT_EQ(std::count(trained.begin(), trained.end(), q), 0) << q;
  }
}

TEST_F(SafetyTest, LearnedCrisisCheckCatchesWhatNoWrittenRuleMatches) {
  for (const char* q : kFreshCrisis) {
    EXPECT_FALSE(WrittenRuleMatches(asker_->triage().crisis, q)) << q;
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kCrisis)
        << q << " (p = " << asker_->safety().CrisisProbability(q) << ")";
    EXPECT_NE(r.answer.find("988"), std::string::npos) << q;
  }
}

// A learned crisis flag is less certain than a written rule: the reply gives the help first and
// then the information the question asked for, from the topic the router chose.
TEST_F(SafetyTest, LearnedCrisisReplyGivesHelpFirstThenTheAnswer) {
  const char* q = kFreshCrisis[2];
  const Reply r = asker_->Ask(q);
  ASSERT_EQ(r.kind, ReplyKind::kCrisis);
  EXPECT_EQ(r.answer.find("**Help is available right now"), 0u) << r.answer;
  ASSERT_TRUE(r.topic.has_value());
  EXPECT_FALSE(r.sources.empty());
}

TEST_F(SafetyTest, LearnedEmergencyCheckCatchesWhatNoWrittenRuleMatches) {
  for (const char* q : kFreshEmergency) {
    EXPECT_FALSE(WrittenRuleMatches(asker_->triage().emergency, q)) << q;
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kEmergency)
        << q << " (p = " << asker_->safety().EmergencyProbability(q) << ")";
    EXPECT_NE(r.answer.find("911"), std::string::npos) << q;
  }
}

TEST_F(SafetyTest, OrdinaryQuestionsAreNotFlagged) {
  for (const char* q : kOrdinary) {
    EXPECT_FALSE(asker_->safety().IsCrisis(q)) << q;
    EXPECT_FALSE(asker_->safety().IsEmergency(q)) << q;
    const Reply r = asker_->Ask(q);
    EXPECT_NE(r.kind, ReplyKind::kCrisis) << q;
    EXPECT_NE(r.kind, ReplyKind::kEmergency) << q;
  }
}

// Regression (blind20, a belantamab question that ended "my doc brought it up and I thought it
// was withdrawn" got the crisis reply): short everyday phrases were flagged as a crisis.
TEST_F(SafetyTest, EverydayPhrasesAreNotACrisis) {
  // Not in the training files (crisis_negatives.txt has other wordings of the same kind).
  for (const char* q :
       {"could you look that up", "the pharmacist said so too", "my oncologist brought it up again",
        "it up", "said so", "i thought belantamab had been withdrawn"}) {
    const Reply r = asker_->Ask(q);
    EXPECT_NE(r.kind, ReplyKind::kCrisis)
        << q << " (p = " << asker_->safety().CrisisProbability(q) << ")";
  }
}

// Regression (blind20 as a development set, after the negatives above were added): a dental
// question on denosumab got the crisis reply.
TEST_F(SafetyTest, DentalWorkOnABoneMedicineIsNotACrisis) {
  for (const char* q : {"the dentist wants to know if im taking denosumab before he pulls my "
                        "tooth, why does it matter for someone with myeloma",
                        "before my tooth extraction the dental surgeon asked about zometa, why"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis)
        << q << " (p = " << asker_->safety().CrisisProbability(q) << ")";
  }
}

// Regression (found when the learned crisis check was first wired in ahead of every rule): a
// dose question and giving up treatment became crisis replies, and fainting lost its emergency
// reply. Written decision and emergency rules keep their replies.
TEST_F(SafetyTest, WrittenDecisionAndEmergencyRulesKeepTheirReplies) {
  EXPECT_EQ(asker_->Ask("can i lower my dex dose myself").kind, ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("my husband is thinking about giving up on treatment").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("i keep passing out").kind, ReplyKind::kEmergency);
}

TEST_F(SafetyTest, ThresholdsAreCurrent) {
#if defined(__SANITIZE_ADDRESS__)
  // Dozens of cross-validation trainings take many minutes under ASan; this checks data, not
  // memory, and the default build runs it.
  GTEST_SKIP() << "the calibration's freshness is checked by the default build";
#endif
  const std::string dir = ONCOGUIDE_KNOWLEDGE_DIR;
  auto data = LoadSafetyData(dir, asker_->router().training());
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  const SafetyCalibration& file = asker_->safety().calibration();
  ASSERT_GE(file.folds, 2) << "knowledge/triage/safety.yaml is missing";
  auto fresh = CalibrateSafety(*data, asker_->synonyms(), file.folds);
  ASSERT_TRUE(fresh.ok()) << fresh.status().ToString();
  EXPECT_EQ(FormatSafetyCalibration(*fresh), FormatSafetyCalibration(file))
      << "run: build/src/kb/tools/kb_calibrate knowledge --safety > "
         "knowledge/triage/safety.yaml";
  EXPECT_GE(file.crisis.cv_recall, kCrisisRecallTarget);
  EXPECT_GE(file.emergency.cv_recall, kEmergencyRecallTarget);
  EXPECT_GE(file.decision.cv_recall, kDecisionRecallTarget);
}

}  // namespace
}  // namespace oncoguide::kb
