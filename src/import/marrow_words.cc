#include "marrow_words.h"

#include <cctype>
#include <string>
#include <string_view>

namespace oncoguide::import::internal {

namespace {

bool Has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

}  // namespace

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

}  // namespace oncoguide::import::internal
