// Classes found by blind31's first run (a thirty-second separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind31/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Central African cumulative table: "Analyse | Unités | Valeurs usuelles | Dossier 1 |
// Dossier 2 | ..." over "Date de prélèvement | 08/01/2024 | ..." over "Date de validation |
// 10/01/2024 | ...". The numbered titles were no columns, "Date de validation" was no label, and
// its row of dates became the header: every result was dated with its validation date, silently.
TEST(Blind31Class, ValidationDatesUnderCollectionDates_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Analyse"},
           {210, "Unités"},
           {270, "Valeurs usuelles"},
           {363, "Dossier 1"},
           {431, "Dossier 2"},
           {499, "Dossier 3"}},
          {{30, "Date de prélèvement"},
           {348, "08/01/2024"},
           {416, "06/02/2024"},
           {484, "04/03/2024"}},
          {{30, "Date de validation"},
           {366, "10/01/2024"},
           {434, "09/02/2024"},
           {502, "08/03/2024"}},
          {{38, "Hémoglobine"},
           {210, "g/dL"},
           {270, "12,0 – 16,0"},
           {383, "7,8*"},
           {450, "8,6*"},
           {519, "9,2*"}},
          {{38, "Albumine"},
           {210, "g/L"},
           {270, "35 – 50"},
           {388, "26*"},
           {455, "29*"},
           {524, "28*"}},
      },
      842);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-08", 7.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-04", 9.2);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-02-06", 2.9);
  for (const ImportedObservation& o : r.observations) {
    const std::string d = o.obs.date.ToString();
    EXPECT_TRUE(d != "2024-01-10" && d != "2024-02-09" && d != "2024-03-08") << d;
  }
}

// A Bissau-Guinean cumulative report: the collection-date title over two lines ("Data da" /
// "colheita"), units in brackets under the tests ("(g/dL)", "(mm/1ªh)"), an ESR column "VS", a
// total protein "Prot. tot." and a notes column "Obs.". None of its 58 results was read.
TEST(Blind31Class, PortugueseStackedTitlesWithBracketedUnits_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Data da"},
           {107, "Hb"},
           {135, "Leucócitos"},
           {227, "Creatinina"},
           {320, "Cálcio"},
           {365, "Albumina"},
           {420, "Prot. tot."},
           {480, "LDH"},
           {520, "VS"},
           {570, "Obs."}},
          {{30, "colheita"},
           {94, "(g/dL)"},
           {142, "(/mm³)"},
           {237, "(mg/dL)"},
           {317, "(mg/dL)"},
           {372, "(g/dL)"},
           {428, "(g/dL)"},
           {477, "(U/L)"},
           {512, "(mm/1ªh)"}},
          {{30, "19/04/2024"},
           {92, "10,9 ↓"},
           {145, "4 600"},
           {242, "1,29 ↑"},
           {335, "9,3"},
           {381, "3,6"},
           {435, "8,1"},
           {480, "pendente"},
           {522, "48"},
           {570, "VR 20/05"}},
          {{30, "31/03/2024"},
           {92, "10,3 ↓"},
           {145, "4 900"},
           {242, "1,43 ↑"},
           {335, "9,7"},
           {381, "3,6"},
           {435, "8,3"},
           {480, "231"},
           {522, "49"}},
      },
      842);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-19", 10.9);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-31", 1.43);
  ExpectValueOn(r, Analyte::kCalcium, "2024-04-19", 9.3);
  ExpectValueOn(r, Analyte::kLdh, "2024-03-31", 231);
}

// An Antiguan LIS printout's office scan: OCR read the first block's "COLL: 06-FEB-2024" with
// Cyrillic letters ("06-РЕВ-2024"). The report then seemed to close each block with its label,
// and the first block's results took the second block's date, silently. A collection label with
// a date in a date's shape that no reading accepts now leaves its rows undated, said as such.
TEST(Blind31Class, GarbledCollectionDateDatesNothing_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{30, "ACC# 24-CH-001982"}, {150, "COLL: 06-РЕВ-2024 07:55"}, {330, "RECD: 06-РЕВ-2024"}},
          {{30, "HGB"}, {120, "9.8L"}, {180, "g/dL"}, {240, "12.0-16.0"}},
          {{30, "CREAT"}, {120, "1.92H"}, {180, "mg/dL"}, {240, "0.57-1.00"}},
          {{30, "ACC# 24-CH-002240"}, {150, "COLL: 19-MAR-2024 08:10"}, {330, "RECD: 19-MAR-2024"}},
          {{30, "HGB"}, {120, "10.6L"}, {180, "g/dL"}, {240, "12.0-16.0"}},
          {{30, "CREAT"}, {120, "1.41H"}, {180, "mg/dL"}, {240, "0.57-1.00"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-19", 10.6);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.value, 9.8) << o.obs.date.ToString();
    EXPECT_NE(o.obs.value, 1.92) << o.obs.date.ToString();
  }
  int undated = 0;
  for (const ImportNote& n : r.unrecognised) {
    undated += n.reason.find("could not be read") != std::string::npos;
  }
  EXPECT_EQ(undated, 2) << ImportToJson(r).dump(1);
}

// The same in a portal print whose labels close their blocks: the block above a garbled label
// is undated, not dated by the label of the block before it.
TEST(Blind31Class, GarbledClosingLabelDatesNothing_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{30, "Hemoglobin"}, {150, "10.6"}, {200, "g/dL"}},
          {{30, "Creatinine"}, {150, "1.41"}, {200, "mg/dL"}},
          {{30, "Specimen Collected: 03/19/2024 08:10"}},
          {{30, "Hemoglobin"}, {150, "9.8"}, {200, "g/dL"}},
          {{30, "Creatinine"}, {150, "1.92"}, {200, "mg/dL"}},
          {{30, "Specimen Collected: 02/О6/2О24 07:55"}},
      },
      0.95f);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-19", 10.6);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.value, 9.8) << o.obs.date.ToString();
    EXPECT_NE(o.obs.value, 1.92) << o.obs.date.ToString();
  }
}

}  // namespace

}  // namespace oncoguide::import
