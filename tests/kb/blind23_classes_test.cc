// The classes blind23's separate author found (knowledge/eval/blind23.tsv, measured once blind
// and then a development set), each tested in our own words: puzzlement and seasons read as
// symptoms, a child's illness read as the person's, words of everyday life read as a decision,
// and myeloma questions refused for one word.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind23Test = ShippedAskerTest;

// Being confused by results is not confusion as a symptom; a season is not a fall. The same
// words said of a person's state are still emergencies.
TEST_F(Blind23Test, ConfusedByResultsAndLastFallAreNotEmergencies_Regression) {
  for (const char* q :
       {"my immunofixation is negative but the doctor says its not a cr, im confused",
        "doctor says vgpr not complete response, confused", "has my kappa gone up since last fall",
        "my light chain ratio keeps going up, is it a real rise or just noise"}) {
    const Reply r = asker_->Ask(q);
    EXPECT_NE(r.kind, ReplyKind::kEmergency) << q;
    EXPECT_NE(r.kind, ReplyKind::kCrisis) << q;
  }
  for (const char* q : {"my dad is suddenly confused and doesnt know where he is",
                        "she is confused and very drowsy today, calcium was high last week",
                        "i had a bad fall last night and now my back hurts and my legs are numb"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// A baby's teething fever is a question outside myeloma; the person's own fever is an emergency,
// and "baby aspirin" for clots on lenalidomide is a myeloma question.
TEST_F(Blind23Test, ABabysFeverIsRefusedAndBabyAspirinAnswered_Regression) {
  for (const char* q : {"the baby is teething and has a fever, how much calpol",
                        "toddler has a fever of 38.5 from a cold, how much motrin"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("i have a fever of 38.5 on revlimid").kind, ReplyKind::kEmergency);
  const Reply r = asker_->Ask("does baby aspirin do enough against clots while on lenalidomide");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "blood-clot-prevention");
}

// Schoolwork and menopause questions are outside the guide; a runner asking whether running is
// still possible asks for information, not a decision about a medicine.
TEST_F(Blind23Test, HomeworkAndMenopauseRefusedRunningAnswered_Regression) {
  for (const char* q : {"can you do my biology homework about antibodies",
                        "how often should a woman have a bone density scan after menopause"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  const Reply r = asker_->Ask("i ran marathons before my diagnosis, can i still run races");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "exercise");
  EXPECT_EQ(asker_->Ask("can i halve my revlimid dose this week").kind,
            ReplyKind::kPersonalDecision);
}

// Questions refused for want of a phrasing: a doctor waiting to treat a slow relapse, and when
// counts come back after a transplant.
TEST_F(Blind23Test, WaitingToTreatARelapseAndEngraftmentAreAnswered_Regression) {
  const std::vector<std::pair<const char*, const char*>> answers = {
      {"why is my doctor waiting instead of treating my relapse straight away",
       "progression-relapse"},
      {"how long after the stem cell transplant until my counts recover", "stem-cell-transplant"},
  };
  for (const auto& [q, topic] : answers) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
