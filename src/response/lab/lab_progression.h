// Internal to the lab-only reading: progression at one visit (rules L8 and L9), by any one
// criterion: a rise of a measure from its nadir, light-chain escape or a change of the involved
// light chain.
#ifndef ONCOGUIDE_SRC_RESPONSE_LAB_LAB_PROGRESSION_H_
#define ONCOGUIDE_SRC_RESPONSE_LAB_LAB_PROGRESSION_H_

#include <string>
#include <vector>

#include "lab_evaluate.h"

namespace oncoguide::response::lab {

// Rules L8 and L9: progression by any one criterion. `yes` holds the criteria met, `maybe` those
// a bound leaves open. A new lesion is named but is not part of the lab-only reading.
struct Progression {
  std::vector<std::string> yes;
  std::vector<std::string> maybe;
};

// Checks rules L8 and L9 at visit `v` with its measures `m`; a new lesion is named in `d`.
Progression CheckProgression(const Visit& v, const Measures& m, const LineState& s, Draft* d);

}  // namespace oncoguide::response::lab

#endif  // ONCOGUIDE_SRC_RESPONSE_LAB_LAB_PROGRESSION_H_
