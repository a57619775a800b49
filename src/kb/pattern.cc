#include "oncoguide/kb/pattern.h"

#include <fmt/format.h>

#include <algorithm>

#include "oncoguide/kb/text.h"

namespace oncoguide::kb {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace

Result<Pattern> Pattern::Parse(std::string_view text) {
  Pattern p;
  p.text_ = std::string(Trim(text));
  bool any_positive = false;
  for (std::string_view slot_text : Split(p.text_, ' ')) {
    if (slot_text.empty()) continue;
    Slot slot;
    if (slot_text.front() == '!') {
      slot.veto = true;
      slot_text.remove_prefix(1);
    }
    for (std::string_view alt : Split(slot_text, '|')) {
      Phrase phrase;
      for (std::string_view w : Split(alt, '_')) {
        Word word;
        if (!w.empty() && w.back() == '*') {
          word.prefix = true;
          w.remove_suffix(1);
        }
        std::vector<std::string> toks = Tokenize(w);
        if (toks.size() != 1 || toks[0] != w) {
          return Status::Invalid(fmt::format("bad word '{}' in pattern '{}'", w, p.text_),
                                 "use lower-case letters and digits; join phrase words with '_'");
        }
        word.text = std::move(toks[0]);
        phrase.push_back(std::move(word));
      }
      slot.alternatives.push_back(std::move(phrase));
    }
    any_positive = any_positive || !slot.veto;
    p.slots_.push_back(std::move(slot));
  }
  if (!any_positive) {
    return Status::Invalid(fmt::format("pattern '{}' has no word that must occur", p.text_),
                           "add at least one slot without '!'");
  }
  return p;
}

bool Pattern::PhraseAt(const Phrase& p, const std::vector<std::string>& words, size_t at) {
  if (at + p.size() > words.size()) return false;
  for (size_t i = 0; i < p.size(); ++i) {
    const std::string& w = words[at + i];
    if (p[i].prefix ? !w.starts_with(p[i].text) : w != p[i].text) return false;
  }
  return true;
}

bool Pattern::SlotOccurs(const Slot& s, const std::vector<std::string>& words) {
  for (const Phrase& p : s.alternatives) {
    for (size_t at = 0; at < words.size(); ++at) {
      if (PhraseAt(p, words, at)) return true;
    }
  }
  return false;
}

bool Pattern::Matches(const std::vector<std::string>& words) const {
  for (const Slot& s : slots_) {
    if (SlotOccurs(s, words) == s.veto) return false;
  }
  return true;
}

bool Pattern::MatchesEither(const std::vector<std::string>& words,
                            const std::vector<std::string>& alt) const {
  if (!Matches(words) && !Matches(alt)) return false;
  return std::none_of(slots_.begin(), slots_.end(), [&](const Slot& s) {
    return s.veto && (SlotOccurs(s, words) || SlotOccurs(s, alt));
  });
}

}  // namespace oncoguide::kb
