// Classes found by blind25's first run (a twenty-sixth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind25/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A two-column page whose earlier results sit on their own line under each result ("Antériorité
// du 03/06/24 : 174 umol/L"); on a scan such a line ran into the other column's range and was
// read as a table's header, and the results below took the earlier date, silently.
TEST(Blind25Class, AnEarlierResultLineRunIntoTheOtherColumnDatesNothingBelowIt) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Patient(e) : M. Test"}, {330, "Prélevé le : 12/09/2024 à 08h10"}},
          {{40, "BIOCHIMIE SANGUINE"}, {310, "HÉMATOLOGIE"}},
          {{40, "Créatinine"}, {215, "90 umol/L"}, {310, "Hémoglobine"}, {477, "13,2 g/dL"}},
          {{48, "Antériorité du 03/06/24 : 174 umol/L"},
           {318, "Valeurs usuelles : 4 000 - 10 000"}},
          {{41, "DFG (CKD-EPI)"}, {215, "45 mL/min"}, {311, "Plaquettes"}, {461, "271 774 /mm3"}},
          {{40, "Calcémie"}, {206, "2,33 mmol/L"}, {310, "VS 1re heure"}, {485, "29 mm"}},
          {{40, "LDH"}, {208, "321 UI/L"}},
          {{48, "Valeurs usuelles : 135 - 225"}},
          {{48, "Antériorité du 03/06/24 : 266 UI/L"}, {311, "IgG"}, {477, "24,0"}, {499, "g/L"}},
          {{41, "Béta-2 microglobuline"}, {206, "2,06 mg/L"}, {318, "ee eee"}},
          {{48, "Valeurs usuelles : 0,80 - 2,40"}},
      },
      0.95f);
  EXPECT_EQ(FindOn(r, Analyte::kBeta2Microglobulin, "2024-06-03"), nullptr)
      << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-09-12", 2.06);
  EXPECT_EQ(FindOn(r, Analyte::kCalcium, "2024-06-03"), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* calcium = FindOn(r, Analyte::kCalcium, "2024-09-12");
  ASSERT_NE(calcium, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(calcium->obs.value, 9.34, 0.01);  // 2,33 mmol/L
  EXPECT_FALSE(calcium->previous);
}

}  // namespace

}  // namespace oncoguide::import
