// High-risk multiple myeloma by the IMS/IMWG 2025 consensus definition ("IMS-IMWG-2025").
//
// Contract (thresholds, wording and sources in risk_rules.h / risk_rules.cc), from the values at
// diagnosis:
//   - High risk when at least one criterion is met:
//       (1) del(17p) in > 20% of clonal plasma cells, and/or a TP53 mutation;
//       (2) t(4;14), t(14;16) or t(14;20) together with 1q gain/amplification and/or del(1p32);
//       (3) monoallelic del(1p32) with 1q gain/amplification, or biallelic del(1p32);
//       (4) beta-2 microglobulin >= 5.5 mg/L with creatinine < 1.2 mg/dL.
//   - del(17p) without a clonal fraction counts as met (HighRiskRules::
//     del17p_without_fraction_counts); the reason says it is an assumption.
//   - status: true when a criterion is met; null when none is met but a test that is not in the
//     record could still meet one; false only when every test that could meet a criterion is in
//     the record and none does. `would_decide` names those missing tests, e.g. with only
//     t(4;14) on FISH: "FISH for 1q gain and del(1p32)", "TP53 mutation test". A FISH probe
//     counts as tested when the panel reports it found, reports it not found ("no del(1p32)"),
//     or says "none detected" (records/fish.h); the last is flagged in `notes`, since the
//     record does not say which probes the laboratory ran. `not_tested` names the tests that
//     were not available at all (FISH, TP53 mutation, beta-2 microglobulin, creatinine when
//     b2m >= 5.5).
//   - `notes` records findings that came close but do not meet a criterion (del(17p) at <= 20%,
//     b2m >= 5.5 with creatinine >= 1.2 or missing, a translocation without a chromosome-1 change).
#ifndef ONCOGUIDE_STAGING_HIGH_RISK_H_
#define ONCOGUIDE_STAGING_HIGH_RISK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/staging/at_diagnosis.h"
#include "oncoguide/staging/risk_rules.h"

namespace oncoguide::staging {

struct HighRiskResult {
  std::optional<bool> status;
  std::string_view definition;          // "IMS-IMWG-2025"
  std::vector<std::string> reasons;     // each criterion met, with the patient's findings
  std::vector<std::string> not_tested;  // tests not available
  // When no criterion is met: the tests that could still meet one (status is then null).
  std::vector<std::string> would_decide;
  std::vector<std::string> notes;  // near misses and assumptions that did not decide
  std::optional<Date> date;        // latest date of the values used
};

HighRiskResult AssessHighRisk(const DiagnosisValues& values,
                              const HighRiskRules& rules = ImsImwg2025HighRisk());

}  // namespace oncoguide::staging

#endif  // ONCOGUIDE_STAGING_HIGH_RISK_H_
