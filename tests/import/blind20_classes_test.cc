// Classes found by blind20's first run (a twenty-first separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind20/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A Turkish cumulative report: "Numune Alım" (sample taking) titles the rows' dates, two short
// light-chain titles share one cell ("Serb. Kappa Serb. Lambda") and beta-2 is "β2-Mikroglob.".
// None of it was known, and nothing in the table was read.
TEST(Blind20Class, TurkishHistoryTitlesAreRead) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "Numune Alım"},
           {150, "Hemoglobin"},
           {260, "β2-Mikroglob."},
           {380, "Serb. Kappa Serb. Lambda"}},
          {{30, "Tarihi / Saat"}, {150, "g/dL"}, {260, "mg/L"}, {380, "mg/L"}, {460, "mg/L"}},
          {{30, "04.09.2023 08:10"}, {150, "9,1↓"}, {260, "6,44↑"}, {380, "7,02"}, {460, "912,5↑"}},
      },
      842);
  EXPECT_NE(FindOn(r, Analyte::kHemoglobin, "2023-09-04"), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2023-09-04");
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2023-09-04");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2023-09-04", 6.44);
  EXPECT_DOUBLE_EQ(kappa->obs.value, 7.02);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 912.5);
}

// A 24-hour urine table titled by its collection's end ("Toplama bitiş tarihi"), each amount
// per day in its title's parentheses ("M-protein (mg/24 saat)"): the M-protein is the urine's,
// in mg per 24 hours ("saat": hours), and the urine's creatinine and volume are not read.
TEST(Blind20Class, PerDayUnitInATitleIsAUrineAmount) {
  const ImportResult r = ExtractPlaced(
      {
          {{30, "24 SAATLİK İDRAR"}},
          {{30, "Toplama bitiş tarihi"},
           {160, "İdrar hacmi (mL)"},
           {280, "M-protein (mg/24 saat)"},
           {430, "Kreatinin (g/24 saat)"}},
          {{30, "15.09.2023 07:30"}, {200, "1820"}, {320, "1104"}, {470, "1,31"}},
      },
      842);
  const ImportedObservation* m = FindOn(r, Analyte::kUrineMProtein, "2023-09-15");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(m->obs.value, 1104);
  EXPECT_EQ(FindOn(r, Analyte::kCreatinine, "2023-09-15"), nullptr);
  EXPECT_EQ(FindOn(r, Analyte::kSerumMProtein, "2023-09-15"), nullptr);
}

// Rows of an immunofixation table named by their specimen in Turkish ("Serum", "İdrar"): the
// urine's row is the urine immunofixation (it was "a test name not recognised").
TEST(Blind20Class, ImmunofixationRowNamedByATurkishSpecimen) {
  const ImportResult r = ExtractPlaced({
      {{30, "İMMÜNFİKSASYON ELEKTROFOREZİ"}},
      {{30, "Numune Alım Tarihi"}, {130, "Numune"}, {200, "Sonuç"}},
      {{30, "11.03.2024"}, {130, "Serum"}, {200, "IgA kappa tipinde monoklonal bant saptandı."}},
      {{30, "11.03.2024"}, {130, "İdrar"}, {200, "Monoklonal bant saptanmadı (negatif)."}},
  });
  const ImportedObservation* urine = FindOn(r, Analyte::kUrineIfe, "2024-03-11");
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(urine->obs.value, 0);
  EXPECT_NE(FindOn(r, Analyte::kSerumIfe, "2024-03-11"), nullptr);
}

// An Argentine report: each result's earlier value on a line of its own under the range ("Ant.
// 14/12/23: 1,48 mg/dl"), and "Creatininemia" (serum creatinine). The earlier values were lost
// and the creatinine unknown.
TEST(Blind20Class, AbbreviatedPreviousLineUnderItsResult) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de extracción: 05/03/2024 08:10"}},
      {{44, "Creatininemia"}, {204, "1,33 mg/dl"}},
      {{52, "V.R.: 0,70 a 1,20"}},
      {{52, "Ant. 14/12/23: 1,48 mg/dl"}},
  });
  const ImportedObservation* before = FindOn(r, Analyte::kCreatinine, "2023-12-14");
  ASSERT_NE(before, nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-05", 1.33);
  EXPECT_DOUBLE_EQ(before->obs.value, 1.48);
  EXPECT_TRUE(before->previous);
}

