// The classes the separate author of blind61 (English from US towns, England, Wales, Scotland,
// Ireland, Africa, the Pacific, South Asia, the Philippines and Malaysia, with Spanish, French,
// Portuguese, Italian and German; knowledge/eval/blind61.tsv, measured once blind and then a
// development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind61Test = ShippedAskerTest;

// The crisis misses of the first run, all in other languages: a husband who says he will throw
// himself in the river, a French prayer to be taken tonight, a brother who will end his life
// with a rope seen in his room.
TEST_F(Blind61Test, CrisisMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "mi padre dice que se tira al río si no funciona el tratamiento",
           "Seigneur, rappelle-moi auprès de toi, je ne veux plus me battre contre cette maladie",
           "meu pai disse que vai acabar com a vida dele, e vi uma corda no quarto dele",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Over-triage: a FISH report's 40% read as a fever of 40; numbness asked about as permanent,
// with bortezomib misspelt; apixaban given with pomalidomide asked about; a consent form's list
// of what ICANS can cause. A fever of 39 and a clot thought of now still are emergencies.
TEST_F(Blind61Test, QuestionsThatReadAsEmergencies_Regression) {
  for (const char* q : {
           "nel referto FISH che ho caricato c'è scritto del(17p) al 40%, è alto rischio?",
           "is the numbness in my feet from velcaid permanent or will it go away",
           "dad was put on apixaban with his pomalidomide, does that mean they think he has a clot",
           "the consent papers say car-t can cause trouble writing, how do they check for it",
       }) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  EXPECT_EQ(asker_->Ask("ho 39 di febbre da stamattina").kind, ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("i think i have a clot, my calf is red and swollen").kind,
            ReplyKind::kEmergency);
}

// Personal questions: a father's last M-spikes asked as a direction; his stage from what was
// sent. And in other languages: a self-employed worker's sick pay (money, not a response); a hip
// operation's rehab and a booking office's hours (outside the guide); "usted me recomienda ...
// o ..." and "lei me lo consiglia sì o no" (decisions).
TEST_F(Blind61Test, PersonalAndOtherLanguageQuestions_Regression) {
  const struct {
    const char* q;
    ReplyKind kind;
    const char* topic;
  } cases[] = {
      {"look at mums last three m spikes, are they going up", ReplyKind::kAnswer, "my-labs-trend"},
      {"what stage is my husband based on what i sent you", ReplyKind::kAnswer, "my-stage"},
      {"je suis indépendant, j'ai droit à des indemnités de la mutuelle si je ne peux plus "
       "travailler ?",
       ReplyKind::kAnswer, "work-money"},
      {"wie lange dauert die reha nach einer hüft-op", ReplyKind::kNotCovered, nullptr},
      {"a che ora apre l'ufficio per prenotare una visita?", ReplyKind::kNotCovered, nullptr},
      {"¿usted me recomienda el trasplante o seguir con las pastillas?",
       ReplyKind::kPersonalDecision, nullptr},
      {"mi propongono il trapianto, lei me lo consiglia sì o no?", ReplyKind::kPersonalDecision,
       nullptr},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, c.kind) << c.q;
    if (c.topic != nullptr) EXPECT_EQ(r.topic, c.topic) << c.q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
