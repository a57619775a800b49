// Fuzz target: the FISH finding parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "oncoguide/records/fish.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  oncoguide::Result<oncoguide::records::FishFinding> f = oncoguide::records::ParseFish(text);
  if (f.ok()) {
    (void)oncoguide::records::FishName(f->abnormality);
  } else {
    (void)f.status().ToString();
  }
  return 0;
}
