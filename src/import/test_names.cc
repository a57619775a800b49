#include "oncoguide/import/test_names.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cell_text.h"
#include "cjk_names.h"
#include "european_words.h"
#include "oncoguide/common/text.h"
#include "oncoguide/records/units.h"
#include "test_name_words.h"

namespace oncoguide::import {

using internal::names::ExtraName;
using internal::names::ExtraNames;
using internal::names::IgnoredNames;
using internal::names::IsMethodWord;
using internal::names::IsUrineWord;
using internal::names::NormalizeWords;
using internal::names::Qualifiers;
using records::Analyte;

namespace {

// Lower case without accents (FoldLatin); punctuation to spaces (keeping '/', '%', and '.' between
// digits); single spaces. Text in parentheses or brackets goes to `paren`.
// Footnote marks after a name ("M-spike\u00b9", "Beta-2-Microglobulin\u00b2", "Albumin\u2020"):
// superscript digits and daggers, replaced by spaces.
std::string DropFootnoteMarks(std::string s) {
  for (std::string_view mark : {"\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB0", "\xE2\x81\xB4",
                                "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8",
                                "\xE2\x81\xB9", "\xE2\x80\xA0", "\xE2\x80\xA1"}) {
    for (size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at)) {
      s.replace(at, mark.size(), " ");
    }
  }
  return s;
}

std::string Fold(std::string_view text, std::vector<std::string>* paren) {
  const std::string s = FoldLatin(DropFootnoteMarks(internal::CjkNamesInEnglish(text)));
  std::string out, cur;
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') {
      ++depth;
      if (depth == 1) cur.clear();
      continue;
    }
    if ((c == ')' || c == ']') && depth > 0) {
      if (--depth == 0) paren->push_back(std::string(TrimSpaces(cur)));
      continue;
    }
    // A colon inside a word is a ratio's ("κ:λ", "K:L"), like a slash.
    if (c == ':' && i > 0 && i + 1 < s.size() && s[i - 1] != ' ' && s[i + 1] != ' ') c = '/';
    std::string& dst = depth > 0 ? cur : out;
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '%' ||
                      static_cast<unsigned char>(c) >= 0x80;
    if (keep) {
      dst.push_back(c);
    } else if (!dst.empty() && dst.back() != ' ') {
      dst.push_back(' ');
    }
  }
  // A name's translation in Chinese or Japanese beside it ("Hb ヘモグロビン", "Hemoglobina
  // 血紅蛋白"): the name is read from the rest.
  std::string kept;
  for (const std::string& w : internal::SplitOnSpaces(out)) {
    if (IsCjkWord(w)) continue;
    if (!kept.empty()) kept.push_back(' ');
    kept += w;
  }
  return kept;
}

std::string Join(const std::vector<std::string>& t, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += t[i];
  }
  return out;
}

std::optional<Analyte> Lookup(const std::string& name) {
  if (name.empty()) return std::nullopt;
  if (auto a = records::AnalyteFromName(name)) return a;
  for (const ExtraName& e : ExtraNames()) {
    if (e.name == name) return e.analyte;
  }
  for (const internal::european::TestWord& e : internal::european::TestNames()) {
    if (e.name == name) return e.analyte;
  }
  return std::nullopt;
}

bool LooksLikeUnit(const std::string& p) {
  return p.find('/') != std::string::npos || p == "%" || p == "u/l" || p == "iu/l" || p == "ui/l";
}

// Serum or blood, in the reports' other languages (folded: "sérico" as "serico").
bool IsSerumWord(std::string_view w) {
  for (std::string_view s : {"suero", "serico", "serica", "serique", "siero", "sierico", "sierica",
                             "soro", "sangre", "sangue", "sang", "blut"}) {
    if (w == s) return true;
  }
  return false;
}

}  // namespace

