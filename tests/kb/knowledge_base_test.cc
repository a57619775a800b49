// Loading and validating knowledge bases: fixtures under tests/kb/data and the real knowledge/.
#include "oncoguide/kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

#include "oncoguide/kb/synonyms.h"
#include "oncoguide/kb/triage.h"

namespace oncoguide::kb {
namespace {

const std::string kData = std::string(ONCOGUIDE_KNOWLEDGE_DIR) + "/../tests/kb/data";

bool HasError(const std::vector<Status>& errors, const std::string& file_suffix, int line,
              const std::string& cause_part) {
  return std::any_of(errors.begin(), errors.end(), [&](const Status& s) {
    return s.where().file.ends_with(file_suffix) && s.where().line == line &&
           s.cause().find(cause_part) != std::string::npos && !s.hint().empty();
  });
}

std::string All(const std::vector<Status>& errors) {
  std::string out;
  for (const Status& s : errors) out += s.ToString() + "\n";
  return out;
}

TEST(KnowledgeBaseTest, GoodFixtureIsValid) {
  auto kb = LoadKnowledgeBase(kData + "/good");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  ASSERT_EQ(kb->topics.size(), 2u);
  EXPECT_EQ(kb->topics[0].id, "alpha");
  EXPECT_EQ(kb->topics[0].sections.size(), 4u);
  EXPECT_EQ(kb->topics[0].Find(kAnswerSection)->paragraphs.size(), 2u);
  EXPECT_EQ(kb->topics[0].Find(kAnswerSection)->paragraphs[1].line, 12);
  EXPECT_EQ(kb->topics[0].QuestionsToAsk().size(), 3u);
  constexpr std::array<std::string_view, 2> required = {"alpha", "beta"};
  std::vector<Status> errors = ValidateKnowledgeBase(*kb, required);
  EXPECT_TRUE(errors.empty()) << All(errors);
}

TEST(KnowledgeBaseTest, BadFixtureReportsEveryProblemWithFileLineCauseHint) {
  auto kb = LoadKnowledgeBase(kData + "/bad");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  constexpr std::array<std::string_view, 2> required = {"gamma", "delta"};
  std::vector<Status> errors = ValidateKnowledgeBase(*kb, required);
  const std::string all = All(errors);
  EXPECT_TRUE(HasError(errors, "gamma.md", 6, "related id 'nowhere' does not exist")) << all;
  EXPECT_TRUE(HasError(errors, "gamma.md", 10, "unresolved citation marker [@no-such-source]"))
      << all;
  EXPECT_TRUE(HasError(errors, "gamma.md", 12, "has no citation marker")) << all;
  EXPECT_TRUE(HasError(errors, "gamma.md", 9, "missing required section '## Why it matters'"))
      << all;
  EXPECT_TRUE(HasError(errors, "topics", 0, "missing required topic 'delta'")) << all;
  // The rendered form names file and line first.
  EXPECT_NE(all.find("gamma.md:10: unresolved citation marker"), std::string::npos) << all;
}

TEST(KnowledgeBaseTest, FrontMatterErrorsNameTheLine) {
  auto t = ParseTopic("---\nid: x\ntitle: [unclosed\n---\n## Answer\n", "x.md");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().where().file, "x.md");
  EXPECT_GE(t.status().where().line, 3);
  auto none = ParseTopic("## Answer\ntext\n", "y.md");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().cause().find("front matter"), std::string::npos);
}

TEST(KnowledgeBaseTest, MissingDirectoryIsNotFound) {
  auto kb = LoadKnowledgeBase(kData + "/does-not-exist");
  ASSERT_FALSE(kb.ok());
  EXPECT_EQ(kb.status().code(), StatusCode::kNotFound);
}

// The shipped knowledge base: the same checks as kb_check, so a broken topic fails the tests
// as well as the build.
TEST(KnowledgeBaseTest, ShippedKnowledgeBaseIsValid) {
  auto kb = LoadKnowledgeBase(ONCOGUIDE_KNOWLEDGE_DIR);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  std::vector<Status> errors = ValidateKnowledgeBase(*kb);
  EXPECT_TRUE(errors.empty()) << All(errors);
  EXPECT_TRUE(SynonymTable::Load(std::string(ONCOGUIDE_KNOWLEDGE_DIR) + "/synonyms.yaml").ok());
  auto triage = LoadTriage(std::string(ONCOGUIDE_KNOWLEDGE_DIR) + "/triage");
  ASSERT_TRUE(triage.ok()) << triage.status().ToString();
  for (const TriageRule& r : triage->personal) EXPECT_NE(kb->FindTopic(r.topic), nullptr) << r.id;
  for (const auto* rules : {&triage->emergency, &triage->decision}) {
    for (const TriageRule& r : *rules) {
      if (!r.topic.empty()) {
        EXPECT_NE(kb->FindTopic(r.topic), nullptr) << r.id;
      }
    }
  }
}

}  // namespace
}  // namespace oncoguide::kb
