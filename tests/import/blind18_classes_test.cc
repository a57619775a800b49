// Classes found by blind18's first run (a nineteenth separate author's 18 layouts, measured once
// blind: tests/import/corpus/blind18/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "../../src/import/value_checks.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

bool HasReason(const ImportedObservation& o, std::string_view part) {
  for (const std::string& r : o.review_reasons) {
    if (r.find(part) != std::string::npos) return true;
  }
  return false;
}

// A scanned German cumulative report: the M-gradient's "7,9" was read as "79" (0.79 g/dL became
// 7.9, silently), and an albumin's "33,5 ↓" as "33,54". The row has no reference range to
// compare with, but its other values all have one decimal.
TEST(Blind18Class, ScannedCellWithDecimalsUnlikeItsRowIsReviewed) {
  const ImportResult r = ExtractScanned(
      {
          {{36, "Untersuchung"},
           {170, "Einheit"},
           {222, "Referenz"},
           {367, "11.09.2023"},
           {435, "09.10.2023"},
           {503, "06.11.2023"},
           {571, "04.12.2023"}},
          {{36, "Albumin"},
           {170, "g/l"},
           {222, "35 - 52"},
           {367, "31,2"},
           {435, "32,0"},
           {503, "33,54"},
           {571, "34,1"}},
          {{36, "M-Gradient"},
           {170, "g/l"},
           {367, "28,4"},
           {435, "19,6"},
           {503, "12,1"},
           {575, "79"}},
          {{36, "LDH"},
           {170, "U/l"},
           {222, "< 250"},
           {367, "231"},
           {435, "245"},
           {503, "240"},
           {571, "252"}},
      },
      0.9f);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2023-12-04");
  const ImportedObservation* alb = FindOn(r, Analyte::kAlbumin, "2023-11-06");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(alb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(HasReason(*m, "no decimal mark where the row's other values have one"));
  EXPECT_TRUE(HasReason(*alb, "more decimals than the row's other values"));
  // Their neighbours, and a row of whole numbers, are not touched.
  const ImportedObservation* m_before = FindOn(r, Analyte::kSerumMProtein, "2023-11-06");
  const ImportedObservation* ldh = FindOn(r, Analyte::kLdh, "2023-12-04");
  ASSERT_NE(m_before, nullptr);
  ASSERT_NE(ldh, nullptr);
  EXPECT_FALSE(HasReason(*m_before, "row's other values"));
  EXPECT_FALSE(HasReason(*ldh, "row's other values"));
}

TEST(Blind18Class, DecimalsUnlikeTheRow) {
  using internal::DecimalsUnlikeTheRow;
  EXPECT_TRUE(DecimalsUnlikeTheRow("79", {"28,4", "19,6", "12,1"}));
  EXPECT_TRUE(DecimalsUnlikeTheRow("33,54", {"31,2", "32,0", "34,1"}));
  EXPECT_FALSE(DecimalsUnlikeTheRow("12,1", {"28,4", "19,6", "79"}));
  // The office scan of the same report: one neighbour had lost its mark too ("35,0" as "3550").
  EXPECT_TRUE(DecimalsUnlikeTheRow("33,54", {"31,2 1", "32,0 1", "34,1 4", "3550"}));
  EXPECT_FALSE(DecimalsUnlikeTheRow("3,1", {"2,8", "3", "245", "12"}));  // the row varies
  EXPECT_FALSE(DecimalsUnlikeTheRow("245", {"230", "251"}));
  EXPECT_FALSE(DecimalsUnlikeTheRow("7,9", {"28,4"}));  // one neighbour is not a row
  EXPECT_FALSE(DecimalsUnlikeTheRow("negativ", {"28,4", "19,6"}));
}

// A Brazilian laudo's serum protein electrophoresis ("ELETROFORESE DE PROTEÍNAS SÉRICAS", the
// Portuguese spelling without a c) lists an "Albumina" fraction, which was read as the chemistry
// albumin without review when its page was photographed alone.
TEST(Blind18Class, PortugueseElectrophoresisAlbuminIsAFraction) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da coleta: 07/03/2024 07:48"}},
      {{41, "ELETROFORESE DE PROTEÍNAS SÉRICAS"}},
      {{41, "Material: Soro"}, {251, "Método: Eletroforese capilar"}},
      {{48, "Proteínas totais"}, {286, "7,3"}, {306, "g/dL"}, {390, "6,4 a 8,3"}},
      {{48, "Albumina"}, {280, "3,91"}, {306, "g/dL"}, {390, "3,50 a 5,20"}},
  });
  const ImportedObservation* alb = Find(r, Analyte::kAlbumin);
  if (alb != nullptr) {
    EXPECT_TRUE(alb->needs_review);
    EXPECT_TRUE(HasReason(*alb, "electrophoresis")) << ImportToJson(r).dump(1);
  }
}

