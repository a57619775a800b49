// Result words (lab_text.h: ParseLabValue, for cells that are not numbers): "See comment",
// "Not detected", "trace", "negative", "IgG kappa monoclonal protein detected", in English and in
// the report languages the importer reads.
#include "result_words.h"

#include <array>
#include <span>
#include <string_view>

#include "cell_text.h"
#include "cjk_names.h"
#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {

namespace {

bool Contains(std::string_view s, std::string_view w) {
  return s.find(w) != std::string_view::npos;
}

// Result words of other languages, accents folded: an immunofixation "Négative", "Assenza di
// componenti monoclonali", "Ingen M-komponent påvisad" (none found); "Presenza di componente
// monoclonale IgG kappa", "Positivo" (found).
constexpr std::string_view kForeignNegative[] = {"negative", "negatif", "negativo", "negativa",
                                                 "negatief", "negatywny", "negatywna", "negativni",
                                                 "nieobecne", "nieobecny", "nieobecna", "αρνητικη",
                                                 // sk, mk, mn
                                                 "negativna", "негативна", "сөрөг"};
constexpr std::string_view kForeignNegated[] = {
    "ingen ", "ej pavisad", "inte pavisad", "ikke pavist", "assenza", "assente", "non rilevabil",
    "non rilevat", "ausencia", "ausente", "no se detect", "no detectad", "nao detectad",
    // pt-PT spells it without the c ("Não detetável", "não detetado"); es, fr "no/non
    // detectable".
    "nao detetav", "nao detetad", "nao detectav", "no detectable", "non detectable",
    "niet aangetoond", "geen ", "niet aantoonbaar", "afwezig", "absence", "pas de ", "aucun",
    "nie wykryto", "nie stwierdzono", "nebyl prokazan", "saptanmadi", "neprokazan", "δεν ανιχνευ",
    "απουσια", "не выявлен", "не обнаружен", "отсутству",
    "не виявлен",  // uk: not found
    // es "indetectable", a narrow column's "Indetect." (also fr "indétectable", it "indosabile").
    "indetect", "indosabil",
    // sk "bez monoklonového", mk "не се детектира", id "tidak terdeteksi", lv "nav konstatēts",
    // mn "илрээгүй"
    "bez monoklonov", "не се детектира", "tidak terdeteksi", "nav konst", "илрээгүй",
    // ko, ja, zh: negative ("음성", "陰性", "阴性")
    "\xEC\x9D\x8C\xEC\x84\xB1", "\xE9\x99\xB0\xE6\x80\xA7", "\xE9\x98\xB4\xE6\x80\xA7",
    // zh, ja, ko: not detected or not seen ("未检出", "未見", "検出せず", "불검출", "검출되지
    // 않음", "미검출"), before the words for detected that they hold
    "未检出", "未檢出", "未検出", "未见", "未見", "未发现", "未發現", "検出せず", "検出されず",
    "検出されません", "불검출", "검출되지", "미검출", "검출 안"};
// "Trace" in other languages, as whole words: "spoor, niet kwantificeerbaar" (nl), "Spuren"
// (de), "trazas" (es), "tracce" (it), "traços" (pt), "spår" (sv), "spor" (da, no), "stopy"
// (cs), "ślad" (pl), "vestígios" (pt-PT).
constexpr std::string_view kForeignTrace[] = {
    "spoor", "spoortje", "spur", "spuren", "trazas", "traza", "tracce", "traccia", "tracos",
    "traco", "spar", "spor", "stopy", "stopa", "slad", "sladowe", "sladowy", "sladowa",
    // pt-PT "vestígios" (a visible band, not quantifiable), and a LIS's "VEST."
    "vestigios", "vestigio", "vest"};

bool HasForeignTrace(const std::string& folded) {
  std::string word;
  for (size_t k = 0; k <= folded.size(); ++k) {
    const char c = k < folded.size() ? folded[k] : ' ';
    if (c >= 'a' && c <= 'z') {
      word.push_back(c);
      continue;
    }
    for (std::string_view w : kForeignTrace) {
      if (word == w) return true;
    }
    word.clear();
  }
  return false;
}

constexpr std::string_view kForeignDetected[] = {
    "presenza",    "presencia",     "presence", "presenca", "positivo", "positiva",
    "positif",     "aanwezig",      "pavisad",  "pavist",   "wykryto",  "stwierdzono",
    "prokazan",    "obecne",        "obecny",   "obecna",   "obecnosc", "se observa",
    "se detecta",  "se identifica", "saptandi", "pozitif",  "выявлен",  "обнаружен",
    "ανιχνευεται", "ανιχνευθηκε",   "θετικη",   "θετικο",  // el: detected, positive
    "виявлен",                                             // uk: found
    "pozitiv",     "позитивна",                            // sk, sq; mk: positive
    // ko, ja, zh: positive and detected, in kCjkDetected (below)
};

// ko, ja, zh: positive, detected ("양성", "陽性", "阳性", "检出 IgG-κ 型 M 蛋白", "検出", "검출"):
// a result that starts with one, or an isotype with one after it ("IgG-kappa 양성 (약양성)").
constexpr std::string_view kCjkDetected[] = {"양성", "陽性", "阳性", "检出",
                                             "檢出", "検出", "검출"};

bool StartsWithAny(const std::string& t, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (t.starts_with(w)) return true;
  }
  return false;
}

