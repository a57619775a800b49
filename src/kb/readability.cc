#include "oncoguide/kb/readability.h"

#include <algorithm>

#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

}  // namespace

int CountSyllables(std::string_view word) {
  int groups = 0;
  bool prev_vowel = false;
  for (char c : word) {
    bool v = IsVowel(c);
    if (v && !prev_vowel) ++groups;
    prev_vowel = v;
  }
  if (word.size() > 2 && word.back() == 'e' && !IsVowel(word[word.size() - 2]) &&
      !(word[word.size() - 2] == 'l' && !IsVowel(word[word.size() - 3]))) {
    --groups;
  }
  return std::max(groups, 1);
}

TextStats CountText(std::string_view raw) {
  const std::string text = StripMarkers(raw);
  TextStats st;
  for (const std::string& w : Tokenize(text)) {
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      ++st.words;
      st.syllables += CountSyllables(w);
    }
  }
  // Sentences: terminal punctuation followed by space/end, or the end of a bullet line.
  bool pending = false;  // words seen since the last sentence end
  size_t line_start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    const bool at_end_of_line = c == '\n';
    if (at_end_of_line) {
      std::string_view line = Trim(std::string_view(text).substr(line_start, i - line_start));
      const bool bullet = line.starts_with("- ") || line.starts_with("* ");
      // A bullet, the last line, or a line followed by a blank line ends a sentence.
      const bool blank_next = i + 1 >= text.size() || text[i + 1] == '\n';
      if (pending && (bullet || blank_next)) {
        ++st.sentences;
        pending = false;
      }
      line_start = i + 1;
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) pending = true;
    if ((c == '.' || c == '!' || c == '?') && pending) {
      const char next = i + 1 < text.size() ? text[i + 1] : ' ';
      if (next == ' ' || next == '\n' || next == '"' || next == ')') {
        ++st.sentences;
        pending = false;
      }
    }
  }
  return st;
}

double FleschKincaidGrade(std::string_view text) {
  TextStats st = CountText(text);
  if (st.words == 0) return 0;
  const double sentences = std::max(st.sentences, 1);
  return 0.39 * (st.words / sentences) + 11.8 * (static_cast<double>(st.syllables) / st.words) -
         15.59;
}

std::string TopicProse(const Topic& topic) {
  std::string out;
  for (const Section& s : topic.sections) {
    for (const Paragraph& p : s.paragraphs) {
      if (!out.empty()) out += "\n\n";
      out += p.text;
    }
  }
  return StripMarkers(out);
}

}  // namespace oncoguide::kb
