// Classes found by blind50's first run (a fifty-first separate author's 18 documents, measured
// once blind at 9e3ffdc), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Modena report's urine immunofixation said "positiva" with its band in the next cell
// ("catene leggere kappa libere (proteina di Bence Jones)"); the comment under the table, about
// the serum's IgG kappa, gave it that isotype, silently.
TEST(Blind50Class, BandInTheRowNotTheCommentBelow_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data prelievo: 11/06/2024"}},
      {{40, "ESAME"}, {230, "RISULTATO"}, {300, "NOTE"}},
      {{48, "Immunofissazione urinaria"}, {230, "positiva"}, {300, "catene leggere kappa libere"}},
      {{40, "Commento"}},
      {{40, "Componente monoclonale IgG kappa in riduzione rispetto al controllo."}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-06-11");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
  EXPECT_EQ(ife->obs.text.find("IgG"), std::string::npos) << ife->obs.text;
  EXPECT_NE(ife->obs.text.find("kappa"), std::string::npos) << ife->obs.text;
}

// Earlier results under short titles: Italian "PRECED. | DATA PREC.", Catalan "Resultat
// anterior" with its date in brackets, and a Portuguese row's range and earlier result in one
// cell under it ("VR: 13,0 – 17,5 Anterior: 11,2 (13/03/2024)").
TEST(Blind50Class, EarlierResultsUnderShortTitles_Regression) {
  const ImportResult it = ExtractPlaced({
      {{40, "Data prelievo: 11/06/2024"}},
      {{40, "ESAME"}, {230, "RISULTATO"}, {290, "U.M."}, {400, "PRECED."}, {460, "DATA PREC."}},
      {{48, "Emoglobina (Hb)"}, {230, "11,4"}, {290, "g/dL"}, {400, "10,9"}, {460, "14/05/2024"}},
  });
  ExpectValueOn(it, Analyte::kHemoglobin, "2024-05-14", 10.9);
  const ImportResult ca = ExtractPlaced({
      {{40, "Data d'extracció: 11/06/2024"}},
      {{40, "Prova"}, {230, "Resultat"}, {290, "Unitats"}, {400, "Resultat anterior"}},
      {{48, "Hemoglobina"}, {230, "10,8"}, {290, "g/dL"}, {400, "10,2 (14/05/2024)"}},
  });
  ExpectValueOn(ca, Analyte::kHemoglobin, "2024-05-14", 10.2);
  const ImportResult pt = ExtractPlaced({
      {{36, "Colheita: 08/05/2024"}},
      {{36, "Hemoglobina"}, {190, "11,9 g/dL"}},
      {{44, "VR: 13,0 – 17,5 Anterior: 11,2 (13/03/2024)"}},
  });
  ExpectValueOn(pt, Analyte::kHemoglobin, "2024-05-08", 11.9);
  ExpectValueOn(pt, Analyte::kHemoglobin, "2024-03-13", 11.2);
}

// A Kumamoto table set its collection-date title right against the first date ("採取日
// 2024/07/22"): that date's column, the newest, was lost.
TEST(Blind50Class, CollectionTitleRunIntoTheFirstDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "検査項目"}, {100, "単位"}, {140, "採取日 2024/07/22"}, {300, "2024/06/24"}},
      {{30, "Hb"}, {100, "g/dL"}, {230, "11.7"}, {300, "11.2"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-07-22", 11.7);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-24", 11.2);
}

// A Kassel LIS print's immunofixation finding named its band and said "nachweisbar"
// (detectable): "freie Kappa-Leichtketten nachweisbar" was not understood.
TEST(Blind50Class, BandNamedAsDetectable_Regression) {
  const std::optional<LabValue> v = ParseLabValue("freie Kappa-Leichtketten nachweisbar");
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->kind, LabValue::Kind::kDetected);
  EXPECT_EQ(v->isotype, "kappa");
  const std::optional<LabValue> none = ParseLabValue("freie Kappa-Leichtketten nicht nachweisbar");
  ASSERT_TRUE(none.has_value());
  EXPECT_NE(none->kind, LabValue::Kind::kDetected);
}

}  // namespace

}  // namespace oncoguide::import
