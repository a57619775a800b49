// The classes blind35's separate author found (tests/import/corpus/blind35: measured once blind,
// then a development split), each tested in our own words.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A report's Spanish copy for the patient after its English pages, whose last section was the
// 24-hour urine: its blood sections ("Biometría hemática", "Panel metabólico completo") named
// no specimen we knew, so its haemoglobin and creatinine were ignored as urine tests, and
// "Inmunofijación en suero" with its earlier result became a urine immunofixation, silently.
// "suero" (and "soro", "siero", "sangre"...) in a test's name or a heading names the serum.
TEST(Blind35Class, SerumNamedInSpanishAfterAUrineSection_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Specimen collected: 03/19/2024"}},
      {{40, "24-HOUR URINE PROTEIN ELECTROPHORESIS"}},
      {{40, "Urine M-spike"}, {220, "92"}, {300, "mg/24 hr"}},
      {{40, "Prueba"},
       {220, "Resultado actual"},
       {330, "Resultado anterior y fecha"},
       {450, "Unidades"}},
      {{40, "Biometría hemática"}},
      {{50, "Hemoglobina"}, {220, "11.9"}, {450, "g/dL"}},
      {{40, "Electroforesis de proteínas en suero"}},
      {{50, "Inmunofijación en suero"},
       {220, "IgA lambda Anormal"},
       {330, "IgA lambda (9 de enero de 2024)"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-19", 11.9);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-01-09");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(ife->previous);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-01-09"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-03-19"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(FindOn(r, Analyte::kSerumIfe, "2024-03-19"), nullptr) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
