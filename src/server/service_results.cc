// A caller's records and result (service.h): stored records opened and decoded (or their raw
// file parsed again), the cached result checked against the records it covers or computed and
// cached anew, and the same read through a share link; every read of health data is audited.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "assess_adapter.h"
#include "record_codec.h"
#include "service.h"

namespace oncoguide::server {

using records::PatientRecord;

using nlohmann::json;

std::string RecordAad(std::int64_t user_id, const std::string& record_id, const char* part) {
  return fmt::format("record:{}:{}:{}", user_id, record_id, part);
}
std::string ResultAad(std::int64_t user_id) { return fmt::format("result:{}", user_id); }

Result<PatientRecord> Service::ReparseRecord(const Caller& caller, const store::Record& r) {
  OG_ASSIGN_OR_RETURN(std::string raw, crypto::Open(caller.data_key, r.sealed_raw,
                                                    RecordAad(caller.user.id, r.meta.id, "raw")));
  const std::string name = r.meta.filename.empty() ? "upload" : r.meta.filename;
  OG_ASSIGN_OR_RETURN(ParsedUpload parsed, ParseUpload(raw, name));
  return std::move(parsed.record);
}

std::string RecordSetDigest(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  std::string joined;
  for (const std::string& id : ids) joined += id + '\n';
  return crypto::ToHex(crypto::Digest(joined));
}

Result<std::vector<PatientRecord>> Service::LoadParsedRecords(const Caller& caller,
                                                              store::Store& from,
                                                              std::string* digest) {
  OG_ASSIGN_OR_RETURN(std::vector<store::Record> rows, from.LoadParsed(caller.user.id));
  std::vector<PatientRecord> out;
  out.reserve(rows.size());
  std::vector<std::string> ids;
  for (const store::Record& r : rows) {
    ids.push_back(r.meta.id);
    if (r.parsed_version == store::kParsedRecord) {
      OG_ASSIGN_OR_RETURN(std::string text,
                          crypto::Open(caller.data_key, r.sealed_parsed,
                                       RecordAad(caller.user.id, r.meta.id, "parsed")));
      Result<PatientRecord> record = DecodeRecord(text);
      if (record.ok()) {
        out.push_back(std::move(*record));
        continue;
      }
      // A stored form this binary does not read (an earlier codec version): the raw file is
      // the authority.
      spdlog::warn("record {}: {}; re-parsing its file", r.meta.id, record.status().cause());
    }
    // Stored before schema 2 (or unreadable): only the raw file has the whole record.
    OG_ASSIGN_OR_RETURN(store::Record full, from.GetRecord(caller.user.id, r.meta.id));
    OG_ASSIGN_OR_RETURN(PatientRecord record, ReparseRecord(caller, full));
    out.push_back(std::move(record));
  }
  if (digest != nullptr) *digest = RecordSetDigest(std::move(ids));
  return out;
}

Result<std::vector<PatientRecord>> Service::ReadParsedRecords(const Caller& caller) {
  return ReadMayBeStale<std::vector<PatientRecord>>(
      caller.user, [&](store::Store& s) { return LoadParsedRecords(caller, s); });
}

Result<json> Service::CachedResult(const Caller& caller, store::Store& from) {
  OG_ASSIGN_OR_RETURN(store::CachedResult cached, from.GetResult(caller.user.id));
  OG_ASSIGN_OR_RETURN(std::vector<store::RecordMeta> metas, from.ListRecords(caller.user.id));
  OG_ASSIGN_OR_RETURN(std::string text,
                      crypto::Open(caller.data_key, cached.sealed, ResultAad(caller.user.id)));
  json stored = json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::vector<std::string> ids;
  for (const store::RecordMeta& m : metas) ids.push_back(m.id);
  if (!stored.is_object() || !stored.contains("result") ||
      stored.value("records", "") != RecordSetDigest(std::move(ids))) {
    return Status::NotFound("the cached result is out of date");
  }
  return std::move(stored["result"]);
}

// An upload or a delete clears the cache; the first read after it computes the result from the
// primary's records and caches it there (a result computed from a replica that lags must never
// overwrite the primary's cache). The digest sealed with it makes a result computed while an
// upload committed (another tab, another server) harmless: it no longer matches the records.
Result<json> Service::ComputeResult(const Caller& caller) {
  Result<json> cached =
      ReadMayBeStale<json>(caller.user, [&](store::Store& s) { return CachedResult(caller, s); });
  if (cached.ok()) return cached;
  if (cached.status().code() != StatusCode::kNotFound) return cached.status();
  std::string digest;
  OG_ASSIGN_OR_RETURN(std::vector<PatientRecord> records,
                      LoadParsedRecords(caller, *store_, &digest));
  if (records.empty()) {
    return Status::NotFound("you have no records yet",
                            "upload your lab records: POST /api/v1/records");
  }
  json result = ResultJson(MergeRecords(std::move(records)));
  const json stored = {{"records", digest}, {"result", result}};
  store::CachedResult c{crypto::Seal(caller.data_key, stored.dump(), ResultAad(caller.user.id)),
                        Now()};
  OG_RETURN_IF_ERROR(store_->PutResult(caller.user.id, c));
  return result;
}

Result<json> Service::MyResult(const httplib::Request& req) {
  Caller caller;
  const AuthFailure f = TryAuthenticate(req, false, &caller);
  if (f == AuthFailure::kExpired) {
    return Status(StatusCode::kFailedPrecondition, "your session has expired", "log in again");
  }
  if (f != AuthFailure::kNone) return Status::NotFound("you are not logged in", "log in first");
  Result<json> r = ComputeResult(caller);
  if (!Audit(caller.user.id, "result.read", "page", req, r.ok() ? "ok" : "not_found") && r.ok()) {
    return AuditUnavailable();
  }
  return r;
}

Result<SharedView> Service::OpenShare(const httplib::Request& req, const std::string& token) {
  const Status gone = Status::NotFound("this share link is unknown, revoked or expired",
                                       "ask the person who shared it for a new link");
  if (token.empty() || token.size() > 128) return gone;
  Result<store::Share> share = store_->FindShare(crypto::Digest(token));
  if (!share.ok()) {
    Audit(0, "share.read", "", req, "not_found");
    return gone;
  }
  if (share->revoked || Now() >= share->expires_at) {
    Audit(share->user_id, "share.read", share->id, req, "denied");
    return gone;
  }
  SharedView view;
  view.share = std::move(*share);
  OG_ASSIGN_OR_RETURN(view.owner.user, store_->GetUser(view.share.user_id));
  OG_ASSIGN_OR_RETURN(view.owner.data_key,
                      crypto::UnwrapKey(master_, view.owner.user.wrapped_key, view.owner.user.id));
  return view;
}

Result<json> Service::SharedResult(const httplib::Request& req, const std::string& token) {
  OG_ASSIGN_OR_RETURN(SharedView view, OpenShare(req, token));
  Result<json> r = ComputeResult(view.owner);
  if (!Audit(view.owner.user.id, "share.read", view.share.id, req, r.ok() ? "ok" : "not_found") &&
      r.ok()) {
    return AuditUnavailable();
  }
  if (!r.ok()) return r.status();
  json out = std::move(*r);
  out["shared"] = {{"expires_at", view.share.expires_at}, {"read_only", true}};
  return out;
}

}  // namespace oncoguide::server
