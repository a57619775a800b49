// Medications and procedures in FHIR (fhir_reader_internal.h): a stem-cell transplant or a
// medication marked as maintenance or consolidation is a phase of the running line; other
// medications, supportive care left out, are grouped by start date into lines of therapy.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fhir_reader_internal.h"
#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"

namespace oncoguide::records::internal {
namespace {

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

}  // namespace

using nlohmann::json;

Status Reader::ProcedureResource(const json& r, const std::string& path, const std::string& id) {
  const std::string status = StringAt(r, "status");
  std::string name;
  if (auto c = r.find("code"); c != r.end()) name = ConceptText(*c);
  const std::string lower = AsciiLower(name);
  const bool transplant = (lower.find("transplant") != std::string::npos &&
                           (lower.find("stem") != std::string::npos ||
                            lower.find("hematopoietic") != std::string::npos ||
                            lower.find("haematopoietic") != std::string::npos ||
                            lower.find("autologous") != std::string::npos ||
                            lower.find("bone marrow") != std::string::npos)) ||
                          lower == "asct" || lower == "hsct" || lower == "auto-sct" ||
                          lower == "autologous sct";
  if (!transplant) {
    cur_->ignored.push_back(
        fmt::format("{}: procedure '{}' is not used", id, EchoForMessage(name, 60)));
    return Status::Ok();
  }
  if (status == "not-done" || status == "entered-in-error" || status == "preparation" ||
      status == "stopped") {
    cur_->ignored.push_back(fmt::format("{}: status {}", id, status));
    return Status::Ok();
  }
  OG_ASSIGN_OR_RETURN(Date date, EffectiveDate(r, path, {"performedDateTime", "performedPeriod"}));
  Observation obs;
  obs.date = date;
  obs.analyte = Analyte::kTherapyPhase;
  obs.has_value = false;
  obs.text = "transplant";
  obs.note = name;
  obs.fhir_id = id;
  cur_->observations.push_back(std::move(obs));
  return Status::Ok();
}

Status Reader::MedicationResource(const json& r, const std::string& path, const std::string& id,
                                  const std::string& type) {
  const std::string status = StringAt(r, "status");
  if (status == "entered-in-error" || status == "not-taken" || status == "cancelled") {
    cur_->ignored.push_back(fmt::format("{}: status {}", id, status));
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
    cur_->ignored.push_back(
        fmt::format("{}: {} is supportive care, not a line of therapy", id, name));
    return Status::Ok();
  }
  if (std::string_view phase = MarkedPhase(r, name); !phase.empty()) {
    Observation obs;
    obs.date = *start;
    obs.analyte = Analyte::kTherapyPhase;
    obs.has_value = false;
    obs.text = std::string(phase);
    obs.note = name;
    obs.fhir_id = id;
    cur_->observations.push_back(std::move(obs));
    return Status::Ok();
  }
  cur_->therapies.push_back(Therapy{*start, name, path, id});
  return Status::Ok();
}

std::string_view Reader::MarkedPhase(const json& r, const std::string& name) {
  std::string text = name;
  if (auto c = r.find("category"); c != r.end()) {
    if (c->is_array()) {
      for (const json& x : *c) text += " " + ConceptText(x);
    } else {
      text += " " + ConceptText(*c);
    }
  }
  for (const char* field : {"dosage", "dosageInstruction", "note"}) {
    auto it = r.find(field);
    if (it == r.end() || !it->is_array()) continue;
    for (const json& d : *it) {
      if (d.is_object()) text += " " + StringAt(d, "text");
    }
  }
  const std::string lower = AsciiLower(text);
  if (lower.find("maintenance") != std::string::npos) return "maintenance";
  if (lower.find("consolidation") != std::string::npos) return "consolidation";
  return {};
}

Status Reader::BuildLines(const std::vector<Therapy>& therapies, PatientRecord* record) {
  std::map<Date, std::vector<const Therapy*>> by_date;
  for (const Therapy& t : therapies) by_date[t.start].push_back(&t);
  std::set<std::string> current;
  for (auto& [date, list] : by_date) {
    std::set<std::string> names;
    for (const Therapy* t : list) names.insert(AsciiLower(t->name));
    const bool continues = !current.empty() && std::includes(current.begin(), current.end(),
                                                             names.begin(), names.end());
    if (continues) {
      for (const Therapy* t : list) {
        record->ignored.push_back(
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
    record->observations.push_back(std::move(obs));
  }
  return Status::Ok();
}

}  // namespace oncoguide::records::internal
