// Turning a scanned page the right way up and straightening it (OCR builds only).
//
// Phone photos and scanners deliver pages upside down, on their side, and tilted by a degree or
// two. Tesseract's orientation detector decides most of them, but it is unsure on blurred,
// compressed or non-Latin pages: it called an upright JPEG upside down (confidence 4.5), and a
// Belarusian landscape table photographed sideways upright (confidence below 1, script
// "Fraktur"). Its unsure calls are checked against two measures of leptonica's: which way the
// text lines run (pixFindSkew's confidence across the page and down it), and which way up the
// letters stand (pixOrientDetect's count of ascenders against descenders).
//
// Example:
//   std::string script;
//   internal::PixPtr page =
//       internal::UprightPage(osd_engine, pix, /*enlarged=*/1.8f, read_top, &script);
#ifndef ONCOGUIDE_SRC_IMPORT_PAGE_ORIENTATION_H_
#define ONCOGUIDE_SRC_IMPORT_PAGE_ORIENTATION_H_

#ifdef ONCOGUIDE_WITH_OCR
#include <functional>
#include <string>

#include "leptonica_util.h"

namespace tesseract {
class TessBaseAPI;
}

namespace oncoguide::import::internal {

// The direction a page's text lines run, from how sure leptonica's skew search is of lines
// across the page and of lines down it.
enum class LineAxis { kAcross, kDown, kUnknown };
LineAxis TextLineAxis(Pix* gray);

// Leptonica's up-down confidence for `gray` as it stands (pixOrientDetect on the binarised page):
// clearly positive when its letters stand upright, clearly negative when upside down.
float UpDownConfidence(Pix* gray);

// How much of a page a recogniser reads with confidence, as the page stands: the sum of its
// words' confidences over the top of the page, or so. Large when the text stands upright, small
// when it stands on its head (a few words, read unsure).
using ReadingScore = std::function<double(Pix*)>;

// `pix` (grey) turned upright by whole quarter turns and straightened by its skew, searched at
// the page's own resolution (`enlarged` is the factor the page was enlarged by for OCR).
// `osd` is tesseract's orientation engine, or nullptr when its model is not installed (the
// page is then only straightened, unless its lines clearly run down it). A page left upright or
// upside down is then read both ways with `read` (when given), and the way read far better
// wins (ReadBothWays). `script` receives the script the detector named ("Latin", "Greek",
// "Cyrillic"; "" when not detected). Returns nullptr only when leptonica runs out of memory.
PixPtr UprightPage(tesseract::TessBaseAPI* osd, Pix* pix, float enlarged, const ReadingScore& read,
                   std::string* script);

// Of upright (0) and upside down (2), the way `read` scores at least kReadRatio times the other
// (and at least kMinReading); `turns` when neither does.
int ReadBothWays(Pix* pix, int turns, const ReadingScore& read);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_WITH_OCR
#endif  // ONCOGUIDE_SRC_IMPORT_PAGE_ORIENTATION_H_
