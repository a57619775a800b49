// The SQLite backend of the Store interface (store.h): one database file, WAL mode,
// synchronous=FULL (a committed transaction survives power loss), foreign keys on,
// secure_delete on (deleted rows are overwritten with zeros), busy timeout 5 s. One connection
// guarded by a mutex: SQLite serialises writers anyway, and the service's statements are short.
#ifndef ONCOGUIDE_STORE_SQLITE_STORE_H_
#define ONCOGUIDE_STORE_SQLITE_STORE_H_

#include <memory>
#include <span>
#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/store/migrations.h"
#include "oncoguide/store/store.h"

namespace oncoguide::store {

// Opens (creating when absent, mode 0600) the database at `path` and migrates it with
// `migrations` (default: SqliteMigrations()). Fails with kFailedPrecondition when the database's
// schema is newer than the newest migration.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               std::span<const Migration> migrations);

}  // namespace oncoguide::store

#endif  // ONCOGUIDE_STORE_SQLITE_STORE_H_
