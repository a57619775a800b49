// Internal: draws a chart with cairo and pango. The SVG, PNG and PDF outputs all call this.
#ifndef ONCOGUIDE_SRC_RENDER_CHART_DRAW_H_
#define ONCOGUIDE_SRC_RENDER_CHART_DRAW_H_

#include <cairo.h>

#include <string_view>

#include "oncoguide/render/chart.h"

namespace oncoguide::render {

// Draws `chart` with its top-left corner at the current origin of `cr`, within `size`.
void DrawChart(const Chart& chart, const ChartLayout& layout, ChartSize size, cairo_t* cr);

// Draws `text` with pango at (x, y) (top-left), `px` pixels high; align 0 left, 1 centre,
// 2 right of x. Returns the text's height.
double DrawText(cairo_t* cr, std::string_view text, double x, double y, double px, int align = 0,
                bool bold = false);

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_SRC_RENDER_CHART_DRAW_H_
