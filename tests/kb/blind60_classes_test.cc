// The classes the separate author of blind60 (English from US towns, the South of England,
// Wales, Ireland, Africa, the Pacific, South Asia, the Philippines, Malaysia and the Gulf, with
// Spanish, French, Portuguese, Italian and German; knowledge/eval/blind60.tsv, measured once
// blind and then a development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind60Test = ShippedAskerTest;

// The crisis miss of the first run: in Italian, not wanting to be here any more, tired of
// fighting, a letter already written to the children.
TEST_F(Blind60Test, ItalianLetterToTheChildren_Regression) {
  EXPECT_EQ(asker_->Ask("sono stanca di lottare, ho già scritto una lettera ai miei figli").kind,
            ReplyKind::kCrisis);
}

// The emergency misses: a grandmother not making sense and mumbling who has passed no water
// since last night; bleeding gums with purple spots coming up since this morning.
TEST_F(Blind60Test, EmergencyMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "nana isnt making sense and hasnt passed water since last night, she has myeloma "
           "kidney. can it wait till monday",
           "gums bleeding and purple spots popping up on my arms since this morning, on "
           "treatment. is it the heat",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Over-triage: a place for soft food after mouth sores; dropping chemo for a diet, "good idea?"
// (a decision). Fear of breaking a bone with a fall today and a leg that will not bear weight
// still is an emergency.
TEST_F(Blind60Test, QuestionsThatReadAsEmergencies_Regression) {
  EXPECT_NE(asker_
                ->Ask("which restaurant does good soft food, my father cannot chew well after "
                      "mouth sores")
                .kind,
            ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("dropping chemo to do keto and supplements instead, good idea yes?").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_
                ->Ask("mum is scared of breaking something and she fell this morning, now she "
                      "cant stand on her leg")
                .kind,
            ReplyKind::kEmergency);
}

// Decisions and answers read as outside the guide: insurance that covers both choices; two
// CAR-T products compared. Which hospital is best still is outside it, and so is a mammogram.
TEST_F(Blind60Test, ChoicesReadAsOutsideTheGuide_Regression) {
  EXPECT_EQ(asker_->Ask("which would you pick for me, KRd or DRd? insurance covers both").kind,
            ReplyKind::kPersonalDecision);
  const Reply products = asker_->Ask(
      "abecma vs carvykti, which works better and how long do "
      "you stay near the hospital");
  EXPECT_EQ(products.kind, ReplyKind::kAnswer);
  EXPECT_EQ(products.topic, "car-t");
  EXPECT_EQ(asker_->Ask("which hospital is best for car-t").kind, ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("when should i start having mammograms").kind, ReplyKind::kNotCovered);
}

}  // namespace
}  // namespace oncoguide::kb
