// Lab reports on the upload page (internal to src/server): a PDF report, or a photo or scan of a
// printed one, read by the importer (import/importer.h) into the same pending record the review
// page shows for CSV and FHIR files.
//
// Never a silent number: a value the importer is unsure of (low OCR confidence, an inferred
// unit, a loose name match, ...) carries its reasons and where it was read as a note that starts
// with render::kReviewNotePrefix, so the review page highlights it for the person to check, edit or
// leave out. Nothing is stored before the person presses Save; what is stored then is the
// confirmed values as oncoguide CSV (ObservationsCsv), never the report itself, and the review
// notes are dropped from it, because the person has answered them.
#ifndef ONCOGUIDE_SRC_SERVER_LAB_REPORT_UPLOAD_H_
#define ONCOGUIDE_SRC_SERVER_LAB_REPORT_UPLOAD_H_

#include <string>
#include <string_view>
#include <vector>

#include "assess_adapter.h"
#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"
#include "oncoguide/render/review.h"

namespace oncoguide::server {

// True when `bytes` is a document the importer reads (PDF, PNG, JPEG, TIFF), by its content.
bool IsLabReport(std::string_view bytes);

// Reads a lab report for review. `format` is "pdf" or "image". Errors are the importer's
// (encrypted PDF, too many pages, an image too large, no dated value found) with a hint.
// Bounded like `oncoguide import`: the reading runs in a child process with time and memory
// limits.
Result<ParsedUpload> ReadLabReport(std::string_view bytes, const std::string& name);

// Drops the review notes (render::kReviewNotePrefix) from confirmed observations before they are
// stored.
void DropReviewNotes(std::vector<records::Observation>* observations);

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_LAB_REPORT_UPLOAD_H_
