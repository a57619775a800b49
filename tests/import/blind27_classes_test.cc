// Classes found by blind27's first run (a twenty-eighth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind27/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "../../src/import/label_dates.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/narrative.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A monospace LIS flowsheet, one row per date: titles one space apart run together ("Urea
// Creat", "LDH M-band"), "K-FLC" and "L-FLC", and the date column's format under its title
// ("dd/mm/yyyy hh:mm") on the units line. The units line was read as a row of an unknown test,
// every value's unit was inferred, and creatinine, the M-band and both light chains were lost.
TEST(Blind27Class, AMonospaceFlowsheetWithRunTogetherTitlesAndADateFormat) {
  const ImportResult r = ExtractPlaced({
      {{34, "Collected"},
       {144, "Hb"},
       {169, "TLC"},
       {234, "Urea Creat"},
       {309, "Ca"},
       {404, "LDH M-band"},
       {469, "K-FLC"},
       {509, "L-FLC"}},
      {{34, "dd/mm/yyyy hh:mm"},
       {134, "g/dL"},
       {164, "10^3"},
       {229, "mg/dL mg/dL"},
       {294, "mg/dL"},
       {404, "U/L"},
       {434, "g/dL"},
       {474, "mg/L"},
       {514, "mg/L"}},
      {{34, "02/10/2023 07:24"},
       {134, "8.0L"},
       {169, "6.4"},
       {244, "70"},
       {264, "2.0H"},
       {294, "11.8H"},
       {404, "335"},
       {434, "3.42"},
       {474, "8.16"},
       {509, "620.8"}},
      {{34, "15/11/2023 08:10"},
       {129, "10.6L"},
       {169, "4.7"},
       {244, "58"},
       {264, "1.4H"},
       {299, "10.2"},
       {414, "-"},
       {434, "1.58"},
       {474, "8.47"},
       {509, "228.6"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2023-10-02", 2.0);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-11-15", 1.4);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-10-02", 3.42);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-11-15", 1.58);
  ExpectValueOn(r, Analyte::kKappaFlc, "2023-10-02", 8.16);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2023-11-15", 228.6);
  ExpectValueOn(r, Analyte::kLdh, "2023-10-02", 335);
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2023-10-02");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(hb->needs_review) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kLdh, "2023-11-15"), nullptr) << ImportToJson(r).dump(1);
}

// Column titles and names the first run did not know: a Roche LIS's "CREA" and "M-SPK", Dutch
// "Vrije kappa" (and "Calcium gecorr.", corrected calcium, another test), Albanian
// "β2-mikroglobulina" and "Kalciumi i jonizuar" (ionised), Catalan "Component monoclonal (EEF)"
// and "Cadenes lleugeres lliures", Spanish "Cad. ligeras libres κ".
TEST(Blind27Class, NamesTheFirstRunDidNotKnow) {
  const std::pair<const char*, Analyte> known[] = {
      {"CREA", Analyte::kCreatinine},
      {"M-SPK", Analyte::kSerumMProtein},
      {"K-FLC", Analyte::kKappaFlc},
      {"Vrije lambda", Analyte::kLambdaFlc},
      {"\xCE\xB2"
       "2-mikroglobulina",
       Analyte::kBeta2Microglobulin},
      {"Proteina M (pika monokl.)", Analyte::kSerumMProtein},
      {"Component monoclonal (EEF)", Analyte::kSerumMProtein},
      {"Cadenes lleugeres lliures kappa", Analyte::kKappaFlc},
      {"Cad. ligeras libres \xCE\xBB", Analyte::kLambdaFlc}};
  for (const auto& [name, analyte] : known) {
    const TestName t = MatchTestName(name, Specimen::kUnknown);
    EXPECT_EQ(t.match, TestName::Match::kExact) << name;
    EXPECT_EQ(t.analyte, analyte) << name;
  }
  for (const char* other : {"Calcium gecorr.", "Kalciumi i jonizuar"}) {
    EXPECT_EQ(MatchTestName(other, Specimen::kUnknown).match, TestName::Match::kIgnored) << other;
  }
}

// A row of dates a text layer split inside one of them ("04. 09.2023"): still a date, so the
// last column of an Albanian cumulative report keeps its values.
TEST(Blind27Class, ADateWithASpaceAfterOneDot) {
  auto d = FindLabDate("04. 09.2023", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2023-09-04");
  d = FindLabDate("4.9. 2023", DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2023-09-04");
  EXPECT_FALSE(FindLabDate("Hb 12. 09", DateOrder::kUnknown));
}

// A Kuwaiti flowsheet's second title line: "collected" under "Date", and a count's unit with a
// superscript power ("10⁹/L") under "WBC". The line was taken for a new header without tests, and
// every row after it was "a dated row of results whose tests no table header names".
TEST(Blind27Class, TheRestOfTheDateTitleAndACountUnitUnderTheTitles) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date"}, {142, "HB"}, {190, "WBC"}, {250, "CREA"}, {316, "CA"}, {416, "M-SPK"}},
      {{40, "collected"},
       {144, "g/L"},
       {190, "10\xE2\x81\xB9/L"},
       {250, "umol/L"},
       {310, "mmol/L"},
       {432, "g/L"}},
      {{40, "22/04/2024"}, {140, "102L"}, {198, "4.6"}, {262, "73"}, {316, "2.34"}, {425, "18.8"}},
      {{40, "14/03/2024"}, {140, "108L"}, {198, "5.4"}, {262, "75"}, {316, "2.28"}, {425, "15.7"}},
  });
  const ImportedObservation* creatinine = FindOn(r, Analyte::kCreatinine, "2024-04-22");
  ASSERT_NE(creatinine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(creatinine->obs.value, 73 / 88.42, 1e-3);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-14", 1.57);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-22", 10.2);
}

// "Предыдущий" over the header and "от 12.04.2024" ("from") under it: the previous column's date.
TEST(Blind27Class, APreviousColumnDatedFromUnderItsTitle) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Дата взятия материала: 14.05.2024"}},
          {{560, "Предыдущий"}},
          {{40, "Показатель"}, {250, "Результат"}, {360, "Ед."}, {450, "Реф."}},
          {{556, "от 12.04.2024"}},
          {{48, "Креатинин"}, {262, "129"}, {360, "мкмоль/л"}, {450, "44 – 97"}, {600, "151"}},
      },
      842);
  const ImportedObservation* now = FindOn(r, Analyte::kCreatinine, "2024-05-14");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(now->obs.value, 129 / 88.42, 1e-3);
  const ImportedObservation* earlier = FindOn(r, Analyte::kCreatinine, "2024-04-12");
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(earlier->previous);
}

