// Classes found by blind22's first run (a twenty-third separate author's 18 layouts, measured
// once blind: tests/import/corpus/blind22/README.md), each written as our own small page.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "../../src/import/cross_checks.h"
#include "../../src/import/marrow_words.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A Cypriot report's immunofixation "Μονοκλωνική IgA λ" was read as "IgA", silently: the Greek
// letter was looked for only where it first occurs, inside the Greek word before it.
TEST(Blind22Class, GreekLightChainLetterAfterTheHeavyChain) {
  EXPECT_EQ(IsotypeIn("Μονοκλωνική IgA λ"), "IgA lambda");
  EXPECT_EQ(IsotypeIn("Μονοκλωνική IgG κ"), "IgG kappa");
  EXPECT_EQ(IsotypeIn("IgG-κ"), "IgG kappa");
  EXPECT_EQ(IsotypeIn("Μονοκλωνική IgA"), "IgA");  // no light chain written
  // A heavy chain alone is marked for review.
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 05/04/2024"}},
      {{40, "Test"}, {220, "Result"}, {370, "Reference"}},
      {{40, "Serum immunofixation"}, {220, "Monoclonal IgA"}, {370, "Negative"}},
  });
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA");
  EXPECT_TRUE(ife->needs_review);
}

// A Belarusian hospital's dynamics table: narrow columns whose titles run over three lines,
// broken at hyphens ("Альбу-" / "мин," / "г/л"), a unit on the second line of some columns and
// the third of others, and the date's title itself over two lines ("Дата" / "забора"). Nothing
// was read (116 values).
TEST(Blind22Class, TitlesStackedOverThreeLinesWithHyphens) {
  const ImportResult r = ExtractPlaced(
      {
          {{34, "Дата"},
           {114, "Hb,"},
           {170, "Лейк.,"},
           {250, "Альбу-"},
           {350, "Креати-"},
           {470, "β2-микро-"}},
          {{34, "забора"},
           {114, "г/л"},
           {170, "×10⁹/л"},
           {250, "мин,"},
           {350, "нин,"},
           {470, "глобулин,"}},
          {{250, "г/л"}, {350, "мкмоль/л"}, {470, "мг/л"}},
          {{34, "09.01.2024"},
           {114, "79"},
           {170, "7,0"},
           {250, "27,8"},
           {350, "237"},
           {470, "10,0"}},
      },
      612);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-01-09", 7.9);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-01-09", 2.78);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-01-09", 237 * 0.011312);
  ExpectValueOn(r, Analyte::kBeta2Microglobulin, "2024-01-09", 10.0);
}

// A Quebec portal prints each test's history under its name, with columns the importer does
// not read ("Interprétation", "Demandé par", "Lieu du prélèvement"): nothing was read, and the
// rows were dropped without a word.
TEST(Blind22Class, HeadingHistoryWithColumnsNotRead) {
  const ImportResult r = ExtractPlaced(
      {
          {{40, "Créatinine"}},
          {{40, "Date du prélèvement"},
           {168, "Résultat"},
           {262, "Interprétation"},
           {350, "Demandé par"},
           {460, "Lieu du prélèvement"}},
          {{40, "2024-04-22 08:14"}, {168, "88 µmol/L"}, {350, "Gagnon, I."}, {460, "CLSC"}},
          {{40, "2024-03-25 07:52"}, {168, "91 µmol/L"}, {262, "Élevé"}, {350, "Gagnon, I."}},
      },
      612);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-22", 88 * 0.011312);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-03-25", 91 * 0.011312);
  // A column titled with a date after an earlier result is still that result's date.
  const ImportResult prev = ExtractPlaced({
      {{36, "Collected: 15/08/2024"}},
      {{36, "Estudio"}, {206, "Resultado"}, {336, "Referencia"}, {440, "Anterior"}, {528, "Fecha"}},
      {{36, "Creatinina"},
       {206, "0.87 mg/dL"},
       {336, "0.70 - 1.20"},
       {440, "0.92 mg/dL"},
       {528, "18/06/2024"}},
  });
  ExpectValueOn(prev, Analyte::kCreatinine, "2024-08-15", 0.87);
}

