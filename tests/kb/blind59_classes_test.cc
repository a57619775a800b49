// The classes the separate author of blind59 (English from US towns, the South West of England,
// Wales, the Scottish Borders, Ireland, Africa, the Pacific, South Asia, Malaysia, the
// Philippines, Oman and Saudi Arabia, with Spanish, French, Portuguese, Italian and German;
// knowledge/eval/blind59.tsv, measured once blind and then a development set) found, each tested
// in our own words.
#include <gtest/gtest.h>

#include "asker_fixture.h"
#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {
namespace {

using Blind59Test = ShippedAskerTest;

// The crisis misses of the first run: a mother who said, laughing, she won't be around to bother
// anyone much longer; an Italian joke about a train that is no longer a joke.
TEST_F(Blind59Test, CrisisMissesOfTheFirstRun_Regression) {
  for (const char* q : {
           "my dad told me he wont be around to bother us much longer, then changed the subject",
           "dico sempre che mi butto sotto un treno, ma ultimamente non sto più scherzando",
       }) {
    EXPECT_EQ(asker_->Ask(q).kind, ReplyKind::kCrisis) << q;
  }
}

// The emergency miss: German for nothing kept down for two days, not even water, and dizzy.
TEST_F(Blind59Test, GermanNothingKeptDown_Regression) {
  EXPECT_EQ(asker_->Ask("seit zwei tagen kann ich nichts bei mir behalten, nicht mal wasser").kind,
            ReplyKind::kEmergency);
}

// Over-triage: a check after CAR-T last year asked about; suicide risk read in a statistic, with
// nothing said of a wish; a wasp sting on the arm. A swollen, hot arm today still is an
// emergency, and a father who talks of suicide still is a crisis.
TEST_F(Blind59Test, QuestionsThatReadAsEmergencyOrCrisis_Regression) {
  for (const char* q : {
           "after dads car-t last summer the nurse kept asking him to write his name, what "
           "were they checking for",
           "is my mum at higher risk of depression or suicide with myeloma? read a statistic "
           "online, what signs do i look for",
           "how do i treat a wasp sting on my wrist, its a little swollen and itchy",
       }) {
    const Reply r = asker_->Ask(q);
    EXPECT_NE(r.kind, ReplyKind::kEmergency) << q;
    EXPECT_NE(r.kind, ReplyKind::kCrisis) << q;
  }
  EXPECT_EQ(asker_->Ask("my leg is swollen red and hot since this morning, on revlimid").kind,
            ReplyKind::kEmergency);
  EXPECT_EQ(asker_->Ask("my father talks about suicide, is he at higher risk of doing it").kind,
            ReplyKind::kCrisis);
}

// Read as outside the guide: a repeated PET or MRI scan (not a pet animal). And a remedy tried
// instead of pausing chemo, asked "what would you do", is a decision.
TEST_F(Blind59Test, ScanNotAPetAndARemedyInsteadOfChemo_Regression) {
  const Reply scans = asker_->Ask("how often will they repeat a pet or mri once im in remission");
  EXPECT_EQ(scans.kind, ReplyKind::kAnswer);
  EXPECT_EQ(asker_
                ->Ask("should i pause my chemo to try turmeric for a few months, what would "
                      "you do")
                .kind,
            ReplyKind::kPersonalDecision);
}

// Personal questions: the last few M-spikes given and asked as a direction; an Italian father's
// FISH report asked as high risk.
TEST_F(Blind59Test, PersonalQuestions_Regression) {
  const struct {
    const char* q;
    const char* topic;
  } cases[] = {
      {"my last three m spikes were 0.5, 0.6, 0.8, are they going up", "my-labs-trend"},
      {"dal referto fish di mio padre: t(4;14). vuol dire che è ad alto rischio?", "my-high-risk"},
  };
  for (const auto& c : cases) {
    const Reply r = asker_->Ask(c.q);
    EXPECT_EQ(r.kind, ReplyKind::kAnswer) << c.q;
    EXPECT_EQ(r.topic, c.topic) << c.q;
  }
}

// Other languages: lung cancer in French is another cancer; an Italian question on sex life; a
// German wish to pause daratumumab, "is that okay", is a decision.
TEST_F(Blind59Test, OtherLanguages_Regression) {
  EXPECT_EQ(asker_->Ask("mon oncle a un cancer du poumon, l'immunothérapie marche?").kind,
            ReplyKind::kNotCovered);
  const Reply sex = asker_->Ask("si può avere una vita sessuale normale con il mieloma?");
  EXPECT_EQ(sex.kind, ReplyKind::kAnswer);
  EXPECT_EQ(sex.topic, "sex-fertility");
  EXPECT_EQ(asker_->Ask("ich will mit dem revlimid pausieren, ist das okay?").kind,
            ReplyKind::kPersonalDecision);
}

}  // namespace
}  // namespace oncoguide::kb
