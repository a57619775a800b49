// FHIR Observations (fhir_reader_internal.h): the analyte from its LOINC code or name, results
// oncoguide computes itself left out, the value with its unit or wording, the reference range,
// notes, an MRD sensitivity from the method, and a FISH narrative split into findings.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "fhir_reader_internal.h"
#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/analyte.h"
#include "oncoguide/records/fhir_codes.h"
#include "oncoguide/records/fhir_reader.h"
#include "oncoguide/records/units.h"
#include "oncoguide/records/values.h"

namespace oncoguide::records {
namespace {

// Results oncoguide computes: mCODE CancerDiseaseStatus (97509-4), ISS (21908-9 is not used:
// see fhir_writer.cc for the staging codes), kappa/lambda ratio (computed from kappa and lambda).
constexpr std::string_view kComputedCodes[] = {kDiseaseStatusLoinc};

}  // namespace

bool IsComputedResultCode(std::string_view loinc) {
  return std::find(std::begin(kComputedCodes), std::end(kComputedCodes), loinc) !=
         std::end(kComputedCodes);
}

namespace internal {

using nlohmann::json;

Status Reader::ObservationResource(const json& r, const std::string& path, const std::string& id) {
  const std::string status = StringAt(r, "status");
  if (status == "entered-in-error" || status == "cancelled") {
    cur_->ignored.push_back(fmt::format("{}: status {}", id, status));
    return Status::Ok();
  }
  // Identify the analyte.
  const json* code = r.contains("code") && r["code"].is_object() ? &r["code"] : nullptr;
  if (code == nullptr) {
    return Status::Invalid("Observation has no code", "give code.coding (LOINC) or code.text",
                           Where(path + ".code"));
  }
  std::optional<Analyte> analyte;
  std::string loinc;
  if (auto it = code->find("coding"); it != code->end() && it->is_array()) {
    for (const json& c : *it) {
      if (!c.is_object() || StringAt(c, "system") != kLoincSystem) continue;
      loinc = StringAt(c, "code");
      if (IsComputedResultCode(loinc)) {
        cur_->ignored.push_back(
            fmt::format("{}: computed result (LOINC {}), not an input", id, loinc));
        return Status::Ok();
      }
      if (std::find(std::begin(kFlcRatioLoincs), std::end(kFlcRatioLoincs), loinc) !=
          std::end(kFlcRatioLoincs)) {
        cur_->ignored.push_back(fmt::format(
            "{}: kappa/lambda ratio (LOINC {}) is computed from the kappa and lambda values", id,
            loinc));
        return Status::Ok();
      }
      analyte = AnalyteFromLoinc(loinc);
      if (analyte) break;
    }
  }
  if (!analyte) {
    std::string text = StringAt(*code, "text");
    if (!text.empty()) analyte = AnalyteFromName(text);
    if (auto it = code->find("coding"); !analyte && it != code->end() && it->is_array()) {
      for (const json& c : *it) {
        if (c.is_object() && (analyte = AnalyteFromName(StringAt(c, "display")))) break;
      }
    }
  }
  if (!analyte || *analyte == Analyte::kTherapyStart) {
    cur_->ignored.push_back(fmt::format("{}: '{}'{} is not a test oncoguide uses", id,
                                        ConceptText(*code),
                                        loinc.empty() ? "" : " (LOINC " + loinc + ")"));
    return Status::Ok();
  }
  OG_ASSIGN_OR_RETURN(Date date, EffectiveDate(r, path, {"effectiveDateTime", "effectivePeriod"}));

  Observation obs;
  obs.date = date;
  obs.analyte = *analyte;
  obs.fhir_id = id;
  obs.corrected = status == "corrected" || status == "amended";
  OG_RETURN_IF_ERROR(ObservationValue(r, path, &obs));
  // Reference range.
  if (auto rr = r.find("referenceRange"); rr != r.end() && rr->is_array() && !rr->empty()) {
    const json& range = (*rr)[0];
    for (const char* bound : {"low", "high"}) {
      if (!range.is_object() || !range.contains(bound)) continue;
      const json& q = range[bound];
      const std::string bpath = fmt::format("{}.referenceRange[0].{}", path, bound);
      if (!q.is_object() || !q.contains("value") || !q["value"].is_number()) {
        return Status::Invalid("reference range bound has no numeric value", "", Where(bpath));
      }
      std::string unit = StringAt(q, "code");
      if (unit.empty()) unit = StringAt(q, "unit");
      Result<double> v = ParseRefBound(*analyte, fmt::format("{}", q["value"].get<double>()), unit,
                                       std::string("referenceRange.") + bound);
      if (!v.ok()) return v.status().WithLocation(Where(bpath));
      (std::string_view(bound) == "low" ? obs.ref_low : obs.ref_high) = *v;
    }
  }
  if (auto notes = r.find("note"); notes != r.end() && notes->is_array()) {
    for (const json& n : *notes) {
      std::string t = n.is_object() ? StringAt(n, "text") : "";
      if (t.empty()) continue;
      if (!obs.note.empty()) obs.note += "; ";
      obs.note += t;
      const std::string lower = AsciiLower(t);
      if (lower.find("spurious") != std::string::npos ||
          lower.find("lab error") != std::string::npos ||
          lower.find("laboratory error") != std::string::npos) {
        obs.spurious = true;
      }
    }
  }
  if (obs.analyte == Analyte::kFish) {
    return AddFish(obs, path + (r.contains("valueCodeableConcept") ? ".valueCodeableConcept"
                                                                   : ".valueString"));
  }
  cur_->observations.push_back(std::move(obs));
  return Status::Ok();
}

Status Reader::ObservationValue(const json& r, const std::string& path, Observation* obs) {
  const AnalyteInfo& info = Info(obs->analyte);
  if (auto q = r.find("valueQuantity"); q != r.end()) {
    const std::string qpath = path + ".valueQuantity";
    if (!q->is_object() || !q->contains("value") || !(*q)["value"].is_number()) {
      return Status::Invalid("valueQuantity has no numeric value", "give valueQuantity.value",
                             Where(qpath + ".value"));
    }
    std::string unit_field = "code";
    std::string unit = StringAt(*q, "system") == kUcumSystem ? StringAt(*q, "code") : "";
    if (unit.empty()) {
      unit = StringAt(*q, "unit");
      unit_field = "unit";
    }
    if (unit.empty()) {
      unit = StringAt(*q, "code");
      unit_field = unit.empty() ? "unit" : "code";
    }
    std::string value = fmt::format("{}", (*q)["value"].get<double>());
    if (auto cmp = q->find("comparator"); cmp != q->end()) {
      const std::string c = cmp->is_string() ? cmp->get<std::string>() : "";
      if (c != "<" && c != "<=" && c != ">" && c != ">=") {
        return Status::Invalid(
            fmt::format("comparator '{}' is not a limit oncoguide can read",
                        EchoForMessage(cmp->is_string() ? c : cmp->dump())),
            "use <, <=, > or >= (\"ad\", sufficient to achieve, is not a lab result)",
            Where(qpath + ".comparator"));
      }
      value = c + value;
    }
    Status s = ParseValue(value, unit, obs);
    if (!s.ok()) {
      // Point at the unit when it is the unit that is missing or wrong, else at the value.
      const bool bad_unit = unit.empty() || (info.kind == ValueKind::kQuantity &&
                                             !UnitFactor(obs->analyte, unit).ok());
      return s.WithLocation(Where(qpath + "." + (bad_unit ? unit_field : "value")));
    }
    return Status::Ok();
  }
  if (auto v = r.find("valueInteger"); v != r.end() && v->is_number_integer()) {
    Status s = ParseValue(fmt::format("{}", v->get<long long>()), "", obs);
    return s.ok() ? s : s.WithLocation(Where(path + ".valueInteger"));
  }
  if (auto v = r.find("valueBoolean"); v != r.end() && v->is_boolean()) {
    Status s = ParseValue(v->get<bool>() ? "yes" : "no", "", obs);
    return s.ok() ? s : s.WithLocation(Where(path + ".valueBoolean"));
  }
  std::string text;
  std::string vpath;
  if (auto v = r.find("valueCodeableConcept"); v != r.end()) {
    vpath = path + ".valueCodeableConcept";
    // SNOMED CT qualifier values for coded results. The code decides when present: its display
    // is often the fully specified name ("Positive (qualifier value)"), which is not a word
    // ParseCoded knows.
    if (auto coding = v->find("coding");
        info.kind == ValueKind::kCoded && coding != v->end() && coding->is_array()) {
      for (const json& c : *coding) {
        const std::string code = c.is_object() ? StringAt(c, "code") : "";
        if (code == kSnomedPositive || code == kSnomedPresent) text = "positive";
        if (code == kSnomedNegative || code == kSnomedAbsent) text = "negative";
      }
    }
    if (text.empty()) text = ConceptText(*v);
  } else if (auto s = r.find("valueString"); s != r.end() && s->is_string()) {
    text = s->get<std::string>();
    vpath = path + ".valueString";
  }
  if (vpath.empty()) {
    return Status::Invalid(fmt::format("Observation for {} has no value", info.name),
                           info.kind == ValueKind::kQuantity
                               ? "give valueQuantity with a value and a UCUM unit"
                               : "give valueCodeableConcept or valueString",
                           Where(path));
  }
  if (info.kind == ValueKind::kQuantity) {
    return Status::Invalid(fmt::format("{} is given as text '{}', without a unit", info.name, text),
                           "give valueQuantity with a value and a UCUM unit", Where(vpath));
  }
  std::string unit;
  if ((obs->analyte == Analyte::kMrdNgf || obs->analyte == Analyte::kMrdNgs)) {
    unit = SensitivityFromMethod(r);
  }
  if (obs->analyte == Analyte::kFish) {
    obs->text = text;  // split and parsed in AddFish
    return Status::Ok();
  }
  Status s = ParseValue(text, unit, obs);
  return s.ok() ? s : s.WithLocation(Where(vpath));
}

std::string Reader::SensitivityFromMethod(const json& r) {
  auto m = r.find("method");
  if (m == r.end()) return {};
  std::string text = ConceptText(*m);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find_first_of(" ,;()", pos);
    if (end == std::string::npos) end = text.size();
    std::string token = text.substr(pos, end - pos);
    if (!token.empty() && ParseSensitivity(token).ok()) return token;
    pos = end + 1;
  }
  return {};
}

Status Reader::AddFish(const Observation& obs, const std::string& vpath) {
  const std::string text = obs.text;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ',';
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if ((c == ',' || c == ';') && depth == 0) {
      std::string part = text.substr(start, i - start);
      start = i + 1;
      if (part.find_first_not_of(' ') == std::string::npos) continue;
      Observation one = obs;
      Status s = ParseValue(part, "", &one);
      if (!s.ok()) return s.WithLocation(Where(vpath));
      cur_->observations.push_back(std::move(one));
    }
  }
  return Status::Ok();
}

}  // namespace internal
}  // namespace oncoguide::records
