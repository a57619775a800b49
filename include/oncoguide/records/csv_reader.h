// Streaming reader for lab records in CSV (and the ';' or tab separated text that spreadsheets
// export).
//
// Format: a header line naming the columns, in any order:
//   required: date, test, value, unit
//   optional: patient, ref_low, ref_high, note
// The separator is found from the header: ',' (fields may be quoted "...", with "" for a quote
// inside), ';' or tab. With ';' or tab a decimal comma is read as a decimal point ("0,8" = 0.8),
// as spreadsheets in most of Europe write it. Dates: see lab_date.h (ISO 8601, 2024/03/15,
// 2024-3-5, 15.03.2024, and year-last slashed dates when their order is certain). `test` is a
// canonical analyte name or a synonym (analyte.h), case-insensitive. Values: see values.h
// (limits "<0.1", ">500", "trace", "not detected", IFE wording, flags "1.2 H").
//
// Lines starting with '#' before the header are comments; after the header every line is data
// (a patient id may start with '#'). Blank lines are skipped. A UTF-8 byte-order mark and CRLF
// line ends are accepted. A note containing "spurious" or "lab error" marks the value as a
// laboratory error (left out of the nadir, IMWG 2016); "corrected" or "amended" marks it as the
// correction of a same-date value (duplicates.h).
//
// Rows for tests oncoguide does not use (sodium, IgG, CBC, unknown names) and a lab's
// kappa/lambda ratio are not read: each is listed in PatientRecord::ignored with its line, and
// only a row for a test oncoguide uses can make the file fail. A ratio row is checked against
// kappa/lambda of the same date; a mismatch is a note (PatientRecord::notes).
//
// A file with a `patient` column may hold a cohort: each patient's rows must be contiguous; a
// patient that reappears after another is an error naming the line.
//
// The reader holds one patient at a time, so memory is proportional to one patient's data; a line
// is at most kMaxCsvLineBytes and a field at most kMaxCsvFieldBytes (longer is a clear error).
// Every error names the file, the line, the cause and a hint; the first error ends reading.
#ifndef ONCOGUIDE_RECORDS_CSV_READER_H_
#define ONCOGUIDE_RECORDS_CSV_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/records/lab_date.h"
#include "oncoguide/records/record.h"

namespace oncoguide::records {

inline constexpr size_t kMaxCsvLineBytes = 64 * 1024;
inline constexpr size_t kMaxCsvFieldBytes = 4096;

class CsvPatientReader {
 public:
  // `in` must outlive the reader. `source` names the file in messages.
  CsvPatientReader(std::istream& in, std::string source, ReadOptions options = {});
  ~CsvPatientReader();
  CsvPatientReader(const CsvPatientReader&) = delete;
  CsvPatientReader& operator=(const CsvPatientReader&) = delete;

  // Reads the next patient into *out (replacing its contents). Returns false at end of input
  // (and on an empty file with only a header), true when *out holds a patient.
  Result<bool> Next(PatientRecord* out);

  // Number of data rows read so far (ignored rows included).
  std::int64_t rows() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_CSV_READER_H_