// An immunofixation result that names only the free light chain by its Greek letter ("κ
// libre"), and one not done in short ("No realiz."), which had been read as a negative, silently.
TEST(Blind27Class, AFreeLightChainByItsLetterAndANotDoneInShort) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prueba"}, {204, "21/08/23"}, {292, "29/10/23"}},
      {{40, "Inmunofijaci\xC3\xB3n orina"}, {217, "\xCE\xBA libre"}, {305, "Negativa"}},
      {{40, "Inmunofijaci\xC3\xB3n suero"}, {210, "IgG-\xCE\xBA"}, {300, "No realiz."}},
  });
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineIfe, "2023-08-21");
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(urine->obs.value, 1);
  EXPECT_EQ(urine->obs.text, "kappa");
  EXPECT_EQ(FindOn(r, Analyte::kSerumIfe, "2023-10-29"), nullptr) << ImportToJson(r).dump(1);
}

// An Italian marrow report ("biopsia osteomidollare", "mielogramma") is a marrow page; a letter's
// earlier value dated in parentheses ("0,42 g/dL (0,97 g/dL el 22/01/2024) i la immunofixació
// ... positiva") does not date the sentence's immunofixation.
TEST(Blind27Class, AnItalianMarrowPageAndAnEarlierValuesDateInParentheses) {
  const ImportResult marrow = ExtractPlaced({
      {{112, "REFERTO DI ASPIRATO E BIOPSIA OSTEOMIDOLLARE"}},
      {{40, "Data prelievo: 18/01/2024"}},
      {{40, "Mielogramma (aspirato, conta su 500 cellule)"}},
      {{52, "Plasmacellule: 6% (morfologia in parte atipica)."}},
  });
  ExpectValueOn(marrow, Analyte::kBmPlasmaCells, "2024-01-18", 6);
  const ImportResult letter = ExtractPlaced({
      {{40, "Pacient: J. P. V."}},
      {{40, "El component monoclonal ha baixat a 0,42 g/dL (0,97 g/dL el 22/01/2024) i la"}},
      {{40, "immunofixaci\xC3\xB3 s\xC3\xA8rica persisteix positiva per IgG kappa."}},
  });
  EXPECT_EQ(FindOn(letter, Analyte::kSerumIfe, "2024-01-22"), nullptr)
      << ImportToJson(letter).dump(1);
}

