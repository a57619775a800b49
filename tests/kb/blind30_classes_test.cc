// The classes blind30's separate author found (knowledge/eval/blind30.tsv, measured once blind
// and then a development set), each tested in our own words: being tired of one's life is a
// crisis even beside stopping treatment; one's own survival in numbers, one box of a form and a
// body part judged from a photo are not covered.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind30Test = ShippedAskerTest;

// "Tired of this life" is a wish not to live, even when the question also gives up treatment
// (which alone would be a decision question).
TEST_F(Blind30Test, TiredOfThisLifeIsCrisis_Regression) {
  EXPECT_EQ(asker_->Ask("honestly im sick of my life with this cancer, no more chemo").kind,
            ReplyKind::kCrisis);
  EXPECT_EQ(asker_->Ask("so tired of this life, i'm stopping every treatment").kind,
            ReplyKind::kCrisis);
  EXPECT_EQ(asker_->Ask("i want to stop my treatment, i'm tired of the side effects").kind,
            ReplyKind::kPersonalDecision);
}

// One person's odds or months in numbers are not in any source; what the group figures mean,
// and a treatment's own risks, are answered.
TEST_F(Blind30Test, OnesOwnSurvivalInNumbersIsNotCovered_Regression) {
  for (const char* q : {"what is the chance i make it to 70 with my particular type of myeloma",
                        "how many years do i have with stage 2 at 64"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  for (const char* q : {"what does five year survival mean for myeloma",
                        "what are the chances i survive the transplant itself"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kAnswer) << q;
  }
}

// What to write in one box of a form is for the agency or a social worker; which help exists and
// how to apply is answered.
TEST_F(Blind30Test, OneBoxOfAFormIsNotCovered_Regression) {
  EXPECT_EQ(asker_->Ask("what should i put in part c of the disability application").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("can i get disability payments while on myeloma treatment").kind,
            ReplyKind::kAnswer);
}

// A rash or a lump judged from a picture is for the care team to see.
TEST_F(Blind30Test, ABodyPartFromAPhotoIsNotCovered_Regression) {
  EXPECT_EQ(
      asker_->Ask("could you look at a pic of the spots on my legs and say what they are").kind,
      ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("what does a revlimid rash usually look like").kind, ReplyKind::kAnswer);
}

// One's own (or a relative's) marker asked as a category after it fell is a personal response
// question; how markers fall in a category, asked in general, is not.
TEST_F(Blind30Test, OnesOwnFallingMarkerAskedAsACategoryIsPersonal_Regression) {
  for (const char* q : {"did my kappa go down enough to count as a vgpr",
                        "my husbands paraprotein fell a lot, which response category is he in"}) {
    EXPECT_EQ(asker_->Ask(q).topic.value_or(""), "my-response") << q;
  }
  EXPECT_NE(asker_->Ask("do light chains drop in a partial response").topic.value_or(""),
            "my-response");
}

}  // namespace
}  // namespace oncoguide::kb
