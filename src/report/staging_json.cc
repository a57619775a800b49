#include "oncoguide/report/staging_json.h"

#include <fmt/format.h>

#include "json_layout.h"
#include "json_sinks.h"
#include "oncoguide/common/text.h"

namespace oncoguide::report {
namespace {

std::string StageText(const std::optional<staging::Stage>& s) {
  return s ? std::string(staging::StageName(*s)) : std::string("not assigned");
}

void AppendList(std::string* out, std::string_view title, const std::vector<std::string>& items) {
  if (items.empty()) return;
  *out += fmt::format("  {}:\n", title);
  for (const std::string& i : items) *out += fmt::format("    - {}\n", i);
}

}  // namespace

nlohmann::json StagingToJson(const pipeline::PatientResult& r) {
  internal::DomSink sink;
  internal::WriteStagingObject(sink, r);
  return sink.Take();
}

// Same width as the response report (report/response_report.h).
constexpr size_t kTextWidth = 100;

std::string StagingToText(const pipeline::PatientResult& r) {
  std::string out;
  const staging::StagingSummary& s = r.staging;
  out += fmt::format("Staging{}\n", s.date ? " (values up to " + s.date->ToString() + ")" : "");
  out += fmt::format("  ISS: {}   R-ISS: {}   R2-ISS: {}{}\n", StageText(s.iss), StageText(s.r_iss),
                     StageText(s.r2_iss),
                     s.r2_iss_points ? fmt::format(" ({:g} points)", *s.r2_iss_points) : "");
  out += WrapText(s.explanation, kTextWidth, "  ", "  ");
  AppendList(&out, "Missing", s.missing);

  const staging::DiagnosisResult& d = r.diagnosis;
  out += fmt::format("Diagnosis ({}): {}\n", d.criteria,
                     d.category ? staging::DiagnosisCategoryLongName(*d.category) : "not assigned");
  AppendList(&out, "Myeloma-defining events", d.events);
  AppendList(&out, "Missing", d.missing);
  out += WrapText(d.explanation, kTextWidth, "  ", "  ");

  const staging::HighRiskResult& h = r.high_risk;
  out += fmt::format("High risk ({}): {}\n", h.definition,
                     !h.status   ? "not known yet (no criterion met, but a missing test could "
                                   "meet one)"
                     : *h.status ? "yes"
                                 : "no (every test that could meet a criterion is in the record)");
  AppendList(&out, "Reasons", h.reasons);
  AppendList(&out, "Would decide", h.would_decide);
  AppendList(&out, "Not tested", h.not_tested);
  AppendList(&out, "Notes", h.notes);
  return out;
}

}  // namespace oncoguide::report
