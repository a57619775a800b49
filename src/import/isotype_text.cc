// The isotype named in immunofixation wording: a heavy chain and a light chain in Latin,
// Cyrillic or Greek letters, or the light chain's initial after the heavy chain ("IgG-K").
// Declared in oncoguide/import/lab_text.h.
#include <fmt/format.h>

#include <cctype>
#include <string>
#include <string_view>
#include <utility>

#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"

namespace oncoguide::import {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True at the end of `s`, or before a character that does not continue a word or number (a
// heavy chain's name ends there: "igg kappa", "igg-", not "iggy"); "t" may start a time.
bool WordEndsAt(std::string_view s, size_t i) {
  return i >= s.size() || !(IsAlpha(s[i]) || (s[i] >= '0' && s[i] <= '9')) || s[i] == 't';
}

}  // namespace

std::string IsotypeIn(std::string_view text) {
  // Folded (lower case, no accents), with the light chains in Russian ("IgA каппа", "IgG-лямбда"),
  // Serbian ("IgA капа"), Estonian ("IgG kapa") and Greek ("IgA-λάμδα") read as their Latin names.
  std::string t = FoldLatin(text);
  for (const auto& [cyrillic, latin] :
       {std::pair<std::string_view, std::string_view>{"\xD0\xBA\xD0\xB0\xD0\xBF\xD0\xBF\xD0\xB0",
                                                      "kappa"},
        {"\xD0\xBB\xD1\x8F\xD0\xBC\xD0\xB1\xD0\xB4\xD0\xB0", "lambda"},
        {"καππα", "kappa"},
        {"λαμδα", "lambda"},
        {"λαμβδα", "lambda"},
        // sr, bg "капа", "ламбда"; et, hr, sl "kapa" (never inside "kappa")
        {"капа", "kappa"},
        {"ламбда", "lambda"},
        {"kapa", "kappa"}}) {
    for (size_t at = t.find(cyrillic); at != std::string::npos; at = t.find(cyrillic, at)) {
      t.replace(at, cyrillic.size(), latin);
    }
  }
  // pt "capa" (IgG capa), a word of its own (not "capacidade").
  for (size_t at = t.find("capa"); at != std::string::npos; at = t.find("capa", at + 1)) {
    const bool alone =
        (at == 0 || !IsAlpha(t[at - 1])) && (at + 4 >= t.size() || !IsAlpha(t[at + 4]));
    if (alone) t.replace(at, 4, "kappa");
  }
  std::string heavy;
  size_t heavy_end = std::string::npos;
  // "lgA": OCR reads the capital I of "IgA" as a lower-case l.
  for (std::string_view h :
       {"igg", "iga", "igm", "igd", "ige", "lgg", "lga", "lgm", "lgd", "lge"}) {
    const size_t at = t.find(h);
    // "IgAlambda": OCR may drop the space before the light chain.
    const bool joined = at != std::string::npos &&
                        (t.compare(at + 3, 5, "kappa") == 0 || t.compare(at + 3, 6, "lambda") == 0);
    if (at != std::string::npos && (WordEndsAt(t, at + 3) || joined) &&
        (at == 0 || !IsAlpha(t[at - 1]))) {
      heavy = fmt::format("Ig{}", static_cast<char>(std::toupper(h[2])));
      heavy_end = at + 3;
      break;
    }
  }
  // The light chain, in Latin letters or as the Greek letter after a heavy chain ("IgG-κ").
  // The letter standing alone ("IgA λ"), not inside a Greek word ("μονοκλωνική IgA λ").
  const auto greek_after_heavy = [&](std::string_view letter) {
    if (heavy.empty()) return false;
    for (size_t at = t.find(letter, heavy_end); at != std::string::npos;
         at = t.find(letter, at + 1)) {
      const size_t end = at + letter.size();
      const bool alone_after = end == t.size() || (t[end] != '\xCE' && t[end] != '\xCF');
      if (alone_after && (t[at - 1] == '-' || t[at - 1] == ' ' || IsAlpha(t[at - 1]))) {
        return true;
      }
    }
    return false;
  };
  // The light chain's initial or first three letters right after the heavy chain ("IgG-K",
  // "IgA/L", "IgG K", "IgG-Lam"), standing alone.
  const auto initial_after_heavy = [&](std::string_view abbrev) {
    if (heavy_end == std::string::npos || heavy_end + 1 >= t.size()) return false;
    const char sep = t[heavy_end];
    const size_t end = heavy_end + 1 + abbrev.size();
    return (sep == '-' || sep == '/' || sep == ' ') &&
           t.compare(heavy_end + 1, abbrev.size(), abbrev) == 0 &&
           (end >= t.size() || !IsAlpha(t[end]));
  };
  const bool kappa = t.find("kappa") != std::string::npos || greek_after_heavy("\xCE\xBA") ||
                     initial_after_heavy("k") || initial_after_heavy("kap");
  const bool lambda = t.find("lambda") != std::string::npos || greek_after_heavy("\xCE\xBB") ||
                      initial_after_heavy("l") || initial_after_heavy("lam");
  std::string light;
  if (kappa) light = "kappa";
  if (lambda) light = light.empty() ? "lambda" : "";  // both named: no isotype
  // Both named, one right after the heavy chain ("IgA lambda, serum free lambda 612 mg/L with
  // free kappa 9.1 mg/L"): that one is the isotype's.
  if (kappa && lambda && heavy_end != std::string::npos) {
    const size_t next = t.find_first_not_of(" -", heavy_end);
    if (next != std::string::npos && t.compare(next, 5, "kappa") == 0) light = "kappa";
    if (next != std::string::npos && t.compare(next, 6, "lambda") == 0) light = "lambda";
  }
  if (heavy.empty()) return light;
  return light.empty() ? heavy : heavy + " " + light;
}

}  // namespace oncoguide::import
