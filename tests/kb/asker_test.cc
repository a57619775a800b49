// End-to-end `ask` on the shipped knowledge base: reply kinds, page structure, citations.
#include "oncoguide/kb/asker.h"

#include <gtest/gtest.h>

#include <regex>

#include "asker_fixture.h"

namespace oncoguide::kb {
namespace {

using AskerTest = ShippedAskerTest;

// Start-up time is measured by bench/ask_bench, not asserted here (timed unit tests are flaky
// under sanitizers and load).

// Regression: correctly spelled words the knowledge base does not use were "corrected" into
// words it does use ("breast" -> "least", "cars" -> "care", "hurts" -> "hurt").
TEST_F(AskerTest, SpellingDoesNotRewriteEnglishWords) {
  for (const char* q :
       {"best treatment for breast cancer", "how do I fix my cars brakes", "my back hurts"}) {
    EXPECT_TRUE(asker_->index().Analyze(q).corrections.empty()) << q;
  }
  // Real typos are still corrected.
  EXPECT_FALSE(asker_->index().Analyze("what is mylema").corrections.empty());
}

TEST_F(AskerTest, AnswerHasThePageStructureAndResolvedCitations) {
  Reply r = asker_->Ask("what is the difference between partial response and complete response");
  ASSERT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic, "pr-vs-cr");
  EXPECT_FALSE(r.why_it_matters.empty());
  EXPECT_FALSE(r.what_happens_next.empty());
  EXPECT_GE(r.questions_to_ask.size(), 3u);
  EXPECT_GE(r.related_questions.size(), 3u);
  EXPECT_LE(r.related_questions.size(), 5u);
  EXPECT_EQ(r.disclaimer, kDisclaimer);
  // Every [n] refers to a source, and no raw marker is left.
  const std::string all = r.answer + r.why_it_matters + r.what_happens_next;
  EXPECT_EQ(all.find("[@"), std::string::npos);
  std::regex num(R"(\[(\d+)\])");
  int max_n = 0;
  for (std::sregex_iterator it(all.begin(), all.end(), num), end; it != end; ++it) {
    max_n = std::max(max_n, std::stoi((*it)[1]));
  }
  EXPECT_EQ(static_cast<size_t>(max_n), r.sources.size());
  EXPECT_EQ(r.answer.find("[1]") < r.answer.find("[2]") || r.sources.size() == 1, true);
}

TEST_F(AskerTest, SynonymsBrandNamesAndTypos) {
  EXPECT_EQ(asker_->Ask("what is the paraprotein").topic, "m-protein");
  EXPECT_EQ(asker_->Ask("what is Tecvayli").topic, "bispecific-antibodies");
  EXPECT_EQ(asker_->Ask("what does a negative IFE mean").topic, "immunofixation");
  Reply typo = asker_->Ask("what is imunofixation");
  EXPECT_EQ(typo.topic, "immunofixation");
  EXPECT_FALSE(typo.notes.empty());
}

TEST_F(AskerTest, EmergencyComesFirstAndSaysToCallNow) {
  // A decision phrasing and a topic phrasing do not hide an emergency sign.
  Reply r = asker_->Ask("should I skip my Revlimid, I have a fever of 39 and chills");
  ASSERT_EQ(r.kind, ReplyKind::kEmergency);
  EXPECT_EQ(r.answer.find("**Call 911"), 0u);
  EXPECT_EQ(r.title.find("Call 911"), 0u);
  EXPECT_EQ(r.disclaimer, kDisclaimer);
}

TEST_F(AskerTest, DecisionsGoToTheCareTeamWithGeneralInformation) {
  Reply r = asker_->Ask("should I stop my maintenance lenalidomide");
  ASSERT_EQ(r.kind, ReplyKind::kPersonalDecision);
  EXPECT_NE(r.answer.find("care team"), std::string::npos);
  EXPECT_EQ(r.topic, "maintenance-therapy");
  EXPECT_FALSE(r.questions_to_ask.empty());
}

TEST_F(AskerTest, RefusesOtherCancersOffTopicAndWeakMatches) {
  for (const char* q : {"how is prostate cancer treated", "what is the best pizza in town",
                        "how do I fix a flat bicycle tyre"}) {
    Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kNotCovered) << q;
    EXPECT_FALSE(r.topic.has_value()) << q;
    EXPECT_GE(r.related_questions.size(), 2u) << q;
    EXPECT_LE(r.related_questions.size(), 3u) << q;
    EXPECT_TRUE(r.sources.empty()) << q;
  }
}

TEST_F(AskerTest, PersonalQuestionsRouteToPersonalTopics) {
  Reply r = asker_->Ask("What stage am I?");
  EXPECT_EQ(r.topic, "my-stage");
  EXPECT_FALSE(r.personal.has_value());
  bool invited = false;
  for (const std::string& n : r.notes) invited = invited || n.find("--records") != n.npos;
  EXPECT_TRUE(invited);
  EXPECT_EQ(asker_->Ask("Is my treatment working?").topic, "my-response");
  // General questions never land on personal topics.
  EXPECT_EQ(asker_->Ask("what does stage 3 myeloma mean").topic, "staging");

  PersonalBlock p{{{"current_response", "PR (partial response)"}}, {"Current response: PR"}, ""};
  Reply with = asker_->Ask("what is VGPR", &p);
  ASSERT_TRUE(with.personal.has_value());
  EXPECT_EQ(with.personal->json, p.json);
  EXPECT_EQ(with.personal->lines, p.lines);
}

// Issue 9: the new personal topics are reached by personal wordings only.
TEST_F(AskerTest, HighRiskAndMrdPersonalTopics) {
  for (const char* q : {"am i high risk", "is my myeloma high risk?", "Am I high-risk?"}) {
    EXPECT_EQ(asker_->Ask(q).topic, "my-high-risk") << q;
  }
  for (const char* q :
       {"am I MRD negative?", "what was my mrd result", "is my MRD still negative"}) {
    EXPECT_EQ(asker_->Ask(q).topic, "my-mrd") << q;
  }
  EXPECT_EQ(asker_->Ask("what does high risk myeloma mean").topic, "high-risk-cytogenetics");
  EXPECT_EQ(asker_->Ask("what is MRD").topic, "mrd");
  EXPECT_EQ(asker_->Ask("what does del(17p) mean on my FISH report?").topic,
            "high-risk-cytogenetics");
}

// Regressions named in issue 9: "kids" reached the kidney topic, "medicare" was read as
// "medicine", "work" reached response categories.
TEST_F(AskerTest, KidsMedicareAndWorkAreNotMisread) {
  EXPECT_EQ(asker_->Ask("how do i talk to my kids about myeloma").topic, "talking-with-family");
  EXPECT_EQ(asker_->Ask("will my kids get myeloma").topic, "causes-and-heredity");
  const Reply medicare = asker_->Ask("does medicare cover myeloma drugs");
  for (const std::string& n : medicare.notes) EXPECT_EQ(n.find("medicine"), n.npos) << n;
  EXPECT_NE(medicare.topic, "imids");
  EXPECT_EQ(asker_->Ask("can i still work while on treatment").topic, "work-money");
  EXPECT_EQ(asker_->Ask("can I go back to work after my transplant").topic, "work-money");
}

// A words-only question with chatter around one telling term still reaches its topic (the
// coverage threshold weighs terms by rarity and ignores words no topic uses).
TEST_F(AskerTest, ChatterAroundATellingTermStillAnswers) {
  EXPECT_EQ(asker_->Ask("onc mentioned VGPR at the visit today, what is that").topic, "vgpr");
}

}  // namespace
}  // namespace oncoguide::kb
