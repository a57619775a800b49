// The printable report (report_pdf.h): A4 pages drawn with cairo's PDF surface and pango.
#include "oncoguide/render/report_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <vector>

#include "chart_draw.h"

namespace oncoguide::render {
namespace {

constexpr double kPageW = 595.28, kPageH = 841.89;  // A4 in points
constexpr double kMargin = 48;
constexpr double kTextW = kPageW - 2 * kMargin;

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Writes flowing text down at most kReportMaxPages pages.
class PageWriter {
 public:
  explicit PageWriter(cairo_t* cr) : cr_(cr) {}

  int page() const { return page_; }
  double y() const { return y_; }
  double room() const { return kPageH - kMargin - y_; }
  void Advance(double h) { y_ += h; }

  // Height of `text` wrapped to the text width minus `indent`.
  double Measure(const std::string& text, double size, bool bold = false, double indent = 0) {
    PangoLayout* layout = Layout(text, size, bold, kTextW - indent);
    int w = 0, h = 0;
    pango_layout_get_pixel_size(layout, &w, &h);
    g_object_unref(layout);
    return h;
  }

  // A wrapped paragraph; false (nothing drawn) when it would need a page past the last.
  bool Paragraph(const std::string& text, double size, bool bold = false, double indent = 0,
                 double after = 4) {
    PangoLayout* layout = Layout(text, size, bold, kTextW - indent);
    int w = 0, h = 0;
    pango_layout_get_pixel_size(layout, &w, &h);
    bool ok = Fit(h);
    if (ok) {
      cairo_set_source_rgb(cr_, 0.1, 0.1, 0.12);
      cairo_move_to(cr_, kMargin + indent, y_);
      pango_cairo_show_layout(cr_, layout);
      y_ += h + after;
    }
    g_object_unref(layout);
    return ok;
  }

  // A heading kept with at least `keep` points of what follows it.
  bool Heading(const std::string& text, double keep = 60) {
    if (!Fit(Measure(text, 13, true) + 14 + keep)) return false;
    y_ += 8;
    return Paragraph(text, 13, true, 0, 6);
  }

  // Room for a block `h` high, on a new page when needed. False past the last page.
  bool Fit(double h) {
    if (y_ + h <= kPageH - kMargin) return true;
    if (page_ >= kReportMaxPages) return false;
    NewPage();
    return true;
  }

  void NewPage() {
    Footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = kMargin;
  }

  void Footer() {
    PangoLayout* layout = Layout(
        fmt::format("oncoguide report, page {}. General information, not medical advice.", page_),
        8, false, kTextW);
    cairo_set_source_rgb(cr_, 0.35, 0.35, 0.4);
    cairo_move_to(cr_, kMargin, kPageH - kMargin + 16);
    pango_cairo_show_layout(cr_, layout);
    g_object_unref(layout);
  }

 private:
  PangoLayout* Layout(const std::string& text, double size, bool bold, double width) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    pango_font_description_free(font);
    return layout;
  }

  cairo_t* cr_;
  int page_ = 1;
  double y_ = kMargin;
};

void Summary(const DashboardData& d, PageWriter& w) {
  w.Paragraph("Where I stand: my myeloma results", 18, true, 0, 2);
  w.Paragraph(
      fmt::format("Prepared by oncoguide from my records up to {}. {}", d.as_of, d.criteria_note),
      9, false, 0, 8);
  w.Heading("Summary");
  for (const std::string& s : d.line_sentences) w.Paragraph("\u2022 " + s, 10, false, 0, 3);
  if (!d.follow_up.empty()) w.Paragraph(d.follow_up, 10);
  for (const Fact& f : d.facts) {
    w.Paragraph(f.name + ": " + f.value, 10, true, 0, 1);
    if (!f.detail.empty()) w.Paragraph(f.detail, 9, false, 12, 3);
  }
  if (!d.next_needs.empty()) {
    w.Heading("What the next response level would need");
    for (const std::string& s : d.next_needs) w.Paragraph("\u2022 " + s, 9.5, false, 0, 2);
  }
  w.Heading("Questions for my next visit");
  for (const std::string& q : d.questions) w.Paragraph("\u2610  " + q, 10, false, 0, 3);
  w.Advance(4);
  w.Paragraph(d.disclaimer, 9, false, 0, 0);
}

void Charts(const DashboardData& d, cairo_t* cr, PageWriter& w) {
  std::vector<const Chart*> charts;
  if (d.timeline_chart) charts.push_back(&*d.timeline_chart);
  for (const Chart& c : d.charts) charts.push_back(&c);
  if (charts.empty()) return;
  const ChartSize size{kTextW, 130};
  const double block = size.height + 24;
  if (w.page() == 1) w.NewPage();  // charts start on page 2
  w.Heading("Charts", block);
  size_t shown = 0;
  for (const Chart* c : charts) {
    if (w.room() < block) break;  // charts stay on page 2: page 3 is for the values
    w.Paragraph(c->unit.empty() ? c->title : c->title + " (" + c->unit + ")", 10, true, 0, 2);
    cairo_save(cr);
    cairo_translate(cr, kMargin, w.y());
    DrawChart(*c, LayoutChart(*c, size), size, cr);
    cairo_restore(cr);
    w.Advance(size.height + 6);
    ++shown;
  }
  if (shown < charts.size()) {
    w.Paragraph(fmt::format("{} more chart{} on the dashboard.", charts.size() - shown,
                            charts.size() - shown == 1 ? "" : "s"),
                8.5);
  }
}

void ValuesTable(const DashboardData& d, PageWriter& w) {
  if (d.values.empty()) return;
  if (w.page() < kReportMaxPages) w.NewPage();
  if (!w.Heading("My values, with dates and sources")) return;
  // The most recent rows that fit in what is left of the last page.
  const double row_h = w.Measure("2024-01-01 x", 8) + 1;
  const double note_h = w.Measure("x", 8.5) + 3;
  size_t fit = static_cast<size_t>(std::max(0.0, (w.room() - note_h) / row_h));
  size_t first = d.values.size() > fit ? d.values.size() - fit : 0;
  if (first > 0) {
    w.Paragraph(fmt::format("The {} earliest values are left out to keep this report short; the "
                            "dashboard lists them all.",
                            first),
                8.5, false, 0, 3);
  }
  for (size_t i = first; i < d.values.size(); ++i) {
    const ValueRow& r = d.values[i];
    std::string row = fmt::format("{}   {}: {}   ({})", r.date, r.test, r.value, r.source);
    if (!w.Paragraph(row, 8, false, 0, 1)) return;
  }
}

}  // namespace

Result<std::string> RenderReportPdf(const DashboardData& d) {
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(&Append, &pdf, kPageW, kPageH);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "oncoguide report");
  cairo_t* cr = cairo_create(surface);
  PageWriter w(cr);
  Summary(d, w);
  Charts(d, cr, w);
  ValuesTable(d, w);
  w.Footer();
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Status::IoError(std::string("cairo: ") + cairo_status_to_string(status));
  }
  return pdf;
}

}  // namespace oncoguide::render
