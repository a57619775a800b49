// The CSV reader's lines (csv_reader_internal.h): physical lines of bounded length, fields split
// at the separator with quotes undone, and the header that names the columns and decides the
// separator.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "csv_reader_internal.h"
#include "oncoguide/common/text.h"
#include "oncoguide/common/utf8.h"

namespace oncoguide::records {

using internal::Column;
using enum internal::Column;
using internal::kColumnNames;

Status CsvPatientReader::Impl::Error(std::string cause, std::string hint) const {
  return Status::Invalid(std::move(cause), std::move(hint), SourceLocation{source_, line_no_, {}});
}

Result<bool> CsvPatientReader::Impl::GetLine() {
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

Result<bool> CsvPatientReader::Impl::ReadLine() {
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

Status CsvPatientReader::Impl::Split() {
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

Status CsvPatientReader::Impl::CheckFieldLengths() const {
  for (size_t i = 0; i < fields_.size(); ++i) {
    if (fields_[i].size() > kMaxCsvFieldBytes) {
      return Error(fmt::format("field {} is {} bytes long, more than the limit of {}", i + 1,
                               fields_[i].size(), kMaxCsvFieldBytes),
                   "a lab value, test name or note is short; check the file");
    }
  }
  return Status::Ok();
}

bool CsvPatientReader::Impl::TryHeader(char delim) {
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

Status CsvPatientReader::Impl::ReadHeader() {
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

std::string_view CsvPatientReader::Impl::Field(Column c) const {
  if (index_[c] < 0) return {};
  return TrimSpaces(fields_[index_[c]]);
}

std::string_view CsvPatientReader::Impl::Decimal(std::string_view f) {
  if (delim_ == ',' || f.find(',') == std::string_view::npos) return f;
  decimal_.assign(f);
  for (char& c : decimal_) {
    if (c == ',') c = '.';
  }
  return decimal_;
}

Status CsvPatientReader::Impl::RowError(const Status& s) const {
  return s.WithLocation(SourceLocation{source_, line_no_, {}});
}

}  // namespace oncoguide::records
