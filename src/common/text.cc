#include "oncoguide/common/text.h"

#include <algorithm>
#include <utility>

namespace oncoguide {

namespace {

// True when the words just before `pos` in its clause (after the last , ; : . or start) point to
// another result or deny the error: "repeat after lab error", "not spurious".
bool RefersElsewhere(std::string_view lower, size_t pos) {
  const size_t clause = lower.find_last_of(",;:.(", pos == 0 ? 0 : pos - 1);
  std::string_view before = lower.substr(0, pos);
  if (clause != std::string_view::npos && clause < pos) before = before.substr(clause + 1);
  static constexpr std::string_view kWords[] = {"after",    "following",  "previous", "prior",
                                                "earlier",  "because",    "replaces", "replacing",
                                                "corrects", "correcting", "repeat",   "repeated",
                                                "redraw",   "redrawn",    "not",      "no"};
  size_t start = 0;
  while (start < before.size()) {
    const size_t end = std::min(before.find(' ', start), before.size());
    const std::string_view word = before.substr(start, end - start);
    for (std::string_view w : kWords) {
      if (word == w) return true;
    }
    start = end + 1;
  }
  return false;
}

}  // namespace

bool MarksLabError(std::string_view note) {
  const std::string lower = AsciiLower(note);
  for (std::string_view phrase : {"spurious", "laboratory error", "lab error"}) {
    for (size_t pos = lower.find(phrase); pos != std::string::npos;
         pos = lower.find(phrase, pos + 1)) {
      if (!RefersElsewhere(lower, pos)) return true;
    }
  }
  return false;
}

namespace {

// A Greek letter (U+0386..U+03CE) lowered, without its tonos or dialytika; "ς" as "σ". Other
// code points unchanged.
char32_t FoldGreek(char32_t cp) {
  // Accented letters and the final sigma: (letter, plain lower-case letter).
  static constexpr std::pair<char32_t, char32_t> kPlain[] = {
      {U'\u0386', U'\u03B1'}, {U'\u03AC', U'\u03B1'},  // Ά ά
      {U'\u0388', U'\u03B5'}, {U'\u03AD', U'\u03B5'},  // Έ έ
      {U'\u0389', U'\u03B7'}, {U'\u03AE', U'\u03B7'},  // Ή ή
      {U'\u038A', U'\u03B9'}, {U'\u03AF', U'\u03B9'}, {U'\u0390', U'\u03B9'},
      {U'\u03AA', U'\u03B9'}, {U'\u03CA', U'\u03B9'},  // Ί ί ΐ Ϊ ϊ
      {U'\u038C', U'\u03BF'}, {U'\u03CC', U'\u03BF'},  // Ό ό
      {U'\u038E', U'\u03C5'}, {U'\u03CD', U'\u03C5'}, {U'\u03B0', U'\u03C5'},
      {U'\u03AB', U'\u03C5'}, {U'\u03CB', U'\u03C5'},  // Ύ ύ ΰ Ϋ ϋ
      {U'\u038F', U'\u03C9'}, {U'\u03CE', U'\u03C9'},  // Ώ ώ
      {U'\u03C2', U'\u03C3'},                          // ς
  };
  for (const auto& [accented, plain] : kPlain) {
    if (cp == accented) return plain;
  }
  if (cp >= U'\u0391' && cp <= U'\u03A9') return cp + 0x20;  // capitals
  return cp;
}

// A Cyrillic letter (U+0400..U+045F) lowered, "ё" as "е" (reports write either). Other code
// points unchanged.
char32_t FoldCyrillic(char32_t cp) {
  if (cp >= U'\u0410' && cp <= U'\u042F') cp += 0x20;  // А..Я
  if (cp >= U'\u0400' && cp <= U'\u040F') cp += 0x50;  // Ѐ..Џ (Ё, Ђ, Є, І, ...)
  if (cp == U'\u0451') cp = U'\u0435';                 // ё
  // Ukrainian letters as the Russian ones their words share ("Креатинін", "Кальцій", "Референтні"
  // read as "креатинин", "кальций", "референтни").
  if (cp == U'\u0456' || cp == U'\u0457') cp = U'\u0438';  // і, ї
  if (cp == U'\u0454') cp = U'\u0435';                     // є
  return cp;
}

}  // namespace

std::string LowerKeepingOffsets(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(out[k]); };
    if (b(i) < 0x80) {
      out[i] = AsciiLower(out[i]);
      continue;
    }
    if (i + 1 >= out.size()) break;
    const unsigned code = ((b(i) & 0x1Fu) << 6) | (b(i + 1) & 0x3Fu);
    unsigned lower = code;
    if (b(i) >= 0xC0 && b(i) < 0xE0) {
      if (code >= 0x0391 && code <= 0x03A9 && code != 0x03A2) lower = code + 0x20;  // Greek
      if (code >= 0x0410 && code <= 0x042F) lower = code + 0x20;                    // Cyrillic
      if (code >= 0x0400 && code <= 0x040F) lower = code + 0x50;  // Ѐ..Џ (Є, І, Ї)
    }
    if (lower != code) {
      out[i] = static_cast<char>(0xC0 | (lower >> 6));
      out[i + 1] = static_cast<char>(0x80 | (lower & 0x3F));
    }
    ++i;
    while (i + 1 < out.size() && (b(i + 1) & 0xC0) == 0x80) ++i;  // rest of a longer sequence
  }
  return out;
}

