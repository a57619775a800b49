// BuildDashboard: the adapter from the engines' results to the dashboard's data (dashboard.h).
#include "oncoguide/render/dashboard.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "dashboard_charts.h"
#include "oncoguide/kb/reply.h"
#include "oncoguide/report/patient_summary.h"

namespace oncoguide::render {

using records::Analyte;
using records::Observation;
using records::PatientRecord;
using records::ValueBound;
using records::ValueKind;
using response::Assessment;
using response::Category;
using response::CategoryLongName;
using response::KeyValue;
using response::ResponseReport;
using response::TherapyLine;
using staging::StageName;
using staging::StagingResult;

namespace {

// Disease measures in the order a sentence prefers them.
constexpr std::array<Analyte, 4> kMeasures = {Analyte::kSerumMProtein, Analyte::kUrineMProtein,
                                              Analyte::kKappaFlc, Analyte::kLambdaFlc};

bool IsTest(const Observation& o) {
  return o.analyte != Analyte::kTherapyStart && o.analyte != Analyte::kTherapyPhase;
}

std::string WithUnit(double v, Analyte a) {
  std::string_view unit = Info(a).unit;
  return unit.empty() ? FormatValue(v) : FormatValue(v) + " " + std::string(unit);
}

std::string ChangeClause(const KeyValue& kv) {
  const double from = *kv.baseline, to = kv.value;
  std::string verb = to < from ? "fell" : to > from ? "rose" : "stayed";
  std::string s = fmt::format("your {} {} from {} to {}", records::Label(kv.analyte), verb,
                              FormatValue(from), WithUnit(to, kv.analyte));
  if (from > 0 && to != from) {
    double pct = std::round((to - from) / from * 100);
    s += fmt::format(" ({}{}%)", pct < 0 ? "\u2212" : "+", std::abs(pct));
  }
  return s;
}

std::string LineSentence(const TherapyLine& line) {
  std::string s = line.regimen
                      ? fmt::format("Since starting {} on {}", *line.regimen, LongDate(line.start))
                      : fmt::format("Since your first tests on {}", LongDate(line.start));
  if (line.assessments.empty()) return s + ", there is no assessment yet.";
  const Assessment& a = line.assessments.back();
  for (Analyte m : kMeasures) {
    auto kv = std::find_if(a.values.begin(), a.values.end(), [m](const KeyValue& v) {
      return v.analyte == m && v.baseline.has_value();
    });
    if (kv != a.values.end()) {
      s += " " + ChangeClause(*kv);
      break;
    }
  }
  if (a.response == Category::kNE) {
    s += fmt::format(": not evaluable on {}", LongDate(a.date));
  } else if (a.response == Category::kPD && line.progression_date) {
    s += fmt::format(": progressive disease from {}", LongDate(*line.progression_date));
  } else {
    s += fmt::format(": {}, {}", CategoryLongName(a.response),
                     a.confirmed ? "confirmed" : "not yet confirmed");
  }
  if (line.best_response && *line.best_response != a.response) {
    s += fmt::format(" (best confirmed response: {})", CategoryLongName(*line.best_response));
  }
  if (line.progression_date && a.response != Category::kPD) {
    s += fmt::format("; progression on {}", LongDate(*line.progression_date));
  }
  return s + ".";
}

std::string CategoryClass(Category c) {
  std::string s(response::CategoryName(c));
  std::transform(s.begin(), s.end(), s.begin(), [](char ch) { return std::tolower(ch); });
  return s;
}

std::vector<Fact> Facts(const StagingResult& st, const ResponseReport& report) {
  std::vector<Fact> facts;
  const staging::StagingSummary& s = st.staging;
  std::vector<std::string> parts;
  if (s.iss) parts.push_back("ISS " + std::string(StageName(*s.iss)));
  if (s.r_iss) parts.push_back("R-ISS " + std::string(StageName(*s.r_iss)));
  if (s.r2_iss) parts.push_back("R2-ISS " + std::string(StageName(*s.r2_iss)));
  std::string missing = fmt::format("{}", fmt::join(s.missing, ", "));
  facts.push_back(
      {"Stage",
       parts.empty() ? "Not known from these records" : fmt::format("{}", fmt::join(parts, ", ")),
       missing.empty() ? "" : "Tests that would complete it: " + missing});
  const staging::DiagnosisResult& d = st.diagnosis;
  facts.push_back({"Diagnosis (IMWG 2014)",
                   d.category ? std::string(staging::DiagnosisCategoryLongName(*d.category))
                              : "Not decided from these records",
                   d.category || d.missing.empty() ? ""
                                                   : fmt::format("Tests that would decide it: {}",
                                                                 fmt::join(d.missing, ", "))});
  const staging::HighRiskResult& h = st.high_risk;
  std::string risk = !h.status   ? "Not known yet: a test not in these records could decide it"
                     : *h.status ? "High risk (IMS/IMWG 2025 definition)"
                                 : "Not high risk (IMS/IMWG 2025 definition)";
  std::string detail = fmt::format("{}", fmt::join(h.reasons, " "));
  if (!h.would_decide.empty()) {
    detail += (detail.empty() ? "" : " ") +
              fmt::format("Tests that would decide it: {}.", fmt::join(h.would_decide, ", "));
  }
  facts.push_back({"High risk", risk, detail});
  std::string mrd = "No MRD result in these records";
  if (!report.lines.empty() && report.lines.back().mrd_status != response::MrdStatus::kNone) {
    const TherapyLine& l = report.lines.back();
    mrd = std::string(response::MrdStatusName(l.mrd_status));
    if (l.mrd_date) mrd += " (" + LongDate(*l.mrd_date) + ")";
  }
  facts.push_back({"MRD (minimal residual disease)", mrd, ""});
  return facts;
}

std::vector<std::string> Questions(const DashboardData& d, const ResponseReport& report,
                                   const StagingResult& st) {
  std::vector<std::string> q = {"Is my response what you expected at this point in my treatment?"};
  if (!report.lines.empty() && !report.lines.back().assessments.empty()) {
    const TherapyLine& line = report.lines.back();
    const Assessment& a = line.assessments.back();
    if (line.progression_date) {
      q.push_back("The tests show progression: what are my options now?");
    } else if (!a.confirmed && a.response != Category::kNE) {
      q.push_back("When will the next test confirm this result?");
    }
    for (const std::string& m : a.missing) {
      if (m.find("marrow") != std::string::npos) {
        q.push_back("Do I need a bone marrow test to confirm a deeper response?");
        break;
      }
    }
    if (a.response >= Category::kCR && line.mrd_status == response::MrdStatus::kNone) {
      q.push_back("Would an MRD test be useful for me?");
    }
  }
  if (!st.staging.missing.empty()) {
    q.push_back(fmt::format("Would these tests help to know my stage: {}?",
                            fmt::join(st.staging.missing, ", ")));
  }
  if (st.high_risk.status.value_or(false)) {
    q.push_back("What does high-risk myeloma mean for my treatment plan?");
  } else if (!st.high_risk.status && !st.high_risk.would_decide.empty()) {
    q.push_back(fmt::format("Would these tests help to know whether my myeloma is high risk: {}?",
                            fmt::join(st.high_risk.would_decide, ", ")));
  }
  if (d.follow_up_overdue) q.push_back("When are my next follow-up tests due?");
  return q;
}

// The strict and the lab-only reading of the latest visit, each naming its criteria (issue 10).
void AddTwoReadings(const report::PersonalSection& p, DashboardData* d) {
  if (!p.lab_response) return;
  std::string strict = "By IMWG 2016: ";
  if (p.current_response && p.current_response_date) {
    strict += fmt::format("{}, {}, on {}.", *p.current_response,
                          p.current_confirmed ? "confirmed" : "not yet confirmed",
                          LongDate(*p.current_response_date));
    for (const std::string& m : p.next_needs) {
      if (m.rfind("CR needs", 0) == 0) strict += " " + m + (m.back() == '.' ? "" : ".");
    }
  } else {
    strict += "no assessment yet.";
  }
  d->strict_reading = std::move(strict);
  d->lab_reading = fmt::format("What your labs alone show: {}, {}, on {} (IMWG-2016-lab).",
                               *p.lab_response, p.lab_confirmed ? "confirmed" : "not yet confirmed",
                               LongDate(*p.lab_response_date));
  d->lab_explanation = p.lab_explanation;
}

}  // namespace

using internal::Bands;
using internal::Charts;
using internal::TimelineChart;

DashboardData BuildDashboard(const PatientRecord& record, const ResponseReport& response,
                             const StagingResult& staging, Date today) {
  DashboardData d;
  d.as_of = LongDate(today);
  d.criteria_note = fmt::format("Response by the {} criteria.", response.criteria);
  d.disclaimer = std::string(kb::kDisclaimer);
  std::optional<Date> last_test;
  for (const Observation& o : record.observations) {
    if (IsTest(o)) last_test = std::max(last_test.value_or(o.date), o.date);
  }
  for (const TherapyLine& line : response.lines) {
    d.line_sentences.push_back(LineSentence(line));
    TimelineLine t;
    t.title = line.regimen ? fmt::format("{}, from {}", *line.regimen, LongDate(line.start))
                           : fmt::format("From {}", LongDate(line.start));
    for (const Assessment& a : line.assessments) {
      t.entries.push_back(
          {a.date.ToString(),
           fmt::format("{} ({})", response::CategoryName(a.response), CategoryLongName(a.response)),
           CategoryClass(a.response), a.confirmed, a.response == Category::kPD});
    }
    d.timeline.push_back(std::move(t));
  }
  std::vector<ChartBand> bands = Bands(response, last_test.value_or(today));
  d.charts = Charts(record, response, bands);
  Chart timeline = TimelineChart(response, bands);
  if (timeline.PointCount() > 0) d.timeline_chart = std::move(timeline);
  d.facts = Facts(staging, response);
  if (!response.lines.empty() && !response.lines.back().assessments.empty()) {
    d.next_needs = response.lines.back().assessments.back().missing;
  }
  if (last_test) {
    int days = today - *last_test;
    d.follow_up_overdue = days > report::kFollowUpOverdueDays;
    d.follow_up =
        fmt::format("Your latest test was on {} ({} days ago).", LongDate(*last_test), days);
    if (d.follow_up_overdue) {
      d.follow_up +=
          " That is more than three months: ask your care team whether follow-up "
          "tests are due.";
    }
  }
  d.questions = Questions(d, response, staging);
  for (const Observation& o : record.observations) {
    const records::AnalyteInfo& info = Info(o.analyte);
    std::string value;
    if (info.kind == ValueKind::kText) {
      value = o.text;
    } else if (info.kind == ValueKind::kCoded) {
      value = std::string(o.value != 0 ? info.positive_word : info.negative_word);
    } else if (o.bound == ValueBound::kTrace) {
      value = "trace";
    } else if (o.has_value && !std::isnan(o.value)) {
      value =
          FormatValue(o.value, o.bound) + (info.unit.empty() ? "" : " " + std::string(info.unit));
    }
    std::string source = !o.fhir_id.empty() ? o.fhir_id
                         : o.line > 0       ? record.source + " line " + std::to_string(o.line)
                                            : record.source;
    d.values.push_back({o.date.ToString(), std::string(info.label), value, source});
  }
  d.reader_notes = record.notes;
  return d;
}

DashboardData BuildDashboard(const PatientRecord& record, const pipeline::PatientResult& result,
                             Date today) {
  StagingResult staging{result.staging, result.diagnosis, result.high_risk};
  DashboardData d = BuildDashboard(record, result.response, staging, today);
  AddTwoReadings(report::Summarize(result, today), &d);
  return d;
}

}  // namespace oncoguide::render
