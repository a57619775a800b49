// Test names OCR garbled by one letter (src/import/ocr_name_words.cc), and units whose micro sign
// OCR read as a Latin letter (value_checks.h). Found on blind21's Danish portal printout
// (sundhed.dk), whose photo lost every row: "Hæmoglobin;B" read as "Hzemoglobin;B" and
// "Calcium;P" as "Calcitum;P" left the table's header with too many titles it did not know, and
// "µmol/L" read as "pmol/L" or "yumol/L" refused every creatinine.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../src/import/test_name_words.h"
#include "../../src/import/value_checks.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using internal::MisreadUnit;
using internal::names::NearOcrWords;
using internal::names::WithinOneEdit;
using records::Analyte;

TEST(OcrNameWords, WithinOneEditCountsOneLetterOrOneSwap) {
  EXPECT_TRUE(WithinOneEdit("calcitum", "calcium"));         // one added
  EXPECT_TRUE(WithinOneEdit("calcium", "calcitum"));         // either way round
  EXPECT_TRUE(WithinOneEdit("hzemoglobin", "haemoglobin"));  // one changed
  EXPECT_TRUE(WithinOneEdit("lamdba", "lambda"));            // neighbours swapped
  EXPECT_TRUE(WithinOneEdit("albumi", "albumin"));           // one lost at the end
  EXPECT_TRUE(WithinOneEdit("albumin", "albumin"));
  EXPECT_FALSE(WithinOneEdit("kreatin", "kreatinin"));  // creatine is another substance
  EXPECT_FALSE(WithinOneEdit("kalium", "calcium"));
  EXPECT_FALSE(WithinOneEdit("lmadba", "lambda"));
}

TEST(OcrNameWords, NearWordsAreOnlyThoseOfKnownNames) {
  EXPECT_EQ(NearOcrWords("calcitum"), std::vector<std::string>{"calcium"});
  // Words a name has, short words, and words with digits are never changed.
  EXPECT_TRUE(NearOcrWords("calcium").empty());
  EXPECT_TRUE(NearOcrWords("kalum").empty());
  EXPECT_TRUE(NearOcrWords("calc1um").empty());
  // One edit from a test oncoguide does not use ("kalium", potassium): it could be either.
  EXPECT_TRUE(NearOcrWords("kalcium").empty());
  EXPECT_TRUE(NearOcrWords("kaliumm").empty());
}

TEST(OcrNameWords, GarbledNameMatchesLooselyForReview) {
  for (const auto& [text, analyte] :
       std::vector<std::pair<std::string, Analyte>>{{"Calcitum;P", Analyte::kCalcium},
                                                    {"Hzemoglobin;B", Analyte::kHemoglobin},
                                                    {"Lactate dehydrogenasc", Analyte::kLdh}}) {
    const TestName tn = MatchTestName(text, Specimen::kUnknown);
    EXPECT_EQ(tn.match, TestName::Match::kLoose) << text;
    EXPECT_EQ(tn.analyte, analyte) << text;
    EXPECT_TRUE(tn.ocr_letter) << text;
  }
  // Another test's name garbled stays unknown or ignored, never one of ours.
  for (std::string_view text : {"Kreatin", "Kaliumm", "Glucosse", "Kalium;P"}) {
    const TestName tn = MatchTestName(text, Specimen::kUnknown);
    EXPECT_TRUE(tn.match == TestName::Match::kNone || tn.match == TestName::Match::kIgnored)
        << text;
  }
}

TEST(OcrNameWords, MicroSignReadAsALetter) {
  EXPECT_EQ(MisreadUnit(Analyte::kCreatinine, "pmol/L", true), "umol/L");
  EXPECT_EQ(MisreadUnit(Analyte::kCreatinine, "yumol/L", true), "umol/L");
  EXPECT_FALSE(MisreadUnit(Analyte::kCreatinine, "umol/L", true));  // already a unit
  EXPECT_FALSE(MisreadUnit(Analyte::kCreatinine, "mmol/L", true));
  EXPECT_FALSE(MisreadUnit(Analyte::kAlbumin, "pg/L", true));  // "ug/L" is no unit of albumin
}

// blind27's photo of a Honduran cumulative report read its unit column "g/d", "g/dt", "mg/dL."
// and "mg/dl.": every row of those tests was lost ("unit 'g/d' is not a unit for hemoglobin").
TEST(OcrNameWords, AUnitsLastLetterOrAStopMisread) {
  EXPECT_EQ(MisreadUnit(Analyte::kHemoglobin, "g/d", true), "g/dl");
  EXPECT_EQ(MisreadUnit(Analyte::kAlbumin, "g/dt", true), "g/dl");
  EXPECT_EQ(MisreadUnit(Analyte::kCreatinine, "mg/dL.", true), "mg/dL");
  EXPECT_EQ(MisreadUnit(Analyte::kCalcium, "mg/dl.", true), "mg/dl");
  EXPECT_EQ(MisreadUnit(Analyte::kCreatinine, "pmol/L.", true), "umol/L");
  EXPECT_FALSE(MisreadUnit(Analyte::kHemoglobin, "mm/h", true));
  // In a text PDF a stop ends a sentence ("kappa 28.6 mg/L."): not a misread unit.
  EXPECT_FALSE(MisreadUnit(Analyte::kKappaFlc, "mg/L.", false));
}

