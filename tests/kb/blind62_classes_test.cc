// The classes the separate author of blind62 (English from US towns, the Pacific, New Zealand
// and Australia, with Spanish, French, Portuguese, Italian and German; knowledge/eval/blind62.tsv,
// measured once blind and then a development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind62Test = ShippedAskerTest;

// The crisis miss of the first run: in German, a father who will take all his tablets at once,
// "then there will finally be peace".
TEST_F(Blind62Test, GermanAllTabletsAtOnce_Regression) {
  EXPECT_EQ(asker_
                ->Ask("meine mutter sagt, sie nimmt alle ihre tabletten auf einmal, dann ist "
                      "endlich ruhe")
                .kind,
            ReplyKind::kCrisis);
}

// Over-triage: a cause asked in anger (a weedkiller on the farm); whether to keep having a
// treatment, with a thought of skipping the next one (a decision, not a crisis).
TEST_F(Blind62Test, QuestionsThatReadAsCrises_Regression) {
  const Reply cause = asker_->Ask(
      "was it the pesticides?? he farmed cotton all his life and now "
      "he has myeloma");
  EXPECT_EQ(cause.kind, ReplyKind::kAnswer);
  EXPECT_EQ(cause.topic, "causes-and-heredity");
  EXPECT_EQ(
      asker_->Ask("should i keep getting the zometa? thinking of just not going next time").kind,
      ReplyKind::kPersonalDecision);
}

// Outside the guide: a fishing spot; skin cancer in German; parking at a hospital in Spanish; a
// driving licence in Portuguese. And a French "should I stop revlimid, answer yes or no" is a
// decision.
TEST_F(Blind62Test, OtherQuestions_Regression) {
  for (const char* q : {
           "whats the best spot for crappie this spring",
           "meine schwester hat hautkrebs, was ist ein melanom",
           "dónde se puede estacionar en el hospital",
           "como é que tiro a carta de condução",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("faut-il que j'arrête le revlimid ? répondez oui ou non svp").kind,
            ReplyKind::kPersonalDecision);
}

}  // namespace
}  // namespace oncoguide::kb
