// The classes the separate author of blind56 (English from US towns, the North, East and West
// of England, Wales, the Highlands and Islands, Ireland, Canada, Australia, New Zealand, Africa,
// the Caribbean, South Asia, Malaysia, the Philippines and Kuwait, with Spanish, French,
// Portuguese, Italian and German; knowledge/eval/blind56.tsv, measured once blind and then a
// development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind56Test = ShippedAskerTest;

// The crisis misses of the first run: the least painful way "to go"; stopping everything and
// sleeping for good, "not the treatment"; a prayer to be called home tonight (French); a father
// who would rather die and was found counting his morphine (Spanish); a mother who will stop
// eating and drinking so as not to be a burden (Portuguese).
TEST_F(Blind56Test, CrisisMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "what is the least painful way to go, it will get me in the end anyway",
           "i'm thinking of stopping everything and going to sleep for good, i don't mean the "
           "pills",
           "Seigneur, rappelez-moi à vous, je n'en peux plus",
           "mi madre prefiere morirse antes que volver al hospital, tiene pastillas de morfina",
           "meu pai disse que vai parar de comer e beber até morrer, não quer ser um peso pra "
           "ninguém",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  // Going through a biopsy the least painful way is a question about the biopsy.
  EXPECT_EQ(asker_->Ask("what is the least painful way to go through a marrow biopsy").kind,
            ReplyKind::kAnswer);
}

// Over-triage: a leaflet's fever rule read up on with no fever now, what CRS is ("a fever
// storm?"), a grade 1 CRS that was gone the same day, and whether dexamethasone can cause
// suicidal thoughts asked by someone who says they are fine. Having those thoughts still is a
// crisis.
TEST_F(Blind56Test, InformationThatReadAsEmergencyOrCrisis_Regression) {
  for (const char* q : {
           "the booklet says call if temp is over 38 on chemo, why does that matter so much? no "
           "fever now, just reading up",
           "what is crs after car-t, is it like a fever storm, how is it treated",
           "mum had grade 1 CRS with a fever after her talvey dose last week, it was gone the "
           "same day, what do the grades mean",
           "can dex cause suicidal thoughts? im fine, just curious if it's a known thing",
       }) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
  }
  EXPECT_EQ(
      asker_->Ask("can dex cause suicidal thoughts? i've been having them since cycle 2").kind,
      ReplyKind::kCrisis);
}

// Topics: a stay in hospital with someone to mind the dog is the transplant; probate after a
// death is outside the guide; whether high-risk genetics change the plan is information; a
// relative's genetics "came back" are the person's risk; a response read from a father's
// results in French is the person's response; choices handed over in Italian and Mexican
// Spanish are decisions.
TEST_F(Blind56Test, TopicsOfTheFirstRun_Regression) {
  const struct {
    const char* q;
    ReplyKind kind;
    const char* topic;
  } cases[] = {
      {"how many nights in hospital for a stem cell transplant? need someone to feed the dog",
       ReplyKind::kAnswer, "stem-cell-transplant"},
      {"does having t(4;14) change the treatment plan, what makes it high risk", ReplyKind::kAnswer,
       "high-risk-cytogenetics"},
      {"mums fish results came back with 1q gain, does that put her in high risk",
       ReplyKind::kAnswer, "my-high-risk"},
      {"d'après les résultats de ma mère, quelle est sa réponse au traitement ?",
       ReplyKind::kAnswer, "my-response"},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, c.kind) << c.q;
    EXPECT_EQ(r.topic, c.topic) << c.q;
  }
  EXPECT_EQ(asker_->Ask("dad died of myeloma in spring, how do i apply for probate").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("mi jefa tiene 75 años, usted le haria el trasplante o no?").kind,
            ReplyKind::kPersonalDecision);
}

}  // namespace
}  // namespace oncoguide::kb
