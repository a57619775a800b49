// Classes found by blind28's first run (a twenty-ninth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind28/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "../../src/import/label_dates.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

Line OneCellLine(std::string text) {
  return Line{1, Box{40, 100, 400, 110}, {Cell{std::move(text), Box{40, 100, 400, 110}, 1.0f}}};
}

// Flowsheets from Zimbabwe, Iraq, Oman and Papua New Guinea print an immunofixation's finding
// as the heavy chain and the light chain's initial ("IgG-K", "IgA-L", "IgG K"): every positive
// immunofixation on them (13 values) was lost.
TEST(Blind28Class, AnIsotypeWithTheLightChainsInitial) {
  EXPECT_EQ(IsotypeIn("IgG-K"), "IgG kappa");
  EXPECT_EQ(IsotypeIn("IgA-L"), "IgA lambda");
  EXPECT_EQ(IsotypeIn("IgG K"), "IgG kappa");
  EXPECT_EQ(IsotypeIn("IgA/L *"), "IgA lambda");
  EXPECT_EQ(IsotypeIn("IgG low"), "IgG");  // a word, not an initial
  EXPECT_EQ(IsotypeIn("IgG-Kit"), "IgG");
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 11/03/2024 08:10"}},
      {{40, "Test"}, {200, "Result"}, {300, "Previous"}},
      {{40, "Serum IFE"}, {200, "IgA-L"}, {300, "IgA-L (20/12/2023)"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-11");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
}

// A portal's second page of cards under "Earlier results - Sample collected 19 Mar 2024 08:31":
// the heading's date was not read because a time of day followed it, and the first card took
// the first page's date (for review).
TEST(Blind28Class, AHeadingOfEarlierResultsWithATimeAfterItsDate) {
  auto d = internal::EarlierResultsHeadingDate(
      OneCellLine("Earlier results  -  Sample collected 19 Mar 2024 08:31"), DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-19");
  d = internal::EarlierResultsHeadingDate(
      OneCellLine("Previous results, collected 02/03/2024 at 08:31)"), DateOrder::kDayFirst);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-03-02");
  // A value after the date is an earlier result written out, not the heading's date.
  EXPECT_FALSE(internal::EarlierResultsHeadingDate(
      OneCellLine("Previous result, collected 02/03/2024 12 mg/dL"), DateOrder::kDayFirst));
}

// A discharge letter from Jersey: "Myeloma screen (03/02/2024): | IgA 24.3 g/L, ...; paraprotein
// 22 g/L (IgA lambda);" was a row of an unknown test, and its second line was dated by a later
// label; a 24-hour urine's "BJP 0.62 g/24h (free lambda on IFE)" was not read; a paraprotein "at
// the time of her original diagnosis" took the letter's date. Here in our own words.
TEST(Blind28Class, ALettersLabelledResultsUrineAndDiagnosisTime) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Clinic letter, haematology"}},
          {{40,
            "When he was first diagnosed his paraprotein was 41 g/L and he has done well on "
            "maintenance since then."}},
          {{40, "Myeloma screen (13/03/2024):"},
           {200, "IgG 31.2 g/L, IgA 0.4 g/L, IgM 0.2 g/L; paraprotein 27 g/L (IgG kappa);"}},
          {{40, "serum free kappa 388 mg/L, free lambda 7.1 mg/L, ratio 54.6; B2M 4.1 mg/L."}},
          {{40, "24-hour urine (14/03/2024):"},
           {200, "total protein 0.91 g/24h; BJP 0.44 g/24h (free kappa on IFE)."}},
      },
      1000);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-03-13");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(m->written_number, 27);
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-03-13");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(kappa->written_number, 388);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-13");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_TRUE(ife->needs_review);
  const ImportedObservation* bjp = FindOn(r, Analyte::kUrineMProtein, "2024-03-14");
  ASSERT_NE(bjp, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(bjp->written_number, 0.44);
  const ImportedObservation* uife = FindOn(r, Analyte::kUrineIfe, "2024-03-14");
  ASSERT_NE(uife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(uife->obs.text, "kappa");
  // The paraprotein at diagnosis has no date: not read, and said so.
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.obs.analyte == Analyte::kSerumMProtein && o.written_number == 41)
        << o.obs.date.ToString();
  }
  bool noted = false;
  for (const ImportNote& n : r.unrecognised)
    noted |= n.reason.find("diagnosis") != std::string::npos;
  EXPECT_TRUE(noted);
}

