// Regression tests named after the classes of failure found on the tenth separate author's
// corpus (tests/import/corpus/blind9, measured once blind at 57.0% with 6 silent errors). Each
// builds a small page in the failing layout and checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// "Serum specimen - Collected: 12/19/2023" over "Urine specimen (24 h) - Collected: 12/18/2023":
// every serum result took the urine's date, silently.
TEST(Blind9Class, AUrineSpecimensLabelDatesOnlyTheUrineRows) {
  ImportResult r = ExtractPlaced({
      {{46, "Serum specimen - Collected: 03/21/2024 09:40"}, {300, "Received: 03/22/2024"}},
      {{46, "Urine specimen (24 h) - Collected: 03/20/2024 07:00"}},
      {{46, "Free Light Chains, Serum"}},
      {{50, "Kappa free light chain"}, {273, "41.8 H"}, {310, "mg/L"}, {400, "3.3 - 19.4"}},
      {{46, "Urine, 24 Hour"}},
      {{50, "Immunofixation, urine"}, {264, "Negative"}, {400, "Negative"}},
  });
  const ImportedObservation* kappa = Find(r, Analyte::kKappaFlc);
  const ImportedObservation* uife = Find(r, Analyte::kUrineIfe);
  ASSERT_NE(kappa, nullptr);
  ASSERT_NE(uife, nullptr);
  EXPECT_EQ(kappa->obs.date.ToString(), "2024-03-21");
  EXPECT_EQ(uife->obs.date.ToString(), "2024-03-20");
}

// A footnote mark after a test's name ("M-spike¹") made it unrecognised.
TEST(Blind9Class, FootnoteMarksAfterATestName) {
  ImportResult r = ExtractPlaced({
      {{46, "Collected: 03/21/2024"}},
      {{50, "M-spike\xC2\xB9"}, {287, "0.3"}, {310, "g/dL"}, {400, "0.0"}},
      {{50, "Beta-2-microglobulin\xE2\x80\xA0"}, {287, "2.4"}, {310, "mg/L"}, {400, "0.8-2.2"}},
  });
  ASSERT_NE(Find(r, Analyte::kSerumMProtein), nullptr);
  ASSERT_NE(Find(r, Analyte::kBeta2Microglobulin), nullptr);
}

// A French report: "Valeurs de réf." and "Antériorités" over two dated previous columns, LDH in
// "UI/L". The header was not read, the two dates became a flowsheet, and the earlier values
// took the wrong dates.
TEST(Blind9Class, OnePreviousTitleOverTwoDatedColumns) {
  ImportResult r = ExtractPlaced({
      {{330, "Prélevé le 03/10/2024 à 09h12"}},
      {{36, "Analyse"},
       {220, "Résultat"},
       {266, "Unité"},
       {320, "Valeurs de réf."},
       {462, "Antériorités"}},
      {{424, "12/06/2024"}, {507, "15/03/2024"}},
      {{44, "Créatinine"},
       {243, "112"},
       {266, "µmol/L"},
       {320, "(45 - 90)"},
       {455, "128"},
       {538, "141"}},
      {{44, "Calcium"}, {240, "2,38"}, {266, "mmol/L"}, {320, "(2,15 - 2,55)"}, {452, "2,55"}},
      {{44, "LDH"}, {243, "198"}, {266, "UI/L"}, {320, "(135 - 214)"}},
  });
  int previous = 0;
  for (const ImportedObservation& o : r.observations) {
    if (!o.previous) {
      EXPECT_EQ(o.obs.date.ToString(), "2024-10-03");
      continue;
    }
    ++previous;
    if (o.obs.analyte == Analyte::kCalcium) {
      EXPECT_EQ(o.obs.date.ToString(), "2024-06-12");
    }
    if (o.obs.analyte == Analyte::kCreatinine && o.obs.date.ToString() == "2024-03-15") {
      EXPECT_NEAR(o.obs.value, 141 / 88.42, 0.01);
    }
  }
  EXPECT_EQ(previous, 3);
  EXPECT_NE(Find(r, Analyte::kLdh), nullptr);
}

