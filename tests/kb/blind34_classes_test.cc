// The classes blind34's separate author found (knowledge/eval/blind34.tsv, measured once blind
// and then a development set), each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind34Test = ShippedAskerTest;

// A family member who cut or burned themselves is a crisis (the blind row reached only the
// learned check, under its threshold, and was answered as caregiving); a cut from shaving or
// cooking is not.
TEST_F(Blind34Test, AFamilyMembersSelfHarmIsCrisis_Regression) {
  for (const char* q : {"my sister has been cutting herself since mum got sick",
                        "my son burned himself on purpose after the news"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  for (const char* q : {"he cut himself shaving while on blood thinners",
                        "my dad cut himself in the kitchen and it wont stop bleeding"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Asking for a plain explanation of criteria, or steroids raising blood sugar, is no crisis (the
// learned check had put both above its threshold).
TEST_F(Blind34Test, PlainQuestionsAreNoCrisis_Regression) {
  for (const char* q : {"the IMWG criteria - can someone explain them simply",
                        "dexamethasone sending my sugars through the roof, i'm not diabetic"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Waldenström's compared with "MM" is the related-disorders topic, not another cancer; one's
// own IgG going back up is a trend in one's records.
TEST_F(Blind34Test, RelatedDisorderAndImmunoglobulinTrend_Regression) {
  EXPECT_EQ(asker_->Ask("how is waldenstrom different from mm").topic.value_or(""),
            "related-disorders");
  EXPECT_EQ(asker_->Ask("is my iga going back up again").topic.value_or(""), "my-labs-trend");
}

// A vaccine's effects in babies or toddlers is outside the guide; a baby aspirin for clots, or a
// grandchild's vaccine around the patient, is not.
TEST_F(Blind34Test, VaccinesForBabiesAreNotCovered_Regression) {
  for (const char* q : {"what side effects does the rsv shot have in newborns",
                        "do babies get a fever after the covid vaccine"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("is a baby aspirin enough instead of the lovenox shots on revlimid")
                .topic.value_or(""),
            "blood-clot-prevention");
  EXPECT_NE(asker_->Ask("can my grandbaby visit me after her rotavirus vaccine").kind,
            ReplyKind::kNotCovered);
}

}  // namespace
}  // namespace oncoguide::kb