// A dated row with one result under titles that are not understood is listed as not read.
TEST(Blind22Class, DatedRowWithOneResultIsNeverDroppedSilently) {
  const ImportResult r = ExtractPlaced({
      {{40, "Hémoglobine"}},
      {{40, "Date du prélèvement"},
       {168, "Résultat"},
       {262, "Foo bar"},
       {350, "Baz"},
       {460, "Qux"}},
      {{40, "2024-04-22 08:14"}, {168, "118 g/L"}, {262, "Bas"}, {350, "Gagnon"}, {460, "CLSC"}},
  });
  ASSERT_FALSE(r.unrecognised.empty()) << ImportToJson(r).dump(1);
  EXPECT_NE(r.unrecognised.back().text.find("118 g/L"), std::string::npos);
}

// A photo of a Hong Kong marrow report: the flow cytometry paragraph's plasma cells ("0.84% of
// nucleated cells, of which 92% show an aberrant phenotype (CD19-, CD56+)") were taken for the
// aspirate's count, silently.
TEST(Blind22Class, PhenotypedPlasmaCellsAreAFlowCount) {
  const std::string flow =
      "total plasma cells 0.84% of nucleated cells, of which 92% show an aberrant phenotype "
      "(cd19-, cd56+, cd45-)";
  EXPECT_TRUE(internal::FlowOrFishPercent(flow, flow.find("0.84")));
  // The aspirate's count with its restriction by immunohistochemistry still counts.
  const std::string aspirate =
      "bone marrow aspiration on 05/03/2024: 60% plasma cells, lambda light chain restricted by "
      "immunohistochemistry (cd138+, cd56+)";
  EXPECT_FALSE(internal::FlowOrFishPercent(aspirate, aspirate.find("60%")));
}

// A Faroese flowsheet photo: the table's rule before "236" was read as a 1, and LDH 1236 U/L
// was taken without a flag.
TEST(Blind22Class, RuleReadAsALeadingOneIsReviewed) {
  std::vector<ImportedObservation> obs(2);
  for (ImportedObservation& o : obs) {
    o.obs.analyte = Analyte::kLdh;
    o.obs.has_value = true;
    o.confidence = 0.9;
    o.written_unit = "U/L";
    o.source.page = 1;
  }
  obs[0].written_number = obs[0].obs.value = 188;
  obs[1].written_number = obs[1].obs.value = 1236;
  internal::ReviewOcrArrowDigits(&obs);
  EXPECT_FALSE(obs[0].needs_review);
  EXPECT_TRUE(obs[1].needs_review);
  // A result that grew past a power of ten is not.
  obs[1].written_number = obs[1].obs.value = 205;
  obs[1].needs_review = false;
  obs[0].written_number = obs[0].obs.value = 98;
  internal::ReviewOcrArrowDigits(&obs);
  EXPECT_FALSE(obs[1].needs_review);
}

