// Number formatting shared by the personal summary (patient_summary.cc) and its plain-language
// leads (personal_lead.cc). Internal to src/report.
#ifndef ONCOGUIDE_SRC_REPORT_SUMMARY_TEXT_H_
#define ONCOGUIDE_SRC_REPORT_SUMMARY_TEXT_H_

#include <string>

namespace oncoguide::report::internal {

// `v` rounded to three decimals, without trailing zeros ("1.25", "0.4", "12").
std::string Number(double v);

}  // namespace oncoguide::report::internal

#endif  // ONCOGUIDE_SRC_REPORT_SUMMARY_TEXT_H_
