#include "oncoguide/import/importer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "../common/minimal_pdf.h"
#include "oncoguide/import/bounded.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/import_output.h"
#include "placed_page.h"

namespace oncoguide::import {

using records::ValueBound;

namespace {

// A page whose lines are given as cells: {{"Collected:", "03/14/2024"}, {"M-spike", "1.2", ...}},
// each cell 120 points right of the one before.
Page MakePage(const std::vector<std::vector<std::string>>& rows, int number = 1) {
  std::vector<Placed> placed;
  for (const auto& row : rows) {
    Placed p;
    for (size_t k = 0; k < row.size(); ++k) p.emplace_back(50.0 + 120.0 * k, row[k]);
    placed.push_back(std::move(p));
  }
  Page page = PlacedPage(placed);
  page.number = number;
  return page;
}

ImportResult Extract(const std::vector<std::vector<std::string>>& rows) {
  Document d;
  d.pages.push_back(MakePage(rows));
  return ExtractObservations(d);
}

TEST(Extract, ReportDateIsNeverTheCollectionDate) {
  ImportResult r =
      Extract({{"Reported: 03/20/2024"}, {"Test", "Result", "Units"}, {"M-spike", "1.2", "g/dL"}});
  EXPECT_TRUE(r.observations.empty());
  ASSERT_EQ(r.unrecognised.size(), 1u);
  EXPECT_NE(r.unrecognised[0].reason.find("no collection date"), std::string::npos);
}

TEST(Extract, CollectedDateAndBounds) {
  ImportResult r = Extract({{"Collected: 03/14/2024", "Reported: 03/20/2024"},
                            {"Test", "Result", "Units"},
                            {"M-spike", "<0.10", "g/dL"},
                            {"Kappa FLC", "45.2 H", "mg/L"},
                            {"WBC", "5.1", "x10^9/L"}});
  ASSERT_EQ(r.observations.size(), 2u);
  EXPECT_EQ(r.observations[0].obs.date.ToString(), "2024-03-14");
  EXPECT_EQ(r.observations[0].obs.bound, ValueBound::kBelow);
  EXPECT_DOUBLE_EQ(r.observations[0].obs.value, 0.1);
  EXPECT_DOUBLE_EQ(r.observations[1].obs.value, 45.2);
  EXPECT_FALSE(r.observations[1].needs_review);
  ASSERT_EQ(r.ignored.size(), 1u);
  EXPECT_EQ(r.ignored[0].text.substr(0, 3), "WBC");
}

TEST(Extract, TraceAndNotDetectedMProtein) {
  ImportResult r =
      Extract({{"Collected: 2024-03-14"}, {"M-spike", "Trace"}, {"Paraprotein", "Not detected"}});
  ASSERT_EQ(r.observations.size(), 2u);
  EXPECT_EQ(r.observations[0].obs.bound, ValueBound::kTrace);
  EXPECT_FALSE(r.observations[0].obs.has_value);
  EXPECT_EQ(r.observations[1].obs.bound, ValueBound::kExact);
  EXPECT_DOUBLE_EQ(r.observations[1].obs.value, 0);
}

TEST(Extract, MissingUnitIsInferredOnlyWhenOneFitsAndThenWithReview) {
  ImportResult r = Extract({{"Collected: 2024-03-14"}, {"Hemoglobin", "10.5"}});
  ASSERT_EQ(r.observations.size(), 1u);
  EXPECT_DOUBLE_EQ(r.observations[0].obs.value, 10.5);  // g/dL: g/L would be implausible
  EXPECT_TRUE(r.observations[0].needs_review);
  // 45.2 mg/L and 45.2 mg/dL are both plausible kappa values: not extracted.
  r = Extract({{"Collected: 2024-03-14"}, {"Kappa FLC", "45.2"}});
  EXPECT_TRUE(r.observations.empty());
  ASSERT_EQ(r.unrecognised.size(), 1u);
}

TEST(Extract, AmbiguousDateNeedsReview) {
  ImportResult r = Extract({{"Collected: 03/04/2024"}, {"Kappa FLC", "45.2", "mg/L"}});
  ASSERT_EQ(r.observations.size(), 1u);
  EXPECT_TRUE(r.observations[0].needs_review);
}

TEST(Extract, ImmunofixationWithIsotype) {
  ImportResult r = Extract({{"Collected: 2024-03-14"},
                            {"Immunofixation", "IgG kappa monoclonal protein detected"},
                            {"Urine immunofixation", "No monoclonal protein detected"}});
  ASSERT_EQ(r.observations.size(), 2u);
  EXPECT_EQ(r.observations[0].obs.analyte, records::Analyte::kSerumIfe);
  EXPECT_DOUBLE_EQ(r.observations[0].obs.value, 1);
  EXPECT_EQ(r.observations[0].obs.text, "IgG kappa");
  EXPECT_EQ(r.observations[1].obs.analyte, records::Analyte::kUrineIfe);
  EXPECT_DOUBLE_EQ(r.observations[1].obs.value, 0);
  const std::string csv = ImportToCsv(r);
  EXPECT_NE(csv.find("2024-03-14,serum_ife,positive"), std::string::npos);
  EXPECT_NE(csv.find("2024-03-14,isotype,IgG kappa"), std::string::npos);
}

TEST(Extract, LowOcrConfidenceNeedsReview) {
  Document d;
  d.pages.push_back(MakePage({{"Collected: 2024-03-14"}, {"Kappa FLC", "45.2", "mg/L"}}));
  for (Word& w : d.pages[0].words) {
    if (w.text == "45.2") w.confidence = 0.6f;
  }
  ImportResult r = ExtractObservations(d);
  ASSERT_EQ(r.observations.size(), 1u);
  EXPECT_TRUE(r.observations[0].needs_review);
  EXPECT_NEAR(r.observations[0].confidence, 0.6, 1e-6);
}

TEST(Extract, JsonShape) {
  ImportResult r = Extract({{"Collected: 2024-03-14"}, {"Kappa FLC", "45.2", "mg/L", "3.3-19.4"}});
  const nlohmann::json j = ImportToJson(r);
  ASSERT_EQ(j["observations"].size(), 1u);
  const auto& o = j["observations"][0];
  EXPECT_EQ(o["date"], "2024-03-14");
  EXPECT_EQ(o["test"], "kappa_flc");
  EXPECT_EQ(o["value"], 45.2);
  EXPECT_EQ(o["unit"], "mg/L");
  EXPECT_EQ(o["ref_low"], 3.3);
  EXPECT_EQ(o["ref_high"], 19.4);
  EXPECT_EQ(o["source"]["page"], 1);
  EXPECT_EQ(o["source"]["bbox"].size(), 4u);
  EXPECT_EQ(o["needs_review"], false);
  EXPECT_EQ(o["previous"], false);
  EXPECT_TRUE(j["unrecognised"].is_array());
  EXPECT_TRUE(j["warnings"].is_array());
}

// ---- bad files

TEST(Importer, RefusesWhatIsNotADocument) {
  Result<ImportResult> r = ImportContent("date,test,value\n", "x.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("not a PDF"), std::string::npos);
}

TEST(Importer, RefusesADamagedPdf) {
  Result<ImportResult> r = ImportContent("%PDF-1.4\n garbage garbage", "bad.pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("bad.pdf"), std::string::npos);
}

TEST(Importer, RefusesACorruptImage) {
  std::string png("\x89PNG\r\n\x1a\n", 8);
  png += std::string(200, '\x07');
  Result<ImportResult> r = ImportContent(png, "photo.png");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("image"), std::string::npos);
}

using oncoguide::testing::BuildPdf;

TEST(Importer, RefusesTooManyPages) {
  const int n = 500;
  std::vector<std::string> objs = {"<< /Type /Catalog /Pages 2 0 R >>", ""};
  std::string kids;
  for (int i = 0; i < n; ++i) {
    kids += std::to_string(i + 3) + " 0 R ";
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
  }
  objs[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>";
  Result<ImportResult> r = ImportContent(BuildPdf(objs), "big.pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("500 pages"), std::string::npos);
}

TEST(Importer, RefusesAHugePage) {
  Result<ImportResult> r = ImportContent(
      BuildPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400000 14400000] >>"}),
      "huge.pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("size"), std::string::npos);
}

// A "billion laughs" PDF: each form draws the next ten times, nine levels deep.
TEST(Importer, PdfBombIsBounded) {
  std::vector<std::string> objs = {"<< /Type /Catalog /Pages 2 0 R >>",
                                   "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "", "",
                                   "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  const int levels = 9;
  const int first_form = 6;
  for (int l = 0; l < levels; ++l) {
    std::string body;
    std::string res;
    if (l + 1 < levels) {
      for (int k = 0; k < 10; ++k) body += "/X Do ";
      res = "/XObject << /X " + std::to_string(first_form + l + 1) + " 0 R >>";
    } else {
      body = "BT /F1 10 Tf 10 10 Td (M-spike 1.2 g/dL) Tj ET";
      res = "/Font << /F1 5 0 R >>";
    }
    objs.push_back("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << " + res +
                   " >> /Length " + std::to_string(body.size()) + " >>\nstream\n" + body +
                   "\nendstream");
  }
  std::string page_body;
  for (int k = 0; k < 10; ++k) page_body += "/X Do ";
  objs[2] =
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources "
      "<< /XObject << /X " +
      std::to_string(first_form) + " 0 R >> >> >>";
  objs[3] = "<< /Length " + std::to_string(page_body.size()) + " >>\nstream\n" + page_body +
            "\nendstream";
  ImportLimits limits;
  limits.max_seconds = 2;
  const auto t0 = std::chrono::steady_clock::now();
  Result<ImportResult> r = ImportContent(BuildPdf(objs), "bomb.pdf", limits);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 15);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().cause().find("time"), std::string::npos) << r.status().ToString();
}

// A document read in the child process comes back whole: its warnings, and each page's words and
// the OCR language and models it was read with.
TEST(Importer, BoundedReadingKeepsTheOcrLanguage) {
  Document d;
  d.warnings.push_back("page 1 is in Czech, but ...");
  Page p;
  p.number = 1;
  p.width = 595;
  p.height = 842;
  p.ocr = true;
  p.ocr_language = "ces";
  p.ocr_model = "ces+eng";
  p.words.push_back(Word{"Výsledek", Box{10, 20, 60, 30}, 0.75f});
  d.pages.push_back(p);
  Result<Document> back = DecodeResult(EncodeResult(d));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->pages.size(), 1u);
  EXPECT_EQ(back->warnings, d.warnings);
  EXPECT_EQ(back->pages[0].ocr_language, "ces");
  EXPECT_EQ(back->pages[0].ocr_model, "ces+eng");
  ASSERT_EQ(back->pages[0].words.size(), 1u);
  EXPECT_EQ(back->pages[0].words[0].text, "Výsledek");
  EXPECT_FLOAT_EQ(back->pages[0].words[0].confidence, 0.75f);
  // A truncated reply is an error, never a shorter document.
  const std::string bytes = EncodeResult(d);
  EXPECT_FALSE(DecodeResult(bytes.substr(0, bytes.size() - 3)).ok());
}

}  // namespace
}  // namespace oncoguide::import
