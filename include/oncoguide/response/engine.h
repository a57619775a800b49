// The response engine: assesses one patient's record against a criteria version.
//
// Contract (sources: Kumar 2016, Lancet Oncol 17:e328, Table 3, and Rajkumar 2011, Blood
// 117:4691; each threshold with its table in criteria.cc):
//   - Lines of therapy start at each therapy_start; a record with none is one line whose baseline
//     is its first assessment date. therapy_phase rows, and therapy_start rows whose regimen
//     names a transplant, consolidation or maintenance with no progression before them (and no
//     "new line" in their note), are phases of the current line (Rajkumar 2015, Blood 126:921).
//   - Baseline = the last value of each analyte on or before the line's start, when it lies
//     within the criteria's baseline window; an older value leaves that analyte without one.
//   - A value given against a test's limit (Observation::bound) is the range of values it
//     allows; a rule is met only when it holds for all of them.
//   - Tests dated less than the visit window (criteria.visit_window_days, 7 days; AssessOptions
//     can change it) after an assessment's first test form one assessment dated by its first
//     test, using the last result of each test; a repeat of a test already in it, or the start
//     of a line or phase, starts a new one. Marrow, clonality, MRD and imaging results taken
//     during the line carry forward to later assessments of the line; they never apply backward.
//   - Each assessment gets the highest category whose requirements are all known to be met; PD
//     takes precedence; confirmation needs the next assessment of the line to meet the same
//     category (imaging PD needs none). The best response counts confirmed calls only; the
//     latest call still awaiting confirmation is reported apart (awaiting_confirmation).
// Assess() never fails: what cannot be decided is NE with the missing results named.
#ifndef ONCOGUIDE_RESPONSE_ENGINE_H_
#define ONCOGUIDE_RESPONSE_ENGINE_H_

#include "oncoguide/records/record.h"
#include "oncoguide/response/assessment.h"
#include "oncoguide/response/criteria.h"

namespace oncoguide::response {

struct AssessOptions {
  // Days from an assessment's first test within which later tests join it; 0 = the criteria's
  // visit_window_days; 1 = every date is its own assessment.
  int visit_window_days = 0;
};

// REQUIRES: record.observations sorted by date (readers guarantee it).
ResponseReport Assess(const records::PatientRecord& record,
                      const ResponseCriteria& criteria = Imwg2016(),
                      const AssessOptions& options = {});

}  // namespace oncoguide::response

#endif  // ONCOGUIDE_RESPONSE_ENGINE_H_
