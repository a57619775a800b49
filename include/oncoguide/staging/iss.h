// ISS, R-ISS and R2-ISS stages from the values at diagnosis.
//
// Contract (thresholds and sources in risk_rules.h / risk_rules.cc):
//   - ISS: I = b2m < 3.5 mg/L and albumin >= 3.5 g/dL; III = b2m >= 5.5 mg/L; II otherwise.
//   - R-ISS: I = ISS I, no del(17p)/t(4;14)/t(14;16) on FISH, and LDH not high; III = ISS III and
//     (one of those abnormalities or LDH high); II otherwise.
//   - R2-ISS: points ISS II 1, ISS III 1.5, del(17p) 1, LDH high 1, t(4;14) 1, gain/amp(1q) 0.5;
//     I = 0, II = 0.5-1, III = 1.5-2.5, IV = 3-5.
//   - LDH is high when above the row's ref_high (its ULN). Without a ULN the default of
//     StagingRules::default_ldh_uln_u_l is assumed, and the explanation says so.
//   - FISH abnormalities count as reported (any clonal fraction): the staging papers used each
//     laboratory's own positivity cut-off.
//   - Missing inputs: a stage is given only when every possible value of the missing inputs leads
//   to
//     the same stage (e.g. ISS III with high LDH is R-ISS III without FISH; ISS I without FISH is
//     not R-ISS I). Otherwise the stage is null and `missing` names the tests that would decide it.
//     R2-ISS points are given only when every input is known.
#ifndef ONCOGUIDE_STAGING_ISS_H_
#define ONCOGUIDE_STAGING_ISS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/staging/at_diagnosis.h"
#include "oncoguide/staging/risk_rules.h"

namespace oncoguide::staging {

enum class Stage { kI = 1, kII = 2, kIII = 3, kIV = 4 };

// "I", "II", "III", "IV".
std::string_view StageName(Stage s);

struct StagingSummary {
  std::optional<Stage> iss;
  std::optional<Stage> r_iss;
  std::optional<Stage> r2_iss;
  std::optional<double> r2_iss_points;
  std::optional<Date> date;  // latest date of the values used; nullopt when none was used
  // Tests that would decide a null stage ("beta-2 microglobulin", "FISH", ...), deduplicated.
  std::vector<std::string> missing;
  std::string explanation;
  // FHIR ids of the observations the stages were computed from (for derivedFrom).
  std::vector<std::string> iss_source_ids;
  std::vector<std::string> r_iss_source_ids;
};

StagingSummary ComputeIssStages(const DiagnosisValues& values,
                                const StagingRules& rules = StagingRules2022());

}  // namespace oncoguide::staging

#endif  // ONCOGUIDE_STAGING_ISS_H_
