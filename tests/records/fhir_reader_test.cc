// Tests for the FHIR R4 JSON reader: analyte matching, values, dates, lines of therapy, ignored
// resources and bad input (refused with the FHIR path).
#include "oncoguide/records/fhir_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "records_test_util.h"

namespace oncoguide::testing {

using records::Analyte;
using records::PatientRecord;

namespace {

using nlohmann::json;

json Loinc(const std::string& code, const std::string& display = "") {
  json c = {{"system", "http://loinc.org"}, {"code", code}};
  if (!display.empty()) c["display"] = display;
  return json{{"coding", json::array({c})}};
}

json Ucum(double value, const std::string& code) {
  return json{
      {"value", value}, {"unit", code}, {"system", "http://unitsofmeasure.org"}, {"code", code}};
}

json Obs(const std::string& id, json code, const std::string& date = "2024-01-10") {
  json o = {{"resourceType", "Observation"},
            {"id", id},
            {"status", "final"},
            {"subject", {{"reference", "Patient/p1"}}},
            {"code", std::move(code)}};
  if (!date.empty()) o["effectiveDateTime"] = date;
  return o;
}

json Bundle(const std::vector<json>& resources) {
  json b = {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", json::array()}};
  for (const json& r : resources) b["entry"].push_back(json{{"resource", r}});
  return b;
}

Result<PatientRecord> Read(const json& j) { return records::ReadFhir(j.dump(), "patient.json"); }

PatientRecord ReadOk(const json& j) {
  Result<PatientRecord> r = Read(j);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return {};
  return std::move(r).value();
}

bool IgnoredContains(const PatientRecord& p, const std::string& text) {
  return std::any_of(p.ignored.begin(), p.ignored.end(),
                     [&](const std::string& s) { return s.find(text) != std::string::npos; });
}

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += s + "\n";
  return out;
}

TEST(FhirReaderTest, ReadsBundle) {
  json meds = {{"resourceType", "MedicationStatement"},
               {"id", "m1"},
               {"status", "active"},
               {"medicationCodeableConcept", {{"text", "VRd"}}},
               {"effectivePeriod", {{"start", "2024-01-05"}}}};
  json spep = Obs("o1", Loinc("33358-3"), "2024-01-10T09:00:00Z");
  spep["valueQuantity"] = Ucum(3.2, "g/dL");
  spep["subject"] = {{"reference", "Patient/pat-42"}};
  meds["subject"] = {{"reference", "Patient/pat-42"}};
  json patient = {{"resourceType", "Patient"}, {"id", "pat-42"}};
  PatientRecord p = ReadOk(Bundle({patient, spep, meds}));
  EXPECT_TRUE(p.from_fhir);
  EXPECT_EQ(p.source, "patient.json");
  EXPECT_EQ(p.patient_id, "pat-42");
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kTherapyStart);
  EXPECT_EQ(p.observations[0].text, "VRd");
  EXPECT_EQ(p.observations[0].date, D("2024-01-05"));
  EXPECT_EQ(p.observations[0].fhir_id, "MedicationStatement/m1");
  EXPECT_EQ(p.observations[1].analyte, Analyte::kSerumMProtein);
  EXPECT_DOUBLE_EQ(p.observations[1].value, 3.2);
  EXPECT_EQ(p.observations[1].date, D("2024-01-10"));
  EXPECT_EQ(p.observations[1].fhir_id, "Observation/o1");
  EXPECT_TRUE(p.ignored.empty()) << Joined(p.ignored);
}

TEST(FhirReaderTest, ReadsSingleObservation) {
  json o = Obs("k1", Loinc("36916-5"));
  o["valueQuantity"] = Ucum(4.5, "mg/dL");
  PatientRecord p = ReadOk(o);
  EXPECT_EQ(p.patient_id, "p1");  // from subject
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kKappaFlc);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 45);
}

// LOINC code + valueQuantity -> analyte and canonical value.
struct LoincValueCase {
  std::string loinc;
  double value;
  std::string unit;
  Analyte analyte;
  double canonical;
};

class FhirLoincTest : public ::testing::TestWithParam<LoincValueCase> {};

