// The classes the separate author of blind58 (English from US towns, the North and East of
// England, Scotland, Ireland, Australia, Africa, the Pacific, India, the Philippines and the Gulf,
// with Spanish, French, Portuguese, Italian and German; knowledge/eval/blind58.tsv, measured once
// blind and then a development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind58Test = ShippedAskerTest;

// The crisis misses of the first run: a Spanish mother who will take all her pills at once so
// as not to be a burden, and an Italian father who says he will kill himself if it comes back.
TEST_F(Blind58Test, CrisisMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "mi abuela dice que se va a tomar todas las pastillas para no ser una carga",
           "mio fratello dice che si ammazza se la terapia non funziona",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// The emergency miss: German for barely any urine since yesterday, with swollen legs.
TEST_F(Blind58Test, GermanLittleUrineSinceYesterday_Regression) {
  EXPECT_EQ(asker_->Ask("ich pinkle seit gestern fast gar nicht mehr, was soll ich tun").kind,
            ReplyKind::kEmergency);
}

// Over-triage: the daily handwriting check after CAR-T asked about; years of diarrhoea on
// lenalidomide in a question about quitting it (a decision). Diarrhoea with dizziness today
// still is an emergency.
TEST_F(Blind58Test, QuestionsThatReadAsEmergency_Regression) {
  EXPECT_NE(
      asker_->Ask("why would the nurses check her handwriting every morning after car t").kind,
      ReplyKind::kEmergency);
  EXPECT_EQ(asker_
                ->Ask("3 years on revlimid and the diarrhoea is ruining my life, should i "
                      "just stop it")
                .kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("years on revlimid, today the diarrhea wont stop and i feel dizzy").kind,
            ReplyKind::kEmergency);
}

// Questions read as decisions: what to ask at a short visit; whether the 24-hour urine has to be
// done again. "Do I really need the transplant" still is a decision.
TEST_F(Blind58Test, QuestionsThatReadAsDecisions_Regression) {
  for (const char* q : {"what should i be asking at my first appointment, need a list",
                        "do i really have to collect urine for 24 hours again"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  EXPECT_EQ(asker_->Ask("do i really have to do the transplant").kind,
            ReplyKind::kPersonalDecision);
}

// Decisions asked in other languages: "you decide" in Spanish, "should I accept ... yes or no"
// and "what do you think, do I say yes" in French.
TEST_F(Blind58Test, DecisionsInOtherLanguages_Regression) {
  for (const char* q : {
           "mi padre no va a tomar más lenalidomida? decídanlo ustedes",
           "faut-il que j'accepte la greffe? répondez-moi oui ou non",
           "on me propose le daratumumab, vous en pensez quoi, je dis oui?",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// Other questions in other languages: sinusitis without antibiotics is outside the guide; an
// Italian fear of every check-up is emotional health.
TEST_F(Blind58Test, OtherLanguages_Regression) {
  EXPECT_EQ(asker_->Ask("comment soigner une sinusite").kind, ReplyKind::kNotCovered);
  const Reply fear =
      asker_->Ask("ho paura che torni, ogni controllo è un incubo, è normale sentirsi così?");
  EXPECT_EQ(fear.kind, ReplyKind::kAnswer);
  EXPECT_EQ(fear.topic, "emotional-health");
}

}  // namespace
}  // namespace oncoguide::kb
