// A small treated record shared by the pipeline and report tests: VRd from 2024-01-05, serum
// M-protein 3.0 -> 1.2 -> 1.0 g/dL, with beta-2 microglobulin and albumin at diagnosis.
#ifndef ONCOGUIDE_TESTS_PIPELINE_PIPELINE_TEST_UTIL_H_
#define ONCOGUIDE_TESTS_PIPELINE_PIPELINE_TEST_UTIL_H_

#include "oncoguide/common/date.h"
#include "oncoguide/records/record.h"

namespace oncoguide::testing {

// One observation in canonical units; `text` for text-valued tests (a regimen).
inline records::Observation Obs(const char* date, records::Analyte a, double v,
                                const char* text = "") {
  records::Observation o;
  o.date = *Date::Parse(date);
  o.analyte = a;
  o.value = v;
  o.text = text;
  return o;
}

// Patient "p1" from labs.csv.
inline records::PatientRecord TreatedRecord() {
  records::PatientRecord r;
  r.patient_id = "p1";
  r.source = "labs.csv";
  r.observations = {
      Obs("2024-01-02", records::Analyte::kSerumMProtein, 3.0),
      Obs("2024-01-02", records::Analyte::kBeta2Microglobulin, 2.5),
      Obs("2024-01-02", records::Analyte::kAlbumin, 4.0),
      Obs("2024-01-05", records::Analyte::kTherapyStart, 0, "VRd"),
      Obs("2024-03-01", records::Analyte::kSerumMProtein, 1.2),
      Obs("2024-04-01", records::Analyte::kSerumMProtein, 1.0),
  };
  return r;
}

}  // namespace oncoguide::testing

#endif  // ONCOGUIDE_TESTS_PIPELINE_PIPELINE_TEST_UTIL_H_
