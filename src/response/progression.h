// Internal to the response engine: the progressive-disease criteria of Kumar 2016, Table 3 (any
// one is enough), one function per criterion.
#ifndef ONCOGUIDE_SRC_RESPONSE_PROGRESSION_H_
#define ONCOGUIDE_SRC_RESPONSE_PROGRESSION_H_

#include <string>
#include <vector>

#include "evaluate.h"

namespace oncoguide::response::internal {

// The outcome of the PD criteria on one assessment date.
struct Progression {
  Tri met = Tri::kNo;
  bool biochemical = false;            // a lab-value criterion is met (needs confirmation)
  bool imaging = false;                // a new lesion or plasmacytoma growth (needs none)
  std::vector<std::string> reasons;    // one sentence per criterion met
  std::vector<std::string> undecided;  // why a criterion can be neither met nor ruled out
};

// Applies every PD criterion that drives the line's response to `day`.
Progression CheckProgression(const Day& day, const LineState& s);

}  // namespace oncoguide::response::internal

#endif  // ONCOGUIDE_SRC_RESPONSE_PROGRESSION_H_
