// The classes blind25's separate author found (knowledge/eval/blind25.tsv, measured once blind
// and then a development set), each tested in our own words: two emergencies missed (a
// temperature given as a reading without the word, a fast pulse given as a number, which the
// learned crisis check took over because "not sure if it's the dex" sounded like its phrasings),
// and one's own results said in the question.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind25Test = ShippedAskerTest;

// "I'm at 101.2" after a transplant is a fever, even without the word and even when the person
// asks whether it can wait; a number said of something else is not.
TEST_F(Blind25Test, TemperatureGivenAsAReadingIsAnEmergency_Regression) {
  for (const char* q :
       {"two weeks after my stem cell transplant and i'm at 101.2, can it wait till morning",
        "my wife is at 38.7 after her chemo yesterday",
        "he spiked to 102 last night, second cycle of dara"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  for (const char* q : {"my kappa is up to 101 from 80, should i worry",
                        "im at 100 mg of dex a week, is that a lot"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// A resting pulse of 130 or more is an emergency reply, and it leads: a learned crisis flag on
// other words of the question ("not sure if it's the dex") no longer takes its place. A pulse on
// a treadmill, or what a normal pulse is, is not an emergency.
TEST_F(Blind25Test, FastPulseGivenAsANumberIsAnEmergency_Regression) {
  for (const char* q : {"my pulse is 145 just lying in bed and i feel woozy",
                        "resting heart rate 160 and dizzy, could it be the steroids"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  for (const char* q :
       {"whats a normal heart rate on dex", "my pulse was 140 on the treadmill is that ok"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Wondering whether a side effect comes from dexamethasone is not a crisis: the learned check
// weighed "not sure if" and "dex" (22 crisis phrasings name dex) over the rest.
TEST_F(Blind25Test, WonderingIfItIsTheDexIsNoCrisis_Regression) {
  for (const char* q : {"not sure if its the dex or the disease but im exhausted",
                        "my face is round and puffy, not sure if its the dex"}) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), "steroids") << q;
  }
}

// One's own results given in the question go to the personal topic; a blood electrophoresis
// that showed nothing in a person with myeloma is the light-chain topic.
TEST_F(Blind25Test, OwnResultsAndLightChainQuestionsRoute_Regression) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"my fish report says del(17p) and gain 1q, what risk group am i in", "my-high-risk"},
      {"lambda was 18 then 25 and now 34, is mine going up", "my-labs-trend"},
      {"blood electrophoresis was normal yet i have myeloma, how come", "light-chain-myeloma"},
  };
  for (const auto& [q, topic] : cases) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
}

// Gout and a thyroid nodule are other conditions even when asked as "should i"; moving a cycle
// of treatment for a family event is a treatment decision, not a question outside the guide.
TEST_F(Blind25Test, OtherConditionsAndMovingACycle_Regression) {
  for (const char* q : {"my gout is flaring in my ankle, should i take colchicine",
                        "they found a nodule on my thyroid, is that something to worry about"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("can velcade cause gout").kind, ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("can i push back my next chemo cycle by a week for a holiday").kind,
            ReplyKind::kPersonalDecision);
}

// One's own results written into the question, then "what risk am i" or "is it going up",
// are personal; an autologous transplant compared with an organ transplant is answered.
TEST_F(Blind25Test, ResultsWrittenIntoTheQuestion_Regression) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"my cytogenetics say gain of 1q and t(11;14), what risk group am i", "my-high-risk"},
      {"lambda 41 today, was 33 last month and 25 before that, is it going up", "my-labs-trend"},
      {"how is an autologous transplant different from an organ transplant",
       "stem-cell-transplant"},
  };
  for (const auto& [q, topic] : cases) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
  EXPECT_EQ(asker_->Ask("how long is recovery after a kidney transplant").kind,
            ReplyKind::kNotCovered);
}

// Two medicines compared in general ("for myeloma") is a question the guide answers; the same
// comparison asked for oneself stays a decision for the care team.
TEST_F(Blind25Test, ComparisonAskedInGeneralIsAnswered_Regression) {
  const Reply general = asker_->Ask("denosumab or zoledronic acid, which is better for myeloma");
  EXPECT_EQ(general.kind, ReplyKind::kAnswer);
  EXPECT_EQ(general.topic.value_or(""), "bone-health");
  EXPECT_EQ(asker_->Ask("dara or carfilzomib, which is better for me").kind,
            ReplyKind::kPersonalDecision);
}

}  // namespace
}  // namespace oncoguide::kb
