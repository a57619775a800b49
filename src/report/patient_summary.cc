#include "oncoguide/report/patient_summary.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>

#include "oncoguide/records/analyte.h"
#include "oncoguide/response/lab/lab_engine.h"

namespace oncoguide {
namespace {

std::string CategoryText(Category c) {
  return fmt::format("{} ({})", CategoryName(c), CategoryLongName(c));
}

std::string LabLongNameOnly(Category c) { return std::string(LabCategoryLongName(c)); }

std::string Number(double v) { return fmt::format("{:g}", std::round(v * 1000) / 1000); }

std::string KeyNumber(const KeyValue& kv) {
  const AnalyteInfo& info = Info(kv.analyte);
  // (Built with fmt rather than " " + unit: GCC 12 -O3 warns -Wrestrict on that concatenation.)
  const std::string unit = info.unit.empty() ? std::string() : fmt::format(" {}", info.unit);
  if (info.kind == ValueKind::kCoded) {
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
  const StagingSummary& st = result.staging;
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
  const LabReport& lab = *result.lab_reading;
  if (lab.lines.empty() || lab.lines.back().visits.empty()) return;
  const LabVisit& v = lab.lines.back().visits.back();
  p->lab_response = fmt::format("{} ({})", LabCategoryLongName(v.call), LabCategoryName(v.call));
  p->lab_code = std::string(LabCategoryName(v.call));
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
  p->two_readings = fmt::format("{}. What your labs alone show: {} on {} ({}).", strict,
                                LabLongNameOnly(v.call), v.date.ToString(),
                                v.call == Category::kNE || v.call == Category::kSD
                                    ? "IMWG-2016-lab"
                                    : (v.confirmed ? "confirmed, IMWG-2016-lab"
                                                   : "not yet confirmed, IMWG-2016-lab"));
}

}  // namespace

PersonalSection Summarize(const PatientResult& result, Date today) {
  PersonalSection p;
  p.patient_id = result.patient_id;
  p.last_test_date = result.last_test_date;
  if (p.last_test_date) {
    p.days_since_last_test = today - *p.last_test_date;
    p.follow_up_overdue = *p.days_since_last_test > kFollowUpOverdueDays;
  }
  const ResponseReport& report = result.response;
  if (!report.lines.empty()) {
    const TherapyLine& line = report.lines.back();
    p.regimen = line.regimen;
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
      {"notes", p.notes},
      {"lab_only_reading",
       p.lab_response ? nlohmann::json{{"criteria", "IMWG-2016-lab"},
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
    out.push_back(fmt::format("Current response: {} on {}{}{}", *p.current_response,
                              p.current_response_date->ToString(),
                              p.current_confirmed ? " (confirmed)" : " (not yet confirmed)",
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
  return out;
}

}  // namespace oncoguide
