#include "oncoguide/records/csv_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/records/values.h"

namespace oncoguide {
namespace {

enum Column { kPatient, kDate, kTest, kValue, kUnit, kRefLow, kRefHigh, kNote, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "patient", "date", "test", "value", "unit", "ref_low", "ref_high", "note"};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

bool MarksSpurious(std::string_view note) {
  std::string lower(note);
  for (char& c : lower) c = AsciiLower(c);
  return lower.find("spurious") != std::string::npos ||
         lower.find("lab error") != std::string::npos ||
         lower.find("laboratory error") != std::string::npos;
}

// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF): the text that
// reaches JSON output must be valid, or serialising it throws.
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (s.size() - i <= n) return false;
    for (size_t k = 1; k <= n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return false;
    }
    i += n + 1;
  }
  return true;
}

// The ids of the patients already read, to refuse a patient whose rows reappear after other
// patients. Exact (every lookup compares the whole id, so a valid file is never refused) and
// compact, as it grows with the number of patients in a cohort: the ids are stored back to back
// in one arena (length-prefixed) and an open-addressing table holds their arena offsets, about
// 20-35 bytes per patient instead of ~70 for an unordered_set<std::string> node.
class IdSet {
 public:
  // Adds `id`; returns false when it was already there.
  bool Insert(std::string_view id) {
    if ((size_ + 1) * 10 > slots_.size() * 7) Grow();
    size_t i = Find(id);
    if (slots_[i] != 0) return false;
    slots_[i] = arena_.size() + 1;
    size_t n = id.size();
    do {  // LEB128 length
      arena_.push_back(static_cast<char>((n & 0x7F) | (n > 0x7F ? 0x80 : 0)));
      n >>= 7;
    } while (n != 0);
    arena_.append(id);
    ++size_;
    return true;
  }

  bool Contains(std::string_view id) const { return !slots_.empty() && slots_[Find(id)] != 0; }

 private:
  std::string_view IdAt(uint64_t slot) const {
    size_t pos = static_cast<size_t>(slot - 1);
    size_t n = 0;
    for (int shift = 0;; shift += 7) {
      const auto b = static_cast<unsigned char>(arena_[pos++]);
      n |= static_cast<size_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) break;
    }
    return std::string_view(arena_).substr(pos, n);
  }

  // The slot holding `id`, or the empty slot where it would go.
  size_t Find(std::string_view id) const {
    const size_t mask = slots_.size() - 1;
    size_t i = std::hash<std::string_view>()(id) & mask;
    while (slots_[i] != 0 && IdAt(slots_[i]) != id) i = (i + 1) & mask;
    return i;
  }

  void Grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
    const size_t mask = slots_.size() - 1;
    for (uint64_t v : old) {
      if (v == 0) continue;
      size_t i = std::hash<std::string_view>()(IdAt(v)) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = v;
    }
  }

  std::string arena_;
  std::vector<uint64_t> slots_;  // 0: empty; else the id's arena offset + 1
  size_t size_ = 0;
};

}  // namespace

class CsvPatientReader::Impl {
 public:
  Impl(std::istream& in, std::string source) : in_(in), source_(std::move(source)) {}

