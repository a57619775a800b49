// The classes the separate author of blind42 (English with Spanish, French, Portuguese, Italian
// and German; knowledge/eval/blind42.tsv, measured once blind and then a development set) found,
// each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind42Test = ShippedAskerTest;

// Thoughts of ending one's life the first run missed: how one could end it (German), a relative
// who would be better not existing and gives her things away (Portuguese), a gun at home beside
// talk of dealing with it oneself, and going to sleep never to wake said without "want".
TEST_F(Blind42Test, EndingItWithoutTheUsualWordsIsCrisis_Regression) {
  for (const char* q : {
           "ich denke oft darüber nach, wie ich es beenden kann",
           "meu avô diz que seria melhor se ele não existisse e está dando as coisas dele",
           "my brother keeps a rifle in the shed and says he'll deal with it himself soon",
           "cansada de todo, solo dormirme y no despertar",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  for (const char* q : {
           "can my husband still go hunting with his rifle during treatment",
           "im afraid i will go to sleep and never wake up during the sedation for the biopsy",
       }) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// The guide asked to take the person's place or to decide, in their language, and a plan the
// person leans to put to the guide for approval: decisions, each answered as information before.
TEST_F(Blind42Test, AskedToChooseInTheirPlace_Regression) {
  for (const char* q : {
           "on me laisse choisir entre Carvykti et Abecma, lequel vous prendriez à ma place",
           "nos ofrecen seguir con el mantenimiento o parar, ustedes qué harían en nuestro lugar",
           "devo fare il ciclo di questa settimana o rimandarlo? decida lei",
           "i'm leaning towards turning down the transplant, am i making a mistake",
           "my wife wants to take three months off her revlimid for our daughter's wedding abroad, "
           "should she do it",
           "do you think we should start the trial drug now or wait for the next scan",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  // Which vaccines are due after a transplant is information.
  const Reply r = asker_->Ask("what vaccines should my wife have after her transplant");
  EXPECT_NE(r.kind, ReplyKind::kPersonalDecision);
}

// Information asked in another language that was refused or sent elsewhere: a diet with herbs
// a relative swears by (read as unproven remedies), sleep the dex takes away, and an identity
// card ("carta" corrected to "cart", then CAR-T) that is no question about myeloma at all.
TEST_F(Blind42Test, InformationInTheirLanguage_Regression) {
  const Reply diet =
      asker_->Ask("la alimentación puede ayudar con el mieloma? mi tía dice cúrcuma");
  EXPECT_EQ(diet.kind, ReplyKind::kAnswer);
  EXPECT_EQ(diet.topic.value_or(""), "diet-nutrition");
  const Reply dex = asker_->Ask("la dexa no me deja dormir, que puedo hacer");
  EXPECT_EQ(dex.kind, ReplyKind::kAnswer);
  EXPECT_EQ(dex.topic.value_or(""), "steroids");
  EXPECT_EQ(asker_->Ask("come si fa la carta d'identità per mio figlio").kind,
            ReplyKind::kNotCovered);
}

// A question in a language the guide does not read at all (Arabic, Greek, Hungarian here) was
// refused like any question outside the guide, with no word of the help a fever or a wish to
// die would need (blind41's notes: Arabic, Greek and Hungarian rows). The help now comes first.
TEST_F(Blind42Test, UnreadLanguageGetsTheHelpFirst_Regression) {
  for (const char* q : {
           "والدتي عندها حرارة عالية بعد جلسة العلاج",
           "η μητέρα μου έχει υψηλό πυρετό μετά τη θεραπεία",
           "anyámnak magas láza van a kezelés után",
       }) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kNotCovered) << q;
    EXPECT_NE(r.answer.find("988"), std::string::npos) << q;
    EXPECT_NE(r.answer.find("911"), std::string::npos) << q;
  }
  // Not an English question outside the guide.
  const Reply weather = asker_->Ask("what will the weather be like in rome next week");
  EXPECT_EQ(weather.kind, ReplyKind::kNotCovered);
  EXPECT_EQ(weather.answer.find("988"), std::string::npos);
}

}  // namespace
}  // namespace oncoguide::kb
