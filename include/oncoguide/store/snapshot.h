// Every row of a store, for backups and for moving a database between backends (a laptop's
// SQLite into a clinic's PostgreSQL): `oncoguide admin backup|restore|copy`.
//
// A snapshot keeps ids (a wrapped data key names its user id), record order, and audit rows
// exactly as stored (seq, prev_hash, hash), so the audit chain still verifies after a restore and
// every sealed value still opens with the same master key. It holds sealed bytes only: no health
// data, password or token in the clear; the master key is never part of it.
//
// Example:
//   OG_ASSIGN_OR_RETURN(Snapshot s, from.Export());
//   OG_RETURN_IF_ERROR(to.Import(s));            // `to` must be empty
//   OG_RETURN_IF_ERROR(WriteSnapshotFile(s, "backup.ogsnap"));
#ifndef ONCOGUIDE_STORE_SNAPSHOT_H_
#define ONCOGUIDE_STORE_SNAPSHOT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/store/store.h"

namespace oncoguide::store {

struct LoginFailure {
  std::string key;
  std::int64_t at = 0;
};

struct Snapshot {
  int schema_version = 0;
  std::vector<User> users;                                     // by id
  std::vector<Session> sessions;                               // by token digest
  std::vector<Record> records;                                 // oldest first, as stored
  std::vector<std::pair<std::int64_t, CachedResult>> results;  // by user id
  std::vector<LoginFailure> login_failures;                    // in stored order
  std::vector<Share> shares;                                   // by id
  std::vector<AuditEvent> audit;                               // by seq
};

// Field-by-field equality of every row (what the round-trip tests compare).
bool operator==(const Snapshot& a, const Snapshot& b);

// Writes `snapshot` to `path` (mode 0600; written to a temporary file, synced, then renamed, so
// a crash leaves the old file or the new one, never half of one).
Status WriteSnapshotFile(const Snapshot& snapshot, const std::string& path);
// Reads a file written by WriteSnapshotFile; kInvalidArgument naming the problem when it is not
// one (or is damaged).
Result<Snapshot> ReadSnapshotFile(const std::string& path);

// Copies every row of `from` into the empty store `to` and checks that `to` now exports exactly
// what `from` did. Returns the snapshot that was copied.
Result<Snapshot> CopyStore(Store& from, Store& to);

}  // namespace oncoguide::store

#endif  // ONCOGUIDE_STORE_SNAPSHOT_H_
