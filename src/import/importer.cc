#include "oncoguide/import/importer.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <fstream>
#include <iterator>

#include "oncoguide/import/bounded.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/ocr.h"
#include "oncoguide/records/load.h"

namespace oncoguide::import {

DocumentKind SniffDocument(std::string_view c) {
  if (c.starts_with("%PDF-")) return DocumentKind::kPdf;
  // A PDF may have a few bytes of junk before its header (readers accept up to 1 KB).
  if (c.substr(0, 1024).find("%PDF-") != std::string_view::npos) return DocumentKind::kPdf;
  if (c.starts_with("\x89PNG\r\n\x1a\n")) return DocumentKind::kPng;
  if (c.starts_with("\xFF\xD8\xFF")) return DocumentKind::kJpeg;
  if (c.starts_with("II*\0") || c.starts_with(std::string_view("MM\0*", 4))) {
    return DocumentKind::kTiff;
  }
  return DocumentKind::kUnknown;
}

Result<Document> ReadImageDocument(std::string_view content, const ImportLimits& limits) {
  OG_ASSIGN_OR_RETURN(GrayImage image, DecodeImage(content, limits.max_image_pixels));
  OG_ASSIGN_OR_RETURN(Page page, OcrPage(image, 1));
  Document doc;
  if (std::string w = MissingModelWarning(page); !w.empty()) doc.warnings.push_back(std::move(w));
  doc.pages.push_back(std::move(page));
  return doc;
}

Result<ImportResult> ImportContent(std::string_view content, const std::string& source,
                                   const ImportLimits& limits) {
  auto located = [&](const Status& s) {
    return Status::Invalid(fmt::format("{}: {}", source, s.cause()), s.hint());
  };
  if (content.size() > limits.max_file_bytes) {
    return located(Status::Invalid(fmt::format("the file is {} MB; at most {} MB are read",
                                               content.size() >> 20, limits.max_file_bytes >> 20),
                                   "import the pages with lab results only"));
  }
  const DocumentKind kind = SniffDocument(content);
  if (kind == DocumentKind::kUnknown) {
    return Status::Invalid(fmt::format("{} is not a PDF, PNG, JPEG or TIFF file", source),
                           "import a lab report saved as PDF, or a photo of it");
  }
  auto read = [&]() -> Result<Document> {
    return kind == DocumentKind::kPdf ? ReadPdfDocument(content, limits)
                                      : ReadImageDocument(content, limits);
  };
  Result<Document> doc =
      limits.isolate ? RunBounded(read, limits.max_seconds, limits.max_memory_bytes) : read();
  if (!doc.ok()) return located(doc.status());
  ImportResult result = ExtractObservations(*doc);
  result.source = source;
  for (std::string& w : doc->warnings) result.warnings.push_back(std::move(w));
  size_t words = 0;
  for (const Page& p : doc->pages) words += p.words.size();
  if (words == 0) {
    result.warnings.push_back("no text was found in the document");
  }
  return result;
}

Result<ImportResult> ImportFile(const std::string& path, const ImportLimits& limits) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    return Status::NotFound(fmt::format("cannot open '{}'", path),
                            "check the path and that the file is readable");
  }
  if (static_cast<std::uint64_t>(st.st_size) > limits.max_file_bytes) {
    return Status::Invalid(fmt::format("{}: the file is {} MB; at most {} MB are read", path,
                                       st.st_size >> 20, limits.max_file_bytes >> 20),
                           "import the pages with lab results only");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound(fmt::format("cannot open '{}'", path),
                            "check the path and that the file is readable");
  }
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ImportContent(content, path, limits);
}

void RegisterImporterWithRecords() {
  records::SetDocumentReader([](const std::string& path) -> Result<records::PatientRecord> {
    OG_ASSIGN_OR_RETURN(ImportResult result, ImportFile(path));
    ImportResult accepted = result;
    accepted.observations.clear();
    std::vector<std::string> held;
    for (const ImportedObservation& o : result.observations) {
      if (o.needs_review) {
        held.push_back(fmt::format(
            "page {}: {} on {} not used until confirmed ({}); check it with `oncoguide import`",
            o.source.page, Name(o.obs.analyte), o.obs.date.ToString(),
            o.review_reasons.empty() ? "needs review" : o.review_reasons.front()));
      } else {
        accepted.observations.push_back(o);
      }
    }
    if (accepted.observations.empty()) {
      return Status::Invalid(
          fmt::format("{}: no lab result oncoguide uses could be read with confidence", path),
          held.empty() ? "run `oncoguide import` on the file to see what was found"
                       : "run `oncoguide import` on the file, confirm the values, and assess the "
                         "CSV it prints");
    }
    records::PatientRecord rec = ToPatientRecord(accepted);
    for (std::string& h : held) rec.ignored.push_back(std::move(h));
    return rec;
  });
}

}  // namespace oncoguide::import
