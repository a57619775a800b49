// Regression tests named after the classes of failure found on the second separate author's
// corpus (tests/import/corpus/blind2). As in failure_classes_test.cc, each builds a small page in
// the failing layout, not the corpus document, and checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;
using records::ValueBound;

namespace {

// Column titles set tighter than the data ("Current Result and Flag" running into "Previous
// Result and Date" and "Units") were read as one header cell that started with "Current": every
// row's previous value, date and unit were run into its result, and nothing was read.
TEST(Blind2Class, MergedColumnHeadersAreSplitApart) {
  ImportResult r = ExtractPlaced({
      {{36, "Date Collected: 06/18/2024"}},
      {{36, "Test"},
       {200, "Current Result and FlagPrevious Result and Date Units"},
       {492, "Reference Interval"}},
      {{36, "Hemoglobin"},
       {200, "11.6 Low"},
       {312, "10.9"},
       {360, "03/12/2024"},
       {430, "g/dL"},
       {492, "11.1-15.9"}},
  });
  const ImportedObservation* now = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->obs.date.ToString(), "2024-06-18");
  EXPECT_DOUBLE_EQ(now->obs.value, 11.6);
  EXPECT_FALSE(now->needs_review);
  const ImportedObservation* before = Find(r, Analyte::kHemoglobin, /*previous=*/true);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->obs.date.ToString(), "2024-03-12");
  EXPECT_DOUBLE_EQ(before->obs.value, 10.9);
}

// A cumulative table with dates as rows: two test names set close together ("Kappa FLC Lambda
// FLC") were one header cell, and the units printed on a second header line were taken for a
// new header, so no row was read.
TEST(Blind2Class, HistoryTableWithUnitsLineAndTwoTestsInOneHeaderCell) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected"}, {115, "M-spike"}, {163, "Kappa FLC Lambda FLC"}, {300, "Creatinine"}},
      {{127, "(g/dL)"}, {185, "(mg/L)"}, {243, "(mg/L)"}, {300, "(mg/dL)"}},
      {{40, "09/10/2024"}, {135, "0.3"}, {189, "24.1"}, {247, "12.6"}, {300, "1.02"}},
      {{40, "07/16/2024"}, {135, "0.5"}, {189, "38.9"}, {247, "11.8"}, {300, "1.05"}},
  });
  ASSERT_EQ(r.observations.size(), 8u);
  int kappa = 0, lambda = 0;
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.needs_review) << o.source.text;
    if (o.obs.analyte == Analyte::kKappaFlc) {
      ++kappa;
      EXPECT_TRUE(o.obs.value == 24.1 || o.obs.value == 38.9) << o.obs.value;
    }
    if (o.obs.analyte == Analyte::kLambdaFlc) {
      ++lambda;
      EXPECT_TRUE(o.obs.value == 12.6 || o.obs.value == 11.8) << o.obs.value;
    }
  }
  EXPECT_EQ(kappa, 2);
  EXPECT_EQ(lambda, 2);
}

// "Current" and "Previous" headed by their dates on a second header line: the date line was read
// as a flowsheet header, so units and ranges were lost and limits such as ">3000.0" unread.
TEST(Blind2Class, DatesUnderCurrentAndPreviousHeaders) {
  ImportResult r = ExtractPlaced({
      {{40, "Test"}, {253, "Current"}, {337, "Previous"}, {400, "Units"}, {460, "Reference"}},
      {{244, "08/20/2024"}, {334, "09/02/2023"}},
      {{48, "Kappa Free Light Chain"},
       {272, "6.2"},
       {329, ">3000.0 H"},
       {400, "mg/L"},
       {460, "3.3-19.4"}},
  });
  const ImportedObservation* now = Find(r, Analyte::kKappaFlc);
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->obs.date.ToString(), "2024-08-20");
  EXPECT_DOUBLE_EQ(now->obs.value, 6.2);
  const ImportedObservation* before = Find(r, Analyte::kKappaFlc, /*previous=*/true);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->obs.date.ToString(), "2023-09-02");
  EXPECT_EQ(before->obs.bound, ValueBound::kAbove);
  EXPECT_DOUBLE_EQ(before->obs.value, 3000.0);
}

