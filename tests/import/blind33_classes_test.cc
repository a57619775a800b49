// Classes found by blind33's first run (a thirty-fourth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind33/README.md), each written as our own small page or name.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Madeiran marrow report's conclusion: "... plasmócitos clonais (34 % no mielograma), em
// redução face ao estudo de 12/10/2023." The sentence's one date is the earlier study it is
// compared with ("face ao", in view of), and today's 34% was given that date: a silently wrong
// earlier count. The date of a comparison is not the sentence's own.
TEST(Blind33Class, MarrowCountComparedFaceAoAnEarlierStudy_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da colheita: 02/05/2024"}},
      {{40, "Relatório de medula óssea"}},
      {{40, "Conclusão: medula com 27 % de plasmócitos, em redução face ao estudo de 15/11/2023."}},
  });
  EXPECT_EQ(FindOn(r, Analyte::kBmPlasmaCells, "2023-11-15"), nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-05-02", 27.0);
}

// A Ceutan laboratory system's printout: the collection date under its abbreviation
// "F.EXTRAC.:" beside "F.RECEP." and "F.VALID.", and each row's earlier result in its own cell
// as "Ant: 1,37 (16/01/24)". The label was unknown, so no result had a date, and "Ant:" before
// the earlier value was not understood.
TEST(Blind33Class, AbbreviatedExtractionDateAndAntCells_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "F.NACIM.: 03/03/1950"}, {200, "F.EXTRAC.: 14/03/2024 09:10"}},
      {{40, "F.RECEP.: 14/03/2024 10:02"}, {200, "F.VALID.: 15/03/2024 12:40"}},
      {{40, "PRUEBA"}, {170, "RESULTADO"}, {250, "UNIDAD"}, {330, "RESULTADO ANTERIOR"}},
      {{40, "CREATININA"}, {170, "1,12"}, {250, "mg/dL"}, {330, "Ant: 1,25 (02/02/24)"}},
      {{40, "KAPPA LIBRE SERICA"}, {170, "88,0 H"}, {250, "mg/L"}, {330, "Ant: 120,5 (02/02/24)"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-14", 1.12);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-02", 1.25);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-02", 120.5);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2024-03-15"), nullptr);
}

// Where on the electrophoresis the band ran, in brackets after the M-protein's name ("PICO
// MONOCLONAL (BETA)"), is no other test: the name was matched only loosely, for review.
TEST(Blind33Class, BandRegionInBracketsIsTheMProtein_Regression) {
  for (const char* n : {"Pico monoclonal (beta)", "Paraprotein (gamma region)",
                        "Componente monoclonal (zona gamma)"}) {
    const TestName t = MatchTestName(n, Specimen::kUnknown);
    EXPECT_EQ(t.match, TestName::Match::kExact) << n;
    EXPECT_EQ(t.analyte, Analyte::kSerumMProtein) << n;
  }
  EXPECT_NE(MatchTestName("Albumin (gamma)", Specimen::kUnknown).match, TestName::Match::kExact);
}

