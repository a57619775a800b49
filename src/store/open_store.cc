// What both backends share: OpenStore picks the backend by the URL's scheme (store.h), and the
// schema check before migrating (migrations.h).
#include <fmt/format.h>

#include "oncoguide/store/migrations.h"
#include "oncoguide/store/pg_store.h"
#include "oncoguide/store/sqlite_store.h"
#include "oncoguide/store/store.h"

namespace oncoguide::store {

Result<std::unique_ptr<Store>> OpenStore(const std::string& url) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return OpenPgStore(url, PgOptions{});
  }
  std::string path = url;
  if (path.starts_with("sqlite:")) path = path.substr(7);
  return OpenSqliteStore(path);
}

Status CheckSchemaNotNewer(int version, std::span<const Migration> migrations) {
  const int newest = migrations.empty() ? 0 : migrations.back().version;
  if (version <= newest) return Status::Ok();
  return Status(StatusCode::kFailedPrecondition,
                fmt::format("the database schema is version {}, newer than this oncoguide knows "
                            "(version {})",
                            version, newest),
                "run the oncoguide release that created this database, or a newer one");
}

}  // namespace oncoguide::store
