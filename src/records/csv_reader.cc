// The CSV reader (csv_reader.h): one patient's rows at a time, each row read into an
// observation (or listed as not read, with its line), and a lab's kappa/lambda ratio checked
// against the patient's kappa and lambda.
#include "oncoguide/records/csv_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "csv_reader_internal.h"
#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"
#include "oncoguide/records/duplicates.h"
#include "oncoguide/records/values.h"

namespace oncoguide::records {

using internal::Column;
using enum internal::Column;
using internal::IsFlcRatioName;
using internal::kColumnNames;
using internal::RatioRow;

namespace internal {

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

}  // namespace internal

Result<bool> CsvPatientReader::Impl::Next(PatientRecord* out) {
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

void CsvPatientReader::Impl::Take(Row&& row, PatientRecord* out) {
  if (row.ignored.empty()) {
    out->observations.push_back(std::move(row.obs));
  } else {
    out->ignored.push_back(std::move(row.ignored));
  }
}

void CsvPatientReader::Impl::CheckRatios(PatientRecord* out) {
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

Result<bool> CsvPatientReader::Impl::ReadRow() {
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

Result<bool> CsvPatientReader::Impl::NoResultRow(std::string_view test) {
  const std::string_view value = Field(kValue);
  const std::string_view note = Field(kNote);
  row_.ignored = fmt::format("line {}: no {} result{}{}", line_no_, EchoForMessage(test, 40),
                             value.empty() ? "" : " ('" + EchoForMessage(value, 40) + "')",
                             note.empty() ? "" : ": " + EchoForMessage(note, 80));
  return true;
}

Result<bool> CsvPatientReader::Impl::IgnoredRow(std::string_view test) {
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

CsvPatientReader::CsvPatientReader(std::istream& in, std::string source, ReadOptions options)
    : impl_(std::make_unique<Impl>(in, std::move(source), options)) {}
CsvPatientReader::~CsvPatientReader() = default;
Result<bool> CsvPatientReader::Next(PatientRecord* out) { return impl_->Next(out); }
std::int64_t CsvPatientReader::rows() const { return impl_->rows(); }

}  // namespace oncoguide::records