TEST_P(FhirLoincTest, MatchesAndConverts) {
  const LoincValueCase& c = GetParam();
  json o = Obs("x", Loinc(c.loinc));
  o["valueQuantity"] = Ucum(c.value, c.unit);
  PatientRecord p = ReadOk(Bundle({o}));
  ASSERT_EQ(p.observations.size(), 1u) << c.loinc << "\n" << Joined(p.ignored);
  EXPECT_EQ(p.observations[0].analyte, c.analyte) << c.loinc;
  EXPECT_NEAR(p.observations[0].value, c.canonical, 1e-9 * std::max(1.0, c.canonical)) << c.loinc;
}

INSTANTIATE_TEST_SUITE_P(
    Codes, FhirLoincTest,
    ::testing::Values(LoincValueCase{"33358-3", 2.1, "g/dL", Analyte::kSerumMProtein, 2.1},
                      LoincValueCase{"33358-3", 21, "g/L", Analyte::kSerumMProtein, 2.1},
                      LoincValueCase{"36916-5", 150, "mg/L", Analyte::kKappaFlc, 150},
                      LoincValueCase{"33944-0", 1.2, "mg/dL", Analyte::kLambdaFlc, 12},
                      LoincValueCase{"1952-1", 3.8, "mg/L", Analyte::kBeta2Microglobulin, 3.8},
                      LoincValueCase{"2532-0", 280, "U/L", Analyte::kLdh, 280},
                      LoincValueCase{"1751-7", 38, "g/L", Analyte::kAlbumin, 3.8},
                      LoincValueCase{"2160-0", 176.8, "umol/L", Analyte::kCreatinine,
                                     176.8 * 113.12 / 10000},
                      LoincValueCase{"17861-6", 2.495, "mmol/L", Analyte::kCalcium, 10},
                      LoincValueCase{"17861-6", 9.5, "mg/dL", Analyte::kCalcium, 9.5},
                      LoincValueCase{"718-7", 105, "g/L", Analyte::kHemoglobin, 10.5}));

TEST(FhirReaderTest, SerumIfeByLoinc) {
  json o = Obs("ife", Loinc("25700-6"));
  o["valueCodeableConcept"] = {{"text", "Positive"}};
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kSerumIfe);
  EXPECT_EQ(p.observations[0].value, 1);
}

TEST(FhirReaderTest, FishNarrativeIsSplitIntoFindings) {
  json o = Obs("fish", Loinc("50659-2"));
  o["valueString"] = "del(17p), t(4;14)";
  PatientRecord p = ReadOk(Bundle({o}));
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kFish);
  EXPECT_EQ(p.observations[0].text, "del(17p)");
  EXPECT_EQ(p.observations[1].text, "t(4;14)");
  EXPECT_FALSE(p.observations[0].has_value);
  EXPECT_EQ(p.observations[0].fhir_id, "Observation/fish");
  EXPECT_EQ(p.observations[1].fhir_id, "Observation/fish");
}

TEST(FhirReaderTest, FishNarrativeWithFractionsAndSemicolons) {
  json o = Obs("fish", Loinc("50659-2"));
  o["valueCodeableConcept"] = {{"text", "del(17p) 45%; gain(1q);"}};
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].text, "del(17p)");
  ASSERT_TRUE(p.observations[0].has_value);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 45);
  EXPECT_EQ(p.observations[1].text, "gain(1q)");
}

TEST(FhirReaderTest, BadFishNarrativeIsRefused) {
  json o = Obs("fish", Loinc("50659-2"));
  o["valueString"] = "del(17p), trisomy 3";
  Result<PatientRecord> r = Read(Bundle({o}));
  ASSERT_FALSE(r.ok());
  const std::string msg = r.status().ToString();
  EXPECT_NE(msg.find("patient.json: Bundle.entry[0].resource.valueString"), std::string::npos)
      << msg;
  EXPECT_NE(msg.find("'trisomy 3'"), std::string::npos) << msg;
}

// Urine M-protein has no settled LOINC code: it is matched by code.text or coding.display.
struct TextMatchCase {
  std::string name;
  json code;
};

class FhirTextMatchTest : public ::testing::TestWithParam<TextMatchCase> {};

