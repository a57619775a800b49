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

// A Delaware portal's cards, each with "Component | Your value | Standard range | Flag" and its
// earlier results' dates: the 24-hour urine card had only one date ("Aug 18, 2024"), its header
// was not read, and on a phone photo the card before's dated columns gave its earlier M-protein
// their first date (2024-09-16), silently. One date there titles the earlier result's column.
TEST(Blind51Class, OneEarlierDateUnderACardsTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{58, "Free Light Chains, Serum"}},
      {{58, "Collected: Oct 14, 2024 8:02 AM"}},
      {{62, "Component"},
       {210, "Your value"},
       {280, "Standard range"},
       {370, "Flag"},
       {426, "Sep 16, 2024"},
       {499, "Aug 19, 2024"}},
      {{62, "Kappa Free Light Chain"},
       {210, "14.2 mg/L"},
       {280, "3.3 - 19.4"},
       {460, "13.0"},
       {534, "12.4"}},
      {{58, "Protein Electrophoresis, 24-Hour Urine"}},
      {{58, "Collected: Oct 13, 2024 7:00 AM"}},
      {{62, "Component"},
       {210, "Your value"},
       {280, "Standard range"},
       {370, "Flag"},
       {426, "Aug 18, 2024"}},
      {{62, "M-Spike, Urine"}, {210, "Not detected"}, {280, "Not Observed"}, {429, "85 mg/24 hr"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-08-18", 85);
  EXPECT_EQ(FindOn(r, Analyte::kUrineMProtein, "2024-09-16"), nullptr) << ImportToJson(r).dump(1);
}

}  // namespace

}  // namespace oncoguide::import