// An Italian history (dates as rows, tests as columns) whose header is three lines: test names
// broken over two lines ("β2-micro-" / "globulina", "Comp." / "monocl.", "FLC" / "kappa"), then
// the collection-date title with the units, then a line of reference ranges. Nothing was read
// (116 values). Below it, another table with dates as rows, of tests oncoguide does not use
// ("Data prelievo | IgG (g/L) | IgA (g/L)"), must not be read with the first table's columns.
TEST(Blind18Class, HistoryHeaderOverThreeLines) {
  const ImportResult r = ExtractPlaced(
      {
          {{320, "β2-micro-"}, {390, "Comp."}, {460, "FLC"}, {530, "Rapporto"}},
          {{110, "Emoglobina"},
           {180, "Creatinina"},
           {250, "LDH"},
           {320, "globulina"},
           {390, "monocl."},
           {460, "kappa"},
           {540, "K/L"}},
          {{30, "Data prelievo"},
           {110, "g/dL"},
           {180, "mg/dL"},
           {250, "U/L"},
           {320, "mg/L"},
           {390, "g/dL"},
           {460, "mg/L"}},
          {{30, "Interv. rif."},
           {110, "12-16"},
           {180, "0,5-1,1"},
           {250, "125-220"},
           {320, "0,8-2,2"},
           {390, "assente"},
           {460, "3,3-19,4"},
           {530, "0,26-1,65"}},
          {{30, "19/02/2024"},
           {110, "11,3"},
           {180, "1,12"},
           {250, "231"},
           {320, "3,4"},
           {390, "1,1"},
           {460, "12,4"},
           {540, "0,13"}},
          {{30, "22/01/2024"},
           {110, "11,6"},
           {180, "1,09"},
           {320, "2,9"},
           {390, "0,9"},
           {460, "11,8"},
           {540, "0,16"}},
          {{30, "Immunoglobuline sieriche"}},
          {{30, "Data prelievo"}, {110, "IgG (g/L)"}, {180, "IgA (g/L)"}, {250, "IgM (g/L)"}},
          {{30, "19/02/2024"}, {110, "14,6"}, {180, "0,52"}, {250, "0,31"}},
      },
      612);
  struct Want {
    Analyte a;
    const char* date;
    double v;
  };
  for (const Want& w :
       {Want{Analyte::kHemoglobin, "2024-02-19", 11.3},
        Want{Analyte::kCreatinine, "2024-02-19", 1.12}, Want{Analyte::kLdh, "2024-02-19", 231},
        Want{Analyte::kBeta2Microglobulin, "2024-01-22", 2.9},
        Want{Analyte::kSerumMProtein, "2024-02-19", 1.1},
        Want{Analyte::kSerumMProtein, "2024-01-22", 0.9},
        Want{Analyte::kKappaFlc, "2024-01-22", 11.8}}) {
    const ImportedObservation* o = FindOn(r, w.a, w.date);
    ASSERT_NE(o, nullptr) << w.date << " " << static_cast<int>(w.a) << ImportToJson(r).dump(1);
    EXPECT_NEAR(o->obs.value, w.v, 1e-9);
  }
  // The ratio is not a light chain, and the immunoglobulins are not the first table's tests.
  for (const ImportedObservation& o : r.observations) {
    EXPECT_FALSE(o.obs.analyte == Analyte::kLambdaFlc && o.obs.value < 1) << o.obs.value;
    EXPECT_FALSE(o.obs.analyte == Analyte::kCreatinine && o.obs.value == 0.52);
  }
  EXPECT_EQ(FindOn(r, Analyte::kLambdaFlc, "2024-02-19"), nullptr);
}

