// Snapshots of a store (snapshot.h): comparison, the backup file, and copying between stores.
//
// The file: one header line "oncoguide-snapshot 1 <digest of the payload>\n", then the payload,
// CBOR (RFC 8949) of a JSON object with one array per table; sealed columns are CBOR byte
// strings, so the file is as compact as the database and needs no text encoding.
#include "oncoguide/store/snapshot.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "oncoguide/crypto/crypto.h"

namespace oncoguide::store {
namespace {

using nlohmann::json;

constexpr char kMagic[] = "oncoguide-snapshot 1 ";

json Bin(const std::string& s) {
  return json::binary(std::vector<std::uint8_t>(s.begin(), s.end()));
}
std::string Str(const json& j) {
  const auto& b = j.get_binary();
  return std::string(b.begin(), b.end());
}

json ToJson(const Snapshot& s) {
  json j = {{"schema_version", s.schema_version}};
  json& users = j["users"] = json::array();
  for (const User& u : s.users) {
    users.push_back({u.id, u.email, u.password_hash, Bin(u.wrapped_key), u.created_at});
  }
  json& sessions = j["sessions"] = json::array();
  for (const Session& x : s.sessions) {
    sessions.push_back({x.token_digest, x.user_id, x.csrf_token, x.created_at, x.last_seen,
                        x.user_agent, x.address});
  }
  json& records = j["records"] = json::array();
  for (const Record& r : s.records) {
    const RecordMeta& m = r.meta;
    records.push_back({m.id, m.user_id, m.filename, m.format, m.size, m.observations, m.created_at,
                       Bin(r.sealed_raw), Bin(r.sealed_parsed), r.parsed_version});
  }
  json& results = j["results"] = json::array();
  for (const auto& [user, r] : s.results) results.push_back({user, Bin(r.sealed), r.computed_at});
  json& failures = j["login_failures"] = json::array();
  for (const LoginFailure& f : s.login_failures) failures.push_back({f.key, f.at});
  json& shares = j["shares"] = json::array();
  for (const Share& x : s.shares) {
    shares.push_back({x.id, x.token_digest, x.user_id, x.created_at, x.expires_at, x.revoked});
  }
  json& audit = j["audit"] = json::array();
  for (const AuditEvent& e : s.audit) {
    audit.push_back(
        {e.seq, e.at, e.user_id, e.action, e.target, e.address, e.outcome, e.prev_hash, e.hash});
  }
  return j;
}

// Throws nlohmann's exceptions on a malformed document (the caller turns them into a Status).
Snapshot FromJson(const json& j) {
  Snapshot s;
  s.schema_version = j.at("schema_version").get<int>();
  using I = std::int64_t;
  using S = std::string;
  for (const json& u : j.at("users")) {
    s.users.push_back(
        {u.at(0).get<I>(), u.at(1).get<S>(), u.at(2).get<S>(), Str(u.at(3)), u.at(4).get<I>()});
  }
  for (const json& x : j.at("sessions")) {
    s.sessions.push_back({x.at(0).get<S>(), x.at(1).get<I>(), x.at(2).get<S>(), x.at(3).get<I>(),
                          x.at(4).get<I>(), x.at(5).get<S>(), x.at(6).get<S>()});
  }
  for (const json& r : j.at("records")) {
    s.records.push_back({{r.at(0).get<S>(), r.at(1).get<I>(), r.at(2).get<S>(), r.at(3).get<S>(),
                          r.at(4).get<I>(), r.at(5).get<I>(), r.at(6).get<I>()},
                         Str(r.at(7)),
                         Str(r.at(8)),
                         // A schema-1 snapshot has no parsed_version: its rows are summaries.
                         r.size() > 9 ? r.at(9).get<int>() : kParsedSummary});
  }
  for (const json& r : j.at("results")) {
    s.results.push_back({r.at(0).get<I>(), {Str(r.at(1)), r.at(2).get<I>()}});
  }
  for (const json& f : j.at("login_failures")) {
    s.login_failures.push_back({f.at(0).get<S>(), f.at(1).get<I>()});
  }
  for (const json& x : j.at("shares")) {
    s.shares.push_back({x.at(0).get<S>(), x.at(1).get<S>(), x.at(2).get<I>(), x.at(3).get<I>(),
                        x.at(4).get<I>(), x.at(5).get<bool>()});
  }
  for (const json& e : j.at("audit")) {
    s.audit.push_back({e.at(0).get<I>(), e.at(1).get<I>(), e.at(2).get<I>(), e.at(3).get<S>(),
                       e.at(4).get<S>(), e.at(5).get<S>(), e.at(6).get<S>(), e.at(7).get<S>(),
                       e.at(8).get<S>()});
  }
  return s;
}

Status WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::IoError(fmt::format("writing failed: {}", std::strerror(errno)));
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

}  // namespace

bool operator==(const Snapshot& a, const Snapshot& b) { return ToJson(a) == ToJson(b); }

Status WriteSnapshotFile(const Snapshot& snapshot, const std::string& path) {
  const std::vector<std::uint8_t> cbor = json::to_cbor(ToJson(snapshot));
  const std::string payload(cbor.begin(), cbor.end());
  const std::string tmp = path + ".tmp";
  const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Status::IoError(fmt::format("cannot write '{}': {}", tmp, std::strerror(errno)),
                           "choose a writable folder for the backup");
  }
  Status s = WriteAll(fd, kMagic + crypto::Digest(payload) + "\n");
  if (s.ok()) s = WriteAll(fd, payload);
  if (s.ok() && fsync(fd) != 0) s = Status::IoError("fsync of the backup failed");
  close(fd);
  if (s.ok() && rename(tmp.c_str(), path.c_str()) != 0) {
    s = Status::IoError(fmt::format("cannot rename '{}': {}", tmp, std::strerror(errno)));
  }
  if (!s.ok()) {
    unlink(tmp.c_str());
    return Status(s.code(), fmt::format("backup '{}': {}", path, s.cause()), s.hint());
  }
  return Status::Ok();
}

Result<Snapshot> ReadSnapshotFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("cannot open the backup '{}'", path));
  std::string header;
  std::getline(in, header);
  const std::string payload((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!header.starts_with(kMagic)) {
    return Status::Invalid(fmt::format("'{}' is not an oncoguide backup", path),
                           "pass a file written by `oncoguide admin backup`");
  }
  if (header.substr(sizeof(kMagic) - 1) != crypto::Digest(payload)) {
    return Status::Invalid(
        fmt::format("the backup '{}' is damaged (its digest does not match)", path),
        "use another copy of the backup");
  }
  try {
    return FromJson(json::from_cbor(payload));
  } catch (const json::exception& e) {
    return Status::Invalid(fmt::format("the backup '{}' cannot be read: {}", path, e.what()));
  }
}

Result<Snapshot> CopyStore(Store& from, Store& to) {
  OG_ASSIGN_OR_RETURN(Snapshot snap, from.Export());
  OG_ASSIGN_OR_RETURN(int version, to.SchemaVersion());
  if (version != snap.schema_version) {
    return Status(StatusCode::kFailedPrecondition,
                  fmt::format("the source is at schema version {}, the target at {}",
                              snap.schema_version, version),
                  "run `oncoguide admin migrate` on both with the same oncoguide first");
  }
  OG_RETURN_IF_ERROR(to.Import(snap));
  OG_ASSIGN_OR_RETURN(Snapshot copied, to.Export());
  if (!(copied == snap)) {
    return Status::IoError("the copy differs from the source after importing",
                           "do not use the target; report this as a bug");
  }
  return snap;
}

}  // namespace oncoguide::store
