// The personal summary (patient_summary.h): where one person stands, gathered from their
// PatientResult (the last line's response, trends, stage, MRD, high risk, the lab-only reading),
// and written as JSON or as plain-text lines.
#include "oncoguide/report/patient_summary.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

#include "oncoguide/records/analyte.h"
#include "oncoguide/response/lab/lab_engine.h"
#include "summary_text.h"

namespace oncoguide::report {

using pipeline::PatientResult;
using records::Analyte;
using response::Assessment;
using response::Category;
using response::KeyValue;
using response::TherapyLine;
using staging::StageName;

namespace internal {

std::string Number(double v) { return fmt::format("{:g}", std::round(v * 1000) / 1000); }

}  // namespace internal

using internal::Number;

namespace {

std::string CategoryText(Category c) {
  return fmt::format("{} ({})", response::CategoryName(c), response::CategoryLongName(c));
}

std::string LabLongNameOnly(Category c) { return std::string(response::LabCategoryLongName(c)); }

std::string KeyNumber(const KeyValue& kv) {
  const records::AnalyteInfo& info = Info(kv.analyte);
  // (Built with fmt rather than " " + unit: GCC 12 -O3 warns -Wrestrict on that concatenation.)
  const std::string unit = info.unit.empty() ? std::string() : fmt::format(" {}", info.unit);
  if (info.kind == records::ValueKind::kCoded) {
    return fmt::format("{}: {}", info.label,
                       kv.value != 0 ? info.positive_word : info.negative_word);
  }
  std::string s = fmt::format("{} {}{}", info.label, Number(kv.value), unit);
  if (kv.baseline) {
    s += fmt::format(" (baseline {}{}", Number(*kv.baseline), unit);
    if (*kv.baseline > 0) {
      s += fmt::format(", {:+.0f}%", (kv.value - *kv.baseline) / *kv.baseline * 100);
    }
    s += ")";
  }
  return s;
}

void AddStage(const PatientResult& result, PersonalSection* p) {
  const staging::StagingSummary& st = result.staging;
  std::vector<std::string> parts;
  if (st.iss) parts.push_back("ISS " + std::string(StageName(*st.iss)));
  if (st.r_iss) parts.push_back("R-ISS " + std::string(StageName(*st.r_iss)));
  if (st.r2_iss) parts.push_back("R2-ISS " + std::string(StageName(*st.r2_iss)));
  if (!parts.empty()) p->stage = fmt::format("{}", fmt::join(parts, ", "));
  p->stage_explanation = st.explanation;
  p->stage_missing = st.missing;
}

// The lab-only reading beside the strict one (issue 10): both named, strict first.
void AddLabReading(const PatientResult& result, PersonalSection* p) {
  if (!result.lab_reading) return;
  const response::LabReport& lab = *result.lab_reading;
  if (lab.lines.empty() || lab.lines.back().visits.empty()) return;
  const response::LabVisit& v = lab.lines.back().visits.back();
  p->lab_response = fmt::format("{} ({})", response::LabCategoryLongName(v.call),
                                response::LabCategoryName(v.call));
  p->lab_code = std::string(response::LabCategoryName(v.call));
  p->lab_response_date = v.date;
  p->lab_confirmed = v.confirmed;
  p->lab_explanation = v.explanation;
  std::string strict = "By IMWG 2016: ";
  if (p->current_response) {
    strict += p->current_response->substr(0, p->current_response->find(' '));
    for (const std::string& m : p->next_needs) {
      if (m.rfind("CR needs", 0) == 0) strict += ", " + m;
    }
  } else {
    strict += "no assessment yet";
  }
  p->two_readings = fmt::format(
      "{}. What your labs alone show: {} on {} ({}).", strict, LabLongNameOnly(v.call),
      v.date.ToString(),
      v.call == Category::kNE || v.call == Category::kSD
          ? "IMWG-2016-lab"
          : (v.confirmed ? "confirmed, IMWG-2016-lab" : "not yet confirmed, IMWG-2016-lab"));
}

// The disease measures to follow: the line's measurable ones that are numbers over time, else
// the M-protein and light chains the line's assessments carry.
std::vector<Analyte> TrendAnalytes(const TherapyLine& line) {
  auto is_trended = [](Analyte a) {
    return a == Analyte::kSerumMProtein || a == Analyte::kUrineMProtein ||
           a == Analyte::kKappaFlc || a == Analyte::kLambdaFlc;
  };
  std::vector<Analyte> out;
  for (Analyte a : line.baseline.measurable) {
    if (is_trended(a)) out.push_back(a);
  }
  if (!out.empty()) return out;
  for (const Assessment& as : line.assessments) {
    for (const KeyValue& kv : as.values) {
      if (is_trended(kv.analyte) && std::find(out.begin(), out.end(), kv.analyte) == out.end()) {
        out.push_back(kv.analyte);
      }
    }
  }
  return out;
}

MeasureTrend Trend(const TherapyLine& line, Analyte a) {
  MeasureTrend t;
  t.label = std::string(Info(a).label);
  t.unit = std::string(Info(a).unit);
  for (const KeyValue& kv : line.baseline.values) {
    if (kv.analyte != a) continue;
    t.points.push_back({kv.date, kv.value, kv.bound, true});
    if (kv.bound == records::ValueBound::kExact) t.baseline = kv.value;
  }
  for (const Assessment& as : line.assessments) {
    for (const KeyValue& kv : as.values) {
      if (kv.analyte == a) t.points.push_back({kv.date, kv.value, kv.bound, false});
    }
  }
  for (const TrendPoint& pt : t.points) {
    if (pt.bound != records::ValueBound::kExact) continue;
    if (!t.nadir || pt.value < t.nadir->value) t.nadir = pt;
    t.latest = pt;
  }
  return t;
}

// The latest MRD test in the records, by method ("negative by next-generation flow").
void AddMrd(const PatientResult& result, PersonalSection* p) {
  auto consider = [p](const KeyValue& kv) {
    if (kv.analyte != Analyte::kMrdNgf && kv.analyte != Analyte::kMrdNgs) return;
    if (p->mrd_test_date && *p->mrd_test_date > kv.date) return;
    p->mrd_test_date = kv.date;
    p->mrd_test = fmt::format(
        "{} by {}", kv.value != 0 ? "positive (myeloma cells found)" : "negative (none found)",
        kv.analyte == Analyte::kMrdNgf ? "next-generation flow" : "next-generation sequencing");
  };
  for (const TherapyLine& line : result.response.lines) {
    for (const KeyValue& kv : line.baseline.values) consider(kv);
    for (const Assessment& a : line.assessments) {
      for (const KeyValue& kv : a.values) consider(kv);
    }
  }
  const std::vector<TherapyLine>& lines = result.response.lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    const TherapyLine& line = lines[i];
    if (line.mrd_status == response::MrdStatus::kNone || !line.mrd_date) continue;
    p->mrd_status = std::string(response::MrdStatusName(line.mrd_status));
    p->mrd_status_date = line.mrd_date;
    p->mrd_line = static_cast<int>(i) + 1;
    p->mrd_progression_after.reset();
    for (size_t j = i; j < lines.size(); ++j) {
      if (lines[j].progression_date && *lines[j].progression_date > *line.mrd_date) {
        p->mrd_progression_after = lines[j].progression_date;
        break;
      }
    }
  }
}

}  // namespace

