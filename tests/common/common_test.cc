// common/: Status and Result, Date, and the text helpers, with their edge cases as examples.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/common/file.h"
#include "oncoguide/common/status.h"
#include "oncoguide/common/text.h"

namespace oncoguide {
namespace {

// --- Status / Result -------------------------------------------------------------------------

TEST(Status, OkPrintsOk) {
  EXPECT_TRUE(Status::Ok().ok());
  EXPECT_EQ(Status::Ok().ToString(), "OK");
}

TEST(Status, LocationCauseAndHint) {
  // "file:line: FHIR path: cause. Hint: hint"
  Status s = Status::Invalid("unknown unit 'mg/mL'", "use g/dL",
                             SourceLocation{"labs.csv", 12, "Observation.valueQuantity"});
  EXPECT_EQ(s.ToString(),
            "labs.csv:12: Observation.valueQuantity: unknown unit 'mg/mL'. Hint: use g/dL");
}

TEST(Status, CauseEndingInPeriodGetsNoSecondPeriod) {
  EXPECT_EQ(Status::Invalid("bad date.", "use YYYY-MM-DD").ToString(),
            "bad date. Hint: use YYYY-MM-DD");
}

TEST(Status, LineWithoutFile) {
  EXPECT_EQ(Status::Invalid("x", "", SourceLocation{"", 3, ""}).ToString(), "line 3: x");
}

TEST(Status, WithLocationKeepsWhatIsNotGiven) {
  Status s = Status::Invalid("x", "", SourceLocation{"", 3, ""});
  EXPECT_EQ(s.WithLocation(SourceLocation{"a.csv", 0, ""}).ToString(), "a.csv:3: x");
}

Result<int> Half(int v) {
  if (v % 2 != 0) return Status::Invalid("odd");
  return v / 2;
}

Result<int> Quarter(int v) {
  OG_ASSIGN_OR_RETURN(int h, Half(v));
  return Half(h);
}

TEST(Result, ValueOrStatusAndPropagation) {
  ASSERT_TRUE(Quarter(8).ok());
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_FALSE(Quarter(6).ok());  // 6 -> 3 -> odd
  EXPECT_EQ(Quarter(6).status().ToString(), "odd");
}

// --- Date ------------------------------------------------------------------------------------

TEST(Date, ParsesIsoDatesWithOrWithoutTime) {
  EXPECT_EQ(Date::Parse("2024-03-05")->ToString(), "2024-03-05");
  EXPECT_EQ(Date::Parse("2024-03-05T08:30:00Z")->ToString(), "2024-03-05");
  EXPECT_EQ(Date::Parse("2024-03-05 08:30")->ToString(), "2024-03-05");
}

TEST(Date, RefusesImpossibleOrMalformedDates) {
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-04-31", "2024-3-5", "05/03/2024", "",
                          "2024-03-05T25:00"}) {
    EXPECT_FALSE(Date::Parse(bad).has_value()) << bad;
  }
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());   // leap year
  EXPECT_TRUE(Date::Parse("2000-02-29").has_value());   // divisible by 400
  EXPECT_FALSE(Date::Parse("1900-02-29").has_value());  // divisible by 100 only
}

TEST(Date, DifferenceInDaysAndOrder) {
  const Date a = *Date::Parse("2024-02-28");
  const Date b = *Date::Parse("2024-03-01");
  EXPECT_EQ(b - a, 2);  // across 29 February
  EXPECT_LT(a, b);
  EXPECT_EQ(Date::FromYmd(1970, 1, 1).days(), 0);
  EXPECT_EQ(Date::FromDays(-1).ToString(), "1969-12-31");
  EXPECT_EQ(a.year(), 2024);
}

// --- text helpers ----------------------------------------------------------------------------

TEST(Text, TrimSpacesRemovesSpacesAndTabsOnly) {
  EXPECT_EQ(TrimSpaces("  \tIgG kappa \t"), "IgG kappa");
  EXPECT_EQ(TrimSpaces("   "), "");
  EXPECT_EQ(TrimSpaces(""), "");
  EXPECT_EQ(TrimSpaces("\nx\n"), "\nx\n");  // newlines are not spaces here
}

TEST(Text, AsciiLowerLeavesOtherBytes) { EXPECT_EQ(AsciiLower("IgG µg/L"), "igg µg/l"); }

TEST(Text, JoinAndWritesAListInProse) {
  EXPECT_EQ(JoinAnd(std::vector<std::string>{}), "");
  EXPECT_EQ(JoinAnd(std::vector<std::string>{"albumin"}), "albumin");
  EXPECT_EQ(JoinAnd(std::vector<std::string>{"albumin", "LDH"}), "albumin and LDH");
  EXPECT_EQ(JoinAnd(std::vector<std::string>{"albumin", "LDH", "FISH"}), "albumin, LDH and FISH");
  std::string s = "needs ";
  AppendJoinAnd(s, std::vector<std::string_view>{"a", "b"});
  EXPECT_EQ(s, "needs a and b");
}