TEST_P(FhirTextMatchTest, MatchesUrineMProtein) {
  json o = Obs("u", GetParam().code);
  o["valueQuantity"] = Ucum(0.4, "g/(24.h)");
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 1u) << Joined(p.ignored);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kUrineMProtein);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 400);
}

INSTANTIATE_TEST_SUITE_P(
    Codes, FhirTextMatchTest,
    ::testing::Values(
        TextMatchCase{"text", json{{"text", "24 hr urine M protein"}}},
        TextMatchCase{"text_case", json{{"text", "24 HR URINE M-PROTEIN"}}},
        TextMatchCase{"local_display",
                      json{{"coding", json::array({{{"system", "urn:lab:local"},
                                                    {"code", "UMP"},
                                                    {"display", "Urine M-spike"}}})}}},
        TextMatchCase{
            "unknown_loinc_with_text",
            json{{"coding", json::array({{{"system", "http://loinc.org"}, {"code", "40661-1"}}})},
                 {"text", "UPEP"}}}),
    [](const ::testing::TestParamInfo<TextMatchCase>& info) { return info.param.name; });

TEST(FhirReaderTest, UcumCodePreferredOverUnitText) {
  json o = Obs("m", Loinc("33358-3"));
  o["valueQuantity"] = {{"value", 25},
                        {"unit", "grams per litre"},
                        {"system", "http://unitsofmeasure.org"},
                        {"code", "g/L"}};
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 2.5);
}

TEST(FhirReaderTest, UnitUsedWhenNoUcumSystem) {
  json o = Obs("m", Loinc("33358-3"));
  o["valueQuantity"] = {{"value", 2.5}, {"unit", "g/dL"}, {"code", "local-gdl"}};
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_DOUBLE_EQ(p.observations[0].value, 2.5);
  json only_code = Obs("m", Loinc("36916-5"));
  only_code["valueQuantity"] = {{"value", 2}, {"code", "mg/dL"}};
  PatientRecord q = ReadOk(only_code);
  ASSERT_EQ(q.observations.size(), 1u);
  EXPECT_DOUBLE_EQ(q.observations[0].value, 20);
}

// valueCodeableConcept: text, display, or SNOMED CT qualifier codes.
struct ConceptCase {
  std::string name;
  json concept_value;
  double value;
};

class FhirCodedValueTest : public ::testing::TestWithParam<ConceptCase> {};

TEST_P(FhirCodedValueTest, ReadsCodedResult) {
  json o = Obs("ife", json{{"text", "serum immunofixation"}});
  o["valueCodeableConcept"] = GetParam().concept_value;
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kSerumIfe);
  EXPECT_EQ(p.observations[0].value, GetParam().value);
}

json Snomed(const std::string& code, const std::string& display = "") {
  json c = {{"system", "http://snomed.info/sct"}, {"code", code}};
  if (!display.empty()) c["display"] = display;
  return json{{"coding", json::array({c})}};
}

INSTANTIATE_TEST_SUITE_P(
    Concepts, FhirCodedValueTest,
    ::testing::Values(
        ConceptCase{"text_positive", json{{"text", "Positive"}}, 1},
        ConceptCase{"text_negative", json{{"text", "negative"}}, 0},
        ConceptCase{"text_not_detected", json{{"text", "Not detected"}}, 0},
        ConceptCase{"snomed_positive", Snomed("10828004"), 1},
        ConceptCase{"snomed_negative", Snomed("260385009"), 0},
        ConceptCase{"snomed_detected", Snomed("260373001"), 1},
        ConceptCase{"snomed_not_detected", Snomed("260415000"), 0},
        ConceptCase{"snomed_display", Snomed("10828004", "Positive"), 1},
        // Terminology servers fill display with the fully specified name: the code decides.
        ConceptCase{"snomed_fsn_positive", Snomed("10828004", "Positive (qualifier value)"), 1},
        ConceptCase{"snomed_fsn_negative", Snomed("260385009", "Negative (qualifier value)"), 0}),
    [](const ::testing::TestParamInfo<ConceptCase>& info) { return info.param.name; });

