// Rendering the staging, diagnosis and high risk of a PatientResult as JSON (for `oncoguide assess
// --format json`) and as plain text.
//
// StagingToJson returns an object with three keys:
//   "staging":   { "iss": "I"|"II"|"III"|null, "r_iss": ...|null, "r2_iss": "I".."IV"|null,
//                  "r2_iss_points": number|null, "date": "YYYY-MM-DD"|null, "explanation": "...",
//                  "missing": [tests that would decide a null stage] }
//   "diagnosis": { "category": "multiple_myeloma"|"smoldering_myeloma"|"mgus"|null,
//                  "criteria": "IMWG-2014", "events": [...], "missing": [...],
//                  "explanation": "..." }
//   "high_risk": { "status": true|false|null, "definition": "IMS-IMWG-2025", "reasons": [...],
//                  "not_tested": [...], "notes": [...] }
// ("missing", "criteria" and "notes" were added to the first published shape; nothing is renamed.)
#ifndef ONCOGUIDE_REPORT_STAGING_JSON_H_
#define ONCOGUIDE_REPORT_STAGING_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide::report {

nlohmann::json StagingToJson(const pipeline::PatientResult& result);

// Several lines, each ending in '\n', for the terminal.
std::string StagingToText(const pipeline::PatientResult& result);

}  // namespace oncoguide::report

#endif  // ONCOGUIDE_REPORT_STAGING_JSON_H_
