// Classes found by blind38's first run (a thirty-ninth separate author's 18 documents, measured
// once blind: tests/import/corpus/blind38/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A scanned history whose "Adj Ca" title OCR read as one word, "AdjCa": the title was cut at its
// capital into "Adj" and "Ca", and every albumin-adjusted calcium was read as total calcium,
// silently.
TEST(Blind38Class, AdjustedCalciumTitleGluedByOcrIsNotCalcium_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Date"}, {140, "Hb"}, {200, "AdjCa"}, {270, "Albumin"}},
          {{140, "g/L"}, {200, "mmol/L"}, {270, "g/L"}},
          {{40, "12/02/2024"}, {140, "104"}, {208, "2.51"}, {270, "33"}},
          {{40, "11/03/2024"}, {140, "109"}, {208, "2.44"}, {270, "35"}},
      },
      0.92f);
  EXPECT_EQ(Find(r, Analyte::kCalcium), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(Find(r, Analyte::kHemoglobin), nullptr) << ImportToJson(r).dump(1);
}

// An Austrian report's collection date labelled "Probenabnahme" (beside "Probeneingang", the
// day it was received): no result had a date.
TEST(Blind38Class, ProbenabnahmeIsTheCollectionDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Frau Anna MUSTER"}, {330, "Probenabnahme: 18.06.2024 08:10"}},
      {{40, "geb. 02.05.1950"}, {330, "Probeneingang: 19.06.2024 09:02"}},
      {{40, "Untersuchung"}, {220, "Ergebnis"}, {290, "Einheit"}, {360, "Referenzbereich"}},
      {{40, "Hämoglobin"}, {220, "10,9"}, {290, "g/dl"}, {360, "12,0 – 16,0"}},
      {{40, "Kreatinin"}, {220, "1,31"}, {290, "mg/dl"}, {360, "0,50 – 0,90"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-18", 10.9);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-06-18", 1.31);
}

// The marrow's count at diagnosis, told in German in a comment under a dated report ("bei
// Erstdiagnose (2023) ... Plasmazellanteil im Knochenmark bei 40 %"): once the report's own date
// was read, the old count was given that date without a word.
TEST(Blind38Class, MarrowCountAtDiagnosisInGermanIsNotTheReportsDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Entnahme: 18.06.2024 08:10"}},
      {{40, "Untersuchung"}, {220, "Ergebnis"}, {290, "Einheit"}, {360, "Referenzbereich"}},
      {{40, "Hämoglobin"}, {220, "10,9"}, {290, "g/dl"}, {360, "12,0 – 16,0"}},
      {{40, "Kommentar:"}},
      {{40,
        "Bei Erstdiagnose (2023) lag der M-Gradient bei 31 g/l, der Plasmazellanteil im "
        "Knochenmark bei 40 %."}},
  });
  const ImportedObservation* marrow = FindOn(r, Analyte::kBmPlasmaCells, "2024-06-18");
  EXPECT_TRUE(marrow == nullptr || marrow->needs_review) << ImportToJson(r).dump(1);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-06-18");
  EXPECT_TRUE(m == nullptr || m->needs_review) << ImportToJson(r).dump(1);
}

// A Chinese report whose collection time is printed at the foot of the page ("采样时间：
// 2024-10-08 07:42", beside the received and reported times): no result had a date.
TEST(Blind38Class, ChineseSamplingTimeAtThePageFootDatesItsTable_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "序号 项目名称"}, {200, "缩写"}, {320, "结果"}, {370, "单位"}, {450, "参考区间"}},
      {{40, "1"}, {58, "肌酐"}, {200, "CREA"}, {320, "112"}, {370, "μmol/L"}, {450, "57-111"}},
      {{40, "2"}, {58, "乳酸脱氢酶"}, {200, "LDH"}, {320, "231"}, {370, "U/L"}, {450, "120-250"}},
      {{40, "采样时间：2024-10-08 07:42"},
       {220, "接收时间：2024-10-08 08:31"},
       {400, "报告时间：2024-10-10 16:45"}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2024-10-08", 231);
  EXPECT_NE(FindOn(r, Analyte::kCreatinine, "2024-10-08"), nullptr) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
