// Where the bytes of FHIR inputs live, so that the FHIR reader can read a resource a second time
// by its byte range. The reader works in two passes (fhir_reader.h): the first streams every input
// once and indexes each patient's resources by byte range; the second reads one patient at a time
// by reading those ranges again. Memory then holds the index and one patient, not the file.
//
// An input is one of:
// - text in memory, viewed (it must outlive the FhirInputs) or copied;
// - a regular file, read again by its path from the byte where the first pass started. The file's
//   identity (device, inode, size, modification time) is taken when it is added and checked when
//   it is opened again: a file replaced or written to between the passes is an error, not a mix of
//   two versions;
// - any other stream (standard input, a pipe): what the first pass reads from it is copied into
//   a spool file under $TMPDIR (else /tmp), created with mode 0600 and unlinked at once (the data
//   is health data: no other process can open it by name, and nothing is left behind on a crash).
//
// Not thread-safe. Offsets are counted from where the first pass started reading the input.
#ifndef ONCOGUIDE_RECORDS_FHIR_INPUT_H_
#define ONCOGUIDE_RECORDS_FHIR_INPUT_H_

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/common/status.h"

namespace oncoguide::records {

class FhirInputs {
 public:
  FhirInputs();
  ~FhirInputs();
  FhirInputs(const FhirInputs&) = delete;
  FhirInputs& operator=(const FhirInputs&) = delete;

  // Each Add* returns the input's number (from 0, in order of addition).
  std::size_t AddView(std::string_view text, const std::string& source);
  std::size_t AddCopy(std::string text, const std::string& source);
  // The regular file `path`, whose first pass starts at byte `start` (where the caller's format
  // detection stopped). Error when the file cannot be examined.
  Result<std::size_t> AddFile(const std::string& path, std::uint64_t start,
                              const std::string& source);
  // A stream that cannot be read twice: the first pass must read it through SpoolingBuf(number).
  // Error when the spool file cannot be created.
  Result<std::size_t> AddSpooled(std::istream& in, const std::string& source);

  // For an input added with AddSpooled: a stream buffer that reads the caller's stream and copies
  // every byte read into the spool. Valid until the next Add*. Otherwise null.
  std::streambuf* SpoolingBuf(std::size_t input);
  // Error of the spool's writes (full disk...), naming the spool's directory; OK otherwise.
  Status SpoolStatus(std::size_t input) const;

  // The name the input was added under.
  const std::string& Source(std::size_t input) const;

  // For a memory input: its text (for the first pass). Empty for other inputs.
  std::string_view Text(std::size_t input) const;

  // The bytes [offset, offset + length) of `input`. The view stays valid until the next call.
  // Error when the bytes cannot be read (a file changed or removed since it was added).
  Result<std::string_view> Read(std::size_t input, std::uint64_t offset, std::uint64_t length);

  // Bytes of spool written so far (for tests).
  std::uint64_t spooled_bytes(std::size_t input) const;

 private:
  struct Input;
  Status OpenAgain(Input& in);
  std::vector<std::unique_ptr<Input>> inputs_;
  std::string buffer_;          // the last bytes read from a file
  std::size_t open_files_ = 0;  // regular files held open (at most kMaxOpenFiles)
};

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_FHIR_INPUT_H_
