// Fuzz target: the lab notations of values.h (limits "<0.1", flags "1.2 H", "trace", IFE wording,
// isotypes, therapy phases) and the safe echo of input in messages. Besides not crashing, checks
// the contracts: an accepted number is finite and not negative, an echo is valid UTF-8 without
// control characters and at most 80 characters (+ "...").
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "oncoguide/common/utf8.h"
#include "oncoguide/records/values.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  oncoguide::Result<oncoguide::records::LabNumber> n =
      oncoguide::records::ParseLabNumber(text, "value");
  if (n.ok() && (!std::isfinite(n->value) || n->value < 0)) std::abort();
  (void)oncoguide::records::ParseMProteinWords(text);
  oncoguide::Result<oncoguide::records::IfeResult> ife = oncoguide::records::ParseIfe(text);
  if (ife.ok() && ife->value != 0 && ife->value != 1) std::abort();
  if (!ife.ok()) (void)ife.status().ToString();
  (void)oncoguide::records::ParseIsotype(text);
  (void)oncoguide::records::CanonicalPhase(text);
  const std::string echo = oncoguide::EchoForMessage(text);
  if (!oncoguide::IsValidUtf8(echo)) std::abort();
  size_t chars = 0;
  for (unsigned char c : echo) {
    if (c < 0x20 || c == 0x7F) std::abort();
    if ((c & 0xC0) != 0x80) ++chars;
  }
  // Each input character becomes at most 6 output characters ("\u009b"); plus "...".
  if (chars > oncoguide::kMaxEchoChars * 6 + 3) std::abort();
  return 0;
}