Specimen SpecimenOfHeading(std::string_view text) {
  // A CJK heading in English words ("二、尿液检查（24小时尿，采样 ...）": urine).
  const bool cjk = internal::HasCjk(text);
  const std::string t = AsciiLower(internal::CjkNamesInEnglish(text));
  // A CJK heading that names both ("免疫血清検査・尿検査": serum immunology, urine tests) names
  // no one specimen for the rows below.
  if (cjk && t.find("urine") != std::string::npos &&
      (t.find("serum") != std::string::npos || t.find("blood") != std::string::npos)) {
    return Specimen::kUnknown;
  }
  if (t.find("urine") != std::string::npos || t.find("bence jones") != std::string::npos) {
    return Specimen::kUrine;
  }
  if (t.find("marrow") != std::string::npos) return Specimen::kMarrow;
  // Blood sections: serum proteins, and the chemistry and haematology sections that follow a
  // urine section on the same report.
  for (std::string_view w : {"serum", "blood", "plasma", "chemistry", "biochemistry", "hematology",
                             "haematology", "metabolic panel", "cbc", "full blood count"}) {
    if (t.find(w) != std::string::npos) return Specimen::kSerum;
  }
  // fr, es, pt, it: serum ("Immunofixation sérique"), blood, biochemistry, haematology.
  std::vector<std::string> paren;
  for (const std::string& w : internal::SplitOnSpaces(Fold(text, &paren))) {
    if (IsSerumWord(w)) return Specimen::kSerum;
    // Blood sections by their name ("Biometría hemática", "Panel metabólico completo").
    // Or the tests that go with them ("Bilan associé (même prélèvement)" after a urine section).
    for (std::string_view s : {"sanguin", "sanguine", "biochimie", "hematologie", "hematologia",
                               "bioquimica", "biometria", "metabolico", "hematica", "bilan"}) {
      if (w == s) return Specimen::kSerum;
    }
  }
  return Specimen::kUnknown;
}

