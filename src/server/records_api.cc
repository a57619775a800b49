// A person's records (encrypted at rest), their result, the export, and share links.
#include <fmt/format.h>

#include "assess_adapter.h"
#include "record_codec.h"
#include "service.h"

namespace oncoguide::server {

using records::PatientRecord;

namespace {

using nlohmann::json;

json MetaJson(const store::RecordMeta& m) {
  return {{"id", m.id},     {"filename", m.filename},         {"format", m.format},
          {"size", m.size}, {"observations", m.observations}, {"created_at", m.created_at}};
}

// What GET /api/v1/records/{id} shows as "parsed" (the observations view), from the opened
// sealed_parsed text.
Result<json> ParsedView(const store::Record& r, const std::string& text) {
  if (r.parsed_version != store::kParsedRecord) return json::parse(text);  // stored as the view
  OG_ASSIGN_OR_RETURN(PatientRecord record, DecodeRecord(text));
  return ObservationsJson(record);
}

Status NoSuchRecord() {
  return Status::NotFound("no such record", "GET /api/v1/records lists your records");
}

void Upload(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  store::RecordMeta meta;
  if (auto e = StoreUpload(svc, *c, req, req.body, UploadName(req.get_header_value("X-Filename")),
                           &meta)) {
    return SendError(res, *e);
  }
  res.set_header("Location", "/api/v1/records/" + meta.id);
  SendJson(res, 201, MetaJson(meta));
}

void List(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, false);
  if (!c) return;
  Result<std::vector<store::RecordMeta>> list = svc.ReadMayBeStale<std::vector<store::RecordMeta>>(
      c->user, [&](store::Store& s) { return s.ListRecords(c->user.id); });
  if (!list.ok()) return SendError(res, 503, list.status());
  json out = json::array();
  for (const store::RecordMeta& m : *list) out.push_back(MetaJson(m));
  if (!svc.Audit(c->user.id, "record.list", "", req, "ok")) {
    return SendError(res, 503, AuditUnavailable());
  }
  SendJson(res, 200, {{"records", std::move(out)}});
}

// Reads one of the caller's records; answers 404 for a missing or another user's id.
std::optional<store::Record> Fetch(Service& svc, const Caller& c, const httplib::Request& req,
                                   httplib::Response& res, const char* action) {
  const std::string id = req.matches[1].str();
  Result<store::Record> r = svc.ReadMayBeStale<store::Record>(
      c.user, [&](store::Store& s) { return s.GetRecord(c.user.id, id); });
  if (!r.ok()) {
    const bool missing = r.status().code() == StatusCode::kNotFound;
    svc.Audit(c.user.id, action, id, req, missing ? "not_found" : "error");
    SendError(res, missing ? 404 : 503, missing ? NoSuchRecord() : r.status());
    return std::nullopt;
  }
  return std::move(*r);
}

void Get(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, false);
  if (!c) return;
  std::optional<store::Record> r = Fetch(svc, *c, req, res, "record.read");
  if (!r) return;
  Result<std::string> parsed =
      crypto::Open(c->data_key, r->sealed_parsed, RecordAad(c->user.id, r->meta.id, "parsed"));
  Result<json> view = parsed.ok() ? ParsedView(*r, *parsed) : Result<json>(parsed.status());
  if (!svc.Audit(c->user.id, "record.read", r->meta.id, req, view.ok() ? "ok" : "error") &&
      view.ok()) {
    return SendError(res, 503, AuditUnavailable());
  }
  if (!view.ok()) return SendError(res, 500, view.status());
  json out = MetaJson(r->meta);
  out["parsed"] = std::move(*view);
  SendJson(res, 200, out);
}

void GetRaw(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, false);
  if (!c) return;
  std::optional<store::Record> r = Fetch(svc, *c, req, res, "record.read_raw");
  if (!r) return;
  Result<std::string> raw =
      crypto::Open(c->data_key, r->sealed_raw, RecordAad(c->user.id, r->meta.id, "raw"));
  if (!svc.Audit(c->user.id, "record.read_raw", r->meta.id, req, raw.ok() ? "ok" : "error") &&
      raw.ok()) {
    return SendError(res, 503, AuditUnavailable());
  }
  if (!raw.ok()) return SendError(res, 500, raw.status());
  // Never rendered by a browser: a download of opaque bytes.
  res.set_header("Content-Disposition", "attachment; filename=\"record-" + r->meta.id + "\"");
  res.set_content(*raw, "application/octet-stream");
}

