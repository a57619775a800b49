// The storage interface of the service: users, sessions, records, cached results, login
// throttling, share links and the audit chain.
//
// Backends: SQLite (sqlite_store.h, the default: one file in the data directory) and PostgreSQL
// (pg_store.h: several servers on one database). The interface speaks only in the plain structs
// below: no backend type leaks. Every call returns Status/Result; a missing row is
// StatusCode::kNotFound, a unique-key clash (an e-mail already registered) kFailedPrecondition, a
// storage failure kIoError, a database that cannot be reached right now (PostgreSQL restarting)
// kUnavailable.
//
// What a backend must guarantee (the store tests run against every backend):
//   - Atomicity: each call is one transaction; when it returns OK its effect is durable (SQLite:
//     WAL with synchronous=FULL; PostgreSQL: a committed transaction). A crash never leaves half a
//     record visible.
//   - Ownership: every record, result, share and session call takes the owner's user id and only
//     ever touches that user's rows; another user's id behaves exactly like a missing row.
//   - Erasure: after DeleteUser() returns, none of the user's rows remain, and no byte of their
//     sealed data remains in the backend's files (SQLite: secure_delete + WAL checkpoint).
//   - The audit table is append-only; AppendAudit() links each row to the previous one with
//     audit_chain.h's hash inside the same transaction, so concurrent appends form one chain.
//   - Schema: Open() applies the backend's migrations (migrations.h) in order at start-up and
//     refuses a database whose schema is newer than the binary knows.
// The store never sees plaintext health data, passwords or tokens: callers pass sealed bytes,
// Argon2id hashes and token digests (crypto.h). Times are Unix seconds from the caller's clock.
// Implementations are safe to call from many threads at once.
#ifndef ONCOGUIDE_STORE_STORE_H_
#define ONCOGUIDE_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/status.h"

namespace oncoguide::store {

struct User {
  std::int64_t id = 0;
  std::string email;          // normalised (trimmed, lower-case) by the caller
  std::string password_hash;  // Argon2id encoded string
  std::string wrapped_key;    // the data key sealed by the master key
  std::int64_t created_at = 0;
  // When the user last changed their own data (MarkWritten); 0: never. Not part of snapshots:
  // it only steers reads between a primary and a replica.
  std::int64_t written_at = 0;
};

struct Session {
  std::string token_digest;  // Digest() of the cookie token; the primary key
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;
  std::int64_t last_seen = 0;
  std::string user_agent;  // shown in the list of one's sessions
  std::string address;
};

// A record's metadata (what a listing shows; nothing here is health data).
struct RecordMeta {
  std::string id;  // random hex, unguessable
  std::int64_t user_id = 0;
  std::string filename;   // as given by the client (X-Filename), may be empty
  std::string format;     // "csv", "fhir-json", "fhir-ndjson"
  std::int64_t size = 0;  // raw bytes
  std::int64_t observations = 0;
  std::int64_t created_at = 0;
};

// What `sealed_parsed` holds (schema 2 added the column; rows written before say 1).
enum ParsedVersion : int {
  kParsedSummary = 1,  // the API view of the observations: the result needs the raw file re-parsed
  kParsedRecord = 2,   // the whole parsed record (src/server/record_codec.h): no re-parse needed
};

struct Record {
  RecordMeta meta;
  std::string sealed_raw;     // the uploaded bytes, sealed with the user's data key
  std::string sealed_parsed;  // the parsed observations (JSON), sealed
  int parsed_version = kParsedSummary;
};

struct CachedResult {
  std::string sealed;  // the computed result JSON, sealed
  std::int64_t computed_at = 0;
};

struct Share {
  std::string id;            // random hex, shown to the owner to revoke
  std::string token_digest;  // Digest() of the link's token
  std::int64_t user_id = 0;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  bool revoked = false;
};

struct AuditEvent {
  std::int64_t seq = 0;  // assigned by AppendAudit (1, 2, ...)
  std::int64_t at = 0;
  std::int64_t user_id = 0;  // 0: no user (anonymous, unknown account)
  std::string action;        // "record.read", "login.failure", ...
  std::string target;        // a record id, share id, ... never health data or credentials
  std::string address;       // client address
  std::string outcome;       // "ok", "denied", "not_found", "error"
  std::string prev_hash;     // set by AppendAudit
  std::string hash;          // set by AppendAudit
};

struct Snapshot;  // snapshot.h

class Store {
 public:
  virtual ~Store() = default;

  // The schema version the database is at, and whether it answers (for /readyz).
  virtual Result<int> SchemaVersion() = 0;
  virtual Status Ping() = 0;

