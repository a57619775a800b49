#include "oncoguide/render/chart.h"

#include <gtest/gtest.h>

#include "render_test_util.h"

namespace oncoguide::render {

using records::ValueBound;

namespace {

using testing::Count;

Chart MProtein() {
  Chart c;
  c.id = "m-protein";
  c.title = "Serum M-protein";
  c.unit = "g/dL";
  c.series.push_back({"",
                      {{Date::FromYmd(2024, 3, 1), 1.3},
                       {Date::FromYmd(2024, 4, 2), 0.9},
                       {Date::FromYmd(2024, 5, 6), 0.5},
                       {Date::FromYmd(2024, 6, 3), 0.3},
                       {Date::FromYmd(2024, 7, 1), 0.2, ValueBound::kBelow}}});
  c.bands.push_back({Date::FromYmd(2024, 3, 12), Date::FromYmd(2024, 7, 1), "Dara-Pd"});
  c.marks.push_back({Date::FromYmd(2024, 3, 1), 1.3, "baseline"});
  return c;
}

TEST(ChartSvgTest, OnePointElementPerValue) {
  Chart c = MProtein();
  auto svg = ChartSvg(c);
  ASSERT_TRUE(svg.ok()) << svg.status().ToString();
  EXPECT_EQ(Count(*svg, "<circle class=\"pt\""), 5u);
  c.series.push_back({"second", {{Date::FromYmd(2024, 3, 1), 2}, {Date::FromYmd(2024, 5, 1), 1}}});
  svg = ChartSvg(c);
  ASSERT_TRUE(svg.ok());
  EXPECT_EQ(Count(*svg, "<circle class=\"pt\""), 7u);
  EXPECT_EQ(c.PointCount(), 7u);
}

TEST(ChartSvgTest, InlineReadyForAStrictCsp) {
  auto svg = ChartSvg(MProtein());
  ASSERT_TRUE(svg.ok());
  EXPECT_TRUE(svg->starts_with("<svg")) << svg->substr(0, 80);
  EXPECT_EQ(svg->find("<?xml"), std::string::npos);
  EXPECT_EQ(svg->find("style="), std::string::npos) << "CSP style-src would block it";
  EXPECT_EQ(svg->find("<script"), std::string::npos);
  // Every id cairo wrote is prefixed, so two charts on one page never share one.
  for (size_t p = svg->find(" id=\""); p != std::string::npos; p = svg->find(" id=\"", p + 1)) {
    EXPECT_EQ(svg->compare(p + 5, 10, "m-protein-"), 0) << svg->substr(p, 30);
  }
  EXPECT_NE(svg->find("<title>2024-07-01: &lt;0.2 g/dL</title>"), std::string::npos);
}

TEST(ChartPngTest, IsAPng) {
  auto png = ChartPng(MProtein(), {320, 160}, 1);
  ASSERT_TRUE(png.ok());
  ASSERT_GT(png->size(), 100u);
  EXPECT_EQ(png->substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST(ChartTextTest, AlternativeNamesRangeLowestLatestAndMarks) {
  std::string alt = ChartTextAlternative(MProtein());
  EXPECT_NE(alt.find("Serum M-protein in g/dL."), std::string::npos) << alt;
  EXPECT_NE(alt.find("5 values from 1 March 2024 to 1 July 2024"), std::string::npos) << alt;
  EXPECT_NE(alt.find("first 1.3"), std::string::npos) << alt;
  EXPECT_NE(alt.find("latest <0.2"), std::string::npos) << alt;
  EXPECT_NE(alt.find("baseline: 1.3 on 1 March 2024"), std::string::npos) << alt;
  EXPECT_NE(alt.find("Dara-Pd from 12 March 2024"), std::string::npos) << alt;
}

TEST(ChartTextTest, DataTableHasEveryPointByDate) {
  Chart c = MProtein();
  c.series.push_back({"other", {{Date::FromYmd(2024, 3, 1), 2}, {Date::FromYmd(2024, 8, 1), 1}}});
  ChartTable t = ChartDataTable(c);
  ASSERT_EQ(t.columns.size(), 2u);
  ASSERT_EQ(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[0].date, "2024-03-01");
  EXPECT_EQ(t.rows[0].cells, (std::vector<std::string>{"1.3", "2"}));
  EXPECT_EQ(t.rows[4].cells, (std::vector<std::string>{"<0.2", ""}));
  EXPECT_EQ(t.rows[5].cells, (std::vector<std::string>{"", "1"}));
}

TEST(ChartLayoutTest, PointsInsideThePlotArea) {
  Chart c = MProtein();
  ChartLayout l = LayoutChart(c, {});
  for (const ChartPoint& p : c.series[0].points) {
    EXPECT_GE(l.X(p.date.days()), l.left);
    EXPECT_LE(l.X(p.date.days()), l.right);
    EXPECT_GE(l.Y(p.value), l.top);
    EXPECT_LE(l.Y(p.value), l.bottom);
  }
  EXPECT_LE(l.y_min, 0.0);
  EXPECT_GE(l.y_max, 1.3);
}

TEST(FormatTest, ValuesAndDates) {
  EXPECT_EQ(FormatValue(0.30000001), "0.3");
  EXPECT_EQ(FormatValue(420), "420");
  EXPECT_EQ(FormatValue(0.2, ValueBound::kBelow), "<0.2");
  EXPECT_EQ(FormatValue(500, ValueBound::kAtLeast), ">=500");
  EXPECT_EQ(LongDate(Date::FromYmd(2024, 3, 12)), "12 March 2024");
}

}  // namespace
}  // namespace oncoguide::render
