// The classes the separate author of blind71 (English from Kintyre, Dominica, Smithers, St Kitts,
// Broken Hill and Westport, with Spanish, French, Portuguese, Italian and German;
// knowledge/eval/blind71.tsv, measured once blind at dc1314f and then a development set) found,
// each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind71Test = ShippedAskerTest;

// Three of the four crises missed blind were in Portuguese and Italian: a prayer every day to be
// taken, a wife's threat to take all her pills at once if the transplant fails, and "it would be
// better for everyone if I were not here". The English rules caught each; the words were not
// translated.
TEST_F(Blind71Test, WarningSignsInPortugueseAndItalianAreACrisis_Regression) {
  for (const char* q : {
           "peço a Deus para me levar, já não aguento esta doença",
           "o meu marido disse que toma os comprimidos todos de uma vez se a quimio não resultar",
           "sarebbe meglio per tutti se non ci fossi, sono solo un peso",
           "my husband said he'd take all the pills at once if the myeloma comes back",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  // The day's pills taken together are no threat.
  EXPECT_NE(asker_
                ->Ask("mum says she will take all the pills at once in the morning with "
                      "breakfast, is that ok")
                .kind,
            ReplyKind::kCrisis);
}

// The fourth: a will made, the dog given to a neighbour, the funeral sorted, and a sudden calm.
// A pet minded by a friend during a transplant is no warning sign.
TEST_F(Blind71Test, APetGivenAwayWithTheFuneralSortedAndASuddenCalmIsACrisis_Regression) {
  EXPECT_EQ(asker_
                ->Ask("sorted my will and the funeral, gave my cat to my sister. feel at peace "
                      "now, strange")
                .kind,
            ReplyKind::kCrisis);
  EXPECT_NE(asker_
                ->Ask("gave the dog to my neighbour while I'm in for the transplant, will made "
                      "just in case, feeling calm about it")
                .kind,
            ReplyKind::kCrisis);
}

// Over-triage: a stay for high calcium and confusion back in March, "he's fine now", asked how
// myeloma causes it, was an emergency; a mild CRS that settled, "will it happen again with the
// next one?", was a crisis (the learned check leaned on "settled" and "the next one").
// Fainting just now with "he says he's fine now" stays an emergency.
TEST_F(Blind71Test, AStayThatIsOverAndASettledReactionAreNoEmergencyOrCrisis_Regression) {
  const Reply calcium = asker_->Ask(
      "mum was in hospital in june with very high calcium and muddled, shes fine now. why does "
      "myeloma do that?");
  EXPECT_EQ(calcium.kind, ReplyKind::kAnswer);
  EXPECT_EQ(calcium.topic, "hypercalcemia");
  EXPECT_NE(asker_
                ->Ask("I had low grade CRS after the first tecvayli step-up, all settled now. will "
                      "it happen again with the next one?")
                .kind,
            ReplyKind::kCrisis);
  EXPECT_EQ(
      asker_->Ask("mum fainted in the kitchen and came round quickly, she says shes fine now").kind,
      ReplyKind::kEmergency);
}

// Decisions read as answers or as a crisis: a biopsy already decided against, put to the guide
// for its agreement (the learned crisis check flagged "decided not to"); "if you were me, would
// you have the transplant" in French; stopping dexamethasone on one's own in Spanish.
TEST_F(Blind71Test, ASkippedTestAndIfYouWereMeAreDecisions_Regression) {
  for (const char* q : {
           "i have decided not to have the pet scan this time, do you agree",
           "à votre place, vous feriez la greffe ou pas ?",
           "puedo dejar la dexametasona por mi cuenta? me pone nerviosa",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  // Which of two bone drugs is better, asked in general, is information.
  EXPECT_EQ(asker_->Ask("zometa or xgeva, which is better for the bones").kind, ReplyKind::kAnswer);
}

// Topics missed: MRD asked about with "my facebook group" was read as the person's own MRD;
// sheep dip (a farm pesticide) was not covered; in Spanish and German, "what is myeloma" with the
// regional hospital, and one's uploaded results better or worse, were refused; in Portuguese
// "the doctor said I am in VGPR" was read as a question about one's own response.
TEST_F(Blind71Test, TopicsMissedBlind_Regression) {
  struct Case {
    const char* q;
    const char* topic;
  };
  for (const Case& c : {
           Case{"what is clonoseq, someone in my support group mentioned it for mrd", "mrd"},
           Case{"could years of sheep dip on the farm have given dad myeloma",
                "causes-and-heredity"},
           Case{"qué es el mieloma? se lo dijeron en el hospital regional a mi tío y no "
                "entendimos nada",
                "what-is-myeloma"},
           Case{"anhand meiner Befunde: sind meine Werte besser oder schlechter geworden?",
                "my-labs-trend"},
           Case{"o que é VGPR? o médico disse que estou em VGPR", "vgpr"},
       }) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.q;
    EXPECT_EQ(r.topic, c.topic) << c.q;
  }
}

// Near misses in Spanish and German: a fever threshold asked "just to know, I'm fine right now",
// and a pneumonia over and healed, asked how to avoid infections, were an emergency and a
// decision.
TEST_F(Blind71Test, AFeverThresholdAskedAheadAndAHealedPneumoniaAreAnswers_Regression) {
  for (const char* q : {
           "a partir de cuántos grados se considera fiebre durante el tratamiento? pregunto nomás, "
           "ahorita estoy bien",
           "hatte im Winter eine Lungenentzündung, ist ausgeheilt. Wie kann ich mich vor Infekten "
           "schützen?",
       }) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic, "infection-prevention") << q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