TEST(Text, MarksLabErrorOnTheThreePhrasesInAnyCase) {
  EXPECT_TRUE(MarksLabError("Spurious: clotted sample"));
  EXPECT_TRUE(MarksLabError("LAB ERROR, repeat ordered"));
  EXPECT_TRUE(MarksLabError("reported as a laboratory error"));
  EXPECT_FALSE(MarksLabError("repeat in 4 weeks"));
  EXPECT_FALSE(MarksLabError(""));
  EXPECT_FALSE(MarksLabError("error"));  // too vague on its own
}

// Regression (blind lab histories, B11): the repeat SPEP drawn after a sample mix-up carried the
// note "repeat after lab error" and was itself dropped as a lab error, leaving the visit empty.
TEST(Text, MarksLabErrorNotOnARepeatOfAnError_Regression) {
  EXPECT_FALSE(MarksLabError("repeat after lab error"));
  EXPECT_FALSE(MarksLabError("Redrawn: previous lab error"));
  EXPECT_FALSE(MarksLabError("replaces the laboratory error of 3 May"));
  EXPECT_FALSE(MarksLabError("not spurious, confirmed by repeat"));
  EXPECT_TRUE(MarksLabError("lab error: sample mix-up - disregard"));
  EXPECT_TRUE(MarksLabError("repeat ordered; spurious result"));
  EXPECT_TRUE(MarksLabError("after centrifuge failure, lab error"));
}

TEST(Text, WrapTextIndentsAndKeepsLongWords) {
  EXPECT_EQ(WrapText("one two three", 9, "", "  "), "one two\n  three\n");
  EXPECT_EQ(WrapText("", 10, "- ", "  "), "");
  EXPECT_EQ(WrapText("abcdefghijkl x", 5, "", ""), "abcdefghijkl\nx\n");
}

// --- files -----------------------------------------------------------------------------------

TEST(File, ReadsBytesAsTheyAre) {
  const std::string path = ::testing::TempDir() + "common_file_test.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out.write("a\r\nb\0d", 6);  // CRLF and a NUL byte stay as they are
  }
  Result<std::string> r = ReadFile(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, std::string("a\r\nb\0d", 6));
  std::remove(path.c_str());
}

TEST(File, MissingFileNamesThePath) {
  Result<std::string> r = ReadFile("/nonexistent/labs.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().ToString().find("/nonexistent/labs.csv"), std::string::npos);
}

}  // namespace
}  // namespace oncoguide

