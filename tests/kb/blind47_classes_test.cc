// The classes the separate author of blind47 (English from the US Southwest, Florida, the Great
// Plains, Hawaii, Alaska, Baltimore, the Channel Islands, the Isle of Man, Liverpool, Newcastle,
// Bristol, Tasmania, Zimbabwe, Uganda, Zambia, Barbados, Guyana, Bangladesh, Sri Lanka, Nepal and
// the UAE with Spanish, French, Portuguese, Italian and German; knowledge/eval/blind47.tsv,
// measured once blind and then a development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind47Test = ShippedAskerTest;

// Three crises the first run missed: a French prayer to be taken with "je ne veux plus me
// réveiller", an Italian mother praying to be called and saying she will throw herself from the
// window, Guyanese "i want to dead".
TEST_F(Blind47Test, ObliqueCrisisWordings_Regression) {
  for (const char* q : {"mon dieu prends-moi, je ne veux plus me réveiller le matin",
                        "papà dice che si vuole buttare dalla finestra, non so cosa fare",
                        "Madonna chiamami con te, dice mia nonna ogni notte",
                        "mi cyaan manage, i want to dead, everything too much"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  // Figures about suicide, asked for a talk, are a question; a wish beside them is not.
  EXPECT_NE(asker_->Ask("what are the suicide rates after a cancer diagnosis, for a talk").kind,
            ReplyKind::kCrisis);
  EXPECT_EQ(asker_->Ask("the suicide rates are high and i keep thinking about it myself").kind,
            ReplyKind::kCrisis);
}

// Vomiting since last night with not even water kept down, written in French.
TEST_F(Blind47Test, FrenchCannotKeepWaterDownIsAnEmergency_Regression) {
  EXPECT_EQ(asker_->Ask("mon mari vomit depuis ce matin et ne garde même pas l'eau").kind,
            ReplyKind::kEmergency);
}

// Asking the guide to choose, in Neapolitan Italian, Swiss and standard German, Acadian French
// and Portuguese: all answered as information before.
TEST_F(Blind47Test, ForeignRequestsForAChoiceAreDecisions_Regression) {
  for (const char* q :
       {"mio padre deve fare la chemio o no? ditemi voi",
        "würden Sie ihr eher Daratumumab oder Elotuzumab geben? ich will eine klare Antwort",
        "Soll ich mit dem Revlimid weitermache oder aufhöre? was würden Sie mache",
        "entre la greffe pis la chimio, lequel tu choisirais pour mon père",
        "o hematologista propôs o transplante, aceitamos ou não? diga-me o que faria",
        "dois-je prendre la maintenance? dites-moi oui ou non"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// A sign that is over, weeks or months ago, is a question; a sign of now beside an old one, or
// an old result beside a sign of now, is still an emergency.
TEST_F(Blind47Test, SignThatIsOverIsNoEmergency_Regression) {
  for (const char* q :
       {"my wife had a fever after her second dara infusion back in may, is that usual",
        "he was confused for a day months ago after car-t and is back to normal, why does it "
        "happen",
        "mi madre tuvo fiebre el mes pasado con el daratumumab, ¿es frecuente?"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  for (const char* q : {"had a fever back in march and tonight its 38.9 again",
                        "she had a fever weeks ago and now she has a fever again",
                        "my dad is really drowsy and muddled, his calcium was high last month",
                        "he had a fever last year. my legs went numb and I cannot pee"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Words read as others: a city corrected to "fever" ("denver"), a possible side effect read as a
// sign ("the doctor said she can have confusion after CAR-T"), a fever of children.
TEST_F(Blind47Test, WordsThatAreNoSignOfNow_Regression) {
  for (const char* q : {"should we drive to a myeloma centre in denver for a second opinion",
                        "il medico ha detto che dopo le CAR-T può avere confusione, perché succede",
                        "how is scarlet fever treated in children"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  // "last year was": no question of a company's history.
  EXPECT_NE(asker_->Ask("why does calcium go up? last year was when he got confused").kind,
            ReplyKind::kNotCovered);
}

// Questions outside the guide that were answered: another leukaemia written in Spanish,
// booking a visit at one hospital in Italian, a restaurant that delivers, a cure for "sugar"
// (diabetes), writing a CV.
TEST_F(Blind47Test, QuestionsOutsideTheGuideAreRefused_Regression) {
  for (const char* q : {"mi vecina tiene leucemia linfática crónica, ¿qué tratamiento hay?",
                        "come faccio a prenotare una visita al Policlinico di Bari?",
                        "know a pizza place that delivers late near the infusion centre",
                        "does cinnamon cure diabetes, my aunt says it does",
                        "could you write a cover letter for my daughter's first job"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  // A specialist's appointment and eating out safely are answered.
  for (const char* q : {"how do i book a visit at a myeloma specialist centre for a second opinion",
                        "is it safe to eat at a restaurant on chemo when my white count is low"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kAnswer) << q;
  }
}

// Questions answered with the wrong topic or kind: one's own results asked in Italian, French and
// Swiss German, or from a relative's report; "labs" of a workplace; a drug "showing up" in a
// test; a health plan named beside the fear of a biopsy; "no more" read as a dose; "whether to
// be happy" read as a decision.
TEST_F(Blind47Test, WordingsThatChangedTheTopic_Regression) {
  ExpectKindsAndTopics({
      {"con gli esami che ho messo, papà sta rispondendo alla terapia?", ReplyKind::kAnswer,
       "my-response"},
      {"pouvez-vous regarder mes résultats? mes kappa montent depuis mars?", ReplyKind::kAnswer,
       "my-labs-trend"},
      {"from my dad's marrow report is he high risk or standard", ReplyKind::kAnswer,
       "my-high-risk"},
      {"from her labs which stage is she, the R-ISS", ReplyKind::kAnswer, "my-stage"},
      {"my uncle worked at the labs of a nuclear plant, could radiation have caused his myeloma",
       ReplyKind::kAnswer, "causes-and-heredity"},
      {"why does daratumumab showing up in the test keep my IFE positive", ReplyKind::kAnswer,
       "daratumumab-interference"},
      {"a biópsia de medula dói? vou fazer pelo convênio e tô com medo", ReplyKind::kAnswer,
       "bone-marrow-biopsy"},
      {"can I claim disability, I can't lift heavy things no more with the myeloma",
       ReplyKind::kAnswer, "work-money"},
      {"che vuol dire malattia stabile? non so se devo essere contento o no", ReplyKind::kAnswer,
       "stable-disease"},
  });
}

}  // namespace
}  // namespace oncoguide::kb
