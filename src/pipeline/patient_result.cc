#include "oncoguide/pipeline/patient_result.h"

#include <fmt/format.h>

#include <utility>

#include "oncoguide/records/load.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/staging/staging.h"

namespace oncoguide::pipeline {

PatientResult ComputePatientResult(const records::PatientRecord& record,
                                   const response::ResponseCriteria& criteria,
                                   const response::LabOptions* lab,
                                   const response::AssessOptions& assess) {
  PatientResult out;
  out.patient_id = record.patient_id;
  out.source = record.source;
  out.from_fhir = record.from_fhir;
  out.ignored = record.ignored;
  out.reader_notes = record.notes;
  for (const records::Observation& o : record.observations) {
    if (o.analyte != records::Analyte::kTherapyStart)
      out.last_test_date = o.date;  // sorted by date
  }
  out.response = response::Assess(record, criteria, assess);
  staging::StagingResult staging = staging::ComputeStaging(record);
  out.staging = std::move(staging.staging);
  out.diagnosis = std::move(staging.diagnosis);
  out.high_risk = std::move(staging.high_risk);
  if (lab != nullptr) out.lab_reading = response::AssessLab(record, *lab);
  return out;
}

Result<PatientResult> LoadOnePatientResult(const std::string& path,
                                           const response::ResponseCriteria& criteria,
                                           const records::ReadOptions& options) {
  // records' LoadOnePatient refuses a cohort, naming its patients.
  OG_ASSIGN_OR_RETURN(records::PatientRecord record, records::LoadOnePatient(path, options));
  // One person's summary shows the lab-only reading beside the strict one (issue 10).
  const response::LabOptions lab;
  return ComputePatientResult(record, criteria, &lab);
}

}  // namespace oncoguide::pipeline
