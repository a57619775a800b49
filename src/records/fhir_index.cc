#include "fhir_index.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>

namespace oncoguide::records::internal {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA locking_mode = EXCLUSIVE;
PRAGMA temp_store = FILE;
CREATE TABLE patients(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE alias(key TEXT PRIMARY KEY, patient TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE subjects(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, first_id TEXT NOT NULL,
                      first_path TEXT NOT NULL, used INTEGER NOT NULL DEFAULT 0, patient TEXT);
CREATE TABLE refs(id INTEGER PRIMARY KEY, subject INTEGER NOT NULL, offset INTEGER NOT NULL,
                  length INTEGER NOT NULL, input INTEGER NOT NULL, kind INTEGER NOT NULL,
                  entry INTEGER NOT NULL);
)sql";

// Prepared statements, by slot.
enum Slot {
  kFindAlias,
  kAddPatientRow,
  kSetAlias,
  kFindSubject,
  kAddSubject,
  kMarkUsed,
  kAddRef,
  kPatients,
  kSubjectCount,
  kSubjectKeys,
  kFirstUnknown,
  kNoSubject,
  kSubjectsOf,
  kRefsOf,
  kSlots
};

constexpr const char* kSubjectColumns = "id, key, first_id, first_path, used";

// What SQLite failed at, as a Status. A full disk is named as such, with the directory to free.
Status IndexError(sqlite3* db, std::string_view what) {
  const int code = db != nullptr ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
  const int sys = db != nullptr ? sqlite3_system_errno(db) : 0;
  const int primary = code & 0xff;
  const std::string msg = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  if (primary == SQLITE_FULL || sys == ENOSPC || sys == EDQUOT || sys == EFBIG) {
    return Status::IoError(
        fmt::format("the FHIR input's temporary index could not be written ({}: {}): the disk of "
                    "the temporary directory is full",
                    what, msg),
        "free space in SQLITE_TMPDIR or TMPDIR (else /var/tmp), or set TMPDIR to a directory "
        "with room for about an eighth of the input's size");
  }
  return Status::IoError(
      fmt::format("the FHIR input's temporary index failed ({}: {}, SQLite code {})", what, msg,
                  code),
      "check that SQLITE_TMPDIR or TMPDIR (else /var/tmp) is a writable directory with room");
}

}  // namespace

// One prepared statement, reset after each use.
class FhirIndex::Stmt {
 public:
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& Bind(int i, std::int64_t v) {
    if (sqlite3_bind_int64(stmt_, i, v) != SQLITE_OK) failed_ = true;
    return *this;
  }
  Stmt& Bind(int i, std::string_view text) {
    if (sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK) {
      failed_ = true;
    }
    return *this;
  }
  // True with a row, false when done; an error as a Status.
  Result<bool> Step() {
    if (failed_) return Done(IndexError(db_, "binding"));
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) {
      sqlite3_reset(stmt_);
      return false;
    }
    return Done(IndexError(db_, "a step"));
  }
  // Runs a statement that returns no rows.
  Status Run() {
    OG_ASSIGN_OR_RETURN(bool row, Step());
    if (row) sqlite3_reset(stmt_);
    return Status::Ok();
  }
  void Reset() { sqlite3_reset(stmt_); }
  std::int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  std::string Text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(stmt_, col));
  }
  FhirSubject Subject() const {
    return FhirSubject{Int(0), Text(1), Text(2), Text(3), Int(4) != 0};
  }

 private:
  Status Done(Status s) {
    sqlite3_reset(stmt_);
    failed_ = false;
    return s;
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  bool failed_ = false;
};

Result<std::unique_ptr<FhirIndex>> FhirIndex::Open(std::size_t cache_bytes) {
  sqlite3* db = nullptr;
  // "": a private temporary database, deleted when closed.
  const int rc = sqlite3_open_v2(
      "", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Status s = IndexError(db, "opening");
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<FhirIndex> index(new FhirIndex(db));
  OG_RETURN_IF_ERROR(index->Exec(kSchema));
  OG_RETURN_IF_ERROR(index->Exec(
      fmt::format("PRAGMA cache_size = -{};", std::max<std::size_t>(cache_bytes >> 10, 64))
          .c_str()));
  OG_RETURN_IF_ERROR(index->Exec("BEGIN"));
  return index;
}

FhirIndex::FhirIndex(sqlite3* db) : db_(db), stmts_(kSlots) {}

FhirIndex::~FhirIndex() {
  stmts_.clear();
  sqlite3_close(db_);
}

Status FhirIndex::Exec(const char* sql) {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return IndexError(db_, "building it");
  }
  return Status::Ok();
}

Result<FhirIndex::Stmt*> FhirIndex::Prepared(int slot, const char* sql) {
  std::unique_ptr<Stmt>& s = stmts_[static_cast<std::size_t>(slot)];
  if (s == nullptr) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) {
      return IndexError(db_, "preparing a query");
    }
    s = std::make_unique<Stmt>(db_, stmt);
  }
  return s.get();
}

