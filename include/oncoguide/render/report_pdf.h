// The printable report for a visit to the oncologist (`/me/report.pdf`), drawn with cairo and
// pango onto A4 pages: no browser involved.
//
// Contract: 1 to 3 A4 pages, never more. Page 1: title, date, the summary sentences (one per
// line of therapy), follow-up, stage and risk facts, what the next response level would need,
// the questions for the visit (a checklist) and the disclaimer. Then the charts (response
// timeline first) on the following page(s) up to page 2; charts that do not fit are left out
// with a line saying the dashboard has them. Then the table of values with dates and sources
// until the end of page 3: the most recent rows that fit, with a line saying how many earlier
// rows are left out. Every page's footer repeats that this is not medical advice. Text is real
// PDF text (pdftotext finds it).
#ifndef ONCOGUIDE_RENDER_REPORT_PDF_H_
#define ONCOGUIDE_RENDER_REPORT_PDF_H_

#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/render/dashboard.h"

namespace oncoguide::render {

inline constexpr int kReportMaxPages = 3;

// PDF bytes. Errors only when cairo fails.
Result<std::string> RenderReportPdf(const DashboardData& data);

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_RENDER_REPORT_PDF_H_