void Delete(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  const std::string id = req.matches[1].str();
  if (Status m = svc.MarkWritten(*c); !m.ok()) return SendError(res, StoreFailureHttp(m), m);
  Status s = svc.store().DeleteRecord(c->user.id, id);
  const bool missing = s.code() == StatusCode::kNotFound;
  svc.Audit(c->user.id, "record.delete", id, req, s.ok() ? "ok" : missing ? "not_found" : "error");
  if (!s.ok()) {
    return SendError(res, missing ? 404 : StoreFailureHttp(s), missing ? NoSuchRecord() : s);
  }
  res.status = 204;
}

void MyResult(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, false);
  if (!c) return;
  Result<json> r = svc.ComputeResult(*c);
  const bool missing = !r.ok() && r.status().code() == StatusCode::kNotFound;
  if (!svc.Audit(c->user.id, "result.read", "", req,
                 r.ok()    ? "ok"
                 : missing ? "not_found"
                           : "error") &&
      r.ok()) {
    return SendError(res, 503, AuditUnavailable());
  }
  if (!r.ok()) return SendError(res, missing ? 404 : StoreFailureHttp(r.status()), r.status());
  SendJson(res, 200, *r);
}

void Export(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, false);
  if (!c) return;
  Result<std::vector<PatientRecord>> all = svc.ReadParsedRecords(*c);
  if (!svc.Audit(c->user.id, "export", "", req, all.ok() ? "ok" : "error") && all.ok()) {
    return SendError(res, 503, AuditUnavailable());
  }
  if (!all.ok()) return SendError(res, StoreFailureHttp(all.status()), all.status());
  res.set_header("Content-Disposition", "attachment; filename=\"oncoguide-export.json\"");
  res.status = 200;
  res.set_content(ExportBundle(MergeRecords(std::move(*all))).dump(), "application/fhir+json");
}

void CreateShare(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  std::int64_t ttl = svc.options().share_ttl_s;
  if (!req.body.empty()) {
    Result<json> body = ParseJsonBody(req);
    if (!body.ok()) return SendError(res, 400, body.status());
    if (auto d = body->find("days"); d != body->end()) {
      if (!d->is_number_integer() || d->get<std::int64_t>() < 1 ||
          d->get<std::int64_t>() * 86400 > svc.options().share_max_ttl_s) {
        return SendError(
            res, 400,
            Status::Invalid("\"days\" must be a whole number of days",
                            fmt::format("from 1 to {}", svc.options().share_max_ttl_s / 86400)));
      }
      ttl = d->get<std::int64_t>() * 86400;
    }
  }
  const std::string token = crypto::RandomToken();
  store::Share s{
      crypto::RandomHex(8), crypto::Digest(token), c->user.id, svc.Now(), svc.Now() + ttl, false};
  if (Status m = svc.MarkWritten(*c); !m.ok()) return SendError(res, 503, m);
  if (Status st = svc.store().CreateShare(s); !st.ok()) return SendError(res, 503, st);
  svc.Audit(c->user.id, "share.create", s.id, req, "ok");
  SendJson(res, 201,
           {{"id", s.id},
            {"token", token},
            {"api", "/api/v1/shared/" + token},
            {"page", "/share/" + token},
            {"expires_at", s.expires_at}});
}

void ListShares(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, false);
  if (!c) return;
  Result<std::vector<store::Share>> list = svc.ReadMayBeStale<std::vector<store::Share>>(
      c->user, [&](store::Store& s) { return s.ListShares(c->user.id); });
  if (!list.ok()) return SendError(res, 503, list.status());
  json out = json::array();
  for (const store::Share& s : *list) {
    out.push_back({{"id", s.id},
                   {"created_at", s.created_at},
                   {"expires_at", s.expires_at},
                   {"revoked", s.revoked},
                   {"active", !s.revoked && svc.Now() < s.expires_at}});
  }
  SendJson(res, 200, {{"shares", std::move(out)}});
}

void RevokeShare(Service& svc, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = svc.Authenticate(req, res, true);
  if (!c) return;
  const std::string id = req.matches[1].str();
  if (Status m = svc.MarkWritten(*c); !m.ok()) return SendError(res, 503, m);
  Status s = svc.store().RevokeShare(c->user.id, id);
  svc.Audit(c->user.id, "share.revoke", id, req, s.ok() ? "ok" : "not_found");
  if (!s.ok() && s.code() != StatusCode::kNotFound) return SendError(res, 503, s);
  if (!s.ok()) {
    return SendError(res, 404, Status::NotFound("no such share link", "GET /api/v1/shares"));
  }
  res.status = 204;
}

}  // namespace

