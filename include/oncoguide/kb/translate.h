// Reading a question written in another language in the English words the guide's topics and
// rules use (knowledge/translations.yaml).
//
// The guide is written in English. People also write in Spanish, French, Portuguese, Italian,
// German, Chinese, or Hindi typed in Latin letters; without this, such a question was mostly
// refused as not covered, because the spelling corrector turned its words into unrelated English
// ones ("para" into "part"). The answer is still in English, with a note of how the question was
// read.
//
// Format:
//   markers: [que, est, ...]        # words that show a question is not English
//   stopwords: [de, la, ...]        # words of those languages that carry no meaning here
//   fillers: [einfach, vraiment]    # adverbs that sit inside a phrase ("ich will einfach
//                                   # nicht mehr leben"); dropped before phrases are matched
//   phrases:
//     - [fever, fiebre, fievre, febbre, fieber, febre, 发烧]   # the English first, then others
//
// Contract:
//   - A question reads as another language when it holds a Chinese or Japanese character
//     (common/text.h: CjkAt), or two or more different marker words or phrases with a word
//     that is no English word of this file ("mieloma", "grupo de apoio"); a phrase with two or
//     more words that are no English word of this file ("je veux mourir", "ich will nicht mehr
//     leben") counts as two. Any other question is
//     returned as nullopt and read as it is, so this file cannot change how an English question
//     is read.
//   - Words are compared folded (FoldLatin: lower case, no accents) as Tokenize() gives them.
//   - Filler words are dropped from the question and from every phrase before phrases are
//     matched, so that "ich will einfach nicht mehr leben" meets "ich will nicht mehr leben";
//     a phrase of fillers only is no phrase. A filler must not be an English word of this file.
//   - Phrases are matched never overlapping, so that they leave as few words unread as they can
//     (stopwords and markers need no phrase; at a tie, the longer phrase at the earlier word);
//     each is replaced by its English. Stopwords and marker words are dropped, and so are Chinese
//     or Japanese characters that no phrase matched; other words are kept when they hold a digit or
//     the guide knows them (a drug's name, an English word), and dropped otherwise. A question in
//     which no phrase matched is read as typed (nullopt).
//   - Load refuses a marker that is an English word of the guide's own (an English phrase of
//     this file), a foreign phrase listed under two English ones, and a phrase that is one
//     stopword or marker once its fillers are dropped (it would read every such word).
//
// Example:
//   Translator t = *Translator::Parse(yaml, "translations.yaml");
//   t.ToEnglish("¿cada cuánto hay que hacerse análisis después del trasplante?", known);
//   // "how often blood tests after transplant"
//   t.ToEnglish("how often after transplant", known);  // nullopt: English
#ifndef ONCOGUIDE_KB_TRANSLATE_H_
#define ONCOGUIDE_KB_TRANSLATE_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "oncoguide/common/status.h"

namespace oncoguide::kb {

class Translator {
 public:
  Translator() = default;

  // Parses the YAML content (`file` for error locations).
  static Result<Translator> Parse(const std::string& content, const std::string& file);
  // Reads and parses `path`.
  static Result<Translator> Load(const std::string& path);

  // The question in English words when it reads as another language, else nullopt. `known`
  // says whether the guide knows a word the table does not translate (a drug's name, an
  // English word); other words are dropped, and counted in `*dropped` when it is given (0 when
  // the question reads as English).
  std::optional<std::string> ToEnglish(std::string_view question,
                                       const std::function<bool(std::string_view)>& known,
                                       size_t* dropped = nullptr) const;

 private:
  struct Phrase {
    std::vector<std::string> words;  // folded
    std::string english;
    bool foreign = false;   // a word of it is no English word of this file
    int foreign_words = 0;  // how many of its words are none
  };
  // The phrase read at each word of `w` (nullptr where none starts): the phrases, never
  // overlapping, that leave the fewest words unread (a stopword or marker outside a phrase is
  // read: it carries no meaning); at a tie, the longer phrase at the earlier word. "o que é o
  // mieloma indolente" is "what is it" + "o" + "smoldering myeloma", not "what is myeloma" +
  // "indolente": the longest phrase at each word from the left would lose a word.
  std::vector<const Phrase*> Segment(const std::vector<std::string>& w) const;

  std::unordered_set<std::string> markers_;
  std::unordered_set<std::string> stopwords_;
  std::unordered_set<std::string> fillers_;
  std::unordered_map<std::string, std::vector<Phrase>> by_first_word_;
};

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_TRANSLATE_H_
