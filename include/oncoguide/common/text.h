// Small ASCII text helpers shared by the readers and the engine. Lab records are matched
// case-insensitively on ASCII letters only: test names, units and coded words are ASCII, and
// other bytes (µ, UTF-8 in regimen names) are kept as they are.
#ifndef ONCOGUIDE_COMMON_TEXT_H_
#define ONCOGUIDE_COMMON_TEXT_H_

#include <string>
#include <string_view>

namespace oncoguide {

inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// A copy of `s` with ASCII letters in lower case.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// A copy of `s` with ASCII, basic Greek (U+0391..U+03A9) and Cyrillic (U+0400..U+042F) capitals
// in lower case and every byte offset kept (each letter and its lower case take as many UTF-8
// bytes), so that a position found in the copy is the same in `s`:
// LowerKeepingOffsets("Взяття: 14.02") == "взяття: 14.02".
std::string LowerKeepingOffsets(std::string_view s);

// A copy of `s` in lower case with the accents of Latin letters removed: ASCII letters are
// lowered, and the UTF-8 letters of Western European languages (U+00C0..U+00FF: "É", "ï", "ñ",
// "ç") become their base letter ("ß" becomes "ss"). For matching lab words written with or
// without accents: FoldLatin("Créatinine") == "creatinine". Latin Extended-A (U+0100..U+017F:
// "ł", "ř", "ő") folds the same way, and so does Greek (U+0386..U+03CE: capitals lowered,
// tonos and dialytika removed, final "ς" as "σ": FoldLatin("Κρεατινίνη") == "κρεατινινη"), and
// so does Cyrillic (U+0400..U+045F: capitals lowered, "ё" as "е": FoldLatin("Креатинин") ==
// "креатинин"). Vietnamese letters (Latin Extended Additional, U+1E00..U+1EFF, and "ơ", "ư")
// fold to their base letter: FoldLatin("Huyết sắc tố") == "huyet sac to". Other bytes (µ) are
// kept.
std::string FoldLatin(std::string_view s);

// The code point of the three-byte UTF-8 character at text[i] (U+0800..U+FFFF: CJK, kana,
// Hangul, Devanagari, ...), or 0 when no such character starts there.
//
//   ThreeByteCodePoint("a\u53d1", 1) == 0x53d1;  ThreeByteCodePoint("a\u53d1", 0) == 0
unsigned ThreeByteCodePoint(std::string_view text, size_t i);

// `s` without leading and trailing spaces and tabs.
// What the UTF-8 character at text[i] is for scripts written without spaces between words:
// kWord for a Chinese or Japanese ideograph or kana (U+3040..U+30FF, U+3400..U+4DBF,
// U+4E00..U+9FFF); kBreak for CJK and fullwidth punctuation ("\u3002", "\uFF0C"); kNone
// otherwise (Korean, written with spaces, too). Every such character is 3 bytes long.
//
//   CjkAt("\u53d1\u70e7", 0) == Cjk::kWord;  CjkAt("a\uff0c", 1) == Cjk::kBreak
enum class Cjk { kNone, kWord, kBreak };
Cjk CjkAt(std::string_view text, size_t i);

// True when `word` is not empty and made only of CjkAt() kWord characters ("\u8840\u5c0f\u677f").
bool IsCjkWord(std::string_view word);

inline std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Greedy word wrap of one paragraph to `width` columns, each line ending in '\n': the first line
// starts with `first_indent`, later lines with `indent`. Runs of white space become one space; a
// word longer than the width stands alone on its line. Empty text gives "".
std::string WrapText(std::string_view text, size_t width, std::string_view first_indent,
                     std::string_view indent);

// Appends the items as a list in prose: "a", "a and b", "a, b and c" (no serial comma); nothing
// for no items. `List` is any indexable list of string-like items (vector<string>, ...).
template <typename List>
void AppendJoinAnd(std::string& out, const List& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " and " : ", ";
    out += items[i];
  }
}

// "a", "a and b", "a, b and c"; "" for no items.
template <typename List>
std::string JoinAnd(const List& items) {
  std::string out;
  AppendJoinAnd(out, items);
  return out;
}

// True when a result's note marks it as a laboratory error that must not be used: it contains
// "spurious", "lab error" or "laboratory error" (ASCII case-insensitive), e.g. "Spurious: clotted
// sample", unless the words before it in the same clause point to another result or deny it
// ("repeat after lab error", "replaces the lab error of 3 May", "not spurious"): a repeat drawn
// because of an error is a good result. The one rule for the CSV `note` column and FHIR
// Observation.note.
//   MarksLabError("LAB ERROR, repeat ordered")  -> true
//   MarksLabError("repeat after lab error")     -> false
bool MarksLabError(std::string_view note);

}  // namespace oncoguide

#endif  // ONCOGUIDE_COMMON_TEXT_H_
