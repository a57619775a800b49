#include "oncoguide/staging/staging.h"

#include "oncoguide/staging/at_diagnosis.h"

namespace oncoguide::staging {

StagingResult ComputeStaging(const records::PatientRecord& record) {
  const DiagnosisValues values = SelectAtDiagnosis(record);
  StagingResult out;
  out.staging = ComputeIssStages(values);
  out.diagnosis = Diagnose(values);
  out.high_risk = AssessHighRisk(values);
  return out;
}

}  // namespace oncoguide::staging
