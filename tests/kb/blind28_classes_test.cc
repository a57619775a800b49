// The classes blind28's separate author found (knowledge/eval/blind28.tsv, measured once blind
// and then a development set), each tested in our own words: information questions about a
// clot's or a fever's likelihood got the emergency reply from written rules.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind28Test = ShippedAskerTest;

// How worried to be about clots, and how common a fever is after a treatment, are questions for
// information; a fever with its reading stays an emergency however it is asked.
TEST_F(Blind28Test, HowCommonAFeverOrAClotIsIsInformation_Regression) {
  EXPECT_EQ(asker_->Ask("should i be worried about blood clots on pomalidomide").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("how often do people get a fever after teclistamab").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("how often do people get a fever after car-t, mine is 38.7").kind,
            ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("i have a fever of 38.5 on revlimid").kind, ReplyKind::kEmergency);
}

// Not knowing who to ask or where to go is no sign of confusion: "dont know who" and "dont know
// where" alone called 911 for "i dont know where to go for a second opinion". Not knowing where
// one is, or who one's family are, stays an emergency, said of anyone.
TEST_F(Blind28Test, NotKnowingWhoToAskIsNoConfusion_Regression) {
  for (const char* q :
       {"i dont know who to ask about my results", "i dont know where to go for a second opinion",
        "we didnt know where to find a support group near us",
        "since the diagnosis i dont know who i am anymore, is that normal"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  for (const char* q : {"mom doesnt know who i am this morning",
                        "dad suddenly didnt know where he was in his own kitchen",
                        "my husband does not know who his kids are today",
                        "grandma doesnt know where she is and keeps asking what day it is",
                        "since lunch my father doesnt know who any of the grandkids are"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
