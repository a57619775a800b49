// Tests for unit conversion, value parsing, FISH spellings and the analyte name table.
#include "oncoguide/records/values.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "oncoguide/records/analyte.h"
#include "oncoguide/records/fish.h"
#include "oncoguide/records/units.h"
#include "records_test_util.h"

namespace oncoguide::testing {

using records::AcceptedUnits;
using records::Analyte;
using records::AnalyteFromLoinc;
using records::AnalyteFromName;
using records::FishFinding;
using records::FishName;
using records::FishText;
using records::ParseCoded;
using records::ParseFish;
using records::ParseRefBound;

namespace {

// --- Units ---------------------------------------------------------------------------------------

struct UnitCase {
  Analyte analyte;
  std::string value;
  std::string unit;
  double canonical;
};

class UnitConversionTest : public ::testing::TestWithParam<UnitCase> {};

TEST_P(UnitConversionTest, ConvertsToCanonicalUnit) {
  const UnitCase& c = GetParam();
  records::Observation o;
  o.analyte = c.analyte;
  Status s = records::ParseValue(c.value, c.unit, &o);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_NEAR(o.value, c.canonical, 1e-9 * std::max(1.0, c.canonical))
      << Name(c.analyte) << " " << c.value << " " << c.unit;
  EXPECT_TRUE(o.has_value);
}

// Creatinine, 113.12 g/mol: 1 umol/L = 113.12 / 10000 mg/dL.
constexpr double kUmol = 113.12 / 10000;

INSTANTIATE_TEST_SUITE_P(Units, UnitConversionTest,
                         ::testing::Values(
                             // Serum M-protein: g/dL canonical.
                             UnitCase{Analyte::kSerumMProtein, "3.1", "g/dL", 3.1},
                             UnitCase{Analyte::kSerumMProtein, "31", "g/L", 3.1},
                             UnitCase{Analyte::kSerumMProtein, "3100", "mg/dL", 3.1},
                             UnitCase{Analyte::kSerumMProtein, "0", "G/DL", 0},
                             UnitCase{Analyte::kSerumMProtein, "3.1", " g / dL ", 3.1},
                             // Free light chains: mg/L canonical.
                             UnitCase{Analyte::kKappaFlc, "120", "mg/L", 120},
                             UnitCase{Analyte::kKappaFlc, "12", "mg/dL", 120},
                             UnitCase{Analyte::kLambdaFlc, "1.5", "mg/dl", 15},
                             // 24-h urine M-protein: mg/24h canonical.
                             UnitCase{Analyte::kUrineMProtein, "250", "mg/24h", 250},
                             UnitCase{Analyte::kUrineMProtein, "0.25", "g/24h", 250},
                             UnitCase{Analyte::kUrineMProtein, "0.25", "g/(24.h)", 250},
                             UnitCase{Analyte::kUrineMProtein, "250", "mg/(24.h)", 250},
                             UnitCase{Analyte::kUrineMProtein, "250", "mg/24 hr", 250},
                             UnitCase{Analyte::kUrineMProtein, "1.2", "g/day", 1200},
                             // Creatinine (113.12 g/mol): 1 mg/dL = 10000/113.12 umol/L.
                             UnitCase{Analyte::kCreatinine, "1.3", "mg/dL", 1.3},
                             UnitCase{Analyte::kCreatinine, "88.4", "umol/L", 88.4 * kUmol},
                             UnitCase{Analyte::kCreatinine, "97", "\xC2\xB5mol/L", 97 * kUmol},
                             UnitCase{Analyte::kCreatinine, "265", "\xCE\xBCmol/L", 265 * kUmol},
                             // Calcium: 0.2495 mmol/L = 1 mg/dL.
                             UnitCase{Analyte::kCalcium, "10.2", "mg/dL", 10.2},
                             UnitCase{Analyte::kCalcium, "2.495", "mmol/L", 10.0},
                             UnitCase{Analyte::kCalcium, "2.75", "mmol/L", 2.75 / 0.2495},
                             // French reports: creatinine and calcium in mg/L.
                             UnitCase{Analyte::kCalcium, "105", "mg/L", 10.5},
                             UnitCase{Analyte::kCreatinine, "10.4", "mg/L", 1.04},
                             // Albumin and hemoglobin: g/L to g/dL.
                             UnitCase{Analyte::kAlbumin, "35", "g/L", 3.5},
                             UnitCase{Analyte::kAlbumin, "3.5", "g/dL", 3.5},
                             UnitCase{Analyte::kHemoglobin, "98", "g/L", 9.8},
                             UnitCase{Analyte::kHemoglobin, "9.8", "g/dL", 9.8},
                             // Dutch reports: 6.2 mmol/L x 1.611 = 9.99 g/dL.
                             UnitCase{Analyte::kHemoglobin, "6.2", "mmol/L", 6.2 * 1.611},
                             // Others.
                             UnitCase{Analyte::kBeta2Microglobulin, "5.5", "mg/L", 5.5},
                             UnitCase{Analyte::kBeta2Microglobulin, "5.5", "ug/mL", 5.5},
                             // The micro sign, and the Greek mu typed for it (blind40's
                             // Fukuoka report: "μg/mL" was refused).
                             UnitCase{Analyte::kBeta2Microglobulin, "2.4", "\u00b5g/mL", 2.4},
                             UnitCase{Analyte::kBeta2Microglobulin, "2.4", "\u03bcg/mL", 2.4},
                             UnitCase{Analyte::kCreatinine, "88.4", "\u03bcmol/L", 88.4 * kUmol},
                             UnitCase{Analyte::kLdh, "4", "\u03bckat/L", 240},
                             UnitCase{Analyte::kLdh, "250", "U/L", 250},
                             UnitCase{Analyte::kLdh, "250", "[IU]/L", 250},
                             UnitCase{Analyte::kLdh, "4", "ukat/L", 240},
                             UnitCase{Analyte::kBmPlasmaCells, "60", "%", 60},
                             UnitCase{Analyte::kBmPlasmaCells, "100", "%", 100},
                             UnitCase{Analyte::kPlasmacytomaSpd, "400", "mm2", 4},
                             UnitCase{Analyte::kPlasmacytomaSpd, "4", "cm2", 4},
                             // Number spellings.
                             UnitCase{Analyte::kSerumMProtein, " 2.5 ", "g/dL", 2.5},
                             UnitCase{Analyte::kSerumMProtein, "+2.5", "g/dL", 2.5},
                             UnitCase{Analyte::kSerumMProtein, "2.5e-1", "g/dL", 0.25}));

struct UnitErrorCase {
  Analyte analyte;
  std::string unit;
  std::string cause;
};

class UnitErrorTest : public ::testing::TestWithParam<UnitErrorCase> {};

TEST_P(UnitErrorTest, RefusesWithAcceptedUnitsInHint) {
  const UnitErrorCase& c = GetParam();
  Result<double> f = records::UnitFactor(c.analyte, c.unit);
  ASSERT_FALSE(f.ok()) << c.unit;
  EXPECT_NE(f.status().cause().find(c.cause), std::string::npos) << f.status().ToString();
  EXPECT_NE(f.status().hint().find(AcceptedUnits(c.analyte)), std::string::npos)
      << f.status().ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, UnitErrorTest,
    ::testing::Values(UnitErrorCase{Analyte::kSerumMProtein, "", "has no unit"},
                      UnitErrorCase{Analyte::kSerumMProtein, "mg", "unit 'mg' is not a unit"},
                      UnitErrorCase{Analyte::kSerumMProtein, "mg/L", "not a unit"},
                      UnitErrorCase{Analyte::kKappaFlc, "g/dL", "not a unit for kappa_flc"},
                      UnitErrorCase{Analyte::kUrineMProtein, "mg/dL", "not a unit"},
                      UnitErrorCase{Analyte::kCreatinine, "mmol/L", "not a unit"},
                      UnitErrorCase{Analyte::kCalcium, "umol/L", "not a unit"},
                      UnitErrorCase{Analyte::kBmPlasmaCells, "g/L", "not a unit"}));

TEST(UnitsTest, AcceptedUnitsListsSpellings) {
  EXPECT_EQ(AcceptedUnits(Analyte::kSerumMProtein), "g/dl, g/l, mg/dl");
  EXPECT_EQ(AcceptedUnits(Analyte::kKappaFlc), "mg/l, mg/dl");
  EXPECT_EQ(AcceptedUnits(Analyte::kSerumIfe), "");
}

// --- Values --------------------------------------------------------------------------------------

struct CodedCase {
  std::string text;
  double value;
};

class CodedValueTest : public ::testing::TestWithParam<CodedCase> {};

TEST_P(CodedValueTest, ParsesWord) {
  Result<double> v = ParseCoded(Analyte::kSerumIfe, GetParam().text);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(*v, GetParam().value) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Words, CodedValueTest,
    ::testing::Values(CodedCase{"positive", 1}, CodedCase{"POSITIVE", 1}, CodedCase{"pos", 1},
                      CodedCase{"Detected", 1}, CodedCase{"yes", 1}, CodedCase{"present", 1},
                      CodedCase{"true", 1}, CodedCase{" + ", 1}, CodedCase{"negative", 0},
                      CodedCase{"Neg", 0}, CodedCase{"not detected", 0}, CodedCase{"no", 0},
                      CodedCase{"absent", 0}, CodedCase{"false", 0}, CodedCase{"-", 0},
                      CodedCase{"none detected", 0}, CodedCase{"undetected", 0}));

TEST(ValuesTest, CodedRefusesOtherWords) {
  for (const char* text : {"", "maybe", "equivocal", "1", "positive negative"}) {
    Result<double> v = ParseCoded(Analyte::kNewLesion, text);
    ASSERT_FALSE(v.ok()) << text;
    EXPECT_EQ(v.status().hint(), "write yes or no") << text;
  }
}

struct SensitivityCase {
  std::string text;
  double value;  // < 0: refused
};

class SensitivityTest : public ::testing::TestWithParam<SensitivityCase> {};

TEST_P(SensitivityTest, Parses) {
  const SensitivityCase& c = GetParam();
  Result<double> v = records::ParseSensitivity(c.text);
  if (c.value < 0) {
    ASSERT_FALSE(v.ok()) << c.text;
    EXPECT_NE(v.status().hint().find("1e-5"), std::string::npos);
    return;
  }
  ASSERT_TRUE(v.ok()) << c.text << ": " << v.status().ToString();
  EXPECT_NEAR(*v, c.value, c.value * 1e-12) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Texts, SensitivityTest,
    ::testing::Values(SensitivityCase{"1e-5", 1e-5}, SensitivityCase{"1E-6", 1e-6},
                      SensitivityCase{"10^-5", 1e-5}, SensitivityCase{"1/100000", 1e-5},
                      SensitivityCase{"0.00001", 1e-5}, SensitivityCase{" 2e-6 ", 2e-6},
                      SensitivityCase{"1", -1}, SensitivityCase{"0", -1},
                      SensitivityCase{"1e5", -1}, SensitivityCase{"10^5", -1},
                      SensitivityCase{"1/0", -1}, SensitivityCase{"abc", -1},
                      SensitivityCase{"", -1}, SensitivityCase{"-1e-5", -1}));

TEST(ValuesTest, NonNegativeRefusesSpecialNumbers) {
  for (const char* text : {"inf", "nan", "1e400", "0x10", "1.2.3", "3 g", "", "-0.5"}) {
    EXPECT_FALSE(records::ParseNonNegative(text, "x").ok()) << text;
  }
  Result<double> zero = records::ParseNonNegative("0", "x");
  ASSERT_TRUE(zero.ok());
  EXPECT_EQ(*zero, 0);
}

TEST(ValuesTest, CountAcceptsCountUnits) {
  for (const char* unit : {"", "count", "lesions", "{count}", "COUNT"}) {
    records::Observation o;
    o.analyte = Analyte::kMriFocalLesions;
    Status s = records::ParseValue("2", unit, &o);
    ASSERT_TRUE(s.ok()) << unit << ": " << s.ToString();
    EXPECT_EQ(o.value, 2);
  }
}

TEST(ValuesTest, RefBoundConvertsWithUnit) {
  Result<double> v = ParseRefBound(Analyte::kCalcium, "2.6", "mmol/L", "ref_high");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_NEAR(*v, 2.6 / 0.2495, 1e-9);
  Result<double> bad = ParseRefBound(Analyte::kCalcium, "2.6", "", "ref_high");
  EXPECT_FALSE(bad.ok());
  Result<double> coded = ParseRefBound(Analyte::kPetCt, "1", "", "ref_low");
  ASSERT_FALSE(coded.ok());
  EXPECT_NE(coded.status().cause().find("no reference range"), std::string::npos);
}

// --- FISH ----------------------------------------------------------------------------------------

struct FishCase {
  std::string text;
  records::FishAbnormality abnormality;
  double fraction;  // < 0: none
};

class FishSpellingTest : public ::testing::TestWithParam<FishCase> {};

TEST_P(FishSpellingTest, Parses) {
  const FishCase& c = GetParam();
  Result<FishFinding> f = ParseFish(c.text);
  ASSERT_TRUE(f.ok()) << c.text << ": " << f.status().ToString();
  EXPECT_EQ(f->abnormality, c.abnormality) << c.text;
  if (c.fraction < 0) {
    EXPECT_FALSE(f->clonal_fraction_percent.has_value()) << c.text;
  } else {
    ASSERT_TRUE(f->clonal_fraction_percent.has_value()) << c.text;
    EXPECT_DOUBLE_EQ(*f->clonal_fraction_percent, c.fraction) << c.text;
  }
}

using FA = records::FishAbnormality;
INSTANTIATE_TEST_SUITE_P(
    Spellings, FishSpellingTest,
    ::testing::Values(
        FishCase{"none detected", FA::kNoneDetected, -1}, FishCase{"None", FA::kNoneDetected, -1},
        FishCase{"normal", FA::kNoneDetected, -1}, FishCase{"negative", FA::kNoneDetected, -1},
        FishCase{"No abnormality detected", FA::kNoneDetected, -1},
        FishCase{"no abnormalities detected", FA::kNoneDetected, -1},
        FishCase{"del(17p)", FA::kDel17p, -1}, FishCase{"DEL(17P)", FA::kDel17p, -1},
        FishCase{"del17p", FA::kDel17p, -1}, FishCase{"del(17p13)", FA::kDel17p, -1},
        FishCase{"del(17p13.1)", FA::kDel17p, -1}, FishCase{"17p deletion", FA::kDel17p, -1},
        FishCase{"17p-deletion", FA::kDel17p, -1}, FishCase{"17p", FA::kDel17p, -1},
        FishCase{"TP53 deletion", FA::kDel17p, -1},
        // fish.h names "del 17p13" as one of the spellings labs use.
        FishCase{"del 17p13", FA::kDel17p, -1}, FishCase{"del 17p", FA::kDel17p, -1},
        FishCase{"t(4;14)", FA::kT4_14, -1}, FishCase{"t(4,14)", FA::kT4_14, -1},
        FishCase{"t(4; 14)", FA::kT4_14, -1}, FishCase{"T4;14", FA::kT4_14, -1},
        FishCase{"t(14;16)", FA::kT14_16, -1}, FishCase{"t(14,16)", FA::kT14_16, -1},
        FishCase{"t14;16", FA::kT14_16, -1}, FishCase{"t(14;20)", FA::kT14_20, -1},
        FishCase{"t(14,20)", FA::kT14_20, -1}, FishCase{"t14;20", FA::kT14_20, -1},
        FishCase{"t(11;14)", FA::kT11_14, -1}, FishCase{"t(11,14)", FA::kT11_14, -1},
        FishCase{"t11;14", FA::kT11_14, -1}, FishCase{"gain(1q)", FA::kGain1q, -1},
        FishCase{"1q gain", FA::kGain1q, -1}, FishCase{"gain 1q", FA::kGain1q, -1},
        FishCase{"+1q", FA::kGain1q, -1}, FishCase{"gain(1q21)", FA::kGain1q, -1},
        FishCase{"amp(1q)", FA::kAmp1q, -1}, FishCase{"1q amplification", FA::kAmp1q, -1},
        FishCase{"amp1q", FA::kAmp1q, -1}, FishCase{"amp(1q21)", FA::kAmp1q, -1},
        FishCase{"del(1p32)", FA::kDel1p32, -1}, FishCase{"del1p32", FA::kDel1p32, -1},
        FishCase{"1p32 deletion", FA::kDel1p32, -1}, FishCase{"del(1p)", FA::kDel1p32, -1},
        FishCase{"monoallelic del(1p32)", FA::kDel1p32, -1},
        FishCase{"biallelic del(1p32)", FA::kDel1p32Biallelic, -1},
        FishCase{"del(1p32) biallelic", FA::kDel1p32Biallelic, -1},
        // Clonal fractions.
        FishCase{"del(17p) 45%", FA::kDel17p, 45}, FishCase{"del(17p)45%", FA::kDel17p, 45},
        FishCase{"del(17p) 12.5%", FA::kDel17p, 12.5}, FishCase{"del(17p) 45% ", FA::kDel17p, 45},
        FishCase{"del(17p) 45 %", FA::kDel17p, 45}, FishCase{"t(4;14) 100%", FA::kT4_14, 100},
        FishCase{"gain(1q) 0%", FA::kGain1q, 0}));

TEST(FishTest, RefusesUnknownAndBadFractions) {
  for (const char* text : {"del(99q)", "", "t(4;15)", "del(17p) 145%", "del(17p) %", "45%",
                           "del(17p) x%", "del(17p) 1.2.3%"}) {
    Result<FishFinding> f = ParseFish(text);
    ASSERT_FALSE(f.ok()) << text;
    EXPECT_FALSE(f.status().hint().empty()) << text;
    EXPECT_NE(f.status().cause().find(std::string("'") + text + "'"), std::string::npos)
        << f.status().cause();
  }
}

TEST(FishTest, CanonicalNamesRoundTrip) {
  for (FA a : {FA::kNoneDetected, FA::kDel17p, FA::kT4_14, FA::kT14_16, FA::kT14_20, FA::kT11_14,
               FA::kGain1q, FA::kAmp1q, FA::kDel1p32, FA::kDel1p32Biallelic}) {
    Result<FishFinding> f = ParseFish(FishName(a));
    ASSERT_TRUE(f.ok()) << FishName(a);
    EXPECT_EQ(f->abnormality, a) << FishName(a);
  }
}

// A lab's negatives say which probes were tested (high risk needs 17p, 1q and 1p32; issue 8).
TEST(FishTest, ReportedNegativesParseAsNotDetected) {
  struct Negative {
    const char* text;
    FA abnormality;
  };
  for (const Negative& n :
       {Negative{"no del(17p)", FA::kDel17p}, Negative{"del(17p) not detected", FA::kDel17p},
        Negative{"1q gain: negative", FA::kGain1q}, Negative{"negative for t(4;14)", FA::kT4_14},
        Negative{"del(1p32) negative", FA::kDel1p32}, Negative{"t(14;16) absent", FA::kT14_16},
        Negative{"No 1q amplification", FA::kAmp1q}, Negative{"without del(1p32)", FA::kDel1p32}}) {
    Result<FishFinding> f = ParseFish(n.text);
    ASSERT_TRUE(f.ok()) << n.text << ": " << f.status().ToString();
    EXPECT_EQ(f->abnormality, n.abnormality) << n.text;
    EXPECT_FALSE(f->detected) << n.text;
    // The stored text reads back to the same finding.
    Result<FishFinding> back = ParseFish(FishText(*f));
    ASSERT_TRUE(back.ok()) << FishText(*f);
    EXPECT_EQ(back->abnormality, n.abnormality);
    EXPECT_FALSE(back->detected);
  }
  for (const char* text : {"no other abnormality detected", "No other abnormalities"}) {
    Result<FishFinding> f = ParseFish(text);
    ASSERT_TRUE(f.ok()) << text;
    EXPECT_EQ(f->abnormality, FA::kNoneDetected) << text;
    EXPECT_TRUE(f->detected) << text;
  }
  EXPECT_TRUE(ParseFish("del(17p)")->detected);
  EXPECT_EQ(FishText(*ParseFish("del 17p13")), "del(17p)");
}

TEST(FishTest, RefusesANegativeWithAFractionAndANegatedNone) {
  Result<FishFinding> f = ParseFish("no del(17p) 30%");
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().cause().find("not found and gives a clonal fraction"), std::string::npos);
  EXPECT_FALSE(ParseFish("no none detected").ok());
  EXPECT_FALSE(ParseFish("normal negative").ok());
}

// --- Analytes ------------------------------------------------------------------------------------

TEST(AnalyteTest, EveryNameAndSynonymMapsBack) {
  for (int i = 0; i < records::kAnalyteCount; ++i) {
    const Analyte a = static_cast<Analyte>(i);
    EXPECT_EQ(Info(a).analyte, a);
    EXPECT_EQ(AnalyteFromName(Name(a)), a) << Name(a);
    for (std::string_view syn : records::Synonyms(a)) {
      EXPECT_EQ(AnalyteFromName(syn), a) << syn;
    }
  }
}

TEST(AnalyteTest, QuantitiesHaveUnits) {
  for (int i = 0; i < records::kAnalyteCount; ++i) {
    const Analyte a = static_cast<Analyte>(i);
    if (Info(a).kind == records::ValueKind::kQuantity) {
      EXPECT_FALSE(Info(a).unit.empty()) << Name(a);
      Result<double> f = records::UnitFactor(a, Info(a).unit);
      ASSERT_TRUE(f.ok()) << Name(a) << ": " << f.status().ToString();
      EXPECT_EQ(*f, 1.0) << Name(a);
    }
    if (Info(a).kind == records::ValueKind::kCoded) {
      EXPECT_FALSE(Info(a).positive_word.empty()) << Name(a);
      EXPECT_EQ(ParseCoded(a, Info(a).positive_word).value(), 1.0) << Name(a);
      EXPECT_EQ(ParseCoded(a, Info(a).negative_word).value(), 0.0) << Name(a);
    }
  }
}

struct LoincCase {
  std::string code;
  Analyte analyte;
};

class LoincTest : public ::testing::TestWithParam<LoincCase> {};

TEST_P(LoincTest, MapsCode) {
  EXPECT_EQ(AnalyteFromLoinc(GetParam().code), GetParam().analyte) << GetParam().code;
}

INSTANTIATE_TEST_SUITE_P(Codes, LoincTest,
                         ::testing::Values(LoincCase{"33358-3", Analyte::kSerumMProtein},
                                           LoincCase{"36916-5", Analyte::kKappaFlc},
                                           LoincCase{"33944-0", Analyte::kLambdaFlc},
                                           LoincCase{"25700-6", Analyte::kSerumIfe},
                                           LoincCase{"1952-1", Analyte::kBeta2Microglobulin},
                                           LoincCase{"2532-0", Analyte::kLdh},
                                           LoincCase{"1751-7", Analyte::kAlbumin},
                                           LoincCase{"2160-0", Analyte::kCreatinine},
                                           LoincCase{"17861-6", Analyte::kCalcium},
                                           LoincCase{"718-7", Analyte::kHemoglobin},
                                           LoincCase{"50659-2", Analyte::kFish}));

TEST(AnalyteTest, UnknownNamesAndCodes) {
  EXPECT_FALSE(AnalyteFromName("glucose").has_value());
  EXPECT_FALSE(AnalyteFromName("").has_value());
  EXPECT_FALSE(AnalyteFromLoinc("2951-2").has_value());
  EXPECT_FALSE(AnalyteFromLoinc("48378-4").has_value());
  EXPECT_EQ(records::PrimaryLoinc(Analyte::kSerumMProtein), "33358-3");
  EXPECT_EQ(records::PrimaryLoinc(Analyte::kUrineMProtein), "");
}

}  // namespace
}  // namespace oncoguide::testing
