// The classes the separate author of blind51 (English from US cities, Yorkshire, Sussex,
// Oxford, Dundee, Derry, Canada, Australia, New Zealand, Africa, Jamaica and South and Southeast
// Asia, with Spanish, French, Portuguese, Italian and German; knowledge/eval/blind51.tsv,
// measured once blind and then a development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind51Test = ShippedAskerTest;

// The emergency and crises missed blind: a temperature reading without the word "fever" days
// after a transplant; a mother who asks God to take her and will not wake up again (Spanish);
// wanting out, beside a question about assisted dying.
TEST_F(Blind51Test, SafetyMissesOfTheFirstRun_Regression) {
  EXPECT_EQ(
      asker_->Ask("is 100.9 something to worry about, day 8 after my stem cell transplant").kind,
      ReplyKind::kEmergency);
  for (const char* q : {"mi abuela le pide a Dios que se la lleve ya, no quiere despertarse más",
                        "how do i get the assisted dying thing, i just want out now"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  // Figures for an essay are no crisis; wanting out of a hospital is none either.
  EXPECT_NE(asker_
                ->Ask("are suicide rates higher in myeloma than in other cancers? it's for an "
                      "essay for my course and i want to add support services")
                .kind,
            ReplyKind::kCrisis);
  EXPECT_NE(asker_->Ask("i just want out of the hospital, can i go home on dex?").kind,
            ReplyKind::kCrisis);
}

// Choices asked of the guide in Spanish and Portuguese: "lo dejamos o no? díganos usted",
// "qual você escolheria ... fala qual", "me hago el trasplante o no? dímelo tú".
TEST_F(Blind51Test, ForeignChoicesAskedOfTheGuide_Regression) {
  for (const char* q : {"el velcade, lo dejamos o no? díganos usted",
                        "qual esquema você escolheria pro meu pai na recaída? fala qual",
                        "¿me hago el trasplante o no? dímelo tú"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// Over-triage and refusals of answerable questions found in the development rounds: going in
// prepared is no crisis; an infusion reaction last month, asked about now, is no emergency
// while one happening now is; a bone drip beside the word "osteoporosis" and a household's
// vaccines around the person on treatment are myeloma questions, not other conditions.
TEST_F(Blind51Test, PreparedPastReactionsBoneDripsAndHouseholdVaccines_Regression) {
  EXPECT_NE(asker_
                ->Ask("Language barrier here so I want to go in prepared, is there a list of "
                      "things to ask")
                .kind,
            ReplyKind::kCrisis);
  EXPECT_EQ(asker_
                ->Ask("my dad had a bad reaction to his first dara infusion last month, shivering "
                      "and wheezy, they slowed it down. does that happen every time?")
                .kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("he had a bad reaction to dara last month and now he can't breathe").kind,
            ReplyKind::kEmergency);
  const Reply drip = asker_->Ask(
      "why does mum get zometa through a drip every month when she hasn't got osteoporosis");
  EXPECT_EQ(drip.kind, ReplyKind::kAnswer);
  EXPECT_EQ(drip.topic, "bone-health");
  const Reply jabs = asker_->Ask(
      "is it ok for the grandchildren to get their vaccines when they visit grandad on revlimid");
  EXPECT_EQ(jabs.kind, ReplyKind::kAnswer);
  EXPECT_EQ(jabs.topic, "infection-prevention");
}

// Decisions missed in the development rounds: patois "yuh tink mi fi tek it or no"; stopping
// prescribed medicines for an alternative remedy, asked as yes or no; choosing between two
// CAR-T products while saying one "can't think anymore" (a figure of speech, no confusion).
TEST_F(Blind51Test, PatoisRemedySwitchAndOverwhelmedChoices_Regression) {
  for (const char* q :
       {"Dem give mi di pomalyst now. Yuh tink mi fi tek it or no?",
        "should my mother stop the allopathy tablets and only do ayurvedic medicine, yes or no",
        "abecma or carvykti for my dad? just tell me which, I can't think anymore"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  // A confused person is still an emergency.
  EXPECT_EQ(asker_->Ask("my husband can't think straight and is confused since this morning").kind,
            ReplyKind::kEmergency);
}

}  // namespace
}  // namespace oncoguide::kb
