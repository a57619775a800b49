// Test names written in Chinese, Japanese or Korean, in the English words MatchTestName reads
// (test_names.cc). A name such as "ヘモグロビン (Hb)" or "血清游离κ轻链" was read from its Latin
// letters alone, so most had no name at all.
#ifndef ONCOGUIDE_SRC_IMPORT_CJK_NAMES_H_
#define ONCOGUIDE_SRC_IMPORT_CJK_NAMES_H_

#include <string>
#include <string_view>

namespace oncoguide::import::internal {

// `text` with each Chinese, Japanese or Korean test word replaced by its English (longest
// first, so that "補正カルシウム" is corrected calcium and "尿素" urea, not urine), full-width
// parentheses made ASCII, and "κ", "λ" spelled out. Text without a Chinese, Japanese or Korean
// character or a full-width form is returned as it is, and so is a name that also stands in
// Latin letters outside parentheses ("Hb ヘモグロビン"): its Latin letters name it.
//
// Example:
//   CjkNamesInEnglish("血清游离κ轻链")  // " serum  free  kappa  light chain "
std::string CjkNamesInEnglish(std::string_view text);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_CJK_NAMES_H_
