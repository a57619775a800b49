// Status and Result<T>: errors as values.
//
// Every parser and engine in oncoguide returns a Status (success or an error) or a Result<T>
// (a value or an error). An error carries:
//   - a code (what kind of failure),
//   - the cause, in one sentence a user can read ("unit 'mg' is not a unit for serum_m_protein"),
//   - the location: file name plus CSV line number, or FHIR path (Bundle.entry[3].resource...),
//   - a hint that says how to fix the input.
// Status::ToString() renders all of these in the form printed by the CLI:
//   "labs.csv:12: unknown unit 'mg' for serum_m_protein. Hint: use g/dL or g/L."
#ifndef ONCOGUIDE_COMMON_STATUS_H_
#define ONCOGUIDE_COMMON_STATUS_H_

#include <cassert>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace oncoguide {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // The input is malformed or violates a rule.
  kNotFound,         // A file or an entry does not exist.
  kIoError,          // Reading or writing failed.
  kFailedPrecondition,
  kUnavailable,  // A service the call needs (the database) is unreachable now; retry later.
};

// Where in the input an error was found. Any field may be empty / zero.
struct SourceLocation {
  std::string file;       // Path of the input file.
  std::int64_t line = 0;  // 1-based line number (CSV, NDJSON); 0 when not applicable.
  std::string path;       // FHIR path such as "Bundle.entry[2].resource.valueQuantity.unit".

  std::string ToString() const;
};

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string cause, std::string hint = {}, SourceLocation where = {})
      : code_(code), cause_(std::move(cause)), hint_(std::move(hint)), where_(std::move(where)) {}

  static Status Ok() { return Status(); }
  static Status Invalid(std::string cause, std::string hint = {}, SourceLocation where = {}) {
    return Status(StatusCode::kInvalidArgument, std::move(cause), std::move(hint),
                  std::move(where));
  }
  static Status NotFound(std::string cause, std::string hint = {}) {
    return Status(StatusCode::kNotFound, std::move(cause), std::move(hint));
  }
  static Status IoError(std::string cause, std::string hint = {}) {
    return Status(StatusCode::kIoError, std::move(cause), std::move(hint));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& cause() const { return cause_; }
  const std::string& hint() const { return hint_; }
  const SourceLocation& where() const { return where_; }

  // Returns a copy whose location is `where`, keeping any field `where` leaves empty.
  Status WithLocation(const SourceLocation& where) const;

  // "file:line: cause. Hint: hint" (parts that are empty are left out).
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string cause_;
  std::string hint_;
  SourceLocation where_;
};

// A value of type T, or the Status explaining why there is none.
// REQUIRES: a Result is never constructed from an OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(v_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  // The error; an OK status when ok().
  Status status() const { return ok() ? Status() : std::get<Status>(v_); }

  // REQUIRES: ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace oncoguide

#define ONCOGUIDE_CONCAT_INNER_(a, b) a##b
#define ONCOGUIDE_CONCAT_(a, b) ONCOGUIDE_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` (a Status) is not OK.
#define OG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::oncoguide::Status og_status_ = (expr); \
    if (!og_status_.ok()) return og_status_; \
  } while (0)

// Declares `lhs` from a Result expression, or returns its error.
#define OG_ASSIGN_OR_RETURN(lhs, expr) \
  OG_ASSIGN_OR_RETURN_IMPL_(ONCOGUIDE_CONCAT_(og_result_, __LINE__), lhs, expr)
// NOLINTBEGIN(bugprone-macro-parentheses): `lhs` is a declaration, it cannot be parenthesised.
#define OG_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()
// NOLINTEND(bugprone-macro-parentheses)

#endif  // ONCOGUIDE_COMMON_STATUS_H_
