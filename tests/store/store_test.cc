// The Store contract (store.h). Written against the interface and parameterised by backend: every
// case runs on SQLite and on PostgreSQL (a fresh database per test in the throwaway cluster of the
// pg_cluster ctest fixture; skipped when no cluster is reachable, unless ONCOGUIDE_REQUIRE_PG=1).
#include "oncoguide/store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <functional>
#include <thread>

#include "oncoguide/crypto/crypto.h"
#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/migrations.h"
#include "oncoguide/store/snapshot.h"
#include "oncoguide/store/sqlite_store.h"
#include "pg_test_db.h"
#include "store_test_util.h"

namespace oncoguide::store {
namespace {

struct Backend {
  std::string name;
  bool postgres = false;
  // Opens a fresh, empty store (SQLite: inside `dir`; PostgreSQL: a new database).
  std::function<Result<std::unique_ptr<Store>>(const std::string& dir)> open;
};

// Test names and failure messages show the backend's name, not the struct's bytes.
void PrintTo(const Backend& b, std::ostream* os) { *os << b.name; }

const Backend kBackends[] = {
    {"sqlite", false, [](const std::string& dir) { return OpenStore("sqlite:" + dir + "/t.db"); }},
    {"postgresql", true, [](const std::string&) { return OpenStore(testing_pg::FreshDatabase()); }},
};

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(crypto::Init().ok());
    if (GetParam().postgres) ONCOGUIDE_REQUIRE_PG_CLUSTER();
    Result<std::unique_ptr<Store>> s = GetParam().open(dir_.path());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }
  User NewUser(const std::string& email) {
    Result<User> u = store_->CreateUser(
        email, "$argon2id$hash", [](std::int64_t id) { return "wrapped-" + std::to_string(id); },
        100);
    EXPECT_TRUE(u.ok()) << u.status().ToString();
    return u.ok() ? *u : User{};
  }
  Record NewRecord(std::int64_t user, const std::string& id) {
    Record r;
    r.meta = {id, user, "labs.csv", "csv", 10, 2, 200};
    r.sealed_raw = "raw-" + id;
    r.sealed_parsed = "parsed-" + id;
    return r;
  }
  oncoguide::testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, FreshStoreIsAtTheNewestSchema) {
  Result<int> v = store_->SchemaVersion();
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, SqliteMigrations().back().version);
  EXPECT_TRUE(store_->Ping().ok());
}

TEST_P(StoreTest, UsersAreUniqueByEmailAndKeepTheirWrappedKey) {
  User a = NewUser("a@example.org");
  EXPECT_GT(a.id, 0);
  EXPECT_EQ(a.wrapped_key, "wrapped-" + std::to_string(a.id));
  Result<User> again = store_->CreateUser(
      "a@example.org", "h", [](auto) { return "w"; }, 1);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
  Result<User> found = store_->FindUserByEmail("a@example.org");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, a.id);
  EXPECT_EQ(found->wrapped_key, a.wrapped_key);
  EXPECT_EQ(store_->FindUserByEmail("b@example.org").status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(store_->SetPasswordHash(a.id, "$argon2id$new").ok());
  EXPECT_EQ(store_->GetUser(a.id)->password_hash, "$argon2id$new");
  EXPECT_EQ(store_->SetPasswordHash(999, "x").code(), StatusCode::kNotFound);
}