std::string FoldLatin(std::string_view s) {
  // Base letters of U+00C0..U+00FF in order ('\0': no letter: x and / signs, kept as they are).
  static constexpr char kBase[] =
      "aaaaaaaceeeeiiii"    // C0-CF
      "dnooooo\0ouuuuyts"   // D0-DF (D7 multiplication sign; DE thorn; DF sharp s)
      "aaaaaaaceeeeiiii"    // E0-EF
      "dnooooo\0ouuuuyty";  // F0-FF (F7 division sign; FE thorn)
  // Base letters of Latin Extended-A, U+0100..U+017F (Polish, Czech, Hungarian...: "ł", "ř").
  static constexpr char kExtendedA[] =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
      "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static_assert(sizeof(kExtendedA) == 129);
  // Base letters of Latin Extended Additional, U+1E00..U+1EFF (Vietnamese "ế", "ố", "ự"; Welsh
  // "ẁ"), '?' where there is none.
  static constexpr char kExtendedAdditional[] =
      "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
      "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
      "wwwwwwwwwwxxxxyyzzzzzzhtwy??????aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
      "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????";
  static_assert(sizeof(kExtendedAdditional) == 257);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    // Greek (lead bytes CE, CF) and Cyrillic (D0, D1) letters: two bytes in, two bytes out.
    char32_t (*fold)(char32_t) = c == 0xCE || c == 0xCF   ? FoldGreek
                                 : c == 0xD0 || c == 0xD1 ? FoldCyrillic
                                                          : nullptr;
    if (fold != nullptr && i + 1 < s.size()) {
      const unsigned char n = static_cast<unsigned char>(s[i + 1]);
      if (n >= 0x80 && n <= 0xBF) {
        const char32_t folded = fold(static_cast<char32_t>(((c & 0x1F) << 6) | (n & 0x3F)));
        out.push_back(static_cast<char>(0xC0 | (folded >> 6)));
        out.push_back(static_cast<char>(0x80 | (folded & 0x3F)));
        ++i;
        continue;
      }
    }
    if ((c == 0xC4 || c == 0xC5) && i + 1 < s.size()) {
      const unsigned char n = static_cast<unsigned char>(s[i + 1]);
      if (n >= 0x80 && n <= 0xBF) {
        out.push_back(kExtendedA[(c - 0xC4) * 64 + (n - 0x80)]);
        ++i;
        continue;
      }
    }
    // Vietnamese "ơ", "ư" and their capitals (U+01A0, U+01A1, U+01AF, U+01B0); Azerbaijani "Ə"
    // (U+018F) and "ə" (U+0259) as "e".
    if (c == 0xC6 && i + 1 < s.size()) {
      const unsigned char n = static_cast<unsigned char>(s[i + 1]);
      if (n == 0xA0 || n == 0xA1 || n == 0xAF || n == 0xB0 || n == 0x8F) {
        out.push_back(n == 0x8F ? 'e' : n <= 0xA1 ? 'o' : 'u');
        ++i;
        continue;
      }
    }
    if (c == 0xC9 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x99) {
      out.push_back('e');
      ++i;
      continue;
    }
    if (c == 0xE1 && i + 2 < s.size()) {
      const unsigned char n = static_cast<unsigned char>(s[i + 1]);
      const unsigned char m = static_cast<unsigned char>(s[i + 2]);
      if (n >= 0xB8 && n <= 0xBB && m >= 0x80 && m <= 0xBF) {
        const char base = kExtendedAdditional[(n - 0xB8) * 64 + (m - 0x80)];
        if (base != '?') {
          out.push_back(base);
          i += 2;
          continue;
        }
      }
    }
    if (c == 0xC3 && i + 1 < s.size()) {
      const unsigned char n = static_cast<unsigned char>(s[i + 1]);
      if (n >= 0x80 && n <= 0xBF && kBase[n - 0x80] != '\0') {
        if (n == 0x9F) {
          out += "ss";
        } else {
          out.push_back(kBase[n - 0x80]);
        }
        ++i;
        continue;
      }
    }
    out.push_back(AsciiLower(static_cast<char>(c)));
  }
  return out;
}

std::string WrapText(std::string_view text, size_t width, std::string_view first_indent,
                     std::string_view indent) {
  std::string out;
  std::string line(first_indent);
  size_t line_indent = first_indent.size();
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = text.find_first_not_of(" \t\n\r", pos);
    if (start == std::string_view::npos) break;
    size_t end = text.find_first_of(" \t\n\r", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    pos = end;
    const bool has_words = line.size() > line_indent;
    if (has_words && line.size() + 1 + word.size() > width) {
      out += line;
      out += '\n';
      line.assign(indent);
      line_indent = indent.size();
    } else if (has_words) {
      line += ' ';
    }
    line += word;
  }
  if (line.size() > line_indent) {
    out += line;
    out += '\n';
  }
  return out;
}

unsigned ThreeByteCodePoint(std::string_view text, size_t i) {
  if (i + 2 >= text.size()) return 0;
  const auto c = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  // A lead byte 1110xxxx and two continuation bytes 10xxxxxx, not a broken sequence.
  if ((c & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  return ((c & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
}

Cjk CjkAt(std::string_view text, size_t i) {
  const unsigned cp = ThreeByteCodePoint(text, i);
  if (cp == 0) return Cjk::kNone;
  if (cp == 0x3005 || cp == 0x3007) return Cjk::kWord;  // the repetition mark and zero: 前々回
  if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
      (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF5B && cp <= 0xFF65)) {
    return Cjk::kBreak;
  }
  if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x4E00 && cp <= 0x9FFF)) {
    return Cjk::kWord;
  }
  return Cjk::kNone;
}

bool IsCjkWord(std::string_view word) {
  if (word.empty()) return false;
  for (size_t i = 0; i < word.size(); i += 3) {
    if (CjkAt(word, i) != Cjk::kWord) return false;
  }
  return true;
}

}  // namespace oncoguide
