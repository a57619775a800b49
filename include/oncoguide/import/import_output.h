// Printing what the importer extracted: CSV in oncoguide's own input format (so it can be
// checked, edited and given to `assess`), or JSON with each value's source, confidence and
// review flag.
#ifndef ONCOGUIDE_IMPORT_IMPORT_OUTPUT_H_
#define ONCOGUIDE_IMPORT_IMPORT_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "oncoguide/import/import_result.h"

namespace oncoguide::import {

// CSV with the header date,test,value,unit,ref_low,ref_high,note; one row per observation in
// date order, values and units as the report wrote them ("<0.10", "trace", "positive"); an IFE
// isotype is its own `isotype` row. The note says "needs review: ..." and "previous result"
// where that applies, and the page. Ignored and unrecognised rows follow as '#' comments.
std::string ImportToCsv(const ImportResult& result);

// {"observations": [{"date", "test", "value", "unit", "bound", "text", "ref_low", "ref_high",
//   "canonical": {"value", "unit"}, "source": {"page", "text", "bbox": [x0, y0, x1, y1]},
//   "confidence", "needs_review", "review_reasons", "previous"}],
//  "unrecognised": [{"page", "text", "reason"}], "ignored": [{"page", "text", "reason"}],
//  "warnings": [...]}
nlohmann::json ImportToJson(const ImportResult& result);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_IMPORT_OUTPUT_H_