// A flowsheet with one row per collection whose test titles continue on a second line with the
// unit ("Kappa" / "FLC mg/L", "M-Spike" / "(g/dL)", "Collected" / "(date time)"): the units were
// not read, so no M-spike or light chain could be.
TEST(Blind9Class, TestColumnUnitsAfterTheRestOfTheirTitle) {
  ImportResult r = ExtractPlaced(
      {
          {{30, "Collected"},
           {139, "M-Spike"},
           {217, "Kappa"},
           {275, "Lambda"},
           {356, "K/L"},
           {451, "Hemoglobin"}},
          {{30, "(date time)"},
           {150, "(g/dL)"},
           {211, "FLC mg/L"},
           {276, "FLC mg/L"},
           {350, "Ratio"},
           {482, "(g/dL)"}},
          {{30, "09/17/2024 08:15 AM"},
           {150, "<0.10"},
           {227, "12.4"},
           {297, "9.8"},
           {352, "1.27"},
           {487, "12.9"}},
          {{30, "10/16/2023 08:40 AM"},
           {153, "0.2 H"},
           {227, "18.9"},
           {297, "8.8"},
           {343, "2.15 H"},
           {487, "12.4"}},
      },
      792);
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  const ImportedObservation* k = Find(r, Analyte::kKappaFlc);
  ASSERT_NE(m, nullptr);
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(m->written_unit, "g/dL");
  EXPECT_EQ(k->written_unit, "mg/L");
  EXPECT_EQ(r.observations.size(), 8u);
}

// An Australian cumulative report: an untitled unit column between the test's name and the
// dated columns ("Haemoglobin | g/L | 104 L | 108 L"), and a last result set against its range
// ("38.2 H (5.7-26.3)"). The unit joined the first date's result (lost), and the last result
// was not read.
TEST(Blind9Class, UntitledUnitColumnAndAResultSetAgainstItsRange) {
  ImportResult r = ExtractPlaced({
      {{30, "Date collected"}, {223, "13/02/24"}, {283, "19/03/24"}},
      {{36, "Haemoglobin"}, {160, "g/L"}, {250, "104 L"}, {310, "108 L"}, {350, "(130-180)"}},
      {{36, "Free Lambda"}, {160, "mg/L"}, {242, "486.0 H"}, {302, "38.2 H (5.7-26.3)"}},
  });
  int n = 0;
  for (const ImportedObservation& o : r.observations) {
    ++n;
    EXPECT_FALSE(o.needs_review) << o.source.text;
    if (o.obs.analyte == Analyte::kHemoglobin && o.obs.date.ToString() == "2024-02-13") {
      EXPECT_DOUBLE_EQ(o.obs.value, 10.4);
    }
    if (o.obs.analyte == Analyte::kLambdaFlc && o.obs.date.ToString() == "2024-03-19") {
      EXPECT_DOUBLE_EQ(o.obs.value, 38.2);
    }
  }
  EXPECT_EQ(n, 4);
}

// A Polish report: "Data i godz. pobrania" (collection date and time), "Jedn." and "Flaga"
// column titles, "obecne białko monoklonalne IgG kappa" (present), "Białko M w moczu". The
// collection label was not known, so every value took the 24-hour urine's later date.
TEST(Blind9Class, PolishCollectionLabelTitlesAndResultWords) {
  ImportResult r = ExtractPlaced({
      {{300, "Data i godz. pobrania:"}, {420, "12.04.2024 07:35"}},
      {{300, "Data wydruku:"}, {420, "16.04.2024 10:03"}},
      {{40, "Badanie"},
       {272, "Wynik"},
       {310, "Jedn."},
       {390, "Zakres referencyjny"},
       {529, "Flaga"}},
      {{48, "Kreatynina"}, {282, "0,96"}, {310, "mg/dl"}, {390, "0,50 - 0,90"}, {547, "H"}},
      {{48, "Immunofiksacja białek surowicy:"}, {220, "obecne białko monoklonalne IgG kappa"}},
      {{40, "Mocz z dobowej zbiórki"}, {180, "Data pobrania: 13.04.2024 07:00"}},
      {{48, "Białko M w moczu (dobowa utrata)"}, {282, "0,06"}, {310, "g/24h"}, {390, "nieobecne"}},
  });
  const ImportedObservation* cr = Find(r, Analyte::kCreatinine);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  const ImportedObservation* um = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(cr, nullptr);
  ASSERT_NE(ife, nullptr);
  ASSERT_NE(um, nullptr);
  EXPECT_EQ(cr->obs.date.ToString(), "2024-04-12");
  EXPECT_FALSE(cr->needs_review);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_EQ(um->obs.date.ToString(), "2024-04-13");
  EXPECT_DOUBLE_EQ(um->obs.value, 60);
}

