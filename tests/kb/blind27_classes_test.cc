// The classes blind27's separate author found (knowledge/eval/blind27.tsv, measured once blind
// and then a development set), each tested in our own words: two ways of speaking of dying by
// choice that got a decision or an emergency reply instead of the crisis reply, and questions
// for information that were taken as emergencies, as one's own records or as a decision.
#include <gtest/gtest.h>

#include <string>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind27Test = ShippedAskerTest;

// Stopping a treatment in order to die is a crisis, not a treatment decision; asking whether
// stopping shortens life is not.
TEST_F(Blind27Test, StoppingTreatmentInOrderToDieIsCrisis_Regression) {
  EXPECT_EQ(asker_->Ask("i'd quit the chemo so i could die sooner, honestly").kind,
            ReplyKind::kCrisis);
  EXPECT_NE(asker_->Ask("will i die sooner if i stop maintenance").kind, ReplyKind::kCrisis);
}

// Hoping an illness or a clot will "just take me" is a crisis (with the emergency sign kept in
// the reply), not only an emergency; a ride to hospital is not.
TEST_F(Blind27Test, HopingTheIllnessTakesMeIsCrisis_Regression) {
  EXPECT_EQ(asker_->Ask("maybe the cancer will just take me soon, that would be a relief").kind,
            ReplyKind::kCrisis);
  EXPECT_EQ(asker_->Ask("if i leave off the blood thinner maybe a clot will just take me").kind,
            ReplyKind::kCrisis);
}

// A staging system or MRD test named by one's doctor is a general question; one's own stage or
// MRD result is personal.
TEST_F(Blind27Test, ASystemTheDoctorNamedIsGeneral_Regression) {
  Reply r = asker_->Ask("what is the r-iss, the nurse mentioned it");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "staging");
  EXPECT_EQ(asker_->Ask("what is my r-iss stage").topic.value_or(""), "my-stage");
  r = asker_->Ask("how does the clonoseq test work, do they use my first marrow sample");
  EXPECT_EQ(r.topic.value_or(""), "mrd");
  EXPECT_EQ(asker_->Ask("am i mrd negative").topic.value_or(""), "my-mrd");
}

// How likely a clot is, and how a break from weeks ago heals, are information; a swollen red
// calf and a limb bent after a fall stay emergencies.
TEST_F(Blind27Test, RiskOfAClotAndAnOldBreakAreNotEmergencies_Regression) {
  Reply r = asker_->Ask("what are the chances of a blood clot on pomalidomide");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "blood-clot-prevention");
  EXPECT_EQ(
      asker_->Ask("i broke my wrist two months ago, how long does healing take with myeloma").kind,
      ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("my calf is swollen red and hot, on revlimid").kind, ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("i fell and my arm is bent the wrong way").kind, ReplyKind::kEmergency);
}

// When in the day a medicine is taken, whether vaccines are safe, which MRD test is better and
// what to eat are information; a vaccine "or not" for oneself stays a decision.
TEST_F(Blind27Test, TimingVaccinesTestsAndFoodAreInformation_Regression) {
  EXPECT_EQ(asker_->Ask("what time of day should dex be taken").topic.value_or(""), "steroids");
  Reply r = asker_->Ask("is the flu jab safe during myeloma treatment");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "infection-prevention");
  EXPECT_EQ(asker_->Ask("which is better for mrd testing, flow or sequencing").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("what should i eat when food has no taste on chemo").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("should i get the shingles vaccine or not").kind,
            ReplyKind::kPersonalDecision);
}

// Asked to decide outright stays a decision ("someone just decide for me").
TEST_F(Blind27Test, AskedToDecideOutrightIsADecision_Regression) {
  EXPECT_EQ(asker_->Ask("tell me whether to go with the transplant, i need someone to decide").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("do i take the pomalyst or not").kind, ReplyKind::kPersonalDecision);
}

// A medicine's copay named beside the insurance that leaves it is the money topic, not an
// insurance question the guide declines; an insurer's paperwork still is.
TEST_F(Blind27Test, AMedicinesCopayDespiteInsuranceIsAnswered_Regression) {
  const Reply r = asker_->Ask("pomalyst copay is 700 dollars a month even with my insurance");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "work-money");
  EXPECT_EQ(asker_->Ask("how do i fill in my insurance claim form").kind, ReplyKind::kNotCovered);
}

}  // namespace
}  // namespace oncoguide::kb
