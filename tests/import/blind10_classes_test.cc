// Regression tests named after the classes of failure found on the eleventh separate author's
// corpus (tests/import/corpus/blind10, measured once blind at 76.2% with no silent error). Each
// builds a small page in the failing layout and checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// A portal's result list that names each test once and leaves the name blank on the rows of
// its earlier collections ("Albumin | 2024-03-19 08:17 | 38" / "| 2024-01-23 07:55 | 36"): only
// the first row of each test was read. A blank name under an ignored test stays ignored.
TEST(Blind10Class, RowsThatLeaveTheTestNameBlank) {
  ImportResult r = ExtractPlaced({
      {{36, "Test"},
       {196, "Collected"},
       {317, "Result"},
       {354, "Flag"},
       {382, "Units"},
       {452, "Reference"}},
      {{36, "Albumin"}, {196, "2024-03-19 08:17"}, {336, "38"}, {382, "g/L"}, {452, "35 - 50"}},
      {{196, "2024-01-23 07:55"}, {336, "36"}, {382, "g/L"}, {452, "35 - 50"}},
      {{36, "eGFR"}, {196, "2024-03-19 08:17"}, {336, "78"}, {382, "mL/min"}, {452, ">=60"}},
      {{196, "2024-01-23 07:55"}, {336, "72"}, {382, "mL/min"}, {452, ">=60"}},
      {{36, "Hemoglobin"}, {196, "2024-03-19 08:17"}, {328, "129"}, {354, "L"}, {382, "g/L"}},
      {{196, "2023-10-03 08:22"}, {328, "102"}, {354, "L"}, {382, "g/L"}},
  });
  ASSERT_EQ(r.observations.size(), 4u);
  int albumin = 0, hb = 0;
  for (const ImportedObservation& o : r.observations) {
    albumin += o.obs.analyte == Analyte::kAlbumin;
    hb += o.obs.analyte == Analyte::kHemoglobin;
    EXPECT_FALSE(o.needs_review) << o.source.text;
  }
  EXPECT_EQ(albumin, 2);
  EXPECT_EQ(hb, 2);
  EXPECT_EQ(r.ignored.size(), 2u);  // both eGFR rows
}

