// Regression tests named after the classes of failure found on the sixteenth separate author's
// corpus (tests/import/corpus/blind15, measured once blind at 52.5% of text-PDF values with four
// silent errors, one of them a scoring difference). Each builds a small page in the failing
// layout, in wordings of our own, and checks the general rule.
#include <gtest/gtest.h>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/records/units.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// A VA cumulative report writes its column dates "SEP 12,2023", no space after the comma: no
// date was read and the whole report was lost.
TEST(Blind15Class, MonthDayCommaYearWithoutASpace) {
  ASSERT_TRUE(FindLabDate("OCT 10,2023", DateOrder::kUnknown));
  EXPECT_EQ(FindLabDate("OCT 10,2023", DateOrder::kUnknown)->date.ToString(), "2023-10-10");
  EXPECT_EQ(FindLabDate("Jan 9, 2024", DateOrder::kUnknown)->date.ToString(), "2024-01-09");
}

// A Turkish e-Nabız printout: "Numune Alma Zamanı" (sampling time) dates each block, "Onay
// Zamanı" (approved) does not, and its titles, test names and flags are Turkish.
TEST(Blind15Class, TurkishSamplingTimeTitlesAndNames) {
  const ImportResult r = ExtractPlaced({
      {{40, "Numune Alma Zaman\xC4\xB1: 14.02.2024 08:20"},
       {260, "Onay Zaman\xC4\xB1: 15.02.2024 11:02"}},
      {{40, "Tetkik Ad\xC4\xB1"},
       {276, "Sonu\xC3\xA7"},
       {312, "Birim"},
       {382, "Referans Aral\xC4\xB1\xC4\x9F\xC4\xB1"},
       {470, "Durum"}},
      {{44, "Kalsiyum (Ca)"},
       {287, "10.9"},
       {312, "mg/dL"},
       {382, "8.8 - 10.6"},
       {470, "Y\xC3\xBCksek"}},
      {{44, "Serbest Lambda Hafif Zincir"}, {279, "88.0"}, {312, "mg/L"}, {382, "5.71 - 26.3"}},
  });
  const ImportedObservation* ca = Find(r, Analyte::kCalcium);
  ASSERT_NE(ca, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ca->obs.date.ToString(), "2024-02-14");
  EXPECT_DOUBLE_EQ(ca->obs.value, 10.9);
  ASSERT_NE(Find(r, Analyte::kLambdaFlc), nullptr) << ImportToJson(r).dump(1);
}

// A Kenyan 24-hour urine report gives "Collection period: 05-Mar-2024 08:00 to 06-Mar-2024
// 08:00" and its unit "g/24 hrs": the urine results took the period's first day (silently)
// and the M-protein's unit was not known.
TEST(Blind15Class, TimedCollectionEndsOnItsSecondDate) {
  EXPECT_TRUE(records::UnitFactor(Analyte::kUrineMProtein, "g/24 hrs").ok());
  const ImportResult r = ExtractPlaced({
      {{40, "24 HOUR URINE PROTEIN STUDY"}},
      {{46, "Collection period: 11-Jun-2024 07:30 to 12-Jun-2024 07:30"}},
      {{40, "TEST"}, {239, "RESULT"}, {280, "FLAG"}, {318, "UNITS"}},
      {{46, "Urine M-protein (Bence Jones)"}, {249, "0.95"}, {280, "H"}, {318, "g/24 hrs"}},
      {{46, "Urine Immunofixation"}, {220, "Free Lambda"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(m->obs.date.ToString(), "2024-06-12");
  EXPECT_DOUBLE_EQ(m->obs.value, 950);
  const ImportedObservation* ife = Find(r, Analyte::kUrineIfe);
  ASSERT_NE(ife, nullptr);
  EXPECT_EQ(ife->obs.date.ToString(), "2024-06-12");
}

// A South African report's page 1 is a flowsheet dated by its columns; page 2 is another
// report with its own "Date collected:" whose immunofixation sat under a page-1 date column and
// took that date, silently.
TEST(Blind15Class, AFlowsheetsDateColumnsEndWhenALaterPageHasItsOwnLabel) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{30, "Test"}, {170, "Units"}, {284, "2024/01/15"}, {354, "2024/03/11"}},
      {{30, "Free kappa light chains"}, {170, "mg/L"}, {293, "512.0"}, {369, "98.6"}},
  }));
  d.pages.push_back(PlacedPage({
      {{30, "Date collected: 2024/03/11 07:55"}},
      {{30, "Immunofixation:"}, {280, "IgG kappa paraprotein present."}},
  }));
  d.pages.back().number = 2;
  const ImportResult r = ExtractObservations(d);
  const ImportedObservation* ife = Find(r, Analyte::kSerumIfe);
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.date.ToString(), "2024-03-11");
}

