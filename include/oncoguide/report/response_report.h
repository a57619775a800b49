// Renders the response report of a PatientResult for people (text) and programs (JSON, one object per patient).
//
// JSON shape (see README "Output"):
//   { "patient": "P1"|null, "criteria": "IMWG-2016", "source": "file",
//     "lines": [ { "regimen": "VRd"|null, "start": "YYYY-MM-DD",
//                  "baseline": { "date": …|null, "measurable": ["serum_m_protein", …],
//                                "values": { "serum_m_protein": 3.0, … }, "explanation": "…" },
//                  "assessments": [ { "date", "response", "confirmed", "explanation",
//                                     "missing": [ … ] } ],
//                  "best_response": "VGPR"|null, "best_response_date": …|null,
//                  "progression_date": …|null, "mrd_status": "…"|null, "mrd_date": …|null,
//                  "notes": [ … ] } ],
//     "ignored": [ … ] }
// Staging, diagnosis and high-risk objects are merged in by the caller (`extra`).
#ifndef ONCOGUIDE_REPORT_RESPONSE_REPORT_H_
#define ONCOGUIDE_REPORT_RESPONSE_REPORT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide {

nlohmann::json ResponseToJson(const PatientResult& result);

// Human-readable report: one block per line of therapy, each assessment with its explanation,
// wrapped to `width` columns.
std::string ResponseToText(const PatientResult& result, int width = 100);

}  // namespace oncoguide

#endif  // ONCOGUIDE_REPORT_RESPONSE_REPORT_H_
