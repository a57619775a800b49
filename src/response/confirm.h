// Internal to the response engine: what is decided over a whole line once each assessment has
// its call (Kumar 2016, Lancet Oncol 17:e328, Table 3 notes): confirmation of each call, the
// progression date, the best confirmed response, the latest call awaiting confirmation, and the
// MRD status.
#ifndef ONCOGUIDE_SRC_RESPONSE_CONFIRM_H_
#define ONCOGUIDE_SRC_RESPONSE_CONFIRM_H_

#include <vector>

#include "oncoguide/records/record.h"
#include "oncoguide/response/assessment.h"
#include "oncoguide/response/criteria.h"

namespace oncoguide::response::internal {

// Marks confirmed calls (imaging_pd[i]: assessment i is PD on imaging, which needs no
// confirmation) and sets progression_date, best_response and awaiting_confirmation.
void Confirm(TherapyLine& line, const std::vector<bool>& imaging_pd);

// MRD status of the line (Kumar 2016, Table 3: all MRD categories require CR). Looks at every
// assessment in CR or better before progression, with the MRD and PET/CT results carried forward.
// The carried-forward MRD and PET/CT results at one assessment (all that SetMrd needs of the
// line's state then).
struct MrdCarry {
  const records::Observation* ngf = nullptr;
  const records::Observation* ngs = nullptr;
  const records::Observation* pet = nullptr;
};

// Sets the line's MRD status from the results carried forward at each assessment.
void SetMrd(TherapyLine& line, const std::vector<MrdCarry>& states, const ResponseCriteria& c);

}  // namespace oncoguide::response::internal

#endif  // ONCOGUIDE_SRC_RESPONSE_CONFIRM_H_
