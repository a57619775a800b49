// Rendering a StagingResult as JSON (for `oncoguide assess --format json`) and as plain text.
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
// ("missing", "criteria" and "notes" add to the keys of the issue; nothing is renamed.)
#ifndef ONCOGUIDE_STAGING_STAGING_JSON_H_
#define ONCOGUIDE_STAGING_STAGING_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "oncoguide/staging/staging.h"

namespace oncoguide {

nlohmann::json StagingToJson(const StagingResult& result);

// Several lines, each ending in '\n', for the terminal.
std::string StagingToText(const StagingResult& result);

}  // namespace oncoguide

#endif  // ONCOGUIDE_STAGING_STAGING_JSON_H_