// A note whose sentence wraps, in the right column, with a line of the left column between its
// lines: "... Los valores 'Ant.' corresponden a la" / "extracción del 12/12/2023." dates the
// earlier values, not the urine results below. The urine immunofixation took that date,
// silently; on scans too, where OCR gives the quotes as curly ones ("‘Ant.’") or reads the last
// word apart.
TEST(Blind20Class, WrappedSentenceAboutEarlierValuesIsNotACollectionDate) {
  // As printed, with OCR's curly quotes, and with the last word read apart ("... a | la").
  const std::vector<Placed> notes = {
      {{314, "Los valores 'Ant.' corresponden a la"}},
      {{314, "Los valores ‘Ant.’ corresponden a la"}},
      {{314, "Los valores 'Ant.' corresponden a"}, {533, "la"}},
  };
  for (const Placed& note : notes) {
    const ImportResult r = ExtractPlaced({
        {{40, "Fecha de extracción: 05/03/2024 08:10"}},
        {{44, "Componente monoclonal urinario"}, {204, "0,41 g/24 hs"}},
        note,
        {{52, "V.R.: no se detecta"}},
        {{314, "extracción del 12/12/2023."}},
        {{40, "INMUNOFIJACIÓN EN ORINA"}},
        {{44, "Se detectan cadenas livianas libres kappa"}},
    });
    EXPECT_NE(FindOn(r, Analyte::kUrineIfe, "2024-03-05"), nullptr) << ImportToJson(r).dump(1);
    EXPECT_EQ(FindOn(r, Analyte::kUrineIfe, "2023-12-12"), nullptr) << ImportToJson(r).dump(1);
    ExpectValueOn(r, Analyte::kUrineMProtein, "2024-03-05", 410);
  }
}

// A ratio printed with a decimal comma and a leading zero ("0,028") is 0.028; it was read as
// 28 (a thousands separator), and the light chains it checks were flagged for a mismatch.
TEST(Blind20Class, LeadingZeroBeforeACommaIsADecimal) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de extracción: 05/03/2024 08:10"}},
      {{314, "Kappa libre"}, {480, "8,9 mg/l"}},
      {{314, "Lambda libre"}, {468, "315,7 mg/l"}},
      {{314, "Relación kappa/lambda"}, {468, "0,028"}},
  });
  const ImportedObservation* kappa = FindOn(r, Analyte::kKappaFlc, "2024-03-05");
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(kappa->needs_review) << ImportToJson(r).dump(1);
}

