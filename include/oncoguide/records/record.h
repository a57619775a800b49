// The in-memory form of one patient's lab record, produced by the CSV and FHIR readers and
// consumed by the response engine, the staging calculators and `ask`.
//
// Every quantity is already in its analyte's canonical unit (see analyte.h); coded results are
// 1 (positive / yes / present) or 0 (negative / no / absent). Observations keep where they came
// from so that explanations and FHIR output can point back to them.
#ifndef ONCOGUIDE_RECORDS_RECORD_H_
#define ONCOGUIDE_RECORDS_RECORD_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/records/analyte.h"

namespace oncoguide {

struct Observation {
  Date date;
  Analyte analyte = Analyte::kSerumMProtein;
  // Quantity in canonical unit; count; or 1/0 for coded results. For kFish: the clonal fraction
  // in percent when the lab gave one (e.g. "del(17p) 45%"), else unset (NaN).
  double value = 0;
  bool has_value = true;
  std::string text;  // kTherapyStart: regimen; kFish: normalised abnormality, e.g. "del(17p)"
  std::optional<double> ref_low;      // canonical unit
  std::optional<double> ref_high;     // canonical unit (for LDH: the ULN)
  std::optional<double> sensitivity;  // MRD tests: e.g. 1e-5
  bool spurious = false;  // the user marked the value as a laboratory error (excluded from nadir)
  std::string note;
  // Provenance.
  int line = 0;         // CSV line
  std::string fhir_id;  // FHIR resource id (e.g. "Observation/abc"), when read from FHIR
};

struct PatientRecord {
  std::string patient_id;  // may be empty
  std::string source;      // file name
  bool from_fhir = false;
  std::vector<Observation> observations;  // sorted by date, then input order (stable)
  // FHIR resources that were read but are not used by oncoguide (e.g. sodium, or our own
  // computed CancerDiseaseStatus), one line each: "Observation/x (LOINC 2951-2): not used".
  std::vector<std::string> ignored;

  // Sorts observations by date (stable). Readers call this before returning.
  void SortByDate();
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_RECORDS_RECORD_H_
