// Versioned schema migrations, kept as data: one SQL file per version per backend under
// src/store/migrations/<backend>/NNNN_<name>.sql, embedded into the binary at build time
// (src/store/CMakeLists.txt lists the files). Versions start at 1 and have no gaps; a backend
// applies, at start-up and each in its own transaction, every migration above the version the
// database records, and refuses to open a database whose version is above the newest it knows.
#ifndef ONCOGUIDE_STORE_MIGRATIONS_H_
#define ONCOGUIDE_STORE_MIGRATIONS_H_

#include <span>
#include <string_view>

#include "oncoguide/common/status.h"

namespace oncoguide::store {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// SQLite's migrations in version order.
std::span<const Migration> SqliteMigrations();
// PostgreSQL's migrations in version order (same versions, same tables as SQLite's).
std::span<const Migration> PgMigrations();

// Ok when a database at schema `version` can be opened with `migrations`; FailedPrecondition,
// with the versions and a hint, when the database is newer than the newest migration. Both
// backends call it before migrating.
Status CheckSchemaNotNewer(int version, std::span<const Migration> migrations);

}  // namespace oncoguide::store

#endif  // ONCOGUIDE_STORE_MIGRATIONS_H_
