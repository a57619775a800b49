// The classes blind24's separate author found (knowledge/eval/blind24.tsv, measured once blind
// and then a development set), each tested in our own words: a person's own results said as
// found, read as general questions; words shared with other subjects; everyday "can I" and "how
// much should I" read as treatment decisions.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind24Test = ShippedAskerTest;

// One's own (or a family member's) result said as found goes to the personal topic.
TEST_F(Blind24Test, OwnResultsSaidAsFoundArePersonal_Regression) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"the specialist says i have double hit on my genetics, what does that mean for me",
       "my-high-risk"},
      {"what r-iss stage was i when they first found it", "my-stage"},
      {"my wifes mrd report says negative at 10-6, is she mrd negative", "my-mrd"},
      {"my moms immunofixation came back negative, is she in complete response", "my-response"},
      {"my lambda shot up this month after being stable for ages, real rise or a blip",
       "my-labs-trend"},
  };
  for (const auto& [q, topic] : cases) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
  // Asked about in general, still the general topic.
  const Reply general = asker_->Ask("what is double hit myeloma");
  EXPECT_EQ(general.topic.value_or(""), "high-risk-cytogenetics");
}

// A heart scan's calcium score, wildfire smoke and a food additive named kappa are other
// subjects; high calcium and kappa light chains are still answered.
TEST_F(Blind24Test, SharedWordsOfOtherSubjectsAreRefused_Regression) {
  for (const char* q : {"my coronary calcium score came back 180, is that high",
                        "is smoke from the wildfires bad for my asthma",
                        "is kappa carrageenan in almond milk bad for you"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("why is high calcium dangerous in myeloma").kind, ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("what does a high kappa light chain mean").kind, ReplyKind::kAnswer);
}

// "How much walking should I do" and changing a baby's nappy are not treatment decisions;
// refusing another biopsy is one.
TEST_F(Blind24Test, EverydayCanIIsNotATreatmentDecision_Regression) {
  const Reply walk = asker_->Ask("how much walking should i do each day after my transplant");
  EXPECT_EQ(walk.kind, ReplyKind::kAnswer);
  EXPECT_EQ(walk.topic.value_or(""), "exercise");
  EXPECT_NE(
      asker_->Ask("is it ok to change my granddaughters nappy after her rotavirus vaccine").kind,
      ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("should my mom refuse another bone marrow biopsy").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("should i change my revlimid dose myself").kind,
            ReplyKind::kPersonalDecision);
}

// Refused for want of a phrasing: an antibiotic in the first months, drinking plenty of water.
TEST_F(Blind24Test, LevofloxacinAndDrinkingWaterAreAnswered_Regression) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"why did the team start me on levofloxacin at the beginning", "infection-prevention"},
      {"why do the nurses keep telling me to drink plenty of water", "kidney-problems"},
  };
  for (const auto& [q, topic] : cases) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
