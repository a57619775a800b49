#include "oncoguide/pipeline/patient_result.h"

#include <utility>

#include "oncoguide/response/engine.h"
#include "oncoguide/staging/staging.h"

namespace oncoguide {

PatientResult ComputePatientResult(const PatientRecord& record, const ResponseCriteria& criteria) {
  PatientResult out;
  out.patient_id = record.patient_id;
  out.source = record.source;
  out.from_fhir = record.from_fhir;
  out.ignored = record.ignored;
  for (const Observation& o : record.observations) {
    if (o.analyte != Analyte::kTherapyStart) out.last_test_date = o.date;  // sorted by date
  }
  out.response = Assess(record, criteria);
  StagingResult staging = ComputeStaging(record);
  out.staging = std::move(staging.staging);
  out.diagnosis = std::move(staging.diagnosis);
  out.high_risk = std::move(staging.high_risk);
  return out;
}

}  // namespace oncoguide
