// Helpers for store and server tests: a temporary directory (tests/common/temp_dir.h) and
// reading a file whole.
#ifndef ONCOGUIDE_TESTS_STORE_STORE_TEST_UTIL_H_
#define ONCOGUIDE_TESTS_STORE_STORE_TEST_UTIL_H_

#include <fstream>
#include <iterator>
#include <string>

#include "../common/temp_dir.h"

namespace oncoguide::testing {

inline std::string ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_STORE_STORE_TEST_UTIL_H_
