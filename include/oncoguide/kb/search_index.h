// Full-text retrieval over the knowledge base topics, with Xapian.
//
// Index (built at start-up from a loaded KnowledgeBase, one Xapian document per topic):
//   - three fields with their own term prefixes: title "S", questions "Q", body "B" (the prose of
//     all sections, citation markers stripped);
//   - terms are English stems (Xapian::Stem("english")) of Tokenize() words, stopwords left out;
//   - every synonym-table phrase found in a field also adds the concept term "<prefix>C<concept>"
//     (synonyms.h), so "Darzalex", "daratumumab" and "dara" all index and query as one concept;
//   - every word of the knowledge base and of the synonym table goes into Xapian's spelling
//     dictionary.
// Xapian's in-memory backend implements neither spelling nor synonyms, so the index is a glass
// database in a private temporary directory (created by Build, removed by the destructor, never
// reused; one left by a killed process is removed by the next Build: src/kb/index_dir.h);
// building it takes a few tens of milliseconds.
//
// Query: the question is tokenised the same way; a word of 4+ letters that is neither a stopword,
// nor in the spelling dictionary, nor a synonyms.yaml known_words entry is replaced by Xapian's
// spelling suggestion (edit distance 1 for words under 6 letters, 2 otherwise); synonym phrases
// become concept terms; every term is searched in all three fields, scaled by FieldWeights, and
// scored with BM25 (Xapian::BM25Weight).
#ifndef ONCOGUIDE_KB_SEARCH_INDEX_H_
#define ONCOGUIDE_KB_SEARCH_INDEX_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/kb/knowledge_base.h"
#include "oncoguide/kb/synonyms.h"

namespace oncoguide::kb {

struct FieldWeights {
  double title = 2.0;
  double questions = 4.0;
  double body = 1.0;
};

struct AnalyzedQuery {
  std::vector<std::string> words;        // Tokenize() words after spelling correction
  std::vector<std::string> corrections;  // "mylema -> myeloma", in order
  std::vector<std::string> terms;        // unprefixed query terms: stems and "C<concept>"
  size_t concept_count = 0;              // synonym-table concepts among `terms`
};

struct SearchHit {
  size_t topic = 0;  // index into KnowledgeBase::topics
  double score = 0;  // BM25 weight
  // Share of the query's weight the topic matched: score / MSet::get_max_possible(), 0..1.
  double relative = 0;
  // Share of the query's terms the topic contains (any field), each term weighted by its
  // rarity across topics (log(N/df) + 0.1); terms no topic contains do not count. 0..1.
  double coverage = 0;
};

struct SearchResult {
  AnalyzedQuery query;
  std::vector<SearchHit> hits;  // best first
};

class SearchIndex {
 public:
  // REQUIRES: `kb` and `synonyms` outlive the index. A `sibling` built from the same `kb` and
  // `synonyms` lends its read-only word list (the words never spelling-corrected, ~100,000),
  // so a second index for another thread costs its Xapian database only.
  static Result<std::unique_ptr<SearchIndex>> Build(const KnowledgeBase& kb,
                                                    const SynonymTable& synonyms,
                                                    FieldWeights weights = {},
                                                    const SearchIndex* sibling = nullptr);
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  AnalyzedQuery Analyze(std::string_view question) const;

  // Up to `n` topics for `question`. `exclude_personal` leaves personal topics out (used for
  // "closest covered questions" and related suggestions).
  SearchResult Search(std::string_view question, size_t n, bool exclude_personal = false) const;

  // True when `word` (a Tokenize() word) is in the spelling dictionary: a word of the knowledge
  // base or the synonym table, a known_words entry, or a word of the system word list.
  bool Knows(std::string_view word) const;

  // Joins a word split in two that the dictionary knows whole, when either half is no word it
  // knows ("vel cade" -> "velcade", "rev limid" -> "revlimid"; never "any more" or "my self",
  // whose halves are words). Each join is added to `corrections` as "vel cade -> velcade" when
  // it is not null. Analyze() does this before it corrects spelling.
  void JoinSplitWords(std::vector<std::string>* words,
                      std::vector<std::string>* corrections = nullptr) const;

  // Time Build() took, in milliseconds.
  double build_ms() const { return build_ms_; }

 private:
  struct Impl;
  explicit SearchIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  double build_ms_ = 0;
};

}  // namespace oncoguide::kb

#endif  // ONCOGUIDE_KB_SEARCH_INDEX_H_