namespace {

// The words of a name without its specimen words, and the specimen they name.
struct NameWords {
  std::vector<std::string> core;
  Specimen specimen = Specimen::kUnknown;
  bool named_serum = false;
};

NameWords SplitSpecimen(const std::vector<std::string>& words, Specimen context) {
  NameWords n;
  n.specimen = context == Specimen::kMarrow ? Specimen::kUnknown : context;
  for (const std::string& w : words) {
    // "dU" (a day's urine) only starts a name ("dU-M-komponent"); inside a French one it is "of
    // the" ("Typage du composant monoclonal").
    if (IsUrineWord(w) && (w != "du" || &w == &words.front())) {
      n.specimen = Specimen::kUrine;
      continue;
    }
    // "Inmunofijación en suero" under a urine section's heading is still the serum's.
    if (w == "serum" || w == "s" || w == "plasma" || w == "blood" || IsSerumWord(w)) {
      n.named_serum = true;
    }
    n.core.push_back(w);
  }
  if (n.named_serum) n.specimen = Specimen::kSerum;
  return n;
}

// What parenthesised text says: a unit, a qualifier or specimen, or an abbreviation of a test.
struct Parentheses {
  bool unknown = false;            // text that is none of these
  bool region = false;             // where on the electrophoresis the band ran: "(beta)"
  std::optional<Analyte> analyte;  // "(SPEP)"
};

// True for a unit of an amount per day ("mg/24 h", "g/24 saat", "g/d", "mg/dag").
bool PerDayUnit(const std::string& folded) {
  const size_t slash = folded.find('/');
  if (slash == std::string::npos) return false;
  const std::string per = folded.substr(slash + 1);
  return per.starts_with("24") || per == "d" || per == "day" || per == "dag" || per == "tag" ||
         per == "vrk" || per == "dia" || per == "jour" || per == "j" || per == "gun";
}

Parentheses ReadParentheses(const std::vector<std::string>& paren, NameWords* n, TestName* out) {
  Parentheses r;
  for (const std::string& p : paren) {
    std::vector<std::string> ignored;
    const std::string fp = Fold(p, &ignored);
    if (fp.empty()) continue;
    if (LooksLikeUnit(fp) || LooksLikeUnit(p)) {
      out->unit = std::string(TrimSpaces(p));
      // An amount per day ("M-protein (mg/24 saat)", "Kreatinin (g/24 saat)"): a 24-hour urine.
      if (PerDayUnit(fp)) n->specimen = Specimen::kUrine;
      continue;
    }
    if (internal::names::RegionWords(internal::SplitOnSpaces(fp))) {
      r.region = true;
      continue;
    }
    bool all_known = true;
    for (const std::string& w : internal::SplitOnSpaces(fp)) {
      // A light chain's abbreviation beside its name ("Kappa (sFLC)"), or the isotype of the
      // patient's band beside the M-protein's ("Paraprotein (IgA lambda)").
      if (IsMethodWord(w) || w == "flc" || w == "sflc") continue;
      if (w == "igg" || w == "iga" || w == "igm" || w == "igd" || w == "kappa" || w == "lambda" ||
          w == "κ" || w == "λ") {
        continue;
      }
      if (IsUrineWord(w) || w == "24h") {
        n->specimen = Specimen::kUrine;
      } else if (w == "serum" || w == "blood" || w == "plasma" || IsSerumWord(w)) {
        n->specimen = Specimen::kSerum;  // also "(soro)", "(suero)", "(siero)"
      } else if (!Qualifiers().contains(w) && w != "24" && w != "hr" && w != "hour") {
        all_known = false;
      }
    }
    if (all_known) continue;
    if (auto a = Lookup(fp)) {
      r.analyte = a;
      continue;
    }
    r.unknown = true;
  }
  return r;
}

// Why a name is a test oncoguide does not use (a ratio, a different test, a listed name), or
// nullopt. Checked before qualifiers are removed ("total protein").
constexpr std::string_view kOtherTest = "a different test from the one oncoguide uses";
constexpr std::string_view kFraction = "electrophoresis fraction (not the M-protein)";

std::optional<std::string> IgnoredReason(const std::vector<std::string>& core,
                                         const std::string& core_all,
                                         const std::string& core_stripped) {
  for (const std::string& w : core) {
    if (w == "ratio" || w == "k/l" || w == "kappa/lambda" || w == "kappa:lambda" ||
        w == "quotient" || w == "kvot" || w == "stosunek" || w == "λογοσ" || w == "cociente" ||
        w == "rapport" || w == "verhouding" || w == "quoziente" || w == "pomer" ||
        w == "kappa/lambda quotient" || w == "соотношение" || w == "соотн" ||
        w == "спиввидношення") {
      return "ratio (derived from kappa and lambda; used only as a check)";
    }
    if (w == "ionized" || w == "ionised" || w == "corrected" || w == "adjusted" || w == "a1c" ||
        w == "clearance" || w == "creatinine/day" || w == "corr" || w == "adj" ||
        // "cCa", "iCa": a Japanese cumulative report's corrected and ionised calcium; "AdjCa",
        // "CorrCa": OCR's reading of a scanned "Adj Ca" title, its space lost
        w == "cca" || w == "ica" || w == "adjca" || w == "corrca" || w == "adj.ca" ||
        w == "corr.ca") {
      return std::string(kOtherTest);
    }
    for (std::string_view o : internal::european::OtherTestWords()) {
      if (w == o) return std::string(kOtherTest);
    }
  }
  if (internal::names::AlbuminFraction(core)) return std::string(kFraction);
  for (const std::string* c : {&core_all, &core_stripped}) {
    auto it = IgnoredNames().find(*c);
    if (it != IgnoredNames().end()) return std::string(it->second);
  }
  return std::nullopt;
}

// A known name followed by up to three unknown words: a loose match.
std::optional<Analyte> LookupPrefix(const std::vector<std::string>& stripped) {
  if (stripped.size() < 2) return std::nullopt;
  for (size_t n = stripped.size() - 1; n >= 1; --n) {
    if (stripped.size() - n > 3) break;
    const std::string prefix = Join(stripped, 0, n);
    if (n == 1 && prefix.size() < 5) break;
    if (std::optional<Analyte> a = Lookup(prefix)) return a;
  }
  return std::nullopt;
}

// A name with a word OCR garbled by one letter ("Calcitum;P"): the one test its near names name;
// nullopt when they name none, two, or a test oncoguide does not use.
std::optional<Analyte> LookupNearWords(const std::vector<std::string>& words) {
  std::optional<Analyte> found;
  for (const std::vector<std::string>& fixed : internal::names::NearOcrNames(words)) {
    const std::string name = Join(fixed, 0, fixed.size());
    if (IgnoredReason(fixed, name, name)) return std::nullopt;
    const std::optional<Analyte> a = Lookup(name);
    if (!a) continue;
    if (found && *found != *a) return std::nullopt;
    found = a;
  }
  return found;
}

// The analyte for the specimen the name gives: a serum M-protein or IFE named for urine is the
// urine test; other urine tests are not used; "serum ... urine" contradicts itself (no match).
TestName ApplySpecimen(Analyte an, const NameWords& n, bool loose, TestName out) {
  // Plasma cells counted in the blood ("Plazma ćelije u perifernoj krvi", "plasma cells,
  // peripheral blood") are not the marrow's.
  if (an == Analyte::kBmPlasmaCells &&
      std::any_of(n.core.begin(), n.core.end(), [](const std::string& w) {
        for (std::string_view p :
             {"periph", "perif", "blood", "krv", "sangue", "sangre", "sang", "blut"}) {
          if (w.starts_with(p)) return true;
        }
        return false;
      })) {
    out.match = TestName::Match::kIgnored;
    out.reason = "plasma cells in the blood, not the marrow's (not used by oncoguide)";
    return out;
  }
  if (n.specimen == Specimen::kUrine) {
    switch (an) {
      case Analyte::kSerumMProtein:
        an = Analyte::kUrineMProtein;
        break;
      case Analyte::kSerumIfe:
        an = Analyte::kUrineIfe;
        break;
      case Analyte::kUrineMProtein:
      case Analyte::kUrineIfe:
        break;
      // A marrow's count or clonality is never a urine test: under a urine section or card
      // ("Urines de 24 heures" over the cards before "Plasmocytes médullaires") it is read.
      case Analyte::kBmPlasmaCells:
      case Analyte::kBmClonality:
        break;
      default:
        out.match = TestName::Match::kIgnored;
        out.reason = "urine test not used by oncoguide";
        return out;
    }
  } else if (n.named_serum && (an == Analyte::kUrineMProtein || an == Analyte::kUrineIfe)) {
    return out;
  }
  out.match = loose ? TestName::Match::kLoose : TestName::Match::kExact;
  out.analyte = an;
  return out;
}

}  // namespace

