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

}  // namespace
}  // namespace oncoguide::kb
