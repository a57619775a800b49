// The classes the separate author of blind54 (English from US cities, Lancashire, Yorkshire,
// the Midlands, the South, Wales, Scotland, Shetland, Ireland, Canada, Australia, New Zealand,
// Africa, the Caribbean, South Asia, Malaysia, the Philippines and the Gulf, with Spanish,
// French, Portuguese, Italian and German; knowledge/eval/blind54.tsv, measured once blind and
// then a development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind54Test = ShippedAskerTest;

// The crisis misses of the first run, all in another language: "mach ich Schluss" (I'll end
// it) with everything arranged; a mother who says she will swallow all her pills so as not to
// be a weight; morphine tablets put aside, asking how many it takes not to wake up.
TEST_F(Blind54Test, CrisisSaidInGermanFrenchAndItalian_Regression) {
  for (const char* q :
       {"wenn die Werte wieder schlecht sind, mache ich Schluss, ich habe alles geregelt",
        "mon mari dit qu'il va avaler toutes ses pilules pour ne plus être un poids",
        "ho messo da parte le pillole, quante ne servirebbero per non svegliarmi più?"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Bleeding that soaks through dressings and keeps going is an emergency; a fever or CRS that is
// over ("she's grand now", "home and fine now") is a question about the medicine.
TEST_F(Blind54Test, SoakedDressingsAndFeversThatAreOver_Regression) {
  EXPECT_EQ(asker_->Ask("the marrow biopsy spot has soaked two dressings and is still going").kind,
            ReplyKind::kEmergency);
  for (const char* q :
       {"he had a fever last month after dara, they sorted it and he's grand now, is it common",
        "she had the CRS fever after car-t last month, she's home and fine now, can it return"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Questions that read as a crisis: suicide figures wanted for a support-group newsletter, and
// whether people die "with" myeloma or "from" it.
TEST_F(Blind54Test, FiguresAndDyingWithOrFromAreNotACrisis_Regression) {
  const Reply figures = asker_->Ask(
      "how common are depression and suicide in people with cancer? it's for our support "
      "group newsletter and i want the facts right");
  EXPECT_EQ(figures.kind, ReplyKind::kAnswer);
  EXPECT_EQ(figures.topic, "emotional-health");
  EXPECT_EQ(asker_->Ask("do most myeloma patients die with it rather than from it").kind,
            ReplyKind::kAnswer);
}

// Going without this year's vaccines is a decision; whether a relative should be tested for an
// inherited risk is information.
TEST_F(Blind54Test, SkippingVaccinesIsADecisionTestingRelativesIsNot_Regression) {
  EXPECT_EQ(asker_->Ask("is it ok if i don't have the flu jab this winter").kind,
            ReplyKind::kPersonalDecision);
  const Reply heredity =
      asker_->Ask("Il mieloma è ereditario? Mio padre ce l'ha, devo fare qualche esame anch'io?");
  EXPECT_EQ(heredity.kind, ReplyKind::kAnswer);
  EXPECT_EQ(heredity.topic, "causes-and-heredity");
}

// Topics: where to park is outside the guide; MRD that one's haematologist talks about is the
// general topic, not the person's result; cytogenetics "in the file" is the person's own risk;
// foreign wordings of "what is multiple myeloma", "which treatments when it comes back" and
// "am I responding".
TEST_F(Blind54Test, TopicsOfTheFirstRun_Regression) {
  EXPECT_EQ(asker_->Ask("where can i park at the hospital for my infusion, is it free").kind,
            ReplyKind::kNotCovered);
  const struct {
    const char* q;
    const char* topic;
  } cases[] = {
      {"una risposta più profonda significa che la remissione dura di più? il mio medico parla "
       "sempre di MRD",
       "depth-of-response-outcome"},
      {"going by dads cytogenetics in the file, is his the high-risk kind", "my-high-risk"},
      {"Qu'est-ce que le myélome multiple exactement ?", "what-is-myeloma"},
      {"Welche Behandlungen gibt es, wenn das Myelom zurückkommt?", "relapsed-treatment"},
      {"Pelos exames que enviei, estou respondendo ao tratamento?", "my-response"},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.q;
    EXPECT_EQ(r.topic, c.topic) << c.q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
