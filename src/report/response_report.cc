#include "oncoguide/report/response_report.h"

#include <fmt/format.h>

#include <chrono>

#include "oncoguide/common/text.h"

namespace oncoguide::report {

using response::CategoryName;

namespace {

std::string Wrap(const std::string& text, int width, const std::string& indent) {
  return WrapText(text, static_cast<size_t>(width), indent, indent);
}

}  // namespace

std::string ResponseToText(const pipeline::PatientResult& record, int width) {
  const response::ResponseReport& report = record.response;
  std::string out;
  out += fmt::format("Patient {} ({}), response by {}\n",
                     report.patient_id.empty() ? "-" : report.patient_id, record.source,
                     report.criteria);
  if (report.lines.empty()) out += "  No results to assess.\n";
  int n = 0;
  for (const response::TherapyLine& line : report.lines) {
    out += fmt::format("\nLine {}: {}, from {}\n", ++n,
                       line.regimen ? *line.regimen : "no therapy recorded", line.start.ToString());
    for (const response::TherapyPhase& ph : line.phases) {
      out += fmt::format("  Phase: {} from {}{}\n", ph.name, ph.date.ToString(),
                         ph.regimen.empty() ? "" : " (" + ph.regimen + ")");
    }
    out += Wrap(fmt::format("Baseline{}: {}",
                            line.baseline.date ? " (" + line.baseline.date->ToString() + ")" : "",
                            line.baseline.explanation),
                width, "  ");
    for (const response::Assessment& a : line.assessments) {
      std::string status =
          a.response == response::Category::kNE || a.response == response::Category::kSD
              ? ""
              : (a.confirmed ? ", confirmed" : ", unconfirmed");
      out += fmt::format("  {}  {}{}\n", a.date.ToString(), CategoryName(a.response), status);
      out += Wrap(a.explanation, width, "      ");
    }
    out += fmt::format(
        "  Best {}response: {}{}\n", line.awaiting_confirmation ? "confirmed " : "",
        line.best_response ? std::string(CategoryName(*line.best_response)) : "none yet",
        line.best_response_date ? " (from " + line.best_response_date->ToString() + ")" : "");
    if (line.awaiting_confirmation) {
      out += fmt::format("  Latest: {} ({}), awaiting confirmation by the next assessment\n",
                         CategoryName(*line.awaiting_confirmation),
                         line.awaiting_confirmation_date->ToString());
    }
    out += fmt::format("  Progression: {}\n",
                       line.progression_date ? "confirmed from " + line.progression_date->ToString()
                                             : "none confirmed");
    if (line.mrd_status != response::MrdStatus::kNone) {
      out += fmt::format("  MRD: {} ({})\n", response::MrdStatusName(line.mrd_status),
                         line.mrd_date->ToString());
    }
    for (const std::string& note : line.notes) out += Wrap("Note: " + note, width, "  ");
  }
  if (!record.reader_notes.empty()) {
    out += fmt::format("\nHow the records were read ({}):\n", record.reader_notes.size());
    for (const std::string& n : record.reader_notes) out += Wrap(n, width, "  ");
  }
  if (!record.ignored.empty()) {
    out += fmt::format("\nNot used ({}):\n", record.ignored.size());
    for (const std::string& i : record.ignored) out += Wrap(i, width, "  ");
  }
  return out;
}

}  // namespace oncoguide::report
