#include "oncoguide/kb/synonyms.h"

#include <fmt/format.h>
#include <xapian.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "model_cache.h"  // Fnv
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {

std::string StemWord(const std::string& word) {
  // One stemmer per thread: a Xapian::Stem keeps state while it stems, so the server's askers
  // (several threads) sharing one crashed under concurrent asks.
  thread_local const Xapian::Stem stem("english");
  return stem(word);
}

Result<SynonymTable> SynonymTable::Parse(const std::string& content, const std::string& file) {
  SynonymTable t;
  t.fingerprint_ = internal::Fnv(internal::kFnvStart, content.data(), content.size());
  std::map<std::string, size_t> seen;  // joined stems -> group
  std::set<std::string> words;
  try {
    YAML::Node root = YAML::Load(content);
    if (!root.IsMap() || !root["groups"] || !root["groups"].IsSequence()) {
      return Status::Invalid("synonym file needs a 'groups:' list",
                             "see include/oncoguide/kb/synonyms.h for the format", {file, 1, ""});
    }
    for (const YAML::Node& g : root["groups"]) {
      const int line = g.Mark().line + 1;
      if (!g.IsSequence() || g.size() < 2) {
        return Status::Invalid("a synonym group must list at least two phrases",
                               "write - [phrase, other phrase]", {file, line, ""});
      }
      const size_t group = t.concepts_.size();
      for (size_t k = 0; k < g.size(); ++k) {
        const YAML::Node p = g[k];
        std::vector<std::string> toks = Tokenize(p.as<std::string>());
        if (toks.empty()) {
          return Status::Invalid("empty phrase in synonym group", "remove it", {file, line, ""});
        }
        Phrase phrase{{}, group};
        std::string key;
        for (const std::string& w : toks) {
          words.insert(w);
          phrase.stems.push_back(StemWord(w));
          key += (key.empty() ? "" : "_") + phrase.stems.back();
        }
        if (k == 0) t.concepts_.push_back(key);
        auto [it, inserted] = seen.emplace(key, group);
        if (!inserted && it->second != group) {
          return Status::Invalid(
              fmt::format("phrase '{}' is in two synonym groups", p.as<std::string>()),
              "merge the groups or remove one of the phrases", {file, line, ""});
        }
        if (inserted) t.by_first_stem_[phrase.stems[0]].push_back(std::move(phrase));
      }
    }
    if (root["stopwords"]) {
      for (const YAML::Node& w : root["stopwords"]) t.stopwords_.insert(w.as<std::string>());
    }
    if (root["known_words"]) {
      for (const YAML::Node& w : root["known_words"]) {
        for (const std::string& tok : Tokenize(w.as<std::string>())) t.known_words_.push_back(tok);
      }
    }
  } catch (const YAML::Exception& e) {
    return Status::Invalid(fmt::format("YAML error: {}", e.msg), "check the list syntax",
                           {file, e.mark.line + 1, ""});
  }
  t.words_.assign(words.begin(), words.end());
  return t;
}

Result<SynonymTable> SynonymTable::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    return Status::NotFound(fmt::format("cannot read synonym table '{}'", path),
                            "the knowledge base needs synonyms.yaml");
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

std::vector<ConceptMatch> SynonymTable::Match(const std::vector<std::string>& stems) const {
  std::vector<ConceptMatch> out;
  size_t i = 0;
  while (i < stems.size()) {
    size_t best_len = 0;
    size_t best_group = 0;
    auto it = by_first_stem_.find(stems[i]);
    if (it != by_first_stem_.end()) {
      for (const Phrase& p : it->second) {
        if (p.stems.size() <= best_len || i + p.stems.size() > stems.size()) continue;
        if (std::equal(p.stems.begin(), p.stems.end(), stems.begin() + i)) {
          best_len = p.stems.size();
          best_group = p.group;
        }
      }
    }
    if (best_len > 0) {
      out.push_back({i, i + best_len, best_group});
      i += best_len;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace oncoguide::kb
