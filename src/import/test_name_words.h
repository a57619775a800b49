// The English lab vocabulary of test names (test_names.cc): spellings the records synonym table
// does not have, method and specimen words, qualifiers, and tests oncoguide does not use. Other
// languages' words are in european_words.h.
#ifndef ONCOGUIDE_IMPORT_TEST_NAME_WORDS_H_
#define ONCOGUIDE_IMPORT_TEST_NAME_WORDS_H_

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "oncoguide/import/test_names.h"
#include "oncoguide/records/analyte.h"

namespace oncoguide::import::internal::names {

struct ExtraName {
  std::string_view name;  // lower case, single spaces, no punctuation
  records::Analyte analyte;
};

// Lab spellings the records synonym table does not have yet ("monoclonal peak", "para").
std::span<const ExtraName> ExtraNames();
// Words in parentheses after a name that say how it was measured ("nephelometry").
bool IsMethodWord(std::string_view w);
// Words that qualify a test without changing what it is ("serum", "quantitative").
const std::unordered_set<std::string_view>& Qualifiers();
// Words that name urine as the specimen ("urine", "24h", "upep").
bool IsUrineWord(std::string_view w);
// Words in parentheses that say where on a serum electrophoresis a band ran: "beta", "gamma
// region", "zona gamma" (a qualifier of the M-protein, not another test).
bool RegionWords(const std::vector<std::string>& words);
// True when `words` (a name's, its parentheses' included) name the albumin fraction of an
// electrophoresis ("Alb (EP)", "Albumin SPE"), not the chemistry albumin.
bool AlbuminFraction(const std::vector<std::string>& words);
// Tests oncoguide does not use, as core token strings, with the reason.
const std::unordered_map<std::string_view, std::string_view>& IgnoredNames();
// A name's words with spellings made one ("24 hr" as "24h", "Lt" as "light", "κ" as "kappa").
// `ocr_guess` is set when a letter was read as the Greek one OCR mistakes it for ("FLC-A").
std::vector<std::string> NormalizeWords(const std::vector<std::string>& tokens, bool* ocr_guess);

// True when `a` becomes `b` by adding, removing or changing one letter, or by swapping two
// neighbours: WithinOneEdit("calcitum", "calcium"), WithinOneEdit("lamdba", "lambda").
bool WithinOneEdit(std::string_view a, std::string_view b);
// The words of known test names one edit from `word` (a plain lower-case word of six letters or
// more that no name has: OCR's "calcitum"), sorted; empty when there is none, or when a word of
// a test oncoguide does not use is as near ("kalcium" is one from "calcium" and from "kalium").
std::vector<std::string> NearOcrWords(std::string_view word);
// A name's words with one of them replaced by a near known word, every way it can be
// ({"calcitum", "p"} -> {{"calcium", "p"}}).
std::vector<std::vector<std::string>> NearOcrNames(const std::vector<std::string>& words);
// The word a Greek letter was misread for by OCR, given the words before and after it:
// OcrLetterWord("a", "flc", "") == "lambda" ("FLC-λ" read as "FLC-A"; also "A FLC" at a name's
// start), OcrLetterWord("k", "", "libre") == "kappa", OcrLetterWord("£§2", "", "mg") == "b2",
// OcrLetterWord("k/a", "", "") == "k/l"; "" when `w` is no such misreading.
std::string_view OcrLetterWord(std::string_view w, std::string_view before, std::string_view next);

}  // namespace oncoguide::import::internal::names

namespace oncoguide::import::internal {

// One test's name matched as a whole (test_names.cc); MatchTestName (test_name_parts.cc) reads
// the names made of parts around it: a bilingual name, a group's name before the test's, a unit
// after a comma.
TestName MatchOneName(std::string_view text, Specimen context);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_TEST_NAME_WORDS_H_
