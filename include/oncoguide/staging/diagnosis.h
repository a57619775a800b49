// Diagnosis by the IMWG 2014 criteria: multiple myeloma, smoldering myeloma or MGUS.
//
// Contract (thresholds and sources in risk_rules.h / risk_rules.cc), from the values at diagnosis:
//   - Myeloma-defining events (MDE):
//       CRAB  hypercalcaemia: calcium > 11 mg/dL, or > 1 mg/dL above the row's ULN (ref_high);
//             renal: serum creatinine > 2 mg/dL (the records carry no creatinine clearance, so the
//               clearance < 40 mL/min form cannot be used; the explanation says so);
//             anaemia: hemoglobin < 10 g/dL, or > 2 g/dL below the row's LLN (ref_low);
//             bone: >= 1 osteolytic lesion (lytic_lesions).
//       SLiM  clonal BMPC >= 60%; involved/uninvolved FLC ratio >= 100 with involved FLC >= 100
//             mg/L; > 1 focal lesion on MRI (mri_focal_lesions >= 2).
//     Each is present, absent, or not assessable (its input missing).
//   - Clonal BMPC: bm_plasma_cells, taken as clonal unless bm_clonality says absent (then the
//     plasma cells are not clonal); the explanation states the assumption.
//   - multiple_myeloma: clonal BMPC >= 10% and at least one MDE present.
//   - smoldering_myeloma: (serum M-protein >= 3 g/dL or urine M-protein >= 500 mg/24h) and/or
//     clonal BMPC 10-<60%, and no MDE (every MDE assessable and absent).
//   - mgus (non-IgM): serum M-protein < 3 g/dL, clonal BMPC < 10%, no CRAB (all four assessable
//     and absent), not smoldering (urine M-protein known < 500 mg/24h), and a monoclonal protein
//     shown (serum or urine M-protein > 0, positive immunofixation, or abnormal FLC ratio).
//   - Amyloidosis (which excludes smoldering myeloma and MGUS) and biopsy-proven plasmacytoma
//     cannot be read from lab values: the first is assumed absent and said so; a recorded
//     plasmacytoma (plasmacytoma_spd > 0) blocks smoldering/MGUS and is named in the explanation.
//   - Otherwise the category is null ("the records cannot tell"), `missing` names the tests that
//     would decide, and the explanation gives the category the available values point to.
#ifndef ONCOGUIDE_STAGING_DIAGNOSIS_H_
#define ONCOGUIDE_STAGING_DIAGNOSIS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/staging/at_diagnosis.h"
#include "oncoguide/staging/risk_rules.h"

namespace oncoguide::staging {

enum class DiagnosisCategory { kMultipleMyeloma, kSmolderingMyeloma, kMgus };

// "multiple_myeloma", "smoldering_myeloma", "mgus".
std::string_view DiagnosisCategoryName(DiagnosisCategory c);
// "multiple myeloma", "smoldering myeloma", "MGUS (monoclonal gammopathy of undetermined
// significance)".
std::string_view DiagnosisCategoryLongName(DiagnosisCategory c);

// Identifiers of the myeloma-defining events, in the order the paper lists them.
enum class MdeKind {
  kHypercalcemia,
  kRenal,
  kAnemia,
  kBone,
  kBmpc60,
  kFlcRatio,
  kMriLesions,
};
// "hypercalcaemia", "renal insufficiency", ..., "more than one focal lesion on MRI".
std::string_view MdeName(MdeKind k);

struct DiagnosisResult {
  std::string_view criteria;  // "IMWG-2014"
  std::optional<DiagnosisCategory> category;
  std::vector<MdeKind> event_kinds;  // MDEs present
  std::vector<std::string> events;   // the same, each with the patient's numbers
  std::vector<std::string> missing;  // tests not in the record that the decision needed
  std::string explanation;
  std::optional<Date> date;  // latest date of the values used
};

DiagnosisResult Diagnose(const DiagnosisValues& values,
                         const DiagnosisCriteria& criteria = Imwg2014Diagnosis());

}  // namespace oncoguide::staging

#endif  // ONCOGUIDE_STAGING_DIAGNOSIS_H_
