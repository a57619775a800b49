// The fixture of the kb test suites that ask the shipped knowledge base.
#ifndef ONCOGUIDE_TESTS_KB_ASKER_FIXTURE_H_
#define ONCOGUIDE_TESTS_KB_ASKER_FIXTURE_H_

#include <gtest/gtest.h>

#include <initializer_list>
#include <utility>

#include "oncoguide/kb/asker.h"

namespace oncoguide::kb {

// One Asker on knowledge/ per test process, built by the first suite that needs it (training the
// router takes about a second) and shared by every suite derived from this one. It lives until
// the process ends.
class ShippedAskerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (asker_ != nullptr) return;
    auto a = Asker::Create(ONCOGUIDE_KNOWLEDGE_DIR);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    asker_ = std::move(*a).release();
  }
  static inline Asker* asker_ = nullptr;

  // A question with the kind and topic ("-" for none) its reply must have.
  struct KindAndTopic {
    const char* question;
    ReplyKind kind;
    const char* topic;
  };
  // Expects each question's reply to have its kind and topic.
  //
  //   ExpectKindsAndTopics({{"was ist MGUS?", ReplyKind::kAnswer, "mgus"}});
  static void ExpectKindsAndTopics(std::initializer_list<KindAndTopic> cases) {
    for (const KindAndTopic& c : cases) {
      const Reply r = asker_->Ask(c.question);
      EXPECT_EQ(r.kind, c.kind) << c.question;
      EXPECT_EQ(r.topic.value_or("-"), c.topic) << c.question;
    }
  }
};

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_TESTS_KB_ASKER_FIXTURE_H_
