// The CSV reader's state (csv_reader.h), shared by the files that implement it: the patients
// and their rows (csv_reader.cc) and the lines, fields and header of the file (csv_lines.cc).
// Internal to src/records.
#ifndef ONCOGUIDE_SRC_RECORDS_CSV_READER_INTERNAL_H_
#define ONCOGUIDE_SRC_RECORDS_CSV_READER_INTERNAL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/common/id_set.h"
#include "oncoguide/common/status.h"
#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/lab_date.h"
#include "oncoguide/records/record.h"

namespace oncoguide::records {
namespace internal {

// The columns a CSV record may have, by their header names.
enum Column { kPatient, kDate, kTest, kValue, kUnit, kRefLow, kRefHigh, kNote, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "patient", "date", "test", "value", "unit", "ref_low", "ref_high", "note"};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// True for the names labs give the serum free light chain ratio (folded like test names: lower
// case, runs of spaces, '-' and '_' as one space).
bool IsFlcRatioName(std::string_view test);

// A lab's kappa/lambda ratio row, checked against the patient's kappa and lambda when the patient
// is complete.
struct RatioRow {
  Date date;
  double value = 0;
  std::int64_t line = 0;
};

}  // namespace internal

// Reads one patient's rows at a time (see CsvPatientReader). Not thread-safe.
class CsvPatientReader::Impl {
 public:
  Impl(std::istream& in, std::string source, ReadOptions options)
      : in_(in), source_(std::move(source)), options_(options) {
    buffer_.resize(kMaxCsvLineBytes + 1);
  }

  Result<bool> Next(PatientRecord* out);

  std::int64_t rows() const { return rows_; }

 private:
  // One data row: an observation, or a row that is listed as ignored (and maybe a ratio).
  struct Row {
    Observation obs;
    std::string ignored;  // non-empty: the row is not read, this is why
    std::optional<internal::RatioRow> ratio;
  };

  static void Take(Row&& row, PatientRecord* out);

  // A lab's ratio that differs from kappa/lambda of the same date by more than rounding (5% or
  // 0.01) is a note: one of the three values may be mistyped.
  void CheckRatios(PatientRecord* out);

  Status Error(std::string cause, std::string hint) const;

  // Reads one physical line (without its end) into line_, at most kMaxCsvLineBytes long.
  // Returns false at end of input.
  Result<bool> GetLine();

  // Reads the next non-blank line into line_ and splits it into fields_; before the header, lines
  // starting with '#' are comments. Returns false at end of input.
  Result<bool> ReadLine();

  Status Split();

  Status CheckFieldLengths() const;

  // Maps the header's names to columns with separator `delim`. False when the split does not give
  // the required columns.
  bool TryHeader(char delim);

  Status ReadHeader();

  // The field of column `c` without surrounding spaces ("" when the column is absent).
  std::string_view Field(internal::Column c) const;

  // A number field with a decimal comma read as a point, in ';' and tab separated files.
  std::string_view Decimal(std::string_view f);

  Status RowError(const Status& s) const;

  // Reads one data row into row_ / row_patient_. Returns false at end of input.
  Result<bool> ReadRow();

  // A row whose value says there is no result ("", "not done", "QNS"): listed with its line and
  // the note that explains it, never read as a value.
  Result<bool> NoResultRow(std::string_view test);

  // A row for a test oncoguide does not use: listed with its line; a ratio is kept for checking.
  Result<bool> IgnoredRow(std::string_view test);

  std::istream& in_;
  std::string source_;
  ReadOptions options_;
  std::string buffer_;
  std::string line_;
  std::string unquoted_;
  std::string decimal_;
  std::vector<std::string_view> fields_;
  std::array<int, internal::kColumnCount> index_{};
  char delim_ = ',';
  size_t columns_ = 0;
  std::int64_t line_no_ = 0;
  std::int64_t rows_ = 0;
  bool header_read_ = false;
  bool eof_ = false;
  Row row_;
  std::string row_patient_;
  std::optional<Row> pending_;
  std::string pending_patient_;
  IdSet finished_;
  std::vector<internal::RatioRow> ratios_;
  DateOrder seen_order_ = DateOrder::kUnknown;
  std::string last_date_text_;
  std::optional<Date> last_date_;
  std::unordered_map<std::string, std::optional<Analyte>, internal::StringHash, std::equal_to<>>
      test_cache_;
};

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_SRC_RECORDS_CSV_READER_INTERNAL_H_
