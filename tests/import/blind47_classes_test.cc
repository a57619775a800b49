// Classes found by blind47's first run (a forty-eighth separate author's 18 documents, measured
// once blind at de539a8), each written as our own small page.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Basilicata electrophoresis report closed with "Confronto con referto precedente del
// 12/12/2023" over the earlier M-protein and light chains: they took the report's date, and
// the earlier M-protein stood as the report's own, silently.
TEST(Blind47Class, EarlierReportOfADateIsThatDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data prelievo: 16/01/2024"}},
      {{40, "Catene leggere libere lambda"}, {300, "264,0"}, {360, "mg/L"}},
      {{40, "Confronto con referto precedente del 12/12/2023"}},
      {{40, "Componente monoclonale"}, {300, "1,92 g/dL"}},
      {{40, "Catene libere lambda"}, {300, "318,5 mg/L"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kSerumMProtein, /*previous=*/true);
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(m->obs.date.ToString(), "2023-12-12");
  EXPECT_EQ(Find(r, Analyte::kSerumMProtein), nullptr);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-01-16", 264);
}

// A Jeonju table of dates as rows under "채혈일시 | Hb | Cr | ... | κ/λ", with units and ranges
// on the two lines under the titles: no value was read.
TEST(Blind47Class, KoreanDatesAsRowsWithUnitsAndRanges_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "채혈일시"},
       {150, "Hb"},
       {195, "Cr"},
       {325, "LD"},
       {355, "β2-MG"},
       {394, "M-spike"},
       {446, "κ FLC"},
       {541, "κ/λ"}},
      {{40, "참고치 →"},
       {141, "(g/dL)"},
       {179, "(mg/dL)"},
       {319, "(IU/L)"},
       {359, "(mg/L)"},
       {405, "(g/dL)"},
       {447, "(mg/L)"}},
      {{134, "12.0-16.0"},
       {184, "0.5-0.9"},
       {314, "120-250"},
       {364, "≤2.4"},
       {419, "0"},
       {445, "3.3-19.4"},
       {530, "0.26-1.65"}},
      {{40, "2024-06-18 08:12"},
       {150, "11.6 L"},
       {188, "0.84"},
       {322, "198"},
       {368, "2.3"},
       {408, "0.31"},
       {444, "21.4 H"},
       {532, "1.77 H"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-18", 11.6);
  ExpectValueOn(r, Analyte::kLdh, "2024-06-18", 198);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-06-18", 0.31);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-06-18", 21.4);
}