// A UK clinic letter: "Investigations (blood tests taken 07/05/2024)" over a grid of three name
// and result pairs per line, then a history table ("Date | Paraprotein (g/L) | Free kappa
// (mg/L) | ..."). The grid was cut into two page columns that ran on into the table, whose
// header was cut in two; only the first pair of each line and one column were read.
TEST(Blind9Class, ALettersGridOfResultsAndItsHistoryTable) {
  ImportResult r = ExtractPlaced({
      {{58, "Investigations (blood tests taken 07/05/2024)"}},
      {{58, "Hb"},
       {120, "118 g/L"},
       {215, "eGFR"},
       {300, "68 mL/min"},
       {380, "Paraprotein"},
       {470, "4.1 g/L"}},
      {{58, "Creatinine"},
       {120, "96 µmol/L"},
       {215, "Albumin"},
       {300, "38 g/L"},
       {380, "Kappa:lambda ratio"},
       {500, "3.12"}},
      {{50, "Paraprotein response"}},
      {{58, "Date"},
       {118, "Paraprotein (g/L)"},
       {227, "Free kappa (mg/L)"},
       {336, "Free lambda (mg/L)"},
       {482, "Hb (g/L)"}},
      {{58, "18/01/2024"}, {182, "32.0"}, {295, "1140"}, {417, "8.6"}, {510, "96"}},
      {{58, "20/02/2024"}, {182, "21.5"}, {300, "486"}, {417, "8.1"}, {505, "104"}},
  });
  int now = 0, history = 0;
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.needs_review) << o.source.text;
    if (o.obs.date.ToString() == "2024-05-07") ++now;
    if (o.obs.date.ToString() == "2024-01-18") {
      ++history;
      if (o.obs.analyte == Analyte::kKappaFlc) {
        EXPECT_DOUBLE_EQ(o.obs.value, 1140);
      }
    }
  }
  EXPECT_EQ(now, 4);      // Hb, paraprotein, creatinine, albumin
  EXPECT_EQ(history, 4);  // paraprotein, kappa, lambda, Hb
  EXPECT_EQ(r.observations.size(), 12u);
}