// A Norwegian cumulative report with dates as rows: "Kappa fri | Lambda fri | K/L-ratio
// β2-mikrogl.", the last two titles set as one cell. The short titles were unknown, and a ratio
// before a test in one cell was not split (only a test before a ratio was).
TEST(Blind33Class, NorwegianShortTitlesAndRatioBeforeTest_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prøvedato"}, {120, "Kappa fri"}, {180, "Lambda fri"}, {240, "K/L-ratio β2-mikrogl."}},
      {{120, "mg/L"}, {180, "mg/L"}, {320, "mg/L"}},
      {{40, "12.03.2024"}, {120, "55,2"}, {180, "9,1"}, {245, "6,07"}, {320, "3,1"}},
      {{40, "13.02.2024"}, {120, "81,0"}, {180, "8,8"}, {245, "9,20"}, {320, "3,6"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-12", 55.2);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-02-13", 8.8);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-02-13", 3.6);
}

// Immunofixation findings in a report's notes: Portuguese "Imunofixação sérica (06/06/2023):
// IgG lambda." (the sample's date between the test and its colon), Norwegian "M-komponent: IgA
// lambda (immunfiksasjon 14.02.2024)." (the band, then the test in brackets with its date), and
// a finding's label with its own date, "Serum immunofixation (NHLS, 12/08/2024):", on a page
// dated otherwise: the first two were not read, the third took the page's date.
TEST(Blind33Class, ImmunofixationInNotesWithTheirDates_Regression) {
  const ImportResult pt = ExtractPlaced({
      {{40, "Data da colheita: 10/04/2024"}},
      {{40, "* Valor fora do intervalo.  Imunofixação sérica (05/01/2024): IgA kappa."}},
  });
  const ImportedObservation* a = FindOn(pt, Analyte::kSerumIfe, "2024-01-05");
  ASSERT_NE(a, nullptr) << ImportToJson(pt).dump(1);
  EXPECT_EQ(a->obs.text, "IgA kappa");
  const ImportResult nb = ExtractPlaced({
      {{40, "Prøvedato: 20.05.2024"}},
      {{40, "* = utenfor referanseområdet.  M-komponent: IgA lambda (immunfiksasjon 14.02.2024)."}},
  });
  const ImportedObservation* b = FindOn(nb, Analyte::kSerumIfe, "2024-02-14");
  ASSERT_NE(b, nullptr) << ImportToJson(nb).dump(1);
  EXPECT_EQ(b->obs.text, "IgA lambda");
  const ImportResult en = ExtractPlaced({
      {{40, "Date collected: 02/09/2024"}},
      {{40, "Serum immunofixation (NHLS, 20/08/2024):"}, {260, "IgG kappa band persists."}},
  });
  EXPECT_EQ(FindOn(en, Analyte::kSerumIfe, "2024-09-02"), nullptr) << ImportToJson(en).dump(1);
  EXPECT_NE(FindOn(en, Analyte::kSerumIfe, "2024-08-20"), nullptr) << ImportToJson(en).dump(1);
  // A bracketed date under another label is not the sample's ("(reported 27/08/2024)").
  const ImportResult reported = ExtractPlaced({
      {{40, "Date collected: 02/09/2024"}},
      {{40, "Serum immunofixation (reported 27/08/2024):"}, {260, "IgG kappa band persists."}},
  });
  EXPECT_EQ(FindOn(reported, Analyte::kSerumIfe, "2024-08-27"), nullptr)
      << ImportToJson(reported).dump(1);
}

// The electrophoresis's albumin named in the report's language or short form ("Albumine
// (électrophorèse)", "Albumin (EPG)") is a fraction: it was read as the chemistry albumin.
TEST(Blind33Class, AlbuminFractionInOtherWords_Regression) {
  for (const char* n : {"Albumine (électrophorèse)", "Albumin (EPG)", "Albúmina (fracción)",
                        "Albumina (elettroforesi)"}) {
    EXPECT_EQ(MatchTestName(n, Specimen::kUnknown).match, TestName::Match::kIgnored) << n;
  }
  EXPECT_EQ(MatchTestName("Albumine", Specimen::kUnknown).analyte, Analyte::kAlbumin);
}

// A French immunofixation section under the report's columns: "Sérum | IgG kappa | IgG kappa"
// under "Résultat | 12/12/2023" (the earlier result's column), and "Urines (échantillon) |
// kappa libre". The serum row was read by its content only, so its earlier finding was lost,
// and the urine's title with the sample's kind in brackets was not understood.
TEST(Blind33Class, SpecimenRowsUnderAnEarlierColumn_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélèvement du 23/01/2024"}},
      {{440, "Antériorité"}},
      {{40, "Examen"}, {200, "Résultat"}, {270, "Unité"}, {440, "12/12/2023"}},
      {{40, "IMMUNOFIXATION"}},
      {{48, "Sérum"}, {200, "IgA lambda"}, {440, "IgA lambda"}},
      {{48, "Urines (échantillon)"}, {200, "lambda libre"}, {440, "non fait"}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kSerumIfe, "2024-01-23");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(now->previous);
  const ImportedObservation* before = FindOn(r, Analyte::kSerumIfe, "2023-12-12");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(before->obs.text, "IgA lambda");
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineIfe, "2024-01-23");
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(urine->obs.value, 1);
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2023-12-12"), nullptr);
}

// Short and long names: "kFLC | lFLC" (a letter for each light chain; "lFLC" was unknown), and
// an M-protein named after the electrophoresis that measured it ("Serum protein electrophoresis
// M-band", unknown as a whole).
TEST(Blind33Class, LetterLightChainsAndElectrophoresisBand_Regression) {
  EXPECT_EQ(MatchTestName("lFLC", Specimen::kUnknown).analyte, Analyte::kLambdaFlc);
  EXPECT_EQ(MatchTestName("lFLC", Specimen::kUnknown).match, TestName::Match::kExact);
  EXPECT_EQ(MatchTestName("λFLC", Specimen::kUnknown).analyte, Analyte::kLambdaFlc);
  const TestName band = MatchTestName("Serum protein electrophoresis M-band", Specimen::kUnknown);
  EXPECT_EQ(band.match, TestName::Match::kExact);
  EXPECT_EQ(band.analyte, Analyte::kSerumMProtein);
  const TestName urine = MatchTestName("Urine protein electrophoresis M-spike", Specimen::kUnknown);
  EXPECT_EQ(urine.analyte, Analyte::kUrineMProtein);
  EXPECT_NE(MatchTestName("Serum protein electrophoresis Gamma", Specimen::kUnknown).match,
            TestName::Match::kExact);
}

