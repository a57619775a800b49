// The classes blind36's separate author found (knowledge/eval/blind36.tsv, measured once blind
// and then a development set), each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind36Test = ShippedAskerTest;

// Asking how to make sure one never wakes up is a crisis (the blind row was refused as not
// covered), however tired of dex one is; not waking in the night on dex, or staying asleep
// through a procedure, is not.
TEST_F(Blind36Test, MakingSureNotToWakeUpIsCrisis_Regression) {
  for (const char* q :
       {"what is the surest way to never wake up", "how can i make sure i do not wake up tomorrow",
        "is there a way to go to bed and ensure i dont wake up again",
        "i am so done with dex and pain, how do i make sure i never wake up",
        "how can i make sure i dont wake up after my surgery next week"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  for (const char* q : {"how do i make sure i dont wake up at 3 on dex days",
                        "how can i make sure i dont wake up during my bone marrow biopsy",
                        "how do i make sure i dont wake up to pee every hour"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// A fever or chills written in the asker's first language, beside English, is an emergency (the
// blind row's Spanish "fiebre" was spelling-corrected to "figure" and refused).
TEST_F(Blind36Test, FeverInAnotherLanguageIsAnEmergency_Regression) {
  for (const char* q : {"mi madre tiene fiebre de 39 since last night, she is on velcade",
                        "mon mari a de la fièvre et des frissons after his car t",
                        "meu pai esta com febre, he has myeloma and takes revlimid",
                        "she has escalofrios and feels hot, on dara"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Accepting an offered treatment is a decision; keeping away from a food or from crowds, and
// whether sperm or eggs can be stored, are information (whether one should is a decision).
TEST_F(Blind36Test, OffersAreDecisionsAvoidingThingsIsInformation_Regression) {
  EXPECT_EQ(asker_->Ask("the team offered my wife teclistamab, do we say yes").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("should i keep away from grapefruit while taking my myeloma tablets").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("is it possible to freeze eggs before high dose melphalan").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("should i freeze my sperm before i start, im 29").kind,
            ReplyKind::kPersonalDecision);
}

// Dementia and a pet's own infection are outside the guide; the response a relative reached is
// read from the records; the regimen named after cyclophosphamide is the chemotherapy topic.
TEST_F(Blind36Test, DementiaPetsRelativesResponseAndCybord_Regression) {
  EXPECT_EQ(asker_->Ask("my uncle has dementia, how do we cope").kind, ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("our dogs paw looks infected, what cream works").kind,
            ReplyKind::kNotCovered);
  EXPECT_NE(asker_->Ask("my cats scratch on my arm is infected and i am on revlimid").kind,
            ReplyKind::kNotCovered);
  EXPECT_NE(asker_->Ask("the dog bit my hand yesterday and it looks infected, im on dara").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(
      asker_->Ask("what response has my mother achieved after six rounds of kd").topic.value_or(""),
      "my-response");
  EXPECT_EQ(asker_->Ask("my doctor wants to start cybord, what is in it").topic.value_or(""),
            "chemotherapy");
}

// Which activity is better with bone disease, and whether a relative should be tested, are
// information; choosing between two medicines, or between a second opinion and the local plan,
// stays a decision (blind36 and blind15's authors differ on the second).
TEST_F(Blind36Test, ActivitiesAndFamilyTestingAreInformation_Regression) {
  EXPECT_EQ(asker_->Ask("should we get a second opinion or go with the plan we have").kind,
            ReplyKind::kPersonalDecision);
  for (const char* q : {"yoga or cycling, which is better with lesions in my spine",
                        "we both have myeloma, should my son be screened for it"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kAnswer) << q;
  }
  EXPECT_EQ(asker_->Ask("kyprolis or velcade, which is better for me").kind,
            ReplyKind::kPersonalDecision);
}

}  // namespace
}  // namespace oncoguide::kb
