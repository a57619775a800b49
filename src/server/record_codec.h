// The stored form of one upload's parsed record (internal to src/server): what `sealed_parsed`
// holds from schema 2 on (store.h kParsedRecord), so that a new upload recomputes the person's
// result from the stored records (merge + the pipeline) without re-parsing any raw file.
//
// Contract: DecodeRecord(EncodeRecord(r)) equals r field for field — every Observation member
// (numbers bit-exact, NaN and infinities included, provenance line and FHIR id), and the
// record's patient id, source, from_fhir, ignored, notes and duplicates_collapsed — so results
// computed from it are byte-identical to results from re-parsing the raw file (a test checks).
#ifndef ONCOGUIDE_SRC_SERVER_RECORD_CODEC_H_
#define ONCOGUIDE_SRC_SERVER_RECORD_CODEC_H_

#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide::server {

// The record as compact JSON text ({"v": 2, ..., "observations": [[...], ...]}: one positional
// array per observation, read back with RapidJSON).
std::string EncodeRecord(const records::PatientRecord& record);

// The record back; kDataLoss-like Invalid status when the text is not an encoded record of a
// version this binary knows (a sealed value that opened is never expected to fail this).
Result<records::PatientRecord> DecodeRecord(std::string_view text);

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_RECORD_CODEC_H_
