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
  nlohmann::json j = nlohmann::json::object();
  const StagingSummary& s = r.staging;
  j["staging"] = {
      {"iss", StageJson(s.iss)},
      {"r_iss", StageJson(s.r_iss)},
      {"r2_iss", StageJson(s.r2_iss)},
      {"r2_iss_points",
       s.r2_iss_points ? nlohmann::json(*s.r2_iss_points) : nlohmann::json(nullptr)},
      {"date", s.date ? nlohmann::json(s.date->ToString()) : nlohmann::json(nullptr)},
      {"explanation", s.explanation},
      {"missing", s.missing},
  };
  const DiagnosisResult& d = r.diagnosis;
  j["diagnosis"] = {
      {"category",
       d.category ? nlohmann::json(DiagnosisCategoryName(*d.category)) : nlohmann::json(nullptr)},
      {"criteria", d.criteria},
      {"events", d.events},
      {"missing", d.missing},
      {"explanation", d.explanation},
  };
  const HighRiskResult& h = r.high_risk;
  j["high_risk"] = {
      {"status", h.status ? nlohmann::json(*h.status) : nlohmann::json(nullptr)},
      {"definition", h.definition},
      {"reasons", h.reasons},
      {"not_tested", h.not_tested},
      {"notes", h.notes},
  };
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
