// What the importer extracted from a lab report: observations that keep their source, and the
// text it saw but did not turn into observations.
#ifndef ONCOGUIDE_IMPORT_IMPORT_RESULT_H_
#define ONCOGUIDE_IMPORT_IMPORT_RESULT_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/import/document.h"
#include "oncoguide/records/record.h"

namespace oncoguide::import {

struct SourceRef {
  int page = 0;
  std::string text;  // the row (or sentence) the value was read from
  Box box;           // page points, origin top-left
};

struct ImportedObservation {
  // date, analyte, value (canonical unit), has_value, bound, text (isotype), ref_low/ref_high.
  records::Observation obs;
  // The value as the report gives it, for output people compare with the report: the number
  // (or "positive"/"negative"/"trace"), the unit as written (or inferred), and the range bounds
  // in that unit.
  double written_number = 0;
  std::string written_unit;
  std::optional<double> written_ref_low, written_ref_high;
  SourceRef source;
  double confidence = 1.0;  // 0..1: OCR confidence of the words used, 1 for a text layer
  bool needs_review = false;
  std::vector<std::string> review_reasons;  // why it needs review, e.g. "unit inferred"
  bool previous = false;  // from a "previous result" column: belongs to its own earlier date

  void Review(std::string reason) {
    needs_review = true;
    review_reasons.push_back(std::move(reason));
  }
};

struct ImportNote {
  int page = 0;
  std::string text;
  std::string reason;  // e.g. "blood count (not used by oncoguide)", "no collection date"
};

struct ImportResult {
  std::string source;  // file name
  std::vector<ImportedObservation> observations;
  std::vector<ImportNote> unrecognised;  // rows with a value whose test or value was not read
  std::vector<ImportNote> ignored;       // tests recognised as not used (CBC, chemistry, ratio)
  std::vector<std::string> warnings;
};

// The observations as a PatientRecord (sorted by date), for assess and ask. Observations that
// need review are included; the caller decides whether to accept them.
records::PatientRecord ToPatientRecord(const ImportResult& result);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_IMPORT_RESULT_H_
