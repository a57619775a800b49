// Classes found by blind32's first run (a thirty-third separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind32/README.md), each written as our own small page or name.
#include <gtest/gtest.h>

#include <string>

#include "../../src/import/cross_checks.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A British overseas hospital's protein history sent to a UK laboratory: "Date taken" heads each
// row's date, beside a lab number, total protein, the electrophoresis's albumin "Alb (EP)", a
// "κ:λ" ratio, "Urine BJP (IFE)" and the date the UK laboratory received the sample. "Date
// taken" was no row-date title, and three of the titles were read as loose matches of other
// tests, so none of the table's 32 results was read. The chemistry under "(taken DATE)" was
// undated.
TEST(Blind32Class, HistoryRowsUnderDateTaken_Regression) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Date taken"},
           {100, "Lab no."},
           {150, "Tot prot"},
           {210, "Alb (EP)"},
           {270, "Paraprotein"},
           {345, "Serum IFE"},
           {410, "Free κ"},
           {470, "Free λ"},
           {530, "κ:λ"},
           {580, "Urine BJP (IFE)"},
           {680, "Received"}},
          {{160, "g/L"}, {215, "g/L"}, {280, "g/L"}, {415, "mg/L"}, {475, "mg/L"}},
          {{30, "06 Mar 2024"},
           {100, "FI24/0522"},
           {160, "59"},
           {215, "37.9"},
           {280, "Trace"},
           {345, "IgG kappa"},
           {415, "19.4"},
           {475, "9.9"},
           {530, "1.96"},
           {580, "No BJP detected"},
           {680, "17 Mar 2024"}},
          {{30, "28 Jan 2024"},
           {100, "FI24/0485"},
           {160, "61"},
           {215, "37.9"},
           {280, "1.7"},
           {415, "34.3"},
           {475, "8.9"},
           {530, "3.85"},
           {680, "07 Feb 2024"}},
          {},
          {{30, "Routine chemistry on the latest sample (taken 06 Mar 2024)"}},
          {{30, "Haemoglobin"}, {165, "128 g/L"}},
      },
      842);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-28", 0.17);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-06", 19.4);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-01-28", 8.9);
  ExpectValueOn(r, Analyte::kUrineIfe, "2024-03-06", 0);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-06", 12.8);
  EXPECT_EQ(Find(r, Analyte::kAlbumin), nullptr) << "the electrophoresis's albumin fraction";
  for (const ImportedObservation& o : r.observations) {
    const std::string d = o.obs.date.ToString();
    EXPECT_TRUE(d == "2024-03-06" || d == "2024-01-28") << d << " is a received date";
  }
}

// The names behind it, and a French one: "du" ("of the") inside a French name was read as the
// Scandinavian "dU" (a day's urine), so "Typage du composant monoclonal" (the serum M-protein's
// type) was a urine immunofixation.
TEST(Blind32Class, FractionRatioAndTypingNames_Regression) {
  for (const char* fraction : {"Alb (EP)", "Albumin (SPE)", "Alb EP", "Tot prot", "κ:λ", "K:L"}) {
    EXPECT_EQ(MatchTestName(fraction, Specimen::kUnknown).match, TestName::Match::kIgnored)
        << fraction;
  }
  const TestName bjp = MatchTestName("Urine BJP (IFE)", Specimen::kUnknown);
  EXPECT_EQ(bjp.match, TestName::Match::kExact);
  EXPECT_EQ(bjp.analyte, Analyte::kUrineIfe);
  const TestName typing = MatchTestName("Typage du composant monoclonal", Specimen::kUnknown);
  EXPECT_EQ(typing.match, TestName::Match::kExact);
  EXPECT_EQ(typing.analyte, Analyte::kSerumIfe);
  EXPECT_EQ(MatchTestName("dU M-komponent", Specimen::kUnknown).analyte, Analyte::kUrineMProtein);
  EXPECT_EQ(MatchTestName("Albumin", Specimen::kUnknown).analyte, Analyte::kAlbumin);
  EXPECT_EQ(SpecimenOfHeading("IMMUNOFIXATION SÉRIQUE"), Specimen::kSerum);
  EXPECT_EQ(SpecimenOfHeading("BIOCHIMIE SANGUINE"), Specimen::kSerum);
}

