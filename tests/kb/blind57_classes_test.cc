// The classes the separate author of blind57 (English from US towns, the North, Midlands and
// South of England, Wales, Scotland, Ireland, Canada, Australia, New Zealand, Africa, the
// Caribbean, South Asia, Malaysia, the Philippines and Qatar, with Spanish, French, Portuguese,
// Italian and German; knowledge/eval/blind57.tsv, measured once blind and then a development
// set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind57Test = ShippedAskerTest;

// The crisis misses of the first run: welcoming a bus as a joke, and a Portuguese wish to die
// soon so as to be no more trouble, praying for it to end.
TEST_F(Blind57Test, CrisisMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "honestly i'd welcome a bus at this point haha, anyway what does igg mean",
           "seria melhor morrer logo, rezo pra acabar",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Over-triage: a wife low and "not herself" asked about as depression; confusion after CAR-T
// read up on to prepare; suicide rates in an article, worried about a father with none of it
// said; a carer running on empty asking how others cope. A relative who talks of suicide, and
// a carer who wants to die, still are crises.
TEST_F(Blind57Test, QuestionsThatReadAsEmergencyOrCrisis_Regression) {
  for (const char* q : {
           "my husband has been very low and not himself since diagnosis, crying a lot, is "
           "depression common with myeloma",
           "i read that some people get confused after car-t and cant write, is it permanent? "
           "trying to prepare before mum goes in",
           "an article said cancer patients have higher suicide rates, what signs of depression "
           "should we watch for in dad",
           "i'm the one looking after my wife and running on empty, how do other carers cope "
           "without burning out",
       }) {
    const Reply r = asker_->Ask(q);
    EXPECT_NE(r.kind, ReplyKind::kEmergency) << q;
    EXPECT_NE(r.kind, ReplyKind::kCrisis) << q;
  }
  EXPECT_EQ(asker_->Ask("my dad keeps talking about suicide, what signs should we watch for").kind,
            ReplyKind::kCrisis);
  EXPECT_EQ(asker_->Ask("how do other carers cope, honestly some days i want to die").kind,
            ReplyKind::kCrisis);
}

// Decisions: worth doing, yes or no; the better choice for me between named regimens.
TEST_F(Blind57Test, ChoicesAskedForMe_Regression) {
  for (const char* q : {"worth doing another stem cell transplant? yes or no, i'm tired of it",
                        "relapsed, the choices are Kd or Pd, which is the better choice for me"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// Read as outside the guide: a 24-hour urine "like a science project", insurance denied with a
// question about assistance programmes, time away from home for CAR-T with a dog to mind.
TEST_F(Blind57Test, GuideQuestionsNotRefused_Regression) {
  const struct {
    const char* q;
    const char* topic;
  } cases[] = {
      {"why the 24 hour urine for UPEP, it's like a science project", "m-protein"},
      {"insurance denied my pomalyst again, are there assistance programs for the drug costs",
       "work-money"},
      {"how long are people away from home for car-t, we have to sort out work and the dog",
       "car-t"},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.q;
    EXPECT_EQ(r.topic, c.topic) << c.q;
  }
}

}  // namespace
}  // namespace oncoguide::kb
