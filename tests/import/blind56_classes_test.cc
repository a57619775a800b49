// Classes found by blind56's first run (a fifty-seventh separate author's 18 documents, measured
// once blind at 1727e36), each written as our own small page.
#include <gtest/gtest.h>

#include "../../src/import/value_checks.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Badajoz flowsheet's narrowest title "β2-m" and a result still pending ("Pend."): that column
// was left unread, and each pending cell noted as not understood. (Its "CM" column, componente
// monoclonal, stays unread: "CM" alone may be a length.)
TEST(Blind56Class, SpanishNarrowTitlesAndPending_Regression) {
  const ImportResult r = ExtractPlaced({
      {{20, "Fecha"}, {120, "Hb"}, {170, "β2-m"}, {270, "κ libre"}},
      {{120, "g/dL"}, {170, "mg/L"}, {270, "mg/L"}},
      {{20, "16/09/2024"}, {120, "11,2"}, {170, "3,1"}, {270, "Pend."}},
      {{20, "19/08/2024"}, {120, "11,8"}, {170, "2,9"}, {270, "88,9"}},
  });
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-09-16", 3.1);
  for (const ImportNote& n : r.unrecognised) {
    EXPECT_EQ(n.reason.find("not understood"), std::string::npos) << n.text << " -- " << n.reason;
  }
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-08-19", 88.9);
  EXPECT_EQ(FindOn(r, Analyte::kKappaFlc, "2024-09-16"), nullptr);
}

// A Klagenfurt flowsheet's "fLK Kappa | fLK Lambda" (freie Leichtketten): unread.
TEST(Blind56Class, AustrianFreeLightChainTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{20, "Datum"}, {120, "fLK Kappa"}, {220, "fLK Lambda"}},
      {{120, "mg/l"}, {220, "mg/l"}},
      {{20, "09.05.2023"}, {120, "68,2 +"}, {220, "9,4"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-05-09", 68.2);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-05-09", 9.4);
}

// A Faro portal's result cards, each with its earlier results under a one-word heading
// ("Histórico" / "21/05/2024 | 10,9 g/dL"): the earlier results were dropped without a word.
TEST(Blind56Class, CardHistoryUnderAOneWordHeading_Regression) {
  const ImportResult r = ExtractPlaced({
      {{44, "Colheita: 18/06/2024 08:05"}},
      {{44, "Hemoglobina"}},
      {{44, "Hemograma com plaquetas · sangue total"}},
      {{44, "11,4 g/dL"}, {190, "↓ Abaixo do intervalo"}},
      {{44, "Valores de referência: 12,0 – 15,5 g/dL"}},
      {{44, "Histórico"}},
      {{50, "21/05/2024"}, {156, "10,9 g/dL"}},
      {{50, "16/04/2024"}, {156, "10,2 g/dL"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-18", 11.4);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-05-21", 10.9);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-16", 10.2);
}

// Its scans: a Rhode Island print-out's "ALBUMIN FRACTION" row, set by OCR as two cells, was
// read as the chemistry albumin (silently, on both scans); a Biel phone photo lost the decimal
// mark of a β2-microglobulin ("2.4" as "24") whose range OCR could not read.
TEST(Blind56Class, ScannedFractionNameInTwoCellsAndLostDecimalMark_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{20, "TEST"}, {160, "09/30/24"}, {220, "08/26/24"}, {280, "UNITS"}},
          {{20, "ALBUMIN"}, {160, "3.8"}, {220, "3.7"}, {280, "g/dL"}},
          {{20, "ALBUMIN"}, {80, "FRACTION"}, {160, "3.71"}, {220, "3.60"}, {280, "g/dL"}},
      },
      0.93f);
  int albumins = 0;
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte != Analyte::kAlbumin) continue;
    ++albumins;
    EXPECT_TRUE(o.obs.value == 3.8 || o.obs.value == 3.7) << ImportToJson(r).dump(1);
  }
  EXPECT_EQ(albumins, 2) << ImportToJson(r).dump(1);
  using internal::DecimalsUnlikeTheTest;
  EXPECT_TRUE(DecimalsUnlikeTheTest(Analyte::kBeta2Microglobulin, "mg/L", "24"));
  EXPECT_FALSE(DecimalsUnlikeTheTest(Analyte::kBeta2Microglobulin, "mg/L", "2.4"));
  EXPECT_FALSE(DecimalsUnlikeTheTest(Analyte::kKappaFlc, "mg/L", "115"));
}

}  // namespace
}  // namespace oncoguide::import
