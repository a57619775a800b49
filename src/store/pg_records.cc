// Records and cached results on PostgreSQL (pg_store_internal.h): storing a record clears
// (or replaces) its owner's cached result in the same transaction.
#include <cstdint>
#include <pqxx/pqxx>
#include <string>
#include <utility>
#include <vector>

#include "pg_store_internal.h"

namespace oncoguide::store::internal::pg {

RecordMeta ReadMeta(const pqxx::row& r) {
  return RecordMeta{r[0].as<std::string>(), r[1].as<std::int64_t>(), r[2].as<std::string>(),
                    r[3].as<std::string>(), r[4].as<std::int64_t>(), r[5].as<std::int64_t>(),
                    r[6].as<std::int64_t>()};
}
Record ReadRecord(const pqxx::row& r) {
  return Record{ReadMeta(r), Bytes(r[7]), Bytes(r[8]), r[9].as<int>()};
}

Status PgStore::PutRecord(const Record& r, const CachedResult* result) {
  return TxStatus([&](pqxx::work& w) {
    const RecordMeta& m = r.meta;
    w.exec_prepared0("record_insert", m.id, m.user_id, m.filename, m.format, m.size, m.observations,
                     m.created_at, Blob(r.sealed_raw), Blob(r.sealed_parsed), r.parsed_version);
    if (result != nullptr) {
      w.exec_prepared0("result_put", m.user_id, Blob(result->sealed), result->computed_at);
    } else {
      w.exec_prepared0("result_clear", m.user_id);
    }
    return Status::Ok();
  });
}

Result<std::vector<RecordMeta>> PgStore::ListRecords(std::int64_t user_id) {
  return Tx<std::vector<RecordMeta>>([&](pqxx::work& w) -> Result<std::vector<RecordMeta>> {
    std::vector<RecordMeta> out;
    for (const auto& row : w.exec_prepared("record_list", user_id)) {
      out.push_back(ReadMeta(row));
    }
    return out;
  });
}

Result<Record> PgStore::GetRecord(std::int64_t user_id, const std::string& id) {
  return Tx<Record>([&](pqxx::work& w) -> Result<Record> {
    auto rows = w.exec_prepared("record_get", user_id, id);
    if (rows.empty()) return NotFound("record");
    return ReadRecord(rows[0]);
  });
}

Result<std::vector<Record>> PgStore::LoadRecords(std::int64_t user_id) {
  return LoadAll("record_load", user_id);
}

Result<std::vector<Record>> PgStore::LoadParsed(std::int64_t user_id) {
  return LoadAll("record_load_parsed", user_id);
}

Result<std::vector<Record>> PgStore::LoadAll(const char* statement, std::int64_t user_id) {
  return Tx<std::vector<Record>>([&](pqxx::work& w) -> Result<std::vector<Record>> {
    std::vector<Record> out;
    for (const auto& row : w.exec_prepared(statement, user_id)) out.push_back(ReadRecord(row));
    return out;
  });
}

Status PgStore::DeleteRecord(std::int64_t user_id, const std::string& id) {
  return TxStatus([&](pqxx::work& w) {
    if (w.exec_prepared("record_delete", user_id, id).affected_rows() != 1) {
      return NotFound("record");
    }
    w.exec_prepared0("result_clear", user_id);
    return Status::Ok();
  });
}

Result<std::pair<std::int64_t, std::int64_t>> PgStore::RecordUsage(std::int64_t user_id) {
  using Usage = std::pair<std::int64_t, std::int64_t>;
  return Tx<Usage>([&](pqxx::work& w) -> Result<Usage> {
    auto row = w.exec_prepared1("record_usage", user_id);
    return Usage{row[0].as<std::int64_t>(), row[1].as<std::int64_t>()};
  });
}

Result<CachedResult> PgStore::GetResult(std::int64_t user_id) {
  return Tx<CachedResult>([&](pqxx::work& w) -> Result<CachedResult> {
    auto rows = w.exec_prepared("result_get", user_id);
    if (rows.empty()) return NotFound("result");
    return CachedResult{Bytes(rows[0][0]), rows[0][1].as<std::int64_t>()};
  });
}

Status PgStore::PutResult(std::int64_t user_id, const CachedResult& result) {
  return TxStatus([&](pqxx::work& w) {
    w.exec_prepared0("result_put", user_id, Blob(result.sealed), result.computed_at);
    return Status::Ok();
  });
}

}  // namespace oncoguide::store::internal::pg
