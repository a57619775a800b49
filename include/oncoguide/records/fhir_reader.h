// Reader for lab records in FHIR R4 JSON: a Bundle, or a single resource.
//
// Observations are matched to analytes by LOINC code (analyte.h), else by code.text or
// coding.display through the same synonym table as CSV test names. Values come from
// valueQuantity (UCUM unit in `code`, else `unit`), valueCodeableConcept / valueString (coded and
// text results), valueInteger (counts) or valueBoolean; dates from effectiveDateTime or
// effectivePeriod.start; reference ranges from referenceRange[0].low/high. FISH narrative
// (LOINC 50659-2) may list several abnormalities separated by ',' or ';'. An MRD sensitivity is
// read from `method.text` ("NGF 1e-5").
//
// Lines of therapy come from MedicationStatement / MedicationRequest / MedicationAdministration
// start dates: resources starting on the same date form one line, named from the medication
// text. Supportive-care drugs (antivirals, bone agents, anticoagulants...) and resources that only
// repeat drugs of the line already running (e.g. each cycle's administration) do not start a
// line; they are listed in PatientRecord::ignored with the reason, as are Observations oncoguide
// does not use (other tests, our own computed CancerDiseaseStatus and staging results).
//
// Patients: resources are grouped by their `subject` (or `patient`) reference, matched to the
// Patient resources by "Patient/<id>" or the entry's fullUrl. Several patients make a cohort (one
// PatientRecord each, in input order). A resource whose subject matches no Patient is an error; a
// resource with no subject is an error when there are several patients, and is read as the
// patient's (with a note) when there is only one. Without Patient resources, subjects are the
// patients.
//
// Values: valueQuantity.comparator (<, <=, >, >=) becomes Observation::bound; status corrected or
// amended marks a correction (duplicates.h); entered-in-error and cancelled are left out. A
// Procedure naming a stem-cell transplant becomes a therapy_phase "transplant" on its performed
// date; a medication marked as maintenance or consolidation (in its name, category, dosage text or
// note) becomes a therapy_phase of the running line instead of a new line.
//
// Input: a Bundle, a single resource, or NDJSON (one resource per line; errors name the line).
// A FHIR file may list a patient's resources anywhere, so it is read in two passes. The first
// streams the input (a Bundle entry by entry, NDJSON line by line: fhir_stream.h), reads and
// checks every resource as it comes (so errors are found in input order), and keeps only an index:
// for each subject, where each of its resources lies, and the Patients with their aliases. The
// index is a temporary SQLite database (src/records/fhir_index.h) that spills to an unlinked 0600
// file beyond 8 MiB of cache. The second pass reads one patient at a time, parsing only that
// patient's byte ranges again. Memory holds the index's cache plus one patient (and one resource
// of at most ReadOptions::max_fhir_resource_bytes), whatever the number of resources or patients.
// Input that cannot be read twice (standard input, a pipe) is copied into an unlinked 0600 spool
// file under $TMPDIR as it is read.
//
// Bad input is refused whole: the Status names the file, the FHIR path, the cause and a hint.
#ifndef ONCOGUIDE_RECORDS_FHIR_READER_H_
#define ONCOGUIDE_RECORDS_FHIR_READER_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/records/lab_date.h"
#include "oncoguide/records/record.h"

namespace oncoguide::records {

// Parses FHIR JSON or NDJSON text into one record per patient. `source` names the file.
Result<std::vector<PatientRecord>> ReadFhirCohort(std::string_view json_text,
                                                  const std::string& source,
                                                  const ReadOptions& options = {});

// As ReadFhirCohort, for input that must hold exactly one patient (RequireOnePatient).
Result<PatientRecord> ReadFhir(std::string_view json_text, const std::string& source,
                               const ReadOptions& options = {});

// Reads several FHIR files (a directory of a bulk export: Patient.ndjson, Observation.ndjson...)
// as one input, so that resources in one file may refer to patients in another.
class FhirCohortReader {
 public:
  explicit FhirCohortReader(const ReadOptions& options = {});
  ~FhirCohortReader();
  FhirCohortReader(const FhirCohortReader&) = delete;
  FhirCohortReader& operator=(const FhirCohortReader&) = delete;

  // Adds text in memory (copied: the caller's text may go before Finish).
  Status Add(std::string_view json_text, const std::string& source);
  // As Add, reading `in` from its position to its end without holding it whole (a Bundle entry by
  // entry, NDJSON line by line); what is read is copied into a spool file under $TMPDIR for the
  // second pass (for standard input or a pipe).
  Status AddStream(std::istream& in, const std::string& source);
  // As AddStream for the file `path`, opened as `in` and positioned where its JSON starts: a
  // regular file is read again by its path in the second pass (it must not change before
  // Finish: a change is an error); anything else is spooled as by AddStream.
  Status AddFile(std::istream& in, const std::string& path, const std::string& source);
  // The second pass: hands each patient's record to `sink` in input order, reading one patient
  // at a time. Errors of the grouping (a subject that is no Patient...) come before any patient;
  // a later error (conflicting same-date values) after the patients before it were handed over.
  Status Finish(const std::function<Status(PatientRecord&&)>& sink);
  // As Finish, collecting every patient in memory.
  Result<std::vector<PatientRecord>> Finish();
  // Bytes of memory the index holds now (SQLite's page cache: bounded whatever the input), and
  // how many resources it indexes; for tests and figures.
  std::size_t index_memory_bytes() const;
  std::uint64_t indexed_resources() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// OK when `patients` holds exactly one record; else an error naming the patients (at most five)
// and saying that the command answers for one person. For `ask --records`.
Status RequireOnePatient(const std::vector<PatientRecord>& patients, const std::string& source);

// LOINC codes of results oncoguide itself computes and writes (disease status, staging): the
// reader skips them so that reading an input together with our output loses nothing.
bool IsComputedResultCode(std::string_view loinc);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_FHIR_READER_H_
