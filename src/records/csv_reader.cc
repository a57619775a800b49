#include "oncoguide/records/csv_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "oncoguide/common/id_set.h"
#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/duplicates.h"
#include "oncoguide/records/values.h"

namespace oncoguide::records {
namespace {

enum Column { kPatient, kDate, kTest, kValue, kUnit, kRefLow, kRefHigh, kNote, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "patient", "date", "test", "value", "unit", "ref_low", "ref_high", "note"};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Names labs give the serum free light chain ratio (folded like test names: lower case, runs of
// spaces, '-' and '_' as one space).
bool IsFlcRatioName(std::string_view test) {
  std::string t;
  for (char c : test) {
    const char l = AsciiLower(c);
    if (l == ' ' || l == '-' || l == '_') {
      if (!t.empty() && t.back() != ' ') t.push_back(' ');
    } else {
      t.push_back(l);
    }
  }
  while (!t.empty() && t.back() == ' ') t.pop_back();
  static constexpr std::string_view kNames[] = {"kappa/lambda ratio",
                                                "kappa lambda ratio",
                                                "k/l ratio",
                                                "flc ratio",
                                                "free light chain ratio",
                                                "kappa/lambda",
                                                "kappa/lambda flc ratio",
                                                "sflc ratio",
                                                "serum free light chain ratio",
                                                "free kappa/lambda ratio",
                                                "kappa/lambda free ratio",
                                                "kappa:lambda ratio",
                                                "k:l ratio",
                                                "kappa lambda flc ratio"};
  for (std::string_view n : kNames) {
    if (t == n) return true;
  }
  return false;
}

// A lab's kappa/lambda ratio row, checked against the patient's kappa and lambda when the patient
// is complete.
struct RatioRow {
  Date date;
  double value = 0;
  std::int64_t line = 0;
};

}  // namespace

class CsvPatientReader::Impl {
 public:
  Impl(std::istream& in, std::string source, ReadOptions options)
      : in_(in), source_(std::move(source)), options_(options) {
    buffer_.resize(kMaxCsvLineBytes + 1);
  }

  Result<bool> Next(PatientRecord* out) {
    out->patient_id.clear();
    out->observations.clear();
    out->ignored.clear();
    out->notes.clear();
    out->duplicates_collapsed = 0;
    out->source = source_;
    out->from_fhir = false;
    ratios_.clear();
    if (!header_read_) {
      Status s = ReadHeader();
      if (!s.ok()) return s;
      header_read_ = true;
    }
    bool have_patient = false;
    if (pending_) {
      out->patient_id = pending_patient_;
      Take(std::move(*pending_), out);
      pending_.reset();
      have_patient = true;
    } else if (eof_) {
      return false;
    }
    while (true) {
      Result<bool> got = ReadRow();
      if (!got.ok()) return got.status();
      if (!*got) {
        eof_ = true;
        break;
      }
      if (!have_patient) {
        out->patient_id = row_patient_;
        have_patient = true;
      } else if (row_patient_ != out->patient_id) {
        // A new patient starts: keep this row for the next call.
        finished_.Insert(out->patient_id);
        if (finished_.Contains(row_patient_)) {
          return Status::Invalid(fmt::format("patient '{}' appears again after other patients",
                                             EchoForMessage(row_patient_)),
                                 "group each patient's rows together (sort the file by patient)",
                                 SourceLocation{source_, line_no_, {}});
        }
        pending_ = std::move(row_);
        pending_patient_ = row_patient_;
        break;
      }
      Take(std::move(row_), out);
    }
    if (!have_patient) return false;
    // Files are usually in date order already; the (stable) sort would then change nothing.
    const auto by_date = [](const Observation& a, const Observation& b) { return a.date < b.date; };
    if (!std::is_sorted(out->observations.begin(), out->observations.end(), by_date)) {
      out->SortByDate();
    }
    OG_RETURN_IF_ERROR(ResolveSameDate(out));
    CheckRatios(out);
    return true;
  }

  std::int64_t rows() const { return rows_; }

 private:
  // One data row: an observation, or a row that is listed as ignored (and maybe a ratio).
  struct Row {
    Observation obs;
    std::string ignored;  // non-empty: the row is not read, this is why
    std::optional<RatioRow> ratio;
  };

  static void Take(Row&& row, PatientRecord* out) {
    if (row.ignored.empty()) {
      out->observations.push_back(std::move(row.obs));
    } else {
      out->ignored.push_back(std::move(row.ignored));
    }
  }

