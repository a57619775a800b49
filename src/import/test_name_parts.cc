// Test names made of parts (test_names.h): a bilingual name ("Hemoglobin / Hémoglobine"), a
// group's short name before the test's ("S-Proteinfraktioner, M-komponent"), and a unit written
// after a comma ("Гемоглобин, г/л"). Each part is matched by internal::MatchOneName.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cell_text.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/test_names.h"
#include "test_name_words.h"

namespace oncoguide::import {

using internal::MatchOneName;
using records::Analyte;

namespace {

// A name after the laboratory's code for it ("HGB Hemoglobin", "CRE Creatinine"): a first word of
// two to six capitals or digits that is no test of its own, then a name known exactly. Not an
// isotype's heavy chain before a light chain ("IGG Kappa": IgG is a test of its own).
std::optional<TestName> AfterItsCode(std::string_view text, Specimen context) {
  const size_t space = text.find(' ');
  if (space == std::string_view::npos || space < 2 || space > 6) return std::nullopt;
  const std::string_view code = text.substr(0, space);
  if (!std::all_of(code.begin(), code.end(),
                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); })) {
    return std::nullopt;
  }
  const TestName rest = MatchOneName(TrimSpaces(text.substr(space + 1)), context);
  if (rest.match != TestName::Match::kExact) return std::nullopt;
  const TestName own = MatchOneName(code, context);
  if (own.match != TestName::Match::kNone &&
      !(own.match == TestName::Match::kExact && own.analyte == rest.analyte)) {
    return std::nullopt;
  }
  return rest;
}

// An M-protein's name after the electrophoresis that measured it ("Serum protein
// electrophoresis M-band", "Urine protein electrophoresis M-spike"): that M-protein, in the
// specimen the title names. Other tests after the words are not taken.
std::optional<TestName> AfterElectrophoresis(std::string_view text, Specimen context) {
  const std::string t = AsciiLower(text);
  const size_t at = t.find("electrophoresis ");
  if (at == std::string::npos) return std::nullopt;
  const std::string_view before = TrimSpaces(std::string_view(t).substr(0, at));
  if (!before.empty() && before != "protein" && before != "serum protein" && before != "serum" &&
      before != "urine protein" && before != "urine") {
    return std::nullopt;
  }
  const Specimen named = before.starts_with("urine") ? Specimen::kUrine : context;
  TestName rest = MatchOneName(TrimSpaces(text.substr(at + 16)), named);
  if (rest.match != TestName::Match::kExact ||
      (rest.analyte != Analyte::kSerumMProtein && rest.analyte != Analyte::kUrineMProtein)) {
    return std::nullopt;
  }
  return rest;
}

// True for the ionised calcium's symbol, a flowsheet's column beside "Calcio": "Ca++", "Ca2+",
// "Ca ++ (mmol/L)".
bool IonisedCalciumSymbol(std::string_view text) {
  std::string symbol;
  for (char c : text.substr(0, text.find(" ("))) {
    if (c == ' ') continue;
    symbol.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return symbol == "ca++" || symbol == "ca2+" || symbol == "ca+2" || symbol == "ca+";
}

}  // namespace

TestName MatchTestName(std::string_view text, Specimen context) {
  // Read as the calcium its letters spell, the ionised calcium's values were taken for the total's.
  if (IonisedCalciumSymbol(text)) return MatchTestName("ionised calcium", context);
  // A section's number before its name ("2. 면역고정전기영동", "3) Immunofixation"): the name.
  if (text.size() > 3 && text[0] >= '1' && text[0] <= '9' && (text[1] == '.' || text[1] == ')') &&
      text[2] == ' ') {
    const std::string_view rest = TrimSpaces(text.substr(3));
    if (!rest.empty() && !std::isdigit(static_cast<unsigned char>(rest[0]))) {
      return MatchTestName(rest, context);
    }
  }
  // A Latin abbreviation before its Japanese name in full-width parentheses ("Hb（ヘモグロビン）",
  // "Cre（クレアチニン）"): read as with ASCII ones, "Hb (ヘモグロビン)".
  if (const size_t open = text.find("\xEF\xBC\x88");
      open != std::string_view::npos && open > 0 &&
      static_cast<unsigned char>(text[open - 1]) < 0x80) {
    std::string ascii(text.substr(0, open));
    ascii += " (";
    std::string_view rest = text.substr(open + 3);
    const size_t close = rest.find("\xEF\xBC\x89");
    if (close != std::string_view::npos) {
      ascii += std::string(rest.substr(0, close)) + ")" + std::string(rest.substr(close + 3));
      return MatchTestName(ascii, context);
    }
  }
  // A unit after a comma ("Гемоглобин, г/л", "Креатинин, мкмоль/л"): read as if in parentheses.
  if (const size_t comma = text.rfind(", "); comma != std::string_view::npos) {
    const std::string_view unit = TrimSpaces(text.substr(comma + 2));
    if (unit.find(' ') == std::string_view::npos && internal::IsUnitText(unit)) {
      return MatchTestName(fmt::format("{} ({})", text.substr(0, comma), unit), context);
    }
  }
  TestName whole = MatchOneName(text, context);
  // A bilingual name ("Hemoglobin / Hémoglobine", "Calcium, total / Calcium total", "HGB -
  // hemoglobina"): the first language's name, when the whole is not an exact match.
  size_t slash = text.find(" / ");
  if (slash == std::string_view::npos) slash = text.find(" - ");
  if (whole.match != TestName::Match::kExact && whole.match != TestName::Match::kIgnored &&
      slash != std::string_view::npos) {
    // Each part read as a whole name ("Protein electrophoresis - M-spike / Pic monoclonal": a
    // group's name before the test's in the first language).
    TestName first = MatchTestName(text.substr(0, slash), context);
    // The second part must be the same test in another language, or words we do not know:
    // "Albumin / Globulin" is two tests (a ratio), not albumin.
    const TestName second = MatchTestName(text.substr(slash + 3), context);
    const bool translation =
        second.match == TestName::Match::kNone ||
        ((second.match == TestName::Match::kExact || second.match == TestName::Match::kLoose) &&
         second.analyte == first.analyte);
    if (translation &&
        (first.match == TestName::Match::kExact || first.match == TestName::Match::kIgnored)) {
      return first;
    }
  }
  // A group's short name before the test's ("S-Proteinfraktioner, M-komponent", "Protein
  // elektroforezi (serum) - M protein"): the test after the last comma or dash, matched loosely
  // (for review), when the whole name is not known; a specimen the group names is the test's.
  if (whole.match != TestName::Match::kNone) return whole;
  if (std::optional<TestName> named = AfterItsCode(text, context)) return *named;
  if (std::optional<TestName> m = AfterElectrophoresis(text, context)) return *m;
  for (std::string_view sep : {", ", " - "}) {
    const size_t at = text.rfind(sep);
    if (at == std::string_view::npos) continue;
    const std::string_view group = text.substr(0, at);
    const bool short_group =
        std::count(group.begin(), group.end(), ' ') <= 2 &&
        std::none_of(group.begin(), group.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!short_group) continue;
    const Specimen named = SpecimenOfHeading(group);
    TestName last =
        MatchOneName(text.substr(at + sep.size()), named != Specimen::kUnknown ? named : context);
    if (last.match == TestName::Match::kExact) {
      last.match = TestName::Match::kLoose;
      return last;
    }
  }
  return whole;
}

