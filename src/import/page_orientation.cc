#include "page_orientation.h"

#ifdef ONCOGUIDE_WITH_OCR
#include <tesseract/baseapi.h>

#include <cmath>
#include <utility>

namespace oncoguide::import::internal {
namespace {

// Clockwise quarter turns that make the text upright, by tesseract's orientation detector, and
// whether the detector was sure of it.
struct Orientation {
  int turns = 0;
  bool sure = false;
  std::string script;  // "Latin", "Greek", ... ("" when not detected)
};

// Below this orientation confidence the detector's call is checked (CheckedTurns below): it gave
// 4.5 for an upright, blurred JPEG it wanted upside down, under 1 for a sideways Belarusian
// table it called upright, and 11 to 17 for pages that really were upside down or on their side
// (one was 4.7).
constexpr float kSureOrientation = 10.0f;

Orientation DetectedTurns(tesseract::TessBaseAPI* osd, Pix* pix) {
  if (osd == nullptr) return {};
  osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  osd->SetImage(pix);
  int deg = 0;
  float deg_conf = 0, script_conf = 0;
  const char* script = nullptr;
  if (!osd->DetectOrientationScript(&deg, &deg_conf, &script, &script_conf)) return {};
  const std::string named = script != nullptr ? script : "";
  if (deg_conf < 1.0f) return {0, false, named};
  return {((deg / 90) % 4 + 4) % 4, deg_conf >= kSureOrientation, named};
}

// The page at the resolution it was delivered in (`enlarged` is the factor it was enlarged by).
PixPtr OwnResolution(Pix* gray, float enlarged) {
  return PixPtr(enlarged > 1 ? pixScale(gray, 1 / enlarged, 1 / enlarged) : pixClone(gray));
}

// Leptonica's limits for straightening (its own pixDeskew defaults): a skew found with less
// confidence, or smaller, is left alone.
constexpr float kMinSkewConfidence = 3.0f;
constexpr float kMinSkewDegrees = 0.1f;

// The page's skew in degrees, searched on the page at its own resolution: on a 200-dpi landscape
// table turned by 1.4 degrees and enlarged to 300 dpi, leptonica's search found -0.5 degrees,
// and the lines OCR read ran across the rows; at 200 dpi it found 1.41.
float SkewDegrees(Pix* gray, float enlarged) {
  PixPtr own = OwnResolution(gray, enlarged);
  if (!own) return 0;
  PixPtr binary(pixConvertTo1(own.get(), 160));
  if (!binary) return 0;
  l_float32 degrees = 0, confidence = 0;
  if (pixFindSkew(binary.get(), &degrees, &confidence) != 0) return 0;
  if (confidence < kMinSkewConfidence || std::fabs(degrees) < kMinSkewDegrees) return 0;
  return degrees;
}

PixPtr Straightened(Pix* pix, int turns, float enlarged) {
  PixPtr out(turns == 0 ? pixClone(pix) : pixRotateOrth(pix, (4 - turns) % 4));
  if (!out) return out;
  const float degrees = SkewDegrees(out.get(), enlarged);
  if (degrees == 0) return out;
  PixPtr straight(pixRotate(out.get(), degrees * static_cast<float>(M_PI) / 180.0f,
                            L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  return straight ? std::move(straight) : std::move(out);
}

// Leptonica's up-down confidence for a page (pixOrientDetect: counts of ascenders against
// descenders on the binarised page) after `turns` clockwise quarter turns: clearly positive when
// the text then stands upright, clearly negative when it is upside down (about +12 and -21 on
// our degraded Latin scans, +4.8 and -2.5 on a Cyrillic one), near 0 when unsure.
float UpConfidence(Pix* pix, int turns = 0) {
  PixPtr turned(turns == 0 ? pixClone(pix) : pixRotateOrth(pix, (4 - turns) % 4));
  if (!turned) return 0;
  PixPtr binary(pixConvertTo1(turned.get(), 140));
  if (!binary) return 0;
  float up = 0, left = 0;
  if (pixOrientDetect(binary.get(), &up, &left, 0, 0) != 0) return 0;
  return up;
}

// Above this up-down confidence the text is taken as upright whatever an unsure orientation
// detector says of a page on its side.
constexpr float kClearlyUpright = 5.0f;

// An unsure call between upright and upside down is decided by the letters: upside down stands
// only when they lean that way (up-down confidence at most -kLeansUpsideDown), and an upright call
// is overturned only when they clearly stand on their heads (below -kOnTheirHeads). On the 262
// pages of the blind25 to blind31 phone photos and PNG office scans, and the same pages turned
// over, tesseract's own unsure calls left 16 upright pages upside down and 126 turned-over ones
// as they were; these two limits leave 5 and 45 (limits that fixed more turned-over pages broke
// more upright ones, and upright pages are the common case). The detector called 180 degrees on
// upright pages with confidence up to 6.9, and upright on turned-over ones up to 6.7.
constexpr float kLeansUpsideDown = 2.0f;
constexpr float kOnTheirHeads = 6.0f;

// The detector's unsure call `turns`, checked: when the page's lines run the other way than the
// call has them, the two turns that lay them the call's way are compared by which stands the
// letters upright; between upright and upside down, the letters decide.
int CheckedTurns(Pix* pix, int turns, float enlarged) {
  PixPtr own = OwnResolution(pix, enlarged);
  const LineAxis axis = own ? TextLineAxis(own.get()) : LineAxis::kUnknown;
  const bool sideways = turns % 2 == 1;
  if (axis == LineAxis::kDown && !sideways) {
    return UpConfidence(pix, 1) >= UpConfidence(pix, 3) ? 1 : 3;
  }
  if (axis == LineAxis::kAcross && sideways) {
    return UpConfidence(pix) < -kClearlyUpright ? 2 : 0;
  }
  if (sideways) return turns;
  const float up = UpConfidence(pix);
  if (turns == 2) return up <= -kLeansUpsideDown ? 2 : 0;
  return up < -kOnTheirHeads ? 2 : 0;
}

// How sure leptonica's skew search is that the binarised page's text lines run across it.
float LinesConfidence(Pix* binary) {
  l_float32 degrees = 0, confidence = 0;
  if (pixFindSkew(binary, &degrees, &confidence) != 0) return 0;
  return confidence;
}

// A page is read the way that reads at least kReadRatio times as much as the other, and at least
// kMinReading. On the 217 upright pages of the blind25 to blind28 phone photos and office scans,
// each also turned over (434 calls), the detector and the letters left 37 calls wrong; reading
// both ways at these limits left none (ratios of 2 and 5 left two and one). A Chinese or Japanese
// page the English model reads poorly both ways keeps the other measures' call.
constexpr double kReadRatio = 3.0;
constexpr double kMinReading = 5.0;

// The text lines run one way when leptonica is at least kSureLines sure of them that way and
// kAxisRatio times surer than of lines the other way. On the 267 photos and scans of the
// blind18 to blind22 corpora, the seven pages on their side were 6.2 to 27 times surer of lines
// down the page; the upright ones at most 1.5 times (a landscape flowsheet's ruled columns bring
// the two near each other).
constexpr float kSureLines = 10.0f;
constexpr float kAxisRatio = 3.0f;

}  // namespace

float UpDownConfidence(Pix* gray) { return UpConfidence(gray); }

LineAxis TextLineAxis(Pix* gray) {
  PixPtr binary(pixConvertTo1(gray, 160));
  if (!binary) return LineAxis::kUnknown;
  PixPtr turned(pixRotateOrth(binary.get(), 1));
  if (!turned) return LineAxis::kUnknown;
  const float across = LinesConfidence(binary.get());
  const float down = LinesConfidence(turned.get());
  if (down >= kSureLines && down > kAxisRatio * across) return LineAxis::kDown;
  if (across >= kSureLines && across > kAxisRatio * down) return LineAxis::kAcross;
  return LineAxis::kUnknown;
}

int ReadBothWays(Pix* pix, int turns, const ReadingScore& read) {
  if (!read) return turns;
  PixPtr over(pixRotateOrth(pix, 2));
  if (!over) return turns;
  const double as_is = read(pix), turned = read(over.get());
  if (as_is >= kMinReading && as_is >= kReadRatio * turned) return 0;
  if (turned >= kMinReading && turned >= kReadRatio * as_is) return 2;
  return turns;
}

PixPtr UprightPage(tesseract::TessBaseAPI* osd, Pix* pix, float enlarged, const ReadingScore& read,
                   std::string* script) {
  Orientation o = DetectedTurns(osd, pix);
  *script = o.script;
  if (!o.sure) o.turns = CheckedTurns(pix, o.turns, enlarged);
  // Upright or upside down, even when the detector was sure: it called pages that stood on their
  // heads upright, sure of it, and the letters' ascenders and descenders are no guide on a page
  // set in capitals (blind59's Bariloche office scan, all capitals, turned over and read as
  // nothing).
  if (o.turns % 2 == 0) o.turns = ReadBothWays(pix, o.turns, read);
  return Straightened(pix, o.turns, enlarged);
}

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_WITH_OCR