// A Neuchâtel portal's cards carry a department, method or specimen line between the name and
// the value ("Hématologie · sang EDTA", "Électrophorèse des protéines sériques", "Urines de 24
// heures"), and their earlier result on a "Précédent : ..." line: no card was read, and after
// a urine card the marrow's plasma cells were set aside as a urine test.
TEST(Blind47Class, PortalCardSubtitlesAndPrecedent_Regression) {
  const ImportResult r = ExtractPlaced({
      {{50, "Hémoglobine"}},
      {{50, "Hématologie · sang EDTA"}},
      {{50, "104 g/L"}, {256, "Bas"}},
      {{50, "Prélevé le 05.03.2024 à 08:10 · validé le 06.03.2024"}},
      {{50, "Précédent : 109 g/L (06.02.2024)"}},
      {{50, "Protéine monoclonale (pic M)"}},
      {{50, "Électrophorèse des protéines sériques"}},
      {{50, "12.4 g/L"}},
      {{50, "Prélevé le 05.03.2024 à 08:10 · validé le 06.03.2024"}},
      {{50, "M-protein"}},
      {{50, "Urines de 24 heures"}},
      {{50, "0.28 g/24 h"}},
      {{50, "Prélevé le 05.03.2024 à 08:10 · validé le 06.03.2024"}},
      {{50, "Plasmocytes médullaires"}},
      {{50, "Myélogramme · ponction sternale"}},
      {{50, "8 %"}},
      {{50, "Prélevé le 27.02.2024 à 10:20 · validé le 01.03.2024"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-05", 10.4);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-02-06", 10.9);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-05", 1.24);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-03-05", 280);
  EXPECT_EQ(std::count_if(r.observations.begin(), r.observations.end(),
                          [](const ImportedObservation& o) {
                            return o.obs.analyte == Analyte::kSerumMProtein;
                          }),
            1)
      << "the urine card's value is not the serum's\n"
      << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-02-27", 8);
}

// The Jeonju report's marrow count, "골수 도말 형질세포 비율" (marrow smear plasma-cell
// proportion): "비율" read as a ratio, the test not recognised.
TEST(Blind47Class, KoreanMarrowPlasmaCellProportion_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "3. 골수검사 (채취일 2024-01-31)"}},
      {{52, "골수 도말 형질세포 비율:"}, {280, "41.2 %"}, {340, "(참고치 < 5 %)"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-01-31", 41.2);
}

// An Almería report gives each row's reference and earlier result on the line under it
// ("Hemoglobina | 11,8 L g/dL" / "V.R.: 13,0 - 17,0 | Ant.: 11,4 (21/05/2024)"): the earlier
// results were not read.
TEST(Blind47Class, SpanishAntUnderTheRow_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha extracción: 18/06/2024 08:35"}},
      {{40, "Hemoglobina"}, {190, "11,8 L g/dL"}},
      {{48, "V.R.: 13,0 - 17,0"}, {216, "Ant.: 11,4 (21/05/2024)"}},
      {{40, "Creatinina"}, {190, "1,18"}, {224, "mg/dL"}},
      {{48, "V.R.: 0,70 - 1,20"}, {216, "Ant.: 1,26 H (21/05/2024)"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-06-18", 11.8);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-05-21", 11.4);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-21", 1.26);
}

// A Burgenland letter's table titled its light chains "freie LK Kappa" / "freie LK Lambda"
// ("LK" for Leichtketten): not recognised, ten values unread.
TEST(Blind47Class, AustrianFreieLkTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Parameter"},
       {160, "Einheit"},
       {220, "Referenz"},
       {300, "05.03.2024"},
       {360, "02.04.2024"}},
      {{40, "freie LK Kappa"}, {160, "mg/l"}, {220, "3,3–19,4"}, {300, "64,3"}, {360, "45,1"}},
      {{40, "freie LK Lambda"}, {160, "mg/l"}, {220, "5,7–26,3"}, {300, "9,8"}, {360, "10,2"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-04-02", 45.1);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-03-05", 9.8);
}

// A Kentucky print-out of accessions: "SPECIMEN: URINE, 24 HR" on one accession, "SPECIMEN:
// BLOOD, VENOUS" on the next; the blood accession's chemistry and light chains were set aside
// as urine tests.
TEST(Blind47Class, LabelledSpecimenOfEachAccession_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "ACCESSION: 24-107-00527"}, {200, "COLLECTED: 04/16/2024 06:00"}},
      {{40, "SPECIMEN: URINE, 24 HR"}, {200, "VERIFIED: 04/19/2024"}},
      {{40, "PROTEIN ELECTROPHORESIS, 24 HR URINE"}},
      {{52, "M-SPIKE, URINE"}, {200, "1,212"}, {260, "mg/24 hr"}},
      {{40, "ACCESSION: 24-121-00233"}, {200, "COLLECTED: 04/30/2024 08:15"}},
      {{40, "SPECIMEN: BLOOD, VENOUS"}, {200, "VERIFIED: 04/30/2024 13:02"}},
      {{52, "CREATININE"}, {200, "1.52"}, {260, "mg/dL"}},
      {{52, "KAPPA FREE LIGHT CHAIN"}, {200, "612.8"}, {260, "mg/L"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-04-16", 1212);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-30", 1.52);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-04-30", 612.8);
}

// A Hubei marrow page lists its differential two to a line under the report's template header
// ("晚幼粒细胞 | 8.0 % | 浆细胞 | 32.5 %"), and says "骨髓浆细胞比例" (marrow plasma-cell
// proportion) in its conclusion: the count was not read, and "比例" was taken for a ratio.
TEST(Blind47Class, ChineseDifferentialPairsUnderAHeader_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "采样时间：2024-02-07 10:30"}},
      {{40, "项目名称"}, {200, "缩写"}, {302, "结果"}, {430, "参考区间"}},
      {{60, "晚幼粒细胞"}, {211, "8.0 %"}, {320, "浆细胞"}, {462, "32.5 %"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-02-07", 32.5);
}

// Reading a marrow count under a urine heading (above) must not read plasma cells counted in
// the blood as the marrow's: "Plazma ćelije u perifernoj krvi | 2 %" in blind25 had been set
// aside only because "u" read as urine.
TEST(Blind47Class, PlasmaCellsInTheBloodAreNotTheMarrows_Regression) {
  for (const char* name :
       {"Plazma ćelije u perifernoj krvi", "plasmocytes sanguins", "Plasmazellen im Blut"}) {
    EXPECT_EQ(MatchTestName(name, Specimen::kUnknown).match, TestName::Match::kIgnored) << name;
  }
  EXPECT_EQ(MatchTestName("Plazma ćelije", Specimen::kUnknown).analyte, Analyte::kBmPlasmaCells);
}

// The Jeonju report's immunofixation table titled its urine column "소변 IFE (24시간뇨)" (urine
// IFE, 24-hour urine): the unknown "24시간뇨" left the title a loose name, and no urine result
// was read.
TEST(Blind47Class, KoreanTwentyFourHourUrineTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "채혈일"}, {150, "혈청 IFE"}, {300, "소변 IFE (24시간뇨)"}},
      {{40, "2024-03-26"}, {150, "IgA-κ"}, {300, "음성"}},
  });
  const ImportedObservation* u = FindOn(r, Analyte::kUrineIfe, "2024-03-26");
  ASSERT_NE(u, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(u->obs.value, 0);
}

