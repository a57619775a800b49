// Classes found by the first run of blind59 (a sixtieth separate author's 18 documents, measured
// once blind at 8a0bcf9), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// Tarija: a landscape flowsheet, one row a date, with the treatment cycle beside each date
// ("Fecha | Ciclo | Hb | Creat. | Comp. M | Kappa L | Lambda L"). The cycle's title was read as
// no title at all, so the header was no header: none of its 69 values were read. Its short
// titles "Comp. M" and "Kappa L" / "Lambda L" were not known either.
TEST(Blind59Class, FlowsheetWithATreatmentCycleColumn_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Fecha"},
           {84, "Ciclo"},
           {160, "Hb"},
           {200, "Creat."},
           {250, "Comp. M"},
           {310, "Kappa L"},
           {370, "Lambda L"}},
          {{160, "g/dL"}, {200, "mg/dL"}, {250, "g/dL"}, {310, "mg/L"}, {370, "mg/L"}},
          {{30, "05/09/2023"},
           {84, "Diagnóstico"},
           {160, "8,2"},
           {200, "2,48"},
           {250, "4,06"},
           {310, "836,7"},
           {370, "7,2"}},
          {{30, "26/09/2023"},
           {84, "VCd C1"},
           {160, "9,4"},
           {200, "2,03"},
           {250, "2,77"},
           {310, "527,7"},
           {370, "6,4"}},
      },
      792);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-09-05", 8.2);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-09-26", 2.03);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-09-05", 4.06);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-09-26", 527.7);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-09-05", 7.2);
  EXPECT_EQ(r.observations.size(), 10u);
}

}  // namespace
}  // namespace oncoguide::import
