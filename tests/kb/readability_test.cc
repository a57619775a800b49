// Readability: the FK formula on known text, and every shipped topic at grade <= 10, mean <= 9.
#include "oncoguide/kb/readability.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "oncoguide/kb/knowledge_base.h"

namespace oncoguide::kb {
namespace {

TEST(ReadabilityTest, SyllablesAndGrades) {
  EXPECT_EQ(CountSyllables("cat"), 1);
  EXPECT_EQ(CountSyllables("table"), 2);
  EXPECT_EQ(CountSyllables("make"), 1);
  EXPECT_EQ(CountSyllables("protein"), 2);
  TextStats st = CountText("The cat sat. The dog ran [@x, p. 1].\n- One item\n- Two items");
  EXPECT_EQ(st.sentences, 4);
  EXPECT_EQ(st.words, 10);
  EXPECT_LT(FleschKincaidGrade("The cat sat on the mat. The dog ran."), 2);
  EXPECT_GT(FleschKincaidGrade("Immunomodulatory pharmacological interventions necessitate "
                               "comprehensive haematological surveillance throughout "
                               "administration, particularly considering cumulative toxicity."),
            16);
}

TEST(ReadabilityTest, EveryTopicIsPlainLanguage) {
  auto kb = LoadKnowledgeBase(ONCOGUIDE_KNOWLEDGE_DIR);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  ASSERT_FALSE(kb->topics.empty());
  double sum = 0;
  for (const Topic& t : kb->topics) {
    const double grade = FleschKincaidGrade(TopicProse(t));
    fmt::print("  FK grade {:5.2f}  {}\n", grade, t.id);
    EXPECT_LE(grade, 10.0) << t.file << " reads above grade 10";
    sum += grade;
  }
  const double mean = sum / kb->topics.size();
  fmt::print("  FK grade mean {:.2f} over {} topics\n", mean, kb->topics.size());
  EXPECT_LE(mean, 9.0);
}

}  // namespace
}  // namespace oncoguide::kb