// written_at steers a user's reads to the primary after they change their data (serve
// --db-read): it starts at 0, only moves forward, and belongs to one user.
TEST_P(StoreTest, MarkWrittenOnlyMovesForwardForThatUser) {
  User a = NewUser("a@example.org"), b = NewUser("b@example.org");
  EXPECT_EQ(a.written_at, 0);
  ASSERT_TRUE(store_->MarkWritten(a.id, 500).ok());
  ASSERT_TRUE(store_->MarkWritten(a.id, 400).ok());  // a slower server's clock: kept at 500
  EXPECT_EQ(store_->GetUser(a.id)->written_at, 500);
  EXPECT_EQ(store_->FindUserByEmail("a@example.org")->written_at, 500);
  EXPECT_EQ(store_->GetUser(b.id)->written_at, 0);
  EXPECT_EQ(store_->MarkWritten(999, 1).code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, RecordsBelongToTheirOwnerOnly) {
  User a = NewUser("a@example.org"), b = NewUser("b@example.org");
  CachedResult res{"sealed-result", 300};
  ASSERT_TRUE(store_->PutRecord(NewRecord(a.id, "r1"), &res).ok());
  ASSERT_TRUE(store_->PutRecord(NewRecord(a.id, "r2"), &res).ok());
  EXPECT_EQ(store_->ListRecords(a.id)->size(), 2u);
  EXPECT_TRUE(store_->ListRecords(b.id)->empty());
  Result<Record> got = store_->GetRecord(a.id, "r1");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->sealed_raw, "raw-r1");
  EXPECT_EQ(got->sealed_parsed, "parsed-r1");
  EXPECT_EQ(got->meta.observations, 2);
  // Another user's id is exactly a missing record, for reads and deletes.
  EXPECT_EQ(store_->GetRecord(b.id, "r1").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->DeleteRecord(b.id, "r1").code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->GetRecord(a.id, "r1").ok());
  EXPECT_EQ(store_->RecordUsage(a.id)->first, 20);
  EXPECT_EQ(store_->RecordUsage(a.id)->second, 2);
  EXPECT_EQ(store_->LoadRecords(a.id)->size(), 2u);
  EXPECT_EQ(store_->GetResult(a.id)->sealed, "sealed-result");
  EXPECT_EQ(store_->GetResult(b.id).status().code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, ParsedVersionIsKeptAndLoadParsedLeavesTheRawFilesOut) {
  User a = NewUser("a@example.org");
  Record old = NewRecord(a.id, "r1");
  Record current = NewRecord(a.id, "r2");
  current.parsed_version = kParsedRecord;
  ASSERT_TRUE(store_->PutRecord(old, nullptr).ok());
  ASSERT_TRUE(store_->PutRecord(current, nullptr).ok());
  EXPECT_EQ(store_->GetRecord(a.id, "r1")->parsed_version, kParsedSummary);
  EXPECT_EQ(store_->GetRecord(a.id, "r2")->parsed_version, kParsedRecord);
  Result<std::vector<Record>> parsed = store_->LoadParsed(a.id);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[0].meta.id, "r1");  // oldest first, like LoadRecords
  EXPECT_EQ((*parsed)[1].meta.id, "r2");
  EXPECT_EQ((*parsed)[1].parsed_version, kParsedRecord);
  EXPECT_EQ((*parsed)[1].sealed_parsed, "parsed-r2");
  EXPECT_TRUE((*parsed)[0].sealed_raw.empty());
  EXPECT_TRUE((*parsed)[1].sealed_raw.empty());
  EXPECT_EQ(store_->LoadRecords(a.id)->at(1).sealed_raw, "raw-r2");
  EXPECT_TRUE(store_->LoadParsed(NewUser("b@example.org").id)->empty());
}

