// One patient's computed results, computed once from a loaded record: the layer between the
// engines (response, staging) and everything that presents or stores results (report, render,
// store, server, the CLI).
//
// Contract:
//   - ComputePatientResult() runs every engine exactly once on the record and never fails: what
//     the record cannot decide is an NE assessment or a null stage/category/status with the
//     missing tests named (see response/engine.h and staging/staging.h).
//   - A PatientResult is self-contained: it copies what presenters need from the record
//     (identity, source, the list of input not used), so a presenter never needs the record and
//     never calls an engine.
//   - New computed features are added here as new members, so every caller gets them at once.
//
// Example:
//
//   Status s = ForEachPatient("labs.csv", [&](PatientRecord&& record) {
//     const PatientResult result = ComputePatientResult(record);
//     if (result.high_risk.status == true) ...;
//     return writer.Add(result);  // report/assess_output.h
//   });
#ifndef ONCOGUIDE_PIPELINE_PATIENT_RESULT_H_
#define ONCOGUIDE_PIPELINE_PATIENT_RESULT_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/common/status.h"
#include "oncoguide/records/load.h"
#include "oncoguide/records/record.h"
#include "oncoguide/response/assessment.h"
#include "oncoguide/response/criteria.h"
#include "oncoguide/response/engine.h"
#include "oncoguide/response/lab/lab_engine.h"
#include "oncoguide/staging/diagnosis.h"
#include "oncoguide/staging/high_risk.h"
#include "oncoguide/staging/iss.h"

namespace oncoguide::pipeline {

struct PatientResult {
  // From the record.
  std::string patient_id;            // may be empty
  std::string source;                // the file the record was read from
  bool from_fhir = false;            // lab Observation ids can be referenced (FHIR derivedFrom)
  std::vector<std::string> ignored;  // input read but not used, one line each
  // What the reader did that the person must see, one sentence each (PatientRecord::notes):
  // corrections applied, identical duplicates read once, a lab ratio that does not match.
  std::vector<std::string> reader_notes;
  std::optional<Date> last_test_date;  // latest observation that is not a therapy start

  // Computed.
  response::ResponseReport response;   // IMWG response per line of therapy (response/engine.h)
  staging::StagingSummary staging;     // ISS, R-ISS, R2-ISS (staging/iss.h)
  staging::DiagnosisResult diagnosis;  // IMWG 2014 diagnosis (staging/diagnosis.h)
  staging::HighRiskResult high_risk;   // IMS/IMWG 2025 high risk (staging/high_risk.h)
  // The lab-only reading IMWG-2016-lab (response/lab/lab_engine.h), shown BESIDE the strict
  // response, never instead of it. Computed only when asked for (`lab` below), so cohort
  // assessment does not pay for it.
  std::optional<response::LabReport> lab_reading;
};

// REQUIRES: record.observations sorted by date (the readers guarantee it).
// With `lab` set, also computes the lab-only reading with those options. `assess` sets the
// strict reading's visit window (response/engine.h).
PatientResult ComputePatientResult(
    const records::PatientRecord& record,
    const response::ResponseCriteria& criteria = response::Imwg2016(),
    const response::LabOptions* lab = nullptr, const response::AssessOptions& assess = {});

// Loads `path` (records/load.h, "-" for stdin) and computes the result of its only patient, for
// callers that answer for one person (`ask --records`), with the lab-only reading. Errors: the
// loader's Status, or Invalid when the file holds no patient or more than one.
Result<PatientResult> LoadOnePatientResult(
    const std::string& path, const response::ResponseCriteria& criteria = response::Imwg2016(),
    const records::ReadOptions& options = {});

}  // namespace oncoguide::pipeline

#endif  // ONCOGUIDE_PIPELINE_PATIENT_RESULT_H_