// An Irish consultant's letter: a sentence ending "... and LDH 164 U/L. Urine" made the
// specimen urine, so the paraprotein column of the table below became a urine M-protein (not
// read); "Hb 121 g/L" and "Urine immunofixation on the same day was negative" in prose were
// not read either.
TEST(Blind10Class, ProseMentioningUrineDoesNotSetTheTablesSpecimen) {
  ImportResult r = ExtractPlaced({
      {{56,
        "His bloods today (26/03/2024) showed Hb 121 g/L, creatinine 88 µmol/L and LDH 164 U/L. "
        "Urine"}},
      {{56,
        "immunofixation on the same day was negative for Bence Jones protein. His markers are"}},
      {{56, "summarised below:"}},
      {{62, "Date"}, {137, "Paraprotein (g/L)"}, {241, "sFLC kappa (mg/L)"}},
      {{62, "19/10/2023"}, {203, "41"}, {301, "1260"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  const ImportedObservation* uife = Find(r, Analyte::kUrineIfe);
  ASSERT_NE(m, nullptr);
  ASSERT_NE(hb, nullptr);
  ASSERT_NE(uife, nullptr);
  EXPECT_DOUBLE_EQ(m->obs.value, 4.1);
  EXPECT_DOUBLE_EQ(hb->obs.value, 12.1);
  EXPECT_EQ(uife->obs.date.ToString(), "2024-03-26");
  EXPECT_EQ(uife->obs.value, 0);
  EXPECT_EQ(Find(r, Analyte::kUrineMProtein), nullptr);
}

// A French compte rendu: "Analyses | Résultats | Valeurs de référence | Antériorités" (plural
// titles), the earlier column dated on the line below, and units inside the result cell only
// ("11,2 g/dL ... 10,8"). The header was not read, and then the earlier values had no unit.
TEST(Blind10Class, PluralFrenchTitlesAndEarlierValuesTakeTheRowsUnit) {
  ImportResult r = ExtractPlaced({
      {{42, "Prélevé le 08/02/2024 à 08h12"}},
      {{42, "Analyses"}, {257, "Résultats"}, {380, "Valeurs de référence"}, {499, "Antériorités"}},
      {{507, "14/11/2023"}},
      {{50, "Pic monoclonal"}, {285, "9,6 g/L"}, {380, "(absence)"}, {535, "12,1"}},
      {{50, "Hémoglobine"}, {279, "11,2 g/dL"}, {380, "(12,0 – 16,0)"}, {535, "10,8"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein, true);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin, true);
  ASSERT_NE(m, nullptr);
  ASSERT_NE(hb, nullptr);
  EXPECT_EQ(m->obs.date.ToString(), "2023-11-14");
  EXPECT_DOUBLE_EQ(m->obs.value, 1.21);
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.8);
  EXPECT_FALSE(hb->needs_review);
}

// An Italian referto: the flag before the value ("* 10,6 g/dL"), "Esito | Presenza di componente
// monoclonale IgA kappa" under "IMMUNOFISSAZIONE SIERICA", and "Precedente del 12/04/2024: 2,04
// g/dL" with the date in its label; "Calcium (albumin adjusted)" is another test.
TEST(Blind10Class, FlagBeforeTheValueEsitoAndADatedPreviousLabel) {
  ImportResult r = ExtractPlaced({
      {{330, "Data prelievo: 17/05/2024 ore 07:48"}},
      {{40, "ESAME"}, {252, "RISULTATO"}, {380, "VALORI DI RIFERIMENTO"}},
      {{48, "Emoglobina"}, {240, "* 10,6 g/dL"}, {380, "12,0 - 15,5"}},
      {{48, "Calcium (albumin adjusted)"}, {240, "2.51 mmol/L"}, {380, "2.15 - 2.50"}},
      {{48, "Componente monoclonale"}, {240, "* 1,85 g/dL"}, {380, "assente"}},
      {{48, "Precedente del 12/04/2024: 2,04 g/dL"}},
      {{40, "IMMUNOFISSAZIONE SIERICA"}},
      {{48, "Esito"}, {252, "Presenza di componente monoclonale IgA kappa"}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  const ImportedObservation* before = Find(r, Analyte::kSerumMProtein, true);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(hb, nullptr);
  ASSERT_NE(before, nullptr);
  ASSERT_NE(ife, nullptr);
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.6);
  EXPECT_EQ(before->obs.date.ToString(), "2024-04-12");
  EXPECT_DOUBLE_EQ(before->obs.value, 2.04);
  EXPECT_EQ(ife->obs.text, "IgA kappa");
  EXPECT_EQ(Find(r, Analyte::kCalcium), nullptr);
}

// An Austrian discharge letter: "freie Kappa-LK" (LK for Leichtketten), en dashes for tests not
// done, and the marrow in German prose ("Knochenmarkpunktion ... vom 05.02.2024: ... 62 %
// teils unreife Plasmazellen. Durchflusszytometrie: ... Kappa-Leichtkettenrestriktion").
TEST(Blind10Class, GermanLetterLightChainsDashesAndMarrowProse) {
  ImportResult r = ExtractPlaced({
      {{50,
        "Knochenmarkpunktion (Beckenkamm rechts) vom 05.02.2024: Zytologie: hyperzelluläres Mark "
        "mit"}},
      {{50,
        "Infiltration durch 62 % teils unreife Plasmazellen. Durchflusszytometrie: monoklonale"}},
      {{50, "Plasmazellpopulation mit zytoplasmatischer Kappa-Leichtkettenrestriktion."}},
      {{54, "Parameter"},
       {196, "Einheit"},
       {246, "03.02.2024"},
       {314, "06.02.2024"},
       {456, "Referenz"}},
      {{54, "freie Kappa-LK"},
       {196, "mg/l"},
       {280, "1840"},
       {348, "\xE2\x80\x93"},
       {456,
        "3,3\xE2\x80\x93"
        "19,4"}},
  });
  const ImportedObservation* k = Find(r, Analyte::kKappaFlc);
  const ImportedObservation* pc = Find(r, Analyte::kBmPlasmaCells);
  const ImportedObservation* clonal = Find(r, Analyte::kBmClonality);
  ASSERT_NE(k, nullptr);
  ASSERT_NE(pc, nullptr);
  ASSERT_NE(clonal, nullptr);
  EXPECT_DOUBLE_EQ(k->obs.value, 1840);
  EXPECT_DOUBLE_EQ(pc->obs.value, 62);
  EXPECT_EQ(pc->obs.date.ToString(), "2024-02-05");
  EXPECT_EQ(clonal->obs.date.ToString(), "2024-02-05");
  EXPECT_TRUE(r.unrecognised.empty());  // the dash is a test not done, not an unread result
}

// A Canadian list: a comment line under the first row ("| Comment: faint band ...", set under
// the Collected column) took the place of the test for the rows below it, which were then not
// recognised; and "adjusted calcium 2.38 mmol/L" in prose is another test than calcium, as the
// table rows "Adjusted calcium" are.
TEST(Blind10Class, CommentUnderARowDoesNotReplaceItsTest) {
  ImportResult r = ExtractPlaced({
      {{36, "Test"},
       {196, "Collected"},
       {317, "Result"},
       {354, "Flag"},
       {382, "Units"},
       {452, "Reference"}},
      {{36, "M-Protein Band 1"},
       {196, "2024-03-19 08:17"},
       {334, "<1"},
       {382, "g/L"},
       {452, "Not detected"}},
      {{196, "Comment: faint band in gamma region, below limit of quantitation (1 g/L)."}},
      {{196, "2024-01-23 07:55"}, {331, "4.2"}, {354, "A"}, {382, "g/L"}, {452, "Not detected"}},
      {{36,
        "His bloods today (26/03/2024) showed creatinine 88 µmol/L and adjusted calcium 2.38 "
        "mmol/L."}},
  });
  int m = 0;
  for (const ImportedObservation& o : r.observations) m += o.obs.analyte == Analyte::kSerumMProtein;
  EXPECT_EQ(m, 2);
  EXPECT_EQ(Find(r, Analyte::kCalcium), nullptr);
  EXPECT_NE(Find(r, Analyte::kCreatinine), nullptr);
}

// A Brazilian laudo: singular Portuguese light-chain names ("Cadeia leve livre kappa").
TEST(Blind10Class, PortugueseSingularLightChainNames) {
  ImportResult r = ExtractPlaced({
      {{40, "Data da coleta: 15/05/2024 07:30"}},
      {{50, "Cadeia leve livre kappa"}, {183, "11,6 mg/L"}, {330, "3,3 a 19,4 mg/L"}},
      {{50, "Cadeia leve livre lambda"}, {177, "156,3 mg/L"}, {330, "5,7 a 26,3 mg/L"}},
  });
  ASSERT_NE(Find(r, Analyte::kKappaFlc), nullptr);
  ASSERT_NE(Find(r, Analyte::kLambdaFlc), nullptr);
  EXPECT_DOUBLE_EQ(Find(r, Analyte::kLambdaFlc)->obs.value, 156.3);
}

// A US 24-hour urine study's earlier collections: "Collection Date | M-Spike (mg/24 h) | ..."
// was read as a serum M-spike, whose unit mg/24 h is not, so nothing was read. An M-spike per
// day is the 24-hour urine's.
TEST(Blind10Class, AnMSpikePerDayIsTheUrines) {
  ImportResult r = ExtractPlaced({
      {{40, "PREVIOUS RESULTS"}},
      {{46, "Collection Date"}, {175, "M-Spike (mg/24 h)"}, {284, "Total Protein (mg/24 h)"}},
      {{46, "01/09/2024"}, {237, "1,310"}, {367, "2,044"}},
      {{46, "10/17/2023"}, {237, "2,045"}, {367, "3,182"}},
  });
  int urine = 0;
  for (const ImportedObservation& o : r.observations) {
    EXPECT_EQ(o.obs.analyte, Analyte::kUrineMProtein);
    urine += o.obs.analyte == Analyte::kUrineMProtein;
  }
  EXPECT_EQ(urine, 2);
  EXPECT_EQ(Find(r, Analyte::kSerumMProtein), nullptr);
}

// The same study: "Collection Date: 04/16/2024 07:00 | Collection Duration: 24 h" was not read
// as a date label (its second cell matched an ignored test), and "Compared with the 24-hour
// collection of 01/09/2024" counted as another collection date, so the urine rows had no date.
// The table's "Abnormal" immunofixation takes the isotype the interpretation names.
TEST(Blind10Class, UrineStudyLabelLineComparisonAndIsotypeFromText) {
  ImportResult r = ExtractPlaced({
      {{40, "Collection Date: 04/16/2024 07:00"},
       {250, "Collection Duration: 24 h"},
       {420, "Specimen: Urine, 24 hr"}},
      {{46, "Component"}, {271, "Result"}, {308, "Flag"}, {336, "Units"}, {420, "Reference Value"}},
      {{46, "M-Spike"}, {282, "742"}, {308, "H"}, {336, "mg/24 h"}, {420, "Not detected"}},
      {{46, "Immunofixation, Urine"}, {253, "Abnormal"}, {308, "A"}, {420, "Negative"}},
      {{40, "Interpretation"}},
      {{40, "Urine protein electrophoresis shows a monoclonal protein in the gamma region."}},
      {{40, "Immunofixation identifies this as monoclonal free kappa light chain. Compared with"}},
      {{40,
        "the 24-hour collection of 01/09/2024 (1,310 mg/24 h) the urinary M-spike has decreased."}},
  });
  const ImportedObservation* m = Find(r, Analyte::kUrineMProtein);
  const ImportedObservation* ife = Find(r, Analyte::kUrineIfe);
  ASSERT_NE(m, nullptr);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(m->obs.date.ToString(), "2024-04-16");
  EXPECT_EQ(ife->obs.text, "kappa");
  EXPECT_TRUE(ife->needs_review);
}

// A Dutch report: "g/24 uur" ("uur": hour), and an immunofixation wording that runs from the
// unit column into the previous one ("Vrije lambda lichte ketens aantoonbaar; geen intact
// monoklonaal immunoglobuline"): it was read as a previous result; then, read as the result,
// its "geen" (no) made it a silent "not detected". It names one band and denies another: review.
TEST(Blind10Class, DutchPerDayUnitAndAWordingRunningIntoThePreviousColumn) {
  ImportResult r = ExtractPlaced({
      {{340, "Afnamedatum: 04-06-2024 09:12"}},
      {{40, "Bepaling"},
       {214, "Uitslag"},
       {268, "Eenheid"},
       {344, "Referentie"},
       {428, "Vorige uitslag (datum)"}},
      {{46, "Immunofixatie serum"},
       {268, "Vrije lambda lichte ketens aantoonbaar; geen intact monoklonaal"}},
      {{46, "M-proteïne (Bence Jones)"},
       {228, "0,86 H"},
       {268, "g/24 uur"},
       {428, "1,32 (07-05-2024)"}},
  });
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  const ImportedObservation* um = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(ife, nullptr);
  ASSERT_NE(um, nullptr);
  EXPECT_TRUE(ife->needs_review);
  EXPECT_DOUBLE_EQ(um->obs.value, 860);
}

}  // namespace
}  // namespace oncoguide::import
