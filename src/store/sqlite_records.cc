// Records and cached results on SQLite (sqlite_store_internal.h): storing a record clears (or
// replaces) its owner's cached result in the same transaction.
#include <sqlite3.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "sqlite_db.h"
#include "sqlite_store_internal.h"

namespace oncoguide::store::internal::sqlite {

RecordMeta ReadMeta(const Statement& st) {
  return RecordMeta{st.Text(0), st.Int(1), st.Text(2), st.Text(3), st.Int(4), st.Int(5), st.Int(6)};
}

Record ReadRecord(const Statement& st) {
  return Record{ReadMeta(st), st.Blob(7), st.Blob(8), static_cast<int>(st.Int(9))};
}

Status SqliteStore::PutRecord(const Record& r, const CachedResult* result) {
  std::lock_guard lock(mu_);
  Transaction tx(db_);
  OG_RETURN_IF_ERROR(tx.status());
  Statement st(db_,
               "INSERT INTO records(id, user_id, filename, format, size, observations, "
               "created_at, sealed_raw, sealed_parsed, parsed_version) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const RecordMeta& m = r.meta;
  st.Bind(1, m.id).Bind(2, m.user_id).Bind(3, m.filename).Bind(4, m.format).Bind(5, m.size);
  st.Bind(6, m.observations).Bind(7, m.created_at).BindBlob(8, r.sealed_raw);
  st.BindBlob(9, r.sealed_parsed).Bind(10, std::int64_t{r.parsed_version});
  OG_RETURN_IF_ERROR(st.Run());
  OG_RETURN_IF_ERROR(result ? PutResultLocked(m.user_id, *result) : ClearResult(m.user_id));
  return tx.Commit();
}

Result<std::vector<RecordMeta>> SqliteStore::ListRecords(std::int64_t user_id) {
  std::lock_guard lock(mu_);
  Statement st(
      db_, std::string(kMetaCols) + " FROM records WHERE user_id = ? ORDER BY created_at, rowid");
  st.Bind(1, user_id);
  std::vector<RecordMeta> out;
  while (true) {
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(ReadMeta(st));
  }
  return out;
}

Result<Record> SqliteStore::GetRecord(std::int64_t user_id, const std::string& id) {
  std::lock_guard lock(mu_);
  Statement st(db_, std::string(kMetaCols) + ", " + kSealedCols +
                        " FROM records WHERE user_id = ? AND id = ?");
  st.Bind(1, user_id).Bind(2, id);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFound("record");
  return ReadRecord(st);
}

Result<std::vector<Record>> SqliteStore::LoadRecords(std::int64_t user_id) {
  return LoadAll(user_id, kSealedCols);
}

Result<std::vector<Record>> SqliteStore::LoadParsed(std::int64_t user_id) {
  return LoadAll(user_id, "x'', sealed_parsed, parsed_version");
}

Status SqliteStore::DeleteRecord(std::int64_t user_id, const std::string& id) {
  std::lock_guard lock(mu_);
  Transaction tx(db_);
  OG_RETURN_IF_ERROR(tx.status());
  Statement st(db_, "DELETE FROM records WHERE user_id = ? AND id = ?");
  st.Bind(1, user_id).Bind(2, id);
  OG_RETURN_IF_ERROR(st.Run());
  if (sqlite3_changes(db_) != 1) return NotFound("record");
  OG_RETURN_IF_ERROR(ClearResult(user_id));
  return tx.Commit();
}

Result<std::pair<std::int64_t, std::int64_t>> SqliteStore::RecordUsage(std::int64_t user_id) {
  std::lock_guard lock(mu_);
  Statement st(db_, "SELECT coalesce(sum(size), 0), count(*) FROM records WHERE user_id = ?");
  st.Bind(1, user_id);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  (void)row;
  return std::make_pair(st.Int(0), st.Int(1));
}

Result<CachedResult> SqliteStore::GetResult(std::int64_t user_id) {
  std::lock_guard lock(mu_);
  Statement st(db_, "SELECT sealed, computed_at FROM results WHERE user_id = ?");
  st.Bind(1, user_id);
  OG_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotFound("result");
  return CachedResult{st.Blob(0), st.Int(1)};
}

Status SqliteStore::PutResult(std::int64_t user_id, const CachedResult& result) {
  std::lock_guard lock(mu_);
  return PutResultLocked(user_id, result);
}

Result<std::vector<Record>> SqliteStore::LoadAll(std::int64_t user_id, const char* sealed_cols) {
  std::lock_guard lock(mu_);
  Statement st(db_, std::string(kMetaCols) + ", " + sealed_cols +
                        " FROM records WHERE user_id = ? ORDER BY created_at, rowid");
  st.Bind(1, user_id);
  std::vector<Record> out;
  while (true) {
    OG_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back(ReadRecord(st));
  }
  return out;
}

Status SqliteStore::PutResultLocked(std::int64_t user_id, const CachedResult& r) {
  Statement st(db_,
               "INSERT INTO results(user_id, sealed, computed_at) VALUES(?, ?, ?) "
               "ON CONFLICT(user_id) DO UPDATE SET sealed = excluded.sealed, "
               "computed_at = excluded.computed_at");
  st.Bind(1, user_id).BindBlob(2, r.sealed).Bind(3, r.computed_at);
  return st.Run();
}

Status SqliteStore::ClearResult(std::int64_t user_id) {
  Statement st(db_, "DELETE FROM results WHERE user_id = ?");
  st.Bind(1, user_id);
  return st.Run();
}

}  // namespace oncoguide::store::internal::sqlite
