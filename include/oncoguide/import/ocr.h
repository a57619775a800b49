// Optical character recognition of scanned pages and photos (tesseract + leptonica).
//
// The image is converted to grey, its orientation (0/90/180/270 degrees) detected and corrected,
// its skew measured and removed, and then read by tesseract; every word keeps its box (in page
// points, from the image resolution) and its confidence (0..1). Built only with
// ONCOGUIDE_WITH_OCR (on by default); without it these return a clear error.
#ifndef ONCOGUIDE_IMPORT_OCR_H_
#define ONCOGUIDE_IMPORT_OCR_H_

#include <cstdint>
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

// Reads the words of `image` as page number `page`.
Result<Page> OcrPage(const GrayImage& image, int page);

// Decodes a PNG/JPEG/TIFF file to grey, refusing images above `max_pixels` before decoding.
// The resolution is taken from the file when it gives a plausible one (100-1200 dpi), else the
// image is taken to be a letter/A4 page width.
Result<GrayImage> DecodeImage(std::string_view content, std::uint64_t max_pixels);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_OCR_H_