// Dutch and Spanish reports were not read at all: their collection-date labels ("Afnamedatum",
// "Fecha de extracción"), headers and test names were unknown, so no row had a date.
TEST(Blind2Class, DutchReportWithAfnamedatumAndMmolHaemoglobin) {
  ImportResult r = ExtractPlaced({
      {{40, "Patient : mevr. A. de Wit"}, {330, "Afnamedatum"}, {410, ": 21-02-2024 08:15"}},
      {{40, "Geboortedatum : 03-07-1949"}, {330, "Ontvangst lab"}, {410, ": 22-02-2024 09:02"}},
      {{40, "Bepaling"},
       {256, "Uitslag"},
       {300, "Afw."},
       {340, "Eenheid"},
       {440, "Referentiewaarde"}},
      {{50, "M-proteïne"}, {269, "14,5"}, {340, "g/L"}},
      {{50, "Vrije kappa-ketens"}, {263, "312,4"}, {305, "H"}, {340, "mg/L"}, {440, "3,3 - 19,4"}},
      {{50, "Hemoglobine"}, {275, "6,2"}, {305, "L"}, {340, "mmol/L"}, {440, "7,5 - 10,0"}},
      {{50, "Totaal eiwit"}, {278, "81"}, {305, "H"}, {340, "g/L"}, {440, "60 - 80"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->obs.date.ToString(), "2024-02-21");
  EXPECT_NEAR(m->obs.value, 1.45, 1e-9);
  const ImportedObservation* kappa = Find(r, Analyte::kKappaFlc);
  ASSERT_NE(kappa, nullptr);
  EXPECT_DOUBLE_EQ(kappa->obs.value, 312.4);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_NEAR(hb->obs.value, 6.2 * 1.611, 1e-9);  // mmol/L to g/dL
  EXPECT_EQ(r.observations.size(), 3u);           // total protein is ignored
}

TEST(Blind2Class, SpanishReportWithFechaDeExtraccionNotValidacion) {
  ImportResult r = ExtractPlaced({
      {{48, "Fecha de nacimiento: 12/03/1952"}, {340, "Fecha de extracción: 09/10/2023 08:40"}},
      {{340, "Fecha de validación: 11/10/2023"}},
      {{40, "PRUEBA"}, {248, "RESULTADO"}, {320, "UNIDADES"}, {420, "VALORES DE REFERENCIA"}},
      {{50, "Creatinina"}, {271, "* 1,35"}, {320, "mg/dL"}, {420, "0,70 - 1,20"}},
      {{50, "Cadenas ligeras libres lambda (suero)"}, {265, "* 48,60"}, {320, "mg/dL"}},
      {{50, "Glucosa"}, {288, "96"}, {320, "mg/dL"}, {420, "74 - 106"}},
  });
  const ImportedObservation* creat = Find(r, Analyte::kCreatinine);
  ASSERT_NE(creat, nullptr);
  EXPECT_EQ(creat->obs.date.ToString(), "2023-10-09");
  EXPECT_DOUBLE_EQ(creat->obs.value, 1.35);
  const ImportedObservation* lambda = Find(r, Analyte::kLambdaFlc);
  ASSERT_NE(lambda, nullptr);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 486.0);  // mg/dL to mg/L
  EXPECT_EQ(r.observations.size(), 2u);
}

// A discharge summary gives its labs in sentences, each with its own date; all of them were
// dated by the header's discharge date (flagged for review, but wrong).
TEST(Blind2Class, ProseValuesTakeTheirSentencesDate) {
  ImportResult r = ExtractPlaced({
      {{50, "Admission date: 04/02/2024"}, {360, "Discharge date: 04/08/2024"}},
      {{50, "On admission (04/02/2024) his labs were notable for hemoglobin 8.7 g/dL."}},
      {{50, "Serum protein electrophoresis on 04/03/2024 showed an M-spike of 3.2 g/dL."}},
      {{50, "Compared with the prior study of 01/05/2024, albumin was 3.0 g/dL."}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-04-02");
  EXPECT_TRUE(hb->needs_review);  // read from a sentence
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->obs.date.ToString(), "2024-04-03");
  // A sentence comparing with another date does not give its own: not the 01/05 study.
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.date.ToString(), "2024-01-05") << o.source.text;
  }
}

// "Paraprotein Type | IgG kappa" was listed as a free-text test and dropped, and
// "Immunofixation (serum): IgG kappa monoclonal protein identified" as one cell was read as prose:
// both are the immunofixation result.
TEST(Blind2Class, TypingRowAndLabelledImmunofixationLine) {
  ImportResult r = ExtractPlaced({
      {{40, "Collected: 14/05/2024"}},
      {{50, "Paraprotein"}, {238, "12"}, {290, "g/L"}},
      {{50, "Paraprotein Type"}, {238, "IgG kappa"}},
  });
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_TRUE(ife->needs_review);  // read from the typing, for the person to confirm
  r = ExtractPlaced({
      {{40, "Collected: 08/17/2023"}},
      {{40, "Immunofixation (serum): IgG kappa monoclonal protein identified"}},
  });
  ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_EQ(ife->obs.date.ToString(), "2023-08-17");
}

}  // namespace
}  // namespace oncoguide::import
