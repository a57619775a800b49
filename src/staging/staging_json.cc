#include "oncoguide/staging/staging_json.h"

#include <fmt/format.h>

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

}  // namespace

nlohmann::json StagingToJson(const StagingResult& r) {
  // Built member by member: brace-initialiser lists copy every value twice, and this runs for
  // every patient of a cohort (bench/cohort_bench.cc).
  using nlohmann::json;
  json j = json::object();
  const StagingSummary& s = r.staging;
  json staging = json::object();
  staging["iss"] = StageJson(s.iss);
  staging["r_iss"] = StageJson(s.r_iss);
  staging["r2_iss"] = StageJson(s.r2_iss);
  staging["r2_iss_points"] = s.r2_iss_points ? json(*s.r2_iss_points) : json(nullptr);
  staging["date"] = s.date ? json(s.date->ToString()) : json(nullptr);
  staging["explanation"] = s.explanation;
  staging["missing"] = s.missing;
  j["staging"] = std::move(staging);
  const DiagnosisResult& d = r.diagnosis;
  json diagnosis = json::object();
  diagnosis["category"] = d.category ? json(DiagnosisCategoryName(*d.category)) : json(nullptr);
  diagnosis["criteria"] = d.criteria;
  diagnosis["events"] = d.events;
  diagnosis["missing"] = d.missing;
  diagnosis["explanation"] = d.explanation;
  j["diagnosis"] = std::move(diagnosis);
  const HighRiskResult& h = r.high_risk;
  json high_risk = json::object();
  high_risk["status"] = h.status ? json(*h.status) : json(nullptr);
  high_risk["definition"] = h.definition;
  high_risk["reasons"] = h.reasons;
  high_risk["not_tested"] = h.not_tested;
  high_risk["notes"] = h.notes;
  j["high_risk"] = std::move(high_risk);
  return j;
}

std::string StagingToText(const StagingResult& r) {
  std::string out;
  const StagingSummary& s = r.staging;
  out += fmt::format("Staging{}\n", s.date ? " (values up to " + s.date->ToString() + ")" : "");
  out += fmt::format("  ISS: {}   R-ISS: {}   R2-ISS: {}{}\n", StageText(s.iss), StageText(s.r_iss),
                     StageText(s.r2_iss),
                     s.r2_iss_points ? fmt::format(" ({:g} points)", *s.r2_iss_points) : "");
  out += fmt::format("  {}\n", s.explanation);
  AppendList(&out, "Missing", s.missing);

  const DiagnosisResult& d = r.diagnosis;
  out += fmt::format("Diagnosis ({}): {}\n", d.criteria,
                     d.category ? DiagnosisCategoryLongName(*d.category) : "not assigned");
  AppendList(&out, "Myeloma-defining events", d.events);
  AppendList(&out, "Missing", d.missing);
  out += fmt::format("  {}\n", d.explanation);

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
