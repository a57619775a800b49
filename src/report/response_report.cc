#include "oncoguide/report/response_report.h"

#include <fmt/format.h>

#include <chrono>

#include "oncoguide/common/text.h"

namespace oncoguide {
namespace {

using nlohmann::json;

// Adds a member to an object being built in key order (the hint makes that O(1)). Every key is
// added once; an out-of-order key is still inserted where it belongs.
void Put(json::object_t& o, const char* key, json value) {
  o.emplace_hint(o.end(), key, std::move(value));
}

json DateOrNull(const std::optional<Date>& d) { return d ? json(d->ToString()) : json(nullptr); }

std::string Wrap(const std::string& text, int width, const std::string& indent) {
  return WrapText(text, static_cast<size_t>(width), indent, indent);
}

}  // namespace

json ResponseToJson(const PatientResult& record) {
  const ResponseReport& report = record.response;
  // Built member by member, moving values in (brace-initialiser lists copy every value), and in
  // key order with an end hint, so that each member is one O(1) insertion into the object's map:
  // this runs for every patient of a cohort (bench/cohort_bench.cc).
  json out = json::object();
  json::object_t& top = out.get_ref<json::object_t&>();
  Put(top, "criteria", report.criteria);
  Put(top, "ignored", record.ignored);
  json lines = json::array();
  lines.get_ref<json::array_t&>().reserve(report.lines.size());
  for (const TherapyLine& line : report.lines) {
    json l = json::object();
    json::object_t& lo = l.get_ref<json::object_t&>();
    json assessments = json::array();
    json::array_t& list = assessments.get_ref<json::array_t&>();
    list.reserve(line.assessments.size());
    for (const Assessment& a : line.assessments) {
      json item = json::object();
      json::object_t& io = item.get_ref<json::object_t&>();
      Put(io, "confirmed", a.confirmed);
      Put(io, "date", a.date.ToString());
      Put(io, "explanation", a.explanation);
      Put(io, "missing", a.missing);
      Put(io, "response", std::string(CategoryName(a.response)));
      list.push_back(std::move(item));
    }
    Put(lo, "assessments", std::move(assessments));
    Put(lo, "awaiting_confirmation",
        line.awaiting_confirmation
            ? json::object({{"date", line.awaiting_confirmation_date->ToString()},
                            {"response", std::string(CategoryName(*line.awaiting_confirmation))}})
            : json(nullptr));
    json measurable = json::array();
    for (Analyte a : line.baseline.measurable) measurable.push_back(std::string(Name(a)));
    json values = json::object();
    for (const KeyValue& kv : line.baseline.values)
      values[std::string(Name(kv.analyte))] = kv.value;
    json dates = json::object();  // each baseline value's own date
    for (const KeyValue& kv : line.baseline.values)
      dates[std::string(Name(kv.analyte))] = kv.date.ToString();
    json baseline = json::object();
    json::object_t& bo = baseline.get_ref<json::object_t&>();
    Put(bo, "date", DateOrNull(line.baseline.date));
    Put(bo, "dates", std::move(dates));
    Put(bo, "explanation", line.baseline.explanation);
    Put(bo, "measurable", std::move(measurable));
    Put(bo, "values", std::move(values));
    Put(lo, "baseline", std::move(baseline));
    Put(lo, "best_response",
        line.best_response ? json(std::string(CategoryName(*line.best_response))) : json(nullptr));
    Put(lo, "best_response_date", DateOrNull(line.best_response_date));
    Put(lo, "mrd_date", DateOrNull(line.mrd_date));
    Put(lo, "mrd_status",
        line.mrd_status == MrdStatus::kNone ? json(nullptr)
                                            : json(std::string(MrdStatusName(line.mrd_status))));
    Put(lo, "notes", line.notes);
    json phases = json::array();
    for (const TherapyPhase& ph : line.phases) {
      phases.push_back(json::object({{"date", ph.date.ToString()},
                                     {"inferred", ph.inferred},
                                     {"name", ph.name},
                                     {"regimen", ph.regimen.empty() ? json(nullptr) : json(ph.regimen)}}));
    }
    Put(lo, "phases", std::move(phases));
    Put(lo, "progression_date", DateOrNull(line.progression_date));
    Put(lo, "regimen", line.regimen ? json(*line.regimen) : json(nullptr));
    Put(lo, "start", line.start.ToString());
    lines.push_back(std::move(l));
  }
  Put(top, "lines", std::move(lines));
  Put(top, "patient", report.patient_id.empty() ? json(nullptr) : json(report.patient_id));
  Put(top, "source", record.source);
  return out;
}

std::string ResponseToText(const PatientResult& record, int width) {
  const ResponseReport& report = record.response;
  std::string out;
  out += fmt::format("Patient {} ({}), response by {}\n",
                     report.patient_id.empty() ? "-" : report.patient_id, record.source,
                     report.criteria);
  if (report.lines.empty()) out += "  No results to assess.\n";
  int n = 0;
  for (const TherapyLine& line : report.lines) {
    out += fmt::format("\nLine {}: {}, from {}\n", ++n,
                       line.regimen ? *line.regimen : "no therapy recorded", line.start.ToString());
    for (const TherapyPhase& ph : line.phases) {
      out += fmt::format("  Phase: {} from {}{}\n", ph.name, ph.date.ToString(),
                         ph.regimen.empty() ? "" : " (" + ph.regimen + ")");
    }
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
        "  Best {}response: {}{}\n", line.awaiting_confirmation ? "confirmed " : "",
        line.best_response ? std::string(CategoryName(*line.best_response)) : "none yet",
        line.best_response_date ? " (from " + line.best_response_date->ToString() + ")" : "");
    if (line.awaiting_confirmation) {
      out += fmt::format("  Latest: {} ({}), awaiting confirmation by the next assessment\n",
                         CategoryName(*line.awaiting_confirmation),
                         line.awaiting_confirmation_date->ToString());
    }
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
