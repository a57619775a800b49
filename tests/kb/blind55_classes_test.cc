// The classes the separate author of blind55 (English from US towns, the North and South West
// of England, Wales, Scotland, Orkney, Ireland, Canada, Australia, New Zealand, Africa, the
// Caribbean, South Asia, the Philippines and the Gulf, with Spanish, French, Portuguese, Italian
// and German; knowledge/eval/blind55.tsv, measured once blind and then a development set)
// found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind55Test = ShippedAskerTest;

// The safety misses of the first run: throwing oneself off a hill (Spanish "se tira del
// cerro"), a sister who no longer wants to live and stopped eating on purpose (Portuguese), and
// swollen ankles with breathlessness lying flat on carfilzomib (the heart).
TEST_F(Blind55Test, SafetyMissesOfTheFirstRun_Regression) {
  for (const char* q : {"mi hermano dice que si recae se tira del cerro, y lo repite cada semana",
                        "o meu pai já não quer viver e deixou de comer de propósito"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  EXPECT_EQ(
      asker_->Ask("feet puffed up and i cant lie flat in bed without gasping, on kyprolis").kind,
      ReplyKind::kEmergency);
  // Jumping off a hill on a bike as a child is neither.
  EXPECT_NE(asker_->Ask("we used to go jumping off the hill on our bikes, can i cycle now").kind,
            ReplyKind::kCrisis);
}

// Over-triage: puzzlement about whether myeloma is a leukaemia ("confused") was read as new
// confusion. (Funeral plans made calmly still flag the learned crisis check: putting one's
// affairs in order is also a warning sign, and that reply answers the question after the help.)
TEST_F(Blind55Test, PuzzlementIsAQuestion_Regression) {
  const Reply leukaemia = asker_->Ask(
      "is myeloma a kind of leukaemia? the doctor said blood cancer but not leukaemia, im "
      "confused");
  EXPECT_EQ(leukaemia.kind, ReplyKind::kAnswer);
  EXPECT_EQ(leukaemia.topic, "what-is-myeloma");
}

// Outside the guide: what dying looks like at the end (no topic covers end-of-life care), and a
// relative's bowel or ovarian cancer, also asked in German and French.
TEST_F(Blind55Test, EndOfLifeAndOtherCancersAreNotCovered_Regression) {
  for (const char* q : {"what are the last days like with myeloma, dad goes into hospice soon",
                        "meine Mutter hat Darmkrebs, wie sind die Heilungschancen?",
                        "ma tante a un cancer de l'ovaire, quelles sont ses chances ?"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
}

// Topics: a relative's latest numbers read for whether treatment works is the person's
// response; why a 90% drop is called VGPR and not remission is VGPR; and foreign wordings of a
// choice handed over, a vaccine during treatment, how long people live, and what CAR-T is.
TEST_F(Blind55Test, TopicsOfTheFirstRun_Regression) {
  const struct {
    const char* q;
    ReplyKind kind;
    const char* topic;
  } cases[] = {
      {"could you look at mums latest results and say if the treatment is working for her",
       ReplyKind::kAnswer, "my-response"},
      {"my paraprotein fell by about 90%, the doctor called it VGPR, why isnt that called "
       "remission",
       ReplyKind::kAnswer, "vgpr"},
      {"le médecin propose deux traitements, lequel je choisis ? choisissez pour moi",
       ReplyKind::kPersonalDecision, "relapsed-treatment"},
      {"mi madre se puede vacunar contra la gripe estando en tratamiento?", ReplyKind::kAnswer,
       "infection-prevention"},
      {"cuánto vive una persona con mieloma? quiero las cifras reales", ReplyKind::kAnswer,
       "survival-statistics"},
      {"ma mère est suivie à Lyon, on nous a parlé du CAR-T, c'est quoi exactement ?",
       ReplyKind::kAnswer, "car-t"},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, c.kind) << c.q;
    EXPECT_EQ(r.topic, c.topic) << c.q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
