// The dashboard's data: what a person's results say, in sentences, facts and charts, built from
// the engines' results by one adapter (BuildDashboard). The dashboard page (site.h) and the
// printable report (report_pdf.h) both render this.
//
// Contract of BuildDashboard (the adapter; the PatientResult overload forwards to it):
//   - One sentence per line of therapy: since when, the main disease measure from its baseline
//     to the latest assessment with the change in percent, the latest category and whether it is
//     confirmed, the best confirmed response, progression. Numbers come from the assessments'
//     own values (the engine's), never recomputed here.
//   - Timeline: every assessment's category per line, confirmation and PD marked.
//   - Charts (only for tests with at least one value): serum M-protein, FLC kappa and lambda,
//     FLC ratio (normal range from the response criteria table), dFLC, urine M-protein, and the
//     staging labs (beta-2 microglobulin, albumin, LDH, creatinine, calcium, hemoglobin) measured
//     at least twice, with the lab's own reference range; lines of therapy as bands; baseline and
//     nadir of the last line marked on the M-protein chart.
//   - Facts: stage (ISS/R-ISS/R2-ISS), diagnosis, high risk, MRD, each "not known" with the tests
//     that would decide it when the engine could not tell.
//   - Follow-up: due when more than kFollowUpOverdueDays (report/patient_summary.h) passed since
//   the last test.
#ifndef ONCOGUIDE_RENDER_DASHBOARD_H_
#define ONCOGUIDE_RENDER_DASHBOARD_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/record.h"
#include "oncoguide/render/chart.h"
#include "oncoguide/response/assessment.h"
#include "oncoguide/staging/staging.h"

namespace oncoguide::render {

struct TimelineEntry {
  std::string date;
  std::string category;        // "PR (partial response)"
  std::string category_class;  // "pr"
  bool confirmed = false;
  bool pd = false;
};

struct TimelineLine {
  std::string title;  // "VRd, from 12 January 2023"
  std::vector<TimelineEntry> entries;
};

struct Fact {
  std::string name;   // "Stage"
  std::string value;  // "ISS II, R-ISS II, R2-ISS III"
  std::string detail;
};

struct ValueRow {
  std::string date;
  std::string test;
  std::string value;  // with unit
  std::string source;
};

struct DashboardData {
  std::string as_of;          // "1 June 2025"
  std::string criteria_note;  // "Response by IMWG-2016."
  std::vector<std::string> line_sentences;
  std::vector<TimelineLine> timeline;
  std::optional<Chart> timeline_chart;
  std::vector<Chart> charts;
  std::vector<Fact> facts;
  std::vector<std::string> next_needs;
  // How the files were read (PatientRecord::notes): corrections, duplicates read once, a lab
  // ratio that does not match. Shown so that no correction is applied silently.
  std::vector<std::string> reader_notes;
  std::string follow_up;
  bool follow_up_overdue = false;
  std::vector<std::string> questions;
  std::vector<ValueRow> values;
  std::string disclaimer;
  // The two readings of the latest visit, side by side (issue 10), from the PatientResult
  // overload when the result carries the lab-only reading; empty otherwise. Each names its
  // reading: "By IMWG 2016: VGPR (very good partial response), not yet confirmed, on 1 June
  // 2025. CR needs ..." and "What your labs alone show: complete response (lab-only) (CR-lab),
  // not yet confirmed, on 1 June 2025 (IMWG-2016-lab)."
  std::string strict_reading;
  std::string lab_reading;
  std::string lab_explanation;  // the lab-only call explained from the numbers
  // The session's CSRF token for the page's own forms (sign out); never shown as text.
  std::string csrf;
  // Set when the page is seen through a share link (GET /share/{token}): "8 December 2026",
  // the link's expiry. The page is then read-only: a banner says whose results these are and
  // until when, and the owner's links and forms (report, ask with records, upload, export,
  // delete, sign out) are left out.
  std::string shared_until;
};

// The adapter from the engines' results (see the file comment).
DashboardData BuildDashboard(const records::PatientRecord& record,
                             const response::ResponseReport& response,
                             const staging::StagingResult& staging, Date today);
// The same from the pipeline's result (pipeline/patient_result.h).
DashboardData BuildDashboard(const records::PatientRecord& record,
                             const pipeline::PatientResult& result, Date today);

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_RENDER_DASHBOARD_H_
