// Classes found by blind43's first run (a forty-fourth separate author's 18 documents, measured
// once blind at 4dcf8a8), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// An Aragon monospace printout, dates as rows: each row's date, time and first result set as one
// cell ("15/01/2024 08:32 9,1 L" under "F.EXTRAC. | HORA | HB"), and short titles ("B2MICRO",
// "KAPPA LIB"). Not one of its 53 values was read, and its first rows were not even listed.
TEST(Blind43Class, MonospaceRowWithItsDateAndFirstResultInOneCell_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "F.EXTRAC."},
       {90, "HORA"},
       {120, "HB"},
       {160, "CREAT"},
       {210, "B2MICRO"},
       {270, "KAPPA LIB"}},
      {{120, "g/dL"}, {160, "mg/dL"}, {210, "mg/L"}, {270, "mg/L"}},
      {{36, "15/01/2024 08:32 9,1 L"}, {160, "2,42 H"}, {210, "7,02 H"}, {270, "1332,7 H"}},
      {{36, "08/02/2024 09:05 10,2 L"}, {160, "1,89 H"}, {210, "--"}, {270, "--"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-15", 9.1);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-01-15", 7.02);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-01-15", 1332.7);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-08", 1.89);
}

// The same printout's protein block: "BJ ORINA g/24h" is the urine M-protein titled with its
// unit (the title had been cut into a name and a unit column, and the table not read); "NO
// SOLICITADA" (not requested) under the serum immunofixation had become a negative one.
TEST(Blind43Class, TitleWithItsUnitAndNotRequested_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "F.EXTRAC."},
       {90, "COMP.MONOCLONAL SUERO"},
       {220, "INMUNOFIJACIÓN SUERO"},
       {340, "BJ ORINA g/24h"}},
      {{36, "04/03/2024 NO SE DETECTA"}, {220, "NO SOLICITADA"}, {360, "0,92"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-03-04", 920);
  EXPECT_EQ(FindOn(r, Analyte::kSerumIfe, "2024-03-04"), nullptr);
  const std::optional<LabValue> v = ParseLabValue("NO SOLICITADA");
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->kind, LabValue::Kind::kNote);
}

// A Taiwanese cumulative table: "游離κ輕鏈" (free kappa light chain, with the Taiwanese "游離"),
// "M-pro" and "BJ urine" as titles, and "微量" (a trace) as a result.
TEST(Blind43Class, TaiwaneseTitlesAndATrace_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "採檢日期"}, {128, "M-pro"}, {200, "游離κ輕鏈"}, {290, "BJ urine g/24h"}},
      {{128, "g/dL"}, {200, "mg/L"}},
      {{36, "2024/01/10"}, {128, "3.22"}, {200, "458.7 H"}, {300, "1,01"}},
      {{36, "2024/06/26"}, {128, "微量"}, {200, "67.0 H"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-01-10", 458.7);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-10", 3.22);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-01-10", 1010);
  const ImportedObservation* trace = FindOn(r, Analyte::kSerumMProtein, "2024-06-26");
  ASSERT_NE(trace, nullptr);
  EXPECT_EQ(trace->obs.bound, records::ValueBound::kTrace);
}

// An Incheon report: the specimen written in Korean before "IFE" ("혈청 IFE (Serum)", "소변 IFE
// (Urine, random)"), a negative as "음성"; and a Spanish free light chain band marked "(BJ+)".
// A Chinese band named "λ游离轻链" is a free lambda band, not a result we cannot read.
TEST(Blind43Class, KoreanSpecimenNegativeAndBandNotes_Regression) {
  const ImportResult r = ExtractPlaced({
      {{48, "채혈일시"}, {120, "2024-06-11 08:30"}},
      {{48, "검사명"}, {227, "결과"}, {334, "참고치"}},
      {{48, "혈청 IFE (Serum)"}, {227, "IgG-λ"}, {334, "음성"}},
      {{48, "소변 IFE (Urine, random)"}, {236, "음성"}, {334, "음성"}},
  });
  ExpectValueOn(r, Analyte::kSerumIfe, "2024-06-11", 1);
  ExpectValueOn(r, Analyte::kUrineIfe, "2024-06-11", 0);
  for (const char* band : {"KAPPA LIBRE (BJ+)", "\xCE\xBB游离轻链"}) {
    const std::optional<LabValue> v = ParseLightChainBand(band);
    ASSERT_TRUE(v.has_value()) << band;
  }
}

// blind43's one silent value, on a Piedmont office scan: "12,3 ↓" read as "12,34" g/dL, with
// too few haemoglobin results on the page for the column check. A haemoglobin in g/dL has one
// decimal: two, ending in a digit an arrow is read as, are marked for review.
TEST(Blind43Class, ArrowReadAsADecimalIsReviewed_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{36, "Data prelievo"}, {133, "Hb"}, {190, "Creat."}},
          {{133, "g/dL"}, {190, "mg/dL"}},
          {{36, "22/04/2024"}, {126, "12,34"}, {190, "0,92"}},
      },
      0.95f);
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-04-22");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(hb->needs_review);
  const ImportedObservation* creat = FindOn(r, Analyte::kCreatinine, "2024-04-22");
  ASSERT_NE(creat, nullptr);
  EXPECT_FALSE(creat->needs_review);
}

// A Hiroshima table spells β2-microglobulin "β2-ミクログロブリン" (the other katakana spelling
// of "microglobulin"): its row was a name we did not know.
TEST(Blind43Class, JapaneseMicroglobulinSpelling_Regression) {
  EXPECT_EQ(MatchTestName("β2-ミクログロブリン", Specimen::kUnknown).analyte,
            Analyte::kBeta2Microglobulin);
  EXPECT_EQ(MatchTestName("β2-ミクログロブリン", Specimen::kUnknown).match,
            TestName::Match::kExact);
}

// A Georgia (US) report titled "RESULT FLAG" as one cell: the M-spike's "0.5 High" fell more
// under the flag's half and was taken whole for the flag; the result was lost without a word,
// while its earlier value was read.
TEST(Blind43Class, ResultRunIntoTheFlagColumn_Regression) {
  const ImportResult r = ExtractPlaced({
      {{360, "Date Collected: 07/22/2024"}},
      {{36, "TESTS"}, {226, "RESULT FLAG"}, {297, "PREVIOUS RESULT AND DATE"}, {434, "UNITS"}},
      {{44, "M-Spike"}, {243, "0.5 High"}, {340, "0.7 06/24/2024"}, {434, "g/dL"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-07-22", 0.5);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-06-24", 0.7);
}

}  // namespace
}  // namespace oncoguide::import
