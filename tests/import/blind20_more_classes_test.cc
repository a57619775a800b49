// Classes found by blind20's first run, continued (blind20_classes_test.cc): Finnish, Swiss
// French, Philippine and Brazilian reports, each written as our own small page.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A Finnish lab list (Omakanta): short names after the specimen ("P -Krea", "S -KapVa", "U -IF"),
// Finnish titles, each row's sampling time at its end after "klo" (at), and a urine
// immunofixation's wording run from the result's title over the unit's. None of it was read,
// and the immunofixation row was left waiting as a card's name, then dropped without a word.
TEST(Blind20Class, FinnishLabListRowsAreRead) {
  const ImportResult r = ExtractPlaced({
      {{40, "Tutkimus"},
       {170, "Tulos"},
       {218, "Yksikkö"},
       {268, "Viitearvot"},
       {338, "Poikk."},
       {380, "Näytteenottoaika"}},
      {{40, "P -Krea"},
       {193, "136"},
       {218, "µmol/l"},
       {268, "60–100"},
       {338, "korkea"},
       {478, "3.1.2024 klo 10.20"}},
      {{40, "S -KapVa"},
       {195, "8,2"},
       {218, "mg/l"},
       {268, "3,3–19,4"},
       {478, "3.1.2024 klo 10.20"}},
      {{40, "U -IF"}, {170, "Vapaita lambda-kevytketjuja"}, {478, "3.1.2024 klo 10.20"}},
  });
  const ImportedObservation* c = FindOn(r, Analyte::kCreatinine, "2024-01-03");
  const ImportedObservation* k = FindOn(r, Analyte::kKappaFlc, "2024-01-03");
  const ImportedObservation* u = FindOn(r, Analyte::kUrineIfe, "2024-01-03");
  ASSERT_NE(c, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(k, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(u, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(c->obs.value, 136 / 88.42, 0.001);
  EXPECT_DOUBLE_EQ(k->obs.value, 8.2);
  EXPECT_EQ(u->obs.text, "lambda");
}

// A dated row whose result cannot be read is said, never left waiting as a card's name.
TEST(Blind20Class, DatedRowWithAnUnreadResultIsSaid) {
  const ImportResult r = ExtractPlaced({
      {{40, "Tutkimus"}, {170, "Tulos"}, {218, "Yksikkö"}, {380, "Näytteenottoaika"}},
      {{40, "U -IF"}, {170, "Tulkinta myöhemmin"}, {478, "3.1.2024 klo 10.20"}},
  });
  EXPECT_TRUE(r.observations.empty()) << ImportToJson(r).dump(1);
  ASSERT_EQ(r.unrecognised.size(), 1u) << ImportToJson(r).dump(1);
  EXPECT_NE(r.unrecognised[0].text.find("U -IF"), std::string::npos);
}

// A Finnish marrow statement: "Näyte otettu" (sample taken) dates it, the differential is set in
// two columns with the plasma cells on the right ("Plasmasolut"), and the clonality is said in
// Finnish ("plasmasolut ovat lambda-restriktoituneita").
TEST(Blind20Class, FinnishMarrowStatementIsRead) {
  const ImportResult r = ExtractPlaced({
      {{40, "Näyte otettu"}, {150, "12.2.2024 klo 9.40"}},
      {{40, "Luuydinaspiraatti (May-Grünwald-Giemsa)"}},
      {{60, "Erytroblastit"}, {189, "23 %"}, {290, "Plasmasolut"}, {417, "27 %"}},
      {{40, "Luuydinbiopsia"}},
      {{40, "Biopsia on edustava. Kappa/lambda-in situ"}},
      {{40, "-hybridisaatiossa plasmasolut ovat lambda-restriktoituneita. CD56 positiivinen."}},
  });
  const ImportedObservation* pc = FindOn(r, Analyte::kBmPlasmaCells, "2024-02-12");
  const ImportedObservation* clonal = FindOn(r, Analyte::kBmClonality, "2024-02-12");
  ASSERT_NE(pc, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(clonal, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(pc->obs.value, 27);
  EXPECT_EQ(clonal->obs.value, 1);
}

// A Swiss French report: a 24-hour urine section, its immunofixation also naming the band
// "(protéine de Bence Jones)", then a history of the serum M-protein under a new section title
// ("Date du prélèvement | Pic monoclonal | CLL kappa | CLL lambda"). The history was read as the
// urine's (its light chains ignored, its M-protein in g/l refused) and the immunofixation not at
// all.
TEST(Blind20Class, HistoryAfterAUrineSectionIsTheSerums) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le 19.03.2024 08:30"}, {200, "Validé le 21.03.2024 16:48"}},
      {{40, "URINES DE 24 HEURES"}},
      {{46, "Récolte du 18.03.2024 07:00 au 19.03.2024 07:00"}},
      {{46, "Immunofixation urinaire"},
       {170, "chaînes légères libres kappa (protéine de Bence Jones)"}},
      {{40, "ÉVOLUTION DU COMPOSANT MONOCLONAL"}},
      {{46, "Date du prélèvement"},
       {150, "Pic monoclonal"},
       {246, "CLL kappa"},
       {320, "CLL lambda"}},
      {{182, "g/l"}, {275, "mg/l"}, {355, "mg/l"}},
      {{46, "19.05.2023"}, {182, "33.7"}, {267, "841.4"}, {357, "6.1"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-03-19");
  const ImportedObservation* k = FindOn(r, Analyte::kKappaFlc, "2023-05-19");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(k, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "kappa");
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-05-19", 3.37);
  EXPECT_DOUBLE_EQ(k->obs.value, 841.4);
}

// An immunofixation whose result names the band only ("Free kappa light chains"), with no
// table around it: its result. The row was left waiting as a card's name and then dropped.
TEST(Blind20Class, BandNamedAsTheResultIsRead) {
  const ImportResult r = ExtractPlaced({
      {{20, "Collected 19.03.2024 08:30"}},
      {{20, "Urine immunofixation"}, {170, "Free kappa light chains"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-03-19");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "kappa");
}

// A Philippine chemistry slip gives each result twice, in SI and in conventional units, each
// with its own unit column: the result in the test's own unit is read (it was "118 1.33", not
// understood, or the SI result with its unit guessed).
TEST(Blind20Class, SiAndConventionalResultsSideBySide) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date Collected: 01/22/2024 07:15 AM"}},
      {{40, "TEST"},
       {181, "RESULT"},
       {235, "SI UNIT"},
       {290, "REFERENCE"},
       {361, "RESULT"},
       {415, "CONV. UNIT"},
       {480, "REFERENCE"}},
      {{40, "CREATININE"},
       {195, "118"},
       {235, "umol/L"},
       {290, "45-84"},
       {373, "1.33"},
       {415, "mg/dL"},
       {480, "0.51-0.95"}},
      {{40, "ALBUMIN"},
       {200, "32"},
       {235, "g/L"},
       {290, "35-52"},
       {378, "3.2"},
       {415, "g/dL"},
       {480, "3.5-5.2"}},
  });
  const ImportedObservation* c = FindOn(r, Analyte::kCreatinine, "2024-01-22");
  const ImportedObservation* a = FindOn(r, Analyte::kAlbumin, "2024-01-22");
  ASSERT_NE(c, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(a, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(c->obs.value, 1.33) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(a->obs.value, 3.2);
  EXPECT_FALSE(c->needs_review) << ImportToJson(r).dump(1);
}

// A Brazilian discharge summary's serial table, titled with short Portuguese names ("Leuco",
// "Plaq", "Creat", "Ureia", "Ca total", "Ca iôn.", "DHL"): too many unknown titles, so none of
// its rows was read. The ionised calcium is not the calcium.
TEST(Blind20Class, PortugueseShortColumnTitles) {
  const ImportResult r = ExtractPlaced(
      {
          {{44, "Data da coleta"},
           {139, "Hb"},
           {176, "Leuco"},
           {230, "Plaq"},
           {274, "Creat"},
           {317, "Ureia"},
           {350, "Ca total"},
           {410, "Ca iôn."},
           {503, "DHL"}},
          {{136, "g/dL"},
           {181, "/mm³"},
           {218, "mil/mm³"},
           {277, "mg/dL"},
           {319, "mg/dL"},
           {364, "mg/dL"},
           {410, "mmol/L"},
           {509, "U/L"}},
          {{44, "04/03/2024"},
           {138, "8,3"},
           {178, "4.455"},
           {233, "145"},
           {281, "3,22"},
           {330, "85"},
           {368, "13,7"},
           {413, "1,72"},
           {505, "408"}},
      },
      842);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-04", 3.22);
  ExpectValueOn(r, Analyte::kCalcium, "2024-03-04", 13.7);
  ExpectValueOn(r, Analyte::kLdh, "2024-03-04", 408);
}

// A Brazilian discharge summary's marrow findings in bullet sentences: the myelogram's count
// ("plasmócitos 44%"), flow cytometry named at the start of a long sentence ("... citometria de
// fluxo da medula (07/03/2024): 18,5% de plasmócitos, sendo 99% com fenótipo aberrante") and the
// biopsy's CD138 estimate ("estimada em 60-70%"). The 99% of aberrant cells was read as the
// count, and on a scan silently; the CD138 estimate outweighed the count.
TEST(Blind20Class, MarrowCountIsTheAspiratesNotFlowOrStain) {
  const ImportResult r = ExtractPlaced({
      {{48,
        "• Mielograma (18/03/2024, crista ilíaca posterior): medula hipercelular; plasmócitos "
        "44%"}},
      {{48, "da celularidade, com formas binucleadas."}},
      {{48,
        "• Imunofenotipagem por citometria de fluxo da medula (18/03/2024): 18,5% de "
        "plasmócitos,"}},
      {{48, "sendo 99% com fenótipo aberrante."}},
      {{48, "• Biópsia de medula óssea (18/03/2024): plasmócitos CD138+ estimada em 60-70%."}},
  });
  const ImportedObservation* pc = FindOn(r, Analyte::kBmPlasmaCells, "2024-03-18");
  ASSERT_NE(pc, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(pc->obs.value, 44) << ImportToJson(r).dump(1);
}

// Results in Portuguese bullet sentences with decimal commas ("com pico monoclonal de 3,62
// g/dL") on a page that also names a urine's Bence Jones protein: the numbers were cut at their
// commas, and the page was taken for a urine report (its serum was named "séricas"), so no
// M-protein was read.
TEST(Blind20Class, ProseResultsWithDecimalCommas) {
  const ImportResult r = ExtractPlaced({
      {{48, "• Eletroforese de proteínas séricas (18/03/2024): gamaglobulina 5,1 g/dL, com pico"}},
      {{48, "monoclonal de 3,62 g/dL na fração gama."}},
      {{48, "• Cadeias leves livres séricas (18/03/2024): kappa 186,3 mg/L; lambda 9,9 mg/L."}},
      {{48, "• Imunofixação urinária: cadeia leve livre kappa (proteína de Bence Jones)."}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-18", 3.62);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-18", 186.3);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-03-18", 9.9);  // the clause after ';'
}

// A Swedish journal's electrophoresis comments: "M-komponent IgG-kappa kvarstår, koncentration
// 3 g/L" (persists, concentration) and "typ IgG-kappa enligt immunfixation" (according to
// immunofixation, the isotype before the word). Neither the M-protein nor the immunofixation
// was read.
TEST(Blind20Class, SwedishElectrophoresisComments) {
  const ImportResult r = ExtractPlaced({
      {{40, "Provtagningstidpunkt 2024-04-08 08:25"}},
      {{48, "S-Proteinprofil (elfores)"}},
      {{56, "Immunfixation: M-komponent IgG-kappa kvarstår, koncentration 3 g/L."}},
      {{40, "Provtagningstidpunkt 2024-01-31 08:10"}},
      {{48, "S-Proteinprofil (elfores)"}},
      {{56, "Avvikande. M-komponent i gammaområdet, typ IgA-lambda enligt immunfixation,"}},
      {{56, "koncentration 6 g/L."}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-04-08", 0.3);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-31", 0.6);
  const ImportedObservation* april = FindOn(r, Analyte::kSerumIfe, "2024-04-08");
  const ImportedObservation* january = FindOn(r, Analyte::kSerumIfe, "2024-01-31");
  ASSERT_NE(april, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(january, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(april->obs.text, "IgG kappa");
  EXPECT_EQ(january->obs.text, "IgA lambda");
}

// In a report that writes decimals with a comma ("8,3", "2,9"), "kappa 1.099 mg/L" may be a
// thousand written with a thousands point: read as 1.099 and only flagged as a sentence value,
// it is now marked for that doubt too. A report that writes decimals with a point is not.
TEST(Blind20Class, ThousandsPointInADecimalCommaReportIsReviewed) {
  const auto reasons = [](const std::vector<std::string>& rows) {
    std::vector<Placed> page = {{{40, "Data da coleta: 05/03/2024"}},
                                {{40, "Exame"}, {200, "Resultado"}, {280, "Unidade"}}};
    for (size_t k = 0; k < rows.size(); k += 2) page.push_back({{40, rows[k]}, {200, rows[k + 1]}});
    const ImportResult r = ExtractPlaced(page);
    const ImportedObservation* k = FindOn(r, Analyte::kKappaFlc, "2024-03-05");
    EXPECT_NE(k, nullptr) << ImportToJson(r).dump(1);
    std::string all;
    for (const std::string& w : k != nullptr ? k->review_reasons : std::vector<std::string>{})
      all += w;
    return all;
  };
  EXPECT_NE(reasons({"Hemoglobina", "8,3 g/dL", "Albumina", "2,9 g/dL", "Creatinina", "3,22 mg/dL",
                     "Kappa livre", "1.099 mg/L"})
                .find("thousands"),
            std::string::npos);
  EXPECT_EQ(reasons({"Hemoglobin", "8.3 g/dL", "Albumin", "2.9 g/dL", "Creatinine", "3.22 mg/dL",
                     "Kappa free", "1.099 mg/L"})
                .find("thousands"),
            std::string::npos);
}

}  // namespace
}  // namespace oncoguide::import
