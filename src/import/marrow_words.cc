#include "marrow_words.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "label_dates.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/narrative.h"

namespace oncoguide::import::internal {

namespace {

bool Has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

}  // namespace

size_t PlasmaCellWordAt(const std::string& s) {
  size_t at = std::string::npos;
  for (std::string_view w : {"plasma cell", "plasmazell", "plasmocyt", "plazmocyty", "plasmátic",
                             "plasmatic", "plasmacel", "plasmócit"}) {
    at = std::min(at, s.find(w));
  }
  return at;
}

// A count of flow cytometry events or FISH nuclei rather than of the marrow's cells: "of (total)
// events" or "sorted" just after it, or flow cytometry, FISH or a translocation just before it.
bool FlowOrFishPercent(const std::string& s, size_t at) {
  const std::string after = s.substr(at, 40);
  for (std::string_view w : {"event", "sorted", "nuclei", "of cells analy"}) {
    if (after.find(w) != std::string::npos) return true;
  }
  // Cells described by their phenotype ("0.84% of nucleated cells, of which 92% show an
  // aberrant phenotype (CD19-, CD56+, CD45-)"): a flow cytometry count, not the aspirate's (a
  // count whose restriction immunohistochemistry shows, "CD138+, CD56+", still is).
  const std::string markers = s.substr(at, 120);
  for (std::string_view w : {"aberrant phenotype", "phenotype (cd", "immunophenotype", "cd19"}) {
    if (markers.find(w) != std::string::npos) return true;
  }
  // Nuclei scored by FISH in other languages, as whole words ("v 24 % jader", cs; "jąder", pl;
  // "ядер", ru): not "jaderných buněk", nucleated cells, which a count may be of.
  for (std::string_view w : {"jader",
                             "j\xC4\x85"
                             "der",
                             "\xD1\x8F\xD0\xB4\xD0\xB5\xD1\x80"}) {
    const size_t p = after.find(w);
    if (p == std::string::npos) continue;
    const size_t end = p + w.size();
    if (end >= after.size() || (!std::isalpha(static_cast<unsigned char>(after[end])) &&
                                static_cast<unsigned char>(after[end]) < 0x80)) {
      return true;
    }
  }
  // The share of cells with one light chain, right after its name ("cadeias leves
  // citoplasmáticas: kappa 97%, lambda 3%"): a clonality finding, not a count of plasma cells.
  std::string_view lead(s.data(), at);
  while (!lead.empty() && (lead.back() == ' ' || lead.back() == ':')) lead.remove_suffix(1);
  if (lead.ends_with("kappa") || lead.ends_with("lambda")) return true;
  const std::string before = s.substr(at > 60 ? at - 60 : 0, at > 60 ? 60 : at);
  for (std::string_view w :
       {"flow cytometr", "fish", "t(", "del(", "translocation", "durchflusszytometr", "citometr",
        // Normal, polytypic plasma cells counted apart from the abnormal ones: a flow
        // cytometry finding ("Normal polytypic plasma cells 0.1%"), never the aspirate's count.
        "polytypic", "polyclonal", "normal plasma"}) {
    if (before.find(w) != std::string::npos) return true;
  }
  // Flow cytometry named at the start of a long sentence ("imunofenotipagem por citometria de
  // fluxo da medula (07/03/2024): 18,5% de plasmócitos, sendo 99% com fenótipo aberrante").
  const std::string sentence_before = s.substr(0, at);
  for (std::string_view w : {"flow cytometr", "citometr", "cytometr", "immunophenotyp",
                             "imunofenotip", "inmunofenotip", "virtaussytometr"}) {
    if (sentence_before.find(w) != std::string::npos) return true;
  }
  return false;
}

std::optional<bool> FlowSectionHeading(const std::string& s) {
  std::string_view t = TrimSpaces(s);
  // The enumerator ("2.", "ii)", "b)") is not a number of the heading.
  size_t i = 0;
  while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.' ||
                          t[i] == ')' || t[i] == ' ')) {
    ++i;
  }
  t.remove_prefix(i);
  if (t.empty() || t.size() > 90 || t.find('%') != std::string_view::npos ||
      t.find_first_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  for (std::string_view w : {"cytometr", "citometr", "zitometr", "zytometr", "sytometr",
                             "immunophenotyp", "imunofenotip", "inmunofenotip"}) {
    if (t.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool Negated(const std::string& s) {
  for (std::string_view n :
       {"no evidence", "no light chain", "no monotypic", "no clonal", "not restricted", "without",
        "negative for", "absence of", "polytypic", "polyclonal", "no kappa", "no lambda",
        "not identified", "not detected", "no monoclonal", "no abnormal",
        // es, it, pt, fr, de, nl: polyclonal, without restriction.
        "policlonal", "sin restric", "sem restri", "senza restri", "polyclonale", "sans restri",
        "ohne restrikt", "polyklonal", "zonder restrict", "polyclonaal",
        // fi: polyclonal, no restriction
        "polyklonaali", "ei restrikt",
        // cs, pl: polyclonal, without restriction
        "polyklonáln", "bez restrik", "poliklonaln", "bez restryk"}) {
    if (Has(s, n)) return true;
  }
  return false;
}

std::optional<EarlierCount> EarlierMarrowCount(const std::string& s, DateOrder order) {
  if (!SpeaksOfEarlierResult(s)) return std::nullopt;
  std::optional<LabDate> d = FindLabDate(s, order);
  if (PlasmaCellWordAt(s) == std::string::npos || !d ||
      FindLabDate(std::string_view(s).substr(d->end), order))
    return std::nullopt;
  // A comparison or a change speaks of today's count too.
  for (std::string_view w :
       {"compar", "fallen", "fell",    "decreas", "increas",  "drop",     "rose",
        "risen",  "down",   " up ",    "now",     "current",  "today",    "reduc",
        "redu",   "diminu", "aument",  "baj",     "subi",     "descend",  "versus",
        " vs",    "than",   "face ao", "frente",  "rapport",  "hoje",     "actual",
        "atual",  "agora",  "ahora",   "jetzt",   "gesunken", "gestiegen"}) {
    if (Has(s, w)) return std::nullopt;
  }
  const size_t pct = s.find('%', d->end);
  if (pct == std::string::npos || s.find('%', pct + 1) != std::string::npos ||
      s.substr(0, d->begin).find('%') != std::string::npos || pct - d->end > 40 ||
      FlowOrFishPercent(s, pct)) {
    return std::nullopt;
  }
  size_t b = pct;
  while (b > d->end && s[b - 1] == ' ') --b;
  size_t a = b;
  while (a > d->end && (std::isdigit(static_cast<unsigned char>(s[a - 1])) || s[a - 1] == ',' ||
                        s[a - 1] == '.')) {
    --a;
  }
  std::string number = s.substr(a, b - a);
  if (number.find_first_of("0123456789") == std::string::npos) return std::nullopt;
  for (char& ch : number) ch = ch == ',' ? '.' : ch;
  return EarlierCount{*d, std::strtod(number.c_str(), nullptr)};
}

}  // namespace oncoguide::import::internal

namespace oncoguide::import {

void ReadEarlierMarrowCounts(const std::vector<std::string>& sentences,
                             const std::function<const Line&(size_t)>& line_of, DateOrder order,
                             ImportResult* out) {
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::optional<internal::EarlierCount> e =
        internal::EarlierMarrowCount(sentences[n], order);
    if (!e) continue;
    const Line& line = line_of(n);
    ImportedObservation io;
    io.obs.date = e->date.date;
    io.obs.analyte = records::Analyte::kBmPlasmaCells;
    io.obs.value = e->percent;
    io.written_number = e->percent;
    io.written_unit = "%";
    io.previous = true;
    io.source = SourceRef{line.page, std::string(TrimSpaces(sentences[n])), line.box};
    io.Review("an earlier marrow's count, read from a sentence");
    if (e->date.ambiguous) io.Review("date could be day-first or month-first");
    out->observations.push_back(std::move(io));
  }
}

}  // namespace oncoguide::import
