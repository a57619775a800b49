// Reading a PDF's words and boxes with poppler-cpp; pages with no text layer go to OCR.
#include <fmt/format.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <memory>

#include "oncoguide/import/importer.h"
#include "oncoguide/import/ocr.h"

namespace oncoguide::import {
namespace {

// poppler prints parse warnings on stderr by default; the importer reports its own errors.
void QuietPoppler() {
  static const bool once = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)once;
}

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array b = s.to_utf8();
  return std::string(b.begin(), b.end());
}

// Renders a page to grey at `dpi` for OCR.
Result<GrayImage> RenderPage(const poppler::page& page, int dpi, std::uint64_t max_pixels) {
  const poppler::rectf r = page.page_rect();
  const double w = r.width() * dpi / 72.0, h = r.height() * dpi / 72.0;
  if (w * h > static_cast<double>(max_pixels)) {
    return Status::Invalid(fmt::format("page too large to render ({:.0f} x {:.0f} pixels)", w, h));
  }
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image img = renderer.render_page(&page, dpi, dpi);
  if (!img.is_valid()) return Status::Invalid("the page could not be rendered");
  GrayImage g;
  g.width = img.width();
  g.height = img.height();
  g.dpi = dpi;
  g.pixels.resize(static_cast<size_t>(g.width) * g.height);
  for (int y = 0; y < g.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint8_t*>(img.const_data()) +
                      static_cast<size_t>(y) * img.bytes_per_row();
    std::copy(row, row + g.width, g.pixels.begin() + static_cast<size_t>(y) * g.width);
  }
  return g;
}

}  // namespace

Result<Document> ReadPdfDocument(std::string_view content, const ImportLimits& limits) {
  QuietPoppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(content.data(), static_cast<int>(content.size())));
  if (!doc) {
    return Status::Invalid("the PDF could not be read (damaged or not a PDF)",
                           "open it in a PDF viewer and save or print it to a new PDF");
  }
  if (doc->is_locked() || doc->is_encrypted()) {
    return Status::Invalid("the PDF is encrypted or password-protected",
                           "open it with its password and save an unprotected copy");
  }
  const int pages = doc->pages();
  if (pages <= 0) return Status::Invalid("the PDF has no pages");
  if (pages > limits.max_pages) {
    return Status::Invalid(
        fmt::format("the PDF has {} pages; at most {} are read", pages, limits.max_pages),
        "split the file and import the pages with lab results");
  }
  Document out;
  int ocr_pages = 0;
  std::string language;  // found by the first scanned page, used for the next ones
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    if (!page) {
      out.warnings.push_back(fmt::format("page {} could not be read", p + 1));
      continue;
    }
    const poppler::rectf r = page->page_rect();
    if (!(r.width() > 0 && r.height() > 0) || r.width() > limits.max_page_inches * 72 ||
        r.height() > limits.max_page_inches * 72) {
      return Status::Invalid(
          fmt::format("page {} has an implausible size ({:.0f} x {:.0f} points)", p + 1, r.width(),
                      r.height()),
          "a lab report page is letter or A4 size; print the report to a new PDF");
    }
    Page pg;
    pg.number = p + 1;
    pg.width = r.width();
    pg.height = r.height();
    for (const poppler::text_box& t : page->text_list()) {
      std::string text = Utf8(t.text());
      if (text.empty()) continue;
      const poppler::rectf b = t.bbox();
      pg.words.push_back(
          Word{std::move(text), Box{b.left(), b.top(), b.right(), b.bottom()}, 1.0f});
    }
    if (pg.words.size() < 3) {
      if (!OcrAvailable()) {
        out.warnings.push_back(
            fmt::format("page {} has no text layer (a scan) and this build has no OCR", p + 1));
      } else if (ocr_pages >= limits.max_ocr_pages) {
        out.warnings.push_back(
            fmt::format("page {} is a scan; only the first {} scanned pages are read", p + 1,
                        limits.max_ocr_pages));
      } else {
        ++ocr_pages;
        Result<GrayImage> img = RenderPage(*page, limits.render_dpi, limits.max_image_pixels);
        if (!img.ok()) {
          return Status::Invalid(fmt::format("page {}: {}", p + 1, img.status().cause()));
        }
        Result<Page> read = OcrPage(*img, p + 1, language);
        if (!read.ok()) return read.status();
        pg = std::move(read).value();
        language = pg.ocr_language;
        if (std::string w = MissingModelWarning(pg); !w.empty()) {
          out.warnings.push_back(std::move(w));
        }
      }
    }
    out.pages.push_back(std::move(pg));
  }
  return out;
}

}  // namespace oncoguide::import
