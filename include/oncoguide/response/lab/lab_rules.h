// The lab-only response reading `IMWG-2016-lab`: its versioned rule table and its sources.
//
// This is a second, clearly labelled reading of a record beside strict IMWG 2016: what response
// the blood and urine tests alone support at each clinic visit, in the spirit of the real-world
// "derived response" algorithms used in studies of routine-care myeloma data (Xu 2023, PLoS One;
// see kLabSources in lab_rules.cc). It never replaces the strict reading, which stays the
// default everywhere.
//
// The response and progression thresholds are NOT copied here: they are read from the strict
// IMWG 2016 table (`Imwg2016()` in criteria.h), so both readings always use the same numbers.
// This table holds only what the lab-only reading adds (visit window, baseline look-back) and
// the list of its rules with their sources, printed by `oncoguide assess --criteria list`.
#ifndef ONCOGUIDE_RESPONSE_LAB_LAB_RULES_H_
#define ONCOGUIDE_RESPONSE_LAB_LAB_RULES_H_

#include <span>
#include <string_view>

#include "oncoguide/common/threshold.h"
#include "oncoguide/response/criteria.h"

namespace oncoguide::response {

// The criteria id of the lab-only reading, as given to `--criteria`.
inline constexpr std::string_view kLabCriteriaId = "IMWG-2016-lab";

// One published source the reading follows.
struct LabSource {
  std::string_view key;       // "Xu2023"
  std::string_view citation;  // authors, title, journal, year, doi/url
  std::string_view used_for;  // what this reading takes from it
};

// One rule of the reading, as data: an id used in explanations and tests, the rule in plain
// words, and where it comes from.
struct LabRule {
  std::string_view id;      // "L3"
  std::string_view text;    // the rule
  std::string_view source;  // "Kumar 2016 Table 3" / "Xu 2023, Methods" / "oncoguide choice: ..."
};

struct LabRules {
  std::string_view id;                 // kLabCriteriaId
  std::string_view version;            // bumped whenever a rule or number changes
  std::string_view summary;            // one line for `--criteria list`
  const ResponseCriteria* thresholds;  // the strict table whose numbers are reused
  // Tests whose dates lie less than this many days after a visit's first test belong to that
  // visit (default 7: see lab_rules.cc for why).
  Threshold visit_window_days;
  // Baseline values older than this before the line's start are not used.
  Threshold baseline_lookback_days;
  std::span<const LabRule> rules;
  std::span<const LabSource> sources;
};

// The current version of the lab-only reading.
const LabRules& Imwg2016LabRules();

// True for "IMWG-2016-lab" (case-insensitive).
bool IsLabCriteriaId(std::string_view id);

}  // namespace oncoguide::response

#endif  // ONCOGUIDE_RESPONSE_LAB_LAB_RULES_H_
