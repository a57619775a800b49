// Regression tests named after the classes of failure found on the eighteenth separate author's
// corpus (tests/import/corpus/blind17, measured once blind at 74.4% of text-PDF values with four
// silent errors). Each builds a small page in the failing layout, in wordings of our own, and
// checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// An Ontario portal sets result cards two by two: the line of the two cards' results ("6.1 mg/L
// | 38.4 mg/L | High") was taken for one row across the page, after both names had been read,
// so the lambda chain took the kappa card's value, silently.
TEST(Blind17Class, TwoCardsSideBySideKeepTheirOwnResults) {
  const ImportResult r = ExtractPlaced({
      {{50, "Hemoglobin"}, {322, "Creatinine"}},
      {{50, "Collected Apr 8, 2024 7:55 a.m."}, {322, "Collected Apr 8, 2024 7:55 a.m."}},
      {{50, "121 g/L"}, {322, "88 umol/L"}},
      {{50, "Normal range: 120 - 160 g/L"}, {322, "Normal range: 50 - 100 umol/L"}},
      {{50, "Kappa free light chain"}, {322, "Lambda free light chain"}},
      {{50, "Collected Apr 8, 2024 7:55 a.m."}, {322, "Collected Apr 8, 2024 7:55 a.m."}},
      {{50, "5.4 mg/L"}, {322, "61.7 mg/L"}, {410, "High"}},
      {{50, "Normal range: 3.3 - 19.4 mg/L"}, {322, "Normal range: 5.7 - 26.3 mg/L"}},
  });
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte == Analyte::kLambdaFlc) {
      EXPECT_DOUBLE_EQ(o.obs.value, 61.7);
    } else if (o.obs.analyte == Analyte::kKappaFlc) {
      EXPECT_DOUBLE_EQ(o.obs.value, 5.4);
    }
  }
  ASSERT_NE(Find(r, Analyte::kLambdaFlc), nullptr) << ImportToJson(r).dump(1);
}

// A Spanish report's 24-hour urine: "Recogida: del 06/04/2024 08:00 al 07/04/2024 08:00" was not
// a label, so the urine took the blood's extraction date, silently; a note under the urine
// immunofixation ("tipo lambda") named the isotype of the earlier result beside it too, and a
// bare "Positiva" now asks for review.
TEST(Blind17Class, RecogidaPeriodAndANoteOnlyForTheCurrentResult) {
  const ImportResult r = ExtractPlaced({
      {{320, "Fecha de extracci\xC3\xB3n:"}, {428, "15/05/2024 08:10"}},
      {{40, "Prueba"}, {262, "Resultado"}, {330, "Unidades"}, {420, "Resultado anterior"}},
      {{40, "ORINA DE 24 HORAS"}},
      {{46, "Recogida: del 13/05/2024 08:00 al 14/05/2024 08:00"}},
      {{46, "Componente monoclonal en orina"}, {262, "0,21"}, {330, "g/24h"}},
      {{46, "Inmunofijaci\xC3\xB3n en orina"}, {262, "Positiva"}, {420, "Positiva (10/04/2024)"}},
      {{46, "Interpretaci\xC3\xB3n: Bence Jones tipo kappa"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(m->obs.date.ToString(), "2024-05-14");
  const ImportedObservation* earlier = Find(r, Analyte::kUrineIfe, /*previous=*/true);
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(earlier->obs.text, "") << ImportToJson(r).dump(1);
  EXPECT_TRUE(earlier->needs_review) << ImportToJson(r).dump(1);
}

// A Japanese cumulative report heads each date column with its year over the month and day
// ("2023" / "11/06"): no date was read, so all 64 values were lost.
TEST(Blind17Class, YearOverMonthAndDayColumns) {
  const ImportResult r = ExtractPlaced({
      {{34, "Item"}, {90, "Unit"}, {160, "2023"}, {220, "2024"}},
      {{160, "12/18"}, {220, "01/09"}},
      {{34, "Alb"}, {90, "g/dL"}, {160, "3.4 L"}, {220, "3.6 L"}},
  });
  const ImportedObservation* alb = FindOn(r, Analyte::kAlbumin, "2024-01-09");
  ASSERT_NE(alb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(alb->obs.value, 3.6);
  ASSERT_NE(FindOn(r, Analyte::kAlbumin, "2023-12-18"), nullptr) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
