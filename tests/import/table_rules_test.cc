// Removing a scanned table's ruled lines before OCR (src/import/table_rules.h), on pages drawn
// pixel by pixel at 300 dpi: rules go, letters and filled bands stay.
#include "../../src/import/table_rules.h"

#include <gtest/gtest.h>

namespace oncoguide::import::internal {
namespace {

constexpr double kDpi = 300;

PixPtr WhitePage() {
  PixPtr page(pixCreate(1200, 900, 8));
  pixSetAllArbitrary(page.get(), 255);
  return page;
}

// Paints the rectangle [x, x + w) x [y, y + h) black.
void Fill(Pix* page, int x, int y, int w, int h) {
  pixRasterop(page, x, y, w, h, PIX_CLR, nullptr, 0, 0);
}

l_uint32 At(Pix* page, int x, int y) {
  l_uint32 v = 0;
  pixGetPixel(page, x, y, &v);
  return v;
}

TEST(TableRules, ThinLongRulesArePaintedWhite) {
  PixPtr page = WhitePage();
  Fill(page.get(), 100, 200, 900, 3);  // a rule under a header: 3 inches, 3 pixels thick
  Fill(page.get(), 500, 100, 2, 600);  // a rule between two date columns
  PixPtr clean = WithoutTableRules(page.get(), kDpi);
  ASSERT_TRUE(clean);
  EXPECT_EQ(At(clean.get(), 600, 201), 255u);
  EXPECT_EQ(At(clean.get(), 500, 400), 255u);
}

TEST(TableRules, LettersAndFilledBandsStay) {
  PixPtr page = WhitePage();
  Fill(page.get(), 100, 200, 900, 3);   // a rule, so the page has one to remove
  Fill(page.get(), 300, 300, 40, 6);    // the bar of a letter "T" at 14 points
  Fill(page.get(), 317, 300, 6, 45);    // its stem
  Fill(page.get(), 100, 500, 900, 40);  // a shaded header band, white text on black
  Fill(page.get(), 120, 600, 250, 2);   // an underline shorter than a rule (under an inch)
  PixPtr clean = WithoutTableRules(page.get(), kDpi);
  ASSERT_TRUE(clean);
  EXPECT_EQ(At(clean.get(), 320, 302), 0u);
  EXPECT_EQ(At(clean.get(), 320, 330), 0u);
  EXPECT_EQ(At(clean.get(), 500, 520), 0u);
  EXPECT_EQ(At(clean.get(), 200, 601), 0u);
}

TEST(TableRules, PageWithoutRulesIsLeftAlone) {
  PixPtr page = WhitePage();
  Fill(page.get(), 300, 300, 40, 6);
  EXPECT_FALSE(WithoutTableRules(page.get(), kDpi));
  EXPECT_FALSE(WithoutTableRules(nullptr, kDpi));
}

}  // namespace
}  // namespace oncoguide::import::internal