namespace oncoguide {
namespace {

TEST(FoldLatin, AccentsAndCaseGoOtherBytesStay) {
  EXPECT_EQ(FoldLatin("Créatinine"), "creatinine");
  EXPECT_EQ(FoldLatin("HÄMOGLOBIN Gesamteiweiß"), "hamoglobin gesamteiweiss");
  EXPECT_EQ(FoldLatin("Huyết sắc tố"), "huyet sac to");
  EXPECT_EQ(FoldLatin("Chuỗi nhẹ tự do Kappa"), "chuoi nhe tu do kappa");
  EXPECT_EQ(FoldLatin("Nümunə götürülmə, ƏLAVƏ"), "numune goturulme, elave");  // Azerbaijani
  EXPECT_EQ(FoldLatin("ĐỈNH ĐƠN DÒNG"), "dinh don dong");
  EXPECT_EQ(FoldLatin("Inmunofijación, Albúmina, M-proteïne, Ñ"),
            "inmunofijacion, albumina, m-proteine, n");
  EXPECT_EQ(FoldLatin("µmol/L β2"), "µmol/l β2");
  EXPECT_EQ(FoldLatin("2×3÷4"), "2×3÷4");
  EXPECT_EQ(FoldLatin("\xC3"), "\xC3");  // a cut-off sequence is kept as it is
}

// Capitals lowered with every byte where it was, so a label found in the copy is found at the
// same place in the text (a Ukrainian "Взяття біоматеріалу:" began with a capital that ASCII
// lowering kept, and the label was never found).
TEST(LowerKeepingOffsets, AsciiGreekAndCyrillicCapitalsKeepTheirBytes) {
  EXPECT_EQ(LowerKeepingOffsets("Взяття біоматеріалу: 14.02"), "взяття біоматеріалу: 14.02");
  EXPECT_EQ(LowerKeepingOffsets("ЄІЇ Ё ДАТА"), "єії ё дата");
  EXPECT_EQ(LowerKeepingOffsets("ΗΜΕΡΟΜΗΝΙΑ Λήψης"), "ημερομηνια λήψης");
  EXPECT_EQ(LowerKeepingOffsets("Collected: Créatinine µmol/L"), "collected: créatinine µmol/l");
  for (std::string_view s : {"Взяття", "ΑΣΒΕΣΤΙΟ", "Édition 2×3", "Ð"}) {
    EXPECT_EQ(LowerKeepingOffsets(s).size(), s.size()) << s;
  }
}

// Greek lab words (blind16's Athens report) fold like Latin ones: capitals lowered, accents
// removed, the final sigma as a sigma; κ, λ and β stay themselves.
TEST(FoldLatin, GreekLettersFold) {
  EXPECT_EQ(FoldLatin("Κρεατινίνη"), "κρεατινινη");
  EXPECT_EQ(FoldLatin("ΑΣΒΕΣΤΙΟ Ολικό"), "ασβεστιο ολικο");
  EXPECT_EQ(FoldLatin("Ανοσοκαθήλωση ορού IgG-κ"), "ανοσοκαθηλωση ορου igg-κ");
  EXPECT_EQ(FoldLatin("παραπρωτεΐνης"), "παραπρωτεινησ");
  EXPECT_EQ(FoldLatin("β2-μικροσφαιρίνη λ"), "β2-μικροσφαιρινη λ");
}

// Ukrainian letters fold to the Russian ones their lab words share (blind19's Kyiv report).
TEST(FoldLatin, UkrainianLettersFoldAsRussian) {
  EXPECT_EQ(FoldLatin("Креатинін"), "креатинин");
  EXPECT_EQ(FoldLatin("Кальцій Їжа Референтні"), "кальций ижа референтни");
  EXPECT_EQ(FoldLatin("М-градієнт"), "м-градиент");
}

// Russian lab words (blind18's Moscow report): capitals lowered, "ё" as "е".
TEST(FoldLatin, CyrillicLettersFold) {
  EXPECT_EQ(FoldLatin("КРЕАТИНИН Кальций общий"), "креатинин кальций общий");
  EXPECT_EQ(FoldLatin("Свободные лёгкие цепи, ЁЖ"), "свободные легкие цепи, еж");
  EXPECT_EQ(FoldLatin("М-градиент 24,6 г/л"), "м-градиент 24,6 г/л");
  EXPECT_EQ(FoldLatin("Ўзбек"), "ўзбек");  // a Belarusian capital
}

// Chinese and Japanese characters are words of their own; their punctuation breaks words; the
// repetition mark belongs to its word ("前々回"); Korean and other scripts are neither.
TEST(Text, ThreeByteCodePoints) {
  EXPECT_EQ(ThreeByteCodePoint("a发", 1), 0x53D1u);
  EXPECT_EQ(ThreeByteCodePoint("죽", 0), 0xC8FDu);       // Hangul too
  EXPECT_EQ(ThreeByteCodePoint("a发", 0), 0u);           // an ASCII letter
  EXPECT_EQ(ThreeByteCodePoint("发", 1), 0u);            // inside a character
  EXPECT_EQ(ThreeByteCodePoint("\xE5\x41\x42", 0), 0u);  // a broken sequence
  EXPECT_EQ(ThreeByteCodePoint("\xE5\x8F", 0), 0u);      // cut short
  EXPECT_EQ(ThreeByteCodePoint("é", 0), 0u);             // a two-byte character
}

TEST(Text, CjkCharactersAndWords) {
  EXPECT_EQ(CjkAt("发烧", 0), Cjk::kWord);
  EXPECT_EQ(CjkAt("发烧", 3), Cjk::kWord);
  EXPECT_EQ(CjkAt("a，b", 1), Cjk::kBreak);
  EXPECT_EQ(CjkAt("。", 0), Cjk::kBreak);
  EXPECT_EQ(CjkAt("ab", 0), Cjk::kNone);
  EXPECT_EQ(CjkAt("죽고", 0), Cjk::kNone);
  EXPECT_EQ(CjkAt("发", 1), Cjk::kNone);            // inside a character
  EXPECT_EQ(CjkAt("\xE5\x41\x42", 0), Cjk::kNone);  // a broken sequence: "AB" stay letters
  EXPECT_TRUE(IsCjkWord("ヘモグロビン"));
  EXPECT_TRUE(IsCjkWord("前々回"));
  EXPECT_FALSE(IsCjkWord("補正ca"));
  EXPECT_FALSE(IsCjkWord(""));
  EXPECT_FALSE(IsCjkWord("κ"));
}

}  // namespace
}  // namespace oncoguide
