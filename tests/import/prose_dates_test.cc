// The parts of a sentence that speak of an earlier result (prose_dates.h: FindEarlierPart).
#include "../../src/import/prose_dates.h"

#include <gtest/gtest.h>

#include <string>

namespace oncoguide::import::internal {
namespace {

TEST(FindEarlierPart, ListAfterTheEarlierDateAndColon) {
  const std::string s = "previous flc (collected 2024-01-29): kappa 4.12 mg/dl, lambda 0.91 mg/dl";
  const EarlierPart e = FindEarlierPart(s, DateOrder::kDayFirst);
  ASSERT_TRUE(e.date.has_value());
  EXPECT_EQ(e.date->date.ToString(), "2024-01-29");
  EXPECT_TRUE(e.Contains(s.find("4.12")));
  EXPECT_TRUE(e.Contains(s.find("0.91")));
}

// In the reports' other languages, with a note after the date in the parentheses ("Aspirado
// medular previo (15/03/2023, diagnóstico): ..."): the list after the colon is that date's.
TEST(FindEarlierPart, OtherLanguagesAndANoteAfterTheDate) {
  const std::string s = "aspirado medular previo (15/03/2023, diagnóstico): componente 3,8 g/dl";
  const EarlierPart e = FindEarlierPart(s, DateOrder::kDayFirst);
  ASSERT_TRUE(e.date.has_value());
  EXPECT_EQ(e.date->date.ToString(), "2023-03-15");
  EXPECT_TRUE(e.Contains(s.find("3,8")));
  const std::string it = "valore precedente (02/04/2024): 1,9 g/dl";
  EXPECT_TRUE(FindEarlierPart(it, DateOrder::kDayFirst).Contains(it.find("1,9")));
}

// A date with no earlier words, or a clause after the date, is no earlier part.
TEST(FindEarlierPart, NotAClauseAfterTheDate) {
  const std::string s = "compared with the prior study of 01/05/2024, albumin was 3.0 g/dl";
  EXPECT_FALSE(FindEarlierPart(s, DateOrder::kDayFirst).Contains(s.find("3.0")));
  EXPECT_FALSE(FindEarlierPart("albumin 3.0 g/dl on 01/05/2024", DateOrder::kDayFirst).date);
}

}  // namespace
}  // namespace oncoguide::import::internal
