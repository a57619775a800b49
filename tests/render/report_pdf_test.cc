#include "oncoguide/render/report_pdf.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "render_test_util.h"

namespace oncoguide::render {
namespace {

using testing::DashboardOf;
using testing::ExampleRecord;

// The text pdftotext (poppler) reads from `pdf`, white space folded to single spaces; pages are
// separated by a form feed, kept.
std::string PdfText(const std::string& pdf) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("render_test_" + std::to_string(::getpid()) + ".pdf"))
                         .string();
  std::ofstream(path, std::ios::binary) << pdf;
  std::string cmd = std::string(ONCOGUIDE_PDFTOTEXT) + " -enc UTF-8 " + path + " - 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  EXPECT_NE(p, nullptr);
  std::string raw;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) raw.append(buf, n);
  EXPECT_EQ(pclose(p), 0) << raw;
  std::filesystem::remove(path);
  std::string out;
  for (char c : raw) {
    if (c == '\n' || c == '\t' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string Folded(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

TEST(ReportPdfTest, PdftotextFindsTheSummarySentence) {
  DashboardData d = DashboardOf(ExampleRecord(), Date::FromYmd(2025, 1, 1));
  auto pdf = RenderReportPdf(d);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ASSERT_TRUE(pdf->starts_with("%PDF-"));
  std::string text = PdfText(*pdf);
  ASSERT_FALSE(d.line_sentences.empty());
  for (const std::string& s : d.line_sentences) {
    EXPECT_NE(text.find(Folded(s)), std::string::npos) << s << "\n---\n" << text;
  }
  EXPECT_NE(text.find("Questions for my next visit"), std::string::npos);
  EXPECT_NE(text.find(d.questions.front()), std::string::npos);
  EXPECT_NE(text.find("not medical advice"), std::string::npos);
  EXPECT_NE(text.find("My values, with dates and sources"), std::string::npos);
  size_t pages = std::count(text.begin(), text.end(), '\f');
  EXPECT_GE(pages, 1u);
  EXPECT_LE(pages, static_cast<size_t>(kReportMaxPages));
}

// A long history still fits in three pages: the earliest values are left out, and said so.
TEST(ReportPdfTest, LongHistoryStaysWithinThreePages) {
  records::PatientRecord record = ExampleRecord();
  Date last = record.observations.back().date;
  for (int i = 1; i <= 120; ++i) {
    records::Observation o;
    o.date = Date::FromDays(last.days() + 14 * i);
    o.analyte = records::Analyte::kSerumMProtein;
    o.value = 0.3 + 0.01 * (i % 7);
    o.line = 1000 + i;
    record.observations.push_back(o);
  }
  DashboardData d = DashboardOf(record, Date::FromDays(last.days() + 14 * 121));
  auto pdf = RenderReportPdf(d);
  ASSERT_TRUE(pdf.ok());
  std::string text = PdfText(*pdf);
  size_t pages = std::count(text.begin(), text.end(), '\f');
  EXPECT_LE(pages, static_cast<size_t>(kReportMaxPages));
  EXPECT_NE(text.find("earliest values are left out"), std::string::npos);
  EXPECT_NE(text.find("Questions for my next visit"), std::string::npos);
}

}  // namespace
}  // namespace oncoguide::render
