// Plain-text helpers shared by the knowledge base loader, the index and the triage matcher.
//
// Tokenize() defines what a "word" is everywhere in `ask`: the index, the synonym table, the
// triage patterns and the readability check all see the same words, so a phrase written in a
// YAML file matches the same words a user types.
//   - ASCII letters are lower-cased; bytes >= 0x80 (UTF-8) are kept as word characters.
//   - Apostrophes (' and the UTF-8 right single quote) inside a word are dropped: "can't" is
//     "cant", "what's" is "whats".
//   - Every other non-alphanumeric byte separates words: "M-spike" is "m" "spike",
//     "10^-5" is "10" "5".
//   - Chinese and Japanese, written without spaces: each ideograph or kana is a word of its
//     own, and their punctuation separates words: "我妈妈发烧39度，" is "我" "妈" "妈" "发" "烧"
//     "39" "度".
#ifndef ONCOGUIDE_KB_TEXT_H_
#define ONCOGUIDE_KB_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace oncoguide::kb {

// Splits `text` into lower-case words (see the file comment).
std::vector<std::string> Tokenize(std::string_view text);

// One citation inside a marker: "@kumar-2016, Table 3" has id "kumar-2016" and locator
// "Table 3"; "@imf" has an empty locator.
struct Cite {
  std::string id;
  std::string locator;
};

// A citation marker found in prose: "[@kumar-2016, Table 3]", or several citations separated
// by ';' (Pandoc style): "[@acs-myeloma-tests; @nccn-patients-myeloma, "Testing" section]".
struct Marker {
  std::vector<Cite> cites;
  size_t offset = 0;  // byte offset of '[' in the searched text
  size_t length = 0;  // bytes from '[' to ']' inclusive
  bool well_formed() const { return !cites.empty(); }
};

// Every marker in `text`, in order. A "[@" that does not form a marker (no closing ']' on the
// same line, or a citation whose id is empty or does not start with '@') has no cites.
std::vector<Marker> FindMarkers(std::string_view text);

// `text` with every marker and the space before it removed ("cells [@x]." -> "cells.").
std::string StripMarkers(std::string_view text);

// Trims ASCII white space at both ends.
std::string_view Trim(std::string_view s);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_TEXT_H_
