// The pages about one person's records: upload, review (nothing stored before Save), the
// dashboard and the printable report (pages.h). Reads of health data are audited like the API.
#include <fmt/format.h>

#include <algorithm>

#include "assess_adapter.h"
#include "lab_report_upload.h"
#include "oncoguide/render/chart.h"
#include "oncoguide/render/report_pdf.h"
#include "pages.h"
#include "review_apply.h"

namespace oncoguide::server {

using records::PatientRecord;

namespace {

using render::PlainError;

void ShowUpload(Pages& p, httplib::Response& res, const Caller& c, std::vector<PlainError> errors,
                int status) {
  render::UploadForm form{c.session.csrf_token, std::move(errors)};
  SendPage(res, status, p.site.UploadPage(form), true);
}

// The review's rows, sorted by date for display, each naming its own file ("b.csv line 12", or
// "report.pdf"). The pending record holds the files' observations one file after another.
std::vector<render::ReviewRow> RowsByDate(const PendingUpload& u) {
  std::vector<render::ReviewFile> files;
  for (const PendingFile& f : u.files) files.push_back({f.name, f.observations});
  std::vector<render::ReviewRow> rows = render::ReviewRows(u.record, files);
  std::stable_sort(
      rows.begin(), rows.end(),
      [](const render::ReviewRow& a, const render::ReviewRow& b) { return a.date < b.date; });
  return rows;
}

void ShowReview(Pages& p, httplib::Response& res, const Caller& c, const std::string& id,
                const PendingUpload& u, std::vector<PlainError> errors, int status) {
  render::UploadReview review;
  review.csrf = c.session.csrf_token;
  review.upload_id = id;
  for (const PendingFile& f : u.files) {
    review.files += (review.files.empty() ? "" : ", ") + f.name;
  }
  review.rows = RowsByDate(u);
  review.errors = std::move(errors);
  review.not_read = u.not_read;
  SendPage(res, status, p.site.ReviewPage(review), true);
}

// The signed-in caller of a form POST with the right CSRF token; otherwise answers (303 to the
// login page, or 403) and returns nullopt.
std::optional<Caller> FormCaller(Pages& p, const httplib::Request& req, httplib::Response& res,
                                 const char* path) {
  std::optional<Caller> c = SignedIn(p.service, req);
  if (!c) {
    Redirect(res, LoginFor("/upload"));
    return std::nullopt;
  }
  if (!FormCsrfOk(*c, req)) {
    p.service.Audit(c->user.id, "auth.denied", std::string("POST ") + path, req, "csrf");
    ShowUpload(
        p, res, *c,
        {{"", "The form expired or did not come from this site.", "Choose your files again."}},
        403);
    return std::nullopt;
  }
  return c;
}

// A records file (CSV, FHIR) or a lab report (PDF, photo), read for the review page.
Result<ParsedUpload> ReadForReview(std::string_view bytes, const std::string& name) {
  if (IsLabReport(bytes)) return ReadLabReport(bytes, name);
  OG_RETURN_IF_ERROR(CheckRecordsContent(bytes));
  return ParseUpload(bytes, name);
}

void UploadForm(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = SignedIn(p.service, req);
  if (!c) return Redirect(res, LoginFor("/upload"));
  ShowUpload(p, res, *c, {}, 200);
}

// POST /upload: reads the files and shows the review; stores nothing.
void Read(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = FormCaller(p, req, res, "/upload");
  if (!c) return;
  PendingUpload upload;
  upload.user_id = c->user.id;
  std::vector<PatientRecord> records;
  std::vector<PlainError> errors;
  auto range = req.files.equal_range("files");
  for (auto it = range.first; it != range.second; ++it) {
    const httplib::MultipartFormData& f = it->second;
    if (f.content.empty() && f.filename.empty()) continue;  // no file chosen
    std::string name = UploadName(f.filename);
    if (name.empty()) name = "upload";
    Result<ParsedUpload> parsed = ReadForReview(f.content, name);
    if (!parsed.ok()) {
      PlainError e = render::ToPlainError(parsed.status());
      if (e.where.empty()) e.where = name + ":";
      errors.push_back(std::move(e));
      continue;
    }
    const bool report = parsed->format == "pdf" || parsed->format == "image";
    for (std::string& line : parsed->not_read) upload.not_read.push_back(std::move(line));
    upload.files.push_back({name, f.content, report, parsed->record.observations.size()});
    records.push_back(std::move(parsed->record));
  }
  if (records.empty() && errors.empty()) {
    errors.push_back({"", "No file was chosen.", "Choose one or more record files."});
  }
  if (!errors.empty()) {
    p.service.Audit(c->user.id, "upload.read", "", req, "invalid");
    return ShowUpload(p, res, *c, std::move(errors), 422);
  }
  upload.record = MergeRecords(std::move(records), /*sort=*/false);  // rows know their file
  const PendingUpload& shown = upload;
  std::optional<std::string> id = p.pending.Add(upload, p.service.Now());
  if (!id) {
    return ShowUpload(p, res, *c, {{"", "The server is busy.", "Try again in a few minutes."}},
                      503);
  }
  p.service.Audit(c->user.id, "upload.read", *id, req, "ok");
  ShowReview(p, res, *c, *id, shown, {}, 200);
}

// POST /upload/confirm: stores what the person kept, as reviewed.
void Confirm(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = FormCaller(p, req, res, "/upload/confirm");
  if (!c) return;
  const std::string id = FormValue(req, "upload").value_or("");
  std::optional<PendingUpload> u = p.pending.Take(id, c->user.id, p.service.Now());
  if (!u) {
    p.service.Audit(c->user.id, "upload.confirm", id.substr(0, 64), req, "not_found");
    return ShowUpload(p, res, *c,
                      {{"", "This upload is no longer waiting for review.",
                        "It was saved, cancelled or expired after 30 minutes: choose the files "
                        "again."}},
                      404);
  }
  ReviewOutcome outcome =
      ApplyReview(u->record, [&req](const std::string& name) { return FormValue(req, name); });
  if (!outcome.errors.empty()) {
    std::vector<PlainError> errors = std::move(outcome.errors);
    ShowReview(p, res, *c, id, *u, std::move(errors), 422);
    p.pending.Restore(id, std::move(*u));
    return;
  }
  if (outcome.record.observations.empty()) {
    return ShowUpload(p, res, *c,
                      {{"", "Every value was left out, so nothing was saved.",
                        "Choose your files again and keep the values you want."}},
                      422);
  }
  // What was confirmed is stored as oncoguide CSV when the person changed anything, and always
  // for a lab report: its values as checked, not the PDF or photo they were read from.
  const bool report =
      std::any_of(u->files.begin(), u->files.end(), [](const PendingFile& f) { return f.report; });
  std::vector<PendingFile> to_store;
  if (outcome.changed || report) {
    DropReviewNotes(&outcome.record.observations);
    to_store.push_back({"reviewed-" + u->files.front().name +
                            (u->files.front().name.ends_with(".csv") ? "" : ".csv"),
                        ObservationsCsv(outcome.record.observations)});
  } else {
    to_store = std::move(u->files);
  }
  for (const PendingFile& f : to_store) {
    store::RecordMeta meta;
    if (auto e = StoreUpload(p.service, *c, req, f.bytes, UploadName(f.name), &meta)) {
      return ShowUpload(p, res, *c, {render::ToPlainError(e->status)}, e->http);
    }
  }
  Redirect(res, "/me");
}

void Cancel(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c = FormCaller(p, req, res, "/upload/cancel");
  if (!c) return;
  const std::string id = FormValue(req, "upload").value_or("");
  (void)p.pending.Take(id, c->user.id, p.service.Now());
  p.service.Audit(c->user.id, "upload.cancel", id.substr(0, 64), req, "ok");
  Redirect(res, "/upload");
}

// The dashboard of a person's stored records: both readings (strict IMWG 2016 and lab-only).
render::DashboardData DashboardOf(Pages& p, std::vector<PatientRecord> records) {
  PatientRecord record = MergeRecords(std::move(records));
  response::LabOptions lab;
  const pipeline::PatientResult result =
      pipeline::ComputePatientResult(record, response::Imwg2016(), &lab);
  return render::BuildDashboard(record, result, Today(p.service));
}

// The signed-in person's dashboard data (an audited read), or answers and returns nullopt.
std::optional<render::DashboardData> Dashboard(Pages& p, const httplib::Request& req,
                                               httplib::Response& res, const char* path,
                                               std::optional<Caller>* caller) {
  *caller = SignedIn(p.service, req);
  if (!*caller) {
    Redirect(res, LoginFor(path));
    return std::nullopt;
  }
  const Caller& c = **caller;
  Result<std::vector<PatientRecord>> records = p.service.ReadParsedRecords(c);
  const bool none = records.ok() && records->empty();
  if (!p.service.Audit(c.user.id, "result.read", std::string("page:") + path, req,
                       !records.ok() ? "error"
                       : none        ? "not_found"
                                     : "ok") &&
      records.ok() && !none) {
    records = AuditUnavailable();  // unaudited health data is never shown
  }
  if (!records.ok()) {
    ShowUpload(p, res, c, {render::ToPlainError(records.status())},
               records.status().code() == StatusCode::kUnavailable ? 503 : 500);
    return std::nullopt;
  }
  if (none) {
    Redirect(res, "/upload");
    return std::nullopt;
  }
  render::DashboardData d = DashboardOf(p, std::move(*records));
  d.csrf = c.session.csrf_token;
  return d;
}

// GET /share/{token}: the owner's dashboard, read-only, for whoever holds the link (a doctor,
// a nurse). Every use is audited like the API's; an unknown, revoked or expired link is a 404.
void SharedPage(Pages& p, const httplib::Request& req, httplib::Response& res) {
  Result<SharedView> view = p.service.OpenShare(req, req.matches[1].str());
  if (!view.ok()) {
    const bool gone = view.status().code() == StatusCode::kNotFound;
    return SendPage(res, gone ? 404 : 503, p.site.NotFoundPage(), true);
  }
  Result<std::vector<PatientRecord>> records =
      p.service.LoadParsedRecords(view->owner, p.service.store());
  const bool none = records.ok() && records->empty();
  if (!p.service.Audit(view->owner.user.id, "share.read", view->share.id, req,
                       !records.ok() ? "error"
                       : none        ? "not_found"
                                     : "ok") ||
      !records.ok() || none) {
    return SendPage(res, none ? 404 : 503, p.site.NotFoundPage(), true);
  }
  render::DashboardData d = DashboardOf(p, std::move(*records));
  d.shared_until =
      render::LongDate(Date::FromDays(static_cast<int>(view->share.expires_at / 86400)));
  SendPage(res, 200, p.site.DashboardPage(d), true);
}

void DashboardPage(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c;
  std::optional<render::DashboardData> d = Dashboard(p, req, res, "/me", &c);
  if (d) SendPage(res, 200, p.site.DashboardPage(*d), true);
}

void Report(Pages& p, const httplib::Request& req, httplib::Response& res) {
  std::optional<Caller> c;
  std::optional<render::DashboardData> d = Dashboard(p, req, res, "/me/report.pdf", &c);
  if (!d) return;
  Result<std::string> pdf = render::RenderReportPdf(*d);
  if (!pdf.ok()) return SendError(res, 500, pdf.status());
  SendPage(res, 200, "", true);
  res.set_header("Content-Disposition", "attachment; filename=\"oncoguide-report.pdf\"");
  res.set_content(std::move(*pdf), "application/pdf");
}

}  // namespace

void AddRecordPages(Pages& pages, httplib::Server& http) {
  Pages* p = &pages;
  auto bind = [p](void (*f)(Pages&, const httplib::Request&, httplib::Response&)) {
    return [p, f](const httplib::Request& req, httplib::Response& res) { f(*p, req, res); };
  };
  http.Get("/upload", bind(UploadForm));
  http.Post("/upload", bind(Read));
  http.Post("/upload/confirm", bind(Confirm));
  http.Post("/upload/cancel", bind(Cancel));
  http.Get("/me", bind(DashboardPage));
  http.Get("/me/report.pdf", bind(Report));
  http.Get(R"(/share/([A-Za-z0-9_-]{1,128}))", bind(SharedPage));
}

}  // namespace oncoguide::server
