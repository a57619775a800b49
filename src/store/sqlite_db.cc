#include "sqlite_db.h"

#include <fmt/format.h>

namespace oncoguide::store::internal {

Status SqliteError(sqlite3* db, std::string_view what) {
  const int code = sqlite3_extended_errcode(db);
  const char* msg = sqlite3_errmsg(db);
  if ((code & 0xff) == SQLITE_CONSTRAINT) {
    return Status(StatusCode::kFailedPrecondition, fmt::format("{}: {}", what, msg));
  }
  return Status::IoError(fmt::format("{}: {}", what, msg),
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
  if (status_.ok() && sqlite3_bind_blob64(stmt_, i, bytes.data(), bytes.size(),
                                          SQLITE_TRANSIENT) != SQLITE_OK) {
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
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError(fmt::format("database: {}", msg));
  }
  return Status::Ok();
}

}  // namespace oncoguide::store::internal