PersonalSection Summarize(const PatientResult& result, Date today) {
  PersonalSection p;
  p.patient_id = result.patient_id;
  p.reader_notes = result.reader_notes;
  p.last_test_date = result.last_test_date;
  if (p.last_test_date) {
    p.days_since_last_test = today - *p.last_test_date;
    p.follow_up_overdue = *p.days_since_last_test > kFollowUpOverdueDays;
  }
  const response::ResponseReport& report = result.response;
  if (!report.lines.empty()) {
    const TherapyLine& line = report.lines.back();
    p.regimen = line.regimen;
    if (line.regimen) p.line_number = static_cast<int>(report.lines.size());
    p.progression_date = line.progression_date;
    for (Analyte a : TrendAnalytes(line)) p.trends.push_back(Trend(line, a));
    if (line.best_response) p.best_response = CategoryText(*line.best_response);
    p.best_response_date = line.best_response_date;
    p.notes = line.notes;
    if (!line.assessments.empty()) {
      const Assessment& a = line.assessments.back();
      p.current_response = CategoryText(a.response);
      p.current_response_date = a.date;
      p.current_confirmed = a.confirmed;
      p.explanation = a.explanation;
      p.next_needs = a.missing;
      for (const KeyValue& kv : a.values) p.key_numbers.push_back(KeyNumber(kv));
    }
  }
  AddLabReading(result, &p);
  AddStage(result, &p);
  AddMrd(result, &p);
  p.high_risk = result.high_risk.status;
  p.high_risk_reasons = result.high_risk.reasons;
  p.high_risk_not_tested = result.high_risk.not_tested;
  p.high_risk_would_decide = result.high_risk.would_decide;
  return p;
}

