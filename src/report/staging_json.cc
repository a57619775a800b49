#include "oncoguide/report/staging_json.h"

#include <fmt/format.h>

#include "oncoguide/common/text.h"

namespace oncoguide {
namespace {

nlohmann::json StageJson(const std::optional<Stage>& s) {
  return s ? nlohmann::json(StageName(*s)) : nlohmann::json(nullptr);
}

std::string StageText(const std::optional<Stage>& s) {
  return s ? std::string(StageName(*s)) : std::string("not assigned");
}

void AppendList(std::string* out, std::string_view title, const std::vector<std::string>& items) {
  if (items.empty()) return;
  *out += fmt::format("  {}:\n", title);
  for (const std::string& i : items) *out += fmt::format("    - {}\n", i);
}

// Adds a member to an object being built in key order (the hint makes that O(1)). Every key is
// added once; an out-of-order key is still inserted where it belongs.
void Put(nlohmann::json::object_t& o, const char* key, nlohmann::json value) {
  o.emplace_hint(o.end(), key, std::move(value));
}

}  // namespace

nlohmann::json StagingToJson(const PatientResult& r) {
  // Built member by member in key order (brace-initialiser lists copy every value twice), and
  // this runs for every patient of a cohort (bench/cohort_bench.cc).
  using nlohmann::json;
  json j = json::object();
  json::object_t& top = j.get_ref<json::object_t&>();
  const DiagnosisResult& d = r.diagnosis;
  json diagnosis = json::object();
  json::object_t& dob = diagnosis.get_ref<json::object_t&>();
  Put(dob, "category", d.category ? json(DiagnosisCategoryName(*d.category)) : json(nullptr));
  Put(dob, "criteria", d.criteria);
  Put(dob, "events", d.events);
  Put(dob, "explanation", d.explanation);
  Put(dob, "missing", d.missing);
  Put(top, "diagnosis", std::move(diagnosis));
  const HighRiskResult& h = r.high_risk;
  json high_risk = json::object();
  json::object_t& hob = high_risk.get_ref<json::object_t&>();
  Put(hob, "definition", h.definition);
  Put(hob, "not_tested", h.not_tested);
  Put(hob, "notes", h.notes);
  Put(hob, "reasons", h.reasons);
  Put(hob, "status", h.status ? json(*h.status) : json(nullptr));
  Put(top, "high_risk", std::move(high_risk));
  const StagingSummary& s = r.staging;
  json staging = json::object();
  json::object_t& sob = staging.get_ref<json::object_t&>();
  Put(sob, "date", s.date ? json(s.date->ToString()) : json(nullptr));
  Put(sob, "explanation", s.explanation);
  Put(sob, "iss", StageJson(s.iss));
  Put(sob, "missing", s.missing);
  Put(sob, "r2_iss", StageJson(s.r2_iss));
  Put(sob, "r2_iss_points", s.r2_iss_points ? json(*s.r2_iss_points) : json(nullptr));
  Put(sob, "r_iss", StageJson(s.r_iss));
  Put(top, "staging", std::move(staging));
  return j;
}

// Same width as the response report (report/response_report.h).
constexpr size_t kTextWidth = 100;

std::string StagingToText(const PatientResult& r) {
  std::string out;
  const StagingSummary& s = r.staging;
  out += fmt::format("Staging{}\n", s.date ? " (values up to " + s.date->ToString() + ")" : "");
  out += fmt::format("  ISS: {}   R-ISS: {}   R2-ISS: {}{}\n", StageText(s.iss), StageText(s.r_iss),
                     StageText(s.r2_iss),
                     s.r2_iss_points ? fmt::format(" ({:g} points)", *s.r2_iss_points) : "");
  out += WrapText(s.explanation, kTextWidth, "  ", "  ");
  AppendList(&out, "Missing", s.missing);

  const DiagnosisResult& d = r.diagnosis;
  out += fmt::format("Diagnosis ({}): {}\n", d.criteria,
                     d.category ? DiagnosisCategoryLongName(*d.category) : "not assigned");
  AppendList(&out, "Myeloma-defining events", d.events);
  AppendList(&out, "Missing", d.missing);
  out += WrapText(d.explanation, kTextWidth, "  ", "  ");

  const HighRiskResult& h = r.high_risk;
  out += fmt::format("High risk ({}): {}\n", h.definition,
                     !h.status   ? "cannot be assessed (no FISH and no beta-2 microglobulin)"
                     : *h.status ? "yes"
                                 : "no, on the tests available");
  AppendList(&out, "Reasons", h.reasons);
  AppendList(&out, "Not tested", h.not_tested);
  AppendList(&out, "Notes", h.notes);
  return out;
}

}  // namespace oncoguide
