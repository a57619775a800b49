// Regression tests named after the classes of failure found on the seventeenth separate author's
// corpus (tests/import/corpus/blind16, measured once blind at 56.1% of text-PDF values with two
// silent errors, and 35.2% of its scans). Each builds a small page in the failing layout, in
// wordings of our own, and checks the general rule.
#include <gtest/gtest.h>

#include <algorithm>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::Analyte;

namespace {

// An Indian 24-hour urine report prints "Collection period: 12-Mar-2024 08:00 AM to 13-Mar-2024
// 08:00 AM": the "AM" hid the "to", so the urine took the first day, silently.
TEST(Blind16Class, TimedCollectionWithAmPmEndsOnItsSecondDate) {
  const ImportResult r = ExtractPlaced({
      {{36, "Test Name"}, {262, "Result"}, {330, "Unit"}, {400, "Bio. Ref. Interval"}},
      {{36, "Collection period: 03-Jun-2024 07:30 AM to 04-Jun-2024 07:30 AM"}},
      {{36, "M Band, Urine"}, {262, "0.64"}, {330, "g/24 hrs"}},
  });
  const ImportedObservation* m = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(m->obs.date.ToString(), "2024-06-04");
}

// A Dutch cumulative overview: one row per sample, "Afname" (sampling) over the dates, and
// short titles ("Kreat", "M-prot", "κ vrij", "β2-MG") with their units on the line below: no
// header was read, so all 117 values were lost.
TEST(Blind16Class, DutchOverviewWithShortTitlesAndAfnameDates) {
  const ImportResult r = ExtractPlaced({
      {{24, "Afname"},
       {178, "Hb"},
       {224, "Leuko"},
       {314, "Kreat"},
       {406, "M-prot"},
       {451, "\xCE\xBA vrij"},
       {496,
        "\xCE\xB2"
        "2-MG"}},
      {{24, "datum / tijd"},
       {178, "mmol/L"},
       {224, "10^9/L"},
       {314, "\xC2\xB5mol/L"},
       {406, "g/L"},
       {451, "mg/L"},
       {496, "mg/L"}},
      {{24, "12-08-2024 08:10"},
       {178, "7,9"},
       {224, "5,1"},
       {314, "97"},
       {406, "4,2"},
       {451, "33,5"},
       {496, "3,1"}},
  });
  const ImportedObservation* cr = Find(r, Analyte::kCreatinine);
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(cr->obs.date.ToString(), "2024-08-12");
  ASSERT_NE(Find(r, Analyte::kSerumMProtein), nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(Find(r, Analyte::kKappaFlc), nullptr) << ImportToJson(r).dump(1);
  ASSERT_NE(Find(r, Analyte::kBeta2Microglobulin), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr);
  EXPECT_NEAR(hb->obs.value, 7.9 * 1.611, 1e-9);
}

// A Czech cumulative report writes its dates "29. 6. 2024" (a space after each dot), heads its
// range column "Ref. mez", and says "stopy" (traces) and "neprokázána" (not found).
TEST(Blind16Class, CzechDatesRangeTitleAndTraceWords) {
  ASSERT_TRUE(FindLabDate("29. 6. 2024", DateOrder::kUnknown));
  EXPECT_EQ(FindLabDate("29. 6. 2024", DateOrder::kUnknown)->date.ToString(), "2024-06-29");
  const ImportResult r = ExtractPlaced({
      {{24,
        "Vy\xC5\xA1"
        "et\xC5\x99"
        "en\xC3\xAD"},
       {190, "Jednotka"},
       {262, "Ref. mez"},
       {372, "3. 9. 2024"},
       {436, "20. 8. 2024"}},
      {{30, "Kreatinin"}, {190, "\xC2\xB5mol/l"}, {262, "64-104"}, {372, "91"}, {436, "110 +"}},
      {{30, "M-komponenta"}, {190, "g/l"}, {372, "stopy"}, {436, "2,2"}},
  });
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-08-20");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* trace = FindOn(r, Analyte::kSerumMProtein, "2024-09-03");
  ASSERT_NE(trace, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(trace->obs.bound, records::ValueBound::kTrace);
}

// An Argentine report: "Fecha de extracción: 14 de febrero de 2024", names with dotted leaders,
// "Cadenas livianas libres", a 24-hour urine's "Recolección: ... al ..." period, and an
// immunofixation "no realizada" (not done), which was read as negative, silently.
TEST(Blind16Class, SpanishLongDatesLeadersAndATestNotDone) {
  const ImportResult r = ExtractPlaced({
      {{40, "Fecha de extracci\xC3\xB3n:"}, {165, "9 de julio de 2024"}},
      {{44, "Cadenas livianas libres kappa"}, {262, "......"}, {300, "3,05"}, {332, "mg/dL"}},
      {{40, "ORINA DE 24 HORAS"}},
      {{44, "Recolecci\xC3\xB3n: 09/07/2024 07:00 al 10/07/2024 07:00"}},
      {{44, "Componente monoclonal urinario"}, {262, "......"}, {300, "0,35"}, {332, "g/24 h"}},
      {{44, "Inmunofijaci\xC3\xB3n en orina"}, {262, "......"}, {300, "no realizada"}},
  });
  const ImportedObservation* kappa = Find(r, Analyte::kKappaFlc);
  ASSERT_NE(kappa, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(kappa->obs.date.ToString(), "2024-07-09");
  EXPECT_DOUBLE_EQ(kappa->obs.value, 30.5);
  const ImportedObservation* urine = Find(r, Analyte::kUrineMProtein);
  ASSERT_NE(urine, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(urine->obs.date.ToString(), "2024-07-10");
  EXPECT_EQ(Find(r, Analyte::kUrineIfe), nullptr) << ImportToJson(r).dump(1);
}

// A Brazilian report closes each exam's block with "Coletado em:", gives earlier results on the
// line under "Resultados anteriores (creatinina, mg/dL):", and types the monoclonal band under
// its immunofixation ("Banda monoclonal | IgG/Lambda").
TEST(Blind16Class, BrazilianBlocksEarlierResultsBelowAndBandType) {
  const ImportResult r = ExtractPlaced({
      {{48, "CREATININA"}},
      {{56, "Creatinina"}, {270, "1,22"}, {276, "mg/dL"}, {360, "0,70 a 1,20 mg/dL"}},
      {{56, "Resultados anteriores (creatinina, mg/dL):"}},
      {{56, "11/06/2024: 1,30   \xC2\xB7   14/05/2024: 1,45"}},
      {{48, "Coletado em: 02/07/2024 07:50"}, {220, "Liberado em: 03/07/2024 10:00"}},
      {{48, "IMUNOFIXA\xC3\x87\xC3\x83O S\xC3\x89RICA"}},
      {{56, "Banda monoclonal"}, {270, "IgA/Kappa"}, {360, "aus\xC3\xAAncia de bandas"}},
      {{48, "Coletado em: 02/07/2024 07:50"}, {220, "Liberado em: 04/07/2024 09:00"}},
  });
  const ImportedObservation* now = FindOn(r, Analyte::kCreatinine, "2024-07-02");
  ASSERT_NE(now, nullptr) << ImportToJson(r).dump(1);
  for (auto [date, value] : {std::pair{"2024-06-11", 1.30}, std::pair{"2024-05-14", 1.45}}) {
    const ImportedObservation* earlier = FindOn(r, Analyte::kCreatinine, date);
    ASSERT_NE(earlier, nullptr) << date << ImportToJson(r).dump(1);
    EXPECT_TRUE(earlier->previous);
    EXPECT_DOUBLE_EQ(earlier->obs.value, value);
  }
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-07-02");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(Find(r, Analyte::kSerumMProtein), nullptr) << ImportToJson(r).dump(1);
}

// A Greek report: its names, headers, date labels and words were not known ("Κρεατινίνη" even
// lost its "κ" to "kappa"), so 23 values were lost; "IgG-κ" writes the light chain in Greek, and
// the dated columns under "Προηγούμενα αποτελέσματα" (previous results) are earlier results.
TEST(Blind16Class, GreekReportNamesLabelsAndEarlierResults) {
  // Greek letters take two bytes, so ten points each here: the columns are set wide apart.
  const ImportResult r = ExtractPlaced({
      {{36, "Ημ/νία αιμοληψίας: 11/09/2024 08:10"}, {400, "Ημ/νία έκδοσης: 13/09/2024"}},
      {{36, "Εξέταση"}, {260, "Αποτέλεσμα"}, {380, "Μονάδες"}, {460, "Τιμές"}},
      {{42, "Κρεατινίνη"}, {260, "1,12"}, {380, "mg/dL"}, {460, "0,70 - 1,20"}},
      {{42, "Ασβέστιο ιονισμένο"}, {260, "1,22"}, {380, "mmol/L"}},
      {{42, "Ανοσοκαθήλωση ορού"}, {260, "IgA-λ"}},
      {{36, "Προηγούμενα αποτελέσματα"}},
      {{42, "Εξέταση"}, {260, "Μονάδες"}, {380, "10/07/2024"}, {460, "12/08/2024"}},
      {{42, "Κρεατινίνη"}, {260, "mg/dL"}, {380, "1,40"}, {460, "1,25"}},
  });
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-09-11");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  EXPECT_FALSE(cr->previous);
  EXPECT_EQ(Find(r, Analyte::kCalcium), nullptr) << ImportToJson(r).dump(1);
  const ImportedObservation* ife = FindOn(r, Analyte::kSerumIfe, "2024-09-11");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.text, "IgA lambda");
  const ImportedObservation* earlier = FindOn(r, Analyte::kCreatinine, "2024-07-10");
  ASSERT_NE(earlier, nullptr) << ImportToJson(r).dump(1);
  EXPECT_TRUE(earlier->previous);
  EXPECT_DOUBLE_EQ(earlier->obs.value, 1.40);
}

// An Australian cumulative report: its unit column has no title and lies nearer the "Date"
// title than the first date, so its units were not read (light chains lost, a 24-hour urine's
// "g/24h" values taken as mg, for review); "Nil" is none found; "Beta-2 microglob" is cut to its
// column's width.
TEST(Blind16Class, UntitledUnitColumnNilAndACutName) {
  const ImportResult r = ExtractPlaced({
      {{24, "Date"}, {330, "14/03/24"}, {430, "18/04/24"}},
      {{24, "Paraprotein"}, {140, "g/L"}, {350, "Nil"}, {450, "Nil"}},
      {{24, "Lambda FLC"}, {140, "mg/L"}, {180, "5.7-26.3"}, {350, "412"}, {450, "96.5"}},
      {{24, "Beta-2 microglob"}, {140, "mg/L"}, {350, "5.1"}},
      {{24, "Bence Jones protein"}, {140, "g/24h"}, {350, "1.42"}},
  });
  const ImportedObservation* lambda = FindOn(r, Analyte::kLambdaFlc, "2024-04-18");
  ASSERT_NE(lambda, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(lambda->obs.value, 96.5);
  EXPECT_FALSE(lambda->needs_review);
  ASSERT_NE(FindOn(r, Analyte::kBeta2Microglobulin, "2024-03-14"), nullptr)
      << ImportToJson(r).dump(1);
  const ImportedObservation* bj = FindOn(r, Analyte::kUrineMProtein, "2024-03-14");
  ASSERT_NE(bj, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(bj->obs.value, 1420);
  const ImportedObservation* m = FindOn(r, Analyte::kSerumMProtein, "2024-03-14");
  ASSERT_NE(m, nullptr) << ImportToJson(r).dump(1);
  EXPECT_DOUBLE_EQ(m->obs.value, 0);
}

// A UAE discharge summary: a trend table's dates have no year ("Date (2024) | 03/03 | 04/03"),
// so it was not read; once read, its columns stayed over the discharge results below a line
// "(collected 08/03/2024 06:15)", whose values fell under the 04/03 column and took that date,
// silently. The prose "IgA lambda ... free kappa" names both light chains: the one right after
// the heavy chain is the isotype's. A Korean report heads its creatinine column "Cr".
TEST(Blind16Class, YearlessTrendDatesEndAtTheNextLabelAndAdjacentIsotype) {
  const ImportResult r = ExtractPlaced({
      {{52, "Date (2024)"}, {180, "Units"}, {250, "03/03"}, {308, "04/03"}, {366, "05/03"}},
      {{52, "Creatinine"}, {180, "umol/L"}, {250, "247"}, {308, "221"}, {366, "188"}},
      {{52, "Cr"}, {180, "mg/dL"}, {250, "2.79"}, {308, "2.50"}, {366, "2.13"}},
      {{44, "Results before discharge (collected 08/03/2024 06:15)"}},
      {{52, "Haemoglobin"}, {300, "9.1"}, {330, "g/dL"}},
  });
  const ImportedObservation* cr = FindOn(r, Analyte::kCreatinine, "2024-03-04");
  ASSERT_NE(cr, nullptr) << ImportToJson(r).dump(1);
  EXPECT_NEAR(cr->obs.value, 2.50, 0.001);  // 221 µmol/L, and "Cr" 2.50 mg/dL
  EXPECT_EQ(std::count_if(
                r.observations.begin(), r.observations.end(),
                [](const ImportedObservation& o) { return o.obs.analyte == Analyte::kCreatinine; }),
            6)
      << ImportToJson(r).dump(1);
  const ImportedObservation* hb = Find(r, Analyte::kHemoglobin);
  ASSERT_NE(hb, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(hb->obs.date.ToString(), "2024-03-08");
  // The same with the dates' years written out.
  const ImportResult full = ExtractPlaced({
      {{52, "Date"}, {180, "Units"}, {250, "03/03/2024"}, {308, "04/03/2024"}},
      {{52, "Creatinine"}, {180, "umol/L"}, {250, "247"}, {308, "221"}},
      {{44, "Results before discharge (collected 08/03/2024 06:15)"}},
      {{52, "Haemoglobin"}, {300, "9.1"}, {330, "g/dL"}},
  });
  const ImportedObservation* later = Find(full, Analyte::kHemoglobin);
  ASSERT_NE(later, nullptr) << ImportToJson(full).dump(1);
  EXPECT_EQ(later->obs.date.ToString(), "2024-03-08");
  EXPECT_EQ(IsotypeIn("immunofixation IgA lambda, free lambda 612 mg/L with free kappa 9.1 mg/L"),
            "IgA lambda");
  EXPECT_EQ(IsotypeIn("kappa and lambda both restricted, IgG"), "IgG");
}

// The Greek report's scan: OCR garbled the blood-draw label, and the only collection date left
// on the page was the 24-hour urine's ("collected 04/04 08:00 to 05/04 08:00"). The blood
// results above it took the day the urine collection ended, two of them silently. A date that a
// urine section's heading gives dates that section only; results with no label of their own are
// listed as undated.
TEST(Blind16Class, AUrineCollectionDateDoesNotDateTheBloodResultsAboveIt_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Patient: A. Sample"}, {300, "Printed: 08/04/2024"}},
      {{40, "Test"}, {150, "Result"}, {210, "Units"}, {260, "Range"}},
      {{40, "Haemoglobin"}, {150, "10.6"}, {210, "g/dL"}, {260, "13.0 - 17.0"}},
      {{40, "Creatinine"}, {150, "1.31"}, {210, "mg/dL"}, {260, "0.70 - 1.20"}},
      {{40, "24-HOUR URINE (collected 04/04/2024 08:00 to 05/04/2024 08:00, volume 1.6 L)"}},
      {{40, "Urine M-protein"}, {150, "Not detected"}},
  });
  EXPECT_EQ(Find(r, Analyte::kHemoglobin), nullptr) << ImportToCsv(r);
  EXPECT_EQ(Find(r, Analyte::kCreatinine), nullptr) << ImportToCsv(r);
  for (const char* name : {"Haemoglobin", "Creatinine"}) {
    EXPECT_TRUE(std::any_of(r.unrecognised.begin(), r.unrecognised.end(),
                            [&](const auto& u) {
                              return u.text.find(name) != std::string::npos &&
                                     u.reason.find("no collection date") != std::string::npos;
                            }))
        << name << "\n"
        << ImportToCsv(r);
  }
  EXPECT_NE(Find(r, Analyte::kUrineMProtein), nullptr) << ImportToCsv(r);
}

}  // namespace
}  // namespace oncoguide::import
