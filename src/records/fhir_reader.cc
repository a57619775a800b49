#include "oncoguide/records/fhir_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/records/fish.h"
#include "oncoguide/records/units.h"
#include "oncoguide/records/values.h"

namespace oncoguide {
namespace {

using nlohmann::json;

constexpr std::string_view kLoincSystem = "http://loinc.org";
constexpr std::string_view kUcumSystem = "http://unitsofmeasure.org";

// Results oncoguide computes: mCODE CancerDiseaseStatus (97509-4), ISS (21908-9 is not used:
// see fhir_writer.cc for the staging codes), kappa/lambda ratio (computed from kappa and lambda).
constexpr std::string_view kComputedCodes[] = {"97509-4"};
constexpr std::string_view kRatioCodes[] = {"48378-4", "40844-3"};

// Drugs that support care but do not treat the myeloma itself, in lower case.
constexpr std::string_view kSupportiveDrugs[] = {
    "acyclovir",    "valacyclovir",    "aspirin",         "zoledronic",    "zometa",
    "denosumab",    "xgeva",           "pamidronate",     "ondansetron",   "allopurinol",
    "trimethoprim", "bactrim",         "enoxaparin",      "apixaban",      "rivaroxaban",
    "warfarin",     "heparin",         "famotidine",      "omeprazole",    "pantoprazole",
    "filgrastim",   "pegfilgrastim",   "epoetin",         "darbepoetin",   "calcium",
    "vitamin d",    "cholecalciferol", "immune globulin", "ivig",          "fluconazole",
    "levofloxacin", "posaconazole",    "tocilizumab",     "acetaminophen", "diphenhydramine",
    "montelukast",  "loperamide",      "prochlorperazine"};

bool IsSupportive(std::string_view name) {
  const std::string lower = AsciiLower(name);
  for (std::string_view d : kSupportiveDrugs) {
    if (lower.find(d) != std::string::npos) return true;
  }
  return false;
}

std::string StringAt(const json& j, std::string_view key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// Text of a CodeableConcept: its text, else the first coding display.
std::string ConceptText(const json& cc) {
  if (!cc.is_object()) return {};
  std::string text = StringAt(cc, "text");
  if (!text.empty()) return text;
  if (auto it = cc.find("coding"); it != cc.end() && it->is_array()) {
    for (const json& c : *it) {
      if (c.is_object() && !StringAt(c, "display").empty()) return StringAt(c, "display");
    }
  }
  return {};
}

struct Therapy {
  Date start;
  std::string name;
  std::string path;
  std::string id;
};

class Reader {
 public:
  explicit Reader(std::string source) : source_(std::move(source)) {}

  Result<PatientRecord> Read(std::string_view text) {
    json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
      return Status::Invalid(fmt::format("{} is not valid JSON", source_),
                             "check the file with a JSON validator; FHIR R4 JSON is expected");
    }
    if (!root.is_object() || StringAt(root, "resourceType").empty()) {
      return Status::Invalid("the JSON has no resourceType",
                             "a FHIR Bundle or resource is expected", Where("$"));
    }
    record_.source = source_;
    record_.from_fhir = true;
    const std::string type = StringAt(root, "resourceType");
    if (type == "Bundle") {
      auto entries = root.find("entry");
      if (entries != root.end()) {
        if (!entries->is_array()) {
          return Status::Invalid("entry is not an array", "", Where("Bundle.entry"));
        }
        for (size_t i = 0; i < entries->size(); ++i) {
          const json& e = (*entries)[i];
          const std::string path = fmt::format("Bundle.entry[{}].resource", i);
          if (!e.is_object() || !e.contains("resource") || !e["resource"].is_object()) {
            return Status::Invalid("entry has no resource", "",
                                   Where(fmt::format("Bundle.entry[{}]", i)));
          }
          OG_RETURN_IF_ERROR(Resource(e["resource"], path));
        }
      }
    } else {
      OG_RETURN_IF_ERROR(Resource(root, type));
    }
    OG_RETURN_IF_ERROR(BuildLines());
    record_.SortByDate();
    return std::move(record_);
  }

 private:
  // Resources written by `oncoguide assess --format fhir` carry meta.tag urn:oncoguide:tag
  // "computed" (see report/fhir_writer.h); reading them back must not turn results into inputs.
  static bool IsOurOutput(const json& r) {
    auto meta = r.find("meta");
    if (meta == r.end() || !meta->is_object()) return false;
    auto tags = meta->find("tag");
    if (tags == meta->end() || !tags->is_array()) return false;
    for (const json& t : *tags) {
      if (t.is_object() && StringAt(t, "system") == "urn:oncoguide:tag" &&
          StringAt(t, "code") == "computed") {
        return true;
      }
    }
    return false;
  }

  SourceLocation Where(std::string path) const {
    return SourceLocation{source_, 0, std::move(path)};
  }

  Status Resource(const json& r, const std::string& path) {
    const std::string type = StringAt(r, "resourceType");
    const std::string id = type + "/" + StringAt(r, "id");
    if (IsOurOutput(r)) {
      record_.ignored.push_back(fmt::format("{}: computed by oncoguide, not an input", id));
      return Status::Ok();
    }
    if (type == "Observation") return ObservationResource(r, path, id);
    if (type == "MedicationStatement" || type == "MedicationRequest" ||
        type == "MedicationAdministration") {
      return MedicationResource(r, path, id, type);
    }
    if (type == "Patient") {
      if (record_.patient_id.empty()) record_.patient_id = StringAt(r, "id");
      return Status::Ok();
    }
    if (type.empty()) return Status::Invalid("resource has no resourceType", "", Where(path));
    record_.ignored.push_back(fmt::format("{}: {} is not used", id, type));
    return Status::Ok();
  }

  Result<Date> EffectiveDate(const json& r, const std::string& path,
                             std::initializer_list<std::string_view> fields) {
    for (std::string_view f : fields) {
      std::string text;
      std::string fpath = path + "." + std::string(f);
      if (f == "effectivePeriod") {
        auto it = r.find("effectivePeriod");
        if (it == r.end()) continue;
        text = it->is_object() ? StringAt(*it, "start") : "";
        fpath += ".start";
        if (text.empty()) {
          return Status::Invalid("effectivePeriod has no start", "give effectivePeriod.start",
                                 Where(fpath));
        }
      } else {
        auto it = r.find(f);
        if (it == r.end()) continue;
        if (!it->is_string()) return Status::Invalid("date is not a string", "", Where(fpath));
        text = it->get<std::string>();
      }
      std::optional<Date> d = Date::Parse(text);
      if (!d) {
        return Status::Invalid(fmt::format("date '{}' is not a valid date", text),
                               "use a FHIR dateTime such as 2024-03-05 or 2024-03-05T08:30:00Z",
                               Where(fpath));
      }
      return *d;
    }
    return Status::Invalid("the resource has no date",
                           fmt::format("give {}", fmt::join(fields, " or ")), Where(path));
  }

  Status ObservationResource(const json& r, const std::string& path, const std::string& id) {
    const std::string status = StringAt(r, "status");
    if (status == "entered-in-error" || status == "cancelled") {
      record_.ignored.push_back(fmt::format("{}: status {}", id, status));
      return Status::Ok();
    }
    if (record_.patient_id.empty() && r.contains("subject") && r["subject"].is_object()) {
      std::string ref = StringAt(r["subject"], "reference");
      if (ref.rfind("Patient/", 0) == 0) record_.patient_id = ref.substr(8);
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
          record_.ignored.push_back(
              fmt::format("{}: computed result (LOINC {}), not an input", id, loinc));
          return Status::Ok();
        }
        if (std::find(std::begin(kRatioCodes), std::end(kRatioCodes), loinc) !=
            std::end(kRatioCodes)) {
          record_.ignored.push_back(fmt::format(
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
      record_.ignored.push_back(fmt::format("{}: '{}'{} is not a test oncoguide uses", id,
                                            ConceptText(*code),
                                            loinc.empty() ? "" : " (LOINC " + loinc + ")"));
      return Status::Ok();
    }
    OG_ASSIGN_OR_RETURN(Date date,
                        EffectiveDate(r, path, {"effectiveDateTime", "effectivePeriod"}));

    Observation obs;
    obs.date = date;
    obs.analyte = *analyte;
    obs.fhir_id = id;
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
        Result<double> v = ParseRefBound(*analyte, fmt::format("{}", q["value"].get<double>()),
                                         unit, std::string("referenceRange.") + bound);
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
    record_.observations.push_back(std::move(obs));
    return Status::Ok();
  }

  Status ObservationValue(const json& r, const std::string& path, Observation* obs) {
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
      const std::string value = fmt::format("{}", (*q)["value"].get<double>());
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
          if (code == "10828004" || code == "260373001") text = "positive";
          if (code == "260385009" || code == "260415000") text = "negative";
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
      return Status::Invalid(
          fmt::format("{} is given as text '{}', without a unit", info.name, text),
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

  static std::string SensitivityFromMethod(const json& r) {
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

  // Splits a FISH narrative into findings at ',' or ';' outside parentheses.
  // `vpath` is the FHIR path of the narrative, for messages.
  Status AddFish(const Observation& obs, const std::string& vpath) {
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
        record_.observations.push_back(std::move(one));
      }
    }
    return Status::Ok();
  }

  Status MedicationResource(const json& r, const std::string& path, const std::string& id,
                            const std::string& type) {
    const std::string status = StringAt(r, "status");
    if (status == "entered-in-error" || status == "not-taken" || status == "cancelled") {
      record_.ignored.push_back(fmt::format("{}: status {}", id, status));
      return Status::Ok();
    }
    std::string name;
    if (auto m = r.find("medicationCodeableConcept"); m != r.end()) name = ConceptText(*m);
    if (auto m = r.find("medicationReference"); name.empty() && m != r.end() && m->is_object()) {
      name = StringAt(*m, "display");
    }
    if (name.empty()) {
      return Status::Invalid("the medication has no name",
                             "give medicationCodeableConcept.text or medicationReference.display",
                             Where(path));
    }
    Result<Date> start = type == "MedicationRequest"
                             ? EffectiveDate(r, path, {"authoredOn"})
                             : EffectiveDate(r, path, {"effectiveDateTime", "effectivePeriod"});
    if (!start.ok()) return start.status();
    if (IsSupportive(name)) {
      record_.ignored.push_back(
          fmt::format("{}: {} is supportive care, not a line of therapy", id, name));
      return Status::Ok();
    }
    therapies_.push_back(Therapy{*start, name, path, id});
    return Status::Ok();
  }

  // Resources that start on the same date form one line; a date whose drugs all belong to the
  // line already running continues it.
  Status BuildLines() {
    std::map<Date, std::vector<const Therapy*>> by_date;
    for (const Therapy& t : therapies_) by_date[t.start].push_back(&t);
    std::set<std::string> current;
    for (auto& [date, list] : by_date) {
      std::set<std::string> names;
      for (const Therapy* t : list) names.insert(AsciiLower(t->name));
      const bool continues = !current.empty() && std::includes(current.begin(), current.end(),
                                                               names.begin(), names.end());
      if (continues) {
        for (const Therapy* t : list) {
          record_.ignored.push_back(
              fmt::format("{}: {} continues the line already running", t->id, t->name));
        }
        continue;
      }
      current = names;
      Observation obs;
      obs.date = date;
      obs.analyte = Analyte::kTherapyStart;
      obs.has_value = false;
      std::vector<std::string> display;
      for (const Therapy* t : list) {
        if (std::find(display.begin(), display.end(), t->name) == display.end()) {
          display.push_back(t->name);
        }
      }
      obs.text = fmt::format("{}", fmt::join(display, " + "));
      obs.fhir_id = list.front()->id;
      record_.observations.push_back(std::move(obs));
    }
    return Status::Ok();
  }

  std::string source_;
  PatientRecord record_;
  std::vector<Therapy> therapies_;
};

}  // namespace

bool IsComputedResultCode(std::string_view loinc) {
  return std::find(std::begin(kComputedCodes), std::end(kComputedCodes), loinc) !=
         std::end(kComputedCodes);
}

Result<PatientRecord> ReadFhir(std::string_view json_text, const std::string& source) {
  return Reader(source).Read(json_text);
}

}  // namespace oncoguide