// A Turkish results list: each row has its own collection time and approval time, under titles
// that begin on the line above ("Numune Alma" over "Zamanı", "Onay" over "Zamanı"). Nothing was
// read: no row had a collection date. The approval time is never the collection date.
TEST(Blind18Class, TitlesBegunOnTheLineAbove) {
  const ImportResult r = ExtractPlaced(
      {
          {{372, "Numune Alma"}, {472, "Onay"}},
          {{36, "Tetkik Adı"},
           {219, "Sonuç Birim"},
           {306, "Referans"},
           {372, "Zamanı"},
           {472, "Zamanı"}},
          {{40, "Hemoglobin (HGB)"},
           {214, "10,9 L"},
           {256, "g/dL"},
           {306, "12 - 15,5"},
           {372, "04.03.2024 08:41"},
           {472, "05.03.2024 16:20"}},
          {{40, "Kreatinin"},
           {226, "0,98"},
           {256, "mg/dL"},
           {306, "0,51 - 0,95"},
           {372, "05.02.2024 09:05"},
           {472, "06.02.2024 15:02"}},
      },
      612);
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-03-04");
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-02-05");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.9);
  EXPECT_DOUBLE_EQ(cr->obs.value, 0.98);
  EXPECT_EQ(r.observations.size(), 2u) << ImportToJson(r).dump(1);
}

// A Russian report: test names, header, date labels and units in Cyrillic ("мкмоль/л", "г/л",
// "Ед/л"), and an immunofixation's conclusion ("выявлена моноклональная секреция IgA каппа").
// Nothing was read (25 values).
TEST(Blind18Class, RussianReport) {
  const ImportResult r = ExtractPlaced(
      {
          {{36, "Дата взятия биоматериала: 04.03.2024 09:15"}},
          {{36, "Дата поступления: 05.03.2024 12:40"}},
          {{36, "Исследование"},
           {300, "Результат"},
           {410, "Единицы"},
           {500, "Референсные значения"}},
          {{44, "Креатинин"}, {330, "127 ↑"}, {410, "мкмоль/л"}, {500, "62 - 106"}},
          {{44, "Кальций общий"}, {330, "2,49"}, {410, "ммоль/л"}, {500, "2,15 - 2,50"}},
          {{44, "Кальций ионизированный"}, {330, "1,27"}, {410, "ммоль/л"}, {500, "1,03 - 1,29"}},
          {{44, "Каппа, свободные"}, {330, "212,0 ↑"}, {410, "мг/л"}, {500, "3,3 - 19,4"}},
          {{44, "Лактатдегидрогеназа (ЛДГ)"}, {330, "231"}, {410, "Ед/л"}, {500, "< 248"}},
          {{36, "Иммунофиксация белков сыворотки крови"}},
          {{44, "Заключение: выявлена моноклональная секреция IgA каппа."}},
      },
      842);
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-03-04");
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2024-03-04");
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-03-04");
  const ImportedObservation* ldh = FindOn(r, Analyte::kLdh, "2024-03-04");
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-04");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ldh, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(cr->obs.value, 127 / 88.42, 1e-3);
  EXPECT_NEAR(ca->obs.value, 2.49 * 4.008, 1e-2);  // the total calcium, not the ionised one
  EXPECT_DOUBLE_EQ(kappa->obs.value, 212);
  EXPECT_DOUBLE_EQ(ldh->obs.value, 231);
  EXPECT_EQ(ife->obs.text, "IgA kappa");
  EXPECT_EQ(r.observations.size(), 5u) << ImportToJson(r).dump(1);
}

// A French report titled "Examens | Résultats | Unités | Val. de référence | Antériorités": the
// header was not known ("Examens", "Val. de"), so each row's earlier result and its date
// ("10,9 05/02/24") were passed over. Its serum immunofixation, a sentence on a page that also
// has a 24-hour urine section, was read as the urine's.
TEST(Blind18Class, FrenchPluralTitlesAndSerumTypingOnAUrinePage) {
  const ImportResult r = ExtractPlaced({
      {{40, "Prélevé le 04/03/2024 à 08h10"}},
      {{40, "Examens"},
       {257, "Résultats"},
       {312, "Unités"},
       {390, "Val. de référence"},
       {501, "Antériorités"}},
      {{46, "Hémoglobine"},
       {272, "11,4 *"},
       {312, "g/dL"},
       {390, "11,5 à 16,0"},
       {495, "10,9 05/02/24"}},
      {{40, "PROTÉINES — Immunofixation des protéines sériques"}},
      {{46, "Présence d'une immunoglobuline monoclonale de type IgA Lambda."}},
      {{40, "URINES DES 24 HEURES (recueil du 03/03/2024 au 04/03/2024)"}},
      {{46, "Protéinurie des 24 heures"}, {272, "0,34 *"}, {312, "g/24h"}, {390, "< 0,15"}},
  });
  const ImportedObservation* before = FindOn(r, Analyte::kHemoglobin, "2024-02-05");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(before->previous);
  EXPECT_DOUBLE_EQ(before->obs.value, 10.9);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-03-04");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
  EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2024-03-04"), nullptr);
}