TEST(FhirReaderTest, EffectivePeriodStartIsTheDate) {
  json o = Obs("m", Loinc("33358-3"), "");
  o["effectivePeriod"] = {{"start", "2024-04-01T10:00:00+02:00"}, {"end", "2024-04-02"}};
  o["valueQuantity"] = Ucum(1.0, "g/dL");
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].date, D("2024-04-01"));
}

TEST(FhirReaderTest, ReferenceRangeConvertedToCanonicalUnit) {
  json o = Obs("k", Loinc("36916-5"));
  o["valueQuantity"] = Ucum(12, "mg/dL");
  o["referenceRange"] =
      json::array({{{"low", Ucum(0.33, "mg/dL")}, {"high", Ucum(1.94, "mg/dL")}}});
  json ldh = Obs("l", Loinc("2532-0"));
  ldh["valueQuantity"] = Ucum(300, "U/L");
  ldh["referenceRange"] = json::array({{{"high", Ucum(250, "U/L")}}});
  PatientRecord p = ReadOk(Bundle({o, ldh}));
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_DOUBLE_EQ(*p.observations[0].ref_low, 3.3);
  EXPECT_DOUBLE_EQ(*p.observations[0].ref_high, 19.4);
  EXPECT_FALSE(p.observations[1].ref_low.has_value());
  EXPECT_DOUBLE_EQ(*p.observations[1].ref_high, 250);
}

TEST(FhirReaderTest, MrdSensitivityFromMethodText) {
  json ngf = Obs("mrd1", json{{"text", "MRD by flow"}});
  ngf["valueCodeableConcept"] = {{"text", "Negative"}};
  ngf["method"] = {{"text", "NGF 1e-5"}};
  json ngs = Obs("mrd2", json{{"text", "clonoSEQ"}}, "2024-02-10");
  ngs["valueCodeableConcept"] = {{"text", "negative"}};
  ngs["method"] = {{"text", "NGS (10^-6)"}};
  json none = Obs("mrd3", json{{"text", "mrd ngf"}}, "2024-03-10");
  none["valueString"] = "positive";
  PatientRecord p = ReadOk(Bundle({ngf, ngs, none}));
  ASSERT_EQ(p.observations.size(), 3u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kMrdNgf);
  EXPECT_EQ(p.observations[0].value, 0);
  ASSERT_TRUE(p.observations[0].sensitivity.has_value());
  EXPECT_DOUBLE_EQ(*p.observations[0].sensitivity, 1e-5);
  EXPECT_EQ(p.observations[1].analyte, Analyte::kMrdNgs);
  EXPECT_DOUBLE_EQ(*p.observations[1].sensitivity, 1e-6);
  EXPECT_EQ(p.observations[2].value, 1);
  EXPECT_FALSE(p.observations[2].sensitivity.has_value());
}

TEST(FhirReaderTest, CountsAndBooleans) {
  json lytic = Obs("l", json{{"text", "lytic lesions"}});
  lytic["valueInteger"] = 3;
  json lesion = Obs("n", json{{"text", "new lesion"}});
  lesion["valueBoolean"] = true;
  PatientRecord p = ReadOk(Bundle({lytic, lesion}));
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].value, 3);
  EXPECT_EQ(p.observations[1].analyte, Analyte::kNewLesion);
  EXPECT_EQ(p.observations[1].value, 1);
}

TEST(FhirReaderTest, NotesMarkLabError) {
  json o = Obs("m", Loinc("33358-3"));
  o["valueQuantity"] = Ucum(9.0, "g/dL");
  o["note"] = json::array({{{"text", "Spurious result"}}, {{"text", "repeat drawn"}}});
  PatientRecord p = ReadOk(o);
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_TRUE(p.observations[0].spurious);
  EXPECT_EQ(p.observations[0].note, "Spurious result; repeat drawn");
}

// --- Lines of therapy ---------------------------------------------------------------------------

json Med(const std::string& type, const std::string& id, const std::string& name,
         const std::string& date) {
  json m = {{"resourceType", type},
            {"id", id},
            {"status", "completed"},
            {"medicationCodeableConcept", {{"text", name}}}};
  if (type == "MedicationRequest") {
    m["authoredOn"] = date;
  } else {
    m["effectiveDateTime"] = date;
  }
  return m;
}

