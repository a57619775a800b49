// The result of the lab-only reading IMWG-2016-lab (see lab_rules.h, lab_engine.h).
//
// Lab-only categories are always written with their "-lab" suffix ("CR-lab", "VGPR-lab", ...,
// "PD-lab", "NE-lab") and their long names end in "(lab-only)", so that no output can show a
// lab-only call as a strict IMWG category. The lab reading has no sCR and no MRD categories.
#ifndef ONCOGUIDE_RESPONSE_LAB_LAB_REPORT_H_
#define ONCOGUIDE_RESPONSE_LAB_LAB_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/response/assessment.h"
#include "oncoguide/response/category.h"

namespace oncoguide::response {

// "CR-lab", "VGPR-lab", "PR-lab", "MR-lab", "SD-lab", "PD-lab", "NE-lab".
// REQUIRES: c != Category::kSCR (the lab reading never gives sCR).
std::string_view LabCategoryName(Category c);
// "complete response (lab-only)", ..., "not evaluable (lab-only)".
std::string_view LabCategoryLongName(Category c);
// Parses "CR-lab" etc. (case-insensitive); nullopt otherwise (a strict name is not accepted).
std::optional<Category> LabCategoryFromName(std::string_view name);

// One clinic visit: the tests drawn within the visit window (rule L1).
struct LabVisit {
  Date date;                      // first test date of the visit
  Date last_date;                 // last test date grouped into it (== date for a one-day visit)
  Category call = Category::kNE;  // this visit's own (unconfirmed) call
  // True when the next evaluable visit of the line meets the call too (PD-lab: shows PD-lab).
  // SD-lab needs no confirmation and is always confirmed.
  bool confirmed = false;
  // The call this visit and the next evaluable visit together confirm (the lower of the two
  // responses; PD-lab when both are PD-lab; SD-lab for SD-lab); nullopt when none is confirmed.
  std::optional<Category> confirmed_call;
  // Starts with "Lab-only reading (IMWG-2016-lab):" and explains the call from the numbers.
  std::string explanation;
  std::vector<std::string> missing;  // what a (higher) lab-only category needs
  std::vector<KeyValue> values;      // the values used (canonical units; bounds in explanation)
};

struct LabLine {
  std::optional<std::string> regimen;  // nullopt when the record has no therapy
  Date start;
  std::string driver;    // "serum M-protein", "free light chains", ... ("" when none)
  std::string baseline;  // explanation of the baseline and the driving tests
  std::vector<LabVisit> visits;
  std::optional<Category> best_confirmed;  // best confirmed call before confirmed PD-lab
  std::optional<Date> best_confirmed_date;
  std::optional<Date> progression_date;  // first visit of a confirmed PD-lab
  std::vector<std::string> notes;
};

struct LabReport {
  std::string patient_id;
  std::string criteria;  // always "IMWG-2016-lab"
  std::string version;   // the rule table version
  int visit_window_days = 7;
  std::vector<LabLine> lines;
};

}  // namespace oncoguide::response

#endif  // ONCOGUIDE_RESPONSE_LAB_LAB_REPORT_H_
