// The cue words of each language a lab report may be written in (ocr_language.h). Each word is
// folded (FoldLatin: lower case, no accents) and belongs to one language only, so that a word
// counts for one language (ocr_language_test.cc checks it); words that several languages share
// ("de", "hospital", "resultat", "datum", "urine") are left out. Mostly the words of a report's
// header and table heads, which the top of its first page holds, and a few frequent small words.
#include "ocr_language.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <string>

#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {

namespace {

const std::array<LanguageCues, 17> kLanguages = {{
    {"eng", "English", {"the",      "and",        "of",         "for",     "with",  "result",
                        "results",  "collected",  "collection", "range",   "units", "specimen",
                        "reported", "received",   "requested",  "ordered", "flag",  "test",
                        "tests",    "laboratory", "birth",      "report",  "value", "values"}},
    {"deu",
     "German",
     {"und",
      "der",
      "mit",
      "befund",
      "befundbericht",
      "ergebnis",
      "einheit",
      "referenzbereich",
      "normbereich",
      "eingang",
      "eingangsdatum",
      "geburtsdatum",
      "auftrag",
      "auftragsnummer",
      "untersuchung",
      "vorwert",
      "entnahme",
      "abnahme",
      "anforderung",
      "blutbild",
      "klinische",
      "freie",
      "leichtketten",
      "gesamteiweiss",
      "seite",
      "von",
      "geb",
      "einsender",
      "kumulativbefund",
      "laborbefund",
      "probe"}},
    {"fra", "French", {"le",       "les",       "des",          "du",           "et",
                       "resultat", "resultats", "prelevement",  "preleve",      "dossier",
                       "nee",      "valeurs",   "anteriorites", "anteriorite",  "biologie",
                       "medicale", "edite",     "laboratoire",  "chaines",      "legeres",
                       "sang",     "compte",    "rendu",        "prescripteur", "biologiste",
                       "unites",   "sur"}},
    {"spa",
     "Spanish",
     {"el", "los", "las", "fecha", "resultados", "muestra", "unidades", "informe", "cadenas",
      "ligeras", "orina", "suero", "analisis", "solicitud", "nacimiento", "extraccion", "peticion",
      "servicio"}},
    {"por",
     "Portuguese",
     {"dos", "exame", "exames", "coletado", "coleta", "laudo", "cadeias", "leves", "livres",
      "urina", "soro", "nao", "nascimento", "solicitante", "metodo", "liberado", "unidade"}},
    {"ita", "Italian", {"il",        "di",           "della",      "esito",  "prelievo",
                        "referto",   "riferimento",  "risultato",  "catene", "leggere",
                        "libere",    "siero",        "nato",       "unita",  "emocromo",
                        "richiesta", "accettazione", "cumulativo", "valori", "paziente"}},
    {"nld",
     "Dutch",
     {"het",        "van",        "een",           "uitslag",    "uitslagen", "afname",
      "eenheid",    "referentie", "geboortedatum", "aanvrager",  "overzicht", "lichte",
      "ketens",     "vrij",       "bloed",         "ziekenhuis", "afdeling",  "uitslagenoverzicht",
      "cumulatief", "aanvraag",   "bepaling"}},
    {"ces", "Czech", {"vysledek",    "vysledky",  "jednotka",  "mez",    "pacient",
                      "odber",       "nalez",     "narozeni",  "lehke",  "retezce",
                      "volne",       "moc",       "biochemie", "krevni", "obraz",
                      "oddeleni",    "nemocnice", "laborator", "stopy",  "neprokazana",
                      "kumulativni", "vysetreni"}},
    {"pol", "Polish", {"wynik",   "wyniki",       "jednostka", "pacjent",  "pobranie",  "pobrania",
                       "zakres",  "sprawozdanie", "badanie",   "badania",  "urodzenia", "lancuchy",
                       "lekkie",  "wolne",        "mocz",      "surowica", "zlecenie",  "oddzial",
                       "szpital", "norma",        "zlecajacy"}},
    {"dan",
     "Danish",
     {"enhed", "kaede", "kaeder", "referenceinterval", "rekvirent", "prove", "proevesvar",
      "provesvar", "og", "af", "cpr", "blodprove", "frie"}},
    {"swe",
     "Swedish",
     {"och", "enhet", "prov", "provtagning", "provsvar", "referensintervall", "kedjor", "fria",
      "latta", "avdelning", "sjukhus", "remittent", "personnummer", "analys", "provtagningsdatum",
      "svar"}},
    {"nor",
     "Norwegian",
     {"referanseomrade", "referanse", "pasient", "kjeder", "avdeling", "sykehus", "fodselsnummer",
      "provetaking", "rekvirert"}},
    {"fin",
     "Finnish",
     {"ja", "tulos", "tulokset", "yksikko", "viitearvo", "viitearvot", "potilas", "naytteenotto",
      "pvm", "paivamaara", "vapaat", "kevytketjut", "veri", "virtsa", "osasto", "sairaala",
      "lahete", "henkilotunnus"}},
    {"tur", "Turkish", {"ve",    "sonuc",  "sonuclar", "birim",   "referans", "hasta",  "numune",
                        "tarih", "tarihi", "aralik",   "serbest", "hafif",    "zincir", "idrar",
                        "kan",   "bolum",  "hastane",  "istek",   "tetkik",   "adi"}},
    {"ell", "Greek", {}},
    // Cyrillic pages: their top is read with the Russian model, which reads Ukrainian's "і", "ї"
    // and "є" as other marks, so these are words without them.
    {"rus",
     "Russian",
     {"результаты", "пациент", "рождения", "взятия", "исследования", "общий", "отделение", "врач",
      "выдачи", "заказа", "анализ", "анализов", "показатель", "единицы", "ул"}},
    {"ukr",
     "Ukrainian",
     {"взяття", "замовлення", "народження", "стать", "видано", "загальний", "результати",
      "показник", "вул", "сечовина", "вим"}},
}};

// The folded words of `text`: runs of letters (a byte of another script's letter counts: Greek,
// Cyrillic), split at anything else.
template <typename F>
void ForEachWord(std::string_view text, F&& f) {
  const std::string folded = FoldLatin(text);
  std::string word;
  for (char c : folded) {
    if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      f(word);
      word.clear();
    }
  }
  if (!word.empty()) f(word);
}

}  // namespace

