// Streaming reader for lab records in CSV.
//
// Format: a header line naming the columns, in any order:
//   required: date, test, value, unit
//   optional: patient, ref_low, ref_high, note
// `date` is ISO 8601 (a time part is allowed). `test` is a canonical analyte name or a synonym
// (analyte.h), case-insensitive. Fields may be quoted ("..."), with "" for a quote inside; a field
// cannot span lines. Blank lines and lines starting with '#' are skipped. A UTF-8 byte-order mark
// and CRLF line ends are accepted. A note containing "spurious" or "lab error" marks the value as
// a laboratory error (left out of the nadir, IMWG 2016).
//
// A file with a `patient` column may hold a cohort: each patient's rows must be contiguous; a
// patient that reappears after another is an error naming the line.
//
// The reader holds one patient at a time, so memory is proportional to one patient's data. Every
// error names the file, the line, the cause and a hint; the first error ends reading.
#ifndef ONCOGUIDE_RECORDS_CSV_READER_H_
#define ONCOGUIDE_RECORDS_CSV_READER_H_

#include <istream>
#include <memory>
#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide {

class CsvPatientReader {
 public:
  // `in` must outlive the reader. `source` names the file in messages.
  CsvPatientReader(std::istream& in, std::string source);
  ~CsvPatientReader();
  CsvPatientReader(const CsvPatientReader&) = delete;
  CsvPatientReader& operator=(const CsvPatientReader&) = delete;

  // Reads the next patient into *out (replacing its contents). Returns false at end of input
  // (and on an empty file with only a header), true when *out holds a patient.
  Result<bool> Next(PatientRecord* out);

  // Number of data rows read so far.
  long rows() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_RECORDS_CSV_READER_H_