TestName internal::MatchOneName(std::string_view text, Specimen context) {
  TestName out;
  if (text.size() > 120) return out;
  std::vector<std::string> paren;
  const std::string folded = Fold(text, &paren);
  const std::vector<std::string> tokens = internal::SplitOnSpaces(folded);
  if (tokens.empty() || tokens.size() > 10) return out;
  bool ocr_guess = false;
  const std::vector<std::string> t = NormalizeWords(tokens, &ocr_guess);
  NameWords n = SplitSpecimen(t, context);
  const Parentheses p = ReadParentheses(paren, &n, &out);
  std::vector<std::string> stripped;
  for (const std::string& w : n.core) {
    if (!Qualifiers().contains(w)) stripped.push_back(w);
  }
  const std::string core_all = Join(n.core, 0, n.core.size());
  const std::string core_stripped = Join(stripped, 0, stripped.size());
  if (std::optional<std::string> why = IgnoredReason(n.core, core_all, core_stripped)) {
    out.match = TestName::Match::kIgnored;
    out.reason = std::move(*why);
    return out;
  }
  // A qualifier in parentheses that makes it another test ("Calcium (albumin adjusted)",
  // "Calcium (ionised)").
  for (const std::string& pt : paren) {
    std::vector<std::string> inner;
    const std::vector<std::string> words = internal::SplitOnSpaces(Fold(pt, &inner));
    if (words.empty()) continue;
    std::optional<std::string> why = IgnoredReason(words, "", "");
    std::vector<std::string> both = n.core;
    both.insert(both.end(), words.begin(), words.end());
    if (internal::names::AlbuminFraction(both)) why = std::string(kFraction);
    if (why && (*why == kOtherTest || *why == kFraction)) {
      out.match = TestName::Match::kIgnored;
      out.reason = std::move(*why);
      return out;
    }
  }
  std::optional<Analyte> a = Lookup(core_all);
  if (!a) a = Lookup(core_stripped);
  if (!a) a = Lookup(Join(t, 0, t.size()));
  out.ocr_letter = ocr_guess;
  bool loose = p.unknown || ocr_guess;
  // A name whose last word is in parentheses ("P-Kappa-kæde (fri)": the free kappa chain).
  if (!a && paren.size() == 1) {
    std::vector<std::string> inner;
    a = Lookup(core_stripped + " " + Fold(paren[0], &inner));
    if (a) loose = false;
  }
  if (!a && (a = LookupPrefix(stripped))) loose = true;
  if (!a && (a = LookupNearWords(stripped))) loose = out.ocr_letter = true;
  if (!a) return out;
  // "Paraprotein type (IFE)": the isotype of the monoclonal protein, read as the immunofixation
  // that the parentheses name (its value is the isotype, "IgG lambda").
  if (*a == Analyte::kIsotype && p.analyte &&
      (*p.analyte == Analyte::kSerumIfe || *p.analyte == Analyte::kUrineIfe)) {
    a = p.analyte;
  }
  // "Urine BJP (IFE)": Bence Jones protein looked for by immunofixation; its value is the type.
  const bool ife_of_bjp = *a == Analyte::kUrineMProtein && p.analyte &&
                          (*p.analyte == Analyte::kSerumIfe || *p.analyte == Analyte::kUrineIfe);
  if (ife_of_bjp) a = Analyte::kUrineIfe;
  if (p.analyte && *p.analyte != *a && !ife_of_bjp) loose = true;
  // A band's region beside any other test is not understood.
  if (p.region && *a != Analyte::kSerumMProtein) loose = true;
  return ApplySpecimen(*a, n, loose, std::move(out));
}

}  // namespace oncoguide::import
