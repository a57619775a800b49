// The lab-only response reading IMWG-2016-lab: what response the blood and urine tests alone
// support at each visit, beside (never instead of) the strict IMWG 2016 assessment.
//
// Contract (rules L1-L12 in lab_rules.cc, with their sources):
//   - Lines of therapy start at each therapy_start (therapy phases never start a line); a record
//     with no therapy is one line whose baseline is its first visit.
//   - Tests within the visit window form one visit; the visit is assessed from its own lab
//     values, against the line's baseline and nadir, with thresholds read from the strict
//     IMWG 2016 table.
//   - Observation bounds are obeyed: "<x" is never x, "trace" has no number.
//   - Every explanation names the reading ("Lab-only reading (IMWG-2016-lab)").
// AssessLab() never fails: what cannot be decided is NE-lab with the reason named.
#ifndef ONCOGUIDE_RESPONSE_LAB_LAB_ENGINE_H_
#define ONCOGUIDE_RESPONSE_LAB_LAB_ENGINE_H_

#include "oncoguide/records/record.h"
#include "oncoguide/response/lab/lab_report.h"
#include "oncoguide/response/lab/lab_rules.h"

namespace oncoguide::response {

struct LabOptions {
  // Days after a visit's first test within which tests join it (rule L1). 0 = the rule table's
  // default (7). 1 = one visit per date, as the strict engine groups.
  int visit_window_days = 0;
};

// REQUIRES: record.observations sorted by date (readers guarantee it).
LabReport AssessLab(const records::PatientRecord& record, const LabOptions& options = {});

}  // namespace oncoguide::response

#endif  // ONCOGUIDE_RESPONSE_LAB_LAB_ENGINE_H_
