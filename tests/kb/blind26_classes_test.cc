// The classes blind26's separate author found (knowledge/eval/blind26.tsv, measured once blind
// and then a development set), each tested in our own words: questions about a medicine's side
// effect, an antiviral or a drug's cost were refused by rules meant for other subjects (losing
// weight on purpose, a child's chickenpox, insurance paperwork).
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind26Test = ShippedAskerTest;

// Weight lost on a myeloma medicine is its side effect, not a diet question; dieting stays
// outside the guide.
TEST_F(Blind26Test, WeightLostOnAMedicineIsNotDieting_Regression) {
  const Reply r = asker_->Ask("does xpovio make you lose weight, my mum is down 4 kilos");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "other-myeloma-drugs");
  EXPECT_EQ(asker_->Ask("best way to lose weight before summer").kind, ReplyKind::kNotCovered);
}

// Chickenpox in one's own childhood, asked about with the antiviral given against shingles, is
// the shingles topic; a child's chickenpox today is someone else's illness.
TEST_F(Blind26Test, ChildhoodChickenpoxAndAnAntiviralIsShingles_Regression) {
  const Reply r = asker_->Ask("is the acyclovir because i had chicken pox as a kid");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "shingles-prevention");
  EXPECT_EQ(asker_->Ask("how do i treat my kids chickenpox itch").kind, ReplyKind::kNotCovered);
}

// Asking whether there is help with a medicine's cost under Medicare is the money topic; how to
// appeal an insurer's denial stays outside the guide.
TEST_F(Blind26Test, HelpWithAMedicinesCostIsAnswered_Regression) {
  const Reply r = asker_->Ask("pomalyst costs a fortune with my medicare plan, is there any help");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "work-money");
  EXPECT_EQ(asker_->Ask("how do i appeal my insurance denial letter").kind, ReplyKind::kNotCovered);
}

// One's own immunoglobulin creeping up month by month is a question about one's trend, like a
// light chain's.
TEST_F(Blind26Test, OwnImmunoglobulinCreepingUpIsTheTrend_Regression) {
  const Reply r =
      asker_->Ask("my iga keeps creeping up every month, is that the start of a relapse");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "my-labs-trend");
}

// One's own results asked about in words the personal rules did not have: an MRD result that
// changed, asked with worry ("should I be worried" is not a treatment decision); a family
// member's values read out with the stage asked; how one did after a transplant.
TEST_F(Blind26Test, OwnResultsInOtherWordsArePersonal_Regression) {
  const std::pair<const char*, const char*> cases[] = {
      {"my mrd came back positive after being negative for a year, is that bad", "my-mrd"},
      {"dads labs say albumin 3.1 and b2m 6.2, would that make him stage 3", "my-stage"},
      {"how am i doing since my transplant, the day 100 labs are in", "my-response"},
  };
  for (const auto& [q, topic] : cases) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
  // Stopping a medicine because of one's MRD stays a decision.
  EXPECT_EQ(asker_->Ask("should i stop revlimid because my mrd is negative").kind,
            ReplyKind::kPersonalDecision);
}

// Asking what spinal cord compression's warning signs are is answered from the bone topic, which
// now names them with its sources (it was refused: no topic had them); having the signs now is
// still an emergency.
TEST_F(Blind26Test, SpinalCordCompressionWarningSignsAreAnswered_Regression) {
  const Reply r = asker_->Ask("what should i look out for with spinal cord compression");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic.value_or(""), "bone-health");
  EXPECT_NE(r.what_happens_next.find("spinal cord compression"), std::string::npos);
  EXPECT_EQ(asker_->Ask("new back pain and my legs feel weak and numb since this morning").kind,
            ReplyKind::kEmergency);
}

}  // namespace
}  // namespace oncoguide::kb
