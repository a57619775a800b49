// Test names and column titles written in Chinese, Japanese or Korean, in the English words
// MatchTestName (test_names.cc) and the header reader (header_titles.cc) read. A name such as
// "ヘモグロビン (Hb)" or "血清游离κ轻链" was read from its Latin letters alone, so most had no name
// at all.
#ifndef ONCOGUIDE_SRC_IMPORT_CJK_NAMES_H_
#define ONCOGUIDE_SRC_IMPORT_CJK_NAMES_H_

#include <span>
#include <string>
#include <string_view>

namespace oncoguide::import::internal {

// True when `text` holds a Chinese, Japanese or Korean character (UTF-8 lead bytes E3 to ED) or
// a full-width form (EF); dashes and arrows (E2) are not.
bool HasCjk(std::string_view text);

// `text` with each Chinese, Japanese or Korean test word replaced by its English (longest
// first, so that "補正カルシウム" is corrected calcium and "尿素" urea, not urine), full-width
// parentheses made ASCII, and "κ", "λ" spelled out. Text without a Chinese, Japanese or Korean
// character or a full-width form is returned as it is, and so is a name that also stands in
// Latin letters outside parentheses ("Hb ヘモグロビン"): its Latin letters name it.
//
// Example:
//   CjkNamesInEnglish("血清游离κ轻链")  // " serum  free  kappa  light chain "
std::string CjkNamesInEnglish(std::string_view text);

// `t` (a header cell, lower case) with its Chinese, Japanese and Korean words in English where
// they are column titles ("結果 Result" is "result result", "前々回" is "previous", "単位" is
// "units", "採檢日期" and "채혈일시" are "collection date") and dropped where not: a report's
// titles are often both.
//
// Example:
//   CjkTitlesInEnglish("検査項目 単位")  // "test units"
std::string CjkTitlesInEnglish(const std::string& t);

// `t` (one header cell) cut with a space between two column titles a scan ran together
// ("판정단위", flag and units, is "판정 단위"); `t` itself when it is one title, has a space, or is
// no two titles.
std::string SpacedCjkTitles(const std::string& t);

// The labels of a sample's collection date or time in Chinese, Japanese and Korean ("采样时间：
// 2024-10-08 07:42", "採血日時", "채혈일시"), and of its other dates (received, reported,
// printed, checked: "接收时间", "报告时间", "打印时间", "受付日", "보고일"), for date_labels.cc.
std::span<const std::string_view> CjkCollectionLabels();
std::span<const std::string_view> CjkOtherDateLabels();

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_CJK_NAMES_H_
