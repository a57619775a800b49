// Classes found by blind48's first run (a forty-ninth separate author's 18 documents, measured
// once blind at 5da6136), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Jura flowsheet's short titles: "Prélèv." (its dates), "Ca tot.", "Pic" (the M-protein's
// peak), and "Lc Créat. Ca tot." set as one cell: none of its 67 values was read.
TEST(Blind48Class, SwissFrenchFlowsheetShortTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélèv."}, {111, "Hb"}, {145, "Lc Créat. Ca tot."}, {233, "Alb."}, {352, "Pic"}},
      {{112, "g/L"}, {143, "G/L"}, {166, "µmol/L"}, {198, "mmol/L"}, {240, "g/L"}, {354, "g/L"}},
      {{40, "15.10.2024"},
       {107, "128*"},
       {142, "4.6"},
       {178, "94"},
       {205, "2.34"},
       {240, "41"},
       {346, "<0.5"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-10-15", 12.8);
  EXPECT_NE(FindOn(r, Analyte::kCalcium, "2024-10-15"), nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-10-15", 4.1);
  EXPECT_NE(FindOn(r, Analyte::kSerumMProtein, "2024-10-15"), nullptr) << ImportToJson(r).dump(1);
}

// An Otago monospace print set its dates and "Units" in one cell ("12/02/24 11/03/24 Units"):
// the last date's column was lost with the title, and rows read without dated columns.
TEST(Blind48Class, UnitsTitleRunIntoTheLastDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{36, "Collected"}, {136, "12/02/24 11/03/24 08/04/24 Units"}, {300, "Ref"}},
      {{36, "Haemoglobin"},
       {161, "98L"},
       {201, "104L"},
       {246, "111L"},
       {260, "g/L"},
       {300, "115-155"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-12", 9.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-08", 11.1);
}

// A Champagne cumulative table under "Prélevé le | Prot. tot. | Pic | IF sérique | BJ
// urinaire": its date title was no title, and none of its rows was read.
TEST(Blind48Class, PreleveLeOverACumulativeTable_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le"},
       {119, "Prot. tot."},
       {201, "Pic"},
       {262, "IF sérique"},
       {357, "κ libres"},
       {504, "BJ urinaire"}},
      {{130, "g/L"}, {205, "g/L"}, {360, "mg/L"}, {505, "g/24 h"}},
      {{40, "03/10/2023"},
       {130, "98"},
       {205, "38,2"},
       {262, "IgG kappa"},
       {360, "912,0"},
       {505, "1,42"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-10-03", 3.82);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-10-03", 912);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2023-10-03", 1420);
}

// A Calabria cumulative report named its light chains "Catene leggere libere K" / "... L" and
// its urine immunofixation's finding "K libere": neither was read.
TEST(Blind48Class, ItalianKAndLInitials_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Esame"}, {200, "Unità"}, {300, "14/11/2023"}, {400, "12/12/2023"}},
      {{40, "Catene leggere libere K"}, {200, "mg/L"}, {300, "1.840,0*"}, {400, "920,5*"}},
      {{40, "Catene leggere libere L"}, {200, "mg/L"}, {300, "9,8"}, {400, "8,6"}},
      {{40, "Immunofissazione urinaria"}, {300, "K libere"}, {400, "negativa"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-11-14", 1840);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-12-12", 8.6);
  const ImportedObservation* u = FindOn(r, Analyte::kUrineIfe, "2023-11-14");
  ASSERT_NE(u, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(u->obs.value, 1);
}

// A Setúbal report gives each row's range and earlier result under it as "VR: ... | Ant.: ..."
// (Portuguese, no dots): the earlier results were not read.
TEST(Blind48Class, PortugueseVrAndAntUnderTheRow_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da colheita: 14/05/2024"}},
      {{40, "Hemoglobina"}, {190, "11,4 ↓ g/dL"}},
      {{48, "VR: 12,0 – 15,5"}, {216, "Ant.: 10,9 (16/04/2024)"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-16", 10.9);
}

// A Santarém letter's table titled its M-protein "CM", spelt out by the legend under it ("CM:
// componente monoclonal; IFE: imunofixação; CLL: cadeias leves livres"), and wrote a trace as
// "vestígios": the column was passed over without a word.
TEST(Blind48Class, CmColumnFromAnUntitledLegendAndVestigios_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data"}, {120, "Hb"}, {200, "CM"}},
      {{120, "g/dL"}, {200, "g/dL"}},
      {{40, "15/01/2024"}, {120, "9,6"}, {200, "3,45"}},
      {{40, "26/08/2024"}, {120, "12,5"}, {200, "vestígios"}},
      {{40, "CM: componente monoclonal; IFE: imunofixação; CLL: cadeias leves livres"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-15", 3.45);
  const ImportedObservation* trace = FindOn(r, Analyte::kSerumMProtein, "2024-08-26");
  ASSERT_NE(trace, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(trace->obs.bound, records::ValueBound::kTrace);
}

// A Yunnan LIS sheet's abbreviations "FκLC" and "FλLC" (free κ / λ light chain).
TEST(Blind48Class, ChineseLisFlcAbbreviations_Regression) {
  EXPECT_EQ(MatchTestName("FκLC", Specimen::kUnknown).analyte, Analyte::kKappaFlc);
  EXPECT_EQ(MatchTestName("FλLC", Specimen::kUnknown).analyte, Analyte::kLambdaFlc);
}

}  // namespace
}  // namespace oncoguide::import
