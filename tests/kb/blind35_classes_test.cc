// The classes blind35's separate author found (knowledge/eval/blind35.tsv, measured once blind
// and then a development set), each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind35Test = ShippedAskerTest;

// Vanishing for good, said of oneself, is a crisis (the blind row was answered as a decision to
// stop treatment); a disease or a symptom that may vanish for good is not.
TEST_F(Blind35Test, DisappearingForGoodIsCrisis_Regression) {
  for (const char* q : {"im going to drop everything and disappear permanently",
                        "after this cycle i am going to disappear permanently"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  for (const char* q : {"can the m spike disappear forever after a transplant",
                        "will my neuropathy vanish permanently once i stop velcade"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// A fever happening now stays an emergency when the question also asks about timing ("when does
// it usually begin to go away"). A veto of timing words, written for blind35's question about
// when CRS fever usually starts after CAR-T, silenced this one: it was taken back, and that
// question stays over-triaged (the safe side).
TEST_F(Blind35Test, AFeverNowWithATimingQuestionIsAnEmergency_Regression) {
  for (const char* q :
       {"fever started tonight after my step up dose, when does it usually begin to go away",
        "fever of 38.9 four days after car t, when does it usually settle",
        "i have chills and a fever after teclistamab, when does it usually start to get better"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// A regimen's short name (dara-len-dex, "DRd"), alkaline water and farm chemicals name their
// topics; advice for a job interview is outside the guide.
TEST_F(Blind35Test, RegimenWaterAndFarmChemicals_Regression) {
  EXPECT_EQ(asker_->Ask("what does d-rd stand for and who is it for").topic.value_or(""),
            "initial-treatment");
  EXPECT_EQ(asker_->Ask("can alkaline water help my myeloma").topic.value_or(""), "diet-nutrition");
  EXPECT_EQ(asker_->Ask("could weed killer i used for years have caused this").topic.value_or(""),
            "causes-and-heredity");
  EXPECT_EQ(asker_->Ask("any tips for a job interview next week").kind, ReplyKind::kNotCovered);
}

// One's own marrow report searched for a change, a relative's marker rising between two times,
// and a relative's category asked from their results are answered from the records (the blind
// rows were given the general topics).
TEST_F(Blind35Test, OwnReportsAndRelativesNumbersArePersonal_Regression) {
  EXPECT_EQ(
      asker_->Ask("please look in my bone marrow report for a 17p deletion").topic.value_or(""),
      "my-high-risk");
  EXPECT_EQ(asker_->Ask("has my mum's kappa gone up since april").topic.value_or(""),
            "my-labs-trend");
  EXPECT_EQ(
      asker_->Ask("from my father's results after four cycles, is he in vgpr").topic.value_or(""),
      "my-response");
}

}  // namespace
}  // namespace oncoguide::kb
