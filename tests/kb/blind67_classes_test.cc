// The classes the separate authors of blind67 (English from India, Jamaica, Malta, Zimbabwe,
// Malaysia, New Zealand and the Northern Territory) and blind68 (English from Nunavut, British
// Columbia, the US South-West, Hawaii, Guam, Alaska and Ireland), each with Spanish, French,
// Portuguese, Italian and German (knowledge/eval/blind67.tsv and blind68.tsv, measured once blind
// at 3e89152 and then development sets) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind67Test = ShippedAskerTest;

// The crisis misses of the first runs: thinking of ending things beside a question; a relative's
// warning signs in another language (a nightly prayer to be taken and jewellery given away,
// goodbyes to everyone and pills found hidden, "better off without her" and things given away,
// "better to die" and goodbye letters).
TEST_F(Blind67Test, CrisisMissesOfTheFirstRuns_Regression) {
  for (const char* q : {
           "my kappa went up again and i cant do another round, been thinking about ending "
           "things. what does biochemical relapse mean",
           "mi tía le pide a Dios cada noche que se la lleve y ha regalado sus cosas",
           "a minha mãe anda a despedir-se de todos e encontrei comprimidos escondidos na gaveta",
           "mio marito dice che staremmo tutti meglio senza di lui e ha regalato le sue cose",
           "mio padre dice che sarebbe meglio morire e ha scritto delle lettere d'addio",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// "Can't go on" read into a choice or a shift at work: "non ce la faccio a scegliere", "j'en
// peux plus de ces allers-retours", "não consigo mais ficar em pé o turno todo".
TEST_F(Blind67Test, TiredOfAChoiceOrAShiftIsNoCrisis_Regression) {
  for (const char* q : {
           "faccio la terapia di mantenimento o no? decida lei, non ce la faccio a scegliere",
           "j'arrête le Velcade ou pas ? décidez pour moi, j'en peux plus de ces allers-retours",
           "tenho direito a baixa com mieloma? não consigo mais ficar em pé o turno todo",
       }) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Read as signs happening now: a reaction that is over and was fine after; a side effect read in a
// leaflet with no symptoms; a fever threshold asked ahead with nothing happening; a cat's trouble.
TEST_F(Blind67Test, NothingHappeningNowIsNoEmergency_Regression) {
  for (const char* q : {
           "dad went wheezy at his first dara infusion a month ago, they slowed the drip and he "
           "was fine after, will it happen again",
           "the pomalyst leaflet lists chest pain and breathlessness, how often is that? no "
           "symptoms, just reading",
           "what temperature should make us call the ward on teclistamab? nothing happening now, "
           "just preparing",
           "¿a partir de qué temperatura es fiebre con la quimio? no tengo fiebre ahora, solo "
           "quiero saber",
           "our cat keeps throwing up after eating grass",
       }) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  // A sign of now keeps the emergency, whatever else is said.
  for (const char* q : {
           "fever of 38.6 on revlimid but i feel fine otherwise, can i take paracetamol",
           "reading the leaflet and i cant breathe properly right now",
           "my dog knocked me over and now my legs are numb and weak",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
}

// Verdicts asked for: "just say which", "tell me straight ... worth doing", "sign the consent or
// not", "thinking of just saying no ... agree?", "leaning not, you agree?", skipping shots for a
// wedding "that's fine isn't it", and in Spanish, Portuguese and Italian "if you were me", "va
// bene no".
TEST_F(Blind67Test, VerdictsAreDecisions_Regression) {
  for (const char* q : {
           "daratumumab or a trial for my relapse, just say which",
           "tell me straight, is a second transplant worth doing at 69",
           "should i sign the consent for car-t or not",
           "do i really need the restaging scan? thinking of just saying no to it. agree?",
           "second transplant or not? im leaning not, you agree?",
           "thinking of skipping two kyprolis doses for a family trip, thats fine isnt it",
           "si fuera usted, ¿empezaría el mantenimiento ya?",
           "se fosse o senhor, fazia o transplante?",
           "salto un ciclo di Kyprolis per una vacanza, va bene no?",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// One's own results asked about: uploaded tests going up (German, Spanish), numbers "in the
// account", the category "my numbers show", the gene results "in my files".
TEST_F(Blind67Test, OwnResultsAreRead_Regression) {
  const auto topic = [&](const char* q) { return asker_->Ask(q).topic.value_or(""); };
  EXPECT_EQ(topic("habe meine werte hochgeladen, steigt das m-protein?"), "my-labs-trend");
  EXPECT_EQ(topic("ya subí todos mis resultados, ¿las cadenas ligeras están subiendo?"),
            "my-labs-trend");
  EXPECT_EQ(topic("dads labs are in the account, is his lambda trending down"), "my-labs-trend");
  EXPECT_EQ(topic("which response do my results show after induction"), "my-response");
  EXPECT_EQ(topic("please check the fish results in my files, something about 17p"),
            "my-high-risk");
  // Said by a doctor, asked as a meaning: the general page.
  EXPECT_EQ(topic("cosa significa VGPR? il medico ha detto che sono in VGPR"), "vgpr");
}

// Refusals that were wrong: how much a medicine raises a risk; the pregnancy survey for
// thalidomide; sick leave from work. And one that was missing: another illness's cure.
TEST_F(Blind67Test, RefusalsOnTheRightSide_Regression) {
  for (const char* q : {
           "how much does lenalidomide raise the chance of a clot",
           "why must a 75 year old man do the monthly pregnancy survey for thalomid",
           "arrêt de travail avec un myélome, comment ça marche ?",
       }) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("best cream to cure psoriasis").kind, ReplyKind::kNotCovered);
  EXPECT_EQ(asker_->Ask("how much money did our hospital raise this year").kind,
            ReplyKind::kNotCovered);
}

}  // namespace
}  // namespace oncoguide::kb