TEST_P(StoreTest, DeletingARecordClearsTheCachedResult) {
  User a = NewUser("a@example.org");
  CachedResult res{"sealed-result", 300};
  ASSERT_TRUE(store_->PutRecord(NewRecord(a.id, "r1"), &res).ok());
  ASSERT_TRUE(store_->DeleteRecord(a.id, "r1").ok());
  EXPECT_EQ(store_->GetResult(a.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->GetRecord(a.id, "r1").status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(store_->PutResult(a.id, res).ok());
  EXPECT_TRUE(store_->GetResult(a.id).ok());
}

TEST_P(StoreTest, DuplicateRecordIdIsRefusedAndChangesNothing) {
  User a = NewUser("a@example.org");
  CachedResult res{"first", 1};
  ASSERT_TRUE(store_->PutRecord(NewRecord(a.id, "r1"), &res).ok());
  CachedResult res2{"second", 2};
  EXPECT_FALSE(store_->PutRecord(NewRecord(a.id, "r1"), &res2).ok());
  EXPECT_EQ(store_->GetResult(a.id)->sealed, "first");  // the transaction rolled back
}

TEST_P(StoreTest, SessionsCanBeFoundTouchedListedAndEnded) {
  User a = NewUser("a@example.org"), b = NewUser("b@example.org");
  ASSERT_TRUE(store_->CreateSession({"d1", a.id, "c1", 10, 10, "ua", "127.0.0.1"}).ok());
  ASSERT_TRUE(store_->CreateSession({"d2", a.id, "c2", 20, 20, "ua", "127.0.0.1"}).ok());
  ASSERT_TRUE(store_->CreateSession({"d3", b.id, "c3", 20, 20, "ua", "127.0.0.1"}).ok());
  EXPECT_EQ(store_->FindSession("d1")->csrf_token, "c1");
  ASSERT_TRUE(store_->TouchSession("d1", 50).ok());
  EXPECT_EQ(store_->FindSession("d1")->last_seen, 50);
  EXPECT_EQ(store_->ListSessions(a.id)->size(), 2u);
  EXPECT_EQ(store_->DeleteSession(b.id, "d1").code(), StatusCode::kNotFound);
  ASSERT_TRUE(store_->DeleteUserSessions(a.id, "d2").ok());
  EXPECT_EQ(store_->FindSession("d1").status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->FindSession("d2").ok());
  ASSERT_TRUE(store_->DeleteSession(a.id, "d2").ok());
  EXPECT_TRUE(store_->FindSession("d3").ok());
  ASSERT_TRUE(store_->PurgeSessions(/*idle_before=*/30, /*created_before=*/0).ok());
  EXPECT_EQ(store_->FindSession("d3").status().code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, LoginFailuresAreCountedInAWindow) {
  ASSERT_TRUE(store_->AddLoginFailure("account:a", 10).ok());
  ASSERT_TRUE(store_->AddLoginFailure("account:a", 20).ok());
  ASSERT_TRUE(store_->AddLoginFailure("address:1", 20).ok());
  EXPECT_EQ(*store_->CountLoginFailures("account:a", 0), 2);
  EXPECT_EQ(*store_->CountLoginFailures("account:a", 15), 1);
  ASSERT_TRUE(store_->ClearLoginFailures("account:a").ok());
  EXPECT_EQ(*store_->CountLoginFailures("account:a", 0), 0);
  EXPECT_EQ(*store_->CountLoginFailures("address:1", 0), 1);
}

TEST_P(StoreTest, SharesAreRevocableByTheirOwnerOnly) {
  User a = NewUser("a@example.org"), b = NewUser("b@example.org");
  ASSERT_TRUE(store_->CreateShare({"s1", "digest1", a.id, 10, 1000, false}).ok());
  EXPECT_EQ(store_->FindShare("digest1")->user_id, a.id);
  EXPECT_EQ(store_->RevokeShare(b.id, "s1").code(), StatusCode::kNotFound);
  EXPECT_FALSE(store_->FindShare("digest1")->revoked);
  ASSERT_TRUE(store_->RevokeShare(a.id, "s1").ok());
  EXPECT_TRUE(store_->FindShare("digest1")->revoked);
  EXPECT_EQ(store_->ListShares(a.id)->size(), 1u);
}

TEST_P(StoreTest, DeleteUserErasesEverythingTheyOwn) {
  User a = NewUser("a@example.org"), b = NewUser("b@example.org");
  CachedResult res{"sealed-result", 300};
  ASSERT_TRUE(store_->PutRecord(NewRecord(a.id, "r1"), &res).ok());
  ASSERT_TRUE(store_->PutRecord(NewRecord(b.id, "r2"), nullptr).ok());
  ASSERT_TRUE(store_->CreateSession({"d1", a.id, "c1", 10, 10, "ua", "x"}).ok());
  ASSERT_TRUE(store_->CreateShare({"s1", "digest1", a.id, 10, 1000, false}).ok());
  ASSERT_TRUE(store_->AddLoginFailure("account:a@example.org", 10).ok());
  ASSERT_TRUE(store_->DeleteUser(a.id).ok());
  EXPECT_EQ(store_->GetUser(a.id).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->ListRecords(a.id)->empty());
  EXPECT_EQ(store_->GetResult(a.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->FindSession("d1").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->FindShare("digest1").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(*store_->CountLoginFailures("account:a@example.org", 0), 0);
  EXPECT_TRUE(store_->GetRecord(b.id, "r2").ok());
  EXPECT_EQ(store_->DeleteUser(a.id).code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, AuditRowsFormAVerifiableChain) {
  for (int i = 0; i < 5; ++i) {
    Result<AuditEvent> e =
        store_->AppendAudit({0, 100 + i, 1, "record.read", "r1", "127.0.0.1", "ok", "", ""});
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    EXPECT_EQ(e->seq, i + 1);
  }
  Result<std::vector<AuditEvent>> rows = store_->ReadAudit(0, 100);
  ASSERT_EQ(rows->size(), 5u);
  EXPECT_EQ((*rows)[0].prev_hash, kAuditGenesis);
  EXPECT_EQ((*rows)[1].prev_hash, (*rows)[0].hash);
  Result<AuditVerification> v = VerifyAuditChain(*store_);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v->rows, 5);
  EXPECT_EQ(store_->ReadAudit(3, 100)->size(), 2u);
}

TEST_P(StoreTest, ConcurrentAuditAppendsFormOneChain) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        ASSERT_TRUE(store_->AppendAudit({0, i, t, "login.success", "", "a", "ok", "", ""}).ok());
      }
    });
  }
  for (auto& th : threads) th.join();
  Result<AuditVerification> v = VerifyAuditChain(*store_);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v->rows, 100);
}