  // A lab's ratio that differs from kappa/lambda of the same date by more than rounding (5% or
  // 0.01) is a note: one of the three values may be mistyped.
  void CheckRatios(PatientRecord* out) {
    for (const RatioRow& r : ratios_) {
      const Observation* kappa = nullptr;
      const Observation* lambda = nullptr;
      for (const Observation& o : out->observations) {
        if (o.date != r.date || !o.has_value || o.bound != ValueBound::kExact) continue;
        if (o.analyte == Analyte::kKappaFlc) kappa = &o;
        if (o.analyte == Analyte::kLambdaFlc) lambda = &o;
      }
      if (kappa == nullptr || lambda == nullptr || lambda->value <= 0) continue;
      const double computed = kappa->value / lambda->value;
      if (std::abs(computed - r.value) > 0.05 * r.value + 0.01) {
        out->notes.push_back(fmt::format(
            "line {}: the lab's kappa/lambda ratio {} on {} does not match kappa/lambda = {:.2f} "
            "(lines {} and {}); check these three values",
            r.line, r.value, r.date.ToString(), computed, kappa->line, lambda->line));
      }
    }
  }

  Status Error(std::string cause, std::string hint) const {
    return Status::Invalid(std::move(cause), std::move(hint),
                           SourceLocation{source_, line_no_, {}});
  }

  // Reads one physical line (without its end) into line_, at most kMaxCsvLineBytes long.
  // Returns false at end of input.
  Result<bool> GetLine() {
    in_.getline(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    const std::streamsize n = in_.gcount();
    if (in_.bad()) return Status::IoError(fmt::format("{}: read failed", source_));
    if (in_.fail()) {
      if (n == 0) return false;  // end of input
      ++line_no_;
      return Error(fmt::format("the line is longer than {} bytes", kMaxCsvLineBytes),
                   "a lab record line is short; check that this is a CSV file of lab results");
    }
    ++line_no_;
    const size_t len = static_cast<size_t>(n) - (in_.eof() ? 0 : 1);  // without the '\n'
    line_.assign(buffer_.data(), len);
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_no_ == 1 && line_.rfind("\xEF\xBB\xBF", 0) == 0) line_.erase(0, 3);
    return true;
  }

  // Reads the next non-blank line into line_ and splits it into fields_; before the header, lines
  // starting with '#' are comments. Returns false at end of input.
  Result<bool> ReadLine() {
    while (true) {
      Result<bool> got = GetLine();
      if (!got.ok() || !*got) return got;
      if (line_.empty()) continue;
      if (!header_read_ && line_[0] == '#') continue;
      if (line_.find_first_not_of(header_read_ ? std::string{' ', '\t', delim_}
                                               : std::string(" \t,;")) == std::string::npos) {
        continue;
      }
      if (header_read_) OG_RETURN_IF_ERROR(Split());
      return true;
    }
  }

  Status Split() {
    fields_.clear();
    const std::string_view s = line_;
    // Unquoted lines (almost all): one pass over the characters.
    const char* const begin = s.data();
    const char* const end = begin + s.size();
    const char* start = begin;
    bool quoted = false;
    for (const char* p = begin; p != end; ++p) {
      if (*p == delim_) {
        fields_.emplace_back(start, static_cast<size_t>(p - start));
        start = p + 1;
      } else if (*p == '"') {
        quoted = true;
        break;
      }
    }
    if (!quoted) {
      fields_.emplace_back(start, static_cast<size_t>(end - start));
      return CheckFieldLengths();
    }
    fields_.clear();
    // Quoted fields: unquote into unquoted_ storage (stable until the next line).
    unquoted_.clear();
    unquoted_.reserve(s.size());
    std::vector<std::pair<size_t, size_t>> spans;
    size_t i = 0;
    while (true) {
      size_t field_begin = unquoted_.size();
      if (i < s.size() && s[i] == '"') {
        ++i;
        bool closed = false;
        while (i < s.size()) {
          if (s[i] == '"') {
            if (i + 1 < s.size() && s[i + 1] == '"') {
              unquoted_.push_back('"');
              i += 2;
              continue;
            }
            closed = true;
            ++i;
            break;
          }
          unquoted_.push_back(s[i++]);
        }
        if (!closed) {
          return Error("a quoted field is not closed",
                       "close the quote on the same line; a field cannot span lines");
        }
        if (i < s.size() && s[i] != delim_) {
          return Error("unexpected text after a closing quote",
                       "write \"\" for a quote inside a quoted field");
        }
      } else {
        while (i < s.size() && s[i] != delim_) unquoted_.push_back(s[i++]);
      }
      spans.emplace_back(field_begin, unquoted_.size() - field_begin);
      if (i >= s.size()) break;
      ++i;  // the separator
    }
    for (auto [b, n] : spans) fields_.push_back(std::string_view(unquoted_).substr(b, n));
    return CheckFieldLengths();
  }

