// Reading a whole file into memory, with the error a person can act on.
#ifndef ONCOGUIDE_COMMON_FILE_H_
#define ONCOGUIDE_COMMON_FILE_H_

#include <string>

#include "oncoguide/common/status.h"

namespace oncoguide {

// The bytes of the file at `path`, as they are (no newline or encoding conversion).
// Errors: NotFound when the file cannot be opened (the cause names the path), IoError when
// reading fails part way.
Result<std::string> ReadFile(const std::string& path);

}  // namespace oncoguide

#endif  // ONCOGUIDE_COMMON_FILE_H_