// A Swedish flowsheet's urine immunofixation "fri kappa" (free kappa) was not understood.
TEST(Blind33Class, ScandinavianFreeLightChainBand_Regression) {
  for (const char* v : {"fri kappa", "fria lambda", "frie kappa lette kæder"}) {
    const std::optional<LabValue> band = ParseLightChainBand(v);
    ASSERT_TRUE(band.has_value()) << v;
  }
}

// A Canarian two-column report heads each section with its name and the earlier result's date
// only ("HEMATOLOGÍA | Ant. 06/05/24"), the result's column untitled. Not read as a header, so
// every row held "several numbers" for review and the earlier results were lost.
TEST(Blind33Class, SectionTitleWithOnlyTheEarlierDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha extracción: 03/06/2024 08:35"}},
      {{40, "BIOQUÍMICA"}, {236, "Ant. 06/05/24"}},
      {{44, "Creatinina"}, {167, "1,20*"}, {198, "mg/dL"}, {271, "1,28*"}},
      {{44, "Albúmina"}, {176, "4,0"}, {198, "g/dL"}, {279, "3,6"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-06-03", 1.2);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-06", 1.28);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-05-06", 3.6);
  const ImportedObservation* now = FindOn(r, Analyte::kAlbumin, "2024-06-03");
  ASSERT_NE(now, nullptr);
  EXPECT_FALSE(now->needs_review);
}

// An earlier marrow's count in a sentence of its own, led by that procedure and its date
// ("Mielograma anterior (12/10/2023): plasmócitos 52,0 %"), is a previous result on that date;
// it was left out as another procedure's. A sentence that compares, or gives today's count
// before the earlier date, gives no earlier count.
TEST(Blind33Class, EarlierMarrowCountWithItsDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da colheita: 02/05/2024"}},
      {{40, "Relatório de medula óssea"}},
      {{40, "Plasmócitos 18,0 %."}},
      {{40, "Mielograma anterior (07/11/2023): plasmócitos 41,5 %."}},
  });
  const ImportedObservation* before = FindOn(r, Analyte::kBmPlasmaCells, "2023-11-07");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
  EXPECT_NEAR(before->obs.value, 41.5, 1e-9);
  EXPECT_TRUE(before->needs_review);
  for (const char* s : {"Bone marrow: plasma cells 6%, compared with the previous marrow of "
                        "14/01/2024.",
                        "Since the previous marrow of 14/01/2024, plasma cells have fallen to 6%.",
                        "Previous marrow (14/01/2024): plasma cells ,%"}) {
    const ImportResult c = ExtractPlaced({{{40, "Collected: 02/05/2024"}}, {{40, s}}});
    EXPECT_EQ(FindOn(c, Analyte::kBmPlasmaCells, "2024-01-14"), nullptr) << s;
  }
}

// The same report's office scan ran the page's two columns into one set of lines: "Albúmina |
// 4,0 | g/dl | 3,6 | Beta-2 microglobulina | 3,10* | mg/L" under the left column's "BIOQUÍMICA |
// Ant. 06/05/24". The right column's result was taken for an earlier one (nearest column) and
// given the earlier date, silently. Cells beyond a section's table are read by content.
TEST(Blind33Class, OtherColumnRunIntoASectionTable_Regression) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Fecha extracción: 03/06/2024 08:35"}},
          {{41, "BIOQUIMICA"}, {236, "Ant. 06/05/24"}},
          {{44, "Albúmina"},
           {177, "4,0"},
           {198, "g/dl"},
           {280, "3,6"},
           {310, "Beta-2 microglobulina"},
           {434, "3,10*"},
           {464, "mg/L"}},
          {{44, "Calcio"},
           {177, "9,7"},
           {198, "mg/dL"},
           {276, "10,0"},
           {310, "Componente monoclonal"},
           {438, "0,33"},
           {470, "g/dL"},
           {540, "0,52"}},
      },
      0.95f);
  EXPECT_EQ(FindOn(r, Analyte::kBeta2Microglobulin, "2024-05-06"), nullptr)
      << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-05-06", 3.6);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-06-03");
  if (m != nullptr) {
    EXPECT_TRUE(m->needs_review) << ImportToJson(r).dump(1);
  }
}

}  // namespace
}  // namespace oncoguide::import
