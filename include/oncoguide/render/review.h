// The upload and review pages' data, and the form contract the server implements.
//
// Form contract (the server owns these routes; nothing is stored before the confirm POST):
//   GET  /upload             the file form (UploadForm).
//   POST /upload             multipart/form-data: `csrf` (the session's CSRF token) and one or
//                            more `files`. The server reads them (records/load.h) and answers with
//                            ReviewPage (UploadReview) holding the parsed values in a pending
//                            upload `upload_id`, or with UploadPage listing the located errors.
//   POST /upload/confirm     multipart/form-data (cpp-httplib caps urlencoded bodies at 8 KB):
//                            `csrf`, `upload` (upload_id),
//                            `action=save`, and for every row i shown:
//                              obs.<i>.keep  = "1" when the row is kept (an unticked box is
//                                              absent from the form: drop the row),
//                              obs.<i>.value = the value as edited (only for editable rows;
//                                              parse it like the CSV reader parses a value,
//                                              including "<0.2" and "trace").
//                            Then the server stores the kept rows and redirects to /me.
//   POST /upload/cancel      `csrf`, `upload`: forget the pending upload.
//   Row indexes are ReviewRow::index: the position of the observation in the pending record.
#ifndef ONCOGUIDE_RENDER_REVIEW_H_
#define ONCOGUIDE_RENDER_REVIEW_H_

#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide::render {

// A located error in plain words: "labs.csv, line 7" / cause / how to fix it.
struct PlainError {
  std::string where;
  std::string cause;
  std::string hint;
};
PlainError ToPlainError(const Status& status);

struct UploadForm {
  std::string csrf;
  std::vector<PlainError> errors;
};

struct ReviewRow {
  size_t index = 0;   // position in the pending record: the obs.<index>.* form fields
  std::string date;   // YYYY-MM-DD
  std::string test;   // human label, "serum M-protein"
  std::string value;  // as it would be re-entered: "1.2", "<0.2", "trace", "positive", "VRd"
  std::string unit;
  std::string source;  // "patient.csv line 12" or the FHIR id
  std::string doubt;   // why the value needs checking ("" when it reads cleanly)
  bool editable = true;
};

struct UploadReview {
  std::string csrf;
  std::string upload_id;
  std::string files;  // "patient.csv"
  std::string confirm_action = "/upload/confirm";
  std::string cancel_action = "/upload/cancel";
  std::vector<ReviewRow> rows;  // sorted by date
  std::vector<PlainError> errors;
  // Lines of a lab report with a value that was not read (no unit, no date, a test name not
  // recognised): "marrow.pdf page 1: M-spike 1.2 (1.2 without a unit)". Shown so the person can
  // check them on the report; they are not stored.
  std::vector<std::string> not_read;
};

// A note that starts with this marks a value its reader was unsure of (a lab report read from a
// PDF or a photo): the row shows the note as its doubt, whatever the test.
inline constexpr std::string_view kReviewNotePrefix = "please check: ";

// One file of an upload read into one record: its name and how many of the record's
// observations are its own (the record holds each file's observations after the previous file's).
struct ReviewFile {
  std::string name;
  size_t observations = 0;
};

// The rows of a parsed record, in observation order. A value is doubtful when it is a limit
// ("<0.2"), a trace, a correction of another value, marked as a laboratory error, or carries a
// reader note. A row's source is its FHIR id, else its file and line: the file from `files` when
// given (each row names its own file), else record.source.
std::vector<ReviewRow> ReviewRows(const records::PatientRecord& record,
                                  const std::vector<ReviewFile>& files = {});

}  // namespace oncoguide::render

#endif  // ONCOGUIDE_RENDER_REVIEW_H_
