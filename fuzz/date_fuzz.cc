// Fuzz target: the lab date parser (lab_date.h). The first byte picks the date order given by the
// user; the rest is a sequence of dates separated by '\n' read as one file. An accepted date must
// print as an ISO date that parses back to itself; nothing may crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "oncoguide/records/lab_date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto given = static_cast<oncoguide::records::DateOrder>(data[0] % 3);
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)oncoguide::records::ParseDateOrder(text.substr(0, 8));
  oncoguide::records::DateOrder seen = oncoguide::records::DateOrder::kUnknown;
  oncoguide::records::ReadOptions options;
  while (true) {
    const size_t nl = text.find('\n');
    oncoguide::Result<oncoguide::Date> d =
        oncoguide::records::ParseLabDate(text.substr(0, nl), given, &seen);
    if (d.ok()) {
      std::optional<oncoguide::Date> back = oncoguide::Date::Parse(d->ToString());
      if (!back || *back != *d) std::abort();
      (void)oncoguide::records::CheckNotFuture(*d, options);
    } else {
      (void)d.status().ToString();
    }
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return 0;
}
