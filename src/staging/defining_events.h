// The seven myeloma-defining events of the IMWG 2014 diagnostic criteria (Rajkumar SV, et al.
// International Myeloma Working Group updated criteria for the diagnosis of multiple myeloma.
// Lancet Oncol 2014;15:e538-e548, Panel 2): the four CRAB features (hypercalcaemia, renal
// insufficiency, anaemia, bone lesions) and the three SLiM biomarkers (clonal marrow plasma
// cells >= 60%, involved/uninvolved light-chain ratio >= 100, more than one focal lesion on MRI).
// One function per event, each read against the paper; thresholds come from DiagnosisCriteria
// (staging/diagnosis.h), each naming its source. Each sets the event's state (unknown when its
// test is missing, naming the test) and a sentence with the patient's numbers.
#ifndef ONCOGUIDE_SRC_STAGING_DEFINING_EVENTS_H_
#define ONCOGUIDE_SRC_STAGING_DEFINING_EVENTS_H_

#include <optional>
#include <string>
#include <string_view>

#include "oncoguide/common/compare.h"
#include "oncoguide/staging/diagnosis.h"

namespace oncoguide::staging::internal {

inline constexpr int kMdeCount = 7;
inline constexpr int kCrabCount = 4;  // the first four MdeKinds

struct Mde {
  MdeKind kind = MdeKind::kHypercalcemia;
  Tri state = Tri::kUnknown;
  std::string text;          // the finding with the patient's numbers
  std::string_view missing;  // the test that is missing when state is unknown
};

void Hypercalcaemia(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m);
void RenalInsufficiency(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m);
void Anaemia(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m);
void BoneLesions(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m);
// S: clonal marrow plasma cells >= 60% (`clonal_pct` from the marrow result and its clonality).
void SlimMarrow(std::optional<double> clonal_pct, const DiagnosisCriteria& c, Mde& m);
// Li: returns the involved/uninvolved ratio when both light chains were measured.
std::optional<double> SlimFlcRatio(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m);
void SlimMriLesions(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m);

}  // namespace oncoguide::staging::internal

#endif  // ONCOGUIDE_SRC_STAGING_DEFINING_EVENTS_H_