std::string_view GuessLanguage(std::span<const Word> words) {
  std::array<int, kLanguages.size()> counts{};
  for (const Word& w : words) {
    ForEachWord(w.text, [&](const std::string& word) {
      for (size_t i = 0; i < kLanguages.size(); ++i) {
        for (std::string_view cue : kLanguages[i].cues) {
          if (word == cue) ++counts[i];
        }
      }
    });
  }
  size_t best = 0;
  for (size_t i = 1; i < kLanguages.size(); ++i) {
    if (counts[i] > counts[best]) best = i;
  }
  if (best == 0 || counts[best] < kMinLanguageCues || counts[best] <= counts[0]) return "";
  return kLanguages[best].code;
}

std::span<const LanguageCues> Languages() { return kLanguages; }

std::string_view LanguageForScript(std::string_view script) {
  if (script == "Greek") return "ell";
  if (script == "Cyrillic") return "rus";
  if (script == "Japanese" || script == "Katakana" || script == "Hiragana") return "jpn";
  if (script == "Hangul" || script == "Korean") return "kor";
  if (script == "Han") return "chi_sim+chi_tra";
  return "";
}

// Marks only Japanese writes: the postal mark 〒 and the repetition mark 々 ("佐々木"). Not
// the Japanese forms of kanji (検, 単, 済): the Japanese model reads a Chinese page's 检, 单, 济
// as those.
constexpr unsigned kJapaneseMarks[] = {0x3012, 0x3005};

std::string_view CjkLanguage(std::span<const Word> words) {
  int kana = 0, hangul = 0, han = 0, japanese = 0;
  for (const Word& w : words) {
    const std::string_view t = w.text;
    for (size_t i = 0; i + 2 < t.size(); ++i) {
      const unsigned cp = ThreeByteCodePoint(t, i);
      if (cp == 0) continue;
      japanese += std::find(std::begin(kJapaneseMarks), std::end(kJapaneseMarks), cp) !=
                  std::end(kJapaneseMarks);
      kana += cp >= 0x3041 && cp <= 0x30FA;
      hangul += (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x3131 && cp <= 0x318E);
      han += cp >= 0x4E00 && cp <= 0x9FFF;
      i += 2;
    }
  }
  // Korean when Hangul is half of them or more (a model reading Hangul it was not made for
  // finds kana too); Japanese when kana are a fifth of the Han characters or more (a Chinese
  // page read with the Japanese model shows a few), or a mark only Japanese writes with a few kana.
  if (kana + hangul + han < kMinCjkCharacters) return "";
  if (2 * hangul >= kana + hangul + han) return "kor";
  if ((kana >= 4 && 5 * kana >= han) || (japanese >= 1 && kana >= 2)) return "jpn";
  return "chi_sim+chi_tra";
}

std::string_view CyrillicLanguage(std::span<const Word> words) {
  return GuessLanguage(words) == "ukr" ? "ukr" : "rus";
}

double MeanConfidence(std::span<const Word> words) {
  double sum = 0, weight = 0;
  for (const Word& w : words) {
    sum += w.confidence * static_cast<double>(w.text.size());
    weight += static_cast<double>(w.text.size());
  }
  return weight > 0 ? sum / weight : 0;
}

std::string_view GreekOrCyrillic(std::span<const Word> greek, std::span<const Word> russian) {
  if (MeanConfidence(greek) > MeanConfidence(russian)) return "ell";
  return CyrillicLanguage(russian);
}

namespace {

constexpr std::string_view kMicroSign = "\xC2\xB5";
constexpr std::string_view kGreekMu = "\xCE\xBC";

// True when the UTF-8 character at `at` of `s` is a Greek letter (U+0370 to U+03FF, lead bytes
// 0xCD to 0xCF).
bool GreekLetterAt(std::string_view s, size_t at) {
  if (at + 1 >= s.size()) return false;
  const auto lead = static_cast<unsigned char>(s[at]);
  return lead == 0xCE || lead == 0xCF ||
         (lead == 0xCD && static_cast<unsigned char>(s[at + 1]) >= 0xB0);
}

}  // namespace

std::string GreekMu(std::string_view word) {
  std::string out(word);
  for (size_t at = out.find(kMicroSign); at != std::string::npos;
       at = out.find(kMicroSign, at + 2)) {
    const bool before = at >= 2 && GreekLetterAt(out, at - 2);
    const bool after = GreekLetterAt(out, at + 2);
    if (before || after) out.replace(at, 2, kGreekMu);
  }
  return out;
}

std::string_view LanguageName(std::string_view code) {
  for (const LanguageCues& l : kLanguages) {
    if (l.code == code) return l.name;
  }
  return code;
}

}  // namespace oncoguide::import::internal
