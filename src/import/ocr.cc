#include "oncoguide/import/ocr.h"

#include <fmt/format.h>

#ifdef ONCOGUIDE_WITH_OCR
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#endif

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>

#include "oncoguide/import/importer.h"

namespace oncoguide::import {

#ifdef ONCOGUIDE_WITH_OCR

bool OcrAvailable() { return true; }

namespace {

struct PixFree {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixFree>;

void QuietLeptonica() {
  static const bool once = [] {
    setMsgSeverity(L_SEVERITY_NONE);
    return true;
  }();
  (void)once;
}

// One tesseract engine per thread and language ("eng" for text, "osd" for orientation), kept:
// loading the model costs more than reading a page.
tesseract::TessBaseAPI* Engine(const char* lang) {
  struct Slot {
    std::unique_ptr<tesseract::TessBaseAPI> api;
    bool tried = false;
  };
  thread_local Slot eng, osd;
  Slot& s = std::string_view(lang) == "osd" ? osd : eng;
  if (!s.tried) {
    s.tried = true;
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const auto mode =
        std::string_view(lang) == "osd" ? tesseract::OEM_TESSERACT_ONLY : tesseract::OEM_LSTM_ONLY;
    if (api->Init(nullptr, lang, mode) == 0) {
      api->SetVariable("debug_file", "/dev/null");
      s.api = std::move(api);
    }
  }
  return s.api.get();
}

PixPtr ToPix(const GrayImage& image) {
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (!pix) return pix;
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    const std::uint8_t* row = image.pixels.data() + static_cast<size_t>(y) * image.width;
    for (int x = 0; x < image.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  const int dpi = static_cast<int>(std::lround(image.dpi));
  pixSetResolution(pix.get(), dpi, dpi);
  return pix;
}

// Clockwise quarter turns that make the text upright, by tesseract's orientation detector when
// its model is installed (else 0 turns), and whether the detector was sure of it.
struct Orientation {
  int turns = 0;
  bool sure = true;
};

// Below this orientation confidence an upside-down call is checked (Upright below): the detector
// gave 4.5 for an upright, blurred JPEG it wanted upside down, and 11 to 17 for pages that really
// were upside down or on their side (one was 4.7).
constexpr float kSureOrientation = 10.0f;

Orientation UprightTurns(Pix* pix) {
  tesseract::TessBaseAPI* osd = Engine("osd");
  if (osd == nullptr) return {};
  osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  osd->SetImage(pix);
  int deg = 0;
  float deg_conf = 0, script_conf = 0;
  const char* script = nullptr;
  if (!osd->DetectOrientationScript(&deg, &deg_conf, &script, &script_conf)) return {};
  if (deg_conf < 1.0f) return {};
  return {((deg / 90) % 4 + 4) % 4, deg_conf >= kSureOrientation};
}

// The words of the page image `pix` as `api` recognised them, boxes in pixels offset by
// (dx, dy).
std::vector<Word> Words(tesseract::TessBaseAPI* api, int dx, int dy) {
  std::vector<Word> out;
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (!it) return out;
  do {
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text || text[0] == '\0') continue;
    int x0, y0, x1, y1;
    if (!it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1)) continue;
    const float conf = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
    out.push_back(Word{
        text.get(), Box{double(x0 + dx), double(y0 + dy), double(x1 + dx), double(y1 + dy)}, conf});
  } while (it->Next(tesseract::RIL_WORD));
  return out;
}

// A word at least this many times taller than the page's typical word, read with less than
// kStackedConfidence, is two stacked lines read as one (a flowsheet's date over its time of
// day: "01/08/24" over "0812" came out as "soe?"), and is read again on its own as a block.
constexpr double kStackedHeight = 1.8;
constexpr float kStackedConfidence = 0.7f;

double MedianHeight(const std::vector<Word>& words) {
  std::vector<double> h;
  for (const Word& w : words) {
    const bool letters = std::any_of(w.text.begin(), w.text.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c));
    });
    if (letters && w.box.height() > 0) h.push_back(w.box.height());
  }
  if (h.empty()) return 0;
  std::nth_element(h.begin(), h.begin() + h.size() / 2, h.end());
  return h[h.size() / 2];
}