TEST(FhirTherapyTest, SameDateFormsOneLineAndRepeatsContinueIt) {
  PatientRecord p = ReadOk(Bundle({
      Med("MedicationAdministration", "a1", "Daratumumab", "2024-01-01"),
      Med("MedicationAdministration", "a2", "Lenalidomide", "2024-01-01"),
      Med("MedicationRequest", "r1", "Dexamethasone", "2024-01-01T08:00:00Z"),
      Med("MedicationAdministration", "a3", "Zoledronic acid", "2024-01-01"),
      Med("MedicationAdministration", "a4", "daratumumab", "2024-01-29"),
      Med("MedicationAdministration", "a5", "Dexamethasone", "2024-01-29"),
      Med("MedicationStatement", "s1", "Carfilzomib", "2024-09-01"),
      Med("MedicationStatement", "s2", "Pomalidomide", "2024-09-01"),
      Med("MedicationStatement", "s3", "Carfilzomib", "2024-09-29"),
  }));
  std::vector<const records::Observation*> lines;
  for (const records::Observation& o : p.observations) {
    if (o.analyte == Analyte::kTherapyStart) lines.push_back(&o);
  }
  ASSERT_EQ(lines.size(), 2u) << Joined(p.ignored);
  EXPECT_EQ(lines[0]->date, D("2024-01-01"));
  EXPECT_EQ(lines[0]->text, "Daratumumab + Lenalidomide + Dexamethasone");
  EXPECT_FALSE(lines[0]->has_value);
  EXPECT_EQ(lines[1]->date, D("2024-09-01"));
  EXPECT_EQ(lines[1]->text, "Carfilzomib + Pomalidomide");
  EXPECT_TRUE(IgnoredContains(p, "MedicationAdministration/a3: Zoledronic acid is supportive care"))
      << Joined(p.ignored);
  EXPECT_TRUE(IgnoredContains(p, "MedicationAdministration/a4: daratumumab continues the line"))
      << Joined(p.ignored);
  EXPECT_TRUE(IgnoredContains(p, "MedicationAdministration/a5"));
  EXPECT_TRUE(IgnoredContains(p, "MedicationStatement/s3"));
}

TEST(FhirTherapyTest, NewDrugStartsNewLine) {
  PatientRecord p = ReadOk(Bundle({
      Med("MedicationStatement", "s1", "VRd", "2024-01-01"),
      Med("MedicationStatement", "s2", "Daratumumab + Pomalidomide", "2024-07-01"),
      Med("MedicationStatement", "s3", "Acyclovir", "2024-07-01"),
  }));
  ASSERT_EQ(p.observations.size(), 2u);
  EXPECT_EQ(p.observations[0].text, "VRd");
  EXPECT_EQ(p.observations[1].text, "Daratumumab + Pomalidomide");
  EXPECT_TRUE(IgnoredContains(p, "Acyclovir is supportive care"));
}

TEST(FhirTherapyTest, MedicationReferenceDisplayAndIgnoredStatus) {
  json ref = {{"resourceType", "MedicationStatement"},
              {"id", "s1"},
              {"status", "active"},
              {"medicationReference", {{"reference", "Medication/x"}, {"display", "Isatuximab"}}},
              {"effectivePeriod", {{"start", "2024-05-01"}}}};
  json err = Med("MedicationStatement", "s2", "Selinexor", "2024-06-01");
  err["status"] = "entered-in-error";
  PatientRecord p = ReadOk(Bundle({ref, err}));
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].text, "Isatuximab");
  EXPECT_TRUE(IgnoredContains(p, "MedicationStatement/s2: status entered-in-error"));
}

// --- Ignored resources --------------------------------------------------------------------------

