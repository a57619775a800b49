// The classes blind31's separate author found (knowledge/eval/blind31.tsv, measured once blind
// and then a development set), each tested in our own words. The crisis class (a death wish in
// Spanish) is in crisis_test.cc.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind31Test = ShippedAskerTest;

// Comparing response categories, seeing a counsellor, a caregiver's break and how far a marker
// must fall are questions to answer, not treatment decisions; signing a trial's consent for a
// relative is one.
TEST_F(Blind31Test, WhatIsAndIsNotATreatmentDecision_Regression) {
  for (const char* q : {"VGPR or CR, which one is better to have",
                        "would it help to see a psychologist or a counselor for my fear",
                        "how do i get a break from caregiving without guilt",
                        "how far do the light chains need to drop to count as a response"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kAnswer) << q;
  }
  for (const char* q : {"my dad was offered a car-t study, should he sign the consent",
                        "the team offered me a trial, should i sign up"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// One person reaching an age is not in any source; survival after some years, for people in
// general, is answered.
TEST_F(Blind31Test, OnePersonReachingAnAgeIsNotCovered_Regression) {
  EXPECT_EQ(asker_->Ask("what are the odds my 70 year old mum with stage 2 makes it to 85").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("how many people with myeloma live to 10 years after diagnosis").kind,
            ReplyKind::kAnswer);
}

// The cornea is where belantamab's eye side effects are; a cornea transplant is another kind of
// transplant.
TEST_F(Blind31Test, BelantamabAndTheCorneaIsAnswered_Regression) {
  const Reply r = asker_->Ask("does belantamab harm the cornea");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "other-myeloma-drugs");
  EXPECT_EQ(asker_->Ask("how long is recovery from a cornea transplant").kind,
            ReplyKind::kNotCovered);
}

// One's own numbers over time are personal: "has it improved", "what do my uploaded results
// show". How staging uses its tests, and what a response would mean if reached, are general.
TEST_F(Blind31Test, PersonalTrendsAndGeneralQuestions_Regression) {
  for (const char* q :
       {"has my calcium improved since the last cycle",
        "my husbands kappa went 40 then 55 then 70, what do the uploaded results show"}) {
    EXPECT_EQ(asker_->Ask(q).topic.value_or(""), "my-labs-trend") << q;
  }
  EXPECT_EQ(asker_->Ask("albumin and b2m, their role in staging").topic.value_or(""), "staging");
  EXPECT_NE(
      asker_->Ask("what if i only get a partial response, is my outlook worse").topic.value_or(""),
      "my-response");
}

}  // namespace
}  // namespace oncoguide::kb
