// A minimal RAII layer over the SQLite C API for sqlite_store.cc (internal to src/store).
#ifndef ONCOGUIDE_SRC_STORE_SQLITE_DB_H_
#define ONCOGUIDE_SRC_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"

namespace oncoguide::store::internal {

// A status for the connection's last error.
Status SqliteError(sqlite3* db, std::string_view what);

// A prepared statement; Bind* use 1-based indexes, Column* 0-based.
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  const Status& status() const { return status_; }
  Statement& Bind(int i, std::int64_t v);
  Statement& Bind(int i, std::string_view text);
  Statement& BindBlob(int i, std::string_view bytes);
  // Steps once: true when a row is available, false when done; errors end in *status.
  Result<bool> Step();
  // Steps to completion (for statements without rows).
  Status Run();

  std::int64_t Int(int col) const;
  std::string Text(int col) const;
  std::string Blob(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

Status Exec(sqlite3* db, const char* sql);

}  // namespace oncoguide::store::internal

#endif  // ONCOGUIDE_SRC_STORE_SQLITE_DB_H_
