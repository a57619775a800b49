// The classes the separate author of blind43 (English from many countries with Spanish, French,
// Portuguese, Italian and German; knowledge/eval/blind43.tsv, measured once blind and then a
// development set) found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind43Test = ShippedAskerTest;

// A stroke told in German (slurred speech, a drooping corner of the mouth) inside a question
// about waiting for the family doctor, and a relative who will "make an end" if the myeloma
// returns, with the verb before its subject ("macht er Schluss"): the first run answered both as
// information.
TEST_F(Blind43Test, StrokeAndEndingItSaidInGerman_Regression) {
  EXPECT_EQ(asker_
                ->Ask("Opa redet seit heute Mittag verwaschen und sein Mundwinkel hängt, "
                      "reicht es, wenn wir morgen zum Hausarzt gehen?")
                .kind,
            ReplyKind::kEmergency);
  EXPECT_EQ(
      asker_->Ask("Meine Schwester sagt, wenn die Therapie nicht wirkt, macht sie Schluss.").kind,
      ReplyKind::kCrisis);
}

// Everyday words the spelling corrector turned into words of the guide: "aint" into "faint" (an
// emergency), "monday" into "money", "mums" into "sums", "carer" into "care".
TEST_F(Blind43Test, EverydayWordsAreNotCorrected_Regression) {
  EXPECT_NE(asker_->Ask("the stool softener aint doin much after four days, what else helps").kind,
            ReplyKind::kEmergency);
  for (const char* q : {"the stool softener aint doin much after four days, what else helps",
                        "i see the haematologist on monday about it", "looking at my mums results",
                        "being a carer is wearing me down"}) {
    for (const std::string& note : asker_->Ask(q).notes) {
      for (const char* word :
           {"(for 'aint')", "(for 'doin')", "(for 'monday')", "(for 'mums')", "(for 'carer')"}) {
        EXPECT_EQ(note.find(word), std::string::npos) << q << ": " << note;
      }
    }
  }
}

// The guide asked to choose: "which one I ought to go with", and in French, Portuguese and
// German ("vous choisiriez quoi", "lequel je devrais prendre", "decida por mim", "welches würden
// Sie ... nehmen").
TEST_F(Blind43Test, WhichOneToTakeAskedOfTheGuide_Regression) {
  for (const char* q : {
           "between isa-kRd and dara-VRd, tell me which of the two I ought to go with",
           "Entre continuer le Revlimid seul ou passer au Darzalex, vous choisiriez quoi ?",
           "Talvey ou Elrexfio, j'aimerais savoir lequel je devrais prendre",
           "Transplante agora ou mais tarde? Decida por mim, por favor",
           "Carfilzomib oder Pomalidomid - welches würden Sie für meine Frau nehmen?",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kPersonalDecision) << q;
  }
}

// Information asked in another language whose subject was lost: CAR-T written with its hyphen
// after an article ("les CAR-T" read as "car"), cytokine release in French, support groups in
// the plural, a smouldering myeloma after "o que é o" (the longest phrase at "o" took
// "mieloma"), and another disease's treatment refused.
TEST_F(Blind43Test, SubjectKeptInTheirLanguage_Regression) {
  struct Case {
    const char* question;
    const char* topic;
  };
  for (const Case& c : {
           Case{"quels signes de relargage cytokinique surveiller après les CAR-T à la maison ?",
                "crs-icans"},
           Case{"existe-t-il des groupes de soutien en ligne pour les proches ?",
                "support-resources"},
           Case{"O que é o mieloma indolente e porque só vigiam?", "smoldering-myeloma"},
       }) {
    const Reply r = asker_->Ask(c.question);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.question;
    EXPECT_EQ(r.topic.value_or(""), c.topic) << c.question;
  }
  EXPECT_EQ(asker_->Ask("come si cura la psoriasi del cuoio capelluto").kind,
            ReplyKind::kNotCovered);
}

// A leg swelling the pharmacy asks about at every refill, asked about with nothing happening
// now, is information; a swollen red leg is still an emergency.
TEST_F(Blind43Test, WhyThePharmacyAsksAboutSwellingIsNoEmergency_Regression) {
  EXPECT_NE(asker_
                ->Ask("why does the pharmacist keep asking about leg swelling when i collect "
                      "my revlimid, what are they screening for")
                .kind,
            ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("my calf is swollen and red since yesterday on pomalyst").kind,
            ReplyKind::kEmergency);
}

}  // namespace
}  // namespace oncoguide::kb