Status FhirIndex::AddPatient(const std::string& key, const std::string& full_url) {
  OG_ASSIGN_OR_RETURN(Stmt * find, Prepared(kFindAlias, "SELECT 1 FROM alias WHERE key = ?"));
  OG_ASSIGN_OR_RETURN(bool known, find->Bind(1, key).Step());
  find->Reset();
  if (!known) {
    OG_ASSIGN_OR_RETURN(Stmt * add,
                        Prepared(kAddPatientRow, "INSERT OR IGNORE INTO patients(key) VALUES (?)"));
    OG_RETURN_IF_ERROR(add->Bind(1, key).Run());
    patients_ += sqlite3_changes(db_);
  }
  OG_ASSIGN_OR_RETURN(
      Stmt * alias,
      Prepared(kSetAlias, "INSERT OR REPLACE INTO alias(key, patient) VALUES (?, ?)"));
  OG_RETURN_IF_ERROR(alias->Bind(1, key).Bind(2, key).Run());
  if (!full_url.empty()) OG_RETURN_IF_ERROR(alias->Bind(1, full_url).Bind(2, key).Run());
  return Status::Ok();
}

Result<std::int64_t> FhirIndex::Subject(const std::string& key, std::string_view first_id,
                                        std::string_view first_path) {
  if (last_id_ != 0 && key == last_key_) return last_id_;
  OG_ASSIGN_OR_RETURN(Stmt * find,
                      Prepared(kFindSubject, "SELECT id, used FROM subjects WHERE key = ?"));
  OG_ASSIGN_OR_RETURN(bool found, find->Bind(1, key).Step());
  if (found) {
    last_id_ = find->Int(0);
    last_used_ = find->Int(1) != 0;
    find->Reset();
  } else {
    OG_ASSIGN_OR_RETURN(
        Stmt * add,
        Prepared(kAddSubject, "INSERT INTO subjects(key, first_id, first_path) VALUES (?, ?, ?)"));
    OG_RETURN_IF_ERROR(add->Bind(1, key).Bind(2, first_id).Bind(3, first_path).Run());
    last_id_ = sqlite3_last_insert_rowid(db_);
    last_used_ = false;
  }
  last_key_ = key;
  return last_id_;
}

Status FhirIndex::MarkUsed(std::int64_t subject) {
  if (subject == last_id_ && last_used_) return Status::Ok();
  OG_ASSIGN_OR_RETURN(Stmt * mark,
                      Prepared(kMarkUsed, "UPDATE subjects SET used = 1 WHERE id = ?"));
  OG_RETURN_IF_ERROR(mark->Bind(1, subject).Run());
  if (subject == last_id_) last_used_ = true;
  return Status::Ok();
}