// "Blood tests taken on 12 August 2024 showed haemoglobin 112 g/L, ...": the sentence dates
// itself and holds results; read as the date's label, its results were lost.
TEST(Blind9Class, ASentenceThatDatesItselfIsStillRead) {
  ImportResult r = ExtractPlaced({
      {{70, "Blood tests taken on 12 August 2024 showed haemoglobin 112 g/L and albumin 36 g/L."}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-08-12");
  EXPECT_DOUBLE_EQ(hb->obs.value, 11.2);
  EXPECT_TRUE(hb->needs_review);  // read from a sentence
}

// A portal's trend page: the test's name as the page heading, a chart with axis ticks, then
// "Date | Value | Standard Range | Flag | Performed by". The header's "Performed by" was not
// known and the heading was too far above the table: nothing was read.
TEST(Blind9Class, ATrendPagesHeadingNamesItsTableBelowAChart) {
  ImportResult r = ExtractPlaced({
      {{44, "Kappa Free Light Chains, Serum"}},
      {{44, "Standard range: 3.3 - 19.4 mg/L"}},
      {{50, "mg/L"}},
      {{69, "500"}},
      {{69, "400"}, {112, "\xE2\x97\x8F"}},
      {{69, "300"}},
      {{69, "0"}},
      {{87, "Jan 2023"}, {208, "Jul 2023"}},
      {{44, "Date"}, {173, "Value"}, {230, "Standard Range"}, {350, "Flag"}, {400, "Performed by"}},
      {{44, "Aug 14, 2024"},
       {158, "16.2 mg/L"},
       {230, "3.3 - 19.4 mg/L"},
       {400, "Lakeview Reference Lab"}},
      {{44, "Jan 17, 2023"},
       {153, "412.0 mg/L"},
       {230, "3.3 - 19.4 mg/L"},
       {350, "High"},
       {400, "Lakeview Reference Lab"}},
  });
  ASSERT_EQ(r.observations.size(), 2u);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_EQ(o.obs.analyte, Analyte::kKappaFlc);
    EXPECT_FALSE(o.needs_review);
  }
}

// A Brazilian laudo in blocks: each test's name as the block's heading, then "Resultado | 2,41
// mg/L" or "Resultado: Presença de banda monoclonal IgG/kappa."; and an electrophoresis table
// under "Fração | % | g/dL". None of these rows named a test, so they were not read.
TEST(Blind9Class, ResultRowsUnderTheirTestsHeading) {
  ImportResult r = ExtractPlaced({
      {{40, "ELETROFORESE DE PROTEÍNAS SÉRICAS"}},
      {{40, "Data da coleta: 10/07/2024 07:42"}, {300, "Liberado em: 12/07/2024 16:20"}},
      {{48, "Fração"}, {242, "%"}, {310, "g/dL"}, {370, "Valores de referência (g/dL)"}},
      {{48, "Pico monoclonal"}, {232, "25,0"}, {312, "1,85"}, {370, "ausente"}},
      {{40, "IMUNOFIXAÇÃO DE PROTEÍNAS SÉRICAS"}},
      {{48, "Resultado:"}, {110, "Presença de banda monoclonal IgG/kappa."}},
      {{40, "BETA-2 MICROGLOBULINA"}},
      {{48, "Resultado"}, {208, "2,41 mg/L"}, {300, "VR: 0,80 a 2,20 mg/L"}},
      {{40, "DESIDROGENASE LÁTICA (DHL)"}},
      {{48, "Resultado"}, {218, "245 U/L"}, {300, "VR: 135 a 214 U/L"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  const ImportedObservation* b2m = Find(r, Analyte::kBeta2Microglobulin);
  const ImportedObservation* ldh = Find(r, Analyte::kLdh);
  ASSERT_NE(m, nullptr);
  ASSERT_NE(ife, nullptr);
  ASSERT_NE(b2m, nullptr);
  ASSERT_NE(ldh, nullptr);
  EXPECT_DOUBLE_EQ(m->obs.value, 1.85);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_DOUBLE_EQ(b2m->obs.value, 2.41);
  EXPECT_DOUBLE_EQ(ldh->obs.value, 245);
  EXPECT_EQ(r.observations.size(), 4u);
}

// A German Laborbefund: "Vorwert" with "vom 08.01.2024" under it, and "Immunfixation (Serum) |
// s. Befundtext" whose finding is in the "Befundtext" below. The earlier values and the
// immunofixation were not read.
TEST(Blind9Class, VorwertDatedWithVomAndAResultInTheBefundtext) {
  ImportResult r = ExtractPlaced({
      {{330, "Probenentnahme:"}, {430, "15.04.2024 07:55"}},
      {{40, "Untersuchung"},
       {226, "Ergebnis"},
       {292, "Einheit"},
       {360, "Referenzbereich"},
       {515, "Vorwert"}},
      {{491, "vom 08.01.2024"}},
      {{48, "Kreatinin"}, {250, "1,34 +"}, {292, "mg/dl"}, {360, "0,50 - 0,90"}, {525, "1,21 +"}},
      {{48, "Immunfixation (Serum)"}, {213, "s. Befundtext"}},
      {{40, "Befundtext:"}},
      {{40, "Immunfixation: Nachweis einer monoklonalen Gammopathie vom Typ IgG Lambda. Im"}},
  });
  const ImportedObservation* before = Find(r, Analyte::kCreatinine, true);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(before, nullptr);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(before->obs.date.ToString(), "2024-01-08");
  EXPECT_DOUBLE_EQ(before->obs.value, 1.21);
  EXPECT_EQ(ife->obs.text, "IgG lambda");
  EXPECT_TRUE(ife->needs_review);
}

// A Spanish informe: "Result. ant." and "Fecha ant." (previous result, previous date), and
// "Inmunofijación en suero | Ver comentario" whose finding is in the comment below. The
// earlier results and the immunofixation were not read.
TEST(Blind9Class, SpanishAbbreviatedPreviousColumnsAndVerComentario) {
  ImportResult r = ExtractPlaced({
      {{320, "Fecha de extracción:"}, {432, "05/06/2024 08:30"}},
      {{36, "Prueba"},
       {217, "Resultado"},
       {270, "Unidades"},
       {336, "Referencia"},
       {435, "Result. ant."},
       {500, "Fecha ant."}},
      {{44, "Creatinina"},
       {244, "0,82"},
       {270, "mg/dL"},
       {336, "0,70 - 1,20"},
       {470, "0,79"},
       {500, "12/03/2024"}},
      {{44, "Inmunofijación en suero"}, {201, "Ver comentario"}, {336, "Negativa"}},
      {{36, "Comentario:"}},
      {{36, "Inmunofijación en suero: se detecta componente monoclonal IgA lambda. Otra cosa."}},
  });
  const ImportedObservation* before = Find(r, Analyte::kCreatinine, true);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(before, nullptr);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(before->obs.date.ToString(), "2024-03-12");
  EXPECT_EQ(ife->obs.text, "IgA lambda");
  EXPECT_TRUE(ife->needs_review);
}

// A Swedish portal: "S-Proteinfraktioner, M-komponent" (group, test) was not recognised, and
// "P-Kalcium, albuminkorrigerat" (albumin-corrected calcium) was read as calcium.
TEST(Blind9Class, GroupNameBeforeTheTestAndCorrectedCalcium) {
  ImportResult r = ExtractPlaced({
      {{44, "Provtagningstid: 2024-10-15 08:10"}},
      {{44, "P-Kalcium, albuminkorrigerat"}, {312, "2,54 mmol/L"}, {410, "2,15 - 2,50"}},
      {{44, "S-Proteinfraktioner, M-komponent"}, {320, "23 g/L"}, {534, "Högt"}},
  });
  EXPECT_EQ(Find(r, Analyte::kCalcium), nullptr);
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  ASSERT_NE(m, nullptr);
  EXPECT_DOUBLE_EQ(m->obs.value, 2.3);
  EXPECT_TRUE(m->needs_review);  // matched by the part after the comma
}

// A discharge summary's prose: "Serum free light chains on the same specimen: kappa 412.5 mg/L,
// lambda 8.2 mg/L", "serum immunofixation identified a monoclonal IgG kappa protein", and
// "Previous FLC (collected 2024-01-29): kappa 4.12 mg/dL". Light chains and immunofixation were
// not read from sentences, and the earlier result's date was taken as the report's.
TEST(Blind9Class, LightChainsImmunofixationAndEarlierResultsInProse) {
  ImportResult r = ExtractPlaced({
      {{72, "Collected: 02/14/2024"}},
      {{72, "Serum protein electrophoresis demonstrated an M-spike of 3.4 g/dL, and serum"}},
      {{72, "immunofixation identified a monoclonal IgG kappa protein. Serum free light chains:"}},
      {{72, "kappa 412.5 mg/L, lambda 8.2 mg/L (kappa/lambda ratio 50.30)."}},
      {{72, "Previous FLC (collected 2024-01-29): kappa 4.12 mg/dL, lambda 0.91 mg/dL."}},
      {{72, "Compared with the prior study of 01/05/2024, albumin was 3.0 g/dL."}},
  });
  const ImportedObservation* k = Find(r, Analyte::kKappaFlc);
  const ImportedObservation* l = Find(r, Analyte::kLambdaFlc);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  const ImportedObservation* k_before = Find(r, Analyte::kKappaFlc, true);
  const ImportedObservation* alb = Find(r, Analyte::kAlbumin);
  ASSERT_NE(k, nullptr);
  ASSERT_NE(l, nullptr);
  ASSERT_NE(ife, nullptr);
  ASSERT_NE(k_before, nullptr);
  ASSERT_NE(alb, nullptr);
  EXPECT_DOUBLE_EQ(k->obs.value, 412.5);
  EXPECT_EQ(k->obs.date.ToString(), "2024-02-14");
  EXPECT_DOUBLE_EQ(l->obs.value, 8.2);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_EQ(ife->obs.date.ToString(), "2024-02-14");
  EXPECT_EQ(k_before->obs.date.ToString(), "2024-01-29");
  EXPECT_DOUBLE_EQ(k_before->obs.value, 41.2);
  // The clause after the earlier study's date is today's.
  EXPECT_EQ(alb->obs.date.ToString(), "2024-02-14");
  for (const ImportedObservation& o : r.observations) EXPECT_TRUE(o.needs_review);
}

// A Swedish report: "Föregående" dated "(2024-08-19)" on the line below, and the
// immunofixation given only in the comment ("S-Immunfixation: M-komponent av typ IgG-kappa
// påvisas"). The earlier values and the immunofixation were not read.
TEST(Blind9Class, ParenthesisedPreviousDateAndSwedishImmunofixationComment) {
  ImportResult r = ExtractPlaced({
      {{340, "Provtagningsdatum: 2024-10-14 08:20"}},
      {{36, "Analys"},
       {221, "Resultat"},
       {272, "Enhet"},
       {338, "Referensintervall"},
       {463, "Föregående"},
       {528, "Anm"}},
      {{476, "(2024-08-19)"}},
      {{42, "S-M-komponent"}, {252, "18"}, {272, "g/L"}, {510, "24"}},
      {{36, "Utlåtande proteinanalys:"}},
      {{42, "S-Immunfixation: M-komponent av typ IgG-kappa påvisas, 18 g/L."}},
  });
  const ImportedObservation* before = Find(r, Analyte::kSerumMProtein, true);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(before, nullptr);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(before->obs.date.ToString(), "2024-08-19");
  EXPECT_DOUBLE_EQ(before->obs.value, 2.4);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
  EXPECT_TRUE(ife->needs_review);
}

// A Mexican report: singular Spanish light-chain names ("Cadena ligera kappa libre"),
// "Deshidrogenasa láctica (DHL)", and "Resultado: Se observa banda monoclonal IgG kappa." under
// "INMUNOFIJACIÓN EN SUERO" followed by the antisera used. The names were unknown; read as one
// wording with the antisera line, the isotype lost its light chain, silently.
TEST(Blind9Class, SpanishSingularNamesAndAResultLineOverTheAntiseraList) {
  ImportResult r = ExtractPlaced({
      {{330, "Fecha de toma de muestra: 22/07/2024 08:05"}},
      {{40, "Estudio"}, {251, "Resultado"}, {320, "Unidades"}, {410, "Intervalo de referencia"}},
      {{50, "Cadena ligera kappa libre"}, {272, "3.12 *"}, {320, "mg/dL"}, {410, "0.33 - 1.94"}},
      {{50, "Deshidrogenasa láctica (DHL)"}, {285, "210"}, {320, "U/L"}, {410, "135 - 214"}},
      {{40, "INMUNOFIJACIÓN EN SUERO"}},
      {{50, "Resultado: Se observa banda monoclonal IgG kappa."}},
      {{50, "Antisueros empleados: IgG, IgA, IgM, kappa y lambda."}},
  });
  const ImportedObservation* k = Find(r, Analyte::kKappaFlc);
  const ImportedObservation* ldh = Find(r, Analyte::kLdh);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(k, nullptr);
  ASSERT_NE(ldh, nullptr);
  ASSERT_NE(ife, nullptr);
  EXPECT_DOUBLE_EQ(k->obs.value, 31.2);
  EXPECT_EQ(ife->obs.text, "IgG kappa");
}

}  // namespace
}  // namespace oncoguide::import