// A Saarland table of dates as rows titled its Bence Jones column "BJ Urin" (mg/24h): not
// recognised. Read, its "1.240" (a thousands point, in a report of decimal commas) came out as
// 1.24 without review; a value shown with three digits after a point, trailing zeros too, is
// now reviewed when the report writes its decimals with commas.
TEST(Blind47Class, BjUrinAndAThousandsPointEndingInZero_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Entnahme"}, {160, "Krea"}, {230, "Calcium"}, {300, "Albumin"}, {380, "BJ Urin"}},
      {{40, "Datum"}, {160, "mg/dl"}, {230, "mmol/l"}, {300, "g/l"}, {380, "mg/24h"}},
      {{40, "12.03.2024"}, {160, "1,56"}, {230, "2,52"}, {300, "37,4"}, {380, "212"}},
      {{40, "12.12.2023"}, {160, "2,91"}, {230, "2,83"}, {300, "32,6"}, {380, "1.240"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-03-12", 212);
  const ImportedObservation* bj = FindOn(r, Analyte::kUrineMProtein, "2023-12-12");
  ASSERT_NE(bj, nullptr) << ImportToJson(r).dump(1);
  if (bj->obs.value != 1240) EXPECT_TRUE(bj->needs_review) << ImportToJson(r).dump(1);
}

// A Limousin report typed its serum immunofixation on a row named "Typage" under the heading
// "Immunofixation des protéines sériques", with the earlier typing beside it: it was not read.
TEST(Blind47Class, TypageUnderAnImmunofixationHeading_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le 05/03/2024 à 08:10"}},
      {{40, "Immunofixation des protéines sériques"}},
      {{44, "Typage"}, {220, "IgG kappa"}, {400, "IgG kappa (08/01/24)"}},
  });
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-05");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
}

}  // namespace
}  // namespace oncoguide::import
