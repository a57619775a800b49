// The lab-report importer: PDF reports (text layer, or scanned pages by OCR) and photos or scans
// of printed reports (PNG, JPEG), decided by content, turned into observations with their source.
//
// Bad files are refused with a clear Status (encrypted PDF, more pages than the limit, a corrupt
// or oversized image) and work is bounded (pages read, pages sent to OCR, image pixels), so that
// a hostile file cannot take unbounded time or memory.
#ifndef ONCOGUIDE_IMPORT_IMPORTER_H_
#define ONCOGUIDE_IMPORT_IMPORTER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/import/document.h"
#include "oncoguide/import/import_result.h"

namespace oncoguide::import {

struct ImportLimits {
  std::uint64_t max_file_bytes = 64ull << 20;   // 64 MiB
  int max_pages = 100;                          // pages read from a PDF
  int max_ocr_pages = 20;                       // pages sent to OCR
  std::uint64_t max_image_pixels = 50'000'000;  // an image (or rendered page) larger is refused
  double max_page_inches = 60;                  // a page wider or taller is refused (PDF bombs)
  int render_dpi = 300;                         // scanned PDF pages are rendered at this resolution
  // Reading a file (PDF parsing, rendering, OCR) runs in a child process with these limits, so
  // that a PDF bomb or a decoder bug cannot hang or crash the caller.
  bool isolate = true;
  double max_seconds = 120;                     // wall-clock time for reading one file
  std::uint64_t max_memory_bytes = 3ull << 30;  // address space of the child
};

enum class DocumentKind { kUnknown, kPdf, kPng, kJpeg, kTiff };

// The kind of document `content` starts with (magic bytes), or kUnknown.
DocumentKind SniffDocument(std::string_view content);

// True when this build can read scans and photos (OCR was compiled in).
bool OcrAvailable();

// Reads the words of a PDF (text layer; pages without one by OCR when available).
Result<Document> ReadPdfDocument(std::string_view content, const ImportLimits& limits);

// Reads the words of a PNG/JPEG/TIFF image by OCR.
Result<Document> ReadImageDocument(std::string_view content, const ImportLimits& limits);

// Reads `content` (a PDF or an image) and extracts its observations. `source` names it in
// messages.
Result<ImportResult> ImportContent(std::string_view content, const std::string& source,
                                   const ImportLimits& limits = {});

// Reads the file at `path` and imports it.
Result<ImportResult> ImportFile(const std::string& path, const ImportLimits& limits = {});

// Lets the records loader (records/load.h) read PDFs and images through this importer, so that
// `assess` and `ask --records` accept them. Call once at start-up.
void RegisterImporterWithRecords();

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_IMPORTER_H_
