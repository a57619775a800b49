// Internal to the response engine: the complete-response requirements of Kumar 2016, Table 3
// (CR and sCR rows), and the notes on immunofixation results that keep CR out of reach.
#ifndef ONCOGUIDE_SRC_RESPONSE_COMPLETE_RESPONSE_H_
#define ONCOGUIDE_SRC_RESPONSE_COMPLETE_RESPONSE_H_

#include <string>
#include <vector>

#include "evaluate.h"

namespace oncoguide::response::internal {

struct CompleteResponse {
  Tri cr = Tri::kUnknown;
  Tri scr = Tri::kUnknown;
  Tri ratio_normal = Tri::kUnknown;   // kappa/lambda ratio on the date
  std::vector<std::string> cr_needs;  // the tests CR still needs when it is unknown
  std::vector<std::string> notes;     // positive IFE, marrow not below 5%, interference
};

// `m_protein_levels_vgpr`: every M-protein measure meets VGPR (kYes), one does not (kNo), or
// one is unknown; used in M-protein mode only.
CompleteResponse CheckCompleteResponse(const Day& day, const LineState& s,
                                       Tri m_protein_levels_vgpr);

// What sCR still needs after CR is met: "a normal kappa/lambda ratio and ...", or "".
std::string StringentNeeds(const CompleteResponse& cr, const LineState& s);

// The antibody-interference note for a positive serum IFE, or "" when it does not apply.
std::string InterferenceNote(const Day& day, const LineState& s);

}  // namespace oncoguide::response::internal

#endif  // ONCOGUIDE_SRC_RESPONSE_COMPLETE_RESPONSE_H_