TEST(FhirReaderTest, UnrelatedAndComputedResultsAreIgnoredNotErrors) {
  json sodium = Obs("na", Loinc("2951-2", "Sodium"));
  sodium["valueQuantity"] = Ucum(140, "mmol/L");
  json status = Obs("cds", Loinc("97509-4"));
  status["valueCodeableConcept"] = {{"text", "improved"}};
  json ratio = Obs("ratio", Loinc("48378-4"));
  ratio["valueQuantity"] = Ucum(12.5, "{ratio}");
  json old_ratio = Obs("ratio2", Loinc("40844-3"));
  old_ratio["valueQuantity"] = Ucum(12.5, "{ratio}");
  json cancelled = Obs("c", Loinc("33358-3"));
  cancelled["status"] = "cancelled";
  json condition = {{"resourceType", "Condition"}, {"id", "mm"}};
  json spep = Obs("m", Loinc("33358-3"));
  spep["valueQuantity"] = Ucum(1.1, "g/dL");
  PatientRecord p = ReadOk(Bundle({sodium, status, ratio, old_ratio, cancelled, condition, spep}));
  ASSERT_EQ(p.observations.size(), 1u);
  EXPECT_EQ(p.observations[0].analyte, Analyte::kSerumMProtein);
  ASSERT_EQ(p.ignored.size(), 6u) << Joined(p.ignored);
  EXPECT_TRUE(IgnoredContains(p, "Observation/na: 'Sodium' (LOINC 2951-2) is not a test"));
  EXPECT_TRUE(IgnoredContains(p, "Observation/cds: computed result (LOINC 97509-4)"));
  EXPECT_TRUE(IgnoredContains(p, "Observation/ratio: kappa/lambda ratio (LOINC 48378-4)"));
  EXPECT_TRUE(IgnoredContains(p, "Observation/ratio2: kappa/lambda ratio (LOINC 40844-3)"));
  EXPECT_TRUE(IgnoredContains(p, "Observation/c: status cancelled"));
  EXPECT_TRUE(IgnoredContains(p, "Condition/mm: Condition is not used"));
  EXPECT_TRUE(records::IsComputedResultCode("97509-4"));
  EXPECT_FALSE(records::IsComputedResultCode("33358-3"));
}

TEST(FhirReaderTest, OurOwnOutputIsIgnored) {
  json o = Obs("ours", Loinc("33358-3"));
  o["valueQuantity"] = Ucum(1.1, "g/dL");
  o["meta"] = {{"tag", json::array({{{"system", "urn:oncoguide:tag"}, {"code", "computed"}}})}};
  PatientRecord p = ReadOk(Bundle({o}));
  EXPECT_TRUE(p.observations.empty());
  EXPECT_TRUE(IgnoredContains(p, "Observation/ours: computed by oncoguide"));
}

// --- Bad input ----------------------------------------------------------------------------------

struct FhirBadCase {
  std::string name;
  std::string text;  // the whole file
  std::string path;  // expected FHIR path ("" when none)
  std::string cause;
};

class FhirBadInputTest : public ::testing::TestWithParam<FhirBadCase> {};

TEST_P(FhirBadInputTest, RefusedWithPath) {
  const FhirBadCase& c = GetParam();
  Result<PatientRecord> r = records::ReadFhir(c.text, "patient.json");
  ASSERT_FALSE(r.ok()) << c.name;
  const Status s = r.status();
  const std::string msg = s.ToString();
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << msg;
  EXPECT_NE(msg.find("patient.json"), std::string::npos) << msg;
  EXPECT_EQ(s.where().path, c.path) << msg;
  if (!c.path.empty()) {
    EXPECT_EQ(msg.rfind("patient.json: " + c.path + ": ", 0), 0u) << msg;
  }
  EXPECT_NE(s.cause().find(c.cause), std::string::npos) << msg;
  EXPECT_FALSE(s.hint().empty()) << msg;
}

std::string WithValue(const json& code, const std::string& key, const json& value,
                      const std::string& date = "2024-01-10") {
  json o = Obs("x", code, date);
  o[key] = value;
  return Bundle({o}).dump();
}

const std::string kEntry = "Bundle.entry[0].resource";