bool NamesSerum(std::string_view name) {
  const std::string t = FoldLatin(name);  // "SÉRUM" as "serum"
  for (std::string_view w : {"spep", "serum", "seriq", "suero", "siero", "seric"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  return t.starts_with("s-") || t.starts_with("s ");
}

namespace internal::names {

// Words in parentheses after a name that say how it was measured, not what it is.
bool IsMethodWord(std::string_view w) {
  return w == "electrophoresis" || w == "elektrophorese" || w == "spep" || w == "upep" ||
         w == "cze" || w == "densitometry" || w == "densitometric" || w == "nephelometry" ||
         w == "turbidimetry" || w == "capillary" || w == "freelite" || w == "qn" ||
         w == "quantitative" || w == "calculated" || w == "bcg" || w == "bcp" ||
         w == "bromocresol" ||
         // how a marrow finding was made ("PC % (asp.)", "Clonality (IHC)")
         w == "asp" || w == "asp." || w == "aspirate" || w == "smear" || w == "ihc" ||
         w == "flow" || w == "trephine" || w == "core" || w == "method" ||
         // the standard an enzyme is measured to ("LD(IFCC)", "ALP(JSCC)")
         w == "ifcc" || w == "jscc" ||
         // how creatinine was measured ("P-Kreatinin (enz)", "Creatinine (Jaffe)")
         w == "enz" || w == "enzymatic" || w == "enzymatisk" || w == "jaffe" ||
         // the band it was read as ("Component monoclonal (EEF)": Catalan electrophoresis;
         // "Proteina M (pika monokl.)": Albanian monoclonal peak)
         w == "eef" || w == "pika" || w == "monokl" || w == "monoklonale";
}

bool RegionWords(const std::vector<std::string>& words) {
  static const std::set<std::string, std::less<>> kRegion = {
      "alpha", "alfa",   "alpha2", "alfa2", "beta", "beta1",    "beta2",    "gamma",
      "gama",  "region", "regiao", "zona",  "zone", "fraccion", "fraction", "fracao",
      "1",     "2",      "in",     "en",    "de",   "da"};
  bool named = false;
  for (const std::string& w : words) {
    if (!kRegion.contains(w)) return false;
    named |= w.starts_with("alp") || w.starts_with("alf") || w.starts_with("beta") ||
             w.starts_with("gam");
  }
  return named;
}

bool AlbuminFraction(const std::vector<std::string>& words) {
  // The electrophoresis in a report's language, or its short forms ("Albumine (électrophorèse)",
  // "Albumin (EPG)", "Albúmina (fracción)").
  static const std::set<std::string, std::less<>> kAlbumin = {"alb", "albumin", "albumine",
                                                              "albumina"};
  static const std::set<std::string, std::less<>> kElectrophoresis = {"ep",
                                                                      "spe",
                                                                      "spep",
                                                                      "elp",
                                                                      "epg",
                                                                      "elfo",
                                                                      "electrophoresis",
                                                                      "electrophorese",
                                                                      "electroforesis",
                                                                      "electroforese",
                                                                      "elettroforesi",
                                                                      "elektrophorese",
                                                                      "elektroforese",
                                                                      "elektroforeza",
                                                                      "proteinograma",
                                                                      "proteinogramme",
                                                                      "fraccion",
                                                                      "fracao",
                                                                      "fraction",
                                                                      "frazione",
                                                                      "fractie"};
  const auto has = [&](const std::set<std::string, std::less<>>& any) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return any.contains(w); });
  };
  return has(kAlbumin) && has(kElectrophoresis);
}

}  // namespace internal::names

}  // namespace oncoguide::import
