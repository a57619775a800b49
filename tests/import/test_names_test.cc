#include "oncoguide/import/test_names.h"

#include <gtest/gtest.h>

namespace oncoguide::import {

using records::Analyte;

namespace {

struct NameCase {
  const char* text;
  Specimen context;
  TestName::Match match;
  Analyte analyte;
};

TEST(MatchTestName, LabSpellings) {
  const NameCase cases[] = {
      {"M-spike", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumMProtein},
      {"M-Spike (SPEP)", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumMProtein},
      {"Monoclonal peak", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumMProtein},
      {"Paraprotein", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumMProtein},
      {"Kappa Free Light Chains, Serum", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kKappaFlc},
      {"Free Kappa", Specimen::kUnknown, TestName::Match::kExact, Analyte::kKappaFlc},
      {"Serum free lambda", Specimen::kUnknown, TestName::Match::kExact, Analyte::kLambdaFlc},
      {"Bence Jones protein", Specimen::kUnknown, TestName::Match::kExact, Analyte::kUrineMProtein},
      {"M-spike", Specimen::kUrine, TestName::Match::kExact, Analyte::kUrineMProtein},
      {"Immunofixation", Specimen::kUrine, TestName::Match::kExact, Analyte::kUrineIfe},
      {"M-protein, 24 hr", Specimen::kUnknown, TestName::Match::kExact, Analyte::kUrineMProtein},
      {"Haemoglobin", Specimen::kUnknown, TestName::Match::kExact, Analyte::kHemoglobin},
      {"Lactate Dehydrogenase (LDH)", Specimen::kUnknown, TestName::Match::kExact, Analyte::kLdh},
      {"Kappa FLC (mg/L)", Specimen::kUnknown, TestName::Match::kExact, Analyte::kKappaFlc},
  };
  for (const NameCase& c : cases) {
    const TestName t = MatchTestName(c.text, c.context);
    EXPECT_EQ(t.match, c.match) << c.text;
    if (t.match == c.match) {
      EXPECT_EQ(t.analyte, c.analyte) << c.text;
    }
  }
  EXPECT_EQ(MatchTestName("Kappa FLC (mg/L)", Specimen::kUnknown).unit, "mg/l");
}

TEST(MatchTestName, DistractorsAreIgnoredNeverGuessed) {
  for (const char* text :
       {"Kappa/Lambda Ratio", "K/L ratio", "Kappa:lambda ratio", "WBC", "Platelets", "Sodium",
        "Total Protein", "Total protein, 24 hr", "IgG", "Adjusted calcium", "Ionized calcium",
        "Hemoglobin A1c", "Urine creatinine", "Gamma globulin", "eGFR", "Total volume",
        // blind19: a Japanese cumulative report's corrected and ionised calcium and total protein
        "cCa", "iCa", "TP"}) {
    EXPECT_EQ(MatchTestName(text, Specimen::kUnknown).match, TestName::Match::kIgnored) << text;
  }
  // Creatinine in a 24-hour urine section is urine creatinine.
  EXPECT_EQ(MatchTestName("Creatinine", Specimen::kUrine).match, TestName::Match::kIgnored);
}

TEST(MatchTestName, UnknownAndLoose) {
  EXPECT_EQ(MatchTestName("Vitamin D", Specimen::kUnknown).match, TestName::Match::kNone);
  EXPECT_EQ(MatchTestName("Patient: DOE, JANE", Specimen::kUnknown).match, TestName::Match::kNone);
  EXPECT_EQ(MatchTestName("Kappa free light chains xyz method", Specimen::kUnknown).match,
            TestName::Match::kLoose);
}

TEST(MatchTestName, AbbreviationsAndMethodWords) {
  EXPECT_EQ(MatchTestName("Free Kappa Lt Chains", Specimen::kUnknown).match,
            TestName::Match::kExact);
  EXPECT_EQ(MatchTestName("sFLC kappa", Specimen::kUnknown).analyte, Analyte::kKappaFlc);
  EXPECT_EQ(MatchTestName("Albumin (BCG)", Specimen::kUnknown).match, TestName::Match::kExact);
  EXPECT_EQ(MatchTestName("Monoclonal spike", Specimen::kUnknown).analyte, Analyte::kSerumMProtein);
  // A second M-spike is not silently the first: loose, so reviewed.
  EXPECT_EQ(MatchTestName("M-spike 2", Specimen::kUnknown).match, TestName::Match::kLoose);
}

// Continental European spellings (european_words.h), with and without their accents.
TEST(MatchTestName, EuropeanSpellings) {
  const NameCase cases[] = {
      {"M-proteïne", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumMProtein},
      {"Componente monoclonal (pico M)", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kSerumMProtein},
      {"Pic monoclonal", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumMProtein},
      {"Vrije kappa-ketens", Specimen::kUnknown, TestName::Match::kExact, Analyte::kKappaFlc},
      {"Cadenas ligeras libres lambda (suero)", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kLambdaFlc},
      {"Chaînes légères libres kappa", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kKappaFlc},
      {"CHAINES LEGERES LIBRES KAPPA", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kKappaFlc},
      {"Catene leggere libere lambda", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kLambdaFlc},
      {"Inmunofijación en suero", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumIfe},
      {"Type M-proteïne (immunofixatie)", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kSerumIfe},
      {"Créatinine", Specimen::kUnknown, TestName::Match::kExact, Analyte::kCreatinine},
      {"Hämoglobin", Specimen::kUnknown, TestName::Match::kExact, Analyte::kHemoglobin},
      // blind40's Hesse cumulative print: short German titles (41 of 69 values went unread).
      {"M-Grad.", Specimen::kUnknown, TestName::Match::kExact, Analyte::kSerumMProtein},
      {"kappa fr.", Specimen::kUnknown, TestName::Match::kExact, Analyte::kKappaFlc},
      {"lambda fr.", Specimen::kUnknown, TestName::Match::kExact, Analyte::kLambdaFlc},
      {"Ery", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Hkt", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Harnst.", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Ges.-Eiw.", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Alb.-Fr.", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Hemoglobine", Specimen::kUnknown, TestName::Match::kExact, Analyte::kHemoglobin},
      {"β2-Mikroglobulin", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kBeta2Microglobulin},
      {"Lactato deshidrogenasa (LDH)", Specimen::kUnknown, TestName::Match::kExact, Analyte::kLdh},
      {"Albúmina", Specimen::kUnknown, TestName::Match::kExact, Analyte::kAlbumin},
      {"Leucocitos", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Totaal eiwit", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Inmunoglobulina G", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Gesamteiweiß", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Calcium corrigé", Specimen::kUnknown, TestName::Match::kIgnored, Analyte::kSerumMProtein},
      {"Hemoglobin / Hémoglobine", Specimen::kUnknown, TestName::Match::kExact,
       Analyte::kHemoglobin},
  };
  for (const NameCase& c : cases) {
    const TestName t = MatchTestName(c.text, c.context);
    EXPECT_EQ(t.match, c.match) << c.text;
    if (c.match == TestName::Match::kExact) {
      EXPECT_EQ(t.analyte, c.analyte) << c.text;
    }
  }
}

// A bilingual name is read by its first language only when the second is the same test: "Albumin
// / Globulin" is a ratio of two tests, never albumin.
TEST(MatchTestName, TwoTestsAcrossASlashAreNotOne) {
  EXPECT_NE(MatchTestName("Albumin / Globulin", Specimen::kUnknown).match, TestName::Match::kExact);
  EXPECT_EQ(MatchTestName("Creatinine / Créatinine", Specimen::kUnknown).analyte,
            Analyte::kCreatinine);
}

TEST(SpecimenOfHeading, Headings) {
  EXPECT_EQ(SpecimenOfHeading("24 Hour Urine Protein Electrophoresis"), Specimen::kUrine);
  EXPECT_EQ(SpecimenOfHeading("Bone marrow aspirate"), Specimen::kMarrow);
  EXPECT_EQ(SpecimenOfHeading("Serum protein electrophoresis"), Specimen::kSerum);
  EXPECT_EQ(SpecimenOfHeading("Results"), Specimen::kUnknown);
  // A blood section after a urine section ends it.
  EXPECT_EQ(SpecimenOfHeading("Chemistry / Hematology"), Specimen::kSerum);
}

}  // namespace
}  // namespace oncoguide::import
