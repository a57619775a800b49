// The personal section of an `ask` reply: where this person stands, from their own records. A
// view of a PatientResult (pipeline/patient_result.h): it computes no response or stage itself.
// The CLI (and the server) join it to the knowledge-base reply (kb/reply.h PersonalBlock).
//
// Contract:
//   - The line described is the last line of therapy of the report. Current response = the last
//     assessment of that line (its date, whether it is confirmed); best response = the line's
//     best confirmed response and its date. Key numbers are the assessment's values with their
//     baseline and the change from it; "what the next category would need" is the assessment's
//     `missing` list (and its explanation).
//   - Stage: ISS / R-ISS / R2-ISS of the result, with the tests that would decide a stage that
//     cannot be given.
//   - Last test = PatientResult::last_test_date. Follow-up is overdue when more than
//     kFollowUpOverdueDays days passed between it and `today`.
#ifndef ONCOGUIDE_REPORT_PATIENT_SUMMARY_H_
#define ONCOGUIDE_REPORT_PATIENT_SUMMARY_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide {

// About three months: follow-up tests are usually every 1-3 months during and after treatment.
inline constexpr int kFollowUpOverdueDays = 92;

struct PersonalSection {
  std::string patient_id;
  std::optional<std::string> regimen;           // the line's regimen
  std::optional<std::string> current_response;  // "VGPR (very good partial response)"
  std::optional<Date> current_response_date;
  bool current_confirmed = false;
  std::optional<std::string> best_response;
  std::optional<Date> best_response_date;
  std::vector<std::string> key_numbers;  // "serum M-protein 0.4 g/dL (baseline 3.2 g/dL, -88%)"
  std::string explanation;               // the assessment's own explanation
  std::vector<std::string> next_needs;   // what a (higher) category would need
  std::optional<std::string> stage;      // "ISS II, R-ISS II, R2-ISS II"
  std::string stage_explanation;
  std::vector<std::string> stage_missing;
  std::optional<Date> last_test_date;
  std::optional<int> days_since_last_test;
  bool follow_up_overdue = false;
  std::vector<std::string> notes;  // line notes (e.g. antibody interference)
  // The lab-only reading (IMWG-2016-lab, response/lab/lab_engine.h) of the same records, shown
  // BESIDE the strict one, never instead of it: its last visit of the last line.
  std::optional<std::string> lab_response;  // "complete response (lab-only) (CR-lab)"
  std::optional<std::string> lab_code;      // "CR-lab"
  std::optional<Date> lab_response_date;
  bool lab_confirmed = false;
  std::string lab_explanation;
  // "By IMWG 2016: VGPR, CR needs .... What your labs alone show: complete response (lab-only)"
  std::string two_readings;
};

// Summarises one patient's computed results as of `today`.
PersonalSection Summarize(const PatientResult& result, Date today);

nlohmann::json ToJson(const PersonalSection& p);

// Plain-text lines for the terminal (no heading).
std::vector<std::string> ToLines(const PersonalSection& p);

}  // namespace oncoguide

#endif  // ONCOGUIDE_REPORT_PATIENT_SUMMARY_H_