  // Users. CreateUser assigns the id; `wrap` is called with it inside the transaction and returns
  // the wrapped data key to store (the key's associated data names the id).
  virtual Result<User> CreateUser(const std::string& email, const std::string& password_hash,
                                  const std::function<std::string(std::int64_t)>& wrap,
                                  std::int64_t now) = 0;
  virtual Result<User> FindUserByEmail(const std::string& email) = 0;
  virtual Result<User> GetUser(std::int64_t user_id) = 0;
  virtual Status SetPasswordHash(std::int64_t user_id, const std::string& password_hash) = 0;
  // Records that the user is about to change their own data at `now` (written_at only moves
  // forward). Servers call it before every such write, so that a server with a read replica
  // sends this user's reads to the primary until the replica has surely caught up.
  virtual Status MarkWritten(std::int64_t user_id, std::int64_t now) = 0;
  // Erases the user and everything they own (records, result, sessions, shares, throttle rows).
  // Audit rows stay (they hold no health data) so the chain stays verifiable.
  virtual Status DeleteUser(std::int64_t user_id) = 0;

  // Sessions.
  virtual Status CreateSession(const Session& session) = 0;
  virtual Result<Session> FindSession(const std::string& token_digest) = 0;
  virtual Status TouchSession(const std::string& token_digest, std::int64_t now) = 0;
  virtual Status DeleteSession(std::int64_t user_id, const std::string& token_digest) = 0;
  // Ends every session of the user except `keep_digest` (empty: all).
  virtual Status DeleteUserSessions(std::int64_t user_id, const std::string& keep_digest) = 0;
  virtual Result<std::vector<Session>> ListSessions(std::int64_t user_id) = 0;
  // Removes sessions idle since before `idle_before` or created before `created_before`.
  virtual Status PurgeSessions(std::int64_t idle_before, std::int64_t created_before) = 0;

  // Records and the cached result. PutRecord stores the record and replaces the user's cached
  // result in the same transaction (`result` may be null: the cache is then cleared).
  virtual Status PutRecord(const Record& record, const CachedResult* result) = 0;
  virtual Result<std::vector<RecordMeta>> ListRecords(std::int64_t user_id) = 0;
  virtual Result<Record> GetRecord(std::int64_t user_id, const std::string& record_id) = 0;
  // Every record of the user, oldest first, with its sealed data.
  virtual Result<std::vector<Record>> LoadRecords(std::int64_t user_id) = 0;
  // The same without the raw files (`sealed_raw` left empty): what recomputing the result
  // needs when the parsed records are stored (kParsedRecord), without reading every upload.
  virtual Result<std::vector<Record>> LoadParsed(std::int64_t user_id) = 0;
  // Deletes the record and clears the user's cached result, in one transaction.
  virtual Status DeleteRecord(std::int64_t user_id, const std::string& record_id) = 0;
  // Total raw bytes and number of the user's records (for the quota).
  virtual Result<std::pair<std::int64_t, std::int64_t>> RecordUsage(std::int64_t user_id) = 0;
  virtual Result<CachedResult> GetResult(std::int64_t user_id) = 0;
  virtual Status PutResult(std::int64_t user_id, const CachedResult& result) = 0;

  // Login throttling: failures per key ("account:<email>", "address:<ip>").
  virtual Status AddLoginFailure(const std::string& key, std::int64_t now) = 0;
  virtual Result<std::int64_t> CountLoginFailures(const std::string& key, std::int64_t since) = 0;
  virtual Status ClearLoginFailures(const std::string& key) = 0;

  // Share links.
  virtual Status CreateShare(const Share& share) = 0;
  virtual Result<Share> FindShare(const std::string& token_digest) = 0;
  virtual Result<std::vector<Share>> ListShares(std::int64_t user_id) = 0;
  virtual Status RevokeShare(std::int64_t user_id, const std::string& share_id) = 0;

  // Audit: appends `event` (seq, prev_hash, hash filled in) and returns the stored row.
  virtual Result<AuditEvent> AppendAudit(const AuditEvent& event) = 0;
  // Rows with seq > after_seq, in order, at most `limit`.
  virtual Result<std::vector<AuditEvent>> ReadAudit(std::int64_t after_seq, int limit) = 0;

  // Backups and moving between backends (snapshot.h). Export reads every row in one consistent
  // transaction. Import loads a snapshot into an empty store (no users, no audit rows; else
  // kFailedPrecondition) in one transaction, keeping ids and audit rows exactly.
  virtual Result<Snapshot> Export() = 0;
  virtual Status Import(const Snapshot& snapshot) = 0;
};

// Opens the store named by `url`: "sqlite:<path>" or a plain path is SQLite (created when
// absent); "postgresql://..." or "postgres://..." is PostgreSQL (pg_store.h, default options).
// Either way the schema is migrated to the newest version before the store is returned.
Result<std::unique_ptr<Store>> OpenStore(const std::string& url);

}  // namespace oncoguide::store

#endif  // ONCOGUIDE_STORE_STORE_H_
