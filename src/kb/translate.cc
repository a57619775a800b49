#include "oncoguide/kb/translate.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>

#include "oncoguide/common/file.h"
#include "oncoguide/common/text.h"
#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

// Folded Tokenize() words, with apostrophes as spaces (French "l'autogreffe", "qu'est-ce") and
// Spanish opening marks and quotation marks dropped ("¿cada", "«IgG»"): both join words here.
std::vector<std::string> FoldedWords(std::string_view text) {
  std::string s(text);
  for (std::string_view mark :
       {"'", "\xE2\x80\x99", "\xC2\xBF", "\xC2\xA1", "\xC2\xAB", "\xC2\xBB"}) {
    for (size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at)) {
      s.replace(at, mark.size(), " ");
    }
  }
  std::vector<std::string> out;
  for (const std::string& w : Tokenize(s)) out.push_back(FoldLatin(w));
  return out;
}

Status Invalid(std::string cause, std::string hint, const std::string& file, int line) {
  return Status::Invalid(std::move(cause), std::move(hint), {file, line, ""});
}

}  // namespace

Result<Translator> Translator::Parse(const std::string& content, const std::string& file) {
  Translator t;
  std::unordered_set<std::string> english;  // every word of an English phrase
  std::map<std::string, std::string> seen;  // folded foreign phrase -> its English
  try {
    const YAML::Node root = YAML::Load(content);
    if (!root.IsMap() || !root["phrases"] || !root["phrases"].IsSequence()) {
      return Invalid("translation file needs a 'phrases:' list",
                     "see include/oncoguide/kb/translate.h for the format", file, 1);
    }
    for (const char* list : {"markers", "stopwords"}) {
      if (!root[list]) continue;
      for (const YAML::Node& w : root[list]) {
        for (const std::string& f : FoldedWords(w.as<std::string>())) {
          (std::string_view(list) == "markers" ? t.markers_ : t.stopwords_).insert(f);
        }
      }
    }
    if (root["fillers"]) {
      for (const YAML::Node& w : root["fillers"]) {
        for (const std::string& f : FoldedWords(w.as<std::string>())) t.fillers_.insert(f);
      }
    }
    for (const YAML::Node& p : root["phrases"]) {
      const int line = p.Mark().line + 1;
      if (!p.IsSequence() || p.size() < 2) {
        return Invalid("a phrase line needs the English and at least one other phrase",
                       "write - [english, otra, autre]", file, line);
      }
      const std::string en = p[0].as<std::string>();
      for (const std::string& w : FoldedWords(en)) english.insert(w);
      for (size_t k = 1; k < p.size(); ++k) {
        Phrase phrase{FoldedWords(p[k].as<std::string>()), en, false};
        if (phrase.words.empty()) return Invalid("empty phrase", "remove it", file, line);
        const size_t written = phrase.words.size();
        std::erase_if(phrase.words, [&](const std::string& x) { return t.fillers_.contains(x); });
        if (phrase.words.empty()) continue;  // fillers only ("einfach")
        // A phrase that is one stopword or marker once its fillers are gone would read every
        // such word: Vietnamese "lo lắng" (worried) without Tagalog's filler "lang" read
        // Spanish "lo" as "worried".
        if (phrase.words.size() == 1 && written > 1 &&
            (t.stopwords_.contains(phrase.words[0]) || t.markers_.contains(phrase.words[0]))) {
          return Invalid(fmt::format("'{}' is the one word '{}' once its filler words are dropped",
                                     p[k].as<std::string>(), phrase.words[0]),
                         "remove it, or write it with a word that carries its meaning", file, line);
        }
        std::string key = fmt::format("{}", fmt::join(phrase.words, " "));
        if (auto [it, fresh] = seen.emplace(key, en); !fresh && it->second != en) {
          return Invalid(fmt::format("'{}' is listed under '{}' and '{}'", key, it->second, en),
                         "keep it under one English phrase", file, line);
        }
        t.by_first_word_[phrase.words[0]].push_back(std::move(phrase));
      }
    }
  } catch (const YAML::Exception& e) {
    return Invalid(fmt::format("YAML error: {}", e.msg), "check the list syntax", file,
                   e.mark.line + 1);
  }
  for (auto& [first, phrases] : t.by_first_word_) {
    for (Phrase& p : phrases) {
      const auto foreign_word = [&](const std::string& x) { return !english.contains(x); };
      p.foreign_words =
          static_cast<int>(std::count_if(p.words.begin(), p.words.end(), foreign_word));
      p.foreign = p.foreign_words > 0;
    }
  }
  for (const auto* list : {&t.markers_, &t.fillers_}) {
    for (const std::string& m : *list) {
      if (english.contains(m)) {
        return Invalid(fmt::format("{} '{}' is an English word of this file",
                                   list == &t.markers_ ? "marker" : "filler", m),
                       "it must never occur in an English question; remove it", file, 1);
      }
    }
  }
  return t;
}