  Result<bool> Next(PatientRecord* out) {
    out->patient_id.clear();
    out->observations.clear();
    out->ignored.clear();
    out->source = source_;
    out->from_fhir = false;
    if (!header_read_) {
      Status s = ReadHeader();
      if (!s.ok()) return s;
      header_read_ = true;
    }
    if (pending_) {
      out->patient_id = pending_patient_;
      out->observations.push_back(std::move(*pending_));
      pending_.reset();
    } else if (eof_) {
      return false;
    }
    bool have_patient = !out->observations.empty();
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
          return Status::Invalid(
              fmt::format("patient '{}' appears again after other patients", row_patient_),
              "group each patient's rows together (sort the file by patient)",
              SourceLocation{source_, line_no_, {}});
        }
        pending_ = std::move(row_);
        pending_patient_ = row_patient_;
        break;
      }
      out->observations.push_back(std::move(row_));
    }
    if (!have_patient) return false;
    // Files are usually in date order already; the (stable) sort would then change nothing.
    const auto by_date = [](const Observation& a, const Observation& b) { return a.date < b.date; };
    if (!std::is_sorted(out->observations.begin(), out->observations.end(), by_date)) {
      out->SortByDate();
    }
    return true;
  }

  long rows() const { return rows_; }

 private:
  Status Error(std::string cause, std::string hint) const {
    return Status::Invalid(std::move(cause), std::move(hint),
                           SourceLocation{source_, line_no_, {}});
  }

  // Reads the next non-blank, non-comment line into line_ and splits it into fields_.
  // Returns false at end of input.
  Result<bool> ReadLine() {
    while (std::getline(in_, line_)) {
      ++line_no_;
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      if (line_no_ == 1 && line_.rfind("\xEF\xBB\xBF", 0) == 0) line_.erase(0, 3);
      if (line_.empty() || line_[0] == '#') continue;
      if (line_.find_first_not_of(" \t,") == std::string::npos) continue;
      OG_RETURN_IF_ERROR(Split());
      return true;
    }
    if (in_.bad()) return Status::IoError(fmt::format("{}: read failed", source_));
    return false;
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
      if (*p == ',') {
        fields_.emplace_back(start, static_cast<size_t>(p - start));
        start = p + 1;
      } else if (*p == '"') {
        quoted = true;
        break;
      }
    }
    if (!quoted) {
      fields_.emplace_back(start, static_cast<size_t>(end - start));
      return Status::Ok();
    }
    fields_.clear();
    // Quoted fields: unquote into unquoted_ storage (stable until the next line).
    unquoted_.clear();
    unquoted_.reserve(s.size());
    std::vector<std::pair<size_t, size_t>> spans;
    size_t i = 0;
    while (true) {
      size_t begin = unquoted_.size();
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
        if (i < s.size() && s[i] != ',') {
          return Error("unexpected text after a closing quote",
                       "write \"\" for a quote inside a quoted field");
        }
      } else {
        while (i < s.size() && s[i] != ',') unquoted_.push_back(s[i++]);
      }
      spans.emplace_back(begin, unquoted_.size() - begin);
      if (i >= s.size()) break;
      ++i;  // the comma
    }
    for (auto [b, n] : spans) fields_.push_back(std::string_view(unquoted_).substr(b, n));
    return Status::Ok();
  }

  Status ReadHeader() {
    Result<bool> got = ReadLine();
    if (!got.ok()) return got.status();
    if (!*got) {
      return Status::Invalid(fmt::format("{} is empty", source_),
                             "a CSV record starts with the header line date,test,value,unit");
    }
    index_.fill(-1);
    for (size_t i = 0; i < fields_.size(); ++i) {
      std::string name(fields_[i]);
      for (char& c : name) c = AsciiLower(c);
      while (!name.empty() && name.back() == ' ') name.pop_back();
      while (!name.empty() && name.front() == ' ') name.erase(0, 1);
      int col = -1;
      for (int c = 0; c < kColumnCount; ++c) {
        if (kColumnNames[c] == name) col = c;
      }
      if (col < 0) {
        return Error(fmt::format("unknown column '{}' in the header", fields_[i]),
                     "the columns are date, test, value, unit and optionally patient, ref_low, "
                     "ref_high, note");
      }
      if (index_[col] >= 0) {
        return Error(fmt::format("column '{}' appears twice", name),
                     "name each column once in the header");
      }
      index_[col] = static_cast<int>(i);
    }
    for (Column c : {kDate, kTest, kValue, kUnit}) {
      if (index_[c] < 0) {
        return Error(fmt::format("the header has no '{}' column", kColumnNames[c]),
                     "the first line must name the columns, e.g. date,test,value,unit");
      }
    }
    columns_ = fields_.size();
    return Status::Ok();
  }

  // The field of column `c` without surrounding spaces ("" when the column is absent).
  std::string_view Field(Column c) const {
    if (index_[c] < 0) return {};
    std::string_view f = fields_[index_[c]];
    while (!f.empty() && (f.front() == ' ' || f.front() == '\t')) f.remove_prefix(1);
    while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.remove_suffix(1);
    return f;
  }

  // Reads one data row into row_ / row_patient_. Returns false at end of input.
  Result<bool> ReadRow() {
    Result<bool> got = ReadLine();
    if (!got.ok() || !*got) return got;
    if (fields_.size() != columns_) {
      return Error(fmt::format("expected {} fields, found {}", columns_, fields_.size()),
                   "quote a field that contains a comma, e.g. \"VRd, cycle 1\"");
    }
    ++rows_;
    row_ = Observation();
    row_.line = line_no_;
    if (index_[kPatient] >= 0) {
      std::string_view p = Field(kPatient);
      if (p.empty()) return Error("the patient field is empty", "give every row a patient id");
      if (!IsValidUtf8(p)) {
        return Error("the patient id is not valid UTF-8 text",
                     "save the file as UTF-8 (e.g. \"CSV UTF-8\" in a spreadsheet)");
      }
      row_patient_.assign(p);
    }
    // Date (the previous row's date is reused when the text is the same).
    std::string_view date = Field(kDate);
    if (date != last_date_text_ || !last_date_) {
      last_date_ = Date::Parse(date);
      last_date_text_.assign(date);
      if (!last_date_) {
        return Error(fmt::format("date '{}' is not a valid ISO 8601 date", date),
                     "write dates as YYYY-MM-DD, e.g. 2024-03-05 (a time part may follow)");
      }
    }
    row_.date = *last_date_;
    // Test name (cached by spelling).
    std::string_view test = Field(kTest);
    auto it = test_cache_.find(test);
    if (it == test_cache_.end()) {
      std::optional<Analyte> a = AnalyteFromName(test);
      if (!a) {
        return Error(fmt::format("unknown test '{}'", test),
                     "use a canonical name such as serum_m_protein, urine_m_protein, kappa_flc, "
                     "lambda_flc, serum_ife, therapy_start (see the README for all names and "
                     "synonyms)");
      }
      it = test_cache_.emplace(std::string(test), *a).first;
    }
    row_.analyte = it->second;
    Status s = ParseValue(Field(kValue), Field(kUnit), &row_);
    if (!s.ok()) return s.WithLocation(SourceLocation{source_, line_no_, {}});
    if (!IsValidUtf8(row_.text)) {
      return Error(fmt::format("the {} value is not valid UTF-8 text", Name(row_.analyte)),
                   "save the file as UTF-8 (e.g. \"CSV UTF-8\" in a spreadsheet)");
    }
    for (Column c : {kRefLow, kRefHigh}) {
      std::string_view bound = Field(c);
      if (bound.empty()) continue;
      Result<double> v = ParseRefBound(row_.analyte, bound, Field(kUnit), kColumnNames[c]);
      if (!v.ok()) return v.status().WithLocation(SourceLocation{source_, line_no_, {}});
      (c == kRefLow ? row_.ref_low : row_.ref_high) = *v;
    }
    std::string_view note = Field(kNote);
    if (!note.empty()) {
      row_.note.assign(note);
      row_.spurious = MarksSpurious(note);
    }
    return true;
  }

  std::istream& in_;
  std::string source_;
  std::string line_;
  std::string unquoted_;
  std::vector<std::string_view> fields_;
  std::array<int, kColumnCount> index_{};
  size_t columns_ = 0;
  int line_no_ = 0;
  long rows_ = 0;
  bool header_read_ = false;
  bool eof_ = false;
  Observation row_;
  std::string row_patient_;
  std::optional<Observation> pending_;
  std::string pending_patient_;
  IdSet finished_;
  std::string last_date_text_;
  std::optional<Date> last_date_;
  std::unordered_map<std::string, Analyte, StringHash, std::equal_to<>> test_cache_;
};

CsvPatientReader::CsvPatientReader(std::istream& in, std::string source)
    : impl_(std::make_unique<Impl>(in, std::move(source))) {}
CsvPatientReader::~CsvPatientReader() = default;
Result<bool> CsvPatientReader::Next(PatientRecord* out) { return impl_->Next(out); }
long CsvPatientReader::rows() const { return impl_->rows(); }

}  // namespace oncoguide
