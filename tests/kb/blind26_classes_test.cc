// The classes blind26's separate author found (knowledge/eval/blind26.tsv, measured once blind
// and then a development set), each tested in our own words: questions about a medicine's side
// effect, an antiviral or a drug's cost were refused by rules meant for other subjects (losing
// weight on purpose, a child's chickenpox, insurance paperwork).
#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace oncoguide::kb
