// The in-memory form of one patient's lab record, produced by the CSV and FHIR readers and
// consumed by the response engine, the staging calculators and `ask`.
//
// Every quantity is already in its analyte's canonical unit (see analyte.h); coded results are
// 1 (positive / yes / present) or 0 (negative / no / absent). Observations keep where they came
// from so that explanations and FHIR output can point back to them.
#ifndef ONCOGUIDE_RECORDS_RECORD_H_
#define ONCOGUIDE_RECORDS_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/records/analyte.h"

namespace oncoguide::records {

// How an observation's `value` relates to the true result. Laboratories report results outside
// a test's measuring range against its limit ("<0.2 g/dL", ">500 mg/L"); such a value is the
// limit, never a measurement. kTrace is a result seen but too small to quantify (an M-spike
// "trace"): positive, with no number (`has_value` is false and `value` must not be read).
enum class ValueBound : std::uint8_t {
  kExact,    // "1.2"
  kBelow,    // "<0.2": the true value is below `value`
  kAtMost,   // "<=0.2"
  kAbove,    // ">500": the true value is above `value`
  kAtLeast,  // ">=500"
  kTrace,    // "trace": present, not quantifiable
};

// The comparison symbol of a bound as labs and FHIR valueQuantity.comparator write it ("<",
// "<=", ">", ">="); "" for kExact and kTrace.
inline std::string_view ComparatorSymbol(ValueBound b) {
  switch (b) {
    case ValueBound::kBelow:
      return "<";
    case ValueBound::kAtMost:
      return "<=";
    case ValueBound::kAbove:
      return ">";
    case ValueBound::kAtLeast:
      return ">=";
    default:
      return "";
  }
}

struct Observation {
  Date date;
  Analyte analyte = Analyte::kSerumMProtein;
  // Quantity in canonical unit; count; or 1/0 for coded results. For kFish: the clonal fraction
  // in percent when the lab gave one (e.g. "del(17p) 45%"), else unset (NaN).
  double value = 0;
  bool has_value = true;
  // kTherapyStart: regimen; kTherapyPhase: the phase; kFish: normalised abnormality, e.g.
  // "del(17p)"; kIsotype and kSerumIfe/kUrineIfe: the isotype as given ("IgG kappa"), may be empty.
  std::string text;
  std::optional<double> ref_low;      // canonical unit
  std::optional<double> ref_high;     // canonical unit (for LDH: the ULN)
  std::optional<double> sensitivity;  // MRD tests: e.g. 1e-5
  ValueBound bound = ValueBound::kExact;
  bool spurious = false;   // the user marked the value as a laboratory error (excluded from nadir)
  bool corrected = false;  // the input marked this value as the correction of a same-date value
  std::string note;
  // Provenance.
  std::int64_t line = 0;  // CSV line (64-bit: a file may have more than 2^31 lines)
  std::string fhir_id;    // FHIR resource id (e.g. "Observation/abc"), when read from FHIR
};

struct PatientRecord {
  std::string patient_id;  // may be empty
  std::string source;      // file name
  bool from_fhir = false;
  std::vector<Observation> observations;  // sorted by date, then input order (stable)
  // FHIR resources that were read but are not used by oncoguide (e.g. sodium, or our own
  // computed CancerDiseaseStatus), one line each: "Observation/x (LOINC 2951-2): not used".
  std::vector<std::string> ignored;
  // What the reader did that the output should show, one sentence each: corrections applied
  // ("line 7: serum_m_protein 2.1 g/dL on 2024-03-05 replaces 2.4 g/dL (line 6), marked as
  // corrected"), identical duplicates collapsed, a lab's kappa/lambda ratio that does not match
  // kappa/lambda.
  std::vector<std::string> notes;
  int duplicates_collapsed = 0;  // identical same-date rows/resources read once

  // Sorts observations by date (stable). Readers call this before returning.
  void SortByDate();
};

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_RECORD_H_