// A page-2 urine study's heading named the specimen of page 3's blood report: its haemoglobin
// was taken for a urine test and ignored.
TEST(Blind15Class, AUrineHeadingEndsWithItsReport) {
  Document d;
  d.pages.push_back(PlacedPage({
      {{40, "Date Collected:"}, {129, "06-Mar-2024 08:05"}},
      {{40, "24 HOUR URINE PROTEIN STUDY"}},
      {{40, "TEST"}, {239, "RESULT"}, {318, "UNITS"}},
      {{46, "Urine Immunofixation"}, {220, "Free Kappa"}},
  }));
  d.pages.push_back(PlacedPage({
      {{40, "Date Collected:"}, {129, "16-Apr-2024 08:31"}},
      {{40, "TEST"}, {239, "RESULT"}, {318, "UNITS"}},
      {{40, "FULL HAEMOGRAM"}},
      {{46, "Haemoglobin"}, {249, "10.1"}, {318, "g/dL"}},
  }));
  d.pages.back().number = 2;
  const ImportResult r = ExtractObservations(d);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-04-16");
}

// An Australian cumulative report: "Date | Time | Hb | RCC | MCV" with flags glued to values
// ("98L"), and "Paraprot | FKappa | FLambda" titles. "Time" and "RCC" were unknown titles, so
// the header was not read and every row was dropped without a word.
TEST(Blind15Class, DatesAsRowsWithTimeAndAbbreviatedTitles) {
  const ImportResult r = ExtractPlaced({
      {{36, "Date"},
       {84, "Time"},
       {167, "Hb"},
       {224, "RCC"},
       {287, "Paraprot"},
       {361, "FKappa"},
       {422, "FLambda"}},
      {{36, "Units"}, {170, "g/L"}, {211, "x10^12/L"}, {316, "g/L"}, {378, "mg/L"}, {446, "mg/L"}},
      {{36, "14/11/23"},
       {84, "0905"},
       {163, "104L"},
       {216, "3.41L"},
       {308, "22.5"},
       {360, "842.0H"},
       {449, "6.1"}},
  });
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(hb->obs.value, 10.4);
  ASSERT_NE(Find(r, Analyte::kKappaFlc), nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(Find(r, Analyte::kSerumMProtein), nullptr);
}

// A dated row of numbers under a header that was not understood is listed as unread.
TEST(Blind15Class, DatedRowOfNumbersWithoutAHeaderIsListedAsUnread) {
  const ImportResult r = ExtractPlaced({
      {{36, "Date"}, {84, "Zyx"}, {167, "Qwv"}},
      {{36, "14/11/23"}, {84, "0905"}, {163, "104"}, {216, "3.41"}},
  });
  EXPECT_TRUE(r.observations.empty());
  ASSERT_FALSE(r.unrecognised.empty()) << ImportToJson(r).dump(1);
}

// A Spanish report marks out-of-range results with an asterisk between the number and its unit
// ("2,14 * mg/dL"): the cell was not read as a result.
TEST(Blind15Class, FlagBetweenNumberAndUnit) {
  const std::optional<LabValue> v = ParseLabValue("2,14 * mg/dL");
  ASSERT_TRUE(v.has_value());
  EXPECT_DOUBLE_EQ(v->number, 2.14);
  EXPECT_EQ(v->unit, "mg/dl");
  EXPECT_EQ(v->flag, "*");
  // Words after a flag are still not a result ("12.1 H see note").
  EXPECT_FALSE(ParseLabValue("12.1 H see note").has_value());
}

// An Israeli discharge letter lists one result per row with its date and time first ("03/03/2024
// | 22:15 | Hemoglobin | 8.7 | L | g/dL"): the time hid the test's name and no row was read.
TEST(Blind15Class, ResultsListWithDateAndTimeFirst) {
  const ImportResult r = ExtractPlaced({
      {{36, "Date"}, {98, "Time"}, {140, "Test"}, {301, "Result"}, {372, "Flag"}, {404, "Units"}},
      {{36, "17/05/2024"},
       {98, "06:40"},
       {140, "Creatinine"},
       {309, "1.84"},
       {372, "H"},
       {404, "mg/dL"}},
      {{36, "19/05/2024"},
       {98, "07:05"},
       {140, "Creatinine"},
       {309, "1.52"},
       {372, "H"},
       {404, "mg/dL"}},
  });
  const ImportedObservation* c = FindOn(r, Analyte::kCreatinine, "2024-05-19");
  ASSERT_NE(c, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(c->obs.value, 1.52);
  ASSERT_NE(FindOn(r, Analyte::kCreatinine, "2024-05-17"), nullptr);
}

// Found on blind9's scans after the narrative was dated where it stands: a flow cytometry count
// ("abnormal plasma cells comprise 8.2% of total events") and a FISH count ("t(11;14) in 38% of
// sorted plasma cells") were read as the marrow's plasma-cell percentage, silently.
TEST(Blind15Class, FlowAndFishPercentagesAreNotTheMarrowCount) {
  const ImportResult r = ExtractPlaced({
      {{40, "Date of procedure: 02/14/2024"}},
      {{40, "BONE MARROW, RIGHT POSTERIOR ILIAC CREST"}},
      {{40, "Flow cytometry (aspirate): abnormal plasma cells comprise 6.4% of total events and"}},
      {{40, "express CD38 and CD138 with cytoplasmic lambda light chain restriction."}},
      {{40, "FISH: t(11;14) detected in 41% of sorted plasma cells."}},
  });
  EXPECT_EQ(Find(r, Analyte::kBmPlasmaCells), nullptr) << ImportToJson(r).dump(1);
  const ImportResult marrow = ExtractPlaced({
      {{40, "Procedure date: 14/02/2024"}},
      {{40,
        "Bone marrow: plasma cells are 27% of the aspirate differential; flow cytometry 6.4% of"}},
      {{40, "total events."}},
  });
  const ImportedObservation* pc = Find(marrow, Analyte::kBmPlasmaCells);
  ASSERT_NE(pc, nullptr) << ImportToJson(marrow).dump(1);
  EXPECT_DOUBLE_EQ(pc->obs.value, 27);
}

// A Danish portal grid (newest first): its unit column is headed "Enhed", so every value was
// "without a unit" and lost; "spor" is trace; "Kappa-kæde (fri)" is the free light chain; Hb in
// mmol/L; the albumin-corrected and ionised calcium ("Calcium-ion frit") are other tests.
TEST(Blind15Class, DanishGridUnitColumnTraceAndNames) {
  const ImportResult r = ExtractPlaced({
      {{30, "Analyse"},
       {190, "Enhed"},
       {240, "Referenceinterval"},
       {386, "11.09.24"},
       {448, "14.08.24"}},
      {{30, "B-H\xC3\xA6moglobin"},
       {190, "mmol/L"},
       {240, "7,3 - 9,5"},
       {386, "8,0"},
       {448, "6,8 L"}},
      {{30, "P-Calcium (albuminkorrigeret)"}, {190, "mmol/L"}, {386, "2,40"}},
      {{30, "P-Calcium-ion frit"}, {190, "mmol/L"}, {386, "1,27"}},
      {{30, "P-M-komponent"}, {190, "g/L"}, {386, "spor"}, {448, "3,7"}},
      {{30, "P-M-komponent, type"}, {386, "IgG-lambda"}},
      {{30,
        "P-Lambda-k\xC3\xA6"
        "de (fri)"},
       {190, "mg/L"},
       {386, "31,5 H"},
       {448, "64,2 H"}},
  });
  const ImportedObservation* hb = FindOn(r, Analyte::kHemoglobin, "2024-08-14");
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(hb->obs.value, 6.8 * 1.611, 1e-9);
  EXPECT_EQ(Find(r, Analyte::kCalcium), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-08-14");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(m->obs.value, 0.37);
  const ImportedObservation* trace = FindOn(r, Analyte::kSerumMProtein, "2024-09-11");
  ASSERT_NE(trace, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(trace->obs.bound, records::ValueBound::kTrace);
  ASSERT_NE(FindOn(r, Analyte::kSerumIfe, "2024-09-11"), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-08-14");
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 64.2);
}

// A Brazilian report sets a box of earlier results beside each section ("Resultados
// anteriores", then the test's title and its dated results), sharing lines with the table's
// rows: the box's dates were read as units, so every earlier result was lost, and "Cadeia leve
// lambda livre" (the word order of that lab) was not known.
TEST(Blind15Class, ABoxOfEarlierResultsBesideTheTable) {
  const ImportResult r = ExtractPlaced({
      {{36, "Data da coleta:"}, {125, "12/04/2024 07:10"}},
      {{36, "CREATININA, soro"}},
      {{36, "Material: Soro"}, {398, "Resultados anteriores"}},
      {{44, "Creatinina"},
       {209, "1,12"},
       {236, "mg/dL"},
       {300, "0,50 a 1,10"},
       {398, "Creatinina (mg/dL)"}},
      {{402, "14/03/2024"}, {478, "1,30"}},
      {{44, "eGFR"}, {218, "61 mL/min"}, {402, "15/02/2024"}, {478, "1,41"}},
      {{36, "CADEIAS LEVES LIVRES, soro"}},
      {{44, "Cadeia leve lambda livre"}, {209, "2,05 mg/dL"}, {300, "0,57 a 2,63"}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kCreatinine, "2024-04-12");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(now->previous);
  for (auto [date, value] : {std::pair{"2024-03-14", 1.30}, std::pair{"2024-02-15", 1.41}}) {
    const ImportedObservation* earlier = FindOn(r, Analyte::kCreatinine, date);
    ASSERT_NE(earlier, nullptr) << date << ImportToJson(r).dump(1);
    EXPECT_TRUE(earlier->previous);
    EXPECT_DOUBLE_EQ(earlier->obs.value, value);
  }
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-04-12");
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 20.5);
}

// A Scottish clinic letter: its "Date typed:" dated the letter's sentences (a letter's own
// dates are never a collection date; "Seen at the ... Clinic on" is the visit, when "today's"
// bloods were taken); "t(11;14)" ended a sentence at its ';', so the FISH count became the
// marrow's plasma cells; "68.2 mg/L on the same date" is the date written before it.
TEST(Blind15Class, ClinicLetterDatesSameDateAndFishInParentheses) {
  const ImportResult r = ExtractPlaced({
      {{45, "Date dictated:"}, {130, "04/06/2024"}},
      {{45, "Date typed:"}, {130, "07/06/2024"}},
      {{45, "Seen at the Myeloma Clinic on 03/06/2024."}},
      {{45,
        "Her bloods today (03/06/2024) showed a haemoglobin of 10.8 g/dL and platelets of 170."}},
      {{45, "Creatinine was 88 umol/L and LDH was 190 U/L."}},
      {{45, "The paraprotein has fallen from 20 g/L at diagnosis to 6 g/L on 13/05/2024, and the"}},
      {{45, "free lambda light chain was 41.5 mg/L on the same date."}},
      {{45, "Her marrow on 02/01/2024 showed 30% plasma cells, lambda restricted. FISH showed"}},
      {{45, "t(11;14) in 70% of plasma cells."}},
  });
  const ImportedObservation* cr = Find(r, Analyte::kCreatinine);
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(cr->obs.date.ToString(), "2024-06-03");
  const ImportedObservation* lambda = Find(r, Analyte::kLambdaFlc);
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(lambda->obs.date.ToString(), "2024-05-13");
  const ImportedObservation* pc = Find(r, Analyte::kBmPlasmaCells);
  ASSERT_NE(pc, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(pc->obs.value, 30);
  for (const ImportedObservation& o : r.observations) {
    EXPECT_NE(o.obs.date.ToString(), "2024-06-07") << ImportToJson(r).dump(1);
    EXPECT_NE(o.obs.date.ToString(), "2024-06-04") << ImportToJson(r).dump(1);
  }
}

}  // namespace
}  // namespace oncoguide::import