Status FhirIndex::AddRef(std::int64_t subject, const ResourceRef& ref) {
  OG_ASSIGN_OR_RETURN(Stmt * add,
                      Prepared(kAddRef,
                               "INSERT INTO refs(subject, offset, length, input, kind, entry) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
  OG_RETURN_IF_ERROR(add->Bind(1, subject)
                         .Bind(2, static_cast<std::int64_t>(ref.offset))
                         .Bind(3, static_cast<std::int64_t>(ref.length))
                         .Bind(4, ref.input)
                         .Bind(5, static_cast<std::int64_t>(ref.kind))
                         .Bind(6, static_cast<std::int64_t>(ref.entry))
                         .Run());
  ++refs_;
  return Status::Ok();
}

Status FhirIndex::Seal() {
  if (sealed_) return Status::Ok();
  sealed_ = true;
  if (has_patients()) {
    OG_RETURN_IF_ERROR(Exec(
        "UPDATE subjects SET patient = (SELECT patient FROM alias WHERE alias.key = subjects.key) "
        "WHERE key <> ''"));
  } else {
    OG_RETURN_IF_ERROR(Exec("UPDATE subjects SET patient = key WHERE key <> ''"));
  }
  // Resources without a subject belong to the first patient (the reader refuses them when there
  // are several).
  OG_RETURN_IF_ERROR(
      Exec("UPDATE subjects SET patient = coalesce((SELECT key FROM patients ORDER BY id LIMIT 1), "
           "(SELECT key FROM subjects WHERE key <> '' ORDER BY id LIMIT 1), '') WHERE key = ''"));
  // Built after the inserts, by sorting (bounded by the cache like the rest): the rows of one
  // subject, and the subjects of one patient, then come out in id order, which is input order.
  OG_RETURN_IF_ERROR(Exec("CREATE INDEX refs_by_subject ON refs(subject)"));
  OG_RETURN_IF_ERROR(Exec("CREATE INDEX subjects_by_patient ON subjects(patient)"));
  return Exec("COMMIT");
}

Result<std::int64_t> FhirIndex::PatientCount() {
  if (has_patients()) return patients_;
  OG_ASSIGN_OR_RETURN(Stmt * count,
                      Prepared(kSubjectCount, "SELECT count(*) FROM subjects WHERE key <> ''"));
  OG_ASSIGN_OR_RETURN(bool row, count->Step());
  const std::int64_t n = row ? count->Int(0) : 0;
  count->Reset();
  return n;
}

Status FhirIndex::ForEachPatient(const std::function<Status(const std::string& key)>& fn) {
  OG_ASSIGN_OR_RETURN(
      Stmt * list,
      has_patients()
          ? Prepared(kPatients, "SELECT key FROM patients ORDER BY id")
          : Prepared(kSubjectKeys, "SELECT key FROM subjects WHERE key <> '' ORDER BY id"));
  for (;;) {
    OG_ASSIGN_OR_RETURN(bool row, list->Step());
    if (!row) return Status::Ok();
    Status s = fn(list->Text(0));
    if (!s.ok()) {
      list->Reset();
      return s;
    }
  }
}

Result<std::vector<std::string>> FhirIndex::PatientKeys(std::size_t n) {
  std::vector<std::string> keys;
  Status s = ForEachPatient([&](const std::string& key) {
    keys.push_back(key);
    // Stops the walk (not an error the caller sees).
    return keys.size() < n ? Status::Ok() : Status(StatusCode::kFailedPrecondition, "enough");
  });
  if (!s.ok() && keys.size() < n) return s;
  return keys;
}

Result<std::optional<FhirSubject>> FhirIndex::FirstUnknownSubject() {
  if (!has_patients()) return std::optional<FhirSubject>();
  OG_ASSIGN_OR_RETURN(
      Stmt * q, Prepared(kFirstUnknown,
                         fmt::format("SELECT {} FROM subjects WHERE key <> '' AND patient IS NULL "
                                     "ORDER BY id LIMIT 1",
                                     kSubjectColumns)
                             .c_str()));
  OG_ASSIGN_OR_RETURN(bool row, q->Step());
  if (!row) return std::optional<FhirSubject>();
  FhirSubject s = q->Subject();
  q->Reset();
  return std::optional<FhirSubject>(std::move(s));
}

Result<std::optional<FhirSubject>> FhirIndex::NoSubject() {
  OG_ASSIGN_OR_RETURN(
      Stmt * q,
      Prepared(kNoSubject,
               fmt::format("SELECT {} FROM subjects WHERE key = ''", kSubjectColumns).c_str()));
  OG_ASSIGN_OR_RETURN(bool row, q->Step());
  if (!row) return std::optional<FhirSubject>();
  FhirSubject s = q->Subject();
  q->Reset();
  return std::optional<FhirSubject>(std::move(s));
}

Status FhirIndex::ForEachSubjectOf(const std::string& key,
                                   const std::function<Status(const FhirSubject&)>& fn) {
  OG_ASSIGN_OR_RETURN(
      Stmt * q,
      Prepared(kSubjectsOf,
               fmt::format("SELECT {} FROM subjects WHERE patient = ? ORDER BY id", kSubjectColumns)
                   .c_str()));
  q->Bind(1, key);
  for (;;) {
    OG_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) return Status::Ok();
    Status s = fn(q->Subject());
    if (!s.ok()) {
      q->Reset();
      return s;
    }
  }
}

Status FhirIndex::ForEachRef(std::int64_t subject,
                             const std::function<Status(const ResourceRef&)>& fn) {
  OG_ASSIGN_OR_RETURN(
      Stmt * q, Prepared(kRefsOf,
                         "SELECT offset, length, input, kind, entry FROM refs WHERE subject = ? "
                         "ORDER BY id"));
  q->Bind(1, subject);
  for (;;) {
    OG_ASSIGN_OR_RETURN(bool row, q->Step());
    if (!row) return Status::Ok();
    ResourceRef ref;
    ref.offset = static_cast<std::uint64_t>(q->Int(0));
    ref.length = static_cast<std::uint64_t>(q->Int(1));
    ref.input = static_cast<std::uint32_t>(q->Int(2));
    ref.kind = static_cast<ResourceRef::Kind>(q->Int(3));
    ref.entry = static_cast<std::uint64_t>(q->Int(4));
    Status s = fn(ref);
    if (!s.ok()) {
      q->Reset();
      return s;
    }
  }
}

std::size_t FhirIndex::memory_bytes() const {
  int cache = 0;
  int stmt = 0;
  int high = 0;
  sqlite3_db_status(db_, SQLITE_DBSTATUS_CACHE_USED, &cache, &high, 0);
  sqlite3_db_status(db_, SQLITE_DBSTATUS_STMT_USED, &stmt, &high, 0);
  return static_cast<std::size_t>(cache) + static_cast<std::size_t>(stmt);
}

}  // namespace oncoguide::records::internal
