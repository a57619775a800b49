// OpenStore: picks the backend by the URL's scheme (store.h).
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

}  // namespace oncoguide::store
