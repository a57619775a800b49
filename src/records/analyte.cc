#include "oncoguide/records/analyte.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "oncoguide/common/text.h"

namespace oncoguide::records {
namespace {

constexpr std::array<AnalyteInfo, kAnalyteCount> kInfo = {{
    {Analyte::kTherapyStart, "therapy_start", "start of therapy", ValueKind::kText, "", "", ""},
    {Analyte::kSerumMProtein, "serum_m_protein", "serum M-protein", ValueKind::kQuantity, "g/dL",
     "", ""},
    {Analyte::kUrineMProtein, "urine_m_protein", "24-hour urine M-protein", ValueKind::kQuantity,
     "mg/24h", "", ""},
    {Analyte::kKappaFlc, "kappa_flc", "free kappa light chains", ValueKind::kQuantity, "mg/L", "",
     ""},
    {Analyte::kLambdaFlc, "lambda_flc", "free lambda light chains", ValueKind::kQuantity, "mg/L",
     "", ""},
    {Analyte::kSerumIfe, "serum_ife", "serum immunofixation", ValueKind::kCoded, "", "positive",
     "negative"},
    {Analyte::kUrineIfe, "urine_ife", "urine immunofixation", ValueKind::kCoded, "", "positive",
     "negative"},
    {Analyte::kBmPlasmaCells, "bm_plasma_cells", "bone-marrow plasma cells", ValueKind::kQuantity,
     "%", "", ""},
    {Analyte::kBmClonality, "bm_clonality", "clonal plasma cells in the marrow", ValueKind::kCoded,
     "", "present", "absent"},
    {Analyte::kPlasmacytomaSpd, "plasmacytoma_spd", "plasmacytoma size (SPD)", ValueKind::kQuantity,
     "cm2", "", ""},
    {Analyte::kNewLesion, "new_lesion", "new bone lesion or plasmacytoma", ValueKind::kCoded, "",
     "yes", "no"},
    {Analyte::kMrdNgf, "mrd_ngf", "MRD by next-generation flow", ValueKind::kCoded, "", "positive",
     "negative"},
    {Analyte::kMrdNgs, "mrd_ngs", "MRD by next-generation sequencing", ValueKind::kCoded, "",
     "positive", "negative"},
    {Analyte::kPetCt, "pet_ct", "PET/CT", ValueKind::kCoded, "", "positive", "negative"},
    {Analyte::kBeta2Microglobulin, "beta2_microglobulin", "beta-2 microglobulin",
     ValueKind::kQuantity, "mg/L", "", ""},
    {Analyte::kAlbumin, "albumin", "albumin", ValueKind::kQuantity, "g/dL", "", ""},
    {Analyte::kLdh, "ldh", "LDH", ValueKind::kQuantity, "U/L", "", ""},
    {Analyte::kCreatinine, "creatinine", "creatinine", ValueKind::kQuantity, "mg/dL", "", ""},
    {Analyte::kCalcium, "calcium", "calcium", ValueKind::kQuantity, "mg/dL", "", ""},
    {Analyte::kHemoglobin, "hemoglobin", "hemoglobin", ValueKind::kQuantity, "g/dL", "", ""},
    {Analyte::kFish, "fish", "FISH", ValueKind::kText, "", "", ""},
    {Analyte::kTp53Mutation, "tp53_mutation", "TP53 mutation", ValueKind::kCoded, "", "present",
     "absent"},
    {Analyte::kLyticLesions, "lytic_lesions", "lytic bone lesions", ValueKind::kCount, "", "", ""},
    {Analyte::kMriFocalLesions, "mri_focal_lesions", "focal lesions on MRI", ValueKind::kCount, "",
     "", ""},
    {Analyte::kTherapyPhase, "therapy_phase", "phase of therapy", ValueKind::kText, "", "", ""},
    {Analyte::kIsotype, "isotype", "M-protein isotype", ValueKind::kText, "", "", ""},
}};

// Synonyms per analyte, in lower case with single spaces (see Fold()).
const std::array<std::vector<std::string_view>, kAnalyteCount>& SynonymTable() {
  static const std::array<std::vector<std::string_view>, kAnalyteCount> table = {{
      /* therapy_start */ {"therapy", "therapy start", "treatment start", "start therapy",
                           "regimen", "line of therapy", "new therapy"},
      /* serum_m_protein */
      {"m spike", "m protein", "serum m spike", "serum m protein", "monoclonal protein",
       "serum monoclonal protein", "paraprotein", "serum paraprotein", "m component",
       "spep m spike", "spep", "m protein serum", "monoclonal protein serum",
       "protein monoclonal serum"},
      /* urine_m_protein */
      {"24 hr urine m protein", "24h urine m protein", "24 hour urine m protein", "urine m spike",
       "urine m protein", "upep", "upep m spike", "urine monoclonal protein", "24 hr urine m spike",
       "urine paraprotein", "bence jones protein", "urine m protein 24h", "m protein urine"},
      /* kappa_flc */
      {"kappa", "free kappa", "kappa free", "kappa free light chains", "kappa free light chain",
       "free kappa light chains", "free kappa light chain", "kappa flc", "serum free kappa",
       "kappa light chain free", "kappa lc free"},
      /* lambda_flc */
      {"lambda", "free lambda", "lambda free", "lambda free light chains",
       "lambda free light chain", "free lambda light chains", "free lambda light chain",
       "lambda flc", "serum free lambda", "lambda light chain free", "lambda lc free"},
      /* serum_ife */
      {"ife", "serum ife", "immunofixation", "serum immunofixation", "immunofixation serum", "sife",
       "immunofix", "immunofix serum", "serum immunofix"},
      /* urine_ife */
      {"urine ife", "urine immunofixation", "immunofixation urine", "uife", "immunofix urine",
       "urine immunofix"},
      /* bm_plasma_cells */
      {"bone marrow plasma cells", "marrow plasma cells", "bmpc", "bm pc",
       "plasma cells bone marrow", "bone marrow plasma cell percentage",
       "plasma cells in bone marrow"},
      /* bm_clonality */
      {"clonality", "marrow clonality", "bone marrow clonality", "clonal plasma cells",
       "bm clonal plasma cells"},
      /* plasmacytoma_spd */
      {"plasmacytoma", "plasmacytoma size", "spd", "plasmacytoma spd"},
      /* new_lesion */
      {"new lesions", "new bone lesion", "new plasmacytoma"},
      /* mrd_ngf */
      {"mrd flow", "mrd by flow", "mrd ngf", "next generation flow mrd", "ngf mrd"},
      /* mrd_ngs */
      {"mrd sequencing", "mrd by sequencing", "mrd ngs", "clonoseq", "ngs mrd"},
      /* pet_ct */
      {"pet", "pet ct", "pet/ct", "fdg pet"},
      /* beta2_microglobulin */
      {"beta 2 microglobulin", "b2m", "beta2 microglobulin", "b2 microglobulin", "beta2m",
       "beta 2m"},
      /* albumin */ {"serum albumin", "alb"},
      /* ldh */ {"lactate dehydrogenase", "ld", "serum ldh"},
      /* creatinine */ {"serum creatinine", "creat"},
      /* calcium */ {"serum calcium", "ca", "total calcium"},
      /* hemoglobin */ {"haemoglobin", "hgb", "hb"},
      /* fish */ {"fish result", "cytogenetics", "fish abnormality", "fish panel"},
      /* tp53_mutation */ {"tp53", "tp53 mutation status", "p53 mutation"},
      /* lytic_lesions */
      {"lytic lesion count", "lytic lesions count", "osteolytic lesions", "bone lesions"},
      /* mri_focal_lesions */ {"mri focal lesion count", "focal lesions", "mri lesions"},
      /* therapy_phase */ {"treatment phase", "phase of therapy", "phase"},
      /* isotype */
      {"m protein isotype", "paraprotein type", "m spike isotype", "heavy chain type"},
  }};
  return table;
}

struct LoincEntry {
  std::string_view code;
  Analyte analyte;
};
// LOINC codes per ../shared/reference/lab-codes.md. Codes marked "unsettled" there (24-h urine
// M-protein, urine IFE, marrow plasma cells) are matched by name only.
constexpr LoincEntry kLoinc[] = {
    {"33358-3", Analyte::kSerumMProtein},
    {"25700-6", Analyte::kSerumIfe},
    {"36916-5", Analyte::kKappaFlc},
    {"33944-0", Analyte::kLambdaFlc},
    {"1952-1", Analyte::kBeta2Microglobulin},
    {"2532-0", Analyte::kLdh},
    {"14804-9", Analyte::kLdh},
    {"1751-7", Analyte::kAlbumin},
    {"2862-1", Analyte::kAlbumin},
    {"2160-0", Analyte::kCreatinine},
    {"14682-9", Analyte::kCreatinine},
    {"17861-6", Analyte::kCalcium},
    {"2000-8", Analyte::kCalcium},
    {"718-7", Analyte::kHemoglobin},
    {"50659-2", Analyte::kFish},
};

std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(AsciiLower(c));
  }
  return out;
}

