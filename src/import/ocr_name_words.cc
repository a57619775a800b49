// Test-name words that OCR garbled by one letter ("Calcitum" for "Calcium", "Hzemoglobin" for
// "Haemoglobin"): the words of known names one edit away, unless a word of a test oncoguide does
// not use is as near.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "european_words.h"
#include "oncoguide/common/text.h"
#include "test_name_words.h"

namespace oncoguide::import::internal::names {

namespace {

// Shorter words are too close to each other ("kappa", "kalium") for one edit to say which.
constexpr size_t kMinLength = 6;

bool Plain(std::string_view w) {
  return w.size() >= kMinLength &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Adds the plain words of a folded name ("lactate dehydrogenase") to `out`.
void AddWords(std::string_view name, std::unordered_set<std::string>* out) {
  const std::string folded = FoldLatin(name);
  std::string word;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const char c = i < folded.size() ? folded[i] : ' ';
    if (c >= 'a' && c <= 'z') {
      word.push_back(c);
      continue;
    }
    if (Plain(word)) out->insert(word);
    word.clear();
  }
}

struct Vocabulary {
  std::unordered_set<std::string> known;  // words of the names of tests oncoguide uses
  std::unordered_set<std::string> other;  // words only in names of tests it does not use
};

const Vocabulary& Words() {
  static const Vocabulary* v = [] {
    auto* out = new Vocabulary;
    for (int k = 0; k < records::kAnalyteCount; ++k) {
      for (std::string_view s : records::Synonyms(static_cast<records::Analyte>(k))) {
        AddWords(s, &out->known);
      }
    }
    for (const ExtraName& e : ExtraNames()) AddWords(e.name, &out->known);
    for (const european::TestWord& e : european::TestNames()) AddWords(e.name, &out->known);
    std::unordered_set<std::string> other;
    for (const auto& [name, reason] : IgnoredNames()) AddWords(name, &other);
    for (std::string_view w : european::OtherTestWords()) AddWords(w, &other);
    for (const std::string& w : other) {
      if (!out->known.contains(w)) out->other.insert(w);
    }
    return out;
  }();
  return *v;
}

}  // namespace

bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;  // equal, or one letter added at the end
  if (a.size() == b.size()) {
    // One letter changed, or two neighbours swapped ("Lamdba").
    if (a.substr(i + 1) == b.substr(i + 1)) return true;
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // one letter added
}

std::vector<std::string> NearOcrWords(std::string_view word) {
  if (!Plain(word)) return {};
  const Vocabulary& v = Words();
  if (v.known.contains(std::string(word)) || v.other.contains(std::string(word))) return {};
  for (const std::string& o : v.other) {
    if (WithinOneEdit(word, o)) return {};  // "Kalcium" could be either
  }
  std::vector<std::string> out;
  for (const std::string& k : v.known) {
    if (WithinOneEdit(word, k)) out.push_back(k);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::vector<std::string>> NearOcrNames(const std::vector<std::string>& words) {
  std::vector<std::vector<std::string>> out;
  for (size_t i = 0; i < words.size(); ++i) {
    for (std::string& near : NearOcrWords(words[i])) {
      out.push_back(words);
      out.back()[i] = std::move(near);
    }
  }
  return out;
}

namespace {

// "β2" as OCR reads it: "2" after one or two symbols that are not letters or digits ("£§2",
// "ß2", "§2"), never a word of its own ("82" or "a2").
bool OcrBeta2(std::string_view w) {
  if (w.size() < 3 || w.size() > 5 || w.back() != '2') return false;
  return std::all_of(w.begin(), w.end() - 1,
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// A word that says a light chain is free, in the reports' languages ("A libre": "λ libre").
bool FreeWord(std::string_view w) {
  for (std::string_view f : {"free", "libre", "libres", "livre", "livres", "libera", "libere",
                             "frei", "freie", "vrij", "vrije", "fri", "fria", "frie"}) {
    if (w == f) return true;
  }
  return false;
}

}  // namespace

std::string_view OcrLetterWord(std::string_view w, std::string_view before, std::string_view next) {
  // Only after a light-chain word or before a word that says the chain is free, or as a ratio.
  // Also after a word for "free" ("Chaînes légères libres λ" read as "... libres A").
  const bool after_chain = before == "flc" || before == "sflc" || FreeWord(before);
  // "λ FLC" read as "A FLC": the letter opens the name, the chain's title follows.
  const bool opens_flc = before.empty() && next == "flc";
  const bool chain = after_chain || opens_flc || FreeWord(next);
  if (chain && (w == "a" || w == "x")) return "lambda";
  if (after_chain && w == "\xC2\xAB") return "kappa";  // "FLC-κ" read as "FLC-«"
  if ((FreeWord(next) || FreeWord(before)) && w == "k") return "kappa";  // "κ libre", "libres κ"
  if (next == "mg" && OcrBeta2(w)) return "b2";  // "β2-MG" read as "£§2-MG" or "ß2-MG"
  if (w == "k/a" || w == "k/x" || w == "\xCE\xBA/a") return "k/l";
  return "";
}

}  // namespace oncoguide::import::internal::names
