// Removing a scanned table's ruled lines before OCR; see table_rules.h.
#include "table_rules.h"

#ifdef ONCOGUIDE_WITH_OCR
#include <algorithm>
#include <cmath>

namespace oncoguide::import::internal {
namespace {

// A rule is at least this long: no letter's stroke is (a 14-point "l" is about 0.2 inch), nor a
// run of bold letters a blurred photo joins (at 0.35 inch, three bold 8-point Hangul syllables
// were taken for a rule and painted out); a table's rules run across its columns or down its
// rows. On blind43's scans an inch read 49.4% of the values, 0.35 inch 48.6%, none 47.9%.
constexpr double kRuleInches = 1.0;
// And at most this thick (a 2-point rule, blurred by a phone camera); a thicker run is a filled
// band and is kept.
constexpr double kRuleThickInches = 0.035;
// The grey level below which a pixel is ink when finding rules (as for specks in ocr.cc).
constexpr int kInkThreshold = 128;

int Pixels(double inches, double dpi) {
  return std::max(1, static_cast<int>(std::lround(inches * dpi)));
}

// The thin, long runs of `ink` along one axis: opened with a brick `length` long and one pixel
// across, less what survives a brick `thick + 1` across (filled bands).
PixPtr ThinRuns(Pix* ink, int length, int thick, bool horizontal) {
  const int w = horizontal ? length : 1, h = horizontal ? 1 : length;
  PixPtr runs(pixOpenBrick(nullptr, ink, w, h));
  if (!runs) return nullptr;
  PixPtr bands(horizontal ? pixOpenBrick(nullptr, runs.get(), length, thick + 1)
                          : pixOpenBrick(nullptr, runs.get(), thick + 1, length));
  if (bands) pixSubtract(runs.get(), runs.get(), bands.get());
  return runs;
}

}  // namespace

PixPtr WithoutTableRules(Pix* gray, double dpi) {
  if (gray == nullptr || pixGetDepth(gray) != 8 || dpi <= 0) return nullptr;
  PixPtr ink(pixConvertTo1(gray, kInkThreshold));
  if (!ink) return nullptr;
  const int length = Pixels(kRuleInches, dpi), thick = Pixels(kRuleThickInches, dpi);
  PixPtr across = ThinRuns(ink.get(), length, thick, /*horizontal=*/true);
  PixPtr down = ThinRuns(ink.get(), length, thick, /*horizontal=*/false);
  if (!across || !down) return nullptr;
  pixOr(across.get(), across.get(), down.get());
  l_int32 empty = 1;
  pixZero(across.get(), &empty);
  if (empty) return nullptr;
  // The rule's grey fringe (anti-aliasing, blur) is painted too.
  PixPtr mask(pixDilateBrick(nullptr, across.get(), 3, 3));
  PixPtr out(pixCopy(nullptr, gray));
  if (!mask || !out || pixSetMasked(out.get(), mask.get(), 255) != 0) return nullptr;
  return out;
}

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_WITH_OCR
