// Trend charts: described once as data (Chart), laid out once (LayoutChart), drawn once with
// cairo (chart_draw.h, internal) and written three ways: SVG for inline use in a page, PNG for
// an image, and onto a PDF page by the printable report (report_pdf.h).
//
// Contract:
//   - x is time (days); y is linear from 0 (or the smallest value, when negative) to a little
//     above the largest value, reference range or mark. With `y_labels` the y values are indexes
//     into that list (the response timeline: 0 = PD ... 6 = sCR).
//   - A reference range (normal range) is shaded; lines of therapy are bands along the x axis;
//     marks (baseline, nadir) are ringed and labelled.
//   - Every chart has a one-paragraph text alternative (ChartTextAlternative) and a data table
//     (ChartDataTable) holding exactly the plotted points: pages and the PDF show both.
//   - ChartSvg() output is ready to sit inside HTML (only there: no XML prolog and no xmlns, as
//   the HTML parser needs none), numbers rounded to 0.1 px, path data and colours in their
//   shortest form,
//   cairo's ids prefixed with the
//     chart id (several charts per page), cairo's style="" turned into presentation attributes (a
//     strict CSP forbids inline style), and after the drawing one invisible
//     <circle class="pt"> per plotted point carrying a <title> ("2024-03-12: 0.3 g/dL") for
//     values on hover. Nothing from the person reaches the SVG as text: cairo draws text as
//     glyph outlines and the titles hold only dates and numbers.
#ifndef ONCOGUIDE_RENDER_CHART_H_
#define ONCOGUIDE_RENDER_CHART_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide::render {

struct ChartPoint {
  Date date;
  double value = 0;
  records::ValueBound bound = records::ValueBound::kExact;  // a limit ("<0.2") is drawn hollow
};

struct ChartSeries {
  std::string label;               // "kappa"
  std::vector<ChartPoint> points;  // sorted by date
};

struct ChartBand {  // a line of therapy
  Date from;
  Date to;
  std::string label;  // regimen
};

struct ChartMark {  // baseline, nadir
  Date date;
  double value = 0;
  std::string label;
};

struct Chart {
  std::string id;                   // "m-protein": HTML id and SVG id prefix, [a-z0-9-]
  std::string title;                // "Serum M-protein"
  std::string unit;                 // "g/dL"
  std::vector<ChartSeries> series;  // 1 to 4
  std::optional<double> ref_low;    // shaded normal range
  std::optional<double> ref_high;
  std::vector<ChartBand> bands;
  std::vector<ChartMark> marks;
  std::vector<std::string> y_labels;  // categorical y axis when not empty
  bool legend = true;                 // series labels drawn in the chart (when more than one)

  size_t PointCount() const;
};

struct ChartSize {
  double width = 640;
  double height = 240;
};

// Pixel positions of everything drawn, computed once for every output.
struct ChartLayout {
  double left = 0, right = 0, top = 0, bottom = 0;  // plot area
  int first_day = 0, last_day = 0;
  double y_min = 0, y_max = 1;
  std::vector<double> y_ticks;
  std::vector<int> x_ticks;  // days (1 January of each year, or each quarter)
  double X(int day) const;
  double Y(double value) const;
};
ChartLayout LayoutChart(const Chart& chart, ChartSize size);

// See the file comment. Errors only when cairo fails.
Result<std::string> ChartSvg(const Chart& chart, ChartSize size = {});
Result<std::string> ChartPng(const Chart& chart, ChartSize size = {}, double scale = 2);

// For a page with several charts: moves the glyph outlines (cairo draws text as outlines) of
// every ChartSvg() output in `svgs` into one shared hidden <svg> -- each distinct outline once --
// and points the charts at it. Returns that <svg> (to be placed before the charts), or "" when
// there is no glyph. The charts then depend on it: keep them on the same page.
std::string ShareGlyphs(std::vector<std::string>* svgs);

// "Serum M-protein in g/dL, 14 values from 5 January 2023 to 1 June 2025: from 3.2 at the
// start to 0.2 at the lowest (15 June 2023); latest 0.4 on 1 June 2025. Normal range shaded..."
std::string ChartTextAlternative(const Chart& chart);

struct ChartTable {
  std::vector<std::string> columns;  // one per series ("kappa (mg/L)")
  struct Row {
    std::string date;
    std::vector<std::string> cells;  // "" where the series has no value that day
  };
  std::vector<Row> rows;
};
ChartTable ChartDataTable(const Chart& chart);

// "12 March 2024".
std::string LongDate(Date d);
// A value as people read it: up to 3 significant decimals, no trailing zeros; with its bound
// ("<0.2").
std::string FormatValue(double v, records::ValueBound bound = records::ValueBound::kExact);

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_RENDER_CHART_H_