// A portal export's cards: the name, the value under it, the collection line, then "Previous
// result: 9.8 g/dL on 13-Feb-2024". The previous line was read only under a table's row.
TEST(Blind27Class, APreviousResultLineUnderACard) {
  const ImportResult r = ExtractPlaced({
      {{52, "Hemoglobin"}, {525, "Final"}},
      {{52, "10.6 g/dL"}, {330, "Normal range: 12.0 - 15.0"}},
      {{52, "Collected: 12-Mar-2024 07:58"}, {210, "Resulted: 12-Mar-2024 13:40"}},
      {{52, "Previous result: 9.8 g/dL on 13-Feb-2024"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-12", 10.6);
  const ImportedObservation* earlier = FindOn(r, Analyte::kHemoglobin, "2024-02-13");
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(earlier->previous);
  EXPECT_NEAR(earlier->obs.value, 9.8, 1e-9);
}

// A report in sections, each with its collection line, and last a section of earlier results
// under a heading without a date ("PREVIOUS SPEP (for comparison)") over its own collection
// line: its rows took the last section's date (for review); they are that line's date's, and
// earlier results. A line of earlier results ("Resultados anteriores: ...") over a collection
// line is not such a heading.
TEST(Blind27Class, ASectionOfEarlierResultsDatedByItsOwnCollectionLine) {
  const ImportResult r = ExtractPlaced({
      {{40, "SERUM PROTEIN ELECTROPHORESIS"}},
      {{40, "Collected: 13-Feb-2024 08:32 Received: 13-Feb-2024 09:01"}},
      {{40, "Test"}, {231, "Result"}, {330, "Units"}},
      {{46, "M-Spike"}, {239, "3.74"}, {330, "g/dL"}},
      {{40, "PREVIOUS SPEP (for comparison)"}},
      {{40, "Collected: 16-Jan-2024 09:10 Received: 16-Jan-2024 09:40"}},
      {{40, "Test"}, {231, "Result"}, {330, "Units"}},
      {{46, "M-Spike"}, {239, "4.02"}, {330, "g/dL"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-02-13", 3.74);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-16", 4.02);
  const ImportedObservation* earlier = FindOn(r, Analyte::kSerumMProtein, "2024-01-16");
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(earlier->previous);
}

// Only a heading without a number starts such a section: a line of earlier results over a
// collection line ("Resultados anteriores: 14/03/2024: 1,26 mg/dL" / "Data da coleta: ...") is
// not one, nor a label that speaks of earlier results itself.
TEST(Blind27Class, OnlyAHeadingWithoutANumberStartsASectionOfEarlierResults) {
  const auto line = [](std::string text) {
    return Line{1, Box{40, 100, 400, 110}, {Cell{std::move(text), Box{40, 100, 400, 110}, 1.0f}}};
  };
  const Line label = line("Collected: 16-Jan-2024 09:10");
  const auto d = internal::EarlierBlockLabelDate(line("PREVIOUS SPEP (for comparison)"), label,
                                                 DateOrder::kUnknown);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-01-16");
  EXPECT_FALSE(
      internal::EarlierBlockLabelDate(line("Resultados anteriores: 14/03/2024: 1,26 mg/dL"),
                                      line("Data da coleta: 15/04/2024"), DateOrder::kUnknown));
  EXPECT_FALSE(internal::EarlierBlockLabelDate(
      line("PREVIOUS SPEP"), line("Previous sample collected 16-Jan-2024"), DateOrder::kUnknown));
}

// A discharge letter's sentence with two dates, one of them the sample's ("Serum protein
// electrophoresis (sent 10/01/2024, sample collected 09/01/2024) showed an M-band of 48.2 g/L;
// immunofixation IgG lambda."): the sample's date is the sentence's; "M-band" names the
// M-protein, and the isotype right after "immunofixation" is its finding.
TEST(Blind27Class, ASentencesSampleDateAmongTwoAndAnMBand) {
  const auto d = SentenceDate("spep (sent 10/01/2024, sample collected 09/01/2024) showed a band",
                              DateOrder::kDayFirst);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.ToString(), "2024-01-09");
  EXPECT_FALSE(SentenceDate("sent 10/01/2024, reported 12/01/2024", DateOrder::kDayFirst));
  const ImportResult r = ExtractPlaced({
      {{40, "DISCHARGE SUMMARY"}, {300, "Date of discharge: 19/01/2024"}},
      {{40, "Serum protein electrophoresis (sent 10/01/2024, sample collected 09/01/2024)"}},
      {{40, "showed an M-band of 48.2 g/L; immunofixation IgG lambda."}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-09", 4.82);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-01-09");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgG lambda");
}

// A photo of the Tajik report in Russian: "129 ↑" read as "1291", and the previous result beside
// it misread as well ("151" as "19%"), so the row gave nothing to compare with; its reference
// range did ("Реф. значения", a range title not known before): 1291 µmol/L is far above "44-97",
// 129 is near it. Kept silently before; now reviewed. A result that is plainly high (a kappa of
// 1331 mg/L over "3.3-19.4": 133 is not near the range either) is not taken for an arrow.
TEST(Blind27Class, AnArrowReadAsAFinalOneFarAboveTheRangeIsReviewed) {
  const ImportResult r = ExtractScanned(
      {
          {{330, "Date of collection:"}, {465, "14.05.2024"}},
          {{40, "Test"}, {230, "Result"}, {300, "Units"}, {390, "Реф. значения"}},
          {{46, "Creatinine"}, {230, "1291"}, {300, "umol/L"}, {390, "44-97"}},
          {{46, "Kappa FLC"}, {230, "1331"}, {300, "mg/L"}, {390, "3.3-19.4"}},
      },
      0.95f);
  const ImportedObservation* creatinine = FindOn(r, Analyte::kCreatinine, "2024-05-14");
  ASSERT_NE(creatinine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(creatinine->needs_review) << ImportToJson(r).dump(1);
  ASSERT_TRUE(creatinine->obs.ref_high) << ImportToJson(r).dump(1);
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-05-14");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  for (const std::string& why : kappa->review_reasons) {
    EXPECT_EQ(why.find("final 1"), std::string::npos) << why;
  }
}

// A scan of the Kuwaiti flowsheet read its titles "κ FLC" and "λ FLC" as "KFLC_" and "AFLC"
// (the space lost, λ as A), and one of the Saudi one "«K FLC": the light chains, λ a guess for
// review.
TEST(Blind27Class, LightChainTitlesReadByOcrWithoutTheSpace) {
  TestName t = MatchTestName("KFLC_", Specimen::kUnknown);
  EXPECT_EQ(t.match, TestName::Match::kExact);
  EXPECT_EQ(t.analyte, Analyte::kKappaFlc);
  t = MatchTestName("\xC2\xABK FLC", Specimen::kUnknown);  // "«K FLC": κ's arm as a guillemet
  EXPECT_EQ(t.match, TestName::Match::kExact);
  EXPECT_EQ(t.analyte, Analyte::kKappaFlc);
  t = MatchTestName("AFLC", Specimen::kUnknown);
  EXPECT_EQ(t.match, TestName::Match::kLoose);
  EXPECT_TRUE(t.ocr_letter);
  EXPECT_EQ(t.analyte, Analyte::kLambdaFlc);
}

}  // namespace
}  // namespace oncoguide::import