// A portal's trend blocks in two columns, each a test's name, its unit on a line of its own
// ("Unit: mmol/L Normal range: 2.09 - 2.54"), and its dates with results and flags ("23 Apr
// 2024, 9:28 AM | 2.31"). The page was cut between the left blocks' results and flags (the first
// of many equally good gutters), the dates with a comma before the time were not dates, and the
// unit line was not read: nothing was read, or only with its unit guessed.
TEST(Blind20Class, TwoColumnsOfTrendBlocksAreReadBlockByBlock) {
  // Each block's titles, on both sides of the gutter.
  const Placed titles = {{44, "Collection date"},  {171, "Result"}, {212, "Flag"},
                         {314, "Collection date"}, {441, "Result"}, {482, "Flag"}};
  const ImportResult r = ExtractPlaced({
      {{40, "Haemoglobin"}, {310, "Calcium"}},
      {{40, "Unit: g/dL Normal range: 13.0 - 17.0"},
       {310, "Unit: mmol/L Normal range: 2.09 - 2.54"}},
      titles,
      {{44, "23 Apr 2024, 9:28 AM"},
       {177, "12.6"},
       {212, "Low"},
       {314, "23 Apr 2024, 9:28 AM"},
       {448, "2.31"}},
      {{44, "03 Apr 2024, 8:17 AM"},
       {177, "12.0"},
       {212, "Low"},
       {314, "03 Apr 2024, 8:17 AM"},
       {447, "2.63"},
       {482, "High"}},
      {{40, "Creatinine"}, {310, "Albumin"}},
      {{40, "Unit: umol/L Normal range: 65 - 125"}, {310, "Unit: g/L Normal range: 38 - 48"}},
      titles,
      {{44, "23 Apr 2024, 9:28 AM"}, {180, "101"}, {314, "23 Apr 2024, 9:28 AM"}, {455, "40"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-04-03");
  const ImportedObservation* ca = FindOn(r, Analyte::kCalcium, "2024-04-23");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(hb->obs.value, 12.0);
  EXPECT_NEAR(ca->obs.value, 2.31 * 4.008, 0.01);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-04-23", 4.0);
  EXPECT_FALSE(hb->needs_review) << ImportToJson(r).dump(1);
}

// A report in two columns from its banner down, its collection date at the top of the right
// column and a comment below both that gives an earlier result's date ("Föregående M-komponent
// 11 g/L (provtagen 2024-06-03)"). Read column by column, the right column's results came just
// above that comment and took its date as the label closing their block, silently.
TEST(Blind20Class, EarlierResultsDateIsNoLabelForTheRowsAbove) {
  const ImportResult r = ExtractPlaced({
      {{36, "Patient"},
       {110, "Andersson, Eva"},
       {330, "Provtagning"},
       {410, "2024-09-09 kl. 07:40"}},
      {{36, "Remittent"}, {110, "Hematologmott."}, {330, "Svar"}, {410, "2024-09-10 14:55"}},
      {{36, "Analys"},
       {150, "Resultat Enhet"},
       {236, "Ref.intervall"},
       {312, "Analys"},
       {426, "Resultat Enhet"},
       {512, "Ref.intervall"}},
      {{42, "B-Hemoglobin (Hb)"},
       {173, "112 g/L"},
       {236, "117 - 153"},
       {318, "S-M-komponent"},
       {459, "8 g/L"},
       {512, "ej påvisad"}},
      {{42, "P-Kreatinin"},
       {178, "91 µmol/L"},
       {236, "45 - 90"},
       {318, "S-Fria kappakedjor"},
       {454, "31 mg/L"},
       {512, "6,7 - 22,4"}},
      {{42, "P-Albumin"}, {178, "37 g/L"}, {236, "36 - 48"}},
      {{36, "Kommentar:"}},
      {{36, "M-komponent minskad. Föregående M-komponent 11 g/L (provtagen 2024-06-03)."}},
  });
  EXPECT_NE(FindOn(r, Analyte::kSerumMProtein, "2024-09-09"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_NE(FindOn(r, Analyte::kKappaFlc, "2024-09-09"), nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(FindOn(r, Analyte::kSerumMProtein, "2024-06-03"), nullptr);
}

// A flowsheet's dates set closer than a space apart, so the PDF's words ran together
// ("05/09/202312/10/2023..."), under a Greek heading: one column per date. The whole table was
// unread; and Greek "Ελεύθερες αλύσεις κ" (another plural of chain) was unknown.
TEST(Blind20Class, DatesRunTogetherAreOneColumnEach) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "ΒΙΟΧΗΜΙΚΕΣ ΕΞΕΤΑΣΕΙΣ"}, {530, "Ημερομηνία λήψης δείγματος"}},
          {{40, "Εξέταση"},
           {300, "Μονάδα"},
           {360, "Τιμές αναφοράς"},
           {530, "15/09/202317/10/202321/11/2023"}},
          {{40, "Κρεατινίνη"},
           {300, "mg/dL"},
           {360, "0,50 – 1,10"},
           {550, "1,06"},
           {600, "0,99"},
           {650, "0,98"}},
          {{40, "Ελεύθερες αλύσεις κ (FLC-κ)"},
           {300, "mg/L"},
           {360, "3,30 – 19,40"},
           {550, "8,94"},
           {650, "10,50"}},
      },
      842);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-09-15", 1.06);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-11-21", 0.98);
  EXPECT_NE(FindOn(r, Analyte::kKappaFlc, "2023-11-21"), nullptr) << ImportToJson(r).dump(1);
}

// A Swedish journal's results under "Provtagningstidpunkt 2024-04-08 08:25" (the sampling
// time point), creatinine measured "(enz)" (enzymatically): the label was unknown, so nothing
// had a date, and the method made the name a loose match.
TEST(Blind20Class, SwedishSamplingTimePointDatesItsResults) {
  const ImportResult r = ExtractPlaced({
      {{40, "Provtagningstidpunkt 2024-04-08 08:25"}},
      {{40, "Svarsdatum 2024-04-10 · Beställare: Hematologmottagningen"}},
      {{48, "Analys"}, {234, "Resultat"}, {280, "Enhet"}, {345, "Referensintervall"}},
      {{48, "P-Kreatinin (enz)"}, {260, "87"}, {280, "µmol/L"}, {345, "45 - 90"}},
  });
  const ImportedObservation* c = FindOn(r, Analyte::kCreatinine, "2024-04-08");
  ASSERT_NE(c, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(c->needs_review) << ImportToJson(r).dump(1);
}

// A German report's light chains named over two lines, the second indented ("Freie
// Leichtketten" / "  Kappa i.S. (Freelite)"): one name. The first line alone names neither chain,
// and both chains were unread.
TEST(Blind20Class, NameWrappedOntoAnIndentedLine) {
  const ImportResult r = ExtractPlaced({
      {{46, "Probenentnahme: 05.03.2024 07:40"}},
      {{46, "Untersuchung"}, {223, "Ergebnis"}, {276, "Einheit"}, {334, "Referenzbereich"}},
      {{46, "Freie Leichtketten"}, {223, "145,9 +"}, {276, "mg/l"}, {334, "6,7 - 22,4"}},
      {{52, "Kappa i.S. (Freelite)"}},
      {{46, "Freie Leichtketten"}, {235, "6,5 -"}, {276, "mg/l"}, {334, "8,3 - 27,0"}},
      {{52, "Lambda i.S. (Freelite)"}},
  });
  const ImportedObservation* l = FindOn(r, Analyte::kLambdaFlc, "2024-03-05");
  ASSERT_NE(l, nullptr) << ImportToJson(r).dump(1);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-05", 145.9);
  EXPECT_DOUBLE_EQ(l->obs.value, 6.5);
}

}  // namespace
}  // namespace oncoguide::import
