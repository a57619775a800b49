// The classes the separate author of blind72 (English from Barra, the Falklands, Moosonee, Tonga,
// Tennant Creek and Belize, with Spanish, French, Portuguese, Italian and German;
// knowledge/eval/blind72.tsv, measured once blind at 27dee7b and then a development set) found,
// each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind72Test = ShippedAskerTest;

// The two emergencies missed blind: a blistering rash spreading round the eye on bortezomib (the
// antiviral stopped), and, in Italian, a father who has hardly passed water since yesterday with
// swollen legs. A question about the shingles vaccine, or Blenrep's eye effects, is none.
TEST_F(Blind72Test, ShinglesByTheEyeAndLittleUrineWithSwollenLegsAreEmergencies_Regression) {
  for (const char* q : {
           "a rash of blisters spreading round my eye, on velcade, off the acyclovir",
           "mia madre da ieri non fa quasi pipì e ha le gambe gonfie, ha i reni già messi male",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  for (const char* q : {
           "should i have the shingles vaccine, can shingles affect the eye",
           "does blenrep cause blurred vision and dry eyes",
       }) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// The two crises missed blind: an Italian mother who prays every night to die in her sleep and
// has given her jewellery away; "I have no wish to wake up in the morning any more" in French.
TEST_F(Blind72Test, PrayersToDieAndNoWishToWakeUpInOtherLanguagesAreACrisis_Regression) {
  for (const char* q : {
           "mio padre prega ogni sera di morire nel sonno",
           "je n'ai plus envie de me réveiller",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Decisions read as answers or as a crisis: halving a dose oneself ("halving", not "halve"), a
// medicine already decided against ("decided not to bother with"), a treatment on offer put to
// the guide for "take it or not" or "yes or no", and the Italian "you tell me: the transplant or
// not?" and "is it ok if I skip a week".
TEST_F(Blind72Test, AChoiceAlreadyMadeOrPutAsYesOrNoIsADecision_Regression) {
  for (const char* q : {
           "halving my revlimid myself because of the rash, fine?",
           "i've decided not to bother with the acyclovir any more, ok?",
           "they offered me teclistamab, take it or not?",
           "a car-t trial is on offer, yes or no?",
           "mi dica lei: faccio il trapianto o no?",
           "va bene se salto una settimana di revlimid?",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  // The doctor's decision, asked about, is information.
  EXPECT_NE(asker_->Ask("my doctor decided to stop the aspirin, why would that be").kind,
            ReplyKind::kPersonalDecision);
}

// Over-triage and refusals: a biopsy wound that stopped bleeding and has been "fine since"; a
// fever threshold asked "just to know" in Portuguese; "can't exactly pop in" read as a question
// of exact survival; CAR-T in Portuguese lost its name ("car-t" read as "car").
TEST_F(Blind72Test, OverAndNotAQuestionOfSurvival_Regression) {
  struct Case {
    const char* q;
    const char* topic;
  };
  for (const Case& c : {
           Case{"bled through the plaster after my bone marrow biopsy on monday, it stopped once "
                "i held pressure and it's been fine since. is that normal?",
                "bone-marrow-biopsy"},
           Case{"qual temperatura é considerada febre? só pra saber", "infection-prevention"},
           Case{"after car-t how long do you have to stay near the hospital? we can't exactly "
                "drive in",
                "car-t"},
           Case{"o que é car-t?", "car-t"},
       }) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.q;
    EXPECT_EQ(r.topic, c.topic) << c.q;
  }
  // One's own light chains "rising" in one's uploads is one's own trend.
  EXPECT_EQ(asker_->Ask("lambda in my uploads, rising?").topic, "my-labs-trend");
}

}  // namespace
}  // namespace oncoguide::kb
