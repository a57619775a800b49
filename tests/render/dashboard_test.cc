#include "oncoguide/render/dashboard.h"

#include <gtest/gtest.h>

#include "render_test_util.h"

namespace oncoguide::render {

using records::Analyte;
using records::PatientRecord;

namespace {

using testing::Count;
using testing::DashboardOf;
using testing::ExampleRecord;
using testing::TestSite;

size_t CountAnalyte(const PatientRecord& r, Analyte a) {
  size_t n = 0;
  for (const records::Observation& o : r.observations) n += o.analyte == a && o.has_value;
  return n;
}

const Chart* Find(const DashboardData& d, std::string_view id) {
  for (const Chart& c : d.charts) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

TEST(DashboardTest, OneSentencePerLineFromTheEnginesNumbers) {
  PatientRecord record = ExampleRecord();
  response::ResponseReport report = response::Assess(record);
  DashboardData d =
      BuildDashboard(record, report, staging::ComputeStaging(record), Date::FromYmd(2025, 1, 1));
  ASSERT_EQ(d.line_sentences.size(), report.lines.size());
  ASSERT_GE(report.lines.size(), 2u);
  EXPECT_TRUE(
      d.line_sentences[0].starts_with("Since starting VRd on 12 January 2023 your serum "
                                      "M-protein fell from 3.2 to "))
      << d.line_sentences[0];
  for (const std::string& s : d.line_sentences) EXPECT_EQ(s.back(), '.') << s;
  const response::Assessment& last = report.lines.back().assessments.back();
  EXPECT_NE(d.line_sentences.back().find(std::string(response::CategoryLongName(last.response))),
            std::string::npos)
      << d.line_sentences.back();
}

TEST(DashboardTest, ChartsHoldEveryValueOfTheirTest) {
  PatientRecord record = ExampleRecord();
  DashboardData d = DashboardOf(record, Date::FromYmd(2025, 1, 1));
  const Chart* m = Find(d, "m-protein");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->PointCount(), CountAnalyte(record, Analyte::kSerumMProtein));
  const Chart* urine = Find(d, "urine-m-protein");
  ASSERT_NE(urine, nullptr);
  EXPECT_EQ(urine->PointCount(), CountAnalyte(record, Analyte::kUrineMProtein));
  const Chart* flc = Find(d, "flc");
  ASSERT_NE(flc, nullptr);
  EXPECT_EQ(flc->series.size(), 2u);
  EXPECT_FALSE(m->bands.empty());
  // Baseline and nadir of the latest line are marked.
  ASSERT_EQ(m->marks.size(), 2u);
  EXPECT_EQ(m->marks[0].label, "baseline");
  EXPECT_EQ(m->marks[1].label, "nadir");
  ASSERT_TRUE(d.timeline_chart.has_value());
}

TEST(DashboardTest, PageShowsEveryPartAndTheRightNumberOfPoints) {
  PatientRecord record = ExampleRecord();
  DashboardData d = DashboardOf(record, Date::FromYmd(2025, 1, 1));
  std::string page = TestSite().DashboardPage(d);
  for (const std::string& s : d.line_sentences) {
    EXPECT_NE(page.find(testing::EngineEscaped(s)), std::string::npos) << s;
  }
  for (const char* part : {">Stage and risk</h2>", ">Response timeline</h2>", ">Trends</h2>",
                           ">Questions for your next visit</h2>", "/me/report.pdf",
                           "<dt>High risk</dt>", "<dt>MRD (minimal residual disease)</dt>"}) {
    EXPECT_NE(page.find(part), std::string::npos) << part;
  }
  size_t fig = page.find("<figure class=\"chart\" id=\"chart-m-protein\"");
  ASSERT_NE(fig, std::string::npos);
  std::string figure = page.substr(fig, page.find("</figure>", fig) - fig);
  EXPECT_EQ(Count(figure, "<circle class=\"pt\""), CountAnalyte(record, Analyte::kSerumMProtein));
  EXPECT_EQ(Count(figure, "<tr><th scope=\"row\">"), CountAnalyte(record, Analyte::kSerumMProtein));
  EXPECT_EQ(page.find("style="), std::string::npos);
}

TEST(DashboardTest, FollowUpDueAfterThreeMonths) {
  PatientRecord record = ExampleRecord();
  Date last = record.observations.back().date;
  DashboardData soon = DashboardOf(record, Date::FromDays(last.days() + 30));
  EXPECT_FALSE(soon.follow_up_overdue);
  DashboardData late = DashboardOf(record, Date::FromDays(last.days() + 200));
  EXPECT_TRUE(late.follow_up_overdue);
  EXPECT_NE(late.follow_up.find("200 days ago"), std::string::npos) << late.follow_up;
  bool asks = false;
  for (const std::string& q : late.questions) asks |= q.find("follow-up") != std::string::npos;
  EXPECT_TRUE(asks);
}

TEST(DashboardTest, FactsNameStageDiagnosisRiskAndMrd) {
  DashboardData d = DashboardOf(ExampleRecord(), Date::FromYmd(2025, 1, 1));
  ASSERT_EQ(d.facts.size(), 4u);
  EXPECT_EQ(d.facts[0].name, "Stage");
  EXPECT_NE(d.facts[0].value.find("ISS "), std::string::npos) << d.facts[0].value;
  EXPECT_EQ(d.facts[2].name, "High risk");
}

TEST(DashboardTest, PipelineResultGivesTheSameDashboard) {
  PatientRecord record = ExampleRecord();
  DashboardData a = DashboardOf(record, Date::FromYmd(2025, 1, 1));
  DashboardData b =
      BuildDashboard(record, pipeline::ComputePatientResult(record), Date::FromYmd(2025, 1, 1));
  EXPECT_EQ(a.line_sentences, b.line_sentences);
  EXPECT_EQ(a.charts.size(), b.charts.size());
  EXPECT_EQ(a.questions, b.questions);
}

TEST(DashboardTest, EmptyRecordStillRenders) {
  PatientRecord empty;
  empty.source = "empty.csv";
  DashboardData d = DashboardOf(empty, Date::FromYmd(2025, 1, 1));
  EXPECT_TRUE(d.charts.empty());
  std::string page = TestSite().DashboardPage(d);
  EXPECT_NE(page.find("Where you stand"), std::string::npos);
  EXPECT_EQ(page.find("How your files were read"), std::string::npos);  // only when there are notes
}

// Issue 8: a correction the reader applied is shown on the dashboard, never applied silently.
TEST(DashboardTest, ReaderNotesAreShown) {
  PatientRecord r;
  r.source = "labs.csv";
  r.notes.push_back("line 5: serum_m_protein 2.1 g/dL on 2024-02-05 replaces 2.4 g/dL (line 4)");
  DashboardData d = DashboardOf(r, Date::FromYmd(2025, 1, 1));
  ASSERT_EQ(d.reader_notes.size(), 1u);
  std::string page = TestSite().DashboardPage(d);
  EXPECT_NE(page.find("How your files were read"), std::string::npos);
  EXPECT_NE(page.find("replaces 2.4 g&#x2F;dL (line 4)"), std::string::npos) << page;
}

}  // namespace
}  // namespace oncoguide::render