// Puts one row of every kind into `s` (two users; ids, order and audit rows to keep).
void FillEveryTable(Store& s) {
  auto wrap = [](std::int64_t id) { return std::string("wrapped\0key-", 12) + std::to_string(id); };
  Result<User> a = s.CreateUser("a@example.org", "$argon2id$a", wrap, 100);
  Result<User> b = s.CreateUser("b@example.org", "$argon2id$b", wrap, 101);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(s.DeleteUser(a->id).ok());  // a gap in the ids must survive
  Result<User> c = s.CreateUser("c@example.org", "$argon2id$c", wrap, 102);
  ASSERT_TRUE(c.ok());
  for (const User& u : {*b, *c}) {
    CachedResult res{std::string("sealed\xff\0result", 14), 300};
    for (int i = 0; i < 3; ++i) {
      Record r;
      r.meta = {"rec" + std::to_string(u.id) + "-" + std::to_string(i),
                u.id,
                "labs.csv",
                "csv",
                10 + i,
                i,
                200};  // equal times: the stored order must be kept
      r.sealed_raw = std::string("raw\0\x01", 5) + r.meta.id;
      r.sealed_parsed = "parsed-" + r.meta.id;
      r.parsed_version = i == 0 ? kParsedSummary : kParsedRecord;  // both kinds survive
      ASSERT_TRUE(s.PutRecord(r, &res).ok());
    }
    ASSERT_TRUE(s.CreateSession({"digest" + u.email, u.id, "csrf", 10, 20, "ua", "::1"}).ok());
    ASSERT_TRUE(s.CreateShare({"share" + u.email, "sd" + u.email, u.id, 10, 99, true}).ok());
  }
  ASSERT_TRUE(s.AddLoginFailure("address:10.0.0.1", 5).ok());
  ASSERT_TRUE(s.AddLoginFailure("account:b@example.org", 6).ok());
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(
        s.AppendAudit({0, 100 + i, c->id, "record.read", "r", "127.0.0.1", "ok", "", ""}).ok());
  }
}

TEST_P(StoreTest, ExportThenImportIntoAnEmptyStoreKeepsEveryRow) {
  FillEveryTable(*store_);
  Result<Snapshot> snap = store_->Export();
  ASSERT_TRUE(snap.ok()) << snap.status().ToString();
  EXPECT_EQ(snap->users.size(), 2u);
  EXPECT_EQ(snap->records.size(), 6u);
  EXPECT_EQ(snap->audit.size(), 5u);
  // Through a backup file and into a second, empty store of the same backend.
  const std::string file = dir_.File("backup.ogsnap");
  ASSERT_TRUE(WriteSnapshotFile(*snap, file).ok());
  Result<Snapshot> read = ReadSnapshotFile(file);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_TRUE(*read == *snap);
  oncoguide::testing::TempDir other_dir;
  Result<std::unique_ptr<Store>> other =
      GetParam().postgres
          ? OpenStore(testing_pg::FreshDatabase(testing_pg::TestDatabaseName("_copy")))
          : GetParam().open(other_dir.path());
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  ASSERT_TRUE((*other)->Import(*read).ok());
  Result<Snapshot> again = (*other)->Export();
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(*again == *snap);
  EXPECT_EQ(VerifyAuditChain(**other)->rows, 5);
  // New rows continue after the imported ones.
  Result<User> d = (*other)->CreateUser(
      "d@example.org", "h", [](auto) { return "w"; }, 1);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_GT(d->id, snap->users.back().id);
  EXPECT_EQ((*other)->AppendAudit({0, 1, 0, "x", "", "", "ok", "", ""})->seq, 6);
  // A store that holds data refuses an import.
  EXPECT_EQ(store_->Import(*snap).code(), StatusCode::kFailedPrecondition);
}

TEST_P(StoreTest, ADamagedBackupFileIsRefused) {
  FillEveryTable(*store_);
  const std::string file = dir_.File("backup.ogsnap");
  ASSERT_TRUE(WriteSnapshotFile(*store_->Export(), file).ok());
  std::string bytes = oncoguide::testing::ReadFileBytes(file);
  bytes[bytes.size() / 2] ^= 0x01;
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  Result<Snapshot> read = ReadSnapshotFile(file);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().cause().find("damaged"), std::string::npos) << read.status().ToString();
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(kBackends),
                         [](const auto& info) { return info.param.name; });

