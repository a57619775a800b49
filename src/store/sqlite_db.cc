#include "sqlite_db.h"

#include <fmt/format.h>

#include <cerrno>

namespace oncoguide::store::internal {

// A disk that is full (or a file-size limit), read-only or failing fails the write whole: SQLite
// rolls the statement's transaction back, so the request can be retried once the disk is
// mended. These are kUnavailable (the server answers 503) with their own cause; SQLite does not
// always keep the system error (errno), so a failed write without one says what it may be. Other
// failures are I/O errors naming SQLite's extended code.
Status SqliteError(sqlite3* db, std::string_view what) {
  const int code = sqlite3_extended_errcode(db);
  const int sys = sqlite3_system_errno(db);
  const char* msg = sqlite3_errmsg(db);
  const int primary = code & 0xff;
  if (primary == SQLITE_CONSTRAINT) {
    return Status(StatusCode::kFailedPrecondition, fmt::format("{}: {}", what, msg));
  }
  const bool io = primary == SQLITE_IOERR;
  const char* fault = nullptr;
  if (primary == SQLITE_FULL || (io && (sys == ENOSPC || sys == EFBIG || sys == EDQUOT))) {
    fault = "the database disk is full";
  } else if (primary == SQLITE_READONLY || (io && sys == EROFS)) {
    fault = "the database is read-only";
  } else if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC ||
             code == SQLITE_IOERR_TRUNCATE || code == SQLITE_IOERR_DIR_FSYNC ||
             code == SQLITE_IOERR_SHMSIZE) {
    fault = "the database disk refused a write (it is full, read-only or failing)";
  }
  if (fault != nullptr) {
    return Status(StatusCode::kUnavailable,
                  fmt::format("{}: nothing can be saved right now ({}: {})", fault, what, msg),
                  "free space on the data directory's disk, or make it writable again; nothing "
                  "was changed, so the request can be retried then");
  }
  return Status::IoError(fmt::format("{}: {} (SQLite code {})", what, msg, code),
                         "check the data directory's free space and permissions");
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
      SQLITE_OK) {
    status_ = SqliteError(db, "preparing a statement");
  }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Bind(int i, std::int64_t v) {
  if (status_.ok() && sqlite3_bind_int64(stmt_, i, v) != SQLITE_OK) {
    status_ = SqliteError(db_, "binding");
  }
  return *this;
}

Statement& Statement::Bind(int i, std::string_view text) {
  if (status_.ok() && sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()),
                                        SQLITE_TRANSIENT) != SQLITE_OK) {
    status_ = SqliteError(db_, "binding");
  }
  return *this;
}

Statement& Statement::BindBlob(int i, std::string_view bytes) {
  if (status_.ok() &&
      sqlite3_bind_blob64(stmt_, i, bytes.data(), bytes.size(), SQLITE_TRANSIENT) != SQLITE_OK) {
    status_ = SqliteError(db_, "binding");
  }
  return *this;
}

Result<bool> Statement::Step() {
  if (!status_.ok()) return status_;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  status_ = SqliteError(db_, "running a statement");
  return status_;
}

Status Statement::Run() {
  while (true) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
  }
}

std::int64_t Statement::Int(int col) const { return sqlite3_column_int64(stmt_, col); }

std::string Statement::Text(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
           : std::string();
}

std::string Statement::Blob(int col) const {
  const void* p = sqlite3_column_blob(stmt_, col);
  return p ? std::string(static_cast<const char*>(p),
                         static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
           : std::string();
}

Status Exec(sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqliteError(db, "database");
  }
  return Status::Ok();
}

}  // namespace oncoguide::store::internal
