// Fuzz target: value parsing shared by the CSV and FHIR readers. The first byte picks the
// analyte; the rest is "value<TAB>unit" (no tab: all value, empty unit).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "oncoguide/records/values.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto analyte =
      static_cast<oncoguide::records::Analyte>(data[0] % oncoguide::records::kAnalyteCount);
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t tab = rest.find('\t');
  const std::string_view value = rest.substr(0, tab);
  const std::string_view unit = tab == std::string_view::npos ? "" : rest.substr(tab + 1);

  oncoguide::records::Observation obs;
  obs.analyte = analyte;
  (void)oncoguide::records::ParseValue(value, unit, &obs);
  (void)oncoguide::records::ParseSensitivity(rest);
  (void)oncoguide::records::ParseNonNegative(rest, "value");
  (void)oncoguide::records::ParseCoded(analyte, rest);
  (void)oncoguide::records::ParseRefBound(analyte, value, unit, "ref_high");
  return 0;
}
