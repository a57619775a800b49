// The lab vocabulary of continental European reports (German, French, Spanish, Italian, Dutch,
// Portuguese, the Nordic languages, Polish, Czech, Turkish, Greek, Russian, Ukrainian, Hungarian,
// Romanian, the South Slavic and Baltic languages), in one place: test names, tests oncoguide
// does not use, date labels and column headers. English spellings stay with
// the readers that use them (records/analyte.h for test names, extract.cc for date labels, rows.cc
// for headers); these tables extend them.
//
// Test names, qualifiers and header words are folded (FoldLatin in common/text.h: lower case,
// no accents) and, for test names, written with punctuation as single spaces, as
// test_names.cc's Fold produces them. Date labels are matched in the lower-cased line text with
// its accents, so each is listed with and without them.
#ifndef ONCOGUIDE_IMPORT_EUROPEAN_WORDS_H_
#define ONCOGUIDE_IMPORT_EUROPEAN_WORDS_H_

#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "oncoguide/records/analyte.h"

namespace oncoguide::import::internal::european {

struct TestWord {
  std::string_view name;
  records::Analyte analyte;
};

enum class NotUsed { kBloodCount, kChemistry, kImmunoglobulin, kFraction, kOtherTest };
struct NotUsedWord {
  std::string_view name;
  NotUsed kind;
};

enum class Header { kName, kValue, kFlag, kUnit, kRange, kPrevious, kOther };
struct HeaderWord {
  std::string_view word;
  Header kind;
};

// Every table's test names: this file's and MoreTestNames().
std::span<const TestWord> TestNames();
// Eastern, central and south-eastern European names (more_european_words.cc).
std::span<const TestWord> MoreTestNames();
// Whole names of tests oncoguide does not use ("leucocitos", "totaal eiwit").
std::span<const NotUsedWord> NotUsedNames();
// Words that make a name another test ("calcium corrige": a corrected calcium), with
// MoreOtherTestWords().
std::span<const std::string_view> OtherTestWords();
// Words that qualify a name without changing the test ("suero", "serum", "siero"), with
// MoreQualifiers().
std::span<const std::string_view> Qualifiers();
// more_european_words.cc's own lists.
std::span<const std::string_view> MoreOtherTestWords();
std::span<const std::string_view> MoreQualifiers();
std::span<const std::string_view> UrineWords();
std::span<const std::string_view> CollectionLabels();
std::span<const std::string_view> OtherDateLabels();
// Column headers, matched as the start of a folded header cell.
std::span<const HeaderWord> HeaderWords();
// Lithuanian, Latvian, Slovak, Macedonian, Albanian, Bosnian, Indonesian and Mongolian
// (more_language_words.cc), joined into the lists above.
std::span<const TestWord> MoreLanguageTestNames();
std::span<const NotUsedWord> MoreLanguageNotUsed();
std::span<const std::string_view> MoreLanguageOtherTestWords();
std::span<const HeaderWord> MoreLanguageHeaderWords();
std::span<const std::string_view> MoreLanguageCollectionLabels();
std::span<const std::string_view> MoreLanguageOtherDateLabels();

// The lists one after the other, e.g. Joined<TestWord>({kTestNames, MoreTestNames()}).
template <typename T>
std::vector<T> Joined(std::initializer_list<std::span<const T>> lists) {
  std::vector<T> out;
  for (std::span<const T> l : lists) out.insert(out.end(), l.begin(), l.end());
  return out;
}

}  // namespace oncoguide::import::internal::european

#endif  // ONCOGUIDE_IMPORT_EUROPEAN_WORDS_H_
