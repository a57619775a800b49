// Tests for IdSet (moved out of the CSV reader, issue 7).
#include "oncoguide/common/id_set.h"

#include <gtest/gtest.h>

#include <string>

namespace oncoguide {
namespace {

TEST(IdSetTest, InsertThenContains) {
  IdSet s;
  EXPECT_FALSE(s.Contains("p1"));
  EXPECT_TRUE(s.Insert("p1"));
  EXPECT_TRUE(s.Contains("p1"));
  EXPECT_FALSE(s.Insert("p1"));  // already there
  EXPECT_EQ(s.size(), 1u);
}

TEST(IdSetTest, EmptyIdAndPrefixesAreDistinct) {
  IdSet s;
  EXPECT_TRUE(s.Insert(""));
  EXPECT_TRUE(s.Insert("p"));
  EXPECT_TRUE(s.Insert("p1"));
  EXPECT_TRUE(s.Contains(""));
  EXPECT_FALSE(s.Contains("p12"));
}

TEST(IdSetTest, GrowsPastManyIdsAndLongIds) {
  IdSet s;
  const std::string long_id(300, 'x');  // needs a two-byte length prefix
  EXPECT_TRUE(s.Insert(long_id));
  for (int i = 0; i < 10000; ++i) ASSERT_TRUE(s.Insert("patient-" + std::to_string(i)));
  for (int i = 0; i < 10000; ++i) ASSERT_TRUE(s.Contains("patient-" + std::to_string(i)));
  EXPECT_TRUE(s.Contains(long_id));
  EXPECT_FALSE(s.Contains("patient-10000"));
  EXPECT_EQ(s.size(), 10001u);
}

}  // namespace
}  // namespace oncoguide
