// Fuzz target: reading a question's words (kb Tokenize, with Chinese and Japanese split per
// character) and its English reading through a translation table (kb/translate.h). The first
// byte picks the mode: even, the rest is a question read through a small fixed table; odd, the
// rest is itself parsed as a translation table and, when it parses, a fixed question is read
// through it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "oncoguide/kb/text.h"
#include "oncoguide/kb/translate.h"

namespace {

constexpr const char* kTable = R"(markers: [que, est, je, ich, tengo, hai]
stopwords: [de, la, l, d]
phrases:
  - [myeloma, mieloma, myélome, 骨髓瘤]
  - [fever, fiebre, fièvre, 发烧, bukhar]
  - [chest pain, dolor en el pecho, 胸痛]
)";

bool Known(std::string_view w) { return w.size() % 2 == 0; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    (void)oncoguide::kb::Tokenize(rest);
    static const oncoguide::kb::Translator table =
        *oncoguide::kb::Translator::Parse(kTable, "fuzz.yaml");
    (void)table.ToEnglish(rest, Known);
    return 0;
  }
  const oncoguide::Result<oncoguide::kb::Translator> t =
      oncoguide::kb::Translator::Parse(std::string(rest), "fuzz.yaml");
  if (t.ok()) (void)t->ToEnglish("tengo fiebre, 我发烧 que hago", Known);
  return 0;
}
