// Classes found by blind49's first run (a fiftieth separate author's 18 documents, measured
// once blind at 53944be), each written as our own small page.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "oncoguide/import/lab_text.h"
#include "placed_page.h"

namespace oncoguide::import {

namespace {

using records::Analyte;

// A Hunan report's label gave the serum's and the urine's collection dates on one line
// ("采样时间：2024-05-10 07:32（血清）/ 2024-05-11 07:00（尿）"): the urine M-protein took the
// serum's date, silently. The date marked as the urine's dates the urine rows.
TEST(Blind49Class, UrineDateMarkedOnTheLabelLine_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 20/05/2024 07:32 (serum) / 21/05/2024 07:00 (urine)"}},
      {{40, "Test"}, {250, "Result"}, {320, "Units"}},
      {{40, "Paraprotein"}, {250, "41.6"}, {320, "g/L"}},
      {{40, "Urine M-protein"}, {250, "0.86"}, {320, "g/24h"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-05-20", 4.16);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-05-21", 860);
}

// The urine's date may come first on the line: the other rows still take the serum's.
TEST(Blind49Class, UrineDateFirstOnTheLabelLine_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 21/05/2024 07:00 (urine) / 20/05/2024 07:32 (serum)"}},
      {{40, "Test"}, {250, "Result"}, {320, "Units"}},
      {{40, "Paraprotein"}, {250, "41.6"}, {320, "g/L"}},
      {{40, "Urine M-protein"}, {250, "0.86"}, {320, "g/24h"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-05-20", 4.16);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-05-21", 860);
}

// Two collection dates that no specimen word tells apart: which one a row has is not certain,
// so each result is marked for review, never dated silently.
TEST(Blind49Class, TwoUnmarkedCollectionDatesAreReviewed_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Collected: 20/05/2024 07:32 / 21/05/2024 07:00"}},
      {{40, "Test"}, {250, "Result"}, {320, "Units"}},
      {{40, "Urine M-protein"}, {250, "0.86"}, {320, "g/24h"}},
  });
  ASSERT_FALSE(r.observations.empty()) << ImportToJson(r).dump(1);
  for (const ImportedObservation& o : r.observations) EXPECT_TRUE(o.needs_review);
}

// The same report's sections carry their own sample dates ("二、尿液检查（24小时尿，采样
// 2024-05-11 07:00）"), and a numbered section that names no specimen ("三、历史结果对比", the
// history) ends the urine section: its M-protein is the serum's.
TEST(Blind49Class, ChineseSectionsDatedByTheirHeadings_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "一、血清蛋白电泳（采样 2024-05-10）"}},
      {{40, "项目名称"}, {250, "结果"}, {320, "单位"}},
      {{40, "M蛋白"}, {250, "41.6"}, {320, "g/L"}},
      {{40, "二、尿液检查（24小时尿，采样 2024-05-11 07:00）"}},
      {{40, "尿M蛋白定量"}, {250, "0.86"}, {320, "g/24h"}},
      {{40, "三、历史结果对比"}},
      {{40, "项目"}, {190, "单位"}, {330, "2024-03-15"}, {420, "2024-04-12"}},
      {{40, "M蛋白"}, {190, "g/L"}, {330, "52.8"}, {420, "46.1"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-05-10", 4.16);
  ExpectValueOn(r, Analyte::kUrineMProtein, "2024-05-11", 860);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-03-15", 5.28);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-04-12", 4.61);
}

// Immunofixation findings in Chinese and Japanese: "检出 IgG-κ 型 M 蛋白" (detected), "检出游离
// κ 轻链" (free kappa detected); "未检出", "検出せず" (not detected) were not understood, and
// "検出せず" holds the word for detected.
TEST(Blind49Class, CjkImmunofixationFindings_Regression) {
  const auto kind = [](const char* text) {
    const std::optional<LabValue> v = ParseLabValue(text);
    return v ? v->kind : LabValue::Kind::kNote;
  };
  EXPECT_EQ(kind("检出 IgG-κ 型 M 蛋白"), LabValue::Kind::kDetected);
  const std::optional<LabValue> typed = ParseLabValue("检出 IgG-κ 型 M 蛋白");
  ASSERT_TRUE(typed.has_value());
  EXPECT_EQ(typed->isotype, "IgG kappa");
  EXPECT_EQ(kind("检出游离 κ 轻链"), LabValue::Kind::kDetected);
  EXPECT_EQ(kind("未检出"), LabValue::Kind::kNotDetected);
  EXPECT_EQ(kind("検出せず"), LabValue::Kind::kNotDetected);
  EXPECT_EQ(kind("미검출"), LabValue::Kind::kNotDetected);
  // A Cheongju list's "IgG-kappa 양성 (약양성)" (positive, weakly), a Niigata table's "痕跡"
  // (traces).
  EXPECT_EQ(kind("IgG-kappa 양성 (약양성)"), LabValue::Kind::kDetected);
  EXPECT_EQ(kind("IgG-kappa 음성"), LabValue::Kind::kNotDetected);
  EXPECT_EQ(kind("痕跡"), LabValue::Kind::kTrace);
}

// A Lleida marrow report: "Data d'obtenció" (Catalan: date obtained) dates it, "Determinació"
// titles a cumulative table's tests, and "CLL lambda libres" (free light chains) is the urine
// immunofixation's finding. None of its 24 values was read.
TEST(Blind49Class, CatalanLabelsAndTitles_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "Data d'obtenció: 22/05/2024 10:35"}},
      {{40, "Determinació"}, {250, "15/04/2024"}, {330, "22/05/2024"}, {420, "Unitats"}},
      {{40, "Creatinina"}, {250, "1,38"}, {330, "1,45"}, {420, "mg/dL"}},
      {{40, "Inmunofijación en orina"}, {250, "CLL lambda libres"}, {330, "—"}},
  });
  ExpectValueOn(r, Analyte::kCreatinine, "2024-04-15", 1.38);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-05-22", 1.45);
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-04-15");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
  EXPECT_NE(ife->obs.text.find("lambda"), std::string::npos) << ife->obs.text;
}

