// Composing a topic: citation numbering in reading order, reuse, multi-citation markers.
#include "oncoguide/kb/compose.h"

#include <gtest/gtest.h>

namespace oncoguide::kb {
namespace {

const std::string kData = std::string(ONCOGUIDE_KNOWLEDGE_DIR) + "/../tests/kb/data";

TEST(ComposeTest, NumbersCitationsInOrderOfFirstUse) {
  auto kb = LoadKnowledgeBase(kData + "/good");
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  Reply r;
  ComposeTopic(*kb->FindTopic("alpha"), *kb, &r);
  EXPECT_EQ(r.topic, "alpha");
  EXPECT_EQ(r.answer,
            "Alpha is the first letter [1]. It is short [2].\n\n"
            "Second paragraph with the same cite [1] and a new one [3].");
  EXPECT_EQ(r.why_it_matters, "It starts the list [2, 4].");
  EXPECT_EQ(r.what_happens_next, "Beta comes next [3].");
  ASSERT_EQ(r.sources.size(), 4u);
  EXPECT_EQ(r.sources[0].id, "src-a");
  EXPECT_EQ(r.sources[0].citation,
            "Doe J, Roe R. A test source. Journal of Tests 2020;1:1-2. Table 1.");
  EXPECT_EQ(r.sources[1].citation, "Doe J, Roe R. A test source. Journal of Tests 2020;1:1-2.");
  EXPECT_EQ(r.sources[3].citation,
            "Doe J, Roe R. A test source. Journal of Tests 2020;1:1-2. p. 3.");
  EXPECT_EQ(r.sources[0].url, "https://example.org/a");
  EXPECT_EQ(r.questions_to_ask.size(), 3u);
}

TEST(ComposeTest, JsonHasExactlyTheContractKeys) {
  Reply r;
  r.kind = ReplyKind::kNotCovered;
  nlohmann::json j = ToJson(r);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"answer", "confidence", "disclaimer", "kind",
                                            "personal", "questions_to_ask", "related_questions",
                                            "sections", "sources", "title", "topic"}));
  EXPECT_EQ(j["kind"], "not_covered");
  EXPECT_TRUE(j["topic"].is_null());
  EXPECT_TRUE(j["personal"].is_null());
  EXPECT_EQ(j["sections"].size(), 4u);
  EXPECT_FALSE(j["disclaimer"].get<std::string>().empty());
}

}  // namespace
}  // namespace oncoguide::kb
