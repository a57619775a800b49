// The geometry of a lab report as the importer sees it: pages of words, each with its box.
//
// Text PDFs give words and boxes from their text layer (pdf_source.h); scans and photos give them
// from OCR (ocr.h), with a confidence per word. Everything after that (layout.h, extract.h) works
// on this form only, so text PDFs and scans are read by the same rules.
#ifndef ONCOGUIDE_IMPORT_DOCUMENT_H_
#define ONCOGUIDE_IMPORT_DOCUMENT_H_

#include <string>
#include <vector>

namespace oncoguide::import {

// A rectangle in page points (1/72 inch), origin at the top-left corner, y growing downwards.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
  // Grows this box to cover `b`.
  void Cover(const Box& b);
  // Length of the overlap of the x ranges (0 when disjoint).
  double XOverlap(const Box& b) const;
  // Horizontal distance between this box and `b`: positive when they are apart, zero or
  // negative when they overlap.
  double XGap(const Box& b) const;
};

struct Word {
  std::string text;  // UTF-8, no spaces
  Box box;
  float confidence = 1.0f;  // 0..1; 1 for a text layer
};

struct Page {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  bool ocr = false;  // words come from OCR
  // OCR pages: the language the page was found to be written in (tesseract's code: "eng",
  // "deu", "ell", ...) and the models it was read with ("deu+eng"; "eng" when the language's
  // model is not installed).
  std::string ocr_language, ocr_model;
  std::vector<Word> words;
};

struct Document {
  std::vector<Page> pages;
  std::vector<std::string> warnings;  // e.g. "page 3: OCR skipped (limit)"
};

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_DOCUMENT_H_
