#include "record_codec.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace oncoguide::server {
namespace {

using nlohmann::json;

constexpr int kVersion = 1;

// JSON numbers round-trip doubles exactly (shortest representation, parsed back bit-exact);
// NaN and the infinities are not JSON numbers, so they are written as strings.
json Number(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return v;
}

std::optional<double> NumberOf(const json& j) {
  if (j.is_number()) return j.get<double>();
  if (j == "nan") return std::numeric_limits<double>::quiet_NaN();
  if (j == "inf") return std::numeric_limits<double>::infinity();
  if (j == "-inf") return -std::numeric_limits<double>::infinity();
  return std::nullopt;
}

json ObservationJson(const Observation& o) {
  json j = {{"d", o.date.days()},
            {"a", Name(o.analyte)},
            {"v", Number(o.value)},
            {"b", static_cast<int>(o.bound)},
            {"l", o.line}};
  if (!o.has_value) j["nv"] = true;
  if (!o.text.empty()) j["t"] = o.text;
  if (o.ref_low) j["lo"] = Number(*o.ref_low);
  if (o.ref_high) j["hi"] = Number(*o.ref_high);
  if (o.sensitivity) j["s"] = Number(*o.sensitivity);
  if (o.spurious) j["sp"] = true;
  if (o.corrected) j["c"] = true;
  if (!o.note.empty()) j["n"] = o.note;
  if (!o.fhir_id.empty()) j["f"] = o.fhir_id;
  return j;
}

Status Bad(std::string what) {
  return Status::Invalid(fmt::format("a stored record cannot be read: {}", what),
                         "the record may come from a newer oncoguide; upload the file again");
}

Result<Observation> ObservationOf(const json& j) {
  if (!j.is_object()) return Bad("an observation is not an object");
  Observation o;
  const std::optional<Analyte> analyte = AnalyteFromName(j.value("a", ""));
  const std::optional<double> value = NumberOf(j.value("v", json()));
  const int bound = j.value("b", -1);
  if (!analyte || !value || bound < 0 || bound > static_cast<int>(ValueBound::kTrace) ||
      !j.contains("d") || !j["d"].is_number_integer()) {
    return Bad(fmt::format("observation {}", j.dump()));
  }
  o.date = Date::FromDays(j["d"].get<int>());
  o.analyte = *analyte;
  o.value = *value;
  o.has_value = !j.value("nv", false);
  o.text = j.value("t", "");
  for (auto [key, field] : {std::pair{"lo", &o.ref_low}, std::pair{"hi", &o.ref_high},
                            std::pair{"s", &o.sensitivity}}) {
    if (auto it = j.find(key); it != j.end()) {
      *field = NumberOf(*it);
      if (!*field) return Bad(fmt::format("observation field {}", key));
    }
  }
  o.bound = static_cast<ValueBound>(bound);
  o.spurious = j.value("sp", false);
  o.corrected = j.value("c", false);
  o.note = j.value("n", "");
  o.line = j.value("l", std::int64_t{0});
  o.fhir_id = j.value("f", "");
  return o;
}

}  // namespace

std::string EncodeRecord(const PatientRecord& record) {
  json observations = json::array();
  for (const Observation& o : record.observations) observations.push_back(ObservationJson(o));
  json j = {{"v", kVersion},
            {"patient", record.patient_id},
            {"source", record.source},
            {"from_fhir", record.from_fhir},
            {"ignored", record.ignored},
            {"notes", record.notes},
            {"duplicates_collapsed", record.duplicates_collapsed},
            {"observations", std::move(observations)}};
  return j.dump();
}

Result<PatientRecord> DecodeRecord(std::string_view text) {
  const json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.value("v", 0) != kVersion) return Bad("unknown format version");
  try {
    PatientRecord r;
    r.patient_id = j.at("patient").get<std::string>();
    r.source = j.at("source").get<std::string>();
    r.from_fhir = j.at("from_fhir").get<bool>();
    r.ignored = j.at("ignored").get<std::vector<std::string>>();
    r.notes = j.at("notes").get<std::vector<std::string>>();
    r.duplicates_collapsed = j.at("duplicates_collapsed").get<int>();
    for (const json& o : j.at("observations")) {
      OG_ASSIGN_OR_RETURN(Observation obs, ObservationOf(o));
      r.observations.push_back(std::move(obs));
    }
    return r;
  } catch (const json::exception& e) {
    return Bad(e.what());
  }
}

}  // namespace oncoguide::server
