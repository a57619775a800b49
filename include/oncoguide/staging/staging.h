// Entry point: staging (ISS, R-ISS, R2-ISS), IMWG 2014 diagnosis and IMS/IMWG 2025 high risk,
// all from the same values at diagnosis (at_diagnosis.h).
//
// ComputeStaging() never fails: what the records cannot decide is null, with the missing tests
// named. Callers use pipeline/patient_result.h, which runs this once per patient; report/ presents
// the result (report/staging_json.h, report/fhir_writer.h).
#ifndef ONCOGUIDE_STAGING_STAGING_H_
#define ONCOGUIDE_STAGING_STAGING_H_

#include "oncoguide/records/record.h"
#include "oncoguide/staging/diagnosis.h"
#include "oncoguide/staging/high_risk.h"
#include "oncoguide/staging/iss.h"

namespace oncoguide::staging {

struct StagingResult {
  StagingSummary staging;
  DiagnosisResult diagnosis;
  HighRiskResult high_risk;
};

// REQUIRES: record.observations sorted by date (readers guarantee it).
StagingResult ComputeStaging(const records::PatientRecord& record);

}  // namespace oncoguide::staging

#endif  // ONCOGUIDE_STAGING_STAGING_H_
