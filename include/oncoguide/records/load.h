// Reading lab records from files, whatever their format.
//
// The format is detected from the content, not the file name: a file whose first non-blank
// character is '{' is FHIR R4 JSON (a Bundle, a single resource, or NDJSON with one resource per
// line); anything else must be CSV with a header line (',' ';' or tab separated, see
// csv_reader.h). A directory is read as one FHIR input made of all its files (a bulk export). A
// PDF, a spreadsheet workbook, a JSON array or an HTML/XML page is refused with a message saying
// what the file looks like and how to get a readable export. Bad input is refused whole: the
// Status names the file, the line or FHIR path, the cause and a hint. Dates after
// ReadOptions::latest_date are refused; ReadOptions::date_order reads 05/03/2024 (see lab_date.h).
#ifndef ONCOGUIDE_RECORDS_LOAD_H_
#define ONCOGUIDE_RECORDS_LOAD_H_

#include <functional>
#include <string>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/records/lab_date.h"
#include "oncoguide/records/record.h"

namespace oncoguide::records {

enum class RecordFormat { kCsv, kFhir };

// Detects the format from the first non-blank byte of `content_start`.
RecordFormat DetectFormat(std::string_view content_start);

// Reads lab-report documents that are neither CSV nor FHIR (PDF reports, scans and photos) into
// one patient. The import library registers one at start-up (import/importer.h:
// RegisterImporterWithRecords); records itself does not depend on import.
using DocumentReader = std::function<Result<PatientRecord>(const std::string& path)>;
void SetDocumentReader(DocumentReader reader);

// True when `content_start` begins like a PDF, PNG, JPEG or TIFF file. Such files go to the
// registered DocumentReader (an error when none is registered).
bool LooksLikeDocument(std::string_view content_start);

// Reads every patient in `path` into memory: one PatientRecord per patient, in input order (a
// CSV file with a `patient` column, or FHIR resources grouped by subject, may hold a cohort).
// `path` "-" reads standard input.
Result<std::vector<PatientRecord>> LoadRecords(const std::string& path,
                                               const ReadOptions& options = {});

// For commands that answer for one person (`ask --records`): the one patient in `path`, or an
// error naming the patients found (see RequireOnePatient in fhir_reader.h).
Result<PatientRecord> LoadOnePatient(const std::string& path, const ReadOptions& options = {});

// Streams the patients of `path` one at a time: `sink` is called with each complete patient, so
// memory stays proportional to one patient's data. Stops at the first error (which `sink` may
// also return) and returns it. Patients already passed to `sink` are not taken back: callers that
// must refuse bad input whole buffer their output until this returns OK.
Status ForEachPatient(const std::string& path, const std::function<Status(PatientRecord&&)>& sink,
                      const ReadOptions& options = {});

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_LOAD_H_
