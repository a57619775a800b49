#include "oncoguide/report/fhir_writer.h"

#include <fmt/format.h>

#include <string>

// Codes, verified against the mCODE STU4 sources (HL7/fhir-mCODE-ig, input/fsh):
//   - SD_Staging_Other.fsh: MyelomaISSStage code NCIT#C139007, method (commented as optional)
//     SCT#1149162008 "International Staging System for multiple myeloma (staging scale)";
//     MyelomaRISSStage code NCIT#C141392, method SCT#1149163003. Value sets
//     mcode-myeloma-iss-stage-value-vs (C70658/C70659/C70660) and mcode-myeloma-riss-stage-value-vs
//     (C141394/C141395/C141396). STU4 examples carry the parent profile mcode-cancer-stage.
//   - SD_DiseaseStatus.fsh: CancerDiseaseStatus code LNC#97509-4, value from
//     ConditionStatusTrendVS (required): SCT 268910001 improved, 359746009 stable, 271299001
//     worsened, 709137006 undetermined (281900007 "no abnormality detected" is not used: IMWG CR is
//     not "no disease"). Extension mcode-evidence-type; 386344002 "Laboratory data interpretation".
//   - NCIt response codes CR C4870, PR C18058, VGPR C123618, SD C18213, PD C35571, Not Evaluable
//     C62222, as listed in a published data dictionary (PCDC) mapping to NCIt. No NCIt code for
//     stringent CR or minimal response could be verified, so those carry only oncoguide's code.
namespace oncoguide::report {

using pipeline::PatientResult;
using response::Category;
using staging::Stage;

namespace {

using nlohmann::json;

constexpr std::string_view kCancerStageProfile =
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-stage";
constexpr std::string_view kDiseaseStatusProfile =
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-disease-status";
constexpr std::string_view kEvidenceTypeUrl =
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-evidence-type";

json Coding(std::string_view system, std::string_view code, std::string_view display) {
  return json{{"system", system}, {"code", code}, {"display", display}};
}

json Meta(std::string_view profile) {
  return json{
      {"profile", json::array({profile})},
      {"tag", json::array({Coding(records::kOncoguideTagSystem, records::kOncoguideComputedTag,
                                  "computed by oncoguide, not a laboratory result")})}};
}

json Subject(const PatientResult& record) {
  if (record.patient_id.empty()) return json{{"display", "unidentified patient"}};
  return json{{"reference", "Patient/" + record.patient_id}};
}

json DerivedFrom(const PatientResult& record, const std::vector<std::string>& ids) {
  json refs = json::array();
  if (!record.from_fhir) return refs;
  for (const std::string& id : ids) {
    if (!id.empty()) refs.push_back(json{{"reference", id}});
  }
  return refs;
}

struct StageCode {
  std::string_view code;
  std::string_view display;
};

StageCode IssValue(Stage s) {
  switch (s) {
    case Stage::kI:
      return {"C70658", "ISS Stage I Plasma Cell Myeloma"};
    case Stage::kII:
      return {"C70659", "ISS Stage II Plasma Cell Myeloma"};
    default:
      return {"C70660", "ISS Stage III Plasma Cell Myeloma"};
  }
}

StageCode RissValue(Stage s) {
  switch (s) {
    case Stage::kI:
      return {"C141394", "RISS Stage I Plasma Cell Myeloma"};
    case Stage::kII:
      return {"C141395", "RISS Stage II Plasma Cell Myeloma"};
    default:
      return {"C141396", "RISS Stage III Plasma Cell Myeloma"};
  }
}

json StageObservation(const PatientResult& record, const staging::StagingSummary& s,
                      std::string_view id, StageCode code, StageCode method, StageCode value,
                      const std::vector<std::string>& sources) {
  json o = {
      {"resourceType", "Observation"},
      {"id", id},
      {"meta", Meta(kCancerStageProfile)},
      {"status", "final"},
      {"code",
       json{{"coding", json::array({Coding(records::kNcitSystem, code.code, code.display)})},
            {"text", code.display}}},
      {"subject", Subject(record)},
      {"method", json{{"coding", json::array({Coding(records::kSnomedSystem, method.code,
                                                     method.display)})}}},
      {"valueCodeableConcept",
       json{{"coding", json::array({Coding(records::kNcitSystem, value.code, value.display)})},
            {"text", value.display}}},
      {"note", json::array({json{{"text", s.explanation}}})},
  };
  if (s.date) o["effectiveDateTime"] = s.date->ToString();
  json refs = DerivedFrom(record, sources);
  if (!refs.empty()) o["derivedFrom"] = refs;
  return o;
}

struct Trend {
  std::string_view code;
  std::string_view display;
};

Trend TrendOf(Category c) {
  switch (c) {
    case Category::kSCR:
    case Category::kCR:
    case Category::kVGPR:
    case Category::kPR:
    case Category::kMR:
      return {"268910001", "Patient's condition improved (finding)"};
    case Category::kSD:
      return {"359746009", "Patient's condition stable (finding)"};
    case Category::kPD:
      return {"271299001", "Patient's condition worsened (finding)"};
    case Category::kNE:
      break;
  }
  return {"709137006", "Patient condition undetermined (finding)"};
}

// The IMWG abbreviation and long name, spelled here so this file does not depend on the response
// library's implementation.
struct ImwgCode {
  std::string_view code;
  std::string_view display;
  std::string_view ncit;  // "" when no NCIt code was verified
  std::string_view ncit_display;
};

ImwgCode ImwgOf(Category c) {
  switch (c) {
    case Category::kSCR:
      return {"sCR", "stringent complete response", "", ""};
    case Category::kCR:
      return {"CR", "complete response", "C4870", "Complete Response"};
    case Category::kVGPR:
      return {"VGPR", "very good partial response", "C123618", "Very Good Partial Response"};
    case Category::kPR:
      return {"PR", "partial response", "C18058", "Partial Response"};
    case Category::kMR:
      return {"MR", "minimal response", "", ""};
    case Category::kSD:
      return {"SD", "stable disease", "C18213", "Stable Disease"};
    case Category::kPD:
      return {"PD", "progressive disease", "C35571", "Progressive Disease"};
    case Category::kNE:
      break;
  }
  return {"NE", "not evaluable", "C62222", "Not Evaluable"};
}

json StatusObservation(const PatientResult& record, const response::ResponseReport& report,
                       size_t line, const response::Assessment& a) {
  const Trend t = TrendOf(a.response);
  const ImwgCode imwg = ImwgOf(a.response);
  json coding = json::array({Coding(records::kSnomedSystem, t.code, t.display)});
  if (!imwg.ncit.empty())
    coding.push_back(Coding(records::kNcitSystem, imwg.ncit, imwg.ncit_display));
  coding.push_back(Coding(records::kImwgResponseSystem, imwg.code, imwg.display));
  const std::string text = fmt::format(
      "{} ({}){} by {} criteria", imwg.code, imwg.display,
      a.response == Category::kNE ? "" : (a.confirmed ? ", confirmed" : ", unconfirmed"),
      report.criteria.empty() ? "IMWG" : report.criteria);
  json o = {
      {"resourceType", "Observation"},
      {"id", fmt::format("oncoguide-status-{}-{}", line + 1, a.date.ToString())},
      {"meta", Meta(kDiseaseStatusProfile)},
      {"extension",
       json::array(
           {json{{"url", kEvidenceTypeUrl},
                 {"valueCodeableConcept",
                  json{{"coding",
                        json::array({Coding(records::kSnomedSystem, "386344002",
                                            "Laboratory data interpretation (procedure)")})}}}}})},
      {"status", "final"},
      {"code",
       json{{"coding", json::array({Coding(records::kLoincSystem, records::kDiseaseStatusLoinc,
                                           "Cancer disease progression")})},
            {"text", "Cancer disease status"}}},
      {"subject", Subject(record)},
      {"effectiveDateTime", a.date.ToString()},
      {"valueCodeableConcept", json{{"coding", coding}, {"text", text}}},
  };
  if (!a.explanation.empty()) o["note"] = json::array({json{{"text", a.explanation}}});
  json refs = DerivedFrom(record, a.source_ids);
  if (!refs.empty()) o["derivedFrom"] = refs;
  return o;
}

// No fullUrl: it is optional in a collection Bundle, and our resources have no server address
// (references use "Observation/<id>", resolved by id within the Bundle).
json Entry(json resource) { return json{{"resource", std::move(resource)}}; }

}  // namespace

json WriteFhirBundle(const PatientResult& record) {
  const response::ResponseReport& report = record.response;
  json entries = json::array();
  const staging::StagingSummary& s = record.staging;
  if (s.iss) {
    entries.push_back(Entry(StageObservation(
        record, s, "oncoguide-iss", {kIssStageCode, "International Staging System Stage"},
        {"1149162008", "International Staging System for multiple myeloma (staging scale)"},
        IssValue(*s.iss), s.iss_source_ids)));
  }
  if (s.r_iss) {
    entries.push_back(Entry(StageObservation(
        record, s, "oncoguide-riss", {kRissStageCode, "Revised International Staging System Stage"},
        {"1149163003", "Revised International Staging System for multiple myeloma (staging scale)"},
        RissValue(*s.r_iss), s.r_iss_source_ids)));
  }
  for (size_t i = 0; i < report.lines.size(); ++i) {
    for (const response::Assessment& a : report.lines[i].assessments) {
      entries.push_back(Entry(StatusObservation(record, report, i, a)));
    }
  }
  return json{{"resourceType", "Bundle"},
              {"type", "collection"},
              {"meta", json{{"tag", json::array({Coding(records::kOncoguideTagSystem,
                                                        records::kOncoguideComputedTag,
                                                        "computed by oncoguide")})}}},
              {"entry", std::move(entries)}};
}

}  // namespace oncoguide::report
