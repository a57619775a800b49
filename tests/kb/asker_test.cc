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

// Classes found on the blind11 set (a separate author's questions, measured once blind), each
// checked here with wordings of our own.
// "eliquis" was corrected to "liquid", and a question about why a blood thinner was started
// got the blood-clot emergency reply.
TEST_F(AskerTest, Blind11BloodThinnerNamesAreNotAnEmergency) {
  EXPECT_TRUE(asker_->index().Analyze("why is he on xarelto now").corrections.empty());
  const Reply r =
      asker_->Ask("my wife was started on eliquis with her pomalyst, is that normal for clots");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic, "blood-clot-prevention");
  // A clot's signs are still an emergency.
  EXPECT_EQ(asker_->Ask("my calf is swollen red and warm on revlimid").kind, ReplyKind::kEmergency);
}

// Asking the guide to do something for the person (book, refill, send) is not covered; asking
// about one's uploaded records, or a family member's, is personal.
TEST_F(AskerTest, Blind11ActionsAndUploadedRecords) {
  EXPECT_EQ(asker_->Ask("could you reschedule my infusion to friday").kind, ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("please refill my dex prescription").kind, ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("please look at my results and say whether the treatment is working").topic,
            "my-response");
  EXPECT_EQ(asker_->Ask("i uploaded my dads labs, is he responding").topic, "my-response");
  EXPECT_EQ(asker_->Ask("her records are uploaded, what stage is she").topic, "my-stage");
  EXPECT_EQ(asker_->Ask("is my latest clonoseq negative").topic, "my-mrd");
  // A symptom asked about while in remission is the symptom's question.
  EXPECT_EQ(asker_->Ask("why am i exhausted even though i'm in remission").topic, "fatigue");
}

// Counts for one hospital or event, company history and children's vaccine schedules are not
// covered; who pays in a trial is.
TEST_F(AskerTest, Blind11OutOfScopeNearMisses) {
  EXPECT_EQ(asker_->Ask("how many transplants did my hospital do last year").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("who founded the company that makes darzalex").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("which vaccines are on the schedule for my children this year").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("what is the provincial drug plan form for myeloma medicines").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("does insurance pay for a clinical trial").topic, "clinical-trials");
}

// Information about living with a medicine ("what can I do", sex during treatment, how often
// tests are done) is answered, not turned into a decision; choices still are decisions.
TEST_F(AskerTest, Blind11InformationIsNotADecision) {
  EXPECT_EQ(asker_->Ask("cant sleep on dex nights, what can i do").kind, ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("is it ok to have sex while on pomalyst").kind, ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("how often do i need labs during maintenance").kind, ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("what can i do instead of revlimid").kind, ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("should i stop my dex").kind, ReplyKind::kPersonalDecision);
}

// Classes found on the blind12 set (an eleventh author's questions, measured once blind), each
// checked here with wordings of our own.
TEST_F(AskerTest, Blind12WishingNotToWakeUpIsACrisis) {
  EXPECT_EQ(asker_->Ask("lately i think about not waking up and it seems peaceful").kind,
            ReplyKind::kCrisis);
  // Being hard to wake is still an emergency.
  EXPECT_EQ(asker_->Ask("my wife is so drowsy i cant wake her up properly").kind,
            ReplyKind::kEmergency);
}

TEST_F(AskerTest, Blind12BodyWordsThatAreNotEmergencies) {
  EXPECT_NE(asker_->Ask("dad has a collapsed vertebra, what does kyphoplasty involve").kind,
            ReplyKind::kEmergency);
  EXPECT_NE(
      asker_->Ask("i cant walk to the end of the street without a nap, will this tiredness pass")
          .kind,
      ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("my husband collapsed in the kitchen").kind, ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("sudden back pain and my legs are weak, i cant walk").kind,
            ReplyKind::kEmergency);
}

TEST_F(AskerTest, Blind12DecisionsOutOfScopeAndUploadedRecords) {
  EXPECT_EQ(asker_->Ask("what is the right dose of dexamethasone for me").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("my dad wants to use cbd oil instead of chemo, should he").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("does the tingling get better if they reduce the velcade dose").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("can you order more pomalyst for me").kind, ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("please translate my lab report into spanish").kind,
            ReplyKind::kNotCovered);
  EXPECT_NE(asker_->Ask("my aunt has multiple myloma, is it like leukemia").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("i uploaded my husbands mrd result, what does it show").topic, "my-mrd");
  EXPECT_EQ(asker_->Ask("what makes myeloma high risk, my neighbor says hers is").topic,
            "high-risk-cytogenetics");
}

