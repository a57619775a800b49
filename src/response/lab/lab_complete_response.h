// Complete response in the lab-only reading (rule L7 of IMWG-2016-lab; see lab_rules.cc), private
// to src/response/lab.
//
// CR-lab is asked only when every driving measure meets VGPR-lab. It needs the M-spikes reported
// as not seen (not as a bound), urine M-protein below the measurable level when urine does not
// drive, a normal kappa/lambda ratio when the light chains drive or stand in (rule L5), no
// positive immunofixation, and marrow plasma cells below the CR cut-off when a marrow result is
// in the line. Each part is three-valued: met, not met (named in `fails`), or unknown (what would
// decide it is named in `needs`).
#ifndef ONCOGUIDE_SRC_RESPONSE_LAB_LAB_COMPLETE_RESPONSE_H_
#define ONCOGUIDE_SRC_RESPONSE_LAB_LAB_COMPLETE_RESPONSE_H_

#include <optional>
#include <string>
#include <vector>

#include "lab_evaluate.h"
#include "oncoguide/common/compare.h"

namespace oncoguide::response::lab {

struct CrCheck {
  Tri met = Tri::kYes;
  std::vector<std::string> needs;  // unknown parts
  std::vector<std::string> fails;  // parts that are not met
  // Texts are built only for the outcome that needs one (this runs at every VGPR-lab visit).
  template <typename Need, typename Fail>
  void Add(Tri t, Need need, Fail fail) {
    met = And(met, t);
    if (t == Tri::kUnknown) needs.push_back(need());
    if (t == Tri::kNo) fails.push_back(fail());
  }
};

// Rule L7 for `visit`; `serum`/`urine` are the visit's M-proteins (MProtein()).
CrCheck CheckCr(const Visit& visit, const LineState& line, const std::optional<Value>& serum,
                const std::optional<Value>& urine, bool ratio_required);

// What strict IMWG 2016 CR would still need beyond CR-lab, named in every CR-lab explanation.
std::string StrictCrNeeds(const Visit& visit, const LineState& line);

}  // namespace oncoguide::response::lab

#endif  // ONCOGUIDE_SRC_RESPONSE_LAB_LAB_COMPLETE_RESPONSE_H_
