// Words of marrow reports (narrative.cc): which percentages are not the marrow's count, and
// which wordings deny a clonal finding.
#ifndef ONCOGUIDE_SRC_IMPORT_MARROW_WORDS_H_
#define ONCOGUIDE_SRC_IMPORT_MARROW_WORDS_H_

#include <string>

namespace oncoguide::import::internal {

// True when the percentage at s[at] (a lower-case sentence) counts flow cytometry events or FISH
// nuclei rather than the marrow's cells.
//
//   FlowOrFishPercent("flow cytometry: 8.2% of total events", 15)  -> true
bool FlowOrFishPercent(const std::string& s, size_t at);

// True when a lower-case sentence about clonality denies it ("polytypic", "no light chain
// restriction", "sin restricción", "polyklonaalisia").
bool Negated(const std::string& s);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_MARROW_WORDS_H_