// A Bahraini 24-hour urine report types its Bence Jones protein under "URINE IMMUNOFIXATION" as
// "Free kappa *" (flagged), with the previous result "Free kappa": the flag left the finding
// unread, as this day's and as the earlier one.
TEST(Blind28Class, AFlaggedLightChainBandTypesTheBenceJonesProtein) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collection date : 11/03/2024 07:30"}},
      {{40, "Test"}, {200, "Result"}, {300, "Unit"}, {360, "Reference"}, {440, "Previous"}},
      {{440, "(14/01/2024)"}},
      {{40, "URINE IMMUNOFIXATION"}},
      {{40, "Bence Jones protein"},
       {200, "Free lambda  *"},
       {360, "Negative"},
       {440, "Free lambda"}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kUrineIfe, "2024-03-11");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(now->obs.value, 1);
  EXPECT_EQ(now->obs.text, "lambda");
  EXPECT_TRUE(now->needs_review);
  const ImportedObservation* before = FindOn(r, Analyte::kUrineIfe, "2024-01-14");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
}

// The Botswanan portal's second page: two columns of cards under "Earlier results - Sample
// collected 19 Mar 2024 08:31". The last pair, an immunofixation card ("IgA lambda") beside an
// albumin card ("33.8 g/L"), was taken for one table row across the columns and the finding was
// lost; only the first card under the heading was marked an earlier result (the next card's
// label, of the same date, ended the block).
TEST(Blind28Class, CardsOfEarlierResultsInTwoColumns) {
  const std::vector<Placed> rows = {
      {{40, "Earlier results - Sample collected 19 Mar 2024 08:31"}},
      {{50, "Haemoglobin"}, {259, "LOW"}, {315, "Creatinine"}, {521, "HIGH"}},
      {{50, "10.5 g/dL"}, {234, "Ref: 12.0-16.0"}, {315, "133 umol/L"}, {507, "Ref: 64-104"}},
      {{50, "Collected 19 Mar 2024 08:31"}, {315, "Collected 19 Mar 2024 08:31"}},
      {},
      {{50, "Kappa free light chain"}, {315, "Lambda free light chain"}, {521, "HIGH"}},
      {{50, "7.31 mg/L"}, {230, "Ref: 3.30-19.40"}, {315, "533.0 mg/L"}, {495, "Ref: 5.71-26.30"}},
      {{50, "Collected 19 Mar 2024 08:31"}, {315, "Collected 19 Mar 2024 08:31"}},
      {},
      {{50, "Immunofixation (serum)"}, {315, "Albumin fraction (SPE)"}},
      {{50, "IgA lambda"}, {262, "Ref: -"}, {315, "33.8 g/L"}, {499, "Ref: 35.5-50.5"}},
      {{50, "Collected 19 Mar 2024 08:31"}, {315, "Collected 19 Mar 2024 08:31"}},
  };
  const ImportResult r = ExtractPlaced(rows);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-19");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
  for (Analyte a : {Analyte::kHemoglobin, Analyte::kCreatinine, Analyte::kKappaFlc,
                    Analyte::kLambdaFlc, Analyte::kSerumIfe}) {
    const ImportedObservation* o = FindOn(r, a, "2024-03-19");
    ASSERT_NE(o, nullptr) << ImportToJson(r).dump(1);
    EXPECT_TRUE(o->previous) << o->source.text;
  }
}

// A protein report from Burkina Faso: "Chaînes kappa libres" and "Chaînes lambda libres" (the
// free chains, named without "légères") were not known, and the M-spike's row gave its earlier
// result in a labelled cell, "Antériorité (11/12/2023) : 28,5 g/L", which stood under the range
// column of the fractions' table above and was read as a range.
TEST(Blind28Class, FrenchFreeChainsAndAnEarlierResultInALabelledCell) {
  EXPECT_EQ(MatchTestName("Chaînes kappa libres", Specimen::kUnknown).analyte, Analyte::kKappaFlc);
  EXPECT_EQ(MatchTestName("Chaînes lambda libres", Specimen::kUnknown).analyte,
            Analyte::kLambdaFlc);
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le : 20/02/2024 à 07h40"}},
      {{40, "Fraction"}, {202, "%"}, {281, "g/L"}, {320, "Valeurs usuelles (g/L)"}},
      {{40, "Gamma globulines"}, {202, "10,1"}, {286, "7,4"}, {320, "7,5 - 15,8"}},
      {{40, "PIC MONOCLONAL"}},
      {{40, "Pic monoclonal en zone bêta :"},
       {261, "13,2 g/L"},
       {320, "Antériorité (11/12/2023) : 28,5 g/L"}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kSerumMProtein, "2024-02-20");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(now->written_number, 13.2);
  const ImportedObservation* before = FindOn(r, Analyte::kSerumMProtein, "2023-12-11");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(before->written_number, 28.5);
  EXPECT_TRUE(before->previous);
}

}  // namespace
}  // namespace oncoguide::import
