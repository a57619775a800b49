// The classes the separate author of blind70 (English from Mull, Grand Cayman, Kenora, St Lucia,
// Mildura and Timaru, with Spanish, French, Portuguese, Italian and German;
// knowledge/eval/blind70.tsv, measured once blind at a9d2944 and then a development set) found,
// each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind70Test = ShippedAskerTest;

// Six crises missed blind, all in another language and all said of a relative or said
// indirectly: things given away and "won't bother anyone any more", morphine put aside and "it
// will soon be over", "better to die than be such a burden", a threat to end one's own life, a
// threat to jump from the balcony, and goodbyes with "we'd be better off without her".
TEST_F(Blind70Test, WarningSignsOfARelativeInOtherLanguagesAreACrisis_Regression) {
  for (const char* q : {
           "mi mamá regaló todas sus cosas y dice que ya no va a molestar a nadie",
           "mon père a mis de côté tous ses comprimés et dit que ce sera bientôt fini",
           "penso que era melhor morrer logo do que dar tanto trabalho para os meus filhos",
           "a minha mãe disse que ia acabar com a própria vida se tivesse de voltar à quimio",
           "mia madre dice che si butterebbe dal balcone se il mieloma torna",
           "Mein Vater verabschiedet sich dauernd von allen und sagt, wir wären ohne ihn besser "
           "dran",
           "my dad told me he would end his own life before going back on chemo",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// The one emergency missed blind: one leg grown to twice the other's size and painful, on
// thalidomide, with no word "swollen". A leg that has always been bigger is no sign.
TEST_F(Blind70Test, OneLegTwiceTheSizeOfTheOtherIsAnEmergency_Regression) {
  EXPECT_EQ(asker_
                ->Ask("my right calf is suddenly twice the size of the left and sore, on "
                      "pomalidomide, can it wait")
                .kind,
            ReplyKind::kEmergency);
}

// Near misses read as emergencies: a clot's signs asked from a leaflet by someone with nothing
// wrong "right now", the same in German, a CAR-T booklet's daily handwriting test asked about a
// month before the infusion, and an Italian high fever last month that is over.
TEST_F(Blind70Test, SignsAskedAheadOrOverAreNoEmergency_Regression) {
  for (const char* q : {
           "reading the revlimid leaflet, how would i know if i had a clot? nothing wrong right "
           "now, just want to be ready",
           "Ich lese gerade den Beipackzettel von Pomalidomid, da steht Thrombose. Woran erkenne "
           "ich das? Mir geht's gut",
           "the abecma booklet talks about handwriting tests every day, what is that for? my "
           "infusion isnt till next month",
           "il mese scorso ho avuto la febbre alta dopo la chemio e si è risolto tutto, perché "
           "succede?",
       }) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  // A sign said beside "nothing wrong right now, but" still is one.
  EXPECT_EQ(asker_->Ask("nothing wrong right now but my calf is red and swollen on revlimid").kind,
            ReplyKind::kEmergency);
}

// Gums that bleed a little at brushing, beside whether to stop aspirin: a decision, not an
// emergency. Bleeding that will not stop still is one.
TEST_F(Blind70Test, GumsBleedingALittleAtBrushingIsNoEmergency_Regression) {
  EXPECT_EQ(asker_->Ask("do i stop my aspirin? gums bleed a little when i brush").kind,
            ReplyKind::kPersonalDecision);
  EXPECT_EQ(asker_->Ask("my gums bleed a little when i brush and tonight it wont stop").kind,
            ReplyKind::kEmergency);
}

// What to ask at a first appointment, with "we only get the hour": preparing questions, not a
// treatment decision ("should I ... get the").
TEST_F(Blind70Test, WhatToAskIsNoDecision_Regression) {
  ExpectKindsAndTopics({
      {"first visit with the haematologist tomorrow, what should i ask? we only get the hour",
       ReplyKind::kAnswer, "questions-for-care-team"},
  });
}

// One's own results asked about from one's files or scans, and a boat's timetable in Portuguese
// (read as "quad" and "manage" before, and answered as first treatment).
TEST_F(Blind70Test, OwnFilesAndATimetable_Regression) {
  ExpectKindsAndTopics({
      {"calcium and albumin in my files, getting better or worse since spring?", ReplyKind::kAnswer,
       "my-labs-trend"},
      {"all my lab sheets are uploaded, how much has my paraprotein fallen since diagnosis?",
       ReplyKind::kAnswer, "my-response"},
      {"a que horas sai o barco para Santarém? qual o horário do barco?", ReplyKind::kNotCovered,
       "-"},
  });
}

// "What is myeloma, my father has just been diagnosed": the illness explained, in Spanish and
// English (read as how it is diagnosed; the Spanish "se lo acaban de diagnosticar" had been read
// "worried" through a Vietnamese phrase that lost its second word to a filler).
TEST_F(Blind70Test, WhatIsMyelomaForSomeoneJustDiagnosed_Regression) {
  ExpectKindsAndTopics({
      {"¿qué es el mieloma? a mi tío se lo acaban de diagnosticar y no entendemos nada",
       ReplyKind::kAnswer, "what-is-myeloma"},
      {"what is multiple myeloma, my mother has just been diagnosed", ReplyKind::kAnswer,
       "what-is-myeloma"},
  });
}

}  // namespace
}  // namespace oncoguide::kb