// Classes found on the blind13 set (a twelfth author's questions, measured once blind), each
// checked here with wordings of our own.
TEST_F(AskerTest, Blind13VeteransFaintBandsAndClotQuestionsAreNotMisread) {
  // "Vet" as a veteran is not an animal question.
  EXPECT_EQ(asker_->Ask("army vet with myeloma, could burn pits have caused it").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("my vet says our labrador has myeloma, what now").kind,
            ReplyKind::kNotCovered);
  // A faint band on a test is not fainting; fainting still is an emergency.
  EXPECT_NE(asker_->Ask("there is a faint band on my immunofixation, is that darzalex").kind,
            ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("mum fainted in the bathroom this morning").kind, ReplyKind::kEmergency);
  // Asking what is usually given against clots is information; a swollen leg is not.
  EXPECT_NE(asker_->Ask("on revlimid, what do they usually give to stop clots forming").kind,
            ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("my calf is swollen and red, could it be a dvt").kind,
            ReplyKind::kEmergency);
}

TEST_F(AskerTest, Blind13PreparingMedicinesAndStatinsAreNotCovered) {
  EXPECT_EQ(asker_->Ask("how do i dilute carfilzomib before the infusion").kind,
            ReplyKind::kNotCovered);
  const Reply statin = asker_->Ask("which statin is best for high cholesterol");
  EXPECT_EQ(statin.kind, ReplyKind::kNotCovered);
  for (const std::string& n : statin.notes) EXPECT_EQ(n.find("read as"), std::string::npos) << n;
}

TEST_F(AskerTest, Blind13ChoicesAboutCareAndTimingAreDecisions) {
  EXPECT_EQ(asker_->Ask("should we move mum to a care home or keep her with us").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("do i have to begin chemo right away or can it wait a few months").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_NE(asker_->Ask("what should we ask the team now that dad has relapsed").kind,
            ReplyKind::kPersonalDecision);
}

// Classes found on the blind14 set (a thirteenth author, measured once blind), each checked
// here with wordings of our own.
TEST_F(AskerTest, Blind14ExactPrognosisForOnePersonIsNotGuessed) {
  for (const char* q : {"how many months exactly does my mum have with stage 3 and 17p",
                        "give me the exact percent chance i am alive in ten years"}) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kNotCovered) << q;
    EXPECT_NE(r.answer.find("survival statistics"), std::string::npos) << r.answer;
  }
  // What a survival figure means is still answered.
  EXPECT_EQ(asker_->Ask("what exactly does five year relative survival mean").topic,
            "survival-statistics");
}

