#include "lab_report_upload.h"

#include <fmt/format.h>

#include "oncoguide/common/utf8.h"
#include "oncoguide/import/importer.h"

namespace oncoguide::server {

namespace {

// "please check: page 2, read as "M-spike 1.2": unit inferred; read by OCR with confidence
// 0.61" (the importer's reasons, which name a low OCR confidence when there is one).
std::string ReviewNote(const import::ImportedObservation& o) {
  std::string reasons;
  for (const std::string& r : o.review_reasons) reasons += (reasons.empty() ? "" : "; ") + r;
  return fmt::format("{}page {}, read as \"{}\": {}", render::kReviewNotePrefix, o.source.page,
                     EchoForMessage(o.source.text),
                     reasons.empty() ? "please compare with the report" : reasons);
}

}  // namespace

bool IsLabReport(std::string_view bytes) {
  return import::SniffDocument(bytes) != import::DocumentKind::kUnknown;
}

Result<ParsedUpload> ReadLabReport(std::string_view bytes, const std::string& name) {
  import::ImportLimits limits;
  limits.max_seconds = 60;  // a request waits for it: half of the CLI's two minutes
  OG_ASSIGN_OR_RETURN(import::ImportResult imported, import::ImportContent(bytes, name, limits));
  if (imported.observations.empty()) {
    return Status::Invalid(
        fmt::format("no dated value of a test oncoguide uses was found in {}", name),
        "check that the report shows the collection date and M-protein, free light chain, "
        "immunofixation or blood test results; or upload a CSV or FHIR export of your labs");
  }
  ParsedUpload out;
  out.format = import::SniffDocument(bytes) == import::DocumentKind::kPdf ? "pdf" : "image";
  out.record.source = name;
  for (const import::ImportedObservation& o : imported.observations) {
    records::Observation obs = o.obs;
    if (o.needs_review) obs.note = ReviewNote(o);
    out.record.observations.push_back(std::move(obs));
  }
  for (const import::ImportNote& n : imported.unrecognised) {
    out.not_read.push_back(
        fmt::format("{} page {}: {} ({})", name, n.page, EchoForMessage(n.text), n.reason));
  }
  for (const import::ImportNote& n : imported.ignored) {
    out.record.ignored.push_back(fmt::format("page {}: {} ({})", n.page, n.text, n.reason));
  }
  out.record.SortByDate();
  return out;
}

void DropReviewNotes(std::vector<records::Observation>* observations) {
  for (records::Observation& o : *observations) {
    if (o.note.starts_with(render::kReviewNotePrefix)) o.note.clear();
  }
}

}  // namespace oncoguide::server
