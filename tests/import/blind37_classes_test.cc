// The classes blind37's separate author found (tests/import/corpus/blind37: measured once blind,
// then a development split), each tested in our own words.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/test_names.h"
#include "placed_page.h"

namespace oncoguide::import {
namespace {

using records::Analyte;

// A German cumulative report sets each column's day and month over its year ("27.04." /
// "2023"): the year line is the header, and without the day and month no result had a date
// (all 55 of a Hamburg report were unread).
TEST(Blind37Class, DayAndMonthOverTheYearMakeTheColumnsDate_Regression) {
  const ImportResult r = ExtractPlaced({
      {{300, "27.04."}, {360, "22.03."}, {420, "19.02."}},
      {{40, "Analyt"}, {150, "Einheit"}, {300, "2023"}, {360, "2023"}, {420, "2023"}},
      {{40, "LDH"}, {150, "U/l"}, {300, "205"}, {360, "222"}, {420, "239"}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2023-04-27", 205);
  ExpectValueOn(r, Analyte::kLdh, "2023-02-19", 239);
}

// The same in Australia, slashed: "05/06" over "2024" is 5 June on a report dated day first.
// Put together year first ("2024/05/06"), as a Japanese "2023" over "11/06" is, it became 6 May,
// silently (blind37's first scan run of a Victorian report, after the rule above).
TEST(Blind37Class, SlashedDayAndMonthOverTheYearKeepTheReportsOrder_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 18/09/2024"}},
      {{300, "05/06"}, {360, "10/07"}, {420, "18/09"}},
      {{40, "Test"}, {150, "Units"}, {300, "2024"}, {360, "2024"}, {420, "2024"}},
      {{40, "LDH"}, {150, "U/L"}, {300, "262"}, {360, "231"}, {420, "196"}},
  });
  ExpectValueOn(r, Analyte::kLdh, "2024-06-05", 262);
  ExpectValueOn(r, Analyte::kLdh, "2024-07-10", 231);
  EXPECT_EQ(FindOn(r, Analyte::kLdh, "2024-05-06"), nullptr) << ImportToJson(r).dump(1);
}

// A US laboratory printout puts the time of day beside the date under "COLLECTED" ("DATE |
// TIME | g/dL"): the time's title, under no test, made the units line no sub-header, and it
// replaced the tests' titles (57 results of an Ohio summary unread).
TEST(Blind37Class, TimeTitleBesideTheDateUnderItsTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "COLLECTED"}, {140, "HGB"}, {200, "CREAT"}},
      {{40, "DATE"}, {90, "TIME"}, {140, "g/dL"}, {200, "mg/dL"}},
      {{40, "11/13/22 0941"}, {140, "12.9L"}, {200, "1.02"}},
      {{40, "10/17/22 1041"}, {140, "12.5L"}, {200, "1.10"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2022-11-13", 12.9);
  ExpectValueOn(r, Analyte::kCreatinine, "2022-10-17", 1.10);
}

// Taiwanese reports date in the Minguo calendar, a three-digit year ("113/05/12" is 2024-05-12),
// under a Chinese collection-date title ("採檢日期"): neither was read, and no result was dated.
TEST(Blind37Class, MinguoDatesUnderAChineseDateTitle_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "採檢日期"}, {150, "血色素"}, {250, "肌酸酐"}},
      {{150, "Hb g/dL"}, {250, "Cr mg/dL"}},
      {{40, "113/05/12"}, {150, "11.8 L"}, {250, "1.08 H"}},
      {{40, "112/11/07"}, {150, "9.1 L"}, {250, "1.62 H"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-05-12", 11.8);
  ExpectValueOn(r, Analyte::kCreatinine, "2023-11-07", 1.62);
}

// A Korean cumulative table: its date title ("채혈일시") and M-protein ("M단백") in Hangul, and
// units whose slash the font sets apart ("g /dL"). None of its 52 results was read.
TEST(Blind37Class, KoreanTitlesAndASpacedSlash_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "채혈일시"}, {150, "혈색소"}, {250, "M단백"}},
      {{150, "Hb g /dL"}, {250, "M-prot g /dL"}},
      {{40, "2024.03.26 09:56"}, {150, "8.9"}, {250, "3.12"}},
      {{40, "2024.04.26 10:41"}, {150, "9.5"}, {250, "2.01"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-03-26", 8.9);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-04-26", 2.01);
}

// A Manitoba 24-hour urine report sets each row's flag against its unit ("0.21 | H g/d"), and
// then a bilingual heading, long enough to pass for a sentence, over the serum results
// ("Related serum results / Résultats sériques connexes — collected ..."): the urine M-protein
// was unread, and every serum row below was taken for a urine test and passed over.
TEST(Blind37Class, FlagBeforeTheUnitAndABilingualSerumHeading_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "PROTEIN ELECTROPHORESIS REPORT - 24 HOUR URINE"}},
      {{40, "Collected: 2024-Nov-05 07:30 (24 h)"}},
      {{40, "Test"}, {240, "Result"}, {300, "Units"}, {380, "Reference"}},
      {{40, "UPEP: monoclonal protein (M-spike)"}, {240, "0.21"}, {300, "H g/d"}},
      {{40, "Related serum results / Résultats sériques connexes — collected 2024-Nov-04 08:15"}},
      {{40, "Test"}, {240, "Result"}, {300, "Units"}, {380, "Reference"}},
      {{40, "Hemoglobin"}, {240, "112"}, {300, "L g/L"}, {380, "135 - 175"}},
      {{40, "Free kappa light chain"}, {240, "188"}, {300, "H mg/L"}, {380, "3.3 - 19.4"}},
  });
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-11-05", 210);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-11-04", 11.2);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-11-04", 188);
}

