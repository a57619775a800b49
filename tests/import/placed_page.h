// Test helper: a page of cells placed at x positions, and extraction from it.
#ifndef ONCOGUIDE_TESTS_IMPORT_PLACED_PAGE_H_
#define ONCOGUIDE_TESTS_IMPORT_PLACED_PAGE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "oncoguide/import/document.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"

namespace oncoguide::import {

// A cell at an x position: {x, "text"}. Words are 5 points per character, 10 points high.
using Placed = std::vector<std::pair<double, std::string>>;

// Adds the words of `text` to `p`, the first at x, each in the band [y0, y1], `per_char` points
// wide per byte and `gap` points apart.
inline void PlaceWords(Page* p, double x, double y0, double y1, const std::string& text,
                       double per_char, double gap) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string w = text.substr(start, end - start);
    if (!w.empty()) {
      const double wide = per_char * static_cast<double>(w.size());
      p->words.push_back(Word{w, Box{x, y0, x + wide, y1}, 1.0f});
      x += wide + gap;
    }
    start = end + 1;
  }
}

inline Page PlacedPage(const std::vector<Placed>& rows, double width = 612, double line = 15) {
  Page p;
  p.number = 1;
  p.width = width;
  p.height = 792;
  double y = 60;
  for (const Placed& row : rows) {
    for (const auto& [x, cell] : row) PlaceWords(&p, x, y, y + 10, cell, 5.0, 3);
    y += line;
  }
  return p;
}

inline ImportResult ExtractPlaced(const std::vector<Placed>& rows, double width = 612) {
  Document d;
  d.pages.push_back(PlacedPage(rows, width));
  return ExtractObservations(d);
}

// The same page as a scan: OCR words read with `confidence`.
inline ImportResult ExtractScanned(const std::vector<Placed>& rows, float confidence) {
  Document d;
  d.pages.push_back(PlacedPage(rows));
  d.pages.back().ocr = true;
  for (Word& w : d.pages.back().words) w.confidence = confidence;
  return ExtractObservations(d);
}

// A scanned page of OCR words placed one by one (boxes in points), as a photo's skewed rows
// come out: extraction from it.
inline ImportResult ExtractOcrWords(std::vector<Word> words) {
  Document d;
  Page p;
  p.number = 1;
  p.width = 612;
  p.height = 792;
  p.ocr = true;
  p.words = std::move(words);
  d.pages.push_back(std::move(p));
  return ExtractObservations(d);
}

inline const ImportedObservation* Find(const ImportResult& r, records::Analyte a,
                                       bool previous = false) {
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == a && o.previous == previous) return &o;
  }
  return nullptr;
}

// The observation of test `a` on `date` ("2024-05-14"), current or previous; null if none.
inline const ImportedObservation* FindOn(const ImportResult& r, records::Analyte a,
                                         const std::string& date) {
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == a && o.obs.date.ToString() == date) return &o;
  }
  return nullptr;
}

// Expects test `a` read on `date` with `value` (canonical unit); shows what was read if not.
//
//   ExpectValueOn(r, Analyte::kCreatinine, "2024-01-03", 1.33);
inline void ExpectValueOn(const ImportResult& r, records::Analyte a, const std::string& date,
                          double value) {
  const ImportedObservation* o = FindOn(r, a, date);
  ASSERT_NE(o, nullptr) << records::Name(a) << " on " << date << "\n" << ImportToJson(r).dump(1);
  EXPECT_NEAR(o->obs.value, value, 1e-9 * std::max(1.0, std::abs(value)))
      << records::Name(a) << " on " << date;
}

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_TESTS_IMPORT_PLACED_PAGE_H_
