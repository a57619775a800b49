#include "record_codec.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <array>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>

namespace oncoguide::server {

using records::Analyte;
using records::Observation;
using records::PatientRecord;

namespace {

using nlohmann::json;

// Version 2: each observation is one positional array (version 1, objects with named members,
// decoded about twice as slowly as re-parsing the CSV it came from; it is no longer written and is
// refused, so such rows are re-parsed from their raw file by the caller).
constexpr int kVersion = 2;

// Observation array positions.
enum Field {
  kDays,
  kAnalyte,
  kValue,
  kBound,
  kLine,
  kFlags,
  kText,
  kNote,
  kFhirId,
  kRefLow,
  kRefHigh,
  kSensitivity,
  kFieldCount
};
enum Flag { kNoValue = 1, kSpurious = 2, kCorrected = 4 };

// JSON numbers round-trip doubles exactly (nlohmann writes the shortest representation that
// reads back bit-exact; RapidJSON reads it with kParseFullPrecisionFlag). NaN and the infinities
// are not JSON numbers, so they are written as strings.
json Number(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return v;
}
json Optional(const std::optional<double>& v) { return v ? Number(*v) : json(nullptr); }

std::optional<double> NumberOf(const rapidjson::Value& v) {
  if (v.IsNumber()) return v.GetDouble();
  if (!v.IsString()) return std::nullopt;
  const std::string_view s(v.GetString(), v.GetStringLength());
  if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
  if (s == "inf") return std::numeric_limits<double>::infinity();
  if (s == "-inf") return -std::numeric_limits<double>::infinity();
  return std::nullopt;
}

// Canonical analyte names only (what EncodeRecord writes): no folding, no synonyms.
std::optional<Analyte> AnalyteOf(const rapidjson::Value& v) {
  static const auto* const by_name = [] {
    auto* m = new std::unordered_map<std::string_view, Analyte>();
    for (int i = 0; i < records::kAnalyteCount; ++i)
      m->emplace(Name(static_cast<Analyte>(i)), Analyte(i));
    return m;
  }();
  if (!v.IsString()) return std::nullopt;
  auto it = by_name->find(std::string_view(v.GetString(), v.GetStringLength()));
  if (it == by_name->end()) return std::nullopt;
  return it->second;
}

std::string StringOf(const rapidjson::Value& v) {
  return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : std::string();
}

Status Bad(std::string what) {
  return Status::Invalid(fmt::format("a stored record cannot be read: {}", what),
                         "the record may come from another oncoguide version");
}

Result<Observation> ObservationOf(const rapidjson::Value& a) {
  if (!a.IsArray() || a.Size() != kFieldCount || !a[kDays].IsInt() || !a[kBound].IsInt() ||
      !a[kLine].IsInt64() || !a[kFlags].IsInt() || !a[kText].IsString() || !a[kNote].IsString() ||
      !a[kFhirId].IsString()) {
    return Bad("an observation has the wrong shape");
  }
  Observation o;
  const std::optional<Analyte> analyte = AnalyteOf(a[kAnalyte]);
  const std::optional<double> value = NumberOf(a[kValue]);
  const int bound = a[kBound].GetInt();
  if (!analyte || !value || bound < 0 || bound > static_cast<int>(records::ValueBound::kTrace)) {
    return Bad("an observation has an unknown test, value or bound");
  }
  o.date = Date::FromDays(a[kDays].GetInt());
  o.analyte = *analyte;
  o.value = *value;
  o.bound = static_cast<records::ValueBound>(bound);
  o.line = a[kLine].GetInt64();
  const int flags = a[kFlags].GetInt();
  o.has_value = (flags & kNoValue) == 0;
  o.spurious = (flags & kSpurious) != 0;
  o.corrected = (flags & kCorrected) != 0;
  o.text = StringOf(a[kText]);
  o.note = StringOf(a[kNote]);
  o.fhir_id = StringOf(a[kFhirId]);
  for (auto [i, field] : {std::pair{kRefLow, &o.ref_low}, std::pair{kRefHigh, &o.ref_high},
                          std::pair{kSensitivity, &o.sensitivity}}) {
    if (a[i].IsNull()) continue;
    *field = NumberOf(a[i]);
    if (!*field) return Bad("an observation has an unreadable reference or sensitivity");
  }
  return o;
}

Result<std::vector<std::string>> Strings(const rapidjson::Value& doc, const char* name) {
  auto it = doc.FindMember(name);
  if (it == doc.MemberEnd() || !it->value.IsArray()) return Bad(fmt::format("no {}", name));
  std::vector<std::string> out;
  for (const rapidjson::Value& v : it->value.GetArray()) {
    if (!v.IsString()) return Bad(fmt::format("{} holds a non-string", name));
    out.push_back(StringOf(v));
  }
  return out;
}

}  // namespace

std::string EncodeRecord(const PatientRecord& record) {
  json observations = json::array();
  for (const Observation& o : record.observations) {
    const int flags = (o.has_value ? 0 : kNoValue) | (o.spurious ? kSpurious : 0) |
                      (o.corrected ? kCorrected : 0);
    observations.push_back(
        json::array({o.date.days(), Name(o.analyte), Number(o.value), static_cast<int>(o.bound),
                     o.line, flags, o.text, o.note, o.fhir_id, Optional(o.ref_low),
                     Optional(o.ref_high), Optional(o.sensitivity)}));
  }
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
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
  if (doc.HasParseError()) return Bad(rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject()) return Bad("not an object");
  auto member = [&](const char* name) -> const rapidjson::Value* {
    auto it = doc.FindMember(name);
    return it == doc.MemberEnd() ? nullptr : &it->value;
  };
  const rapidjson::Value* v = member("v");
  if (v == nullptr || !v->IsInt() || v->GetInt() != kVersion) return Bad("unknown version");
  const rapidjson::Value* patient = member("patient");
  const rapidjson::Value* source = member("source");
  const rapidjson::Value* from_fhir = member("from_fhir");
  const rapidjson::Value* duplicates = member("duplicates_collapsed");
  const rapidjson::Value* observations = member("observations");
  if (patient == nullptr || !patient->IsString() || source == nullptr || !source->IsString() ||
      from_fhir == nullptr || !from_fhir->IsBool() || duplicates == nullptr ||
      !duplicates->IsInt() || observations == nullptr || !observations->IsArray()) {
    return Bad("a member is missing or has the wrong type");
  }
  PatientRecord r;
  r.patient_id = StringOf(*patient);
  r.source = StringOf(*source);
  r.from_fhir = from_fhir->GetBool();
  r.duplicates_collapsed = duplicates->GetInt();
  OG_ASSIGN_OR_RETURN(r.ignored, Strings(doc, "ignored"));
  OG_ASSIGN_OR_RETURN(r.notes, Strings(doc, "notes"));
  r.observations.reserve(observations->Size());
  for (const rapidjson::Value& o : observations->GetArray()) {
    OG_ASSIGN_OR_RETURN(Observation obs, ObservationOf(o));
    r.observations.push_back(std::move(obs));
  }
  return r;
}

}  // namespace oncoguide::server
