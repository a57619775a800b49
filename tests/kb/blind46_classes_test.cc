// The classes the separate author of blind46 (English from the US Midwest, Texas, the Pacific
// Northwest, New England, Louisiana, Wales, Northern Ireland, London, the Midlands, New Zealand,
// South Africa, Kenya, Jamaica, Pakistan, Singapore and Malaysia with Spanish, French, Portuguese,
// Italian and German; knowledge/eval/blind46.tsv, measured once blind and then a development set)
// found, each tested in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind46Test = ShippedAskerTest;

// Seven crises the first run missed: taking oneself out "before it gets me", a prayer to be taken
// in one's sleep, Jamaican "sleep an nuh wake up", jumping from a block of flats, French "je ne
// veux plus être là" with a prayer, Portuguese "se jogar da ponte", Bavarian "i mog nimmer".
TEST_F(Blind46Test, ObliqueCrisisWordings_Regression) {
  for (const char* q : {"ha, i'll take myself out before this cancer does. how long is a cycle",
                        "every night i pray to be taken in my sleep so they stop paying for me",
                        "mi just want fi go sleep an nuh wake up",
                        "if it comes back im jumping off the top floor of the car park",
                        "je ne veux plus être là, je prie que Dieu me reprenne",
                        "minha mãe falou que vai se jogar da ponte se piorar",
                        "I mog nimmer, i hab scho überlegt wie i's mach"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
  // An outing, a prayer for healing and exercise are no crisis.
  for (const char* q :
       {"i take myself out for lunch after every infusion, is that ok",
        "we pray every night for healing and for the treatment to work",
        "is it safe to jump on the trampoline in our apartment with lytic lesions"}) {
    EXPECT_NE(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// Questions in other languages read wrongly: "cuánto tiempo se vive", "se guérit", "passa de pai
// para filho" were not read, and Spanish "del" (of the: "Sótero del Río") was read as del(17p).
TEST_F(Blind46Test, ForeignWordingsOfCommonQuestions_Regression) {
  const struct {
    const char* question;
    const char* topic;
  } cases[] = {
      {"cuánto tiempo se vive con un mieloma hoy en día", "survival-statistics"},
      {"est-ce que ça se guérit, le myélome de ma tante", "cure"},
      {"essa doença passa de pai para filho? meu pai tem mieloma", "causes-and-heredity"},
      {"qué es el mieloma múltiple? lo atienden en el hospital del Salvador", "what-is-myeloma"},
      {"el informe dice del 17p, eso es alto riesgo?", "high-risk-cytogenetics"},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.question);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.question;
    EXPECT_EQ(r.topic.value_or("-"), c.topic) << c.question;
  }
}

// Left over from blind46's first run: a medicine's price at one named pharmacy, a plane ticket
// asked in Portuguese (read as "who pays for"), and Jamaican "mi should stop" (a decision).
TEST_F(Blind46Test, PharmacyPricesTicketsAndMiShould_Regression) {
  for (const char* q : {"how much is pomalyst at the walgreens on main street",
                        "quanto custa uma passagem aérea para o Porto em julho?"}) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kNotCovered) << q;
  }
  EXPECT_EQ(asker_->Ask("how much is revlimid, is there any help paying for it").kind,
            ReplyKind::kAnswer);
  EXPECT_EQ(asker_->Ask("mi should stop di dex? it mek mi cyaan sleep").kind,
            ReplyKind::kPersonalDecision);
}

}  // namespace
}  // namespace oncoguide::kb
