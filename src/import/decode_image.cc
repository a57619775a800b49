// Decoding PNG, JPEG and TIFF files to grey images for OCR (ocr.h), with leptonica.
#include <fmt/format.h>

#include <algorithm>

#include "leptonica_util.h"
#include "oncoguide/import/ocr.h"

namespace oncoguide::import {

#ifdef ONCOGUIDE_WITH_OCR

using internal::PixPtr;
using internal::QuietLeptonica;

Result<GrayImage> DecodeImage(std::string_view content, std::uint64_t max_pixels) {
  QuietLeptonica();
  const auto* data = reinterpret_cast<const l_uint8*>(content.data());
  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
  if (pixReadHeaderMem(data, content.size(), &format, &w, &h, &bps, &spp, &iscmap) != 0 || w <= 0 ||
      h <= 0) {
    return Status::Invalid("the image could not be read (damaged, or not PNG, JPEG or TIFF)",
                           "open it in an image viewer and save it again as PNG or JPEG");
  }
  const std::uint64_t pixels = static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h);
  if (pixels > max_pixels) {
    return Status::Invalid(
        fmt::format("the image is {} x {} pixels ({:.0f} megapixels); at most {:.0f} are read", w,
                    h, pixels / 1e6, max_pixels / 1e6),
        "scale the photo down (a page at 300 dpi is about 8 megapixels)");
  }
  PixPtr pix(pixReadMem(data, content.size()));
  if (!pix) {
    return Status::Invalid("the image could not be decoded (damaged file)",
                           "open it in an image viewer and save it again as PNG or JPEG");
  }
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  if (!gray) return Status::Invalid("the image's pixel format is not supported");
  GrayImage out;
  out.width = pixGetWidth(gray.get());
  out.height = pixGetHeight(gray.get());
  const int xres = pixGetXRes(pix.get());
  const int shorter = std::min(out.width, out.height);
  out.dpi = xres >= 100 && xres <= 1200 ? xres : std::max(72.0, shorter / 8.5);
  out.pixels.resize(static_cast<size_t>(out.width) * out.height);
  const l_uint32* d = pixGetData(gray.get());
  const int wpl = pixGetWpl(gray.get());
  for (int y = 0; y < out.height; ++y) {
    const l_uint32* line = d + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < out.width; ++x) {
      out.pixels[static_cast<size_t>(y) * out.width + x] =
          static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
    }
  }
  return out;
}

#else  // !ONCOGUIDE_WITH_OCR

Result<GrayImage> DecodeImage(std::string_view, std::uint64_t) {
  return Status::Invalid("this build of oncoguide cannot read images (built without OCR)",
                         "rebuild with -DONCOGUIDE_WITH_OCR=ON, or import a text PDF or CSV");
}

#endif

}  // namespace oncoguide::import
