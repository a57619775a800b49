// The dashboard's charts (dashboard_charts.h): the disease measures and staging labs over time
// with their reference ranges, lines of therapy as bands, and the response timeline.
#include "dashboard_charts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "oncoguide/response/criteria.h"

namespace oncoguide::render::internal {

using records::Analyte;
using records::Observation;
using records::PatientRecord;
using records::ValueBound;
using records::ValueKind;
using response::Assessment;
using response::Category;
using response::KeyValue;
using response::ResponseReport;
using response::TherapyLine;

namespace {

struct Series {
  std::vector<ChartPoint> points;
  std::optional<double> ref_low, ref_high;
};

std::map<Analyte, Series> CollectSeries(const PatientRecord& record) {
  std::map<Analyte, Series> out;
  for (const Observation& o : record.observations) {
    const ValueKind kind = Info(o.analyte).kind;
    if (kind != ValueKind::kQuantity || !o.has_value || std::isnan(o.value)) continue;
    Series& s = out[o.analyte];
    s.points.push_back({o.date, o.value, o.bound});
    if (o.ref_low) s.ref_low = o.ref_low;
    if (o.ref_high) s.ref_high = o.ref_high;
  }
  return out;
}

Chart NamedChart(std::string id, std::string title, std::string unit) {
  Chart c;
  c.id = std::move(id);
  c.title = std::move(title);
  c.unit = std::move(unit);
  return c;
}

Chart OneSeriesChart(std::string id, Analyte a, const Series& s) {
  Chart c;
  c.id = std::move(id);
  std::string label(records::Label(a));
  label[0] = static_cast<char>(std::toupper(label[0]));
  c.title = label;
  c.unit = std::string(Info(a).unit);
  c.series.push_back({"", s.points});
  c.ref_low = s.ref_low;
  c.ref_high = s.ref_high;
  return c;
}

}  // namespace

std::vector<ChartBand> Bands(const ResponseReport& r, Date last) {
  std::vector<ChartBand> bands;
  for (size_t i = 0; i < r.lines.size(); ++i) {
    const TherapyLine& line = r.lines[i];
    if (!line.regimen) continue;
    Date to = i + 1 < r.lines.size() ? r.lines[i + 1].start : std::max(last, line.start);
    bands.push_back({line.start, to, *line.regimen});
  }
  return bands;
}

std::vector<Chart> Charts(const PatientRecord& record, const ResponseReport& report,
                          const std::vector<ChartBand>& bands) {
  std::map<Analyte, Series> series = CollectSeries(record);
  std::vector<Chart> charts;
  auto add = [&](Chart c) {
    c.bands = bands;
    if (c.PointCount() > 0) charts.push_back(std::move(c));
  };
  if (auto it = series.find(Analyte::kSerumMProtein); it != series.end()) {
    Chart c = OneSeriesChart("m-protein", Analyte::kSerumMProtein, it->second);
    if (!report.lines.empty()) {  // baseline and nadir of the latest line
      const TherapyLine& line = report.lines.back();
      for (const KeyValue& kv : line.baseline.values) {
        if (kv.analyte == Analyte::kSerumMProtein && line.baseline.date) {
          c.marks.push_back({*line.baseline.date, kv.value, "baseline"});
        }
      }
      std::optional<double> nadir;
      for (const Assessment& a : line.assessments) {
        for (const KeyValue& kv : a.values) {
          if (kv.analyte == Analyte::kSerumMProtein && (!nadir || kv.value < *nadir)) {
            nadir = kv.value;
          }
        }
      }
      for (const ChartPoint& p : it->second.points) {
        if (nadir && p.date >= line.start && p.value == *nadir && p.bound == ValueBound::kExact) {
          c.marks.push_back({p.date, p.value, "nadir"});
          break;
        }
      }
    }
    add(std::move(c));
  }
  auto kappa = series.find(Analyte::kKappaFlc);
  auto lambda = series.find(Analyte::kLambdaFlc);
  if (kappa != series.end() || lambda != series.end()) {
    Chart c;
    c.id = "flc";
    c.title = "Free light chains";
    c.unit = "mg/L";
    if (kappa != series.end()) c.series.push_back({"kappa", kappa->second.points});
    if (lambda != series.end()) c.series.push_back({"lambda", lambda->second.points});
    add(std::move(c));
  }
  if (kappa != series.end() && lambda != series.end()) {
    std::map<Date, double> k, l;
    for (const ChartPoint& p : kappa->second.points) {
      if (p.bound == ValueBound::kExact) k[p.date] = p.value;
    }
    for (const ChartPoint& p : lambda->second.points) {
      if (p.bound == ValueBound::kExact) l[p.date] = p.value;
    }
    Chart ratio = NamedChart("flc-ratio", "Kappa/lambda ratio", "");
    Chart dflc = NamedChart("dflc", "Difference between kappa and lambda (dFLC)", "mg/L");
    ratio.series.emplace_back();
    dflc.series.emplace_back();
    for (const auto& [date, kv] : k) {
      auto it = l.find(date);
      if (it == l.end() || it->second <= 0) continue;
      ratio.series[0].points.push_back({date, kv / it->second});
      dflc.series[0].points.push_back({date, std::abs(kv - it->second)});
    }
    const response::ResponseCriteria* criteria = response::FindCriteria(report.criteria);
    if (criteria == nullptr) criteria = &response::Imwg2016();
    ratio.ref_low = criteria->flc_ratio_low.value;
    ratio.ref_high = criteria->flc_ratio_high.value;
    add(std::move(ratio));
    add(std::move(dflc));
  }
  constexpr std::array<std::pair<Analyte, std::string_view>, 7> kOthers = {{
      {Analyte::kUrineMProtein, "urine-m-protein"},
      {Analyte::kBeta2Microglobulin, "b2m"},
      {Analyte::kAlbumin, "albumin"},
      {Analyte::kLdh, "ldh"},
      {Analyte::kCreatinine, "creatinine"},
      {Analyte::kCalcium, "calcium"},
      {Analyte::kHemoglobin, "hemoglobin"},
  }};
  for (const auto& [a, id] : kOthers) {
    // A staging lab measured once (at diagnosis) is a fact, not a trend: the values table has it.
    auto it = series.find(a);
    if (it != series.end() && (a == Analyte::kUrineMProtein || it->second.points.size() >= 2)) {
      add(OneSeriesChart(std::string(id), a, it->second));
    }
  }
  return charts;
}

Chart TimelineChart(const ResponseReport& report, const std::vector<ChartBand>& bands) {
  Chart c = NamedChart("timeline", "Response at each assessment", "");
  c.y_labels = {"PD", "SD", "MR", "PR", "VGPR", "CR", "sCR"};
  c.bands = bands;
  c.legend = false;  // the bands name the lines
  for (const TherapyLine& line : report.lines) {
    ChartSeries series;
    series.label = line.regimen.value_or("Response");
    for (const Assessment& a : line.assessments) {
      if (a.response == Category::kNE) continue;
      // y is the index into y_labels. An unconfirmed category is drawn hollow like a limit
      // value: the chart's bound flag only chooses the marker; the label says the category.
      series.points.push_back({a.date, static_cast<double>(static_cast<int>(a.response) + 1),
                               a.confirmed ? ValueBound::kExact : ValueBound::kBelow});
    }
    if (!series.points.empty()) c.series.push_back(std::move(series));
  }
  return c;
}

}  // namespace oncoguide::render::internal
