// `oncoguide admin`: operations on the service's database, on either backend (SQLite file or
// PostgreSQL URL): migrate, backup, restore, copy (a laptop's SQLite into PostgreSQL) and
// verify-audit. Thin shell over oncoguide/store (snapshot.h, audit_chain.h).
#include <fmt/format.h>

#include <memory>
#include <string>

#include "commands.h"
#include "oncoguide/store/audit_chain.h"
#include "oncoguide/store/snapshot.h"
#include "oncoguide/store/store.h"

namespace oncoguide::cli {
namespace {

struct AdminOptions {
  std::string data;  // data folder (SQLite default)
  std::string db;    // database URL
  std::string file;  // backup file
  std::string to;    // copy target URL
};

std::string DbUrl(const AdminOptions& o) {
  if (!o.db.empty()) return o.db;
  return "sqlite:" + (o.data.empty() ? DefaultDataDir() : o.data) + "/oncoguide.db";
}

// Prints "oncoguide admin <what>: <status>" and returns 1, or returns 0 when OK.
int Report(const char* what, const Status& s) {
  if (s.ok()) return 0;
  fmt::print(stderr, "oncoguide admin {}: {}\n", what, s.ToString());
  return 1;
}

Result<std::unique_ptr<store::Store>> Open(const std::string& url) { return store::OpenStore(url); }

int Migrate(const AdminOptions& o) {
  auto s = Open(DbUrl(o));  // opening applies every pending migration (once, under a lock)
  if (!s.ok()) return Report("migrate", s.status());
  auto v = (*s)->SchemaVersion();
  if (!v.ok()) return Report("migrate", v.status());
  fmt::print("schema at version {}\n", *v);
  return 0;
}

int Backup(const AdminOptions& o) {
  auto s = Open(DbUrl(o));
  if (!s.ok()) return Report("backup", s.status());
  auto snap = (*s)->Export();
  if (!snap.ok()) return Report("backup", snap.status());
  if (int rc = Report("backup", store::WriteSnapshotFile(*snap, o.file)); rc != 0) return rc;
  fmt::print("backup {}: {} accounts, {} records, {} audit rows\n", o.file, snap->users.size(),
             snap->records.size(), snap->audit.size());
  return 0;
}

int Restore(const AdminOptions& o) {
  auto snap = store::ReadSnapshotFile(o.file);
  if (!snap.ok()) return Report("restore", snap.status());
  auto s = Open(DbUrl(o));
  if (!s.ok()) return Report("restore", s.status());
  if (int rc = Report("restore", (*s)->Import(*snap)); rc != 0) return rc;
  auto v = store::VerifyAuditChain(**s);
  if (!v.ok()) return Report("restore", v.status());
  fmt::print("restored {}: {} accounts, {} records, {} audit rows (chain intact)\n", o.file,
             snap->users.size(), snap->records.size(), v->rows);
  return 0;
}

int Copy(const AdminOptions& o) {
  auto from = Open(DbUrl(o));
  if (!from.ok()) return Report("copy", from.status());
  auto to = Open(o.to);
  if (!to.ok()) return Report("copy", to.status());
  auto copied = store::CopyStore(**from, **to);  // checks the target exports what was copied
  if (!copied.ok()) return Report("copy", copied.status());
  fmt::print("copied {} accounts, {} records, {} audit rows; the target matches the source\n",
             copied->users.size(), copied->records.size(), copied->audit.size());
  return 0;
}

int VerifyAudit(const AdminOptions& o) {
  auto s = Open(DbUrl(o));
  if (!s.ok()) return Report("verify-audit", s.status());
  auto v = store::VerifyAuditChain(**s);
  if (!v.ok()) return Report("verify-audit", v.status());
  fmt::print("audit chain intact: {} rows\n", v->rows);
  return 0;
}

}  // namespace

void RegisterAdmin(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<AdminOptions>();
  CLI::App* admin =
      app.add_subcommand("admin", "Database operations for the service (SQLite or PostgreSQL)");
  admin->require_subcommand(1);
  auto add = [&](const char* name, const char* help, int (*run)(const AdminOptions&)) {
    CLI::App* cmd = admin->add_subcommand(name, help);
    cmd->add_option("--data", o->data, "Data directory (as for serve; SQLite default)");
    cmd->add_option("--db", o->db, "Database URL: sqlite:PATH or postgresql://...");
    cmd->callback([o, exit_code, run] { *exit_code = run(*o); });
    return cmd;
  };
  add("migrate", "Apply pending schema migrations and print the version", Migrate);
  add("backup", "Write every row (sealed) to a backup file", Backup)
      ->add_option("file", o->file, "Backup file to write")
      ->required();
  add("restore", "Load a backup file into an empty database", Restore)
      ->add_option("file", o->file, "Backup file to read")
      ->required();
  add("copy", "Copy every row into another, empty database (e.g. SQLite into PostgreSQL)", Copy)
      ->add_option("--to", o->to, "Target database URL")
      ->required();
  add("verify-audit", "Check the audit table's hash chain", VerifyAudit);
}

}  // namespace oncoguide::cli
