#include "oncoguide/kb/search_index.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string_view>

#include "index_dir.h"
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

constexpr const char* kPrefixes[3] = {"S", "Q", "B"};

bool AllLetters(const std::string& w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// One word per line; words with capitals (names) and apostrophes are skipped.
constexpr const char* kSystemWordList = "/usr/share/dict/words";

// The words that are never spelling-corrected: about 100,000 (the system word list), so kept
// compact (one sorted buffer, 2-3 MB less than a hash set of strings) and shared, read-only,
// by the sibling indexes of one knowledge base.
class WordSet {
 public:
  void Add(const std::string& w) { pending_.push_back(w); }
  // Sorts and packs the added words; Contains() is valid after this.
  void Freeze() {
    std::sort(pending_.begin(), pending_.end());
    pending_.erase(std::unique(pending_.begin(), pending_.end()), pending_.end());
    size_t bytes = 0;
    for (const std::string& w : pending_) bytes += w.size();
    blob_.reserve(bytes);
    for (const std::string& w : pending_) {
      ends_.push_back(static_cast<uint32_t>(blob_.size() + w.size()));
      blob_ += w;
    }
    pending_.clear();
    pending_.shrink_to_fit();
  }
  bool Contains(std::string_view w) const {
    size_t lo = 0, hi = ends_.size();
    while (lo < hi) {  // binary search over the packed, sorted words
      const size_t mid = (lo + hi) / 2;
      const int c = Word(mid).compare(w);
      if (c == 0) return true;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
    return false;
  }

 private:
  std::string_view Word(size_t i) const {
    const uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(blob_).substr(begin, ends_[i] - begin);
  }
  std::vector<std::string> pending_;
  std::string blob_;
  std::vector<uint32_t> ends_;
};

void LoadWordList(const char* path, WordSet* words) {
  std::ifstream in(path);
  std::string w;
  while (std::getline(in, w)) {
    if (w.size() >= 3 && AllLetters(w)) words->Add(w);
  }
}

}  // namespace

struct SearchIndex::Impl {
  const KnowledgeBase* kb = nullptr;
  const SynonymTable* synonyms = nullptr;
  FieldWeights weights;
  std::unique_ptr<internal::IndexDir> dir;  // the database's directory, removed last
  std::unique_ptr<Xapian::WritableDatabase> db;
  // Words never corrected; built by the first index of a knowledge base (`building` is set
  // while it is), shared by its siblings.
  std::shared_ptr<const WordSet> dictionary;
  WordSet* building = nullptr;

  ~Impl() {
    db.reset();
    dir.reset();
  }

  // Unprefixed terms of `text`: stems of non-stopwords, then concept terms.
  std::vector<std::string> Terms(const std::vector<std::string>& words,
                                 size_t* concept_count) const {
    std::vector<std::string> stems;
    stems.reserve(words.size());
    for (const std::string& w : words) stems.push_back(StemWord(w));
    std::vector<std::string> terms;
    std::vector<bool> in_concept(words.size(), false);
    for (const ConceptMatch& m : synonyms->Match(stems)) {
      terms.push_back("C" + synonyms->concepts()[m.group]);
      if (concept_count != nullptr) ++*concept_count;
      for (size_t i = m.begin; i < m.end; ++i) in_concept[i] = true;
    }
    for (size_t i = 0; i < words.size(); ++i) {
      if (synonyms->IsStopword(words[i])) continue;
      // Query side: a word inside a concept phrase is represented by the concept only.
      if (concept_count != nullptr && in_concept[i]) continue;
      terms.push_back(stems[i]);
    }
    return terms;
  }

  // `spelling`: the words become known to the spelling corrector (not for paraphrases, which
  // spell words as patients mistype them: "mylema" must stay a word to correct).
  void IndexField(Xapian::Document* doc, const char* prefix, const std::string& text,
                  bool spelling = true) {
    std::vector<std::string> words = Tokenize(StripMarkers(text));
    for (const std::string& w : words) {
      if (spelling && w.size() >= 3 && AllLetters(w)) {
        db->add_spelling(w);
        if (building != nullptr) building->Add(w);
      }
    }
    for (const std::string& t : Terms(words, nullptr)) doc->add_term(prefix + t);
  }
};

SearchIndex::SearchIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SearchIndex::~SearchIndex() = default;

Result<std::unique_ptr<SearchIndex>> SearchIndex::Build(const KnowledgeBase& kb,
                                                        const SynonymTable& synonyms,
                                                        FieldWeights weights,
                                                        const SearchIndex* sibling) {
  const auto start = std::chrono::steady_clock::now();
  auto impl = std::make_unique<Impl>();
  impl->kb = &kb;
  impl->synonyms = &synonyms;
  impl->weights = weights;
  std::shared_ptr<WordSet> dictionary;
  if (sibling != nullptr) {
    impl->dictionary = sibling->impl_->dictionary;
  } else {
    dictionary = std::make_shared<WordSet>();
    impl->building = dictionary.get();
  }
  OG_ASSIGN_OR_RETURN(impl->dir, internal::IndexDir::Create());
  try {
    impl->db = std::make_unique<Xapian::WritableDatabase>(
        (impl->dir->path() / "db").string(),
        Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC);
    for (const std::string& w : synonyms.words()) {
      if (w.size() >= 3 && AllLetters(w)) {
        impl->db->add_spelling(w);
        if (dictionary) dictionary->Add(w);
      }
    }
    // Known everyday words are never corrected, but are not offered as corrections either: the
    // synonyms.yaml list, and the system English word list (Debian's wamerican) when installed,
    // so that a correctly spelled word the knowledge base does not use ("breast", "cars") is
    // never rewritten into one it does.
    if (dictionary) {
      for (const std::string& w : synonyms.known_words()) dictionary->Add(w);
      LoadWordList(kSystemWordList, dictionary.get());
    }
    for (size_t i = 0; i < kb.topics.size(); ++i) {
      const Topic& t = kb.topics[i];
      Xapian::Document doc;
      impl->IndexField(&doc, kPrefixes[0], t.title);
      std::string questions;
      for (const std::string& q : t.questions) questions += q + "\n";
      impl->IndexField(&doc, kPrefixes[1], questions);
      std::string paraphrases;
      for (const std::string& q : t.paraphrases) paraphrases += q + "\n";
      impl->IndexField(&doc, kPrefixes[1], paraphrases, /*spelling=*/false);
      std::string body;
      for (const Section& s : t.sections) {
        for (const Paragraph& p : s.paragraphs) body += p.text + "\n\n";
      }
      impl->IndexField(&doc, kPrefixes[2], body);
      doc.add_boolean_term(t.personal ? "XPyes" : "XPno");
      doc.set_data(std::to_string(i));
      impl->db->add_document(doc);
    }
    impl->db->commit();
  } catch (const Xapian::Error& e) {
    return Status::IoError(
        fmt::format("building the search index failed: {}", e.get_description()));
  }
  if (dictionary) {
    dictionary->Freeze();
    impl->building = nullptr;
    impl->dictionary = std::move(dictionary);
  }
  std::unique_ptr<SearchIndex> index(new SearchIndex(std::move(impl)));
  index->build_ms_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return index;
}

bool SearchIndex::Knows(std::string_view word) const { return impl_->dictionary->Contains(word); }

void SearchIndex::JoinSplitWords(std::vector<std::string>* words,
                                 std::vector<std::string>* corrections) const {
  std::vector<std::string>& w = *words;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    const std::string& a = w[i];
    const std::string& b = w[i + 1];
    if (!AllLetters(a) || !AllLetters(b)) continue;
    if (impl_->dictionary->Contains(a) && impl_->dictionary->Contains(b)) continue;
    std::string joined = a + b;
    if (joined.size() < 6 || !impl_->dictionary->Contains(joined)) continue;
    if (corrections != nullptr) corrections->push_back(a + " " + b + " -> " + joined);
    w[i] = std::move(joined);
    w.erase(w.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

AnalyzedQuery SearchIndex::Analyze(std::string_view question) const {
  AnalyzedQuery q;
  q.words = Tokenize(question);
  JoinSplitWords(&q.words, &q.corrections);
  for (std::string& w : q.words) {
    if (w.size() < 4 || !AllLetters(w) || impl_->synonyms->IsStopword(w)) continue;
    if (impl_->dictionary->Contains(w)) continue;
    std::string s = impl_->db->get_spelling_suggestion(w, w.size() < 6 ? 1 : 2);
    // Two edits that also change the first letter make another word, not a typo of this one
    // ("denver" is no "fever", "cruces" no "rules", "bairns" no "warns").
    if (!s.empty() && s != w && (s[0] == w[0] || w.size() < 6)) {
      q.corrections.push_back(w + " -> " + s);
      w = s;
    }
  }
  q.terms = impl_->Terms(q.words, &q.concept_count);
  std::sort(q.terms.begin(), q.terms.end());
  q.terms.erase(std::unique(q.terms.begin(), q.terms.end()), q.terms.end());
  return q;
}

SearchResult SearchIndex::Search(std::string_view question, size_t n, bool exclude_personal) const {
  SearchResult r;
  r.query = Analyze(question);
  if (r.query.terms.empty()) return r;
  const FieldWeights& w = impl_->weights;
  std::vector<Xapian::Query> parts;
  for (const std::string& t : r.query.terms) {
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(kPrefixes[0] + t), w.title);
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(kPrefixes[1] + t),
                       w.questions);
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(kPrefixes[2] + t), w.body);
  }
  Xapian::Query query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  if (exclude_personal) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query("XPno"));
  }
  Xapian::Enquire enquire(*impl_->db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(n));
  const double max_possible = mset.get_max_possible();
  // Coverage weighs each query term by its rarity across topics (inverse document frequency,
  // log(N / df)), counting only terms the knowledge base knows: a word no topic uses ("onc")
  // cannot support any topic, and a word most topics use ("today", "told") says little, so
  // neither may dilute a match on a rare, telling term such as a synonym-table concept.
  const double docs = static_cast<double>(impl_->db->get_doccount());
  std::map<std::string, double> idf;
  double known = 0;
  for (const std::string& t : r.query.terms) {
    Xapian::doccount df = 0;
    for (const char* prefix : kPrefixes) df = std::max(df, impl_->db->get_termfreq(prefix + t));
    if (df == 0) continue;
    idf[t] = std::log(docs / df) + 0.1;  // + 0.1: a term in every topic still counts a little
    known += idf[t];
  }
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    SearchHit hit;
    hit.topic = std::stoul(it.get_document().get_data());
    hit.score = it.get_weight();
    hit.relative = max_possible > 0 ? hit.score / max_possible : 0;
    std::set<std::string> matched;
    for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it);
         ++t) {
      // Only field terms count; the boolean filter term ("XPno") is not a query term.
      if ((*t).empty() || (*t)[0] == 'X') continue;
      matched.insert((*t).substr(1));
    }
    double got = 0;
    for (const std::string& m : matched) {
      if (auto f = idf.find(m); f != idf.end()) got += f->second;
    }
    hit.coverage = known == 0 ? 0 : got / known;
    r.hits.push_back(hit);
  }
  return r;
}

}  // namespace oncoguide::kb
