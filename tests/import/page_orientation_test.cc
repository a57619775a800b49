// Turning a scanned page upright (src/import/page_orientation.h): which way its text lines run,
// and a page on its side turned back when tesseract's orientation detector is unsure or absent.
// The pages are blind22's two phone photos taken sideways (a Belarusian table the detector called
// upright, a Costa Rican portal page), rendered by the import_sideways_render fixture.
#include "../../src/import/page_orientation.h"

#include <gtest/gtest.h>

#include <string>

namespace oncoguide::import::internal {
namespace {

// A photographed page as the OCR reader prepares it: grey, enlarged to about 300 dpi.
struct Photo {
  PixPtr pix;
  float enlarged = 1;
};

Photo ReadPhoto(const std::string& file) {
  const std::string path = std::string(ONCOGUIDE_IMPORT_RENDER_DIR) + "/sideways/" + file;
  PixPtr read(pixRead(path.c_str()));
  if (!read) return {};
  PixPtr gray(pixConvertTo8(read.get(), 0));
  const float enlarged = 300.0f / static_cast<float>(pixGetXRes(read.get()));
  return {PixPtr(pixScaleGrayLI(gray.get(), enlarged, enlarged)), enlarged};
}

struct Sideways {
  const char* file;
  int turns;  // clockwise quarter turns that stand it upright (the corpus spec's "turn")
};
constexpr Sideways kPhotos[] = {{"blind22_7.phone_sideways.jpg", 1},
                                {"blind22_7.phone_sideways.p2.jpg", 1},
                                {"blind22_16.phone_sideways.jpg", 3},
                                {"blind22_16.phone_sideways.p2.jpg", 3}};

TEST(PageOrientation, TextLinesRunDownAPageOnItsSide) {
  for (const Sideways& s : kPhotos) {
    Photo photo = ReadPhoto(s.file);
    ASSERT_TRUE(photo.pix) << s.file;
    EXPECT_EQ(TextLineAxis(photo.pix.get()), LineAxis::kDown) << s.file;
    PixPtr upright(pixRotateOrth(photo.pix.get(), 4 - s.turns));
    ASSERT_TRUE(upright);
    EXPECT_EQ(TextLineAxis(upright.get()), LineAxis::kAcross) << s.file;
  }
}

TEST(PageOrientation, BlankPageHasNoLineAxis) {
  PixPtr blank(pixCreate(800, 1100, 8));
  ASSERT_TRUE(blank);
  pixSetAllArbitrary(blank.get(), 255);
  EXPECT_EQ(TextLineAxis(blank.get()), LineAxis::kUnknown);
}

// Without the detector, a page on its side comes back the right way up: its lines run down it,
// and of the two turns that lay them across, the one that stands its letters up is taken. The
// result is the page as it is when photographed upright, straightened the same way.
TEST(PageOrientation, PageOnItsSideIsTurnedBackWithoutTheDetector_Regression) {
  for (const Sideways& s : kPhotos) {
    Photo photo = ReadPhoto(s.file);
    ASSERT_TRUE(photo.pix) << s.file;
    std::string script;
    PixPtr out = UprightPage(nullptr, photo.pix.get(), photo.enlarged, {}, &script);
    ASSERT_TRUE(out) << s.file;
    PixPtr turned(pixRotateOrth(photo.pix.get(), 4 - s.turns));
    ASSERT_TRUE(turned);
    PixPtr expected = UprightPage(nullptr, turned.get(), photo.enlarged, {}, &script);
    ASSERT_TRUE(expected);
    l_int32 same = 0;
    ASSERT_EQ(pixEqual(out.get(), expected.get(), &same), 0);
    EXPECT_TRUE(same) << s.file;
  }
}

// A Latin page photographed upside down comes back upright without the detector: its letters
// stand clearly on their heads. An upright page is left as it is. (The Belarusian table's
// Cyrillic letters, with few ascenders and descenders, lean upside down too little to overturn
// an upright call: -5.8 and -2.5.)
TEST(PageOrientation, UpsideDownPageIsTurnedOverWithoutTheDetector_Regression) {
  for (const Sideways& s : {kPhotos[2], kPhotos[3]}) {
    Photo photo = ReadPhoto(s.file);
    ASSERT_TRUE(photo.pix) << s.file;
    PixPtr upright(pixRotateOrth(photo.pix.get(), 4 - s.turns));
    PixPtr over(pixRotateOrth(upright.get(), 2));
    ASSERT_TRUE(upright && over) << s.file;
    std::string script;
    PixPtr kept = UprightPage(nullptr, upright.get(), photo.enlarged, {}, &script);
    PixPtr out = UprightPage(nullptr, over.get(), photo.enlarged, {}, &script);
    ASSERT_TRUE(kept && out) << s.file;
    EXPECT_GT(UpDownConfidence(kept.get()), 0) << s.file;
    EXPECT_GT(UpDownConfidence(out.get()), 0) << s.file;
    EXPECT_LT(UpDownConfidence(over.get()), 0) << s.file;
  }
}

// Read both ways, the way read far better wins, whatever the other measures called; a page read
// about as poorly both ways (the English model on a Chinese page) keeps their call. The reading
// here is a stand-in that scores the page as given and its copy turned over.
TEST(PageOrientation, TheWayReadFarBetterWins) {
  PixPtr page(pixCreate(40, 60, 8));
  ASSERT_TRUE(page);
  const auto reads = [&](double as_is, double turned) -> ReadingScore {
    return [&page, as_is, turned](Pix* p) { return p == page.get() ? as_is : turned; };
  };
  EXPECT_EQ(ReadBothWays(page.get(), 0, reads(3.0, 90.0)), 2);   // blind59's capitals page
  EXPECT_EQ(ReadBothWays(page.get(), 2, reads(120.0, 4.0)), 0);  // a sure call that was wrong
  EXPECT_EQ(ReadBothWays(page.get(), 2, reads(30.0, 20.0)), 2);  // no clear winner: kept
  EXPECT_EQ(ReadBothWays(page.get(), 0, reads(2.0, 0.0)), 0);    // too little read: kept
  EXPECT_EQ(ReadBothWays(page.get(), 0, reads(4.0, 0.0)), 0);
  EXPECT_EQ(ReadBothWays(page.get(), 2, reads(4.0, 0.0)), 2);
  EXPECT_EQ(ReadBothWays(page.get(), 2, {}), 2);  // no reader: the call stands
}

}  // namespace
}  // namespace oncoguide::import::internal
