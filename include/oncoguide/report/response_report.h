// Renders the response report of a PatientResult for people: one block per line of therapy.
// The JSON form of the same report is part of the `assess` object (assess_output.h).
#ifndef ONCOGUIDE_REPORT_RESPONSE_REPORT_H_
#define ONCOGUIDE_REPORT_RESPONSE_REPORT_H_

#include <string>

#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide::report {

// Human-readable report: one block per line of therapy, each assessment with its explanation,
// wrapped to `width` columns.
std::string ResponseToText(const pipeline::PatientResult& result, int width = 100);

}  // namespace oncoguide::report

#endif  // ONCOGUIDE_REPORT_RESPONSE_REPORT_H_