TEST_F(AskerTest, Blind14OtherConditionsAndChildrensVaccinesAreNotCovered) {
  for (const char* q :
       {"what is the best treatment for kidney stones", "does car t work for lupus patients",
        "iron rich foods for pregnancy", "does my 3 year old need the measles jab"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_NE(asker_->Ask("can high calcium from myeloma cause kidney stones").kind,
            ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("should my kids get the flu shot to protect me during chemo").kind,
            ReplyKind::kAnswer);
}

TEST_F(AskerTest, Blind14ResultsInTheFileAndDietClaimsAreRoutedNotTriaged) {
  const Reply r = asker_->Ask("mums numbers after six cycles are in her file, is she responding");
  EXPECT_EQ(r.kind, ReplyKind::kAnswer);
  EXPECT_EQ(r.topic, "my-response");
  EXPECT_EQ(asker_->Ask("should i cut sugar out completely since cancer feeds on it").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("my neighbour says juicing healed her tumour, could it help myeloma").topic,
            "diet-nutrition");
}

// Classes found on the blind15 set (a fourteenth author, measured once blind), each checked
// here with wordings of our own.
TEST_F(AskerTest, Blind15AskingWhatTheGuideWouldDoIsADecision) {
  for (const char* q : {"if you were in my shoes would you start the car t",
                        "do i really need another bone marrow biopsy this year",
                        "is it fine if i miss this month's blood tests",
                        "do i need to go through with the transplant at 74 or is it too much"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

TEST_F(AskerTest, Blind15NamedInsurersOtherConditionsAndPetScans) {
  for (const char* q :
       {"will cigna pay for daratumumab infusions", "does anthem cover a second transplant",
        "my sister has osteoporosis, is prolia or fosamax better",
        "what is the best way to treat my baby's ear infection",
        "what is the exact date my dad will die, the team says weeks"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("the pet scan shows a mass next to the rib, is it a plasmacytoma").topic,
            "plasmacytoma");
  EXPECT_EQ(asker_->Ask("compare dads light chain numbers from his last visits").topic,
            "my-labs-trend");
}

// blind19 classes, in our own words: asking the guide to decide (a DNR, "decide for us", "just a
// yes or no", a supplement alongside treatment) is a decision; sending results for the person is
// an action the guide cannot do; a pet's myeloma is not covered.
TEST_F(AskerTest, DecisionsActionsAndPetsFromBlind19_Regression) {
  for (const char* q : {"the ward wants to know if we agree to a dnr for mum, should we",
                        "my husband needs a transplant, please decide for us",
                        "can i take curcumin alongside my pomalidomide, just a yes or no please"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  for (const char* q : {"please forward my scan report to my haematologist",
                        "can dogs get multiple myeloma like people do"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
}

// blind20 classes, in our own words: a person's own numbers asked as a category, a stage, a
// pattern or a risk go to the personal topics; a PET scan is not a pet; "clexane" and "BMB" are
// known words. General questions stay general.
TEST_F(AskerTest, OwnNumbersAskedAsACategoryFromBlind20_Regression) {
  const std::pair<const char*, const char*> cases[] = {
      {"my kappa dropped from 300 to 40 after three cycles, what response is that", "my-response"},
      {"i went from 2.1 to 0.8 on the m protein, is that counted as a partial response",
       "my-response"},
      {"albumin 41 and b2m 2.8 in my letter, what stage would that put me in", "my-stage"},
      {"my lambda keeps going up and down, 30 then 55 then 41, what is the pattern",
       "my-labs-trend"},
      {"igg readings of 15, 14, 15.5 and 15 this year, is this stable or creeping up",
       "my-labs-trend"},
      {"the report shows 1q gain in 20% of cells, is that high risk for me", "my-high-risk"},
      {"the pet scan still shows a bright spot but my mrd was negative, what does it mean",
       "my-mrd"},
      {"what are the clexane shots for when you take revlimid", "blood-clot-prevention"},
  };
  for (const auto& [q, topic] : cases) {
    EXPECT_EQ(asker_->Ask(q).topic.value_or(""), topic) << q;
  }
  // General questions keep their general topics.
  EXPECT_EQ(asker_->Ask("is a vgpr counted as a complete response").topic.value_or(""), "vgpr");
  EXPECT_NE(asker_->Ask("what does stable disease mean").topic.value_or(""), "my-labs-trend");
  // Choosing between two medicines to tell the doctor about is a decision, not a request to rate
  // doctors; rating hospitals is still not covered.
  EXPECT_EQ(asker_
                ->Ask("kyprolis or pomalyst, which one is better for me? the doctor wants an "
                      "answer on monday")
                .kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("which hospital is the best for myeloma").kind, ReplyKind::kNotCovered);
}

// blind21 refusals of myeloma questions: a misspelt "revlamid" beside pregnancy questions (the
// REMS programme) was read as another condition; CAR-T's "lympho depletion" chemo as lymphoma;
// plasma cell leukaemia as another cancer; how heart amyloidosis is found; putting a lab's
// wording into plain words as a translation; pressing for one of two regimens not as a choice.
TEST_F(AskerTest, MyelomaQuestionsWithLookAlikeWordsAreNotRefused_Regression) {
  for (const char* q : {"why all the pregnancy questions every month with my revlamid, im 68",
                        "what is the lympho depletion chemo before the car t cells go back in",
                        "how is plasma cell leukaemia different from myeloma",
                        "what tests find amyloidosis in the heart",
                        "can someone translate my immunofixation result into normal words"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("my team suggests DRd but i prefer KRd, should i insist on it").kind,
            ReplyKind::kPersonalDecision);
  for (const char* q : {"can you translate my myeloma leaflet into spanish",
                        "what are the first signs of hodgkin lymphoma",
                        "is it safe to get pregnant while taking metformin"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
}

// blind21 routing classes, in our own words: the person's own number asked as good or bad after
// some cycles, the level a result puts them at, a creeping value's pattern, a comparison of
// their last results "which way" (not a choice), an R-ISS with FISH uploaded (a stage, not a
// risk question); figures for one country, state or year, or the oldest ages with a rare type,
// are not in the sources; a ferret is an animal, multiple sclerosis another condition, and a cat
// litter tray is an infection question, not a veterinary one.
TEST_F(AskerTest, PersonalNumbersNarrowFiguresAndLookAlikeWords_Regression) {
  const std::vector<std::pair<const char*, const char*>> personal = {
      {"is my paraprotein of 0.6 after six cycles ok", "my-response"},
      {"my light chains are gone but immunofixation is positive, what level does that put me at",
       "my-response"},
      {"my kappa keeps creeping every month, what is the pattern", "my-labs-trend"},
      {"compare my last two results and tell me which way they are going", "my-labs-trend"},
      {"what is my r-iss, my fish and ldh are uploaded", "my-stage"},
  };
  for (const auto& [q, topic] : personal) {
    const Reply r = asker_->Ask(q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << q;
    EXPECT_EQ(r.topic.value_or(""), topic) << q;
  }
  for (const char* q : {"median survival of myeloma patients in kenya treated in 2020",
                        "how many people in texas are living with myeloma",
                        "5 year survival for igd myeloma in people over 90",
                        "my rabbit has a swelling, could it be myeloma",
                        "what drugs treat relapsing remitting multiple sclerosis"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  for (const char* q : {"what is the 5 year survival for myeloma in the us",
                        "are clinical trials safe or am i a guinea pig"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("can i clean the cat litter tray while my white count is low")
                .answer.find("animals"),
            std::string::npos);
}

}  // namespace
}  // namespace oncoguide::kb