bool ContainsAny(const std::string& t, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(t, w)) return true;
  }
  return false;
}

// `t`'s CJK words in English, lower case, one space between words.
std::string CjkWordsInEnglish(const std::string& t) {
  std::string out;
  for (const std::string& w : SplitOnSpaces(AsciiLower(CjkNamesInEnglish(t)))) {
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

}  // namespace

std::optional<LabValue> ParseResultWords(const std::string& t) {
  LabValue v;
  const std::string folded = FoldLatin(t);
  // "See comment" in English, German, Spanish, French, Italian and Dutch.
  // And a test not performed ("no realizada", "não realizado", "non eseguito"), also shortened
  // ("No realiz.", "not perf."), or still in progress: no result, never a negative for its "no".
  static constexpr std::string_view kNote[] = {
      "see note", "see comment", "see below", "see report", "pending", "cancelled", "canceled",
      "pend.",  // es, en: a narrow column's "Pend." (pendiente, pending)
      "not done", "tnp", "qns", "to follow", "insufficient", "befundtext", "siehe befund",
      "s. befund", "ver comentario", "ver comentari", "voir commentaire", "vedi commento",
      "zie opmerking", "not performed", "no realiz", "nao realiz", "non esegu", "non effectue",
      "non realise", "nicht durchgef", "niet uitgevoerd", "nie wykonano", "neprovedeno", "not perf",
      "no efectuad", "no procesad", "non fait", "non dose", "non realiz", "non solicit",
      // Not requested or not ordered ("NO SOLICITADA" under an immunofixation's title): never a
      // negative for its "no".
      "no solicit", "nao solicit", "not requested", "not ordered", "non richiest",
      "nicht angefordert", "non demande", "non prescrit", "no pedid",
      // Still in progress ("IN CORSO", "en cours", "folgt"): no result yet.
      "in corso", "en cours", "en curso", "em curso", "em andamento", "in bearbeitung", "in arbeit",
      "folgt", "wird nachgereicht", "in elaborazione", "in lavorazione"};
  // ja, ko, zh: not done, in progress ("未実施", "検査中", "검사중", "未做", "检测中").
  static constexpr std::string_view kNoteCjk[] = {"未実施", "未検査", "検査中", "測定中", "미실시",
                                                  "검사중", "未做",   "未检测", "检测中", "檢測中"};
  for (std::string_view n : kNoteCjk) {
    if (Contains(t, n)) {
      v.kind = LabValue::Kind::kNote;
      return v;
    }
  }
  for (std::string_view n : kNote) {
    if (Contains(folded, n)) {
      v.kind = LabValue::Kind::kNote;
      return v;
    }
  }
  // "n.r." alone: not done, not requested (es, gl, pt: "non realizado / non solicitado").
  // "IN C." a narrow column's "in corso" (it: in progress), spelt out in the report's key.
  // "N.E." (it: non eseguito, not done), spelt out in the report's key.
  if (t == "n.r." || t == "n.r" || t == "n. r." || t == "in c." || t == "in c" || t == "n.e." ||
      t == "n.e") {
    v.kind = LabValue::Kind::kNote;
    return v;
  }
  // "Nil" (Australian, British): none found. "Not Obs": a narrow column's "Not Observed"; "nicht
  // nachw." and "n.n." a narrow column's "nicht nachweisbar".
  const bool not_obs = t == "not obs" || t == "not obs.";
  const bool negated = t == "nil" || t.starts_with("nil ") || t.starts_with("no ") ||
                       Contains(t, "not detected") || Contains(t, "nicht nachw") || t == "n.n." ||
                       t == "n.n" ||  // de: "nicht nachweisbar", abbreviated
                       Contains(t, "kein") || Contains(t, "not observed") || not_obs ||
                       Contains(t, "none observed") || Contains(t, "none detected") ||
                       Contains(t, "not identified") || Contains(t, "not seen") ||
                       Contains(t, "not present") || Contains(t, "no evidence") ||
                       Contains(t, "none seen") || ContainsAny(folded, kForeignNegated);
  // Present but too small to measure: "Present NQ", "present, not quantifiable".
  const bool unquantified = t == "present nq" || t == "nq" || t == "present, nq" ||
                            ((Contains(t, "not quantifiable") || Contains(t, "not quantified") ||
                              Contains(t, "too small to quantify")) &&
                             !negated && t.size() <= 40);
  // zh, ja: "微量" (a trace, seen but below the limit of quantification); ja "痕跡", zh "痕迹",
  // ko "흔적" (traces).
  if (t == "\xE5\xBE\xAE\xE9\x87\x8F" || t == "痕跡" || t == "痕迹" || t == "흔적") {
    v.kind = LabValue::Kind::kTrace;
    return v;
  }
  if (t == "trace" || unquantified ||
      ((Contains(t, "trace") || HasForeignTrace(folded)) && !negated && t.size() <= 40)) {
    v.kind = LabValue::Kind::kTrace;
    v.isotype = IsotypeIn(t);
    return v;
  }
  if (negated) {
    v.kind = LabValue::Kind::kNotDetected;
    return v;
  }
  if (t == "negative" || t == "neg" || t == "absent" || t.starts_with("negative ") ||
      t == "negativ" || t == "normal pattern" || StartsWithAny(folded, kForeignNegative)) {
    v.kind = LabValue::Kind::kNegative;
    return v;
  }
  // A marrow table's clonality ("kappa-restricted", "monotypic lambda", "polyclonal").
  if (Contains(t, "polyclonal") || Contains(t, "polytypic") || Contains(t, "not restricted") ||
      Contains(t, "unrestricted") || Contains(t, "no restriction")) {
    v.kind = LabValue::Kind::kNegative;
    return v;
  }
  // A CJK finding's band in English words ("检出游离 κ 轻链": free kappa light chain).
  const std::string in_english = HasCjk(t) ? IsotypeIn(CjkWordsInEnglish(t)) : std::string();
  const std::string iso = in_english.empty() ? IsotypeIn(t) : in_english;
  if ((Contains(t, "restricted") || Contains(t, "monotypic") || t.starts_with("clonal")) &&
      t.size() <= 30) {
    // The light chain as its Greek letter alone ("clonal (λ)", "κ-restricted").
    std::string latin = t;
    for (auto [greek, name] : {std::pair<std::string_view, std::string_view>{"\xCE\xBA", " kappa "},
                               {"\xCE\xBB", " lambda "}}) {
      for (size_t at = latin.find(greek); at != std::string::npos; at = latin.find(greek, at)) {
        latin.replace(at, greek.size(), name);
      }
    }
    const std::string chain = iso.empty() ? IsotypeIn(latin) : iso;
    if (!chain.empty()) {
      v.kind = LabValue::Kind::kDetected;
      v.isotype = chain;
      return v;
    }
  }
  const bool heavy = iso.starts_with("Ig");
  // "Abnormal" in a result cell: an abnormal immunofixation is one with a monoclonal band, but
  // the word does not say so itself, so the caller asks for review unless the isotype is given.
  if (t == "abnormal" || t == "abnormal pattern") {
    v.kind = LabValue::Kind::kDetected;
    v.isotype = iso;
    v.vague = true;
    return v;
  }
  if (t == "positive" || t == "pos" || t == "present" || t == "detected" || t == "positiv" ||
      t.starts_with("pos - ") || t.starts_with("pos, ") || t.starts_with("pos: ") ||
      t == "nachweisbar" || t.starts_with("positive") || Contains(t, " detected") ||
      Contains(t, " identified") || Contains(t, " present") || Contains(t, " seen") ||
      StartsWithAny(folded, kForeignDetected) || StartsWithAny(folded, kCjkDetected) ||
      Contains(folded, " aantoonbaar") ||
      (!iso.empty() && Contains(folded, " nachweisbar")) ||  // "freie Kappa-LK nachweisbar"
      Contains(folded, " saptandi") || Contains(folded, " aangetoond") ||
      Contains(folded, " θετικη") ||  // el: "Παραμένει θετική για IgA-λάμδα" (still positive)
      // A typed or monoclonal band ("Proteinuria di Bence Jones di tipo kappa", "vom Typ
      // Kappa", "banda monoclonal IgA lambda").
      (!iso.empty() &&
       (Contains(folded, " tipo ") || Contains(folded, " type ") || Contains(folded, " typ ") ||
        Contains(folded, "monoclon") || Contains(folded, "monoklon") ||
        Contains(folded, "моноклон") || Contains(folded, "μονοκλων") ||
        // ko, ja, zh: monoclonal ("IgG-kappa 단클론 단백 확인", "単クローン性", "单克隆").
        Contains(t, "단클론") || Contains(t, "단일클론") || Contains(t, "単クローン") ||
        Contains(t, "单克隆") || Contains(t, "單克隆"))) ||
      (heavy && iso.find(' ') != std::string::npos && t.size() <= 24) ||
      // An isotype with a CJK word for positive or detected after it ("IgG-kappa 양성 (약양성)").
      (!iso.empty() && ContainsAny(t, kCjkDetected))) {
    v.kind = LabValue::Kind::kDetected;
    v.isotype = iso;
    return v;
  }
  // A heavy chain with its λ read by OCR as a capital A ("IgA A", "IgA À"): that band, for the
  // person to confirm (the letter is a guess).
  if (t.size() >= 5 && t.size() <= 8 && t.starts_with("ig") &&
      std::string_view("gamde").find(t[2]) != std::string_view::npos) {
    const std::string_view rest = TrimSpaces(std::string_view(t).substr(3));
    if (rest == "a" || rest == "\xC3\xA0" || rest == "\xC3\x80" || rest == "-a" || rest == "- a") {
      v.kind = LabValue::Kind::kDetected;
      v.isotype = std::string("Ig") + static_cast<char>(std::toupper(t[2])) + " lambda";
      v.letter_guess = true;
      return v;
    }
  }
  return std::nullopt;
}

}  // namespace oncoguide::import::internal
