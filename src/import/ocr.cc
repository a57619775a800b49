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
#include <utility>

#include "leptonica_util.h"
#include "ocr_language.h"
#include "oncoguide/import/importer.h"
#include "page_orientation.h"
#include "table_rules.h"

namespace oncoguide::import {

std::string MissingModelWarning(const Page& page) {
  if (!page.ocr || page.ocr_language.empty() || page.ocr_language == "eng" ||
      page.ocr_model != "eng") {
    return "";
  }
  return fmt::format(
      "page {} is in {}, but the {} OCR model is not installed (Debian package tesseract-ocr-{}): "
      "it was read with the English model only, so more of its values may be missed",
      page.number, internal::LanguageName(page.ocr_language),
      internal::LanguageName(page.ocr_language), page.ocr_language);
}

#ifdef ONCOGUIDE_WITH_OCR

bool OcrAvailable() { return true; }

namespace {

using internal::PixPtr;
using internal::QuietLeptonica;

// The tesseract engines of this thread, one per language ("eng", "deu+eng", and "osd" for
// orientation), kept: loading a model costs more than reading a page. A model that is not
// installed is tried once and then answered with nullptr.
constexpr size_t kMaxEngines = 4;  // a thread keeps at most this many (about 30 MB each)

tesseract::TessBaseAPI* Engine(const std::string& lang) {
  struct Slot {
    std::string lang;
    std::unique_ptr<tesseract::TessBaseAPI> api;
  };
  thread_local std::vector<Slot> slots;
  for (Slot& s : slots) {
    if (s.lang == lang) return s.api.get();
  }
  if (slots.size() >= kMaxEngines) {
    // Keep the orientation and English engines, which every page uses.
    std::erase_if(slots, [](const Slot& s) { return s.lang != "osd" && s.lang != "eng"; });
  }
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  const auto mode = lang == "osd" ? tesseract::OEM_TESSERACT_ONLY : tesseract::OEM_LSTM_ONLY;
  if (api->Init(nullptr, lang.c_str(), mode) == 0) {
    api->SetVariable("debug_file", "/dev/null");
  } else {
    api.reset();
  }
  slots.push_back(Slot{lang, std::move(api)});
  return slots.back().api.get();
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
    out.push_back(Word{internal::GreekMu(text.get()),
                       Box{double(x0 + dx), double(y0 + dy), double(x1 + dx), double(y1 + dy)},
                       conf});
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
std::vector<Word> Recognise(tesseract::TessBaseAPI* api, Pix* pix, double dpi) {
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

// The share of the page's height, from the top, read to find its language: a report's header
// and the head of its first table.
constexpr double kHeaderShare = 0.3;
// Mean word confidences of the English model on the top of a page: about 0.9 on English and
// other Latin-script reports (scans and faxes alike), 0.27 to 0.62 on Greek it misread as
// Latin letters. Below kSureEnglish the Greek and Russian models read it too, and one of them
// is taken when it is surer by kClearlySurer.
constexpr double kSureEnglish = 0.75;
constexpr double kClearlySurer = 0.1;

// The tesseract code of the language the page is written in ("eng" for English or when unsure):
// `known` when an earlier page of the document found it, else the script's language, else the
// language of the words the English model reads in the top of the page.
// The words `model` reads in the top of the page (kHeaderShare); empty when it cannot.
std::vector<Word> TopWords(Pix* pix, double dpi, const std::string& model) {
  tesseract::TessBaseAPI* api = Engine(model);
  if (api == nullptr) return {};
  BOX* box = boxCreate(0, 0, pixGetWidth(pix), static_cast<int>(pixGetHeight(pix) * kHeaderShare));
  PixPtr top(pixClipRectangle(pix, box, nullptr));
  boxDestroy(&box);
  if (!top) return {};
  api->SetPageSegMode(tesseract::PSM_AUTO);
  api->SetImage(top.get());
  api->SetSourceResolution(static_cast<int>(std::lround(dpi)));
  if (api->Recognize(nullptr) != 0) return {};
  return Words(api, 0, 0);
}

// The page's language when it is Greek or Cyrillic (internal::GreekOrCyrillic, from what the
// Greek and Russian models read in the top), and the mean confidence of the model that won.
std::pair<std::string, double> GreekOrCyrillicPage(Pix* pix, double dpi) {
  const std::vector<Word> greek = TopWords(pix, dpi, "ell");
  const std::vector<Word> russian = TopWords(pix, dpi, "rus");
  const std::string_view language = internal::GreekOrCyrillic(greek, russian);
  return {std::string(language), internal::MeanConfidence(language == "ell" ? greek : russian)};
}

// The page's language when it is Chinese, Japanese or Korean (internal::CjkLanguage, from
// what the three models together read in the top: kana, Hangul or Han characters), and the
// mean confidence of that reading; "" when it holds too few of those characters.
std::pair<std::string, double> CjkPage(Pix* pix, double dpi) {
  const std::vector<Word> words = TopWords(pix, dpi, "chi_sim+jpn+kor");
  return {std::string(internal::CjkLanguage(words)), internal::MeanConfidence(words)};
}

std::string PageLanguage(Pix* pix, double dpi, const std::string& script, std::string_view known) {
  if (!known.empty()) return std::string(known);
  // Cyrillic: Russian or Ukrainian, told apart by the words the Russian model reads in the top;
  // or Greek in capitals, which the detector takes for Cyrillic (and Cyrillic for Greek).
  // Or a blurred Chinese, Japanese or Korean photo the detector took for Cyrillic (blind51's
  // Kagoshima table, its "H" flags then read as Cyrillic "Н"): the three CJK models read the
  // top too, and their reading is taken when it holds enough of those characters and is surer.
  if (script == "Greek" || script == "Cyrillic") {
    const auto [other, surer] = GreekOrCyrillicPage(pix, dpi);
    const auto [cjk, cjk_surer] = CjkPage(pix, dpi);
    return !cjk.empty() && cjk_surer > surer ? cjk : other;
  }
  // Han: Chinese, or a Japanese page whose kanji outnumber its kana enough for the detector
  // (blind41's Hokkaido table, read with the Chinese models, its katakana names lost): the
  // three models together read its top, as for a page the detector took for Latin.
  if (script == "Han") {
    const std::string cjk = CjkPage(pix, dpi).first;
    return cjk.empty() ? std::string(internal::LanguageForScript(script)) : cjk;
  }
  if (const std::string_view cjk = internal::LanguageForScript(script); !cjk.empty()) {
    return std::string(cjk);
  }
  const std::vector<Word> eng = TopWords(pix, dpi, "eng");
  if (const std::string_view guess = internal::GuessLanguage(eng); !guess.empty()) {
    return std::string(guess);
  }
  // Greek the detector took for Latin (a faxed Athens history, read as "AIATNOITIKO EPFAZTHPIO"):
  // the English model is unsure of what it read, and the Greek or Russian one is surer.
  // Or a Chinese, Japanese or Korean report whose Latin letters and digits the detector saw
  // (a Taiwanese cumulative table, an Osaka one): the three models together read its
  // characters, surer than English.
  const double english = internal::MeanConfidence(eng);
  if (english >= kSureEnglish) return "eng";
  const auto [other, surer] = GreekOrCyrillicPage(pix, dpi);
  const auto [cjk, cjk_surer] = CjkPage(pix, dpi);
  if (!cjk.empty() && cjk_surer > english && cjk_surer >= surer) return cjk;
  return surer > english + kClearlySurer ? other : "eng";
}

}  // namespace

Result<Page> OcrPage(const GrayImage& image, int page, std::string_view language) {
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
  std::string script;
  // How much the English model reads with confidence in the top of the page as it stands.
  const internal::ReadingScore read_top = [dpi](Pix* p) {
    const std::vector<Word> words = TopWords(p, dpi, "eng");
    return internal::MeanConfidence(words) * static_cast<double>(words.size());
  };
  if (PixPtr upright =
          internal::UprightPage(Engine("osd"), pix.get(), enlarged, read_top, &script)) {
    pix = std::move(upright);
  }
  // Specks (a fax's or a noisy scanner's) are read as letters and break lines apart: a 3 x 3
  // median removes them, but blurs clean pages, so it is used only on speckled ones.
  if (speckled) {
    if (PixPtr clean{pixMedianFilter(pix.get(), 3, 3)}) pix = std::move(clean);
  }
  // Ruled lines are painted out first: tesseract read them into values and split tables along
  // them (table_rules.h).
  if (PixPtr clean = internal::WithoutTableRules(pix.get(), dpi)) pix = std::move(clean);
  if (Engine("eng") == nullptr) {
    return Status::Invalid("OCR is not available: the English model could not be loaded",
                           "install tesseract-ocr-eng (scripts/install-deps.sh)");
  }
  Page out;
  out.ocr_language = PageLanguage(pix.get(), dpi, script, language);
  // The page's language with English, for the English words (units, test names) every report
  // has; English alone when that language's model is not installed.
  out.ocr_model = out.ocr_language == "eng" ? "eng" : out.ocr_language + "+eng";
  tesseract::TessBaseAPI* api = Engine(out.ocr_model);
  if (api == nullptr) {
    out.ocr_model = "eng";
    api = Engine("eng");
  }
  out.words = Recognise(api, pix.get(), dpi);
  out.number = page;
  out.ocr = true;
  out.width = pixGetWidth(pix.get()) * 72.0 / dpi;
  out.height = pixGetHeight(pix.get()) * 72.0 / dpi;
  return out;
}

#else  // !ONCOGUIDE_WITH_OCR

bool OcrAvailable() { return false; }

Result<Page> OcrPage(const GrayImage&, int, std::string_view) {
  return Status::Invalid("this build of oncoguide cannot read scans (built without OCR)",
                         "rebuild with -DONCOGUIDE_WITH_OCR=ON");
}

#endif

}  // namespace oncoguide::import