nlohmann::json ToJson(const PersonalSection& p) {
  auto opt_date = [](const std::optional<Date>& d) {
    return d ? nlohmann::json(d->ToString()) : nlohmann::json(nullptr);
  };
  auto opt_str = [](const std::optional<std::string>& s) {
    return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
  };
  return {
      {"patient_id", p.patient_id},
      {"regimen", opt_str(p.regimen)},
      {"current_response", opt_str(p.current_response)},
      {"current_response_date", opt_date(p.current_response_date)},
      {"current_response_confirmed", p.current_confirmed},
      {"best_response", opt_str(p.best_response)},
      {"best_response_date", opt_date(p.best_response_date)},
      {"key_numbers", p.key_numbers},
      {"explanation", p.explanation},
      {"next_category_needs", p.next_needs},
      {"stage", opt_str(p.stage)},
      {"stage_explanation", p.stage_explanation},
      {"stage_missing", p.stage_missing},
      {"last_test_date", opt_date(p.last_test_date)},
      {"days_since_last_test",
       p.days_since_last_test ? nlohmann::json(*p.days_since_last_test) : nlohmann::json(nullptr)},
      {"follow_up_overdue", p.follow_up_overdue},
      {"progression_confirmed_date", opt_date(p.progression_date)},
      {"high_risk", p.high_risk ? nlohmann::json(*p.high_risk) : nlohmann::json(nullptr)},
      {"high_risk_reasons", p.high_risk_reasons},
      {"high_risk_not_tested", p.high_risk_not_tested},
      {"high_risk_would_decide", p.high_risk_would_decide},
      {"mrd_test", opt_str(p.mrd_test)},
      {"mrd_test_date", opt_date(p.mrd_test_date)},
      {"mrd_category", p.mrd_status},
      {"mrd_category_date", opt_date(p.mrd_status_date)},
      {"notes", p.notes},
      {"reader_notes", p.reader_notes},
      {"lab_only_reading", p.lab_response ? nlohmann::json{{"criteria", "IMWG-2016-lab"},
                                                           {"lab_response", *p.lab_code},
                                                           {"description", *p.lab_response},
                                                           {"date", opt_date(p.lab_response_date)},
                                                           {"confirmed", p.lab_confirmed},
                                                           {"explanation", p.lab_explanation},
                                                           {"beside_strict", p.two_readings}}
                                          : nlohmann::json(nullptr)},
  };
}

std::vector<std::string> ToLines(const PersonalSection& p) {
  std::vector<std::string> out;
  if (p.current_response) {
    const bool pd_confirmed = p.progression_date && p.current_response->rfind("PD", 0) == 0;
    out.push_back(fmt::format(
        "Current response: {} on {}{}{}", *p.current_response, p.current_response_date->ToString(),
        pd_confirmed
            ? fmt::format(" (progression confirmed from {})", p.progression_date->ToString())
            : (p.current_confirmed ? " (confirmed)" : " (not yet confirmed)"),
        p.regimen ? " during " + *p.regimen : ""));
  } else {
    out.push_back("Current response: your records have no assessment yet.");
  }
  if (!p.two_readings.empty()) out.push_back(p.two_readings);
  if (p.best_response) {
    out.push_back(
        fmt::format("Best response: {}{}", *p.best_response,
                    p.best_response_date ? " on " + p.best_response_date->ToString() : ""));
  }
  if (!p.key_numbers.empty()) {
    out.push_back(fmt::format("Key numbers: {}", fmt::join(p.key_numbers, "; ")));
  }
  if (!p.explanation.empty()) out.push_back(p.explanation);
  if (!p.next_needs.empty()) {
    out.push_back(fmt::format("For the next category: {}", fmt::join(p.next_needs, "; ")));
  }
  if (p.stage) {
    out.push_back(fmt::format("Stage at diagnosis: {}", *p.stage));
  } else {
    out.push_back(p.stage_missing.empty()
                      ? "Stage at diagnosis: not available from your records."
                      : fmt::format("Stage at diagnosis: not available; it needs {}",
                                    fmt::join(p.stage_missing, ", ")));
  }
  if (p.last_test_date) {
    out.push_back(fmt::format(
        "Last test: {} ({} days ago){}", p.last_test_date->ToString(), *p.days_since_last_test,
        p.follow_up_overdue ? ". That is more than 3 months: ask your care team whether "
                              "follow-up tests are due."
                            : ""));
  }
  for (const std::string& n : p.notes) out.push_back(n);
  for (const std::string& n : p.reader_notes) out.push_back("From your file: " + n);
  return out;
}

}  // namespace oncoguide::report
