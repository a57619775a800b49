// Words of marrow reports (narrative.cc): which percentages are not the marrow's count, which
// wordings deny a clonal finding, and an earlier marrow's count stated with its own date.
#ifndef ONCOGUIDE_SRC_IMPORT_MARROW_WORDS_H_
#define ONCOGUIDE_SRC_IMPORT_MARROW_WORDS_H_

#include <optional>
#include <string>

#include "oncoguide/import/lab_text.h"

namespace oncoguide::import::internal {

// Where a lower-case sentence first names plasma cells: "plasma cells", "Plasmazellen" (de),
// "plasmocytes" (fr), "células plasmáticas" (es), "plasmacellule" / "cellule plasmatiche" (it),
// "plasmócitos" (pt), "plasmacellen" (nl), "plazmocyty" (cs); npos if it does not.
size_t PlasmaCellWordAt(const std::string& s);

// True when the percentage at s[at] (a lower-case sentence) counts flow cytometry events or FISH
// nuclei rather than the marrow's cells.
//
//   FlowOrFishPercent("flow cytometry: 8.2% of total events", 15)  -> true
bool FlowOrFishPercent(const std::string& s, size_t at);

// Whether a lower-case sentence is a section heading (a short line with no number but its
// enumerator, no percentage) and, if so, whether it names flow cytometry: nullopt for a sentence
// that is no heading, true for "2. fluxu-zitometria / citometría de flujo" or "flow cytometry:",
// false for "1. mielograma (aspirado)". The percentages under a flow cytometry heading count its
// events, not the marrow's cells.
std::optional<bool> FlowSectionHeading(const std::string& s);

// True when a lower-case sentence about clonality denies it ("polytypic", "no light chain
// restriction", "sin restricción", "polyklonaalisia").
bool Negated(const std::string& s);

// An earlier marrow's plasma-cell count in a sentence of its own, led by the earlier procedure
// and its date ("Mielograma anterior (12/10/2023): plasmócitos 52,0 %", "Previous marrow of
// 05/01/2024: 61% plasma cells"): its date and percentage. Nullopt for a sentence that compares
// or reports a change ("... have fallen to 5%"), gives a second date or percentage, or puts the
// count before the date (then it is today's: "plasma cells 5%, compared with the previous marrow
// of 12/01/2024"). `s` is lower-case.
struct EarlierCount {
  LabDate date;
  double percent = 0;
};
std::optional<EarlierCount> EarlierMarrowCount(const std::string& s, DateOrder order);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_MARROW_WORDS_H_
