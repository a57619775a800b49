// Classes found by blind29's first run (a thirtieth separate author's 18 layouts, measured once
// blind: tests/import/corpus/blind29/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/narrative.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Timorese page in Portuguese: "Imunofixação sérica | IgG capa | negativa". "capa" (Portuguese
// for kappa) was not known, the finding was passed over, and the reference after it ("negativa")
// was read as a negative immunofixation, silently.
TEST(Blind29Class, PortugueseKappaAndAFindingNotUnderstood_Regression) {
  EXPECT_EQ(IsotypeIn("IgG capa"), "IgG kappa");
  EXPECT_EQ(IsotypeIn("IgA lambda, capacidade"), "IgA lambda");  // a word, not the chain
  const ImportResult pt = ExtractPlaced({
      {{40, "Data de colheita: 03/06/2024 07:50"}},
      {{40, "Imunofixação sérica"}, {200, "IgG capa"}, {300, "negativa"}},
  });
  const ImportedObservation* ife = FindOn(pt, Analyte::kSerumIfe, "2024-06-03");
  ASSERT_NE(ife, nullptr) << ImportToJson(pt).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
  EXPECT_TRUE(ife->needs_review);  // two different findings on the row, no headers
  // Whatever the finding's wording, a result word after a cell that was not understood is
  // reviewed, never silent.
  const ImportResult typo = ExtractPlaced({
      {{40, "Collected: 13/06/2024 07:50"}},
      {{40, "Serum immunofixation"}, {200, "IgG kapppa"}, {300, "Negative"}},
  });
  const ImportedObservation* neg = FindOn(typo, Analyte::kSerumIfe, "2024-06-13");
  ASSERT_NE(neg, nullptr) << ImportToJson(typo).dump(1);
  EXPECT_TRUE(neg->needs_review);
}

// An Afghan report's header: "Sample collected: 15- Jan-2024 (25/10/1402) 09:20" over "Sample
// received: 15- Jan-2024 11:05" over "Report date: | 17- Jan-2024 (27/10/1402)". "Sample" was a
// collection label of its own inside "Sample received", with no date after it, so the date under
// it was taken, the report date of the line below: every result was dated two days late,
// silently.
TEST(Blind29Class, AReceivedLabelDoesNotTakeTheReportDateBelow_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Age/Sex:"},
           {100, "66 Y / Male"},
           {300, "Sample collected: 15- Jan-2024 (25/10/1402) 09:20"}},
          {{40, "Referred by:"},
           {100, "Dr. F. Ahmadzai"},
           {300, "Sample received: 15- Jan-2024 11:05"}},
          {{40, "Hospital:"},
           {100, "Jamhuriat OPD"},
           {300, "Report date:"},
           {400, "17- Jan-2024 (27/10/1402)"}},
          {{40, "Investigation"}, {200, "Result"}, {260, "Unit"}, {320, "Normal range"}},
          {{40, "Hemoglobin"}, {200, "12.1 L"}, {260, "g/dL"}, {320, "13.5 - 18.0"}},
      },
      700);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-15", 12.1);
  EXPECT_EQ(FindOn(r, Analyte::kHemoglobin, "2024-01-17"), nullptr);
}

// A Basotho portal dated by its episode banner ("Showing results for episode collected
// 2024/05/06"), each card with its own "Collected:" line under it; one card beside another was
// carried over from an earlier episode ("Collected: 2024/04/08 08:31"), and took the banner's
// date silently. It is now reviewed: a card's own label under it gives another date.
TEST(Blind29Class, ACardWhoseOwnLabelGivesAnotherDateIsReviewed_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Showing results for episode collected 2024/05/06 (ordered 2024/04/30)"}},
      {{40, "Haemoglobin (HGB)"}, {300, "Creatinine"}},
      {{40, "10.2 L"}, {90, "g/dL"}, {300, "131 H"}, {350, "umol/L"}},
      {{40, "Collected: 2024/05/06 08:10"}, {300, "Collected: 2024/05/06 08:13"}},
      {},
      {{40, "Lambda free light chains"}, {300, "Beta-2 microglobulin"}},
      {{40, "11.2"}, {90, "mg/L"}, {300, "3.6 H"}, {350, "mg/L"}},
      {{40, "Collected: 2024/05/06 08:28"}, {300, "Collected: 2024/04/08 08:31"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-05-06");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(hb->needs_review);
  bool b2m_reviewed_or_dated = false;
  for (const ImportedObservation& o : r.observations) {
    if (o.obs.analyte != Analyte::kBeta2Microglobulin) continue;
    b2m_reviewed_or_dated |= o.needs_review || o.obs.date.ToString() == "2024-04-08";
  }
  EXPECT_TRUE(b2m_reviewed_or_dated) << ImportToJson(r).dump(1);
}

// A Seychellois monospace cumulative report: the units line under the titles sets its units one
// space apart, so the PDF gave "10^9 mmol/L umol/L" as one cell under "PLT Urea Creat" and
// "mg/L mg/L" under "CRP FLC-K"; creatinine took the three units as its own and every one of its
// values was refused.
TEST(Blind29Class, UnitsOneSpaceApartUnderSeveralTitles) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Collected"},
           {119, "Hb"},
           {149, "WBC"},
           {179, "PLT"},
           {204, "Urea"},
           {239, "Creat"},
           {279, "Ca"},
           {314, "Adj-Ca"},
           {354, "Alb"},
           {414, "LDH"},
           {444, "CRP"},
           {469, "FLC-K"},
           {519, "FLC-L"}},
          {{30, "dd/mm/yyyy hh:mm"},
           {119, "g/dL"},
           {149, "10^9"},
           {179, "10^9 mmol/L umol/L"},
           {279, "mmol/L mmol/L"},
           {354, "g/L"},
           {414, "U/L"},
           {444, "mg/L mg/L"},
           {519, "mg/L"}},
          {{30, "14/07/2023 07:42"},
           {119, "10.9L"},
           {149, "4.7"},
           {179, "216"},
           {204, "5.4"},
           {239, "98"},
           {279, "2.44"},
           {314, "2.46"},
           {354, "39"},
           {414, "200"},
           {444, "10"},
           {469, "730.5"},
           {519, "3.3"}},
      },
      700);
  const ImportedObservation* creat = FindOn(r, Analyte::kCreatinine, "2023-07-14");
  ASSERT_NE(creat, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(creat->written_number, 98);
  EXPECT_EQ(creat->written_unit, "umol/L");
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2023-07-14");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(kappa->written_number, 730.5);
}

// A Guernsey letter: "His blood tests from 15/04/2024 are reassuring: haemoglobin 124 g/L, ..."
// had no date of its own ("from" read as a comparison), and its values took the letter's date.
// "From" right before the date, after the tests it names, is the sample's date.
TEST(Blind29Class, TestsFromADateAreOfThatDate_Regression) {
  const auto d = SentenceDate("his blood tests from 15/04/2024 are reassuring: haemoglobin 124 g/l",
                              DateOrder::kDayFirst);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-04-15");
  EXPECT_FALSE(
      SentenceDate("the paraprotein is down from 30 g/l on 15/04/2024", DateOrder::kDayFirst));
  EXPECT_FALSE(
      SentenceDate("results from baseline to 15/04/2024 show a fall", DateOrder::kDayFirst));
}

}  // namespace
}  // namespace oncoguide::import
