// Builders for small PatientRecords in staging tests.
#ifndef ONCOGUIDE_TESTS_STAGING_STAGING_TEST_UTIL_H_
#define ONCOGUIDE_TESTS_STAGING_STAGING_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/records/record.h"
#include "oncoguide/records/units.h"

namespace oncoguide::testing {

inline Date D(const char* text) { return *Date::Parse(text); }

// A value written in `unit` (converted with UnitFactor, as the readers do); no unit for counts
// and coded results.
inline records::Observation Obs(records::Analyte a, double value, const std::string& unit = "",
                                const char* date = "2024-01-10") {
  records::Observation o;
  o.date = D(date);
  o.analyte = a;
  double f = 1;
  if (!unit.empty()) {
    Result<double> r = records::UnitFactor(a, unit);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (r.ok()) f = *r;
  }
  o.value = value * f;
  return o;
}

inline records::Observation WithRange(records::Observation o, std::optional<double> low,
                                      std::optional<double> high) {
  o.ref_low = low;
  o.ref_high = high;
  return o;
}

// One FISH row: canonical abnormality text, optional clonal fraction.
inline records::Observation Fish(const char* abnormality, std::optional<double> pct = std::nullopt,
                                 const char* date = "2024-01-10") {
  records::Observation o;
  o.date = D(date);
  o.analyte = records::Analyte::kFish;
  o.text = abnormality;
  o.has_value = pct.has_value();
  o.value = pct.value_or(std::nan(""));
  return o;
}

inline records::Observation Therapy(const char* date, const char* regimen = "VRd") {
  records::Observation o;
  o.date = D(date);
  o.analyte = records::Analyte::kTherapyStart;
  o.text = regimen;
  o.has_value = false;
  return o;
}

inline records::PatientRecord Record(std::vector<records::Observation> obs) {
  records::PatientRecord r;
  r.patient_id = "p1";
  r.observations = std::move(obs);
  r.SortByDate();
  return r;
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_STAGING_STAGING_TEST_UTIL_H_
