#include "oncoguide/report/response_report.h"

#include <fmt/format.h>

#include <chrono>
#include <sstream>

namespace oncoguide {
namespace {

using nlohmann::json;

// Date::ToString() ("YYYY-MM-DD") without snprintf, which showed in cohort profiles; other years
// (outside 0..9999) go to ToString() itself.
std::string DateText(Date d) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{d.days()}}};
  const int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999) return d.ToString();
  const auto m = static_cast<unsigned>(ymd.month());
  const auto day = static_cast<unsigned>(ymd.day());
  const char buf[10] = {static_cast<char>('0' + y / 1000),
                        static_cast<char>('0' + y / 100 % 10),
                        static_cast<char>('0' + y / 10 % 10),
                        static_cast<char>('0' + y % 10),
                        '-',
                        static_cast<char>('0' + m / 10),
                        static_cast<char>('0' + m % 10),
                        '-',
                        static_cast<char>('0' + day / 10),
                        static_cast<char>('0' + day % 10)};
  return std::string(buf, sizeof buf);
}

json DateOrNull(const std::optional<Date>& d) { return d ? json(DateText(*d)) : json(nullptr); }

// Greedy word wrap with a hanging indent.
std::string Wrap(const std::string& text, int width, const std::string& indent) {
  std::istringstream words(text);
  std::string word, line, out;
  while (words >> word) {
    if (!line.empty() && static_cast<int>(indent.size() + line.size() + 1 + word.size()) > width) {
      out += indent + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += indent + line + "\n";
  return out;
}

}  // namespace

json ResponseToJson(const PatientRecord& record, const ResponseReport& report) {
  // Built member by member, moving strings in: brace-initialiser lists copy every value, which
  // made this the slowest step of streaming a cohort (bench/cohort_bench.cc).
  json out = json::object();
  out["patient"] = report.patient_id.empty() ? json(nullptr) : json(report.patient_id);
  out["criteria"] = report.criteria;
  out["source"] = record.source;
  json lines = json::array();
  lines.get_ref<json::array_t&>().reserve(report.lines.size());
  for (const TherapyLine& line : report.lines) {
    json l = json::object();
    l["regimen"] = line.regimen ? json(*line.regimen) : json(nullptr);
    l["start"] = DateText(line.start);
    json measurable = json::array();
    for (Analyte a : line.baseline.measurable) measurable.push_back(std::string(Name(a)));
    json values = json::object();
    for (const KeyValue& kv : line.baseline.values)
      values[std::string(Name(kv.analyte))] = kv.value;
    json baseline = json::object();
    baseline["date"] = DateOrNull(line.baseline.date);
    baseline["measurable"] = std::move(measurable);
    baseline["values"] = std::move(values);
    baseline["explanation"] = line.baseline.explanation;
    l["baseline"] = std::move(baseline);
    json assessments = json::array();
    json::array_t& list = assessments.get_ref<json::array_t&>();
    list.reserve(line.assessments.size());
    for (const Assessment& a : line.assessments) {
      json item = json::object();
      item["date"] = DateText(a.date);
      item["response"] = std::string(CategoryName(a.response));
      item["confirmed"] = a.confirmed;
      item["explanation"] = a.explanation;
      item["missing"] = a.missing;
      list.push_back(std::move(item));
    }
    l["assessments"] = std::move(assessments);
    l["best_response"] =
        line.best_response ? json(std::string(CategoryName(*line.best_response))) : json(nullptr);
    l["best_response_date"] = DateOrNull(line.best_response_date);
    l["progression_date"] = DateOrNull(line.progression_date);
    l["mrd_status"] = line.mrd_status == MrdStatus::kNone
                          ? json(nullptr)
                          : json(std::string(MrdStatusName(line.mrd_status)));
    l["mrd_date"] = DateOrNull(line.mrd_date);
    l["notes"] = line.notes;
    lines.push_back(std::move(l));
  }
  out["lines"] = std::move(lines);
  out["ignored"] = record.ignored;
  return out;
}

std::string ResponseToText(const PatientRecord& record, const ResponseReport& report, int width) {
  std::string out;
  out += fmt::format("Patient {} ({}), response by {}\n",
                     report.patient_id.empty() ? "-" : report.patient_id, record.source,
                     report.criteria);
  if (report.lines.empty()) out += "  No results to assess.\n";
  int n = 0;
  for (const TherapyLine& line : report.lines) {
    out += fmt::format("\nLine {}: {}, from {}\n", ++n,
                       line.regimen ? *line.regimen : "no therapy recorded", line.start.ToString());
    out += Wrap(fmt::format("Baseline{}: {}",
                            line.baseline.date ? " (" + line.baseline.date->ToString() + ")" : "",
                            line.baseline.explanation),
                width, "  ");
    for (const Assessment& a : line.assessments) {
      std::string status = a.response == Category::kNE || a.response == Category::kSD
                               ? ""
                               : (a.confirmed ? ", confirmed" : ", unconfirmed");
      out += fmt::format("  {}  {}{}\n", a.date.ToString(), CategoryName(a.response), status);
      out += Wrap(a.explanation, width, "      ");
    }
    out += fmt::format(
        "  Best response: {}{}\n",
        line.best_response ? std::string(CategoryName(*line.best_response)) : "none yet",
        line.best_response_date ? " (from " + line.best_response_date->ToString() + ")" : "");
    out += fmt::format("  Progression: {}\n",
                       line.progression_date ? "confirmed from " + line.progression_date->ToString()
                                             : "none confirmed");
    if (line.mrd_status != MrdStatus::kNone) {
      out += fmt::format("  MRD: {} ({})\n", MrdStatusName(line.mrd_status),
                         line.mrd_date->ToString());
    }
    for (const std::string& note : line.notes) out += Wrap("Note: " + note, width, "  ");
  }
  if (!record.ignored.empty()) {
    out += fmt::format("\nNot used ({}):\n", record.ignored.size());
    for (const std::string& i : record.ignored) out += Wrap(i, width, "  ");
  }
  return out;
}

}  // namespace oncoguide
