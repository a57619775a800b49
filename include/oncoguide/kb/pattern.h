// Word patterns for triage rules (knowledge/triage/*.yaml).
//
// A pattern is a list of slots separated by spaces; it matches a question when every slot
// matches. A slot is one or more alternatives separated by '|'; it matches when any alternative
// does. An alternative is one word or a phrase of words joined by '_' (consecutive words).
// A word ending in '*' matches any word starting with it. A slot starting with '!' matches when
// none of its alternatives occur (a veto). Words are compared with Tokenize() words, so write
// them lower-case and without apostrophes ("cant", "havent").
//
//   "back|spine weak*|numb*"      back or spine, and a word starting with weak or numb
//   "chest_pain|chest_hurt*"     the two words in a row
//   "confus* !confusing|confused_about"
//
// Slots match anywhere in the question, in any order.
#ifndef ONCOGUIDE_KB_PATTERN_H_
#define ONCOGUIDE_KB_PATTERN_H_

#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"

namespace oncoguide::kb {

class Pattern {
 public:
  // Parses `text`; an empty pattern, an empty alternative or a pattern made only of vetoes is
  // an error (the Status has cause and hint; the caller adds the location).
  static Result<Pattern> Parse(std::string_view text);

  // True when every slot matches `words` (Tokenize() output).
  bool Matches(const std::vector<std::string>& words) const;

  // True when every slot that is not a veto matches `words` or every one matches `alt`, and no
  // veto occurs in either. For a question read two ways (as typed, and spelling-corrected): a
  // veto spelled right in one reading still vetoes ("revlamid" read as "revlimid").
  //
  //   Pattern p = *Pattern::Parse("pregnancy !revlimid");
  //   p.Matches({"pregnancy", "revlamid"}, {"pregnancy", "revlimid"});  // false
  bool MatchesEither(const std::vector<std::string>& words,
                     const std::vector<std::string>& alt) const;

  const std::string& text() const { return text_; }

 private:
  struct Word {
    std::string text;
    bool prefix = false;
  };
  using Phrase = std::vector<Word>;
  struct Slot {
    bool veto = false;
    std::vector<Phrase> alternatives;
  };

  static bool PhraseAt(const Phrase& p, const std::vector<std::string>& words, size_t at);
  static bool SlotOccurs(const Slot& s, const std::vector<std::string>& words);

  std::string text_;
  std::vector<Slot> slots_;
};

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_PATTERN_H_
