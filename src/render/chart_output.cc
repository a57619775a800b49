// ChartSvg and ChartPng (chart.h): one drawing, written through cairo's SVG and image surfaces.
#include <cairo-svg.h>
#include <cairo.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include "chart_draw.h"
#include "oncoguide/render/chart.h"
#include "oncoguide/render/html.h"

namespace oncoguide::render {
namespace {

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// style="a:b;c:d" -> a="b" c="d": a strict CSP blocks style attributes, not presentation
// attributes, and every property cairo writes has a presentation attribute of the same name.
std::string StyleToAttributes(std::string_view style) {
  std::string out;
  size_t start = 0;
  while (start < style.size()) {
    size_t end = style.find(';', start);
    if (end == std::string_view::npos) end = style.size();
    std::string_view decl = style.substr(start, end - start);
    size_t colon = decl.find(':');
    if (colon != std::string_view::npos) {
      std::string_view name = decl.substr(0, colon);
      std::string_view value = decl.substr(colon + 1);
      while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      if (!name.empty()) out += fmt::format(" {}=\"{}\"", name, value);
    }
    start = end + 1;
  }
  return out;
}

// Presentation attributes cairo writes that only restate the SVG default (or, for
// stroke-miterlimit, differ only for joins sharper than any this chart draws).
constexpr std::array<std::string_view, 7> kDefaults = {
    " stroke-linecap=\"butt\"", " stroke-linejoin=\"miter\"", " stroke-opacity=\"1\"",
    " fill-opacity=\"1\"",      " stroke-miterlimit=\"10\"",  " fill-rule=\"nonzero\"",
    " stroke=\"none\""};

bool IdChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '#';
}

// Every decimal number rounded to 1 decimal ("18.282227" -> "18.3"); names and ids (runs
// starting with a letter, '#' or '_') are copied as they are. A tenth of a pixel is below what
// a screen shows at the chart's size, and the chart is half the size.
std::string RoundNumbers(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '#' || c == '_') {
      while (i < s.size() && IdChar(s[i])) out += s[i++];
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' ||
        (c == '-' && i + 1 < s.size() &&
         (std::isdigit(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '.'))) {
      size_t j = i + (c == '-');
      bool dot = false;
      while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.')) {
        dot |= s[j] == '.';
        ++j;
      }
      std::string_view num = s.substr(i, j - i);
      if (num.find_first_of("0123456789") == std::string_view::npos) {  // "." in "www.w3.org"
        out += num;
      } else if (!dot) {
        out += num;
      } else {
        std::string r = fmt::format("{:.1f}", std::strtod(std::string(num).c_str(), nullptr));
        while (r.back() == '0') r.pop_back();
        if (r.back() == '.') r.pop_back();
        if (r == "-0") r = "0";
        out += r;
      }
      i = j;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

// Path data in its shortest equivalent form (SVG path grammar): no space next to a command
// letter or before a minus sign, and no trailing moveto after the last closepath (cairo ends
// each closed path with "Z M x y", which draws nothing). "M 4.4 -3.4 C 4.6 -3.3 Z M 4.4 -3.4 "
// becomes "M4.4-3.4C4.6-3.3Z".
std::string CompactPathData(std::string_view d) {
  std::string out;
  out.reserve(d.size());
  for (size_t i = 0; i < d.size(); ++i) {
    const char c = d[i];
    if (c == ' ') {
      const char next = i + 1 < d.size() ? d[i + 1] : ' ';
      const char prev = out.empty() ? ' ' : out.back();
      if (next == ' ' || next == '-' || std::isalpha(static_cast<unsigned char>(next)) ||
          std::isalpha(static_cast<unsigned char>(prev)) || out.empty() || i + 1 == d.size()) {
        continue;
      }
    }
    out += c;
  }
  const size_t z = out.rfind('Z');
  if (z != std::string::npos && z + 1 < out.size() && out[z + 1] == 'M' &&
      out.find_first_of("LCZHVQ", z + 1) == std::string::npos) {
    out.resize(z + 1);
  }
  return out;
}

std::string CompactPaths(std::string_view svg) {
  std::string out;
  out.reserve(svg.size());
  for (size_t i = 0;;) {
    const size_t at = svg.find(" d=\"", i);
    if (at == std::string_view::npos) {
      out.append(svg.substr(i));
      return out;
    }
    const size_t end = svg.find('"', at + 4);
    out.append(svg.substr(i, at + 4 - i));
    out += CompactPathData(svg.substr(at + 4, end - at - 4));
    i = end;
  }
}

// cairo's "rgb(11%,12%,14%)" as "#1c1f24" (the same colour to 1/255); anything else unchanged.
std::string HexColor(std::string_view rgb) {
  double c[3];
  if (std::sscanf(std::string(rgb).c_str(), "rgb(%lf%%,%lf%%,%lf%%)", &c[0], &c[1], &c[2]) != 3) {
    return std::string(rgb);
  }
  std::string out = "#";
  for (double v : c) {
    out += fmt::format("{:02x}", static_cast<int>(std::lround(std::clamp(v, 0.0, 100.0) * 2.55)));
  }
  return out;
}

std::string HexColors(std::string_view svg) {
  std::string out;
  out.reserve(svg.size());
  for (size_t i = 0;;) {
    const size_t at = svg.find("rgb(", i);
    const size_t end = at == std::string_view::npos ? at : svg.find(')', at);
    if (end == std::string_view::npos) {
      out.append(svg.substr(i));
      return out;
    }
    out.append(svg.substr(i, at - i));
    out += HexColor(svg.substr(at, end + 1 - at));
    i = end + 1;
  }
}

// Makes cairo's SVG document a compact inline fragment (see chart.h).
std::string InlineSvg(std::string svg, const std::string& prefix) {
  if (svg.starts_with("<?xml")) svg.erase(0, svg.find('\n') + 1);
  std::string out;
  out.reserve(svg.size() + 512);
  for (size_t i = 0; i < svg.size();) {
    if (svg.compare(i, 7, "style=\"") == 0) {
      size_t end = svg.find('"', i + 7);
      std::string attrs = StyleToAttributes(std::string_view(svg).substr(i + 7, end - i - 7));
      if (!out.empty() && out.back() == ' ' && !attrs.empty()) attrs.erase(0, 1);
      out += attrs;
      i = end + 1;
    } else if (svg.compare(i, 4, "id=\"") == 0) {
      out += "id=\"" + prefix + "-";
      i += 4;
    } else if (svg.compare(i, 13, "xlink:href=\"#") == 0) {  // SVG 2: plain href
      out += "href=\"#" + prefix + "-";
      i += 13;
    } else if (svg.compare(i, 7, "href=\"#") == 0) {
      out += "href=\"#" + prefix + "-";
      i += 7;
    } else if (svg.compare(i, 44, " xmlns:xlink=\"http://www.w3.org/1999/xlink\"") == 0) {
      i += 44;
    } else if (svg.compare(i, 5, "url(#") == 0) {
      out += "url(#" + prefix + "-";
      i += 5;
    } else if (svg[i] == '\n') {  // between elements: nothing; inside a tag: one space
      while (++i < svg.size() && svg[i] == ' ') {
      }
      if (!out.empty() && out.back() != '>' && i < svg.size() && svg[i] != '<') out += ' ';

    } else {
      out += svg[i++];
    }
  }
  for (std::string_view d : kDefaults) {
    std::string compact;
    compact.reserve(out.size());
    for (size_t from = 0;;) {
      size_t at = out.find(d, from);
      compact.append(out, from, at == std::string::npos ? std::string::npos : at - from);
      if (at == std::string::npos) break;
      from = at + d.size();
    }
    out = std::move(compact);
  }
  return CompactPaths(RoundNumbers(HexColors(out)));
}

std::string HoverPoints(const Chart& chart, const ChartLayout& l) {
  std::string out = "<g class=\"pts\" fill=\"#000\" fill-opacity=\"0\">";
  for (const ChartSeries& s : chart.series) {
    for (const ChartPoint& p : s.points) {
      std::string value;
      if (!chart.y_labels.empty()) {
        size_t i = static_cast<size_t>(std::lround(p.value));
        value = i < chart.y_labels.size() ? chart.y_labels[i] : "";
      } else {
        value = FormatValue(p.value, p.bound) + (chart.unit.empty() ? "" : " " + chart.unit);
      }
      std::string label = s.label.empty() || chart.series.size() == 1 ? "" : s.label + " ";
      out += fmt::format(
          "<circle class=\"pt\" cx=\"{:.0f}\" cy=\"{:.0f}\" r=\"6\"><title>{}: {}{}"
          "</title></circle>",
          l.X(p.date.days()), l.Y(p.value), p.date.ToString(), HtmlEscape(label),
          HtmlEscape(value));
    }
  }
  return out + "</g>";
}

Status CairoError(cairo_status_t s) {
  return Status::IoError(std::string("cairo: ") + cairo_status_to_string(s),
                         "check that cairo and its fonts are installed (scripts/install-deps.sh)");
}

}  // namespace

Result<std::string> ChartSvg(const Chart& chart, ChartSize size) {
  std::string svg;
  ChartLayout layout = LayoutChart(chart, size);
  cairo_surface_t* surface =
      cairo_svg_surface_create_for_stream(&Append, &svg, size.width, size.height);
  cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
  cairo_t* cr = cairo_create(surface);
  DrawChart(chart, layout, size, cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return CairoError(status);
  std::string out = InlineSvg(std::move(svg), chart.id);
  size_t close = out.rfind("</svg>");
  if (close == std::string::npos) return Status::IoError("cairo wrote no </svg>");
  out.insert(close, HoverPoints(chart, layout));
  // Drop the fixed size in px: the page's stylesheet scales the chart to the column.
  size_t svg_open = out.find("<svg");
  size_t head_end = out.find('>', svg_open);
  std::string head = out.substr(svg_open, head_end - svg_open);
  for (std::string_view attr : {"width=\"", "height=\"", "version=\"", "xmlns:xlink=\"", "xmlns=\""}) {
    size_t a = head.find(std::string(" ") + std::string(attr));
    if (a != std::string::npos) head.erase(a, head.find('"', a + attr.size() + 1) - a + 1);
  }
  head += " aria-hidden=\"true\" focusable=\"false\"";
  out.replace(svg_open, head_end - svg_open, head);
  return out;
}

std::string ShareGlyphs(std::vector<std::string>* svgs) {
  static constexpr std::string_view kOpen = "<symbol overflow=\"visible\" id=\"";
  static constexpr std::string_view kClose = "</symbol>";
  std::map<std::string, std::string> shared;  // outline -> shared id
  std::string defs;
  for (std::string& svg : *svgs) {
    std::map<std::string, std::string> rename;  // the chart's glyph id -> shared id
    std::string kept;
    kept.reserve(svg.size());
    size_t from = 0;
    for (size_t at = svg.find(kOpen); at != std::string::npos; at = svg.find(kOpen, from)) {
      size_t id_end = svg.find('"', at + kOpen.size());
      size_t body = svg.find('>', id_end) + 1;
      size_t close = svg.find(kClose, body);
      if (id_end == std::string::npos || close == std::string::npos) break;
      kept.append(svg, from, at - from);
      std::string id = svg.substr(at + kOpen.size(), id_end - at - kOpen.size());
      std::string outline = svg.substr(body, close - body);
      auto [it, added] = shared.emplace(outline, "g" + std::to_string(shared.size()));
      if (added) defs += std::string(kOpen) + it->second + "\">" + outline + std::string(kClose);
      rename[id] = it->second;
      from = close + kClose.size();
      if (from < svg.size() && svg[from] == '\n') ++from;
    }
    kept.append(svg, from, std::string::npos);
    std::string out;
    out.reserve(kept.size());
    from = 0;
    for (size_t at = kept.find("href=\"#"); at != std::string::npos;
         at = kept.find("href=\"#", from)) {
      size_t end = kept.find('"', at + 7);
      out.append(kept, from, at + 7 - from);
      std::string id = kept.substr(at + 7, end - at - 7);
      auto it = rename.find(id);
      out += it == rename.end() ? id : it->second;
      from = end;
    }
    out.append(kept, from, std::string::npos);
    svg = std::move(out);
  }
  if (defs.empty()) return {};
  return "<svg class=\"glyphs\" xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" "
         "aria-hidden=\"true\" focusable=\"false\"><defs>" +
         defs + "</defs></svg>";
}

Result<std::string> ChartPng(const Chart& chart, ChartSize size, double scale) {
  ChartLayout layout = LayoutChart(chart, size);
  cairo_surface_t* surface =
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(size.width * scale),
                                 static_cast<int>(size.height * scale));
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, scale, scale);
  DrawChart(chart, layout, size, cr);
  cairo_destroy(cr);
  std::string png;
  cairo_status_t status = cairo_surface_write_to_png_stream(surface, &Append, &png);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return CairoError(status);
  return png;
}

}  // namespace oncoguide::render
