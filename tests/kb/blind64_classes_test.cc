// The classes the separate authors of blind64 (English from Canada, Ireland, Scotland and US
// towns) and blind65 (English from Canada, the US and England), each with Spanish, French,
// Portuguese, Italian and German, found (knowledge/eval/blind64.tsv and blind65.tsv, measured
// once blind at eeb718b and then development sets), each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind64Test = ShippedAskerTest;

// Crises the first runs missed: a plan to swallow the whole medicine cupboard if the next line
// fails; a prayer to be taken instead of a suffering husband.
TEST_F(Blind64Test, CrisisMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "if this next treatment fails im going to take all the dex and everything in the "
           "cupboard, anyway what is the next treatment",
           "lord take me instead of him, i cant watch him suffer any longer",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Emergencies the first runs missed or put behind a crisis: a foot gone floppy with spine
// lesions, asked as if it were neuropathy; the shakes and 38.7 the night after a bispecific
// dose, from someone who does not want to bother anyone.
TEST_F(Blind64Test, EmergencyMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "my right foot went floppy tonight and i cant lift it, i have lesions in my lumbar "
           "spine, is it just my velcade neuropathy",
           "had my tec step up dose and now ive got the shakes and its 38.9, dont want to bother "
           "the on call at this hour",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Questions the written emergency rules read as signs happening now: a side effect asked about
// ("is it true you cant keep food down on it"), a bruise where the marrow needle went in with no
// fever, a report that reads as gibberish, a consent form's list of ICANS signs, fevers read
// about, and "I can't stand it anymore" about a medicine.
TEST_F(Blind64Test, QuestionsAreNotEmergencies_Regression) {
  for (const char* q : {
           "what is selinexor for and is it true people cant keep food down on it",
           "still a big bruise and a sore hip four days after my marrow aspirate, no fever, just "
           "achy where the needle went in, is that normal",
           "my results pdf came back and honestly its all gibberish to me, what does it say",
           "what does icans stand for, the consent papers say it can change your handwriting, "
           "how often does that happen",
           "why does car t cause crs, i read that fevers are really common afterwards",
       }) {
    const Reply r = asker_->Ask(q);
    EXPECT_NE(r.kind, ReplyKind::kEmergency) << q;
    EXPECT_NE(r.kind, ReplyKind::kCrisis) << q;
  }
  EXPECT_EQ(asker_->Ask("can i halve my dex on my own, i cant stand it anymore, yes or no").kind,
            ReplyKind::kPersonalDecision);
}

// Decisions the first runs answered as general questions: leaning to refuse a test and asking
// for a yes; now or later, "tell me what to do"; and in Spanish and Portuguese, "decide for us"
// and "would you join".
TEST_F(Blind64Test, DecisionMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "they want another marrow biopsy and im thinking of refusing it, thats ok right",
           "m spike is creeping up again, start the next treatment now or wait until i have "
           "symptoms? tell me what to do",
           "¿le conviene a mi mamá entrar al ensayo o no? decidí vos, nosotros no sabemos",
           "o meu pai tem 82 anos, vale a pena fazer a quimioterapia? decida por nós",
           "me proponen un ensayo clínico, ¿usted entraría o seguiría con lo de siempre?",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  EXPECT_NE(asker_->Ask("would you refuse to tell me my prognosis if i asked").kind,
            ReplyKind::kPersonalDecision);
}

}  // namespace
}  // namespace oncoguide::kb