// blind59's photo of an Inverness cumulative report read every "g/L" as "g/t": its albumin and
// paraprotein rows were lost, seven dates each ("unit 'g/t' is not a unit for albumin").
TEST(OcrNameWords, TheLOfAPerLitreUnitReadAsAT_Regression) {
  EXPECT_EQ(MisreadUnit(Analyte::kAlbumin, "g/t", true), "g/l");
  EXPECT_EQ(MisreadUnit(Analyte::kSerumMProtein, "g/1", true), "g/l");
  EXPECT_EQ(MisreadUnit(Analyte::kKappaFlc, "mg/t", true), "mg/l");
  EXPECT_EQ(MisreadUnit(Analyte::kCalcium, "mmol/I", true), "mmol/l");
  EXPECT_FALSE(MisreadUnit(Analyte::kAlbumin, "g/t", false));  // a text PDF's unit is as printed
  EXPECT_FALSE(MisreadUnit(Analyte::kHemoglobin, "g/", true));
}

// The photo's history table: dates as rows, a test per column, two titles garbled and the
// creatinine's unit read "pmol/L". Every value is read, those of a garbled title or unit for
// review.
TEST(OcrNameWords, DanishHistoryTableWithGarbledTitlesIsRead) {
  ImportResult r = ExtractPlaced({
      {{30, "Prøvetaget"},
       {132, "Hzemoglobin;B"},
       {215, "Leukocytter;B"},
       {355, "Kreatinin;P"},
       {425, "eGFR/1,73m?;Nyre"},
       {525, "Calcitum;P"},
       {644, "Albumin;P"}},
      {{162, "mmol/L"},
       {245, "*10°/L"},
       {375, "pmol/L"},
       {454, "mUmin"},
       {538, "mmol/L"},
       {672, "g/L"}},
      {{30, "11.03.2024 07:38"},
       {174, "7,8"},
       {255, "4,4"},
       {388, "91"},
       {468, "46"},
       {547, "2,32"},
       {674, "39"}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  const ImportedObservation* creat = Find(r, Analyte::kCreatinine);
  const ImportedObservation* ca = Find(r, Analyte::kCalcium);
  const ImportedObservation* alb = Find(r, Analyte::kAlbumin);
  ASSERT_TRUE(hb && creat && ca && alb) << ImportToJson(r).dump(1);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-03-11");
  EXPECT_NEAR(hb->obs.value, 7.8 * 1.611, 0.01);
  EXPECT_NEAR(creat->obs.value, 91 / 88.42, 0.001);
  EXPECT_NEAR(ca->obs.value, 2.32 * 4.008, 0.01);
  EXPECT_TRUE(hb->needs_review);
  EXPECT_TRUE(ca->needs_review);
  EXPECT_TRUE(creat->needs_review);
  EXPECT_FALSE(alb->needs_review);
}

// A light chain's Greek letter before a word that says it is free, read by OCR as a Latin one:
// blind23's Chilean cumulative table titled its columns "κ libre" and "λ libre", which its scans
// read as "K libre" and "A libre"; with "β2-micro" garbled too, the header had more titles it did
// not know than it could pass over, and none of the table's 174 values on each scan was read.
TEST(OcrNameWords, GreekLetterReadAsLatinBeforeFree_Regression) {
  using internal::names::OcrLetterWord;
  EXPECT_EQ(OcrLetterWord("k", "", "libre"), "kappa");
  EXPECT_EQ(OcrLetterWord("a", "", "libre"), "lambda");
  EXPECT_EQ(OcrLetterWord("a", "flc", ""), "lambda");
  EXPECT_EQ(OcrLetterWord("a", "", "unit"), "");
  EXPECT_EQ(OcrLetterWord("k", "", ""), "");
  const TestName kappa = MatchTestName("K libre", Specimen::kUnknown);
  EXPECT_EQ(kappa.match, TestName::Match::kLoose);  // read for review
  EXPECT_TRUE(kappa.ocr_letter);
  EXPECT_EQ(kappa.analyte, Analyte::kKappaFlc);
  EXPECT_EQ(MatchTestName("A libre", Specimen::kUnknown).analyte, Analyte::kLambdaFlc);
}

// A scan of blind27's Kuwaiti flowsheet read its title "λ FLC" as "A FLC", the space kept: the
// "A" opens the name and "FLC" follows it, which no report prints but OCR of λ does. Read as the
// lambda chain for review; "A" before any other word stays a word.
TEST(OcrNameWords, LambdaReadAsALetterBeforeFlc_Regression) {
  using internal::names::OcrLetterWord;
  EXPECT_EQ(OcrLetterWord("a", "", "flc"), "lambda");
  EXPECT_EQ(OcrLetterWord("x", "", "flc"), "lambda");
  EXPECT_EQ(OcrLetterWord("a", "ratio", "flc"), "");
  const TestName lambda = MatchTestName("A FLC", Specimen::kUnknown);
  EXPECT_EQ(lambda.match, TestName::Match::kLoose);
  EXPECT_TRUE(lambda.ocr_letter);
  EXPECT_EQ(lambda.analyte, Analyte::kLambdaFlc);
}

}  // namespace
}  // namespace oncoguide::import
