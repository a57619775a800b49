// Chart model, layout, text alternative and data table (chart.h).
#include "oncoguide/render/chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>

namespace oncoguide::render {

using records::ValueBound;

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

double NiceStep(double range, int target_ticks) {
  double raw = range / target_ticks;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double n = raw / mag;
  double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
  return nice * mag;
}

std::string SeriesColumn(const Chart& c, const ChartSeries& s) {
  std::string label = s.label.empty() ? c.title : s.label;
  return c.unit.empty() ? label : label + " (" + c.unit + ")";
}

std::string YText(const Chart& c, double v, ValueBound b) {
  if (!c.y_labels.empty()) {
    int i = static_cast<int>(std::lround(v));
    return i >= 0 && i < static_cast<int>(c.y_labels.size()) ? c.y_labels[i] : "";
  }
  return FormatValue(v, b);
}

}  // namespace

size_t Chart::PointCount() const {
  size_t n = 0;
  for (const ChartSeries& s : series) n += s.points.size();
  return n;
}

std::string LongDate(Date d) {
  std::string iso = d.ToString();  // YYYY-MM-DD
  int month = std::stoi(iso.substr(5, 2));
  int day = std::stoi(iso.substr(8, 2));
  return fmt::format("{} {} {}", day, kMonths[month - 1], iso.substr(0, 4));
}

std::string FormatValue(double v, ValueBound bound) {
  std::string s = fmt::format("{:.3f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  switch (bound) {
    case ValueBound::kBelow:
      return "<" + s;
    case ValueBound::kAtMost:
      return "<=" + s;
    case ValueBound::kAbove:
      return ">" + s;
    case ValueBound::kAtLeast:
      return ">=" + s;
    case ValueBound::kTrace:
      return "trace";
    case ValueBound::kExact:
      break;
  }
  return s;
}

double ChartLayout::X(int day) const {
  return left + (right - left) * (day - first_day) / std::max(1, last_day - first_day);
}

double ChartLayout::Y(double value) const {
  return bottom - (bottom - top) * (value - y_min) / (y_max - y_min);
}

ChartLayout LayoutChart(const Chart& chart, ChartSize size) {
  ChartLayout l;
  l.left = 56;
  l.right = size.width - 14;
  l.top = chart.bands.empty() ? 10 : 24;
  l.bottom = size.height - 26;
  int lo = INT_MAX, hi = INT_MIN;
  double vmax = 0, vmin = 0;
  auto take_day = [&](Date d) {
    lo = std::min(lo, d.days());
    hi = std::max(hi, d.days());
  };
  for (const ChartSeries& s : chart.series) {
    for (const ChartPoint& p : s.points) {
      take_day(p.date);
      vmax = std::max(vmax, p.value);
      vmin = std::min(vmin, p.value);
    }
  }
  for (const ChartMark& m : chart.marks) {
    take_day(m.date);
    vmax = std::max(vmax, m.value);
  }
  for (const ChartBand& b : chart.bands) {
    if (lo != INT_MAX) {  // bands never widen the time axis beyond the data by more than this
      take_day(std::max(b.from, Date::FromDays(lo - 30)));
    }
  }
  if (lo == INT_MAX) lo = hi = 0;
  if (hi - lo < 30) {
    lo -= 15;
    hi += 15;
  }
  // A little room after the last point for its marker and label.
  hi += std::max(3, (hi - lo) / 40);
  l.first_day = lo;
  l.last_day = hi;
  if (!chart.y_labels.empty()) {
    l.y_min = -0.5;
    l.y_max = static_cast<double>(chart.y_labels.size()) - 0.5;
    for (size_t i = 0; i < chart.y_labels.size(); ++i) l.y_ticks.push_back(static_cast<double>(i));
  } else {
    if (chart.ref_high) vmax = std::max(vmax, *chart.ref_high);
    if (chart.ref_low) vmin = std::min(vmin, *chart.ref_low);
    if (vmax - vmin <= 0) vmax = vmin + 1;
    double step = NiceStep(vmax - vmin, 4);
    l.y_min = std::floor(vmin / step) * step;
    l.y_max = std::ceil(vmax * 1.08 / step) * step;
    for (double t = l.y_min; t <= l.y_max + step / 2; t += step) l.y_ticks.push_back(t);
  }
  // x ticks: 1 January of each year, or the first day of each quarter for short spans.
  Date first = Date::FromDays(lo);
  const bool yearly = hi - lo > 2 * 366;
  for (int y = first.year(); y <= Date::FromDays(hi).year(); ++y) {
    for (unsigned m = 1; m <= 12; m += yearly ? 12 : 3) {
      int day = Date::FromYmd(y, m, 1).days();
      if (day >= lo && day <= hi) l.x_ticks.push_back(day);
    }
  }
  return l;
}

std::string ChartTextAlternative(const Chart& c) {
  std::string out = c.title;
  if (!c.unit.empty()) out += " in " + c.unit;
  out += ". ";
  for (const ChartSeries& s : c.series) {
    if (s.points.empty()) continue;
    const ChartPoint& first = s.points.front();
    const ChartPoint& last = s.points.back();
    auto low = std::min_element(
        s.points.begin(), s.points.end(),
        [](const ChartPoint& a, const ChartPoint& b) { return a.value < b.value; });
    if (!s.label.empty() && c.series.size() > 1) out += s.label + ": ";
    out += fmt::format("{} value{} from {} to {}", s.points.size(), s.points.size() == 1 ? "" : "s",
                       LongDate(first.date), LongDate(last.date));
    if (s.points.size() > 1) {
      out += fmt::format("; first {}, lowest {} on {}, latest {}",
                         YText(c, first.value, first.bound), YText(c, low->value, low->bound),
                         LongDate(low->date), YText(c, last.value, last.bound));
    } else {
      out += ": " + YText(c, first.value, first.bound);
    }
    out += ". ";
  }
  if (c.ref_low || c.ref_high) {
    out += "The shaded area is the normal range";
    if (c.ref_low && c.ref_high) {
      out += fmt::format(" ({} to {})", FormatValue(*c.ref_low), FormatValue(*c.ref_high));
    } else if (c.ref_high) {
      out += fmt::format(" (up to {})", FormatValue(*c.ref_high));
    } else {
      out += fmt::format(" (from {})", FormatValue(*c.ref_low));
    }
    out += ". ";
  }
  for (const ChartMark& m : c.marks) {
    out += fmt::format("{}: {} on {}. ", m.label, FormatValue(m.value), LongDate(m.date));
  }
  if (!c.bands.empty()) {
    out += "Lines of therapy: ";
    for (size_t i = 0; i < c.bands.size(); ++i) {
      out +=
          fmt::format("{}{} from {}", i ? "; " : "", c.bands[i].label, LongDate(c.bands[i].from));
    }
    out += ".";
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

ChartTable ChartDataTable(const Chart& c) {
  ChartTable t;
  std::map<Date, std::vector<std::string>> by_date;
  for (size_t i = 0; i < c.series.size(); ++i) {
    t.columns.push_back(SeriesColumn(c, c.series[i]));
    for (const ChartPoint& p : c.series[i].points) {
      auto& cells = by_date[p.date];
      cells.resize(c.series.size());
      if (!cells[i].empty()) cells[i] += ", ";
      cells[i] += YText(c, p.value, p.bound);
    }
  }
  for (auto& [date, cells] : by_date) {
    cells.resize(c.series.size());
    t.rows.push_back({date.ToString(), std::move(cells)});
  }
  return t;
}

}  // namespace oncoguide::render
