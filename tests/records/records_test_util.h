// Helpers shared by the records reader tests.
#ifndef ONCOGUIDE_TESTS_RECORDS_RECORDS_TEST_UTIL_H_
#define ONCOGUIDE_TESTS_RECORDS_RECORDS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/common/status.h"
#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/record.h"

namespace oncoguide::testing {

inline Date D(const char* text) {
  std::optional<Date> d = Date::Parse(text);
  EXPECT_TRUE(d.has_value()) << text;
  return d.value_or(Date());
}

inline std::string DataPath(const std::string& name) {
  return std::string(ONCOGUIDE_TEST_DATA_DIR) + "/records/" + name;
}

// Reads every patient of a CSV text, or the first error.
inline Result<std::vector<records::PatientRecord>> ReadCsvText(
    const std::string& text, const std::string& source = "labs.csv",
    records::ReadOptions options = {}) {
  std::istringstream in(text);
  records::CsvPatientReader reader(in, source, options);
  std::vector<records::PatientRecord> out;
  while (true) {
    records::PatientRecord p;
    Result<bool> got = reader.Next(&p);
    if (!got.ok()) return got.status();
    if (!*got) break;
    out.push_back(std::move(p));
  }
  return out;
}

// Reads a CSV text expected to hold one patient; fails the test otherwise.
inline records::PatientRecord ReadOneCsv(const std::string& text) {
  Result<std::vector<records::PatientRecord>> r = ReadCsvText(text);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return {};
  EXPECT_EQ(r->size(), 1u);
  if (r->empty()) return {};
  return std::move(r->front());
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_RECORDS_RECORDS_TEST_UTIL_H_
