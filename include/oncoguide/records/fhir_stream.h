// Streaming reader of FHIR JSON input, so that memory is bounded by one resource whatever the
// size of the file (issue 8: a 500 MB Bundle read whole took 4.7 GB).
//
// The input is parsed with nlohmann's SAX interface. The elements of the top-level `entry` array
// are built one at a time and handed to the visitor as soon as each is complete, then freed;
// everything else of the document (a single resource, the Bundle's other members) is kept and
// handed over at the end. The entries are streamed when the root's resourceType is "Bundle" or
// not given yet (keys come in any order; nlohmann sorts them, so "entry" comes first); a root
// that then turns out to have no resourceType, or another one, is refused. A second `entry` or
// `resourceType` in a streamed Bundle is refused too (JSON leaves duplicate keys undefined).
//
// NDJSON (one resource per line, a FHIR bulk export) is recognised when the first value is an
// object on one line (only blanks after it) and the next non-blank line starts with '{'. Each
// later line is then parsed on its own; blank lines are skipped but counted.
//
// Limits: one Bundle entry, the document outside the entries, and one NDJSON line may each hold
// at most `max_resource_bytes` bytes (default kMaxFhirResourceBytes); more is a clear error
// naming the entry or line, not gigabytes of memory.
//
// Byte ranges: each value handed over comes with where its text lies in the input, counted from
// the stream's position when ReadFhirJsonStream was called, so that a reader may index the
// resources and parse them again later (fhir_reader.h reads one patient at a time that way). The
// range of an object entry or document runs from its '{' to its '}' inclusive; an NDJSON line's
// range is the line without its '\n'. Parsing those bytes alone gives the same JSON value. A
// scalar entry (not an object, so never a resource) has an empty range.
//
// Errors: invalid JSON anywhere in a document is "<source> is not valid JSON" (it takes precedence
// over an error the visitor returned for an earlier entry, as when the document was parsed
// whole); an invalid NDJSON line names its line. Otherwise the visitor's first error is returned
// and no later entry or line is passed to it.
#ifndef ONCOGUIDE_RECORDS_FHIR_STREAM_H_
#define ONCOGUIDE_RECORDS_FHIR_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/records/lab_date.h"  // kMaxFhirResourceBytes

namespace oncoguide::records {

// Where a value's text lies in the input (see above).
struct FhirByteRange {
  std::uint64_t offset = 0;
  std::uint64_t length = 0;
};

class FhirJsonVisitor {
 public:
  virtual ~FhirJsonVisitor() = default;
  // One element of the top-level Bundle's `entry` array (any JSON value), `index` from 0.
  // The error's location line is set by the caller when the Bundle is an NDJSON line.
  virtual Status OnEntry(const nlohmann::json& entry, std::size_t index, FhirByteRange bytes) = 0;
  // A top-level value: the document (a streamed Bundle with its `entry` array left empty), `line`
  // 0; or the value of NDJSON line `line` (from 1).
  virtual Status OnRoot(const nlohmann::json& root, std::int64_t line, FhirByteRange bytes) = 0;
};

// Reads all of `in` (from its current position) as one FHIR JSON document or NDJSON, calling
// `visitor` in input order. `source` names the input in messages.
Status ReadFhirJsonStream(std::istream& in, const std::string& source, FhirJsonVisitor* visitor,
                          std::size_t max_resource_bytes = kMaxFhirResourceBytes);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_FHIR_STREAM_H_