  Status CheckFieldLengths() const {
    for (size_t i = 0; i < fields_.size(); ++i) {
      if (fields_[i].size() > kMaxCsvFieldBytes) {
        return Error(fmt::format("field {} is {} bytes long, more than the limit of {}", i + 1,
                                 fields_[i].size(), kMaxCsvFieldBytes),
                     "a lab value, test name or note is short; check the file");
      }
    }
    return Status::Ok();
  }

  // Maps the header's names to columns with separator `delim`. False when the split does not give
  // the required columns.
  bool TryHeader(char delim) {
    delim_ = delim;
    header_read_ = true;  // Split() and Field() as for data
    Status split = Split();
    header_read_ = false;
    if (!split.ok()) return false;
    index_.fill(-1);
    for (size_t i = 0; i < fields_.size(); ++i) {
      std::string name = AsciiLower(TrimSpaces(fields_[i]));
      for (int c = 0; c < kColumnCount; ++c) {
        if (kColumnNames[c] == name && index_[c] < 0) index_[c] = static_cast<int>(i);
      }
    }
    for (Column c : {kDate, kTest, kValue, kUnit}) {
      if (index_[c] < 0) return false;
    }
    return true;
  }

  Status ReadHeader() {
    Result<bool> got = ReadLine();
    if (!got.ok()) return got.status();
    if (!*got) {
      return Status::Invalid(fmt::format("{} is empty", source_),
                             "a CSV record starts with the header line date,test,value,unit");
    }
    // The separator is the one that splits the header into the required columns.
    if (!TryHeader(',') && !TryHeader(';') && !TryHeader('\t')) {
      // Say what is wrong with the best-looking split.
      const char best = line_.find(';') != std::string::npos    ? ';'
                        : line_.find('\t') != std::string::npos ? '\t'
                                                                : ',';
      TryHeader(best);
      for (Column c : {kDate, kTest, kValue, kUnit}) {
        if (index_[c] < 0) {
          return Error(
              fmt::format("the header has no '{}' column (first line: '{}')", kColumnNames[c],
                          EchoForMessage(line_)),
              "the first line must name the columns, e.g. date,test,value,unit (',' ';' or tab "
              "separated); optional columns: patient, ref_low, ref_high, note");
        }
      }
    }
    for (size_t i = 0; i < fields_.size(); ++i) {
      std::string name = AsciiLower(TrimSpaces(fields_[i]));
      int col = -1;
      for (int c = 0; c < kColumnCount; ++c) {
        if (kColumnNames[c] == name) col = c;
      }
      if (col < 0) {
        return Error(fmt::format("unknown column '{}' in the header", EchoForMessage(fields_[i])),
                     "the columns are date, test, value, unit and optionally patient, ref_low, "
                     "ref_high, note");
      }
      if (index_[col] != static_cast<int>(i)) {
        return Error(fmt::format("column '{}' appears twice", name),
                     "name each column once in the header");
      }
    }
    columns_ = fields_.size();
    return Status::Ok();
  }

  // The field of column `c` without surrounding spaces ("" when the column is absent).
  std::string_view Field(Column c) const {
    if (index_[c] < 0) return {};
    return TrimSpaces(fields_[index_[c]]);
  }

  // A number field with a decimal comma read as a point, in ';' and tab separated files.
  std::string_view Decimal(std::string_view f) {
    if (delim_ == ',' || f.find(',') == std::string_view::npos) return f;
    decimal_.assign(f);
    for (char& c : decimal_) {
      if (c == ',') c = '.';
    }
    return decimal_;
  }

  Status RowError(const Status& s) const {
    return s.WithLocation(SourceLocation{source_, line_no_, {}});
  }

