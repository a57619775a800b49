// Classes found by blind54's first run (a fifty-fifth separate author's 18 documents, measured
// once blind at a6643c5), each written as our own small page.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Treviso monospace print-out's history: titles cut short ("DATA PREL. ORA", "EMOGL.",
// "LEUCOC. PIASTR.") and a test not done ("N.E.", non eseguito) left every row unread.
TEST(Blind54Class, ItalianCutTitlesAndNotDone_Regression) {
  const ImportResult r = ExtractPlaced({
      {{34, "DATA PREL. ORA"}, {169, "EMOGL."}, {214, "LEUCOC. PIASTR."}, {384, "ALBUM."}},
      {{169, "g/dL"}, {214, "10^9/L"}, {264, "10^9/L"}, {384, "g/dL"}},
      {{34, "30/04/24"}, {169, "10,7 L"}, {214, "4,19"}, {264, "172"}, {384, "N.E."}},
      {{34, "28/05/24"}, {169, "11,3 L"}, {214, "4,88"}, {264, "192"}, {384, "3,8"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-04-30", 10.7);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-05-28", 3.8);
  EXPECT_EQ(FindOn(r, Analyte::kAlbumin, "2024-04-30"), nullptr);
}

// A Portimão landscape flowsheet whose "Unidade | Val. referência" titles stand on the line under
// the dates: each row's unit and range were read as one unit ("g/dL 13,0-17,0"), and no row was
// read.
TEST(Blind54Class, RangeAfterTheUnitUnderTitlesBelowTheDates_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "Data da colheita"}, {297, "12-09-2023"}, {375, "07-11-2023"}},
      {{30, "Hora"}, {170, "Unidade"}, {213, "Val. referência"}, {325, "08:12"}, {403, "08:05"}},
      {{36, "Hemoglobina"}, {170, "g/dL"}, {213, "13,0-17,0"}, {324, "9,6↓"}, {397, "10,2↓"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-09-12", 9.6);
  ExpectValueOn(r, Analyte::kHemoglobin, "2023-11-07", 10.2);
}

// A Townsville print-out photographed by phone: OCR read one column date "03/05/24" as
// "63/05/24", which no day-first or month-first reading allows, so the whole table was read year
// first and "12/01/24" became 2012-01-24, silently (16 values). Years decades apart are no
// year-first series; the table stays day first, its garbled date unread.
TEST(Blind54Class, OneGarbledDateDoesNotMakeATableYearFirst_Regression) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{40, "Date"}, {200, "12/01/24"}, {260, "09/02/24"}, {320, "63/05/24"}, {380, "06/06/24"}},
      {{40, "Haemoglobin g/L"}, {200, "97"}, {260, "104"}, {320, "112"}, {380, "118"}},
  }));
  d.pages.back().ocr = true;
  for (Word& w : d.pages.back().words) w.confidence = 0.95f;
  const ImportResult r = ExtractObservations(d);
  EXPECT_EQ(FindOn(r, Analyte::kHemoglobin, "2012-01-24"), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* jan = FindOn(r, Analyte::kHemoglobin, "2024-01-12");
  ASSERT_NE(jan, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(jan->obs.value, 9.7);
}

// A Lugo marrow report in Galician dated its sample "Data de obtención": no collection date was
// found, and all 11 results were left unread. Its earlier marrow count stood on the line below
// as "Resultado previo (14/09/2023, diagnóstico): 42,0 %", and was dropped without a word.
TEST(Blind54Class, GalicianCollectionLabelAndDatedPreviousLabel_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Nome:"},
       {150, "LÓPEZ VÁZQUEZ, MANUEL"},
       {330, "Data de obtención:"},
       {440, "09/05/2024 10:15"}},
      {{40, "Serie / tipo celular"}, {244, "%"}, {290, "Referencia"}},
      {{48, "Células plasmáticas"}, {247, "8,6"}, {290, "< 3"}},
      {{60, "Resultado previo (14/09/2023, diagnóstico): 42,0 %"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-05-09", 8.6);
  const ImportedObservation* earlier = FindOn(r, Analyte::kBmPlasmaCells, "2023-09-14");
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(earlier->obs.value, 42.0);
  EXPECT_TRUE(earlier->previous);
}

// Names the blind run left unread: Italian "Catene leggere lib. κ" (libere cut short), Spanish
// "Cadena kappa libre", French "Électrophorèse : pic", German "Urin M-Pr." with "n.n." (nicht
// nachweisbar) for a serum M-protein not found.
TEST(Blind54Class, ShortAndReorderedNames_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prelievo:"}, {140, "12/03/2024"}},
      {{40, "Catene leggere lib. λ"}, {200, "mg/L"}, {260, "96,8"}},
      {{40, "Cadena kappa libre"}, {200, "mg/L"}, {260, "14,2"}},
      {{40, "Électrophorèse : pic"}, {200, "g/L"}, {260, "5,2"}},
  });
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-03-12", 96.8);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-12", 14.2);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-12", 0.52);
  const ImportResult de = ExtractPlaced({
      {{30, "Entnahme"}, {150, "M-Grad."}, {230, "Urin M-Pr."}},
      {{150, "g/l"}, {230, "g/24h"}},
      {{30, "05.06.2024"}, {150, "n.n."}, {230, "0,14"}},
  });
  ExpectValueOn(de, Analyte::kUrineMProtein, "2024-06-05", 140);
  const ImportedObservation* m = FindOn(de, Analyte::kSerumMProtein, "2024-06-05");
  ASSERT_NE(m, nullptr) << ImportToJson(de).dump(1);
  EXPECT_DOUBLE_EQ(m->obs.value, 0);
}

// A Tauranga clinic letter: its history's "PP (g/L)" column is spelt out only in the note under
// the table ("PP = serum paraprotein (IgG kappa). Reference ranges: ..."), and its baseline
// bloods are a list dated in parentheses ("Baseline bloods (12/03/2024): albumin 31 g/L, ...");
// both were left unread.
TEST(Blind54Class, KeyNoteUnderTableAndDatedListLabel_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "– Baseline bloods (13/03/2024): albumin 31 g/L, LDH 265 U/L."}},
      {},
      {{40, "Date"}, {150, "Hb (g/L)"}, {250, "PP (g/L)"}},
      {{40, "13/03/2024"}, {160, "98"}, {260, "38"}},
      {{40, "21/05/2024"}, {160, "106"}, {260, "16"}},
      {{40, "PP = serum paraprotein (IgG kappa). Reference ranges: Hb 115-155 g/L."}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-05-21", 1.6);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-03-13", 3.1);
  ExpectValueOn(r, Analyte::kLdh, "2024-03-13", 265);
}

// A Taiwanese history marks a test not done with a fullwidth dash ("－"): each such cell was
// noted as a result not understood, once per row and column.
TEST(Blind54Class, FullwidthDashIsNotDone_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "採檢日期"}, {150, "Hb"}, {250, "Ca"}},
      {{150, "g/dL"}, {250, "mg/dL"}},
      {{40, "2024/02/06"}, {150, "10.6"}, {250, "－"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-06", 10.6);
  for (const ImportNote& n : r.unrecognised) {
    EXPECT_EQ(n.reason.find("not understood"), std::string::npos) << n.text << " -- " << n.reason;
  }
}

}  // namespace
}  // namespace oncoguide::import
