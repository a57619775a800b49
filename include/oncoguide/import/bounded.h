// Running the reading of an untrusted file in a child process with time and memory limits.
//
// PDF and image decoders run on files from outside; a hostile file (a PDF bomb whose forms draw
// each other a billion times, a decompression bomb) must not hang or exhaust the caller, which
// may be a server. The child has an address-space limit (RLIMIT_AS) and a CPU limit, the parent
// a wall-clock deadline; the Document comes back through a pipe.
#ifndef ONCOGUIDE_IMPORT_BOUNDED_H_
#define ONCOGUIDE_IMPORT_BOUNDED_H_

#include <cstdint>
#include <functional>
#include <string>

#include "oncoguide/common/status.h"
#include "oncoguide/import/document.h"

namespace oncoguide::import {

// Runs `work` in a child process; returns its Document or Status, or an error when the child
// exceeds `seconds` (wall clock) or `memory_bytes`, or crashes.
Result<Document> RunBounded(const std::function<Result<Document>()>& work, double seconds,
                            std::uint64_t memory_bytes);

// The wire form of a Result<Document> (exposed for tests).
std::string EncodeResult(const Result<Document>& r);
Result<Document> DecodeResult(const std::string& bytes);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_BOUNDED_H_
