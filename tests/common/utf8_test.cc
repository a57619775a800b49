// Tests for IsValidUtf8 (moved out of the CSV reader, issue 7) and EchoForMessage (issue 8: a
// message echoes at most 80 characters and no control character reaches a terminal).
#include "oncoguide/common/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace oncoguide {
namespace {

struct Utf8Case {
  const char* name;
  std::string bytes;
  bool valid;
};

TEST(Utf8Test, ValidityExamples) {
  const Utf8Case cases[] = {
      {"ascii", "VRd", true},
      {"micro sign", "\xC2\xB5g/mL", true},
      {"kappa", "\xCE\xBA", true},
      {"four bytes", "\xF0\x9F\x98\x80", true},
      {"latin1 e acute", "caf\xE9", false},
      {"overlong slash", "\xC0\xAF", false},
      {"surrogate", "\xED\xA0\x80", false},
      {"above U+10FFFF", "\xF4\x90\x80\x80", false},
      {"truncated", "\xE2\x82", false},
      {"empty", "", true},
  };
  for (const Utf8Case& c : cases) EXPECT_EQ(IsValidUtf8(c.bytes), c.valid) << c.name;
}

// The ASCII fast path reads eight bytes at a time: a bad or good multi-byte sequence must be
// judged the same at every offset, including inside, across and after a whole word.
TEST(Utf8Test, SequencesAtEveryOffsetOfLongText) {
  const Utf8Case inserts[] = {
      {"kappa", "\xCE\xBA", true},
      {"four bytes", "\xF0\x9F\x98\x80", true},
      {"latin1", "\xE9", false},
      {"overlong", "\xC0\xAF", false},
      {"surrogate", "\xED\xA0\x80", false},
      {"lone continuation", "\x80", false},
  };
  for (const Utf8Case& c : inserts) {
    for (size_t at = 0; at <= 24; ++at) {
      std::string text(24, 'a');
      text.insert(at, c.bytes);
      EXPECT_EQ(IsValidUtf8(text), c.valid) << c.name << " at " << at;
    }
  }
  EXPECT_FALSE(IsValidUtf8(std::string(16, 'x') + "\xE2\x82")) << "truncated at the end";
  EXPECT_TRUE(IsValidUtf8(std::string(1000, 'x')));
}

TEST(EchoForMessageTest, ControlCharactersAreEscaped_Regression) {
  EXPECT_EQ(EchoForMessage("a\x1b[2Jb"), "a\\x1b[2Jb");
  EXPECT_EQ(EchoForMessage("x\ty\r\n"), "x\\ty\\x0d\\x0a");
  EXPECT_EQ(EchoForMessage("\x7f"), "\\x7f");
  EXPECT_EQ(EchoForMessage("\xC2\x9B"), "\\u009b");  // C1 CSI
  EXPECT_EQ(EchoForMessage("caf\xE9"), "caf\\xe9");  // not UTF-8
  EXPECT_EQ(EchoForMessage("\xC2\xB5g/mL"), "\xC2\xB5g/mL");
}

TEST(EchoForMessageTest, LongValuesAreCutAt80Characters_Regression) {
  const std::string out = EchoForMessage(std::string(1000, 'x'));
  EXPECT_EQ(out, std::string(80, 'x') + "...");
  EXPECT_EQ(EchoForMessage(std::string(80, 'y')), std::string(80, 'y'));
  // Cut on a character boundary: 81 two-byte characters keep 80 whole ones.
  std::string kappas;
  for (int i = 0; i < 81; ++i) kappas += "\xCE\xBA";
  EXPECT_EQ(EchoForMessage(kappas), kappas.substr(0, 160) + "...");
}

}  // namespace
}  // namespace oncoguide
