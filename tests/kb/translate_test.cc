#include "oncoguide/kb/translate.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace oncoguide::kb {
namespace {

constexpr const char* kTable = R"(markers: [que, está, tengo, est, je, ich, ist]
stopwords: [de, la, el, en, l, d]
phrases:
  - [myeloma, mieloma, myélome, myelom, 骨髓瘤]
  - [transplant, trasplante, autogreffe]
  - [side effects, efectos secundarios, effets secondaires]
  - [fever, fiebre, 发烧]
  - [fatigue, fatiga, fatigue]
)";

bool Knows(std::string_view w) { return w == "revlimid" || w == "velcade"; }

Translator Table() {
  Result<Translator> t = Translator::Parse(kTable, "translations.yaml");
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  return t.ok() ? *t : Translator();
}

TEST(TranslatorTest, EnglishQuestionsAreReadAsTyped) {
  const Translator t = Table();
  for (const char* q : {"what are the side effects of velcade", "fatigue on revlimid",
                        "is transplant still used for myeloma", ""}) {
    EXPECT_FALSE(t.ToEnglish(q, Knows).has_value()) << q;
  }
}

TEST(TranslatorTest, PhrasesAreReadInEnglishAndOtherWordsDropped) {
  const Translator t = Table();
  // Two foreign phrases, accents and capitals folded, the Spanish opening mark dropped.
  EXPECT_EQ(t.ToEnglish("¿Efectos secundarios del TRASPLANTE?", Knows), "side effects transplant");
  // Markers and stopwords go; a known drug name stays; an unknown word of the language goes.
  EXPECT_EQ(t.ToEnglish("tengo fiebre con revlimid, que hago", Knows), "fever revlimid");
  // French elision: the apostrophe is a space and the article a stopword.
  EXPECT_EQ(t.ToEnglish("je pense à l'autogreffe, est-ce long", Knows), "transplant");
  // Chinese: read however few markers, one word per character.
  EXPECT_EQ(t.ToEnglish("骨髓瘤发烧39度怎么办", Knows), "myeloma fever 39");
}

// The words dropped are counted, so that a caller can tell a reading that is only a fragment.
TEST(TranslatorTest, DroppedWordsAreCounted) {
  const Translator t = Table();
  size_t dropped = 99;
  // "pense", "à", "ce" and "long" are no words of this table or of the guide; "je" and "est"
  // are markers and "l" a stopword, read as carrying no meaning.
  EXPECT_EQ(t.ToEnglish("je pense à l'autogreffe, est-ce long", Knows, &dropped), "transplant");
  EXPECT_EQ(dropped, 4u);
  EXPECT_EQ(t.ToEnglish("tengo fiebre de revlimid", Knows, &dropped), "fever revlimid");
  EXPECT_EQ(dropped, 0u);
  EXPECT_FALSE(t.ToEnglish("fever on revlimid", Knows, &dropped).has_value());
  EXPECT_EQ(dropped, 0u);
}

TEST(TranslatorTest, NothingTranslatedIsReadAsTyped) {
  const Translator t = Table();
  // Markers enough to be French, but no phrase the table knows: not guessed at.
  EXPECT_FALSE(t.ToEnglish("je ne sais pas quel temps il fera, est-ce grave", Knows).has_value());
  // One phrase alone is no evidence of another language ("fatigue" is English too).
  EXPECT_FALSE(t.ToEnglish("fatigue", Knows).has_value());
}

// blind43: "o que é o mieloma indolente" was read "what is myeloma" (the longest phrase at the
// first "o"), losing "indolente"; the phrases that leave the fewest meaningful words unread are
// "what is it" and "smoldering myeloma", the article between them a stopword.
TEST(TranslatorTest, PhrasesLeaveTheFewestWordsUnread_Regression) {
  Result<Translator> t = Translator::Parse(R"(markers: [que, não]
stopwords: [o, a]
phrases:
  - [what is it, o que é]
  - [what is myeloma, o que é o mieloma]
  - [smoldering myeloma, mieloma indolente]
  - [myeloma, mieloma]
)",
                                           "translations.yaml");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->ToEnglish("O que é o mieloma indolente? não sei", Knows),
            "what is it smoldering myeloma");
  // With nothing lost either way, the longer phrase at the earlier word is read.
  EXPECT_EQ(t->ToEnglish("o que é o mieloma? não sei", Knows), "what is myeloma");
}

TEST(TranslatorTest, BadTablesAreRefusedWithTheirLine) {
  const Result<Translator> no_list = Translator::Parse("markers: [que]\n", "t.yaml");
  ASSERT_FALSE(no_list.ok());
  EXPECT_NE(no_list.status().ToString().find("phrases"), std::string::npos);
  const Result<Translator> twice =
      Translator::Parse("phrases:\n  - [fever, fiebre]\n  - [chills, fiebre]\n", "t.yaml");
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().ToString().find("t.yaml:3"), std::string::npos)
      << twice.status().ToString();
  const Result<Translator> english_marker =
      Translator::Parse("markers: [the]\nphrases:\n  - [the fever, la fiebre]\n", "t.yaml");
  EXPECT_FALSE(english_marker.ok());
}

// A German wish not to live with "einfach" (just) inside it: the phrase "will nicht mehr leben"
// was not met, and "ich will einfach nicht mehr leben" was refused as not covered. A phrase of
// foreign words only is evidence of the language by itself ("je veux vraiment mourir" has no
// marker outside its phrase).
TEST(TranslatorTest, FillersInsideAPhraseAreDropped_Regression) {
  const Result<Translator> t = Translator::Parse(R"(markers: [ich]
fillers: [einfach, vraiment]
phrases:
  - [dont want to live, will nicht mehr leben, möchte einfach nicht mehr leben]
  - [want to die, je veux mourir]
)",
                                                 "t.yaml");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->ToEnglish("ich will einfach nicht mehr leben", Knows), "dont want to live");
  EXPECT_EQ(t->ToEnglish("ich möchte nicht mehr leben", Knows), "dont want to live");
  EXPECT_EQ(t->ToEnglish("je veux vraiment mourir", Knows), "want to die");
  // A filler that is an English word of the table is refused, as a marker is.
  EXPECT_FALSE(
      Translator::Parse("fillers: [just]\nphrases:\n  - [just fever, fiebre]\n", "t.yaml").ok());
}

// blind70's Spanish "a mi papá se lo acaban de diagnosticar" was read "my father worried": the
// Vietnamese "lo lắng" (worried) lost "lắng", folded to Tagalog's filler "lang", and became the
// Spanish stopword "lo". A phrase that is one stopword or marker once its fillers are dropped is
// refused with its line.
TEST(TranslatorTest, APhraseThatIsAStopwordWithoutItsFillersIsRefused_Regression) {
  const Result<Translator> t = Translator::Parse(R"(stopwords: [lo]
fillers: [lang]
phrases:
  - [worried, lo lắng]
)",
                                                 "t.yaml");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().ToString().find("t.yaml:4"), std::string::npos) << t.status().ToString();
  EXPECT_NE(t.status().ToString().find("'lo'"), std::string::npos) << t.status().ToString();
  // A phrase of two marker words stays ("dói muito", it hurts a lot).
  EXPECT_TRUE(
      Translator::Parse("markers: [dói, muito]\nphrases:\n  - [hurts a lot, dói muito]\n", "t.yaml")
          .ok());
}

}  // namespace
}  // namespace oncoguide::kb
