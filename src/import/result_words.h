// Reading a lab result written in words (lab_text.cc's ParseLabValue uses it for cells that are
// not numbers).
#ifndef ONCOGUIDE_IMPORT_RESULT_WORDS_H_
#define ONCOGUIDE_IMPORT_RESULT_WORDS_H_

#include <optional>
#include <string>

#include "oncoguide/import/lab_text.h"

namespace oncoguide::import::internal {

// The result `t` (lower case, normalised) says in words: a note ("See comment", "pending"), a
// trace, not detected, negative, or detected with the isotype it names; nullopt when it is none
// of these.
//
//   ParseResultWords("igg kappa monoclonal protein detected")  -> kDetected, "IgG kappa"
//   ParseResultWords("spoor, niet kwantificeerbaar")          -> kTrace
std::optional<LabValue> ParseResultWords(const std::string& t);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_RESULT_WORDS_H_