// A French myelogram's flow cytometry: "Restriction monotypique des chaînes légères
// intracytoplasmiques KAPPA" names light chains inside the cells, not the marrow or plasma cells
// in so many words, and its clonality was not read.
TEST(Blind32Class, FrenchRestrictionOfCytoplasmicLightChains_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "COMPTE RENDU DE MYÉLOGRAMME"}},
      {{30, "Date du prélèvement :"}, {160, "19/03/2024"}},
      {{30, "Ponction sternale, frottis riches."}},
      {{30, "IMMUNOPHÉNOTYPAGE (cytométrie en flux, 8 couleurs)"}},
      {{40, "Restriction monotypique des chaînes légères intracytoplasmiques KAPPA."}},
  });
  const ImportedObservation* o = FindOn(r, Analyte::kBmClonality, "2024-03-19");
  ASSERT_NE(o, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(o->obs.value, 1);
}

// A phone photo of a Kittitian flowsheet: OCR cut "M-spike (SPEP) | g/dL" to "g/d", an amount
// per day, and the six serum M-spikes became 24-hour urine M-proteins of 590 to 2,590 mg,
// silently. A name that says serum and a per-day unit disagree: the result is not read.
TEST(Blind32Class, SerumNameWithAPerDayUnitIsNotUrine_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{30, "Collected: 04/04/2024"}},
          {{30, "M-spike (SPEP)"}, {150, "g/d"}, {200, "none"}, {260, "0.59"}},
          {{30, "Urine M-protein"}, {150, "g/d"}, {200, "none"}, {260, "0.12"}},
      },
      0.95f);
  EXPECT_EQ(Find(r, Analyte::kSerumMProtein), nullptr);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-04-04", 120);
  for (const ImportedObservation& o : r.observations) EXPECT_NE(o.obs.value, 590);
  bool said = false;
  for (const ImportNote& n : r.unrecognised) said |= n.reason.find("per day") != std::string::npos;
  EXPECT_TRUE(said) << ImportToJson(r).dump(1);
  // On a scan, a bare "g/d" after an M-spike is as doubtful (blind31's Antiguan photo: "M-SPIKE
  // 4.3H g/d").
  const ImportResult photo = ExtractScanned(
      {{{30, "Collected: 04/04/2024"}}, {{30, "M-SPIKE"}, {120, "4.3H"}, {180, "g/d"}}}, 0.95f);
  EXPECT_EQ(Find(photo, Analyte::kUrineMProtein), nullptr) << ImportToJson(photo).dump(1);
  EXPECT_EQ(Find(photo, Analyte::kSerumMProtein), nullptr);
  EXPECT_TRUE(NamesSerum("S-M-komponent"));
  EXPECT_TRUE(NamesSerum("PIC MONOCLONAL SÉRIQUE"));
  EXPECT_FALSE(NamesSerum("M-spike (UPEP)"));
}

// blind30's Palauan flowsheet photo, read upright once unsure orientation calls were checked by
// the letters: OCR read some flag arrows apart ("LDH U/L 285 1 2591", "2.9 +") and joined others
// to the value as a final digit ("317 ↑" as 3171, "3.2 ↓" as 3.24), silently.
TEST(Blind32Class, ArrowsReadApartMarkJoinedOnesForReview_Regression) {
  const auto scanned = [](Analyte a, double x, const char* line) {
    ImportedObservation o;
    o.obs.analyte = a;
    o.obs.has_value = true;
    o.obs.value = o.written_number = x;
    o.confidence = 0.95;
    o.source.page = 1;
    o.source.text = line;
    return o;
  };
  std::vector<ImportedObservation> obs = {
      scanned(Analyte::kLdh, 3171, "LDH  U/L  285 1  2591  280 1  3171"),
      scanned(Analyte::kAlbumin, 3.24, "Albumin  g/dL  3.44  3.24  3.04  2.9 +"),
      scanned(Analyte::kAlbumin, 2.9, "Albumin  g/dL  3.44  3.24  3.04  2.9 +"),
      scanned(Analyte::kLdh, 281, "LDH  U/L  281  270  266"),
  };
  internal::ReviewOcrArrowDigits(&obs);
  EXPECT_TRUE(obs[0].needs_review);
  EXPECT_TRUE(obs[1].needs_review);
  EXPECT_FALSE(obs[2].needs_review) << "no final 1 or 4";
  EXPECT_FALSE(obs[3].needs_review) << "no arrow read apart in its row";
}

}  // namespace
}  // namespace oncoguide::import
