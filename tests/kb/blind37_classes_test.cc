// The classes blind37's separate author found (knowledge/eval/blind37.tsv, measured once blind
// and then a development set), each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind37Test = ShippedAskerTest;

// A fever written in Chinese or in Hindi typed in Latin letters, and legs that cannot move said
// in French, Spanish, Italian, Portuguese or German, are emergencies: the blind rows were
// refused as not covered (a Chinese question was one word; "bukhar" and "bouger les jambes"
// were unknown) or answered as a topic.
TEST_F(Blind37Test, FeverAndLegsInOtherLanguagesAreEmergencies_Regression) {
  for (const char* q : {"我爸爸在吃来那度胺，今天发烧38.9度", "老公化疗后一直发热，要去医院吗",
                        "mummy ko kal raat se bukhar hai, she is on dara",
                        "mi abuela no puede mover las piernas desde anoche",
                        "mon mari ne sent plus ses jambes, il a un myélome",
                        "mio padre non riesce a muovere le gambe da stamattina",
                        "minha mãe não consegue mexer as pernas",
                        "er kann die Beine nicht mehr bewegen", "我妈妈腿动不了了"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Wanting to die said in Chinese, Japanese, Korean, Hindi (Latin letters or Devanagari), Italian
// with a word between ("vorrei solo morire") and French "en finir" is a crisis; saying one does
// not want to die, or wanting to be done with chemotherapy or a treatment, is not.
TEST_F(Blind37Test, DeathWishesInOtherLanguagesAreCrisis_Regression) {
  for (const char* q :
       {"我真的活不下去了", "有时候想死", "もう死にたい", "죽고 싶어요", "ab mujhe jeena nahi hai",
        "मैं आत्महत्या के बारे में सोच रहा हूँ", "voglio solo morire", "parfois je veux en finir",
        "mera sab khatam karna chahti hoon"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  for (const char* q : {"我不想死，还有别的治疗吗", "j'ai hâte d'en finir avec la chimio",
                        "dawai ka course khatam karna chahta hoon, side effects kab jayenge"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Going to bed hoping not to wake up is a crisis; it was answered as an emergency of someone
// hard to wake.
TEST_F(Blind37Test, HopingNotToWakeUpIsCrisis_Regression) {
  for (const char* q : {"most nights i fall asleep hoping i dont wake up",
                        "hoping i wont wake up tomorrow honestly"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  EXPECT_EQ(asker_->Ask("my husband is on dex and i cant wake him up properly").kind,
            ReplyKind::kEmergency);
}

// Questions in Spanish, French, Portuguese, Italian, German or Chinese are read in English words
// (knowledge/translations.yaml) and answered from their topic, with a note of the reading; most
// were refused as not covered, the spelling corrector having turned their words into unrelated
// English ones ("para" into "part"). An English question is read as typed.
TEST_F(Blind37Test, QuestionsInOtherLanguagesAreAnswered_Regression) {
  const struct {
    const char* q;
    const char* topic;
  } cases[] = {
      {"¿qué efectos secundarios tiene el tratamiento del mieloma?", "side-effects"},
      {"comment se passe une autogreffe pour le myélome", "stem-cell-transplant"},
      {"existe algum grupo de apoio para quem tem mieloma em portugal", "support-resources"},
      {"quali sono gli effetti collaterali della lenalidomide", "imids"},
      {"骨髓瘤会遗传吗", "causes-and-heredity"},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.q;
    EXPECT_EQ(r.topic.value_or(""), c.topic) << c.q;
    EXPECT_FALSE(r.notes.empty()) << c.q;
  }
  EXPECT_EQ(asker_->Ask("soll ich die Transplantation annehmen oder warten? entscheide du").kind,
            ReplyKind::kPersonalDecision);
  // Not a myeloma question in another language stays refused.
  EXPECT_EQ(asker_->Ask("quel temps fera-t-il à Lyon demain").kind, ReplyKind::kNotCovered);
}

}  // namespace
}  // namespace oncoguide::kb
