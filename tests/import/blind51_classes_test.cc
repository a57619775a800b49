// Classes found by blind51's first run (a fifty-second separate author's 18 documents, measured
// once blind at 84d2a60), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Tarragona flowsheet's centred titles ran together ("LDH β2-microgl. Prot. totales") and
// "β2-microgl." was only a loose name, so the cell was not cut into its titles: neither the LDH
// nor the β2-microglobulin of any date was read.
TEST(Blind51Class, ShortBeta2TitleInTitlesRunTogether_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data extracció"}, {140, "Creatinina"}, {230, "LDH β2-microgl. Prot. totales"}},
      {{140, "mg/dL"}, {230, "U/L"}, {265, "mg/L"}, {340, "g/dL"}},
      {{40, "02/10/2024"}, {140, "0,88"}, {230, "178"}, {265, "2,3"}, {340, "6,8"}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2024-10-02", 178);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-10-02", 2.3);
}

}  // namespace

}  // namespace oncoguide::import
