// The classes blind22's separate author found (knowledge/eval/blind22.tsv, measured once blind
// and then a development set), each tested in our own words: a crisis said without the usual
// words, information questions an emergency rule took for an emergency, myeloma questions
// refused for one word, and a person's own numbers routed to the general topic.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind22Test = ShippedAskerTest;

// "No point being here" without "of" or "in", and holding a knife a long time on a dark night,
// are a crisis; holding a knife with shaky or numb hands is not.
TEST_F(Blind22Test, NoPointBeingHereAndHoldingAKnifeAreCrisis_Regression) {
  for (const char* q : {"no point being here, cant work, cant even be a mum",
                        "held a knife for a long time last night",
                        "honestly theres no point being here anymore, im just a burden",
                        "the steroids make everything black, i sat holding a knife for ages",
                        "some nights i hold the razor to my wrist and just stare"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  for (const char* q : {"my hands shake when holding a knife since velcade, is that neuropathy",
                        "fingers go numb holding a knife to chop veg, is that the thalidomide"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Asked about, not happening now: what neutropenic fever is, the daily handwriting check after
// CAR-T, a mild reaction during an infusion asked as "is that common", being scared of a first
// biopsy. The same signs said as happening still are emergencies.
TEST_F(Blind22Test, InformationAboutSignsIsNotAnEmergency_Regression) {
  const std::vector<std::pair<const char*, const char*>> answers = {
      {"what is neutropenic fever", "infection-prevention"},
      {"after car t why does the nurse ask me to write the same sentence every morning",
       "crs-icans"},
      {"sneezing and a tickly throat during my first darzalex infusion, is that a common reaction",
       "cd38-antibodies"},
      {"im freaking out about my first bone marrow biopsy on friday, does it hurt",
       "bone-marrow-biopsy"},
  };
  for (const auto& [q, topic] : answers) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
  for (const char* q : {"i have neutropenic fever, 38.6 tonight",
                        "since car t my handwriting has gone messy and i cant find words",
                        "my throat is swelling during the dara infusion"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Myeloma questions refused for one word: a flight's clot risk ("flight" is travel), losing
// weight through illness ("losing weight" is dieting), insurance asked about a second opinion or
// a denied medicine. Treating a child's ear infection is still not covered, nor a diet plan.
TEST_F(Blind22Test, OneWordDoesNotRefuseAMyelomaQuestion_Regression) {
  const std::vector<std::pair<const char*, const char*>> answers = {
      {"long flight next month while on pomalyst, how do we cut the clot risk",
       "blood-clot-prevention"},
      {"my wife has no appetite on chemo and keeps losing weight, what foods help",
       "diet-nutrition"},
      {"will my insurance pay for a second opinion at a myeloma center", "second-opinion"},
  };
  for (const auto& [q, topic] : answers) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
  for (const char* q :
       {"what should i give my son for an ear infection", "how do i lose weight before summer"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
}

// The person's own numbers or findings given with the question go to the personal topics; the
// same words asked in general do not.
TEST_F(Blind22Test, OwnNumbersAndFindingsArePersonal_Regression) {
  const std::vector<std::pair<const char*, const char*>> personal = {
      {"lambda was 30 in may, 41 in july and 57 now, is that bad", "my-labs-trend"},
      {"my m spike went from 3.4 to 0.3, does that count as vgpr", "my-response"},
      {"did my treatment work? my day 100 labs are in", "my-response"},
      {"staging? albumin 2.9, b2m 7.2", "my-stage"},
      {"is she r-iss stage 2? she has high ldh and 1q gain", "my-stage"},
      {"i have t(4;14) on my fish, is that one of the bad ones", "my-high-risk"},
      {"ive been mrd negative twice now, what does that mean for me", "my-mrd"},
  };
  for (const auto& [q, topic] : personal) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
  for (const char* q : {"which tests decide the stage, albumin and beta 2 microglobulin?",
                        "my doctor says im in a partial response, is that bad",
                        "if i stay mrd negative for years am i cured"}) {
    const Reply r = asker_->Ask(q);
    EXPECT_TRUE(r.topic.value_or("").rfind("my-", 0) != 0) << q << " -> " << *r.topic;
  }
}

// Information a decision rule took for a decision: lowering a risk, whether one caused the
// illness, keeping up a sport with bone disease, the options after a relapse. Stopping or
// lowering a medicine is still a decision.
TEST_F(Blind22Test, InformationIsNotADecision_Regression) {
  for (const char* q : {"what can she do to lower the risk of a clot on revlimid",
                        "was it something i did that gave me myeloma",
                        "should i stop playing tennis with lytic lesions in my spine",
                        "the doctor says its time to change from revlimid, what options are there",
                        "dex keeps me awake all night"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kAnswer) << q;
  }
  for (const char* q :
       {"should i lower my revlimid dose to reduce the clot risk", "can i skip my dex this week"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
