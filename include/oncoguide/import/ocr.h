// Optical character recognition of scanned pages and photos (tesseract + leptonica).
//
// The image is converted to grey, its orientation (0/90/180/270 degrees) detected and corrected,
// its skew measured and removed, its language found, and then read by tesseract; every word keeps
// its box (in page points, from the image resolution) and its confidence (0..1). Built only with
// ONCOGUIDE_WITH_OCR (on by default); without it these return a clear error.
#ifndef ONCOGUIDE_IMPORT_OCR_H_
#define ONCOGUIDE_IMPORT_OCR_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/import/document.h"

namespace oncoguide::import {

// An 8-bit grey image, row-major, `width` bytes per row.
struct GrayImage {
  int width = 0, height = 0;
  double dpi = 300;
  std::vector<std::uint8_t> pixels;
};

// Reads the words of `image` as page number `page`, with the OCR model of the page's language
// and English's (Page::ocr_language, ocr_model). `language` is the tesseract code of the
// document's language when an earlier page found it ("deu"; "eng" for English); empty, it is
// found from this page: its script, else the words of its top (src/import/ocr_language.h).
Result<Page> OcrPage(const GrayImage& image, int page, std::string_view language = {});

// A warning for a page read without its language's OCR model (not installed), "" otherwise:
// more of its values may be missed, never misread silently, so the import goes on.
std::string MissingModelWarning(const Page& page);

// Decodes a PNG/JPEG/TIFF file to grey, refusing images above `max_pixels` before decoding.
// The resolution is taken from the file when it gives a plausible one (100-1200 dpi), else the
// image is taken to be a letter/A4 page width.
Result<GrayImage> DecodeImage(std::string_view content, std::uint64_t max_pixels);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_OCR_H_
