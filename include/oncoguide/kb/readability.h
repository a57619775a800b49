// Readability of knowledge base prose: the Flesch–Kincaid grade level.
//
//   grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
//
// Contract:
//   - Words are Tokenize() words that contain a letter (numbers such as "50" are not counted:
//     they are read as digits, not syllables).
//   - A sentence ends at '.', '!' or '?' followed by white space or the end of the text, and at
//     the end of each bullet line ("- ..."), so a bullet list does not read as one long sentence.
//   - Syllables are estimated per word from vowel groups (a, e, i, o, u, y), less a silent final
//     "e" (but not "-le"), at least one per word. The estimate is the usual one for FK; it is
//     within about half a grade of dictionary counts on ordinary prose.
//   - Citation markers are stripped first.
// Text with no words has grade 0.
#ifndef ONCOGUIDE_KB_READABILITY_H_
#define ONCOGUIDE_KB_READABILITY_H_

#include <string>
#include <string_view>

#include "oncoguide/kb/topic.h"

namespace oncoguide::kb {

struct TextStats {
  int words = 0;
  int sentences = 0;
  int syllables = 0;
};

// Estimated syllables of one lower-case word.
int CountSyllables(std::string_view word);

TextStats CountText(std::string_view text);

// Flesch–Kincaid grade level of `text`.
double FleschKincaidGrade(std::string_view text);

// The prose of a topic that readers see: all paragraphs of all sections, markers stripped.
std::string TopicProse(const Topic& topic);

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_READABILITY_H_