// A Guarda LIS print: "CAD.LEVES LIVRES KAPPA" (cadeias leves livres, shortened) and "VEST."
// (vestígios: a trace) were not read.
TEST(Blind49Class, PortugueseLisAbbreviations_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "ANALISE"}, {170, "UNID."}, {260, "24-01-24"}, {320, "20-03-24"}},
      {{30, "PICO MONOCLONAL (EFP)"}, {170, "g/dL"}, {260, "0.24"}, {320, "VEST."}},
      {{30, "CAD.LEVES LIVRES KAPPA"}, {170, "mg/L"}, {260, "1840.0H"}, {320, "188.2H"}},
  });
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-01-24", 1840);
  ExpectValueOn(r, Analyte::kKappaFlc, "2024-03-20", 188.2);
  const ImportedObservation* trace = FindOn(r, Analyte::kSerumMProtein, "2024-03-20");
  ASSERT_NE(trace, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(trace->obs.bound, records::ValueBound::kTrace);
}

// A Zug portal's cards: "Vorheriger Wert: 106 g/l (06.08.2024)" under each card is its earlier
// result, and a urine immunofixation card whose finding names a band ("freie
// Lambda-Leichtketten") was read as a row of the free light chain test.
TEST(Blind49Class, SwissGermanPortalCards_Regression) {
  const ImportResult r = ExtractPlaced({
      {{50, "Hämoglobin"}, {280, "final"}},
      {{50, "112 g/l"}},
      {{50, "Referenzbereich: 121 – 154 g/l"}},
      {{50, "Entnahme: 03.09.2024, 08:05"}},
      {{50, "Vorheriger Wert: 106 g/l (06.08.2024)"}},
      {{50, "Immunfixation Urin (24h)"}, {280, "final"}},
      {{50, "freie Lambda-Leichtketten"}},
      {{50, "Referenzbereich: negativ"}},
      {{50, "Entnahme: 03.09.2024, 08:05"}},
  });
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-09-03", 11.2);
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-08-06", 10.6);
  const ImportedObservation* ife = FindOn(r, Analyte::kUrineIfe, "2024-09-03");
  ASSERT_NE(ife, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(ife->obs.value, 1);
  EXPECT_EQ(FindOn(r, Analyte::kLambdaFlc, "2024-09-03"), nullptr) << ImportToJson(r).dump(1);
}

// A Brescia flowsheet's "CM" column (componente monoclonale), spelled out in a key of "="
// entries parted by dashes and continued on a second line ("Legenda: ... — CM = componente
// monoclonale (elettroforesi capillare)" / "IFE = immunofissazione sierica ..."): the next
// line's entry had run into CM's words, and none of its M-proteins was read.
TEST(Blind49Class, KeyEntriesPartedByDashes_Regression) {
  const ImportResult r = ExtractPlaced({
      {{30, "Data prelievo"}, {172, "Hb"}, {302, "Creat."}, {389, "CM"}},
      {{172, "g/dL"}, {302, "mg/dL"}, {389, "g/dL"}},
      {{30, "04/09/2023"}, {172, "10,2"}, {302, "1,1"}, {389, "3,42"}},
      {{30, "Legenda: n.r. = non rilevabile — CM = componente monoclonale (capillare)"}},
      {{30, "IFE = immunofissazione sierica — eGFR calcolato con CKD-EPI"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2023-09-04", 3.42);
}

// Chinese and Japanese headings are read for their specimen now ("尿液检查": urine), but one
// that names both ("免疫血清検査・尿検査": serum immunology, urine tests) names none: a Nagoya
// table's M-protein under it was read as the urine's (blind46, while this work was tested).
// And "BJP-λ型" (a Bence Jones protein of the lambda type) is the urine immunofixation's band.
TEST(Blind49Class, CjkHeadingNamingBothSpecimens_Regression) {
  const ImportResult r = ExtractPlaced({
      {{40, "免疫血清検査・尿検査"}},
      {{40, "採取日"}, {330, "2024/01/15"}, {420, "2024/02/13"}},
      {{40, "項目名"}, {200, "単位"}, {250, "基準値"}},
      {{40, "M蛋白量（蛋白分画）"}, {200, "g/dL"}, {250, "検出せず"}, {330, "0.62"}, {420, "0.41"}},
      {{40, "免疫固定法（尿）"}, {250, "M蛋白(-)"}, {330, "BJP-λ型"}, {420, "BJP-λ型"}},
  });
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-01-15", 0.62);
  ExpectValueOn(r, Analyte::kSerumMProtein, "2024-02-13", 0.41);
  const ImportedObservation* bjp = FindOn(r, Analyte::kUrineIfe, "2024-01-15");
  ASSERT_NE(bjp, nullptr) << ImportToJson(r).dump(1);
  EXPECT_EQ(bjp->obs.value, 1);
}

// A Cheongju EMR print photographed: OCR lost the Korean date title ("채혈일시") and set each
// row's date (over its time) on a line of its own just above the row's numbers: none of its 46
// values was read from the scans.
TEST(Blind49Class, ScannedRowDatesAboveTheirNumbers_Regression) {
  std::vector<Word> words;
  const auto word = [&](double x, double y, const std::string& text) {
    words.push_back(
        Word{text, Box{x, y, x + 5.0 * static_cast<double>(text.size()), y + 8}, 0.95f});
  };
  word(130, 140, "Hb");
  word(170, 140, "Creat.");
  word(212, 140, "Calcium");
  word(256, 140, "Albumin");
  word(128, 153, "g/dL");
  word(170, 153, "mg/dL");
  word(216, 153, "mg/dL");
  word(264, 153, "g/dL");
  word(30, 180, "2024-11-11");  // the date, 5 points above its row's numbers
  word(124, 185, "12.4L");
  word(173, 185, "0.98");
  word(220, 185, "9.2");
  word(265, 185, "4.1");
  word(30, 193, "08:21");
  const ImportResult r = ExtractOcrWords(std::move(words));
  ExpectValueOn(r, Analyte::kHemoglobin, "2024-11-11", 12.4);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-11-11", 0.98);
  ExpectValueOn(r, Analyte::kAlbumin, "2024-11-11", 4.1);
}

// A Montana flowsheet photographed: a rule's end read as "_—_" (confidence 0) touched "Ref
// Range", and the joined title "_—_ Ref Range" cost the table its header: none of its 52
// values was read from the phone photo.
TEST(Blind49Class, ScannedRuleMarkBeforeATitle_Regression) {
  std::vector<Word> words;
  const auto word = [&](double x0, double x1, double y, const std::string& text, float conf) {
    words.push_back(Word{text, Box{x0, y, x1, y + 7}, conf});
  };
  word(36, 84, 112, "Component", 0.97f);
  word(176, 198, 112, "Units", 0.9f);
  word(207.8, 218.2, 111, "_—_", 0.0f);
  word(218.4, 232, 112, "Ref", 0.9f);
  word(235, 261, 112, "Range", 0.96f);
  word(302, 328, 112, "9/3/24", 0.97f);
  word(351, 377, 112, "8/6/24", 0.97f);
  word(40, 85, 140, "Creatinine", 0.97f);
  word(176, 200, 140, "mg/dL", 0.97f);
  word(218, 260, 140, "0.70-1.30", 0.97f);
  word(307, 322, 140, "1.21", 0.97f);
  word(356, 371, 140, "1.18", 0.97f);
  const ImportResult r = ExtractOcrWords(std::move(words));
  ExpectValueOn(r, Analyte::kCreatinine, "2024-09-03", 1.21);
  ExpectValueOn(r, Analyte::kCreatinine, "2024-08-06", 1.18);
}

}  // namespace

}  // namespace oncoguide::import
