// Fuzz target: the importer's text-layout parser and lab-text parsers. The input is one word per
// line: four bytes of geometry (x/3, y/4, width/3, height in points) then the word's text; the
// words form one page, which goes through line/cell building, reading order, extraction and both
// output formats. Each word's text also goes through the cell parsers directly.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace oncoguide;
  oncoguide::import::Document doc;
  oncoguide::import::Page page;
  page.number = 1;
  page.width = 612;
  page.height = 792;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  while (!in.empty()) {
    const size_t nl = in.find('\n');
    std::string_view line = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    if (line.size() < 5) continue;
    const auto b = [&](size_t i) { return static_cast<unsigned char>(line[i]); };
    const double x = b(0) * 3.0, y = b(1) * 4.0, w = b(2) * 3.0, h = b(3) % 40;
    std::string text(line.substr(4));
    (void)oncoguide::import::ParseLabValue(text);
    (void)oncoguide::import::ParseLabRange(text);
    (void)oncoguide::import::FindLabDate(text, oncoguide::import::DateOrder::kUnknown);
    (void)oncoguide::import::IsDateCell(text);
    (void)oncoguide::import::IsotypeIn(text);
    (void)oncoguide::import::MatchTestName(text,
                                           static_cast<oncoguide::import::Specimen>(b(3) % 4));
    page.words.push_back(oncoguide::import::Word{
        std::move(text), oncoguide::import::Box{x, y, x + w, y + h}, (b(2) % 100) / 99.0f});
  }
  doc.pages.push_back(std::move(page));
  const oncoguide::import::ImportResult r = oncoguide::import::ExtractObservations(doc);
  (void)oncoguide::import::ImportToCsv(r);
  (void)oncoguide::import::ImportToJson(r).dump(-1, ' ', false,
                                                nlohmann::json::error_handler_t::replace);
  return 0;
}
