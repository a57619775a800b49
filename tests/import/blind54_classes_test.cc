// Classes found by blind54's first run (a fifty-fifth separate author's 18 documents, measured
// once blind at a6643c5), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Treviso monospace print-out's history: titles cut short ("DATA PREL. ORA", "EMOGL.",
// "LEUCOC. PIASTR.") and a test not done ("N.E.", non eseguito) left every row unread.
TEST(Blind54Class, ItalianCutTitlesAndNotDone_Regression) {
  const ImportResult r = ExtractPlaced({
      {{34, "DATA PREL. ORA"}, {169, "EMOGL."}, {214, "LEUCOC. PIASTR."}, {384, "ALBUM."}},
      {{169, "g/dL"}, {214, "10^9/L"}, {264, "10^9/L"}, {384, "g/dL"}},
      {{34, "30/04/24"}, {169, "10,7 L"}, {214, "4,19"}, {264, "172"}, {384, "N.E."}},
      {{34, "28/05/24"}, {169, "11,3 L"}, {214, "4,88"}, {264, "192"}, {384, "3,8"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-30", 10.7);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-05-28", 3.8);
  EXPECT_EQ(FindOn(r, Analyte::kAlbumin, "2024-04-30"), nullptr);
}

// A Portimão landscape flowsheet whose "Unidade | Val. referência" titles stand on the line under
// the dates: each row's unit and range were read as one unit ("g/dL 13,0-17,0"), and no row was
// read.
TEST(Blind54Class, RangeAfterTheUnitUnderTitlesBelowTheDates_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "Data da colheita"}, {297, "12-09-2023"}, {375, "07-11-2023"}},
      {{30, "Hora"}, {170, "Unidade"}, {213, "Val. referência"}, {325, "08:12"}, {403, "08:05"}},
      {{36, "Hemoglobina"}, {170, "g/dL"}, {213, "13,0-17,0"}, {324, "9,6↓"}, {397, "10,2↓"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-09-12", 9.6);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-11-07", 10.2);
}

// A Townsville print-out photographed by phone: OCR read one column date "03/05/24" as
// "63/05/24", which no day-first or month-first reading allows, so the whole table was read year
// first and "12/01/24" became 2012-01-24, silently (16 values). Years decades apart are no
// year-first series; the table stays day first, its garbled date unread.
TEST(Blind54Class, OneGarbledDateDoesNotMakeATableYearFirst_Regression) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{40, "Date"}, {200, "12/01/24"}, {260, "09/02/24"}, {320, "63/05/24"}, {380, "06/06/24"}},
      {{40, "Haemoglobin g/L"}, {200, "97"}, {260, "104"}, {320, "112"}, {380, "118"}},
  }));
  d.pages.back().ocr = true;
  for (Word& w : d.pages.back().words) w.confidence = 0.95f;
  const ImportResult r = ExtractObservations(d);
  EXPECT_EQ(FindOn(r, Analyte::kHemoglobin, "2012-01-24"), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* jan = FindOn(r, Analyte::kHemoglobin, "2024-01-12");
  ASSERT_NE(jan, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(jan->obs.value, 9.7);
}

}  // namespace
}  // namespace oncoguide::import
