#include "chart_draw.h"

#include <pango/pangocairo.h>

#include <array>
#include <cmath>
#include <string>

namespace oncoguide::render {
namespace {

struct Rgb {
  double r, g, b;
};
// Colour-blind-safe series colours (Okabe-Ito).
constexpr std::array<Rgb, 4> kSeries = {
    {{0.0, 0.45, 0.70}, {0.84, 0.37, 0.0}, {0.0, 0.62, 0.45}, {0.80, 0.47, 0.65}}};
constexpr Rgb kInk = {0.11, 0.12, 0.14};
constexpr Rgb kGrid = {0.85, 0.87, 0.90};

void Set(cairo_t* cr, Rgb c, double alpha = 1) { cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha); }

// "2024" on 1 January (and on every tick of a long chart), else the month: "Apr".
std::string TickLabel(int day, bool yearly) {
  std::string iso = Date::FromDays(day).ToString();
  static constexpr std::array<std::string_view, 12> kShort = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int month = std::stoi(iso.substr(5, 2));
  if (yearly || month == 1) return iso.substr(0, 4);
  return std::string(kShort[month - 1]);
}

// All points of one kind in one path (one element in the SVG): filled for values, hollow for
// limits such as "<0.2".
void DrawPoints(cairo_t* cr, const ChartSeries& s, const ChartLayout& l, Rgb c, bool hollow) {
  cairo_new_path(cr);
  bool any = false;
  for (const ChartPoint& p : s.points) {
    if ((p.bound != records::ValueBound::kExact) != hollow) continue;
    cairo_new_sub_path(cr);
    cairo_arc(cr, l.X(p.date.days()), l.Y(p.value), 3.2, 0, 2 * M_PI);
    any = true;
  }
  if (!any) return;
  if (hollow) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill_preserve(cr);
    Set(cr, c);
    cairo_set_line_width(cr, 1.5);
    cairo_stroke(cr);
  } else {
    Set(cr, c);
    cairo_fill(cr);
  }
}

}  // namespace

double DrawText(cairo_t* cr, std::string_view text, double x, double y, double px, int align,
                bool bold) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_absolute_size(font, px * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout, font);
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  int w = 0, h = 0;
  pango_layout_get_pixel_size(layout, &w, &h);
  double dx = align == 1 ? -w / 2.0 : align == 2 ? -w : 0;
  cairo_move_to(cr, x + dx, y);
  pango_cairo_show_layout(cr, layout);
  pango_font_description_free(font);
  g_object_unref(layout);
  return h;
}

void DrawChart(const Chart& chart, const ChartLayout& l, ChartSize size, cairo_t* cr) {
  cairo_save(cr);
  cairo_rectangle(cr, 0, 0, size.width, size.height);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill(cr);
  const double plot_w = l.right - l.left;

  // Lines of therapy: alternating light bands with the regimen at the top.
  for (size_t i = 0; i < chart.bands.size(); ++i) {
    const ChartBand& b = chart.bands[i];
    double x0 = std::max(l.left, l.X(b.from.days()));
    double x1 = std::min(l.right, l.X(b.to.days()));
    if (x1 <= x0) continue;
    cairo_rectangle(cr, x0, l.top, x1 - x0, l.bottom - l.top);
    cairo_set_source_rgba(cr, 0.45, 0.50, 0.60, i % 2 == 0 ? 0.10 : 0.05);
    cairo_fill(cr);
    Set(cr, kInk);
    // The regimen may run past its band up to the next band (or the chart's edge).
    double label_end =
        i + 1 < chart.bands.size() ? std::max(x0, l.X(chart.bands[i + 1].from.days())) : size.width;
    cairo_save(cr);
    cairo_rectangle(cr, x0, 0, label_end - x0, l.top);
    cairo_clip(cr);
    DrawText(cr, b.label, x0 + 3, l.top - 15, 10);
    cairo_restore(cr);
  }

  // Normal range.
  if (chart.ref_low || chart.ref_high) {
    double hi = chart.ref_high.value_or(l.y_max);
    double lo = chart.ref_low.value_or(l.y_min);
    cairo_rectangle(cr, l.left, l.Y(hi), plot_w, l.Y(lo) - l.Y(hi));
    cairo_set_source_rgba(cr, 0.0, 0.62, 0.45, 0.14);
    cairo_fill(cr);
  }

  // Grid (one path), tick labels and the x axis.
  cairo_set_line_width(cr, 1);
  const bool yearly = l.last_day - l.first_day > 2 * 366;
  cairo_new_path(cr);
  for (double t : l.y_ticks) {
    double y = std::round(l.Y(t)) + 0.5;
    cairo_move_to(cr, l.left, y);
    cairo_line_to(cr, l.right, y);
  }
  for (int day : l.x_ticks) {
    double x = std::round(l.X(day)) + 0.5;
    cairo_move_to(cr, x, l.top);
    cairo_line_to(cr, x, l.bottom + 4);
  }
  Set(cr, kGrid);
  cairo_stroke(cr);
  Set(cr, kInk);
  for (double t : l.y_ticks) {
    std::string label =
        chart.y_labels.empty() ? FormatValue(t) : chart.y_labels[static_cast<size_t>(t)];
    DrawText(cr, label, l.left - 5, std::round(l.Y(t)) + 0.5 - 7, 10, 2);
  }
  for (int day : l.x_ticks) {
    DrawText(cr, TickLabel(day, yearly), std::round(l.X(day)) + 0.5, l.bottom + 6, 10, 1);
  }
  cairo_move_to(cr, l.left, l.bottom + 0.5);
  cairo_line_to(cr, l.right, l.bottom + 0.5);
  cairo_stroke(cr);

  // Series: a line through the points, then the points (a limit such as "<0.2" hollow).
  for (size_t i = 0; i < chart.series.size(); ++i) {
    const ChartSeries& s = chart.series[i];
    Rgb c = kSeries[i % kSeries.size()];
    if (s.points.size() > 1) {
      cairo_new_path(cr);
      for (const ChartPoint& p : s.points) cairo_line_to(cr, l.X(p.date.days()), l.Y(p.value));
      Set(cr, c);
      cairo_set_line_width(cr, 2);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke(cr);
    }
    DrawPoints(cr, s, l, c, false);
    DrawPoints(cr, s, l, c, true);
    if (chart.legend && chart.series.size() > 1 && !s.label.empty()) {  // legend, top right
      double y = l.top + 2 + 13.0 * static_cast<double>(i);
      cairo_rectangle(cr, l.right - 70, y + 3, 10, 8);
      cairo_fill(cr);
      Set(cr, kInk);
      DrawText(cr, s.label, l.right - 56, y, 10);
    }
  }

  // Baseline and nadir: a ring and a label.
  for (const ChartMark& m : chart.marks) {
    double x = l.X(m.date.days()), y = l.Y(m.value);
    Set(cr, kInk);
    cairo_new_path(cr);
    cairo_arc(cr, x, y, 7, 0, 2 * M_PI);
    cairo_set_line_width(cr, 1.5);
    cairo_stroke(cr);
    // The label to the right of the ring, or to its left near the right edge.
    const bool left = x > l.right - 60;
    DrawText(cr, m.label, left ? x - 9 : x + 9, y - 16, 10, left ? 2 : 0, true);
  }
  cairo_restore(cr);
}

}  // namespace oncoguide::render
