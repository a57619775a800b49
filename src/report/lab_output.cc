// Output of the lab-only reading (see lab_output.h).
#include "oncoguide/report/lab_output.h"

#include <fmt/format.h>

#include "oncoguide/common/text.h"
#include "oncoguide/report/fhir_writer.h"

namespace oncoguide::report {

using records::PatientRecord;
using response::Category;
using response::LabCategoryName;
using response::LabReport;
using response::LabVisit;

namespace {

using nlohmann::json;

json DateOrNull(const std::optional<Date>& d) { return d ? json(d->ToString()) : json(nullptr); }
json CatOrNull(const std::optional<Category>& c) {
  return c ? json(std::string(LabCategoryName(*c))) : json(nullptr);
}

json Coding(std::string_view system, std::string_view code, std::string_view display) {
  return json{{"system", system}, {"code", code}, {"display", display}};
}

}  // namespace

json LabToJson(const PatientRecord& record, const LabReport& report) {
  json lines = json::array();
  for (const response::LabLine& line : report.lines) {
    json visits = json::array();
    for (const LabVisit& v : line.visits) {
      visits.push_back(json{{"date", v.date.ToString()},
                            {"last_date", v.last_date.ToString()},
                            {"lab_response", std::string(LabCategoryName(v.call))},
                            {"confirmed", v.confirmed},
                            {"confirmed_lab_response", CatOrNull(v.confirmed_call)},
                            {"explanation", v.explanation},
                            {"missing", v.missing}});
    }
    lines.push_back(json{{"regimen", line.regimen ? json(*line.regimen) : json(nullptr)},
                         {"start", line.start.ToString()},
                         {"driver", line.driver},
                         {"baseline", line.baseline},
                         {"visits", std::move(visits)},
                         {"best_confirmed_lab_response", CatOrNull(line.best_confirmed)},
                         {"best_confirmed_date", DateOrNull(line.best_confirmed_date)},
                         {"progression_date", DateOrNull(line.progression_date)},
                         {"notes", line.notes}});
  }
  return json{{"patient", record.patient_id.empty() ? json(nullptr) : json(record.patient_id)},
              {"criteria", report.criteria},
              {"reading", "lab-only"},
              {"notice", kLabNotice},
              {"rules_version", report.version},
              {"visit_window_days", report.visit_window_days},
              {"source", record.source},
              {"lines", std::move(lines)}};
}

std::string LabToText(const PatientRecord& record, const LabReport& report) {
  std::string out =
      fmt::format("Patient {}: lab-only reading (IMWG-2016-lab)\n{}\n",
                  record.patient_id.empty() ? std::string("(no id)") : record.patient_id,
                  WrapText(kLabNotice, 96, "", ""));
  for (size_t i = 0; i < report.lines.size(); ++i) {
    const response::LabLine& line = report.lines[i];
    out += fmt::format("\nLine {}: {} from {}\n", i + 1, line.regimen.value_or("(no therapy)"),
                       line.start.ToString());
    out += WrapText(line.baseline, 96, "  ", "  ") + "\n";
    for (const std::string& n : line.notes) out += WrapText(n, 96, "  Note: ", "    ") + "\n";
    for (const LabVisit& v : line.visits) {
      out += fmt::format("  {}  {:<8} {}\n", v.date.ToString(), LabCategoryName(v.call),
                         v.call == Category::kNE || v.call == Category::kSD
                             ? ""
                             : (v.confirmed ? "(confirmed)" : "(not confirmed)"));
      out += WrapText(v.explanation, 96, "      ", "      ") + "\n";
    }
    out += fmt::format("  Best confirmed (lab-only): {}\n",
                       line.best_confirmed
                           ? fmt::format("{} on {}", LabCategoryName(*line.best_confirmed),
                                         line.best_confirmed_date->ToString())
                           : std::string("none yet"));
    if (line.progression_date) {
      out += fmt::format("  Progression (lab-only, confirmed): {}\n",
                         line.progression_date->ToString());
    }
  }
  return out;
}

json LabToFhirBundle(const PatientRecord& record, const LabReport& report) {
  json entries = json::array();
  const json subject = record.patient_id.empty()
                           ? json{{"display", "unidentified patient"}}
                           : json{{"reference", "Patient/" + record.patient_id}};
  for (size_t i = 0; i < report.lines.size(); ++i) {
    for (const LabVisit& v : report.lines[i].visits) {
      const std::string name(LabCategoryName(v.call));
      json o = {
          {"resourceType", "Observation"},
          {"id", fmt::format("oncoguide-lab-{}-{}", i + 1, v.date.ToString())},
          {"meta",
           json{{"tag",
                 json::array(
                     {Coding(records::kOncoguideTagSystem, "computed", "computed by oncoguide"),
                      Coding(kLabTagSystem, "lab-only", "lab-only reading, not IMWG")})}}},
          {"extension",
           json::array({json{{"url", kLabReadingExtension}, {"valueCode", "lab-only"}}})},
          {"status", "final"},
          {"code",
           json{{"coding", json::array({Coding(kLabObservationSystem, "lab-only-response",
                                               "Response from lab tests alone (IMWG-2016-lab)")})},
                {"text", "Lab-only response reading (not an IMWG response)"}}},
          {"subject", subject},
          {"effectiveDateTime", v.date.ToString()},
          {"valueCodeableConcept",
           json{{"coding", json::array({Coding(kLabResponseSystem, name,
                                               response::LabCategoryLongName(v.call))})},
                {"text", fmt::format("{} ({}){}", name, response::LabCategoryLongName(v.call),
                                     v.call == Category::kNE
                                         ? ""
                                         : (v.confirmed ? ", confirmed" : ", unconfirmed"))}}},
          {"note", json::array({json{{"text", v.explanation}}})},
      };
      entries.push_back(json{{"resource", std::move(o)}});
    }
  }
  return json{
      {"resourceType", "Bundle"},
      {"type", "collection"},
      {"meta",
       json{{"tag",
             json::array({Coding(records::kOncoguideTagSystem, "computed", "computed by oncoguide"),
                          Coding(kLabTagSystem, "lab-only", "lab-only reading, not IMWG")})}}},
      {"entry", std::move(entries)}};
}

Status LabWriter::Write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), out_) != text.size()) {
    return Status::IoError("writing the output failed", "check the free disk space");
  }
  return Status::Ok();
}

Status LabWriter::Add(const PatientRecord& record, const LabReport& report) {
  ++patients_;
  switch (format_) {
    case OutputFormat::kText:
      return Write((patients_ > 1 ? "\n" : "") + LabToText(record, report));
    case OutputFormat::kJsonl:
      return Write(LabToJson(record, report).dump() + "\n");
    case OutputFormat::kFhir:
      return Write(LabToFhirBundle(record, report).dump(2) + "\n");
    case OutputFormat::kJson:
      break;
  }
  std::string obj = LabToJson(record, report).dump(2);
  if (patients_ == 1) {
    held_ = std::move(obj);
    return Status::Ok();
  }
  if (patients_ == 2) {
    Status s = Write("[\n" + held_);
    if (!s.ok()) return s;
    held_.clear();
  }
  return Write(",\n" + obj);
}

Status LabWriter::Finish() {
  if (format_ != OutputFormat::kJson) return Status::Ok();
  if (patients_ == 1) return Write(held_ + "\n");
  if (patients_ > 1) return Write("\n]\n");
  return Status::Ok();  // no patient: nothing, as AssessWriter
}

}  // namespace oncoguide::report