// SQLite-specific: file settings, migrations, tampering below the interface.

TEST(SqliteStoreTest, UsesWalAndFullSync) {
  oncoguide::testing::TempDir dir;
  const std::string path = dir.File("t.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST(SqliteStoreTest, RefusesANewerSchema) {
  oncoguide::testing::TempDir dir;
  const std::string path = dir.File("t.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(s.status().cause().find("999"), std::string::npos);
}

TEST(SqliteStoreTest, AppliesOnlyMissingMigrationsInOrder) {
  oncoguide::testing::TempDir dir;
  const std::string path = dir.File("t.db");
  std::vector<Migration> ms(SqliteMigrations().begin(), SqliteMigrations().end());
  ASSERT_TRUE(OpenSqliteStore(path, ms).ok());
  const int next = ms.back().version + 1;
  ms.push_back({next, "test_extra", "CREATE TABLE extra(x INTEGER);"});
  Result<std::unique_ptr<Store>> s = OpenSqliteStore(path, ms);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(*(*s)->SchemaVersion(), next);
  s->reset();
  // Reopening applies nothing twice (CREATE TABLE would fail).
  EXPECT_TRUE(OpenSqliteStore(path, ms).ok());
}

// Schema 2 added records.parsed_version: a record stored by a schema-1 binary reads back as an
// observations summary (its raw file is re-parsed for the result).
TEST(SqliteStoreTest, ASchemaOneRecordIsMigratedAsASummary) {
  oncoguide::testing::TempDir dir;
  const std::string path = dir.File("t.db");
  std::vector<Migration> v1(SqliteMigrations().begin(), SqliteMigrations().begin() + 1);
  ASSERT_TRUE(OpenSqliteStore(path, v1).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "INSERT INTO users VALUES(1, 'a@example.org', 'h', x'00', 1);"
                         "INSERT INTO records VALUES('r1', 1, 'labs.csv', 'csv', 10, 2, 5, "
                         "x'01', x'02');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(*(*s)->SchemaVersion(), SqliteMigrations().back().version);
  Result<Record> r = (*s)->GetRecord(1, "r1");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->parsed_version, kParsedSummary);
  EXPECT_EQ(r->sealed_parsed, "\x02");
}

TEST(SqliteStoreTest, AFailedMigrationLeavesTheVersionUnchanged) {
  oncoguide::testing::TempDir dir;
  const std::string path = dir.File("t.db");
  std::vector<Migration> ms(SqliteMigrations().begin(), SqliteMigrations().end());
  const int before = ms.back().version;
  ms.push_back({before + 1, "broken", "CREATE TABLE ok_part(x); THIS IS NOT SQL;"});
  EXPECT_FALSE(OpenSqliteStore(path, ms).ok());
  Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*(*s)->SchemaVersion(), before);
}

TEST(SqliteStoreTest, AuditTableRefusesUpdatesAndVerifyFindsTampering) {
  ASSERT_TRUE(crypto::Init().ok());
  oncoguide::testing::TempDir dir;
  const std::string path = dir.File("t.db");
  {
    Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    for (int i = 0; i < 3; ++i) {
      ASSERT_TRUE((*s)->AppendAudit({0, i, 1, "record.read", "r", "a", "ok", "", ""}).ok());
    }
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE audit SET outcome = 'denied' WHERE seq = 2", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit WHERE seq = 2", nullptr, nullptr, nullptr),
            SQLITE_OK);
  // Someone with write access to the file can drop the trigger; the chain still tells.
  ASSERT_EQ(sqlite3_exec(db,
                         "DROP TRIGGER audit_no_update; UPDATE audit SET outcome = 'denied' "
                         "WHERE seq = 2",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok());
  Result<AuditVerification> v = VerifyAuditChain(**s);
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.status().cause().find("row 2"), std::string::npos) << v.status().cause();
}

TEST(OpenStoreTest, UnreachablePostgresIsUnavailableWithAClearMessage) {
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  Result<std::unique_ptr<Store>> s = OpenStore("postgresql://nobody@127.0.0.1:1/oncoguide");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kUnavailable) << s.status().ToString();
  EXPECT_NE(s.status().cause().find("PostgreSQL"), std::string::npos) << s.status().ToString();
}

}  // namespace
}  // namespace oncoguide::store