INSTANTIATE_TEST_SUITE_P(
    Cases, FhirBadInputTest,
    ::testing::Values(
        FhirBadCase{"invalid_json", "{\"resourceType\": \"Bundle\", ", "", "is not valid JSON"},
        FhirBadCase{"not_an_object", "[1, 2]", "$", "no resourceType"},
        FhirBadCase{"no_code",
                    Bundle({json{{"resourceType", "Observation"},
                                 {"id", "x"},
                                 {"effectiveDateTime", "2024-01-10"},
                                 {"valueQuantity", Ucum(1, "g/dL")}}})
                        .dump(),
                    kEntry + ".code", "Observation has no code"},
        FhirBadCase{"quantity_without_unit",
                    WithValue(Loinc("33358-3"), "valueQuantity", json{{"value", 3.1}}),
                    kEntry + ".valueQuantity.unit", "has no unit"},
        FhirBadCase{"quantity_without_value",
                    WithValue(Loinc("33358-3"), "valueQuantity", json{{"unit", "g/dL"}}),
                    kEntry + ".valueQuantity.value", "no numeric value"},
        FhirBadCase{"unknown_unit", WithValue(Loinc("33358-3"), "valueQuantity", Ucum(3, "mmol/L")),
                    kEntry + ".valueQuantity.code", "unit 'mmol/L' is not a unit"},
        FhirBadCase{"unknown_unit_text",
                    WithValue(Loinc("33358-3"), "valueQuantity",
                              json{{"value", 3}, {"unit", "grams"}}),
                    kEntry + ".valueQuantity.unit", "unit 'grams' is not a unit"},
        FhirBadCase{"negative_value",
                    WithValue(Loinc("36916-5"), "valueQuantity", Ucum(-3, "mg/L")),
                    kEntry + ".valueQuantity.value", "is negative"},
        FhirBadCase{"quantity_as_string", WithValue(Loinc("33358-3"), "valueString", "3.1 g/dL"),
                    kEntry + ".valueString", "given as text '3.1 g/dL'"},
        FhirBadCase{"no_value",
                    Bundle({Obs("x", Loinc("33358-3"))}).dump(), kEntry, "has no value"},
        FhirBadCase{"bad_date",
                    WithValue(Loinc("33358-3"), "valueQuantity", Ucum(3, "g/dL"), "2024-02-30"),
                    kEntry + ".effectiveDateTime", "date '2024-02-30' is not a valid date"},
        FhirBadCase{"us_date",
                    WithValue(Loinc("33358-3"), "valueQuantity", Ucum(3, "g/dL"), "03/05/2024"),
                    kEntry + ".effectiveDateTime", "'03/05/2024'"},
        FhirBadCase{"missing_date",
                    WithValue(Loinc("33358-3"), "valueQuantity", Ucum(3, "g/dL"), ""), kEntry,
                    "has no date"},
        FhirBadCase{"bad_coded_value",
                    WithValue(Loinc("25700-6"), "valueCodeableConcept", json{{"text", "maybe"}}),
                    kEntry + ".valueCodeableConcept", "'maybe' is not an immunofixation result"},
        FhirBadCase{"plasma_cells_over_100",
                    WithValue(json{{"text", "bone marrow plasma cells"}}, "valueQuantity",
                              Ucum(130, "%")),
                    kEntry + ".valueQuantity.value", "above 100%"},
        FhirBadCase{"bad_reference_range",
                    [] {
                      json o = Obs("x", Loinc("36916-5"));
                      o["valueQuantity"] = Ucum(3, "mg/L");
                      o["referenceRange"] = json::array({{{"high", Ucum(19.4, "g/dL")}}});
                      return Bundle({o}).dump();
                    }(),
                    kEntry + ".referenceRange[0].high", "not a unit for kappa_flc"},
        FhirBadCase{"medication_without_date",
                    Bundle({json{{"resourceType", "MedicationStatement"},
                                 {"id", "m"},
                                 {"medicationCodeableConcept", {{"text", "VRd"}}}}})
                        .dump(),
                    kEntry, "has no date"},
        FhirBadCase{"medication_without_name",
                    Bundle({json{{"resourceType", "MedicationStatement"},
                                 {"id", "m"},
                                 {"effectiveDateTime", "2024-01-01"}}})
                        .dump(),
                    kEntry, "medication has no name"}),
    [](const ::testing::TestParamInfo<FhirBadCase>& info) { return info.param.name; });

TEST(FhirReaderTest, SingleObservationErrorPathStartsAtResource) {
  json o = Obs("x", Loinc("33358-3"));
  o["valueQuantity"] = json{{"value", 3.1}};
  Result<PatientRecord> r = Read(o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where().path, "Observation.valueQuantity.unit") << r.status().ToString();
}

}  // namespace
}  // namespace oncoguide::testing
