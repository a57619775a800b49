// The classes blind39's separate author found (knowledge/eval/blind39.tsv: every question in
// another language; measured once blind and then a development set), each tested in our own
// words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind39Test = ShippedAskerTest;

// Signs that need care now, in words the general vocabulary did not have: after that
// vocabulary, 7 of blind39's 35 emergencies were still answered as a topic or refused.
TEST_F(Blind39Test, EmergenciesInOtherLanguages_Regression) {
  for (const char* q : {
           // Spanish, after CAR-T: handwriting that changes, slow answers.
           "a mi madre le dieron abecma hace una semana y hoy la letra le sale rara y esta lenta "
           "para contestar",
           // French: a calf swollen, hot and painful on lenalidomide.
           "depuis hier mon mollet gauche est gonflé et chaud, je suis sous lénalidomide",
           // Portuguese: a temperature said with "tá com".
           "minha mãe ta com 38,7 e tremendo de frio, começou o ciclo ontem",
           // German, after CAR-T: not knowing the day, falling asleep all the time.
           "mein Mann weiss nicht welcher Tag ist und schläft ständig ein, CAR-T vor zehn Tagen",
           // Hinglish: no urine since last night.
           "papa ka kal se peshab nahi aaya, kidney ki problem pehle se hai",
           // Tagalog mixed with English: fainted.
           "si mama nahimatay kanina after her dara infusion",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Thoughts of dying, said obliquely: 9 of 25 crises were missed after the general vocabulary.
TEST_F(Blind39Test, CrisisInOtherLanguages_Regression) {
  for (const char* q : {
           // Spanish: to stop being a burden for good; a father who says he will take his life.
           "ya es hora de dejar de ser una carga para siempre",
           "mi abuelo dice que se quita la vida si tiene que volver al hospital",
           // French: everything arranged, the moment chosen.
           "j'ai tout réglé pour ma famille, je choisirai moi-même le moment",
           // Portuguese and Italian: not waking up.
           "seria tão mais simples se eu não acordasse amanhã",
           "ogni notte spero di non svegliarmi più",
           // German: a bridge, a tree.
           "meine Schwester sagt, sie springt von der Brücke, wenn das nicht aufhört",
           "ich fahr einfach gegen nen Baum, dann hat das ganze ein Ende",
           // Hinglish: everyone fine once I am gone.
           "mere jaane ke baad sab theek ho jayega, ghar ka paisa bach jayega",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  // Planning for one's family is not a crisis.
  EXPECT_NE(asker_->Ask("after im gone will my family be ok financially").kind, ReplyKind::kCrisis);
}

// Asking the guide to choose, in words blind39 used: "which would you choose in her place",
// "is it the right choice for me", "you tell me", "yes or no" (half of its 25 decisions were
// answered as information).
TEST_F(Blind39Test, DecisionsInOtherLanguages_Regression) {
  for (const char* q : {
           "mon père hésite entre le talvey et le tecvayli, lequel vous choisiriez?",
           "me ofrecen un ensayo de fase 1 y voy a firmar ya, es lo correcto para mí?",
           "meglio fare il trapianto adesso o aspettare? dimmi tu",
           "revlimid se pet kharab hai, dose khud se aadhi kar doon? haan ya na",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// A question about one's own (or a relative's) uploaded results is answered from the records:
// "subí", "anexei", "ho caricato", "hochgeladen", and a relative's named after the thing ("a
// proteína M do meu marido").
TEST_F(Blind39Test, OwnUploadedResultsInOtherLanguages_Regression) {
  EXPECT_EQ(asker_->Ask("ya subí mis análisis, después de 4 ciclos en qué respuesta estoy?").topic,
            "my-response");
  EXPECT_EQ(asker_->Ask("anexei os exames, a proteína M da minha mãe está subindo?").topic,
            "my-labs-trend");
  EXPECT_EQ(asker_->Ask("ho caricato il referto MRD, mia moglie è MRD negativa?").topic, "my-mrd");
}

// Questions the guide answers that were refused: a PET scan named "la PET" read as a pet (an
// animal), whether a remedy makes myeloma "curable", and a treatment too costly with a question
// about a government scheme (the guide's page on money answers which help exists).
TEST_F(Blind39Test, ScansRemediesAndCostsAreAnswered_Regression) {
  EXPECT_EQ(asker_->Ask("ogni quanto bisogna ripetere la PET dopo il trapianto?").topic,
            "follow-up-tests");
  EXPECT_EQ(asker_->Ask("my aunt says turmeric makes myeloma curable, is it true").topic,
            "diet-nutrition");
  EXPECT_EQ(asker_->Ask("dawai bahut mehngi hai, koi sarkari yojana hai kya myeloma ke liye").kind,
            ReplyKind::kAnswer);
}

}  // namespace
}  // namespace oncoguide::kb
