// Classes found by blind25's first run (a twenty-sixth separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind25/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A two-column page whose earlier results sit on their own line under each result ("Antériorité
// du 03/06/24 : 174 umol/L"); on a scan such a line ran into the other column's range and was
// read as a table's header, and the results below took the earlier date, silently.
TEST(Blind25Class, AnEarlierResultLineRunIntoTheOtherColumnDatesNothingBelowIt) {
  const ImportResult r = ExtractScanned(
      {
          {{40, "Patient(e) : M. Test"}, {330, "Prélevé le : 12/09/2024 à 08h10"}},
          {{40, "BIOCHIMIE SANGUINE"}, {310, "HÉMATOLOGIE"}},
          {{40, "Créatinine"}, {215, "90 umol/L"}, {310, "Hémoglobine"}, {477, "13,2 g/dL"}},
          {{48, "Antériorité du 03/06/24 : 174 umol/L"},
           {318, "Valeurs usuelles : 4 000 - 10 000"}},
          {{41, "DFG (CKD-EPI)"}, {215, "45 mL/min"}, {311, "Plaquettes"}, {461, "271 774 /mm3"}},
          {{40, "Calcémie"}, {206, "2,33 mmol/L"}, {310, "VS 1re heure"}, {485, "29 mm"}},
          {{40, "LDH"}, {208, "321 UI/L"}},
          {{48, "Valeurs usuelles : 135 - 225"}},
          {{48, "Antériorité du 03/06/24 : 266 UI/L"}, {311, "IgG"}, {477, "24,0"}, {499, "g/L"}},
          {{41, "Béta-2 microglobuline"}, {206, "2,06 mg/L"}, {318, "ee eee"}},
          {{48, "Valeurs usuelles : 0,80 - 2,40"}},
      },
      0.95f);
  EXPECT_EQ(FindOn(r, Analyte::kBeta2Microglobulin, "2024-06-03"), nullptr)
      << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-09-12", 2.06);
  EXPECT_EQ(FindOn(r, Analyte::kCalcium, "2024-06-03"), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* calcium = FindOn(r, Analyte::kCalcium, "2024-09-12");
  ASSERT_NE(calcium, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(calcium->obs.value, 9.34, 0.01);  // 2,33 mmol/L
  EXPECT_FALSE(calcium->previous);
}

// Reports in Lithuanian, Slovak, Macedonian, Albanian, Indonesian and Mongolian were read as
// nothing: no collection label, column title or test name of theirs was known.
TEST(Blind25Class, BalticSlovakMacedonianAlbanianIndonesianMongolianVocabulary) {
  // (Placed words are 5 points per byte: a Cyrillic title takes twice its letters' room.)
  const ImportResult lt = ExtractPlaced({
      {{40, "Pacientas: Test"}, {300, "Mėginio paėmimo data: 2024-06-18 08:32"}},
      {{300, "Gauta laboratorijoje: 2024-06-19 10:05"}},
      {{40, "Tyrimas"}, {235, "Rezultatas"}, {305, "Vnt."}, {470, "Norma"}},
      {{40, "Kalcis (bendras)"}, {267, "2,36"}, {305, "mmol/l"}, {470, "2,15–2,54"}},
      {{40, "Jonizuotas kalcis"}, {267, "1,37"}, {305, "mmol/l"}, {470, "1,15–1,33"}},
      {{40, "Laktatdehidrogenazė (LDH)"}, {267, "255 H"}, {305, "U/l"}, {470, "135–225"}},
  });
  ExpectValueOn(lt, Analyte::kCalcium, "2024-06-18", 2.36 / 0.2495);
  ExpectValueOn(lt, Analyte::kLdh, "2024-06-18", 255);
  EXPECT_EQ(lt.observations.size(), 2u) << ImportToJson(lt).dump(1);  // not the ionised calcium
  const ImportResult sk = ExtractPlaced({
      {{40, "Meno: Test"}, {330, "Odber: 12.03.2024 07:45"}},
      {{330, "Prijatie: 13.03.2024 09:31"}},
      {{40, "Kód"},
       {80, "Vyšetrenie"},
       {232, "Výsledok"},
       {300, "Jednotky"},
       {365, "Ref. interval"},
       {455, "Predch. výsledok"}},
      {{40, "01040"},
       {80, "Vápnik celkový"},
       {252, "2,29"},
       {300, "mmol/l"},
       {365, "2,15–2,54"},
       {455, "2,68 (15.01.2024)"}},
      {{40, "05041"}, {80, "Voľné ľahké reťazce kappa"}, {252, "4,00"}, {300, "mg/l"}},
      {{40, "06020"}, {80, "Imunofixácia séra"}, {300, "pozitívna – monoklonový IgA lambda"}},
  });
  ExpectValueOn(sk, Analyte::kCalcium, "2024-03-12", 2.29 / 0.2495);
  ExpectValueOn(sk, Analyte::kCalcium, "2024-01-15", 2.68 / 0.2495);
  ExpectValueOn(sk, Analyte::kKappaFlc, "2024-03-12", 4.0);
  ASSERT_NE(FindOn(sk, Analyte::kSerumIfe, "2024-03-12"), nullptr) << ImportToJson(sk).dump(1);
  const ImportResult mk = ExtractPlaced({
      {{40, "Датум на земање примерок: 05.06.2024 07:50"}, {400, "Датум на прием: 06.06.2024"}},
      {{40, "Анализа"}, {258, "Резултат"}, {315, "Ед. мерка"}, {400, "Реф. вредности"}},
      {{48, "Калциум вкупен"}, {279, "2.78 H"}, {345, "mmol/L"}},
      {{48, "Слободни капа (κ)"}, {287, "6.8"}, {345, "mg/L"}},
  });
  ExpectValueOn(mk, Analyte::kCalcium, "2024-06-05", 2.78 / 0.2495);
  ExpectValueOn(mk, Analyte::kKappaFlc, "2024-06-05", 6.8);
  const ImportResult sq = ExtractPlaced({
      {{40, "Data e marrjes së mostrës: 11.09.2024"}, {330, "Data e pranimit: 12.09.2024"}},
      {{40, "Analiza"}, {289, "Rezultati"}, {345, "Njësia"}, {430, "Vlerat referuese"}},
      {{40, "Kreatinina në urinë"}, {317, "9,6"}, {345, "mmol/24h"}},
      {{40, "Proteina Bence-Jones (M-proteina urinare)"}, {309, "0,49"}, {345, "g/24h"}},
      {{40, "Zinxhirët e lirë kappa"}, {307, "40,10"}, {345, "mg/dL"}},
  });
  ExpectValueOn(sq, Analyte::kUrineMProtein, "2024-09-11", 490);
  ExpectValueOn(sq, Analyte::kKappaFlc, "2024-09-11", 401);
  EXPECT_EQ(sq.observations.size(), 2u) << ImportToJson(sq).dump(1);  // not the urine creatinine
  const ImportResult id = ExtractPlaced({
      {{40, "Tgl. Lahir : 27-05-1957"}, {320, "Tgl. Pengambilan Sampel : 18-11-2024 07:40"}},
      {{40, "PEMERIKSAAN"},
       {245, "HASIL"},
       {280, "SATUAN"},
       {345, "NILAI RUJUKAN"},
       {440, "HASIL SEBELUMNYA"}},
      {{48, "Kalsium Total"},
       {257, "9,2"},
       {285, "mg/dL"},
       {345, "8,6 - 10,2"},
       {440, "10,7 (14-10-2024)"}},
      {{48, "Rantai Ringan Bebas Kappa"}, {252, "110,0"}, {285, "mg/L"}},
  });
  ExpectValueOn(id, Analyte::kCalcium, "2024-11-18", 9.2);
  ExpectValueOn(id, Analyte::kCalcium, "2024-10-14", 10.7);
  ExpectValueOn(id, Analyte::kKappaFlc, "2024-11-18", 110);
  const ImportResult mn = ExtractPlaced({
      {{40, "Шинжилгээ"}, {175, "Нэгж"}, {280, "2024.02.06"}, {380, "2024.03.06"}},
      {{40, "Кальци (нийт)"}, {175, "ммоль/л"}, {280, "2.74"}, {380, "2.70"}},
      {{40, "ЛДГ"}, {175, "нэгж/л"}, {280, "223"}, {380, "257"}},
  });
  ExpectValueOn(mn, Analyte::kCalcium, "2024-02-06", 2.74 / 0.2495);
  ExpectValueOn(mn, Analyte::kLdh, "2024-03-06", 257);
}

}  // namespace

}  // namespace oncoguide::import
