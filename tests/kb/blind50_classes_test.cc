// The classes the separate author of blind50 (English from the US East and West, England,
// Scotland, Ireland, Australia, Canada, Africa, South Asia, the Philippines and the Caribbean,
// with Spanish, French, Portuguese, Italian and German; knowledge/eval/blind50.tsv, measured once
// blind and then a development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind50Test = ShippedAskerTest;

// The emergencies and crises missed blind: back pain since last night with legs that do not feel
// right (Spanish), vomiting since last night without keeping water down (Italian), a prayer to be
// taken (Spanish), a brother who will let himself die (French).
TEST_F(Blind50Test, SafetyMissesOfTheFirstRun_Regression) {
  for (const char* q :
       {"a mi padre le duele muchísimo la espalda desde anoche y dice que no siente bien las "
        "piernas",
        "mio padre vomita da ieri sera, non tiene giù nemmeno l'acqua, è in cura per il mieloma, "
        "cosa gli posso dare?"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  for (const char* q : {"Dios mío, llévame ya, soy una carga para todos",
                        "ma sœur dit qu'elle va se laisser mourir"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Choices asked of the guide in the asker's own word order ("vous pensez qu'il doit ..."), and
// a fear said beside a choice, which is no crisis.
TEST_F(Blind50Test, DecisionsInTheAskersWordOrder_Regression) {
  for (const char* q : {"vous pensez qu'il doit accepter ou refuser la greffe ?",
                        "secondo voi mio marito deve entrare nello studio clinico?",
                        "can i say no to the transplant, i'm scared of it, would you?"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// Signs that are over ("last week ... fine now", "it settled") and being bewildered by what a
// doctor said are no emergency; taking one person for another still is.
TEST_F(Blind50Test, PastSignsAndBewildermentAreNotEmergencies_Regression) {
  for (const char* q :
       {"she had a fever last week after dara, it went away and she is fine now, is that common",
        "he was confused for a few days after car-t back in january and it settled, can it come "
        "back",
        "the consultant said it was nothing to worry about, which confused me, what is "
        "smouldering myeloma"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kAnswer) << q;
  }
  EXPECT_EQ(asker_->Ask("mum confused me with her sister this morning").kind,
            ReplyKind::kEmergency);
}

// One's own results, entered by the person or called "ma bloods", and Portuguese "com base nos
// meus exames".
TEST_F(Blind50Test, OwnResultsInOtherWords_Regression) {
  ExpectKindsAndTopics({
      {"from the labs i put in what r-iss would dad be", ReplyKind::kAnswer, "my-stage"},
      {"look at ma bloods an tell me if the paraprotein is creepin up", ReplyKind::kAnswer,
       "my-labs-trend"},
      {"com base nos meus exames estou em resposta completa?", ReplyKind::kAnswer, "my-response"},
  });
}

}  // namespace
}  // namespace oncoguide::kb