std::string UploadName(std::string name) {
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  std::string out;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_') {
      out += c;
    }
  }
  if (out.size() > 100) out.resize(100);
  return out;
}

std::optional<HttpError> StoreUpload(Service& svc, const Caller& c, const httplib::Request& req,
                                     std::string_view bytes, const std::string& name,
                                     store::RecordMeta* out) {
  if (Status s = CheckRecordsContent(bytes); !s.ok()) {
    svc.Audit(c.user.id, "record.create", "", req, "refused");
    return HttpError{s.code() == StatusCode::kFailedPrecondition ? 415 : 422, s};
  }
  Result<std::pair<std::int64_t, std::int64_t>> usage = svc.store().RecordUsage(c.user.id);
  if (!usage.ok()) return HttpError{503, usage.status()};
  const auto& o = svc.options();
  if (usage->first + static_cast<std::int64_t>(bytes.size()) > o.quota_bytes ||
      usage->second + 1 > o.quota_records) {
    svc.Audit(c.user.id, "record.create", "", req, "quota");
    return HttpError{413, Status::Invalid("your storage quota is full",
                                          "delete records you no longer need, then upload "
                                          "again")};
  }
  Result<ParsedUpload> parsed = ParseUpload(bytes, name.empty() ? "upload" : name);
  if (!parsed.ok()) {
    svc.Audit(c.user.id, "record.create", "", req, "invalid");
    return HttpError{422, parsed.status()};
  }
  const std::int64_t observations = static_cast<std::int64_t>(parsed->record.observations.size());
  const std::string encoded = EncodeRecord(parsed->record);
  store::Record r;
  r.meta.id = crypto::RandomHex(16);
  r.meta.user_id = c.user.id;
  r.meta.filename = name;
  r.meta.format = parsed->format;
  r.meta.size = static_cast<std::int64_t>(bytes.size());
  r.meta.observations = observations;
  r.meta.created_at = svc.Now();
  r.sealed_raw = crypto::Seal(c.data_key, bytes, RecordAad(c.user.id, r.meta.id, "raw"));
  r.sealed_parsed = crypto::Seal(c.data_key, encoded, RecordAad(c.user.id, r.meta.id, "parsed"));
  r.parsed_version = store::kParsedRecord;
  if (Status s = svc.MarkWritten(c); !s.ok()) return HttpError{503, s};
  // The record alone: its commit clears the cached result, and the next read computes it over
  // all of the person's records (Service::ComputeResult), so an upload costs what its own file
  // costs however long the history.
  if (Status s = svc.store().PutRecord(r, nullptr); !s.ok()) {
    svc.Audit(c.user.id, "record.create", r.meta.id, req, "error");
    return HttpError{503, s};
  }
  svc.Audit(c.user.id, "record.create", r.meta.id, req, "ok");
  *out = r.meta;
  return std::nullopt;
}

void AddRecordRoutes(Service& service, std::vector<Route>& routes) {
  Service* svc = &service;
  auto bind = [svc](void (*f)(Service&, const httplib::Request&, httplib::Response&)) {
    return [svc, f](const httplib::Request& req, httplib::Response& res) { f(*svc, req, res); };
  };
  routes.push_back({"POST", "/api/v1/records", bind(Upload)});
  routes.push_back({"GET", "/api/v1/records", bind(List)});
  routes.push_back({"GET", "/api/v1/records/{id}", bind(Get)});
  routes.push_back({"GET", "/api/v1/records/{id}/raw", bind(GetRaw)});
  routes.push_back({"DELETE", "/api/v1/records/{id}", bind(Delete)});
  routes.push_back({"GET", "/api/v1/me/result", bind(MyResult)});
  routes.push_back({"GET", "/api/v1/me/export", bind(Export)});
  routes.push_back({"POST", "/api/v1/shares", bind(CreateShare)});
  routes.push_back({"GET", "/api/v1/shares", bind(ListShares)});
  routes.push_back({"DELETE", "/api/v1/shares/{id}", bind(RevokeShare)});
}

}  // namespace oncoguide::server