// A Faroese overview marks results with an arrow before the value ("↓7,4", "↑109"): such
// results were not read. Its range title ran into the first date ("Ref.-interval 19.06.2024
// 22.05.2024 ..."), so the newest column had no date.
TEST(Blind22Class, ArrowBeforeTheValueAndRangeTitleRunIntoTheDates) {
  const std::optional<LabValue> low = ParseLabValue("↓7,4");
  ASSERT_TRUE(low.has_value());
  EXPECT_DOUBLE_EQ(low->number, 7.4);
  EXPECT_EQ(low->flag, "l");
  ASSERT_TRUE(ParseLabValue("↑109").has_value());
  EXPECT_DOUBLE_EQ(ParseLabValue("↑109")->number, 109);
  const ImportResult r = ExtractPlaced({
      {{40, "Analyse"}, {200, "Enhed"}, {268, "Ref.-interval 19.06.2024 22.05.2024 24.04.2024"}},
      {{40, "P-Kreatinin"},
       {200, "µmol/L"},
       {268, "60-105"},
       {350, "98"},
       {400, "↑109"},
       {455, "↑121"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-06-19", 98 * 0.011312);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-22", 109 * 0.011312);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-24", 121 * 0.011312);
}

// An Angolan 24-hour urine report writes thousands with a space ("1 245,0 mg/L"), names a free
// light chain in Portuguese ("Cadeia leve livre kappa") and titles its history's dates "Fim da
// colheita" (end of collection): none of these was read.
TEST(Blind22Class, PortugueseUrineHistoryAndThousandsWithSpaces) {
  ASSERT_TRUE(ParseLabValue("1 245,0").has_value());
  EXPECT_DOUBLE_EQ(ParseLabValue("1 245,0")->number, 1245);
  EXPECT_DOUBLE_EQ(ParseLabValue("2 150")->number, 2150);
  EXPECT_FALSE(ParseLabValue("5 12").has_value());  // not groups of a thousand
  EXPECT_EQ(IsotypeIn("Cadeia leve livre kappa"), "kappa");
  const ImportResult r = ExtractPlaced({
      {{45, "Fim da colheita"}, {200, "Pico M urin."}, {300, "CLL kappa"}, {400, "Creat."}},
      {{200, "(g/24h)"}, {300, "(mg/L)"}, {400, "(mg/dL)"}},
      {{45, "08/02/2024"}, {200, "1,73"}, {300, "2 870,0"}, {400, "2,41"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-02-08", 1730);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-02-08", 2870);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-02-08", 2.41);
}

// Titles and words of other languages: a Ukrainian lab's "Назва дослідження" (the test's name)
// and its flag arrow set into the unit column ("▲ г/л"); an Ecuadorian "RESULTADO ANT." over
// the earlier result's date; a Cypriot "Προηγ. τιμή" and free light chains named "κάππα" and
// "λάμδα". Each report's rows were not read, or the earlier results were taken for today's.
TEST(Blind22Class, TitlesAndNamesOfUkrainianSpanishAndGreekReports) {
  const ImportResult ua = ExtractPlaced({
      {{40, "Дата взяття: 22.02.2024"}},
      {{42, "Назва дослідження"}, {250, "Результат"}, {360, "Од. виміру"}, {470, "Референтні"}},
      {{42, "М-градієнт"}, {265, "3,1"}, {360, "▲ г/л"}, {470, "не виявлено"}},
  });
  ExpectValueOn(ua, Analyte::kSerumMProtein, "2024-02-22", 0.31);
  const ImportResult ec = ExtractPlaced({
      {{40, "Fecha de toma de muestra: 09/04/2024"}},
      {{46, "EXAMEN"},
       {243, "RESULTADO"},
       {310, "UNIDADES"},
       {380, "REFERENCIA"},
       {507, "RESULTADO ANT."}},
      {{507, "12/02/2024"}},
      {{52, "Hemoglobina"}, {271, "11.4"}, {310, "g/dL"}, {380, "12.5 - 16.0"}, {530, "10.8"}},
  });
  ExpectValueOn(ec, Analyte::kHemoglobin, "2024-04-09", 11.4);
  ExpectValueOn(ec, Analyte::kHemoglobin, "2024-02-12", 10.8);
  const ImportResult cy = ExtractPlaced({
      {{36, "Ημερομηνία λήψης: 05/04/2024"}},
      {{40, "Εξέταση"},
       {253, "Αποτέλεσμα"},
       {330, "Μονάδες"},
       {400, "Τιμές αναφοράς"},
       {511, "Προηγ. τιμή"}},
      {{48, "Ελεύθερες αλυσίδες κάππα (κ)"},
       {283, "12,4"},
       {330, "mg/L"},
       {400, "3,3-19,4"},
       {542, "11,8"}},
      {{48, "Ελεύθερες αλυσίδες λάμδα (λ)"},
       {283, "88,6"},
       {330, "mg/L"},
       {400, "5,7-26,3"},
       {537, "141,2"}},
  });
  ExpectValueOn(cy, Analyte::kKappaFlc, "2024-04-05", 12.4);
  ExpectValueOn(cy, Analyte::kLambdaFlc, "2024-04-05", 88.6);
  for (const ImportedObservation& o : cy.observations) {
    EXPECT_TRUE(o.obs.value != 11.8 || o.previous) << ImportToJson(cy).dump(1);
  }
}

// A Mozambican myelogram lists "Plasmócitos 36,4 %" in its differential count, which was not
// read; its flow cytometry's "kappa 97%, lambda 3%" is a share of light chains, not a count.
TEST(Blind22Class, PortugueseMyelogramCount) {
  const ImportResult r = ExtractPlaced({
      {{56, "Data da colheita: 07/02/2024"}},
      {{50, "3. MIELOGRAMA (ASPIRADO MEDULAR)"}},
      {{60, "Contagem diferencial"}, {292, "%"}, {330, "Valores de referência"}},
      {{66, "Plasmócitos"}, {279, "36,4"}, {330, "0 - 3,5"}},
  });
  ExpectValueOn(r, Analyte::kBmPlasmaCells, "2024-02-07", 36.4);
  const std::string flow = "cadeias leves citoplasmaticas: kappa 97%, lambda 3%";
  EXPECT_TRUE(internal::FlowOrFishPercent(flow, flow.find("97%")));
  const std::string czech = "plazmocyty s restrikci lambda (6,4 % v myelogramu)";
  EXPECT_FALSE(internal::FlowOrFishPercent(czech, czech.find("6,4")));
}

// An office scan of the Belarusian table: OCR read "2,76" as "2,16" with confidence 0.93, on a
// row where it read other cells poorly ("2,49" at 0.47, "5:5", "75" for "175"): silent. The
// values of such a row are reviewed; a row read well is not.
TEST(Blind22Class, ValuesOfAPoorlyReadScannedRowAreReviewed) {
  const std::vector<Placed> rows = {
      {{34, "Дата"},
       {114, "Hb (г/л)"},
       {200, "Эритр."},
       {300, "Лейк."},
       {400, "Кальций (ммоль/л)"}},
      {{34, "11.01.2024"}, {114, "86"}, {200, "2,49"}, {300, "5:5"}, {400, "2,16"}},
  };
  Document d;
  d.pages.push_back(PlacedPage(rows));
  d.pages.back().ocr = true;
  for (Word& w : d.pages.back().words) {
    w.confidence = w.text == "2,49" ? 0.47f : w.text == "5:5" ? 0.58f : 0.95f;
  }
  const ImportResult poor = ExtractObservations(d);
  const ImportedObservation* ca = Find(poor, Analyte::kCalcium);
  ASSERT_NE(ca, nullptr) << ImportToJson(poor).dump(1);
  EXPECT_TRUE(ca->needs_review);
  for (Word& w : d.pages.back().words) w.confidence = 0.95f;
  const ImportResult good = ExtractObservations(d);
  ASSERT_NE(Find(good, Analyte::kCalcium), nullptr);
  EXPECT_FALSE(Find(good, Analyte::kCalcium)->needs_review) << ImportToJson(good).dump(1);
}

// A Sri Lankan cumulative report sets "Lambda" and "K/L ratio" so close that they read as one
// title, a ratio's: lambda was never read. An "Albumin Globulin ratio" stays one title.
TEST(Blind22Class, TestAndRatioTitlesSetCloseTogether) {
  const ImportResult r = ExtractPlaced({
      {{44, "Date collected"},
       {144, "Kappa"},
       {189, "Lambda K/L ratio"},
       {300, "Albumin Globulin ratio"}},
      {{154, "mg/L"}, {206, "mg/L"}},
      {{44, "14/05/2024"}, {152, "68.4"}, {204, "11.2"}, {248, "6.11"}, {320, "1.2"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-05-14", 68.4);
  ExpectValueOn(r, Analyte::kLambdaFlc, "2024-05-14", 11.2);
  EXPECT_EQ(Find(r, Analyte::kAlbumin), nullptr) << ImportToJson(r).dump(1);
}

// The Faroese report's 24-hour urine rows: dated "19.06.2024 (slut)" (the collection's end) in
// their own column, and given per "døgn" (a day and night): none was read.
TEST(Blind22Class, DanishTimedUrineDatedAtTheEndOfItsCollection) {
  const ImportResult r = ExtractPlaced({
      {{40, "Analyse"},
       {264, "Resultat"},
       {330, "Enhed"},
       {380, "Ref.-interval"},
       {480, "Prøvetagning"}},
      {{40, "U-M-komponent; døgnudskillelse"},
       {283, "0,19"},
       {330, "g/døgn"},
       {480, "24.04.2024 (slut)"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-04-24", 190);
  const ImportedObservation* urine = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(urine, nullptr);
  EXPECT_FALSE(urine->needs_review) << ImportToJson(r).dump(1);
}

}  // namespace
}  // namespace oncoguide::import