const std::unordered_map<std::string, Analyte>& NameIndex() {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string, Analyte>();
    for (const AnalyteInfo& info : kInfo) {
      m->emplace(Fold(info.name), info.analyte);
      for (std::string_view syn : SynonymTable()[static_cast<int>(info.analyte)]) {
        m->emplace(Fold(syn), info.analyte);
      }
    }
    return m;
  }();
  return *index;
}

}  // namespace

const AnalyteInfo& Info(Analyte a) { return kInfo[static_cast<int>(a)]; }

std::optional<Analyte> AnalyteFromName(std::string_view name) {
  const auto& index = NameIndex();
  auto it = index.find(Fold(name));
  if (it == index.end()) return std::nullopt;
  return it->second;
}

std::optional<Analyte> AnalyteFromLoinc(std::string_view code) {
  for (const LoincEntry& e : kLoinc) {
    if (e.code == code) return e.analyte;
  }
  return std::nullopt;
}

std::string_view PrimaryLoinc(Analyte a) {
  for (const LoincEntry& e : kLoinc) {
    if (e.analyte == a) return e.code;
  }
  return {};
}

std::span<const std::string_view> Synonyms(Analyte a) {
  return SynonymTable()[static_cast<int>(a)];
}

bool IsDiseaseMeasure(Analyte a) {
  switch (a) {
    case Analyte::kSerumMProtein:
    case Analyte::kUrineMProtein:
    case Analyte::kKappaFlc:
    case Analyte::kLambdaFlc:
    case Analyte::kSerumIfe:
    case Analyte::kUrineIfe:
    case Analyte::kBmPlasmaCells:
      return true;
    default:
      return false;
  }
}

}  // namespace oncoguide::records