// Reads the tall, unsure words of `words` again as blocks of their own; a block's words replace
// the tall word when they were read with more confidence.
std::vector<Word> SplitStackedLines(tesseract::TessBaseAPI* api, Pix* pix, int dpi,
                                    std::vector<Word> words) {
  const double typical = MedianHeight(words);
  if (typical <= 0) return words;
  std::vector<Word> out;
  for (Word& w : words) {
    const double height = w.box.height();
    if (height < kStackedHeight * typical || w.confidence >= kStackedConfidence) {
      out.push_back(std::move(w));
      continue;
    }
    const int margin = static_cast<int>(typical / 2);
    const int x = std::max(0, static_cast<int>(w.box.x0) - margin);
    const int y = std::max(0, static_cast<int>(w.box.y0) - margin);
    BOX* box = boxCreate(x, y, static_cast<int>(w.box.x1 - w.box.x0) + 2 * margin,
                         static_cast<int>(height) + 2 * margin);
    PixPtr crop(pixClipRectangle(pix, box, nullptr));
    boxDestroy(&box);
    std::vector<Word> again;
    if (crop) {
      api->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
      api->SetImage(crop.get());
      api->SetSourceResolution(dpi);
      if (api->Recognize(nullptr) == 0) again = Words(api, x, y);
    }
    double sum = 0;
    for (const Word& a : again) sum += a.confidence;
    if (again.size() >= 2 && sum / again.size() > w.confidence) {
      for (Word& a : again) out.push_back(std::move(a));
    } else {
      out.push_back(std::move(w));
    }
  }
  return out;
}

// The page's words, boxes in points.
std::vector<Word> Recognise(Pix* pix, double dpi) {
  tesseract::TessBaseAPI* api = Engine("eng");
  if (api == nullptr) return {};
  const int resolution = static_cast<int>(std::lround(dpi));
  api->SetPageSegMode(tesseract::PSM_AUTO);
  api->SetImage(pix);
  api->SetSourceResolution(resolution);
  if (api->Recognize(nullptr) != 0) return {};
  std::vector<Word> words = SplitStackedLines(api, pix, resolution, Words(api, 0, 0));
  const double to_pt = 72.0 / dpi;
  for (Word& w : words) {
    w.box = Box{w.box.x0 * to_pt, w.box.y0 * to_pt, w.box.x1 * to_pt, w.box.y1 * to_pt};
  }
  return words;
}

// Leptonica's limits for straightening (its own pixDeskew defaults): a skew found with less
// confidence, or smaller, is left alone.
constexpr float kMinSkewConfidence = 3.0f;
constexpr float kMinSkewDegrees = 0.1f;

// The page's skew in degrees, searched on the page at its own resolution (`enlarged` is the
// factor it was enlarged by for OCR): on a 200-dpi landscape table turned by 1.4 degrees and
// enlarged to 300 dpi, leptonica's search found -0.5 degrees, and the lines OCR read ran across
// the rows; at 200 dpi it found 1.41.
float SkewDegrees(Pix* gray, float enlarged) {
  PixPtr own(enlarged > 1 ? pixScale(gray, 1 / enlarged, 1 / enlarged) : pixClone(gray));
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
// descenders on the binarised page): clearly positive when the text is upright, clearly negative
// when it is upside down (about +12 and -21 on our degraded scans), near 0 when unsure.
float UpConfidence(Pix* pix) {
  PixPtr binary(pixConvertTo1(pix, 140));
  if (!binary) return 0;
  float up = 0, left = 0;
  if (pixOrientDetect(binary.get(), &up, &left, 0, 0) != 0) return 0;
  return up;
}

// Above this up-down confidence the text is taken as upright whatever an unsure orientation
// detector says.
constexpr float kClearlyUpright = 5.0f;

// The page turned the right way up and straightened. Tesseract's orientation detector is wrong
// on some blurred, heavily compressed pages (it turned an upright JPEG skewed by 1.6 degrees upside
// down, with confidence 4.5), so an unsure upside-down call is checked against leptonica's
// up-down count.
PixPtr Upright(Pix* pix, float enlarged) {
  Orientation o = UprightTurns(pix);
  if (o.turns == 2 && !o.sure && UpConfidence(pix) > kClearlyUpright) o.turns = 0;
  return Straightened(pix, o.turns, enlarged);
}

// Specks: marks at most this many pixels wide and high on the page at about 300 dpi (a full
// stop of 8-point text is 4 or 5).
constexpr int kSpeckPixels = 3;
// The share of a page's marks that are specks above which the page is speckled: 0.36 to 0.67 on
// faxes and noisy scans, at most 0.18 on clean and blurred ones.
constexpr double kSpeckled = 0.3;

// True when the page (grey, at about 300 dpi) is speckled: many of its marks (8-connected
// components once binarised) are specks.
bool Speckled(Pix* gray) {
  PixPtr binary(pixConvertTo1(gray, 128));
  if (!binary) return false;
  BOXA* marks = pixConnComp(binary.get(), nullptr, 8);
  if (marks == nullptr) return false;
  const int n = boxaGetCount(marks);
  int specks = 0;
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(marks, i, &x, &y, &w, &h) == 0 && w <= kSpeckPixels &&
        h <= kSpeckPixels) {
      ++specks;
    }
  }
  boxaDestroy(&marks);
  return n > 0 && static_cast<double>(specks) / n > kSpeckled;
}

}  // namespace

