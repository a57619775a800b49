// Text helpers shared by the value parsers (values.h): numbers, limits and units in
// values.cc, result words in value_words.cc. Internal to src/records.
#ifndef ONCOGUIDE_SRC_RECORDS_VALUES_INTERNAL_H_
#define ONCOGUIDE_SRC_RECORDS_VALUES_INTERNAL_H_

#include <string_view>

namespace oncoguide::records::internal {

// True when `s` begins with `prefix`.
bool StartsWith(std::string_view s, std::string_view prefix);

}  // namespace oncoguide::records::internal

#endif  // ONCOGUIDE_SRC_RECORDS_VALUES_INTERNAL_H_
