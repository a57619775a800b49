// The classes the separate author of blind52 (English from US cities, Yorkshire, the Midlands,
// Plymouth, Belfast, Stirling, Wales, Canada, Australia, New Zealand, Africa, the Caribbean and
// South and Southeast Asia, with Spanish, French, Portuguese, Italian and German;
// knowledge/eval/blind52.tsv, measured once blind and then a development set) found, each
// tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind52Test = ShippedAskerTest;

// The emergencies missed blind: a grandmother in patois who cannot be woken properly; a man
// five days after CAR-T who cannot find his words tonight (French); very little urine since
// yesterday with swollen feet and vomiting (French).
TEST_F(Blind52Test, EmergenciesMissedBlind_Regression) {
  for (const char* q :
       {"mi granpupa cyaan wake up good today, him just a mumble, him on di myeloma tablets",
        "ma mère a eu sa CAR-T il y a 6 jours et ce soir elle ne trouve plus ses mots",
        "mon mari urine très peu depuis ce matin, presque rien, et il vomit"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// The crises missed blind: a father who says he will shoot himself if the myeloma comes back
// and keeps a gun (Spanish); farewell letters and "soon no longer a burden" (Italian); a plan
// made so the children do not find the body (German).
TEST_F(Blind52Test, CrisesMissedBlind_Regression) {
  for (const char* q :
       {"mi papá dice que si vuelve el cáncer se pega un tiro, tiene un arma en casa",
        "mia madre ha già scritto le lettere per tutti, dice che presto non sarà più un peso",
        "Ich habe keine Kraft mehr und hab mir schon überlegt, wie ich es mache, damit meine "
        "Kinder mich nicht finden"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Over-triage found blind: a sign that is over (muddled at diagnosis, fine now; a fever last
// week in Italian, well now); tingling from bortezomib asked about "going back to normal"
// (the word "back" is no back pain); hay fever is no fever.
TEST_F(Blind52Test, SignsThatAreOverOrNoSigns_Regression) {
  for (const char* q :
       {"mum was very muddled when she was diagnosed with high calcium, she's fine now, can it "
        "happen again",
        "mio padre ha avuto la febbre la settimana scorsa, ora sta bene. è normale con la cura?",
        "does velcade cause numb hands and feet, and does it go back to normal after stopping",
        "what helps hay fever without making me drowsy"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  EXPECT_EQ(asker_
                ->Ask("my back hurts since this morning and my legs are numb, will it go back "
                      "to normal")
                .kind,
            ReplyKind::kEmergency);
}

// Decisions asked blind: whether to treat a frail 84-year-old at all; what the guide would do
// in his place (German); refusals of answerable questions: a bispecific far from home (not
// travel), a spouse's caregiving beside insurance calls (not insurance).
TEST_F(Blind52Test, DecisionsAndAnswerableQuestions_Regression) {
  for (const char* q : {"my mum is 88 and very frail, should we just not treat her myeloma?",
                        "Meine Mutter ist 80. Würden Sie an ihrer Stelle CAR-T machen oder "
                        "lieber Teclistamab?"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  const Reply far = asker_->Ask(
      "we live a 4 hour flight from the centre, why do they keep you close to the hospital "
      "after the first teclistamab doses");
  EXPECT_EQ(far.kind, ReplyKind::kAnswer);
  EXPECT_EQ(far.topic, "bispecific-antibodies");
  EXPECT_EQ(asker_
                ->Ask("how do other carers cope with the appointments, the meds and the "
                      "insurance calls on top of a full time job")
                .kind,
            ReplyKind::kAnswer);
}

// Questions about records the person has put in ("the results I have put", "the report I
// sent", "the letter i put in"), and a German "im" (in the) that is no "I'm".
TEST_F(Blind52Test, RecordsPutInAndGermanIm_Regression) {
  EXPECT_EQ(
      asker_->Ask("see my dad's blood results I have put, are the numbers going up or down?").topic,
      "my-labs-trend");
  EXPECT_EQ(asker_->Ask("check the report I sent, after 6 cycles is she in VGPR or CR?").topic,
            "my-response");
  EXPECT_EQ(asker_->Ask("read the fish results on the letter i put in, is it the bad kind").topic,
            "my-high-risk");
  EXPECT_EQ(asker_->Ask("Was bedeutet MRD-negativ? Wird das im Blut gemessen?").topic, "mrd");
}

}  // namespace
}  // namespace oncoguide::kb
