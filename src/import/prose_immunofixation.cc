// Immunofixation findings read from a report's sentences (narrative.h:
// ReadProseImmunofixation).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/narrative.h"
#include "prose_dates.h"

namespace oncoguide::import {

using internal::DateRightAfter;
using internal::On;
using internal::OwnDates;
using internal::SentenceContext;
using internal::WithClausesBefore;
using records::Analyte;

namespace {

bool Has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

// Where sentence `s` names an immunofixation: "immunofixation", "Immunfixation" (de),
// "immunofissazione" (it), "inmunofijación" (es), "imunofixação" (pt), "immunofiksacja" (pl), or
// "IFE" as a word ("BJP 0.62 g/24h (free lambda on IFE)"), not inside one ("life"); npos if not.
size_t ImmunofixationWordAt(const std::string& s) {
  size_t at = std::string::npos;
  for (std::string_view w : {"immunofix", "immunfix", "imunofix", "inmunofij", "immunofiss",
                             "immunofiks", "immunfiks"}) {  // nb, da "immunfiksasjon"
    at = std::min(at, s.find(w));
  }
  for (size_t k = s.find("ife"); k != std::string::npos; k = s.find("ife", k + 1)) {
    const bool alone = (k == 0 || !std::isalnum(static_cast<unsigned char>(s[k - 1]))) &&
                       (k + 3 >= s.size() || !std::isalnum(static_cast<unsigned char>(s[k + 3])));
    if (alone) at = std::min(at, k);
  }
  return at;
}

// True when an amount of M-protein follows s[from] ("22 g/L", "is 1.2 g/dL").
bool AmountAfter(const std::string& s, size_t from) {
  const std::vector<std::string> w = internal::ProseWords(s.substr(from, 40));
  size_t k = 0;
  while (k < w.size() && k < 2 && (w[k] == "of" || w[k] == "is" || w[k] == "was" || w[k] == "=")) {
    ++k;
  }
  if (k + 1 >= w.size()) return false;
  const std::optional<LabValue> v = ParseLabValue(w[k] + " " + w[k + 1]);
  return v && v->kind == LabValue::Kind::kNumber && v->unit.find("g/") != std::string::npos;
}

// An M-protein with its amount, named with its whole isotype, heavy and light chain, just before
// it ("IgA lambda paraprotein 22 g/L") or in parentheses after the amount ("paraprotein 22 g/L
// (IgA lambda)"): a typing, which immunofixation does. Not a patient's history ("66-year-old man
// with an IgG kappa M-protein"). Where the M-protein's name starts and the isotype, or npos and
// "".
std::pair<size_t, std::string> TypedMProtein(const std::string& s) {
  const auto whole = [](const std::string& iso) {
    return iso.starts_with("Ig") && iso.find(' ') != std::string::npos;
  };
  if (Has(s, "year-old") || Has(s, "year old") || Has(s, "clinical details") || Has(s, "typed")) {
    return {std::string::npos, ""};
  }
  for (std::string_view w : {"paraprotein", "m-protein", "m protein", "m-spike", "m spike",
                             "m-band", "monoclonal protein"}) {
    for (size_t at = s.find(w); at != std::string::npos; at = s.find(w, at + 1)) {
      const size_t from = at >= 16 ? at - 16 : 0;
      std::string iso = IsotypeIn(s.substr(from, at - from));
      const size_t open = s.find('(', at);
      if (!whole(iso) && open != std::string::npos && open < at + w.size() + 16) {
        iso = IsotypeIn(s.substr(open, s.find(')', open) - open));
      }
      if (whole(iso) && AmountAfter(s, at + w.size())) return {at, iso};
    }
  }
  return {std::string::npos, ""};
}

}  // namespace

void ReadProseImmunofixation(const std::vector<std::string>& sentences,
                             const std::function<const Line&(size_t)>& line_of,
                             const std::function<DateContext(const Line&)>& date_of,
                             DateOrder order, bool urine_page, ImportResult* out) {
  const std::vector<std::optional<LabDate>> own_dates = OwnDates(sentences, order);
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::string& s = sentences[n];
    const std::optional<LabDate>& own = own_dates[n];
    size_t at = ImmunofixationWordAt(s);
    const auto [typed_at, typed_iso] = TypedMProtein(s);
    const bool typed = at == std::string::npos && typed_at != std::string::npos;
    if (typed) at = typed_at;
    if (at == std::string::npos) continue;
    // An earlier finding ("at diagnosis", "the previous immunofixation") is not this date's.
    bool earlier = false;
    for (std::string_view w : {"prior", "previous", "diagnosis", "baseline", "earlier", "initially",
                               "originally", "compared", "history", "pending"}) {
      earlier |= Has(s, w);
    }
    if (earlier) continue;
    // The isotype named after the word ("... kappa 31.5 mg/L, and immunofixation remains
    // positive for IgG kappa"), not a light chain named before it.
    std::string iso = typed ? typed_iso : IsotypeIn(s.substr(at));
    // "typ IgG-kappa enligt immunfixation" (sv: according to): the isotype just before the word;
    // "free lambda on IFE", "IgG kappa by immunofixation": the band the test found.
    bool found_by = false;
    if (iso.empty() && at >= 8) {
      const std::string before = s.substr(at >= 24 ? at - 24 : 0, at >= 24 ? 24 : at);
      if (Has(before, "enligt") || Has(before, "according to") || Has(before, "ifolge")) {
        iso = IsotypeIn(before);
      } else if (before.ends_with(" on ") || before.ends_with(" by ") || before.ends_with(" (")) {
        // "... IgG kappa (immunfiksasjon 12.09.2023)": the band, then the test in brackets.
        iso = IsotypeIn(before);
        found_by = !iso.empty();
      }
    }
    // Negative and positive wording, in English and in the report languages the importer
    // reads ("påvisas": detected, Swedish; "Nachweis": detection, German).
    const std::string f = FoldLatin(s);
    const std::string about = WithClausesBefore(sentences, n);  // for the specimen
    bool none = false, found = found_by || typed;
    for (std::string_view w : {"no monoclonal", "negative", "not detected", "no abnormal",
                               "no paraprotein", "no band", "ingen", "ej pavisad", "kein",
                               "no se detecta", "absence", "assenza", "niet aangetoond"}) {
      none |= Has(f, w);
    }
    for (std::string_view w :
         {"identified", "identifies", "detected", "shows", "showed", "revealed", "demonstrat",
          "confirm", "positiv", "persists", "pavisas", "nachweis", "presence", "presencia",
          "presenza", "se detecta", "aanwezig", "aangetoond",
          // sv, da, nb: "M-komponent IgG-kappa kvarstår" (an M-component, typed, persists)
          "m-komponent", "m komponent", "kvarstar"}) {
      found |= Has(f, w);
    }
    // "Serum immunofixation: IgG kappa paraprotein", "immunofixation IgG lambda": the isotype
    // right after the word, or after its colon.
    // (Its specimen and sample date may stand between: "Imunofixação sérica (06/06/2023):".)
    const size_t colon = s.find(':', at);
    const size_t close = s.find(')', at);
    const bool dated_label = close != std::string::npos && close < colon && colon == close + 1 &&
                             close < at + 48 && FindLabDate(s.substr(at, close - at), order);
    if (!iso.empty() && colon != std::string::npos && (colon < at + 20 || dated_label) &&
        IsotypeIn(s.substr(colon + 1, 12)) == iso) {
      found = true;
    }
    if (const size_t next = s.find(' ', at);
        !iso.empty() && next != std::string::npos && next < at + 16 &&
        IsotypeIn(s.substr(next + 1, 12)) == iso && s.compare(next + 1, 2, "ig") == 0) {
      found = true;
    }
    if (none == (!iso.empty() && found)) continue;  // neither, or both: not a plain finding
    // On a page with a urine section, a sentence that names the serum ("Immunofixation des
    // protéines sériques") is still the serum's.
    const std::string about_folded = FoldLatin(about);
    bool serum = false;
    for (std::string_view w : {"serum", "seriq", "sieric", "suero", "serico", "serica", "soro"}) {
      serum |= Has(about_folded, w);
    }
    const Analyte a = (urine_page && !serum) || internal::NamesUrine(about) ? Analyte::kUrineIfe
                                                                            : Analyte::kSerumIfe;
    const Line& line = line_of(n);
    DateContext d = SentenceContext(line, own, order, date_of);
    // "Immunofixation on 09/01/2024 had confirmed ...": the date right after the word.
    size_t word_end = at;
    while (word_end < s.size() && std::isalpha(static_cast<unsigned char>(s[word_end]))) ++word_end;
    if (std::optional<LabDate> nd = DateRightAfter(s, word_end, order)) {
      d = On(nd, d);
    }
    if (!d.date) continue;
    // A table's result of the same date wins; a detected one without an isotype ("Abnormal")
    // takes the isotype the text names, for review.
    bool seen = false;
    for (ImportedObservation& o : out->observations) {
      if (o.obs.analyte != a || o.obs.date != d.date->date || o.previous) continue;
      seen = true;
      if (!none && o.obs.value == 1 && o.obs.text.empty() && !iso.empty()) {
        o.obs.text = iso;
        o.Review("isotype read from the report's text");
      }
    }
    if (seen) continue;
    ImportedObservation io;
    io.obs.date = d.date->date;
    io.obs.analyte = a;
    io.obs.value = none ? 0 : 1;
    io.obs.text = none ? "" : iso;
    io.source = SourceRef{line.page, std::string(TrimSpaces(s)), line.box};
    io.Review("result read from a sentence, not a table");
    if (typed)
      io.Review("an isotype named with the M-protein, read as the immunofixation that typed it");
    if (d.date->ambiguous) io.Review("date could be day-first or month-first");
    if (d.generic) io.Review("date not labelled as the collection date");
    out->observations.push_back(std::move(io));
  }
}

}  // namespace oncoguide::import