// A Spanish report's history ("Fecha extracción | g/dL | mg/dL" under the test names) right
// under a heading that spans the table ("EVOLUCIÓN (resultados acumulados ...)"): the heading
// is not a column's title, and was read as one, so the history was not read.
TEST(Blind18Class, HistoryHeaderUnderATableHeading) {
  const ImportResult r = ExtractPlaced({
      {{36, "EVOLUCIÓN (resultados acumulados de este paciente)"}},
      {{135, "Hemoglobina"}, {235, "Creatinina"}, {314, "Lambda libre"}, {413, "Cociente"}},
      {{36, "Fecha extracción"}, {172, "g/dL"}, {254, "mg/dL"}, {349, "mg/L"}, {436, "K/L"}},
      {{36, "13/11/2023"}, {178, "8,9"}, {263, "2,74"}, {341, "4.810,0"}, {428, "0,001"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2023-11-13");
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2023-11-13");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(hb->obs.value, 8.9);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 4810);
}

// A Vietnamese bilingual report: the collection time before its date ("Collected: 08:15
// 26/02/2024") was not taken as the collection date, and each Vietnamese test name has its
// English name on the line below ("Canxi toàn phần" / "Total calcium"), which names the test.
TEST(Blind18Class, TimeBeforeTheDateAndEnglishNameBelow) {
  const ImportResult r = ExtractPlaced({
      {{36, "Thời gian lấy mẫu / Collected: 08:15 26/02/2024"},
       {330, "Nhận mẫu / Received: 08:52 26/02/2024"}},
      {{36, "Test"}, {265, "Result"}, {310, "Unit"}, {380, "Reference"}},
      {{44, "Canxi toàn phần"}, {279, "2.58"}, {310, "mmol/L"}, {380, "2.10 - 2.55"}},
      {{44, "Total calcium"}},
      {{44, "Canxi ion hóa"}, {279, "1.34"}, {310, "mmol/L"}, {380, "1.12 - 1.32"}},
      {{44, "Ionised calcium"}},
      {{44, "Albumin"}, {279, "33.4"}, {310, "g/L"}, {380, "35 - 52"}},
  });
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2024-02-26");
  const ImportedObservation* alb = FindOn(r, Analyte::kAlbumin, "2024-02-26");
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(alb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(ca->obs.value, 2.58 * 4.008, 1e-2);  // the total calcium, not the ionised one
  EXPECT_EQ(r.observations.size(), 2u) << ImportToJson(r).dump(1);
}

// A Brazilian laudo's earlier results on one line, each value before its date and the two
// separated by a middle dot ("1,21 mg/dL em 08/02/2024 · 1,34 mg/dL em 10/01/2024"): the second
// began with the dot and was not read.
TEST(Blind18Class, EarlierResultsSeparatedByAMiddleDot) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data da coleta: 07/03/2024 07:48"}},
      {{40, "CREATININA"}},
      {{48, "Creatinina"}, {285, "1,18 mg/dL"}, {390, "0,50 a 1,10"}},
      {{48, "Resultados anteriores: 1,21 mg/dL em 08/02/2024 · 1,34 mg/dL em 10/01/2024"}},
  });
  const ImportedObservation* feb = FindOn(r, Analyte::kCreatinine, "2024-02-08");
  const ImportedObservation* jan = FindOn(r, Analyte::kCreatinine, "2024-01-10");
  ASSERT_NE(feb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(jan, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(feb->obs.value, 1.21);
  EXPECT_DOUBLE_EQ(jan->obs.value, 1.34);
  EXPECT_TRUE(jan->previous);
}

// A Quebec portal's "Chaînes légères kappa" (no "libres") in mg/L is the free light chain; a
// total light chain, in g/L, is never read as one.
TEST(Blind18Class, QuebecLightChainsWithoutLibres) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date de prélèvement: 2024-03-19"}},
      {{40, "Chaînes légères kappa"}, {189, "12.1"}, {227, "mg/L"}},
      {{40, "Chaînes légères lambda"}, {189, "2,1"}, {227, "g/L"}},
  });
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-03-19");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(kappa->obs.value, 12.1);
  EXPECT_EQ(FindOn(r, Analyte::kLambdaFlc, "2024-03-19"), nullptr);
  EXPECT_FALSE(r.unrecognised.empty());
}

}  // namespace
}  // namespace oncoguide::import
