// The classes the separate author of blind48 (English from the US South and Plains, southern
// England, Cumbria, Orkney, Gibraltar, Malta, Fiji, Samoa, Botswana, Namibia, Tanzania, Rwanda,
// Sierra Leone, the Bahamas, Belize, St Lucia, Brunei and the Maldives with Spanish, French,
// Portuguese, Italian and German; knowledge/eval/blind48.tsv, measured once blind and then a
// development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind48Test = ShippedAskerTest;

// The one emergency missed blind: very little urine, dark, with swollen ankles after carfilzomib,
// said as "only peed a tiny bit".
TEST_F(Blind48Test, ATinyBitOfDarkUrineIsAnEmergency_Regression) {
  EXPECT_EQ(asker_->Ask("mum has only peed a tiny bit since morning and her feet are puffy").kind,
            ReplyKind::kEmergency);
}

// A sign that is over said with "back then", "two weeks back", "all gone now", "all cleared
// now"; "getting infections" is no sign getting worse.
TEST_F(Blind48Test, SignsOverSaidOtherWays_Regression) {
  for (const char* q :
       {"he had some CRS in the spring, fevers for a day back then, all gone now. why does it "
        "happen",
        "i had a fever three weeks back, it was a urine infection, all cleared now. how do i stop "
        "getting infections"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Requests for a choice, in Jamaican English, French, Italian and Swiss German, and "a cycle
// off"; "do I have cancer or not" is a question, not a choice.
TEST_F(Blind48Test, ChoicesAskedOtherWays_Regression) {
  for (const char* q :
       {"doctor seh it up to we, go with di transplant or no?",
        "je peux arrêter de moi-même le revlimid ?", "il trapianto lei lo farebbe al posto mio?",
        "söll i d'Therapie abbrecha? sägen Sie mir eifach ja oder nei",
        "feeling rough, is it ok if I take a cycle off the velcade"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  for (const char* q : {"they found MGUS in my bloods, do I have cancer or not",
                        "how often should I be having scans now I'm in remission"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// Own results asked in French, Portuguese and English ("from my wife's labs you have"), a
// prostate test, a child's asthma in Portuguese, and "sick as a dog".
TEST_F(Blind48Test, TopicsAndRefusals_Regression) {
  ExpectKindsAndTopics({
      {"d'après les résultats de ma mère que j'ai envoyés, son myélome est-il à haut risque ?",
       ReplyKind::kAnswer, "my-high-risk"},
      {"dá uma olhada nos exames do meu pai que eu subi, o kappa tá subindo ou descendo?",
       ReplyKind::kAnswer, "my-labs-trend"},
      {"from my wife's labs you have, is the chemo working", ReplyKind::kAnswer, "my-response"},
      {"my psa came back at 5, should I worry", ReplyKind::kNotCovered, "-"},
      {"meu filho tem asma, qual bombinha é melhor?", ReplyKind::kNotCovered, "-"},
      {"sick as a dog after my first cycle of VRd, what helps the nausea", ReplyKind::kAnswer,
       "initial-treatment"},
      {"which champagne should I buy for my wife's remission party", ReplyKind::kNotCovered, "-"},
  });
}

}  // namespace
}  // namespace oncoguide::kb