Result<Translator> Translator::Load(const std::string& path) {
  Result<std::string> content = ReadFile(path);
  if (!content.ok()) {
    return Status::NotFound(fmt::format("cannot read translation table '{}'", path),
                            "the knowledge base needs translations.yaml");
  }
  return Parse(*content, path);
}

std::vector<const Translator::Phrase*> Translator::Segment(
    const std::vector<std::string>& w) const {
  const size_t n = w.size();
  // cover[i]: the most words of w[i..] that are read, in phrases or as words that carry no
  // meaning (stopwords, markers); chosen[i]: the phrase read at i.
  std::vector<size_t> cover(n + 1, 0);
  std::vector<const Phrase*> chosen(n, nullptr);
  for (size_t i = n; i-- > 0;) {
    cover[i] = cover[i + 1] + (stopwords_.contains(w[i]) || markers_.contains(w[i]) ? 1 : 0);
    const auto it = by_first_word_.find(w[i]);
    if (it == by_first_word_.end()) continue;
    for (const Phrase& p : it->second) {
      const size_t len = p.words.size();
      if (i + len > n || !std::equal(p.words.begin(), p.words.end(), w.begin() + i)) continue;
      const size_t c = len + cover[i + len];
      if (c > cover[i] ||
          (c == cover[i] && (chosen[i] == nullptr || len > chosen[i]->words.size()))) {
        cover[i] = c;
        chosen[i] = &p;
      }
    }
  }
  // Only the phrases on the chosen path are read: one chosen at a word another covers is not.
  std::vector<const Phrase*> path(n, nullptr);
  for (size_t i = 0; i < n;) {
    path[i] = chosen[i];
    i += chosen[i] != nullptr ? chosen[i]->words.size() : 1;
  }
  return path;
}

std::optional<std::string> Translator::ToEnglish(std::string_view question,
                                                 const std::function<bool(std::string_view)>& known,
                                                 size_t* dropped) const {
  if (dropped != nullptr) *dropped = 0;
  std::vector<std::string> w = FoldedWords(question);
  std::erase_if(w, [&](const std::string& x) { return fillers_.contains(x); });
  // One pass reads the words and gathers the evidence of another language: a Chinese or Japanese
  // character, marker words, and phrases with a word that is no English word of this file.
  bool cjk = false;
  std::unordered_set<const Phrase*> foreign_phrases;
  std::unordered_set<std::string_view> markers;
  struct Part {
    std::string_view text;
    bool sure;  // a translation or a number; any other word is kept only if the guide knows it
  };
  std::vector<Part> parts;
  size_t translated = 0;
  const std::vector<const Phrase*> read = Segment(w);
  for (size_t i = 0; i < w.size();) {
    cjk = cjk || IsCjkWord(w[i]);
    if (const Phrase* p = read[i]) {
      if (p->foreign) foreign_phrases.insert(p);
      ++translated;
      parts.push_back({p->english, true});
      i += p->words.size();
      continue;
    }
    // Spanish and Italian "del" (of the) is no deletion ("Sótero del Río" had read as del(17p),
    // high risk) unless a chromosome arm follows it ("del 17p").
    const bool preposition =
        w[i] == "del" && !(i + 1 < w.size() && !w[i + 1].empty() &&
                           std::isdigit(static_cast<unsigned char>(w[i + 1][0])) != 0);
    if (markers_.contains(w[i])) {
      markers.insert(w[i]);
    } else if (!preposition && !stopwords_.contains(w[i]) && !IsCjkWord(w[i])) {
      parts.push_back({w[i], w[i].find_first_of("0123456789") != std::string::npos});
    }
    ++i;
  }
  // A phrase with two or more words that are no English word ("je veux mourir", "ich will
  // nicht mehr leben") is evidence enough by itself.
  size_t evidence = markers.size();
  for (const Phrase* p : foreign_phrases) evidence += p->foreign_words >= 2 ? 2 : 1;
  if (!cjk && evidence < 2) return std::nullopt;
  // Nothing the table knows ("quel temps fera-t-il à Paris demain"): read as typed, as before.
  if (translated == 0) return std::nullopt;
  // Kept: a word the guide knows (a drug's name, an English word); not a word of the other
  // language that the spelling corrector would turn into an unrelated English one.
  std::vector<std::string_view> out;
  for (const Part& part : parts) {
    if (part.sure || known(part.text)) {
      out.push_back(part.text);
    } else if (dropped != nullptr) {
      ++*dropped;
    }
  }
  return fmt::format("{}", fmt::join(out, " "));
}

}  // namespace oncoguide::kb
