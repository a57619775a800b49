// The classes blind33's separate author found (knowledge/eval/blind33.tsv, measured once blind
// and then a development set), each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind33Test = ShippedAskerTest;

// A should-question that ends by asking for a plain yes or no is a decision, also when it names
// a supplement (the unproven-remedies rule had called the turmeric one "not covered", and the
// gym one was answered as general exercise advice).
TEST_F(Blind33Test, YesOrNoShouldQuestionIsADecision_Regression) {
  for (const char* q : {"should i take fish oil capsules with my pomalyst, yes or no",
                        "can i start swimming again with the lesion in my hip? yes/no",
                        "should my wife keep the curcumin on top of her dex yes or no"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  EXPECT_NE(asker_->Ask("is a yes or no answer possible about whether myeloma is hereditary").kind,
            ReplyKind::kPersonalDecision);
}

// Health cover when one can no longer work is the work-and-money topic; an insurer's claim or
// denial stays outside the guide.
TEST_F(Blind33Test, InsuranceWhenUnableToWorkIsWorkMoney_Regression) {
  EXPECT_EQ(asker_
                ->Ask("will i lose my health insurance if i am unable to work after the "
                      "transplant")
                .topic.value_or(""),
            "work-money");
  EXPECT_EQ(asker_->Ask("my insurer denied the claim for my pet scan").kind,
            ReplyKind::kNotCovered);
}

// Rankings of hospitals or doctors are outside the guide, like "the best hospital".
TEST_F(Blind33Test, RankingsOfPlacesAreNotCovered_Regression) {
  for (const char* q : {"give me a ranking of myeloma centres in europe",
                        "who are the top 5 myeloma doctors near me"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
}

// The days or weeks one person has left cannot be given; the days spent in hospital for a
// transplant, or between cycles, are answered.
TEST_F(Blind33Test, DaysLeftForOnePersonAreNotCovered_Regression) {
  for (const char* q : {"how many days can grandpa survive at home without dialysis",
                        "how many weeks can my aunt survive without food",
                        "how many weeks does my mum have left in palliative care"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  for (const char* q : {"how many days will i be in hospital after the stem cell transplant",
                        "how many days between cycles of dara",
                        "how many days do i have to wait for my biopsy results"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kAnswer) << q;
  }
}

// Which test method is better for minimal residual disease is a question about tests, not a
// choice of treatment.
TEST_F(Blind33Test, ComparingMrdMethodsIsNotADecision_Regression) {
  const Reply r = asker_->Ask("for minimal residual disease which one is better, ngs or flow");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "mrd");
}

}  // namespace
}  // namespace oncoguide::kb
