#include "oncoguide/kb/text.h"

#include <gtest/gtest.h>

#include "oncoguide/kb/pattern.h"
#include "oncoguide/kb/synonyms.h"

namespace oncoguide::kb {
namespace {

TEST(TextTest, TokenizeFoldsCaseApostrophesAndHyphens) {
  EXPECT_EQ(Tokenize("What's the M-spike? I can\xE2\x80\x99t tell."),
            (std::vector<std::string>{"whats", "the", "m", "spike", "i", "cant", "tell"}));
  EXPECT_EQ(Tokenize("10^-5"), (std::vector<std::string>{"10", "5"}));
}

// Chinese and Japanese put no space between words: the whole question was one word, and no
// triage phrase could match inside it ("my mother has a fever of 39 on chemo, what do we do").
TEST(TextTest, TokenizeSplitsIdeographsAndCjkPunctuation_Regression) {
  EXPECT_EQ(Tokenize("妈妈发烧39度，怎么办？"),
            (std::vector<std::string>{"妈", "妈", "发", "烧", "39", "度", "怎", "么", "办"}));
  EXPECT_EQ(Tokenize("熱がある。"), (std::vector<std::string>{"熱", "が", "あ", "る"}));
  // Other scripts with spaces stay whole words.
  EXPECT_EQ(Tokenize("fièvre का बुखार"), (std::vector<std::string>{"fièvre", "का", "बुखार"}));
}

TEST(TextTest, FindsSingleAndMultipleCitations) {
  auto m = FindMarkers("a [@kumar-2016, Table 3] b [@x; @y, \"Tests\" section] c [@] [@open");
  ASSERT_EQ(m.size(), 4u);
  ASSERT_EQ(m[0].cites.size(), 1u);
  EXPECT_EQ(m[0].cites[0].id, "kumar-2016");
  EXPECT_EQ(m[0].cites[0].locator, "Table 3");
  ASSERT_EQ(m[1].cites.size(), 2u);
  EXPECT_EQ(m[1].cites[1].id, "y");
  EXPECT_EQ(m[1].cites[1].locator, "\"Tests\" section");
  EXPECT_FALSE(m[2].well_formed());
  EXPECT_FALSE(m[3].well_formed());
  EXPECT_EQ(StripMarkers("Cells grow [@a, p. 2]. Next [@b]"), "Cells grow. Next");
}

TEST(PatternTest, SlotsAlternativesPhrasesPrefixesAndVetoes) {
  auto p = Pattern::Parse("back|spine weak*|numb*");
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->Matches(Tokenize("my legs are numb and my back hurts")));
  EXPECT_FALSE(p->Matches(Tokenize("my back hurts")));
  auto phrase = Pattern::Parse("chest_pain");
  ASSERT_TRUE(phrase.ok());
  EXPECT_TRUE(phrase->Matches(Tokenize("I have chest pain")));
  EXPECT_FALSE(phrase->Matches(Tokenize("pain in my chest")));
  auto veto = Pattern::Parse("confus* !confused_about");
  ASSERT_TRUE(veto.ok());
  EXPECT_TRUE(veto->Matches(Tokenize("he is confused and sleepy")));
  EXPECT_FALSE(veto->Matches(Tokenize("I am confused about my results")));
  EXPECT_FALSE(Pattern::Parse("!only_veto").ok());
  EXPECT_FALSE(Pattern::Parse("Upper").ok());
}

// A question is read as typed and spelling-corrected: a veto found in either reading vetoes.
TEST(PatternTest, MatchesEitherVetoesOnEitherReading) {
  auto p = Pattern::Parse("pregnancy !revlimid");
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->MatchesEither(Tokenize("pregnancy tests on revlamid"),
                                Tokenize("pregnancy tests on revlimid")));
  EXPECT_TRUE(
      p->MatchesEither(Tokenize("pregnancy and flights"), Tokenize("pregnancy and flights")));
  // The positive slots may match in either reading.
  EXPECT_TRUE(
      p->MatchesEither(Tokenize("pregnnacy and flights"), Tokenize("pregnancy and flights")));
  EXPECT_FALSE(p->MatchesEither(Tokenize("flights"), Tokenize("flights")));
}

TEST(SynonymTest, LongestPhraseOnStemsAndDuplicateRefused) {
  auto t = SynonymTable::Parse(
      "groups:\n  - [m protein, m spike, paraprotein]\n  - [free light chain, flc]\n"
      "stopwords: [the]\n",
      "syn.yaml");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  std::vector<std::string> stems;
  for (const std::string& w : Tokenize("the M-spikes and free light chains")) {
    stems.push_back(StemWord(w));
  }
  auto m = t->Match(stems);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(t->concepts()[m[0].group], "m_protein");
  EXPECT_EQ(m[1].end - m[1].begin, 3u);
  EXPECT_TRUE(t->IsStopword("the"));
  auto dup = SynonymTable::Parse("groups:\n  - [a b, c]\n  - [c, d]\n", "syn.yaml");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.status().where().line, 3);
}

}  // namespace
}  // namespace oncoguide::kb