// A German cumulative report writes a free kappa band in its immunofixation row as "fr. Kappa"
// (freie): not understood, six results were unread.
TEST(Blind37Class, AbbreviatedGermanFreeKappa_Regression) {
  const std::optional<LabValue> v = ParseLightChainBand("fr. Kappa");
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->kind, LabValue::Kind::kDetected);
  EXPECT_EQ(v->isotype, "kappa");
}

// A portal's results as cards, two to a row: each card's category ("Bioquímica") printed at its
// right edge a little above the value, and a flag on a line of its own ("↑ Alto") between the
// value and its earlier result. The category line dropped the waiting name, and the flag line
// kept the earlier result from its card (an Andalusian portal: 0 of 19 values read).
TEST(Blind37Class, CardCategoryBesideTheValueAndFlagLine_Regression) {
  Page p;
  p.number = 1;
  p.width = 595;
  p.height = 842;
  // Words 0.55 of their band's height wide per character (the boxes poppler gave the cards).
  const auto put = [&](double x, double y0, double y1, const std::string& text) {
    PlaceWords(&p, x, y0, y1, text, 0.55 * (y1 - y0), 2);
  };
  put(36, 80, 88, "Fecha de extracción de la muestra: 14/05/2024 08:30");
  struct Card {
    const char* name;
    const char* value;
    const char* unit;
    bool flagged;
    const char* earlier;
  };
  double top = 116;
  for (const Card& c :
       {Card{"Creatinina", "1,18", "mg/dL", true, "1,26 mg/dL (02/04/2024)"},
        Card{"Lactato deshidrogenasa", "198", "U/L", false, "221 U/L (02/04/2024)"}}) {
    put(44, top, top + 9.9, c.name);
    put(242, top + 14.3, top + 21.3, "Bioquímica");  // the card's category, at its right edge
    put(44, top + 15.9, top + 32.2, c.value);
    put(77, top + 21.5, top + 30.8, c.unit);
    if (c.flagged) put(257, top + 24.9, top + 33.7, "↑ Alto");
    put(44, top + 35.6, top + 43.5, "Valores de referencia: 0,51 – 0,95");
    put(44, top + 47.0, top + 54.4, "Extracción: 14/05/2024 08:30 · Validado: 15/05/2024 13:02");
    put(44, top + 58.4, top + 66.5, std::string("Resultado anterior: ") + c.earlier);
    top += 89;
  }
  Document d;
  d.pages.push_back(std::move(p));
  const ImportResult r = ExtractObservations(d);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-14", 1.18);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-02", 1.26);
  ExpectValueOn(r, Analyte::kLdh, "2024-05-14", 198);
  ExpectValueOn(r, Analyte::kLdh, "2024-04-02", 221);
}

}  // namespace
}  // namespace oncoguide::import
