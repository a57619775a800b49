// Internal: the dashboard's charts (dashboard_charts.cc), made by BuildDashboard
// (dashboard.cc) from a person's records and response report.
#ifndef ONCOGUIDE_SRC_RENDER_DASHBOARD_CHARTS_H_
#define ONCOGUIDE_SRC_RENDER_DASHBOARD_CHARTS_H_

#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/records/record.h"
#include "oncoguide/render/chart.h"
#include "oncoguide/response/assessment.h"

namespace oncoguide::render::internal {

// One band per line of therapy with a regimen, from its start to the next line's start (the
// last one to `last`, the latest test).
std::vector<ChartBand> Bands(const response::ResponseReport& r, Date last);

// The charts of the tests that have values (see dashboard.h), each with `bands`: serum
// M-protein with the last line's baseline and nadir marked, free light chains, their ratio and
// difference, urine M-protein, and the staging labs measured at least twice.
std::vector<Chart> Charts(const records::PatientRecord& record,
                          const response::ResponseReport& report,
                          const std::vector<ChartBand>& bands);

// The category of every assessment per line (NE left out), unconfirmed ones drawn hollow.
Chart TimelineChart(const response::ResponseReport& report, const std::vector<ChartBand>& bands);

}  // namespace oncoguide::render::internal

#endif  // ONCOGUIDE_SRC_RENDER_DASHBOARD_CHARTS_H_