  // Reads one data row into row_ / row_patient_. Returns false at end of input.
  Result<bool> ReadRow() {
    Result<bool> got = ReadLine();
    if (!got.ok() || !*got) return got;
    if (fields_.size() != columns_) {
      return Error(fmt::format("expected {} fields, found {}", columns_, fields_.size()),
                   delim_ == ',' ? "quote a field that contains a comma, e.g. \"VRd, cycle 1\""
                                 : "give every row the header's columns");
    }
    ++rows_;
    row_ = Row();
    Observation& obs = row_.obs;
    obs.line = line_no_;
    if (index_[kPatient] >= 0) {
      std::string_view p = Field(kPatient);
      if (p.empty()) return Error("the patient field is empty", "give every row a patient id");
      if (!IsValidUtf8(p)) {
        return Error("the patient id is not valid UTF-8 text",
                     "save the file as UTF-8 (e.g. \"CSV UTF-8\" in a spreadsheet)");
      }
      row_patient_.assign(p);
    }
    // Test name (cached by spelling). A test oncoguide does not use is listed, not read.
    std::string_view test = Field(kTest);
    auto it = test_cache_.find(test);
    if (it == test_cache_.end()) {
      it = test_cache_.emplace(std::string(test), AnalyteFromName(test)).first;
    }
    if (!it->second) return IgnoredRow(test);
    obs.analyte = *it->second;
    // Date (the previous row's date is reused when the text is the same).
    std::string_view date = Field(kDate);
    if (date != last_date_text_ || !last_date_) {
      last_date_.reset();
      last_date_text_.assign(date);
      Result<Date> d = ParseLabDate(date, options_.date_order, &seen_order_);
      if (!d.ok()) return RowError(d.status());
      OG_RETURN_IF_ERROR(RowError(CheckNotFuture(*d, options_)));
      last_date_ = *d;
    }
    obs.date = *last_date_;
    if (IsNoResult(Field(kValue)) && Info(obs.analyte).kind != ValueKind::kText) {
      return NoResultRow(test);
    }
    const std::string_view unit = Field(kUnit);
    Status s = ParseValue(Decimal(Field(kValue)), unit, &obs);
    if (!s.ok()) return RowError(s);
    if (!IsValidUtf8(obs.text)) {
      return Error(fmt::format("the {} value is not valid UTF-8 text", Name(obs.analyte)),
                   "save the file as UTF-8 (e.g. \"CSV UTF-8\" in a spreadsheet)");
    }
    for (Column c : {kRefLow, kRefHigh}) {
      std::string_view bound = Field(c);
      if (bound.empty()) continue;
      Result<double> v = ParseRefBound(obs.analyte, Decimal(bound), unit, kColumnNames[c]);
      if (!v.ok()) return RowError(v.status());
      (c == kRefLow ? obs.ref_low : obs.ref_high) = *v;
    }
    std::string_view note = Field(kNote);
    if (!note.empty()) {
      if (!IsValidUtf8(note)) {
        return Error("the note is not valid UTF-8 text",
                     "save the file as UTF-8 (e.g. \"CSV UTF-8\" in a spreadsheet)");
      }
      obs.note.assign(note);
      obs.spurious = MarksLabError(note);
      obs.corrected = NoteMarksCorrection(note);
    }
    return true;
  }

  // A row whose value says there is no result ("", "not done", "QNS"): listed with its line and
  // the note that explains it, never read as a value.
  Result<bool> NoResultRow(std::string_view test) {
    const std::string_view value = Field(kValue);
    const std::string_view note = Field(kNote);
    row_.ignored = fmt::format("line {}: no {} result{}{}", line_no_, EchoForMessage(test, 40),
                               value.empty() ? "" : " ('" + EchoForMessage(value, 40) + "')",
                               note.empty() ? "" : ": " + EchoForMessage(note, 80));
    return true;
  }

  // A row for a test oncoguide does not use: listed with its line; a ratio is kept for checking.
  Result<bool> IgnoredRow(std::string_view test) {
    const std::string name = EchoForMessage(test, 40);
    if (IsFlcRatioName(test)) {
      row_.ignored = fmt::format(
          "line {}: '{}' is computed by oncoguide from kappa and lambda, not read", line_no_, name);
      DateOrder scratch = seen_order_;
      Result<Date> d = ParseLabDate(Field(kDate), options_.date_order, &scratch);
      Result<LabNumber> v = ParseLabNumber(Decimal(Field(kValue)), "ratio");
      if (d.ok() && v.ok() && v->bound == ValueBound::kExact) {
        ratios_.push_back(RatioRow{*d, v->value, line_no_});
      }
    } else {
      row_.ignored = fmt::format("line {}: '{}' is not a test oncoguide uses", line_no_, name);
    }
    return true;
  }

  std::istream& in_;
  std::string source_;
  ReadOptions options_;
  std::string buffer_;
  std::string line_;
  std::string unquoted_;
  std::string decimal_;
  std::vector<std::string_view> fields_;
  std::array<int, kColumnCount> index_{};
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
  std::vector<RatioRow> ratios_;
  DateOrder seen_order_ = DateOrder::kUnknown;
  std::string last_date_text_;
  std::optional<Date> last_date_;
  std::unordered_map<std::string, std::optional<Analyte>, StringHash, std::equal_to<>> test_cache_;
};

CsvPatientReader::CsvPatientReader(std::istream& in, std::string source, ReadOptions options)
    : impl_(std::make_unique<Impl>(in, std::move(source), options)) {}
CsvPatientReader::~CsvPatientReader() = default;
Result<bool> CsvPatientReader::Next(PatientRecord* out) { return impl_->Next(out); }
std::int64_t CsvPatientReader::rows() const { return impl_->rows(); }

}  // namespace oncoguide::records
