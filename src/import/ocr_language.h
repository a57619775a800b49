// Which language a scanned page is written in, so that it can be read with that language's OCR
// model as well as English's.
//
// Tesseract reads a page with the models it is given. The English model alone drops or
// misreads the letters of other languages ("Výsledek", "Łańcuchy lekkie", "Κρεατινίνη"), and
// with them the labels the importer looks for: on the Czech, Polish and Greek cumulative
// reports of the blind16 corpus it read 29%, 41% and 0% of the values; with "ces+eng",
// "pol+eng" and "ell+eng", 68%, 91% and 33%. Giving tesseract every model at once is twice as
// slow and no better, so the page's language is guessed first: from the script the orientation
// detector reports (Greek), or from the words the English model reads in the top of the page
// (a report's header: "Datum", "Befund", "Wynik", "Prélèvement").
//
// Example:
//   GuessLanguage(words of "Befund vom 12.03.2024 / Untersuchung / Ergebnis / Einheit")
//       == "deu"
//   GuessLanguage(words of "Specimen collected / Result / Units / Reference range") == ""
#ifndef ONCOGUIDE_SRC_IMPORT_OCR_LANGUAGE_H_
#define ONCOGUIDE_SRC_IMPORT_OCR_LANGUAGE_H_

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "oncoguide/import/document.h"

namespace oncoguide::import::internal {

// The tesseract code ("deu", "fra", "ces", ...) of the language most of `words` belong to,
// read by the English model; "" when the words are English or too few to tell. A language
// needs at least kMinLanguageCues words of its own, and more than English has.
std::string_view GuessLanguage(std::span<const Word> words);
inline constexpr int kMinLanguageCues = 3;

// The tesseract code for a script named by tesseract's orientation and script detector
// ("Greek" -> "ell", "Cyrillic" -> "rus", "Japanese" -> "jpn", "Hangul" -> "kor", "Han" ->
// "chi_sim+chi_tra"), or "" for Latin and scripts without a model here.
std::string_view LanguageForScript(std::string_view script);

// The tesseract models for a page whose top, read by the Chinese, Japanese and Korean models
// together, holds kMinCjkCharacters or more of their characters: "kor" when half of them are
// Hangul, "jpn" when kana are a fifth of the Han characters or more, else "chi_sim+chi_tra"
// (simplified or traditional Chinese, not told apart this way); "" when fewer.
//
//   CjkLanguage(words of "大阪 総合医療センター 臨床検査部") == "jpn"
std::string_view CjkLanguage(std::span<const Word> words);
inline constexpr int kMinCjkCharacters = 12;

// The language of a Cyrillic page from the words the Russian model read in its top: "ukr" when
// Ukrainian's cue words outnumber Russian's, else "rus".
std::string_view CyrillicLanguage(std::span<const Word> words);

// The mean confidence of `words`, each weighted by its length (0 when none): a model reading a
// script it was not made for finds short, unsure words.
double MeanConfidence(std::span<const Word> words);

// Greek or Cyrillic, for a page whose script the detector named as one of them (capital Greek
// and Cyrillic letters look alike: a Greek hospital's header in capitals was taken for
// Cyrillic and read with the Russian model): "ell" when the Greek model reads the top of the
// page with more confidence than the Russian one (`greek`, `russian`: the words each read),
// else CyrillicLanguage(russian).
//
//   GreekOrCyrillic(words read by "ell", words read by "rus");  // "ell", "rus" or "ukr"
std::string_view GreekOrCyrillic(std::span<const Word> greek, std::span<const Word> russian);

// `word` with each micro sign (U+00B5) beside a Greek letter read as the Greek mu (U+03BC): the
// Greek model reads the mu of "αιμοληψίας" (blood draw) and "Αιμοσφαιρίνη" (haemoglobin) as the
// micro sign on some scans, and the label and the test's name are then not found. A micro sign
// in a unit ("µmol/L") has no Greek letter beside it and stays.
//
//   GreekMu("Ημ/νία αιµοληψίας") == "Ημ/νία αιμοληψίας"
//   GreekMu("µmol/L") == "µmol/L"
std::string GreekMu(std::string_view word);

// A language's cue words, folded (exposed for tests: each word belongs to one language).
struct LanguageCues {
  std::string_view code;  // tesseract's ("deu")
  std::string_view name;  // "German"
  std::initializer_list<std::string_view> cues;
};
std::span<const LanguageCues> Languages();

// The English name of a tesseract language code ("deu" -> "German"), for messages.
std::string_view LanguageName(std::string_view code);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_OCR_LANGUAGE_H_
