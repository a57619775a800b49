// The medical synonym and abbreviation table (knowledge/synonyms.yaml) and the query stopwords.
//
// Format:
//   groups:
//     - [m protein, m spike, paraprotein, monoclonal protein]   # one concept, its phrasings
//     - [darzalex, daratumumab, dara]
//   stopwords: [a, an, the, what, ...]
//   known_words: [cost, suddenly, term, ...]
//
// Contract:
//   - Phrases are compared as English stems of their Tokenize() words (Xapian::Stem("english")),
//     so "M-spikes" matches "m spike".
//   - A group's concept name is its first phrase's stems joined by '_' ("m_protein").
//   - Match() scans stems left to right and takes the longest phrase starting at each position;
//     matches never overlap. A phrase may belong to only one group (Load refuses duplicates, so
//     a word cannot silently mean two things).
//   - Stopwords are compared with unstemmed words.
//   - known_words are correctly spelled everyday words that the knowledge base does not use; the
//     query spelling corrector treats them as known and never "corrects" them ("term" is not
//     read as "team"). They add no synonym or retrieval meaning.
#ifndef ONCOGUIDE_KB_SYNONYMS_H_
#define ONCOGUIDE_KB_SYNONYMS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "oncoguide/common/status.h"

namespace oncoguide::kb {

// English stem of one lower-case word (Xapian::Stem("english")).
std::string StemWord(const std::string& word);

struct ConceptMatch {
  size_t begin = 0;  // first word index
  size_t end = 0;    // one past the last word index
  size_t group = 0;  // index into SynonymTable::concepts()
};

class SynonymTable {
 public:
  SynonymTable() = default;

  // Parses the YAML content (`file` for error locations).
  static Result<SynonymTable> Parse(const std::string& content, const std::string& file);
  // Reads and parses `path`.
  static Result<SynonymTable> Load(const std::string& path);

  // Concept matches in `stems` (StemWord() of each word).
  std::vector<ConceptMatch> Match(const std::vector<std::string>& stems) const;

  bool IsStopword(const std::string& word) const { return stopwords_.contains(word); }

  // Concept names, indexed by ConceptMatch::group.
  const std::vector<std::string>& concepts() const { return concepts_; }
  // Every word used in any phrase (unstemmed), for the spelling dictionary.
  const std::vector<std::string>& words() const { return words_; }
  // known_words (Tokenize() words), never spelling-corrected.
  const std::vector<std::string>& known_words() const { return known_words_; }
  // A hash of the YAML content the table was parsed from (for the model cache's key).
  std::uint64_t fingerprint() const { return fingerprint_; }

 private:
  struct Phrase {
    std::vector<std::string> stems;
    size_t group;
  };
  std::uint64_t fingerprint_ = 0;
  std::vector<std::string> concepts_;
  std::unordered_map<std::string, std::vector<Phrase>> by_first_stem_;
  std::unordered_set<std::string> stopwords_;
  std::vector<std::string> words_;
  std::vector<std::string> known_words_;
};

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_SYNONYMS_H_
