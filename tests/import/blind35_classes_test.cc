// The classes blind35's separate author found (tests/import/corpus/blind35: measured once blind,
// then a development split), each tested in our own words.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A report's Spanish copy for the patient after its English pages, whose last section was the
// 24-hour urine: its blood sections ("Biometría hemática", "Panel metabólico completo") named
// no specimen we knew, so its haemoglobin and creatinine were ignored as urine tests, and
// "Inmunofijación en suero" with its earlier result became a urine immunofixation, silently.
// "suero" (and "soro", "siero", "sangre"...) in a test's name or a heading names the serum.
TEST(Blind35Class, SerumNamedInSpanishAfterAUrineSection_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Specimen collected: 03/19/2024"}},
      {{40, "24-HOUR URINE PROTEIN ELECTROPHORESIS"}},
      {{40, "Urine M-spike"}, {220, "92"}, {300, "mg/24 hr"}},
      {{40, "Prueba"},
       {220, "Resultado actual"},
       {330, "Resultado anterior y fecha"},
       {450, "Unidades"}},
      {{40, "Biometría hemática"}},
      {{50, "Hemoglobina"}, {220, "11.9"}, {450, "g/dL"}},
      {{40, "Electroforesis de proteínas en suero"}},
      {{50, "Inmunofijación en suero"},
       {220, "IgA lambda Anormal"},
       {330, "IgA lambda (9 de enero de 2024)"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-19", 11.9);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-01-09");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(ife->previous);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-01-09"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-03-19"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(FindOn(r, Analyte::kSerumIfe, "2024-03-19"), nullptr) << ImportToJson(r).dump(1);
}

// A Catalan report: "Data d'extracció:" was no collection label we knew and "Prova | Resultat |
// Unitats | Interval ref. | Anterior | Data anterior" no header, so every row went without a
// date, and "Calci iònic" (ionised calcium) was read as the total calcium.
TEST(Blind35Class, CatalanCollectionLabelHeaderAndIonisedCalcium_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data de naixement: 11/09/1949"}, {300, "Data d'extracció: 21/05/2024 08:10"}},
      {{40, "Data de validació: 22/05/2024"}},
      {{40, "Prova"},
       {250, "Resultat"},
       {310, "Unitats"},
       {370, "Interval ref."},
       {450, "Anterior"},
       {495, "Data anterior"}},
      {{40, "Creatinina"},
       {265, "1,32 *"},
       {310, "mg/dL"},
       {370, "0,70 - 1,20"},
       {460, "1,21"},
       {495, "23/04/2024"}},
      {{40, "Calci iònic"}, {265, "1,18"}, {310, "mmol/L"}, {370, "1,12 - 1,32"}},
      {{40, "Cadenes lleugeres lliures lambda"},
       {265, "87,5 *"},
       {310, "mg/L"},
       {370, "5,71 - 26,30"},
       {460, "64,0"},
       {495, "23/04/2024"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-21", 1.32);
  const ImportedObservation* before = FindOn(r, Analyte::kLambdaFlc, "2024-04-23");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
  EXPECT_EQ(FindOn(r, Analyte::kCalcium, "2024-05-21"), nullptr) << ImportToJson(r).dump(1);
}

// A Malaysian report's cards label their value and earlier value in Malay, then English
// ("Keputusan / Result:", "Terdahulu / Previous: 11.6 g/L (25/03/2024)"): only the first
// language of a bilingual title was read, so no card's value was found.
TEST(Blind35Class, BilingualCardLabelsSecondLanguageRead_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Tarikh Diambil / Collected"}, {160, ": 13/05/2024 08:40"}},
      {{40, "Kreatinin / Creatinine"}},
      {{48, "Keputusan / Result:"}, {160, "115"}, {190, "umol/L"}, {265, "64-104"}},
      {{48, "Terdahulu / Previous: 108 umol/L (15/04/2024)"}},
      {{40, "Rantai ringan bebas kappa / Free kappa"}},
      {{48, "Keputusan / Result:"}, {160, "64.2 H"}, {190, "mg/L"}, {265, "3.3-19.4"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-13", 115 * 113.12 / 10000);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-05-13", 64.2);
  const ImportedObservation* before = FindOn(r, Analyte::kCreatinine, "2024-04-15");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
}

// A bilingual portal's card names put a group's name before the test's in the first language
// ("Protein electrophoresis - M-spike / Pic monoclonal"): each language's part was matched
// without reading the group's name apart, so neither was a test, the two columns of cards on
// that page were not found, and its M-proteins and light chains were missed.
TEST(Blind35Class, BilingualNameWithAGroupsNameBeforeTheTest_Regression) {
  const TestName serum =
      MatchTestName("Serum electrophoresis - M-spike / Pic monoclonal", Specimen::kUnknown);
  EXPECT_EQ(serum.match, TestName::Match::kExact);
  EXPECT_EQ(serum.analyte, Analyte::kSerumMProtein);
  const TestName urine =
      MatchTestName("Urine protein electrophoresis - M-spike / Pic urinaire", Specimen::kUnknown);
  EXPECT_NE(urine.match, TestName::Match::kNone);
  EXPECT_EQ(urine.analyte, Analyte::kUrineMProtein);
  // Two tests, not one: a ratio.
  EXPECT_NE(MatchTestName("Albumin / Globulin", Specimen::kUnknown).match, TestName::Match::kExact);
}

// A Dutch report prints each earlier result on its own line under the test's row ("vorige
// uitslag: 7,4 mmol/L op 13-02-2024"): "op" (on) before the date was left in the value, so
// numeric earlier results went unread (an immunofixation's, without a unit, was read).
TEST(Blind35Class, DutchEarlierResultLineWithOp_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Afname: 09-04-2024 08:30"}},
      {{40, "Bepaling"}, {270, "Uitslag"}, {318, "Eenheid"}, {380, "Referentiewaarde"}},
      {{40, "Kreatinine"}, {290, "118"}, {318, "µmol/L"}, {380, "64 - 104"}},
      {{60, "vorige uitslag: 126 µmol/L op 12-03-2024"}},
      {{40, "Vrije lambda lichte ketens"}, {285, "41,2"}, {318, "mg/L"}, {380, "5,7 - 26,3"}},
      {{60, "vorige uitslag: 55,0 mg/L op 12-03-2024"}},
  });
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-03-12");
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(lambda->previous);
  EXPECT_EQ(lambda->written_number, 55.0);
  EXPECT_NE(FindOn(r, Analyte::kCreatinine, "2024-03-12"), nullptr) << ImportToJson(r).dump(1);
}

// The same in French: a report's "SANG" (blood) section after its 24-hour urine section kept
// the urine's specimen, so its haemoglobin and creatinine were ignored as urine tests.
TEST(Blind35Class, FrenchBloodSectionAfterAUrineSection_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le : 08/04/2024 à 07h30"}},
      {{40, "URINES DES 24 HEURES"}},
      {{50, "Pic monoclonal urinaire"}, {270, "0,52"}, {300, "g/24 h"}},
      {{40, "SANG"}},
      {{40, "Hémoglobine"}, {274, "11,4"}, {300, "g/dL"}, {360, "12,0 - 16,0"}},
      {{40, "Créatinine"}, {282, "102"}, {300, "µmol/L"}, {360, "45 - 84"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-04-08", 520);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-08", 11.4);
  EXPECT_NE(FindOn(r, Analyte::kCreatinine, "2024-04-08"), nullptr) << ImportToJson(r).dump(1);
}

// An office scan of a letter's results table read one dated cell of the paraprotein's row as
// "Fd" and, on the same line, "13.1" as "13.4", which was kept without review: a scanned row
// with a dated cell that is no value is doubtful as a whole, so its other cells are reviewed.
TEST(Blind35Class, ScannedRowWithAGarbledCellIsReviewed_Regression) {
  const std::vector<Placed> rows = {
      {{60, "Test"}, {200, "Units"}, {300, "14/05/2024"}, {370, "11/06/2024"}, {440, "09/07/2024"}},
      {{60, "Paraprotein"}, {200, "g/L"}, {310, "16.4"}, {380, "12.2"}, {450, "Fd"}},
      {{60, "Creatinine"}, {200, "umol/L"}, {310, "92"}, {380, "88"}, {450, "90"}},
  };
  const ImportResult scan = ExtractScanned(rows, 0.96f);
  const ImportedObservation* mp = FindOn(scan, Analyte::kSerumMProtein, "2024-05-14");
  ASSERT_NE(mp, nullptr) << ImportToJson(scan).dump(1);
  EXPECT_TRUE(mp->needs_review);
  // A row read whole is not reviewed for it, nor is a text PDF's row.
  const ImportedObservation* cr = FindOn(scan, Analyte::kCreatinine, "2024-05-14");
  ASSERT_NE(cr, nullptr) << ImportToJson(scan).dump(1);
  for (const std::string& why : cr->review_reasons) {
    EXPECT_EQ(why.find("another cell of this row"), std::string::npos) << why;
  }
  const ImportResult text = ExtractPlaced(rows);
  const ImportedObservation* typed = FindOn(text, Analyte::kSerumMProtein, "2024-05-14");
  ASSERT_NE(typed, nullptr) << ImportToJson(text).dump(1);
  for (const std::string& why : typed->review_reasons) {
    EXPECT_EQ(why.find("another cell of this row"), std::string::npos) << why;
  }
}

}  // namespace
// A Basque and Spanish marrow report: "Fecha del procedimiento" was no date label we knew, so
// nothing was dated; with it known, the flow cytometry section's "Células plasmáticas totales:
// 1,8 %" (under a heading "CITOMETRÍA DE FLUJO", the sentence itself naming no cytometry) was
// taken as the marrow's plasma cells, silently, where the aspirate's count was 9 %.
TEST(Blind35Class, SpanishProcedureDateAndFlowCountUnderItsHeading_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Informe de médula ósea"}},
      {{40, "Prozeduraren data / Fecha del procedimiento: 2024/02/20 09:40"}},
      {{40, "Fecha del informe: 2024/02/27"}},
      {{40, "1. MIELOGRAMA"}},
      {{40, "Aspirado de celularidad normal. Células plasmáticas: 9 % de la celularidad."}},
      {{40, "2. CITOMETRÍA DE FLUJO"}},
      {{40, "Células plasmáticas totales: 1,8 % de los eventos analizados, con restricción"}},
      {{40, "de cadena ligera lambda: población clonal."}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-02-20", 9);
  EXPECT_NE(FindOn(r, Analyte::kBmClonality, "2024-02-20"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2024-02-27"), nullptr) << ImportToJson(r).dump(1);
}

// The same without a count from the aspirate: the flow cytometry heading's percentage is no
// count of the marrow's cells, so no plasma-cell percentage is read.
TEST(Blind35Class, FlowCountUnderItsHeadingIsNotTheMarrowCount_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Bone marrow report"}},
      {{40, "Date of procedure: 25/03/2024"}},
      {{40, "FLOW CYTOMETRY"}},
      {{40, "Plasma cells 1.8% of the cellularity, kappa restricted: a clonal population."}},
  });
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2024-03-25"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(FindOn(r, Analyte::kBmClonality, "2024-03-25"), nullptr) << ImportToJson(r).dump(1);
}

}  // namespace oncoguide::import