Result<GrayImage> DecodeImage(std::string_view content, std::uint64_t max_pixels) {
  QuietLeptonica();
  const auto* data = reinterpret_cast<const l_uint8*>(content.data());
  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
  if (pixReadHeaderMem(data, content.size(), &format, &w, &h, &bps, &spp, &iscmap) != 0 || w <= 0 ||
      h <= 0) {
    return Status::Invalid("the image could not be read (damaged, or not PNG, JPEG or TIFF)",
                           "open it in an image viewer and save it again as PNG or JPEG");
  }
  const std::uint64_t pixels = static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h);
  if (pixels > max_pixels) {
    return Status::Invalid(
        fmt::format("the image is {} x {} pixels ({:.0f} megapixels); at most {:.0f} are read", w,
                    h, pixels / 1e6, max_pixels / 1e6),
        "scale the photo down (a page at 300 dpi is about 8 megapixels)");
  }
  PixPtr pix(pixReadMem(data, content.size()));
  if (!pix) {
    return Status::Invalid("the image could not be decoded (damaged file)",
                           "open it in an image viewer and save it again as PNG or JPEG");
  }
  PixPtr gray(pixConvertTo8(pix.get(), 0));
  if (!gray) return Status::Invalid("the image's pixel format is not supported");
  GrayImage out;
  out.width = pixGetWidth(gray.get());
  out.height = pixGetHeight(gray.get());
  const int xres = pixGetXRes(pix.get());
  const int longer = std::max(out.width, out.height), shorter = std::min(out.width, out.height);
  out.dpi = xres >= 100 && xres <= 1200 ? xres : std::max(72.0, shorter / 8.5);
  (void)longer;
  out.pixels.resize(static_cast<size_t>(out.width) * out.height);
  const l_uint32* d = pixGetData(gray.get());
  const int wpl = pixGetWpl(gray.get());
  for (int y = 0; y < out.height; ++y) {
    const l_uint32* line = d + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < out.width; ++x) {
      out.pixels[static_cast<size_t>(y) * out.width + x] =
          static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
    }
  }
  return out;
}

Result<Page> OcrPage(const GrayImage& image, int page) {
  QuietLeptonica();
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() != static_cast<size_t>(image.width) * image.height) {
    return Status::Invalid("empty image");
  }
  PixPtr pix = ToPix(image);
  if (!pix) return Status::Invalid("out of memory for the image");
  double dpi = image.dpi;
  // Small text is read better enlarged: bring low-resolution images to about 300 dpi.
  float enlarged = 1;
  if (dpi < 250) {
    const float scale = static_cast<float>(std::min(4.0, 300.0 / dpi));
    PixPtr up(pixScaleGrayLI(pix.get(), scale, scale));
    if (up) {
      pix = std::move(up);
      dpi *= scale;
      enlarged = scale;
    }
  }
  const bool speckled = Speckled(pix.get());
  if (PixPtr upright = Upright(pix.get(), enlarged)) pix = std::move(upright);
  // Specks (a fax's or a noisy scanner's) are read as letters and break lines apart: a 3 x 3
  // median removes them, but blurs clean pages, so it is used only on speckled ones.
  if (speckled) {
    if (PixPtr clean{pixMedianFilter(pix.get(), 3, 3)}) pix = std::move(clean);
  }
  std::vector<Word> words = Recognise(pix.get(), dpi);
  if (Engine("eng") == nullptr) {
    return Status::Invalid("OCR is not available: the English model could not be loaded",
                           "install tesseract-ocr-eng (scripts/install-deps.sh)");
  }
  Page out;
  out.number = page;
  out.ocr = true;
  out.width = pixGetWidth(pix.get()) * 72.0 / dpi;
  out.height = pixGetHeight(pix.get()) * 72.0 / dpi;
  out.words = std::move(words);
  return out;
}

#else  // !ONCOGUIDE_WITH_OCR

bool OcrAvailable() { return false; }

Result<GrayImage> DecodeImage(std::string_view, std::uint64_t) {
  return Status::Invalid("this build of oncoguide cannot read images (built without OCR)",
                         "rebuild with -DONCOGUIDE_WITH_OCR=ON, or import a text PDF or CSV");
}

Result<Page> OcrPage(const GrayImage&, int) {
  return Status::Invalid("this build of oncoguide cannot read scans (built without OCR)",
                         "rebuild with -DONCOGUIDE_WITH_OCR=ON");
}

#endif

}  // namespace oncoguide::import
