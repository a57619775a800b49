// The classes blind38's separate author found (knowledge/eval/blind38.tsv: every question in
// another language; measured once blind and then a development set), each tested in our own
// words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind38Test = ShippedAskerTest;

// Signs that need care now, written in Spanish, French, Portuguese, Italian, German, Chinese or
// Hindi typed in Latin letters: on the blind run 18 of 25 such rows were answered as a topic or
// refused. They are read in the English words the emergency rules know.
TEST_F(Blind38Test, EmergenciesInOtherLanguages_Regression) {
  for (const char* q : {
           "mi esposo tiene un dolor fuerte en el pecho y le falta el aire",
           "ma mère s'est évanouie dans la cuisine, elle a un myélome",
           "meu pai está confuso desde ontem e não reconhece a casa",
           "le gengive mi sanguinano da stamattina e non si ferma, piastrine basse",
           "seit gestern kann meine Frau kaum gehen, die Beine sind taub",
           "我妈妈突然胸痛，呼吸困难",
           "papa ko saans lene mein dikkat ho rahi hai aur woh behosh ho gaye",
           "plötzlich sehr starke Rückenschmerzen, ich komme nicht aus dem Bett",
           "tengo 38,6 esta noche y estoy con velcade",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kEmergency) << q;
  }
  // An age is not a temperature.
  EXPECT_NE(asker_->Ask("tengo 39 años y me acaban de diagnosticar mieloma").kind,
            ReplyKind::kEmergency);
}

// Thoughts of dying or of self-harm in those languages: 13 of 20 rows were missed on the blind
// run (refused as not covered, or answered).
TEST_F(Blind38Test, CrisisInOtherLanguages_Regression) {
  for (const char* q : {
           "a veces pienso que sería más fácil no despertarme",
           "je suis un fardeau pour tout le monde, je veux en finir",
           "ho pensato a come farlo, non voglio più essere un peso",
           "meine Mutter verschenkt ihre Sachen und redet vom Einschlafen und nicht mehr Aufwachen",
           "活着太累了，想一了百了",
           "seria melhor para todo mundo se eu sumisse",
           "mi padre sacó la escopeta y dice que ya no aguanta más",
           "me corto otra vez desde que volvió el mieloma",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Asking the guide to choose, in another language, is a decision for the care team: 19 of 23
// such rows were answered as information (a topic) or refused. Asking what a treatment does is
// still information.
TEST_F(Blind38Test, DecisionsInOtherLanguages_Regression) {
  for (const char* q : {
           "me ofrecen daratumumab o seguir igual, usted qué haría",
           "carfilzomib ou pomalidomide pour ma mère, lequel choisiriez vous",
           "o médico deixou a gente escolher entre CAR-T e continuar, qual você escolheria?",
           "la dexametasona me cambia el humor, sería mejor dejarla?",
           "devo rifiutare la radioterapia? decidete voi",
           "lohnt sich die Transplantation mit 74 noch, was würden Sie tun",
           "维持治疗用来那度胺还是硼替佐米，你帮我选一个",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
  EXPECT_EQ(asker_->Ask("¿qué es la terapia de mantenimiento con lenalidomida?").kind,
            ReplyKind::kAnswer);
}

}  // namespace
}  // namespace oncoguide::kb
