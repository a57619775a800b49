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
//   - Progression: the line's confirmed progression (TherapyLine::progression_date) is said as
//     confirmed, whatever the last assessment's own `confirmed` flag says.
//   - Trend: for each disease measure of the line (baseline measurable, else the M-protein and
//     light chains seen), its exact values date by date from baseline, the lowest (nadir) and
//     the latest, with the change from each.
//   - High risk: PatientResult::high_risk as it is (status, reasons, tests not done). MRD: the
//     latest MRD test in the records (method, result, date) and the line's IMWG MRD category.
//   - PersonalLead(p, topic): the one to three plain sentences that answer a personal topic's
//     question from these numbers; the reply shows them before the general explanation.
//   - Last test = PatientResult::last_test_date. Follow-up is overdue when more than
//     kFollowUpOverdueDays days passed between it and `today`.
#ifndef ONCOGUIDE_REPORT_PATIENT_SUMMARY_H_
#define ONCOGUIDE_REPORT_PATIENT_SUMMARY_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide::report {

// About three months: follow-up tests are usually every 1-3 months during and after treatment.
inline constexpr int kFollowUpOverdueDays = 92;

// One disease measure over time (oldest first). Bounded values ("<0.1") are listed but never
// used as the nadir or for a change.
struct TrendPoint {
  Date date;
  double value = 0;
  records::ValueBound bound = records::ValueBound::kExact;
  bool baseline = false;
};
struct MeasureTrend {
  std::string label;  // "serum M-protein"
  std::string unit;   // "g/dL"
  std::vector<TrendPoint> points;
  std::optional<TrendPoint> nadir;   // lowest exact value, baseline included
  std::optional<TrendPoint> latest;  // latest exact value
  std::optional<double> baseline;    // the line's baseline value
};

struct PersonalSection {
  std::string patient_id;
  std::optional<std::string> regimen;           // the line's regimen
  int line_number = 0;                          // 1 = first line of therapy; 0 = none
  std::optional<Date> progression_date;         // confirmed progression of the line
  std::optional<std::string> current_response;  // "VGPR (very good partial response)"
  std::optional<Date> current_response_date;
  bool current_confirmed = false;
  std::optional<std::string> best_response;
  std::optional<Date> best_response_date;
  std::vector<std::string> key_numbers;  // "serum M-protein 0.4 g/dL (baseline 3.2 g/dL, -88%)"
  std::string explanation;               // the assessment's own explanation
  std::vector<std::string> next_needs;   // what a (higher) category would need
  std::vector<MeasureTrend> trends;
  std::optional<bool> high_risk;  // IMS/IMWG 2025; nullopt = cannot tell
  std::vector<std::string> high_risk_reasons;
  std::vector<std::string> high_risk_not_tested;
  std::vector<std::string> high_risk_would_decide;  // tests that could still make it high risk
  std::optional<std::string> mrd_test;              // "negative by next-generation flow"
  std::optional<Date> mrd_test_date;
  // The latest IMWG MRD category of any line ("flow MRD-negative"), or "": its date, line
  // (1 = first) and a progression confirmed after it (the result then describes the past).
  std::string mrd_status;
  std::optional<Date> mrd_status_date;
  int mrd_line = 0;
  std::optional<Date> mrd_progression_after;
  std::optional<std::string> stage;  // "ISS II, R-ISS II, R2-ISS II"
  std::string stage_explanation;
  std::vector<std::string> stage_missing;
  std::optional<Date> last_test_date;
  std::optional<int> days_since_last_test;
  bool follow_up_overdue = false;
  std::vector<std::string> notes;  // line notes (e.g. antibody interference)
  // How the records were read (PatientResult::reader_notes): corrections, duplicates, ratios.
  std::vector<std::string> reader_notes;
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
PersonalSection Summarize(const pipeline::PatientResult& result, Date today);

nlohmann::json ToJson(const PersonalSection& p);

// The person's own answer to personal topic `topic` (my-response, my-labs-trend, my-stage,
// my-high-risk, my-mrd) in one to three plain sentences, or "" for any other topic. Says
// plainly what the records lack when they cannot answer.
std::string PersonalLead(const PersonalSection& p, std::string_view topic);

// Plain-text lines for the terminal (no heading).
std::vector<std::string> ToLines(const PersonalSection& p);

}  // namespace oncoguide::report

#endif  // ONCOGUIDE_REPORT_PATIENT_SUMMARY_H_
