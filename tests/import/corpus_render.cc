// Renders one corpus document spec (JSON, written by make_corpus.py or by hand) to the files the
// importer is tested on: a text PDF, and the degraded scans the spec asks for (PNG, JPEG, or a
// scanned PDF holding the page image), deterministically (fixed PDF metadata, seeded noise).
//
// Spec format (see README.md in this directory):
//   {"name": "...", "page_size": [612, 792],
//    "pages": [[{"x": 72, "y": 90, "text": "Kappa free light chains", "size": 10,
//                "bold": false, "align": "left"}, ...], ...],
//    "rules": [[page, x0, y0, x1, y1], ...],                      (optional table lines)
//    "scans": [{"id": "rot2", "format": "png|jpeg|pdf", "dpi": 200, "rotate": 2.0,
//               "turn": 0, "blur": 0, "noise": 0.0, "quality": 75}],
//    "truth": [...]}                                              (read by the evaluator)
// x is the left edge (align "left"), the right edge ("right") or the centre ("center"); y is the
// text baseline, in points from the top of the page.
//
// Usage: corpus_render [--scans[=ID,ID]] OUT_DIR SPEC.json|SPEC_DIR...
//   -> OUT_DIR/<name>.pdf, and with --scans OUT_DIR/<name>.<id>.<ext>
#include <cairo-pdf.h>
#include <cairo.h>
#include <leptonica/allheaders.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

void DrawPage(cairo_t* cr, const json& items, const json& rules, int page) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (const json& r : rules) {
    if (r[0].get<int>() != page) continue;
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, r[1].get<double>(), r[2].get<double>());
    cairo_line_to(cr, r[3].get<double>(), r[4].get<double>());
    cairo_stroke(cr);
  }
  PangoLayout* layout = pango_cairo_create_layout(cr);
  for (const json& it : items) {
    const double size = it.value("size", 10.0);
    const bool bold = it.value("bold", false);
    const std::string family = it.value("font", std::string("DejaVu Sans"));
    PangoFontDescription* fd = pango_font_description_new();
    pango_font_description_set_family(fd, family.c_str());
    pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, fd);
    pango_font_description_free(fd);
    const std::string text = it.at("text").get<std::string>();
    pango_layout_set_text(layout, text.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    const double baseline = pango_layout_get_baseline(layout) / static_cast<double>(PANGO_SCALE);
    double x = it.at("x").get<double>();
    const std::string align = it.value("align", std::string("left"));
    if (align == "right") x -= w / static_cast<double>(PANGO_SCALE);
    if (align == "center") x -= w / 2.0 / PANGO_SCALE;
    cairo_move_to(cr, x, it.at("y").get<double>() - baseline);
    pango_cairo_show_layout(cr, layout);
  }
  g_object_unref(layout);
}

// Deterministic noise source (xorshift).
struct Rng {
  unsigned long long s;
  double Next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return (s >> 11) * (1.0 / 9007199254740992.0);
  }
};

// A grey image of page `page` as scanned: rendered at dpi, rotated by `rotate` degrees plus
// `turn` quarter turns, blurred, with noise.
Pix* Scan(const json& spec, const json& scan, int page) {
  const double pw = spec["page_size"][0].get<double>(), ph = spec["page_size"][1].get<double>();
  const double dpi = scan.value("dpi", 200.0);
  const int pw_px = static_cast<int>(std::lround(pw * dpi / 72));
  const int ph_px = static_cast<int>(std::lround(ph * dpi / 72));
  // A page scanned a quarter turn round lies on a sheet of the other orientation (a landscape
  // page turned 90 degrees is a portrait image); a small skew keeps the sheet.
  const double degrees = scan.value("rotate", 0.0);
  const bool quarter = std::lround(std::abs(degrees)) % 180 == 90;
  const int w = quarter ? ph_px : pw_px, h = quarter ? pw_px : ph_px;
  cairo_surface_t* surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t* cr = cairo_create(surf);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  const double angle = degrees * M_PI / 180;
  cairo_translate(cr, w / 2.0, h / 2.0);
  cairo_rotate(cr, angle);
  cairo_translate(cr, -pw_px / 2.0, -ph_px / 2.0);
  cairo_scale(cr, dpi / 72, dpi / 72);
  DrawPage(cr, spec["pages"][page], spec.value("rules", json::array()), page);
  cairo_destroy(cr);
  cairo_surface_flush(surf);
  Pix* pix = pixCreate(w, h, 8);
  pixSetResolution(pix, static_cast<int>(dpi), static_cast<int>(dpi));
  const unsigned char* data = cairo_image_surface_get_data(surf);
  const int stride = cairo_image_surface_get_stride(surf);
  // Page 1 keeps the seed it always had, so its images do not change.
  Rng rng{0x9E3779B97F4A7C15ull ^
          std::hash<std::string>{}(spec["name"].get<std::string>() +
                                   scan.value("id", std::string()) +
                                   (page == 0 ? std::string() : std::to_string(page)))};
  const double noise = scan.value("noise", 0.0);
  l_uint32* pd = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const auto* p = reinterpret_cast<const uint32_t*>(data + y * stride) + x;
      double g = (((*p >> 16) & 255) * 0.3 + ((*p >> 8) & 255) * 0.59 + (*p & 255) * 0.11);
      if (noise > 0) {
        g += (rng.Next() - 0.5) * 2 * noise * 255;
        if (rng.Next() < noise / 20) g = rng.Next() < 0.5 ? 0 : 255;
      }
      SET_DATA_BYTE(pd + y * wpl, x, static_cast<int>(std::clamp(g, 0.0, 255.0)));
    }
  }
  cairo_surface_destroy(surf);
  const int blur = static_cast<int>(std::lround(scan.value("blur", 0.0)));
  if (blur > 0) {
    Pix* b = pixBlockconvGray(pix, nullptr, blur, blur);
    pixDestroy(&pix);
    pix = b;
  }
  const int turn = scan.value("turn", 0);
  if (turn % 4 != 0) {
    Pix* r = pixRotateOrth(pix, turn % 4);
    pixDestroy(&pix);
    pix = r;
  }
  return pix;
}

bool WriteFile(const std::string& path, const l_uint8* data, size_t n) {
  std::ofstream f(path, std::ios::binary);
  f.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(n));
  return static_cast<bool>(f);
}

cairo_status_t WriteToStream(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A PDF whose pages are the scanned images (no text layer).
bool WriteScanPdf(const std::string& path, const std::vector<Pix*>& pixes, int quality) {
  std::string out;
  cairo_surface_t* pdf = cairo_pdf_surface_create_for_stream(WriteToStream, &out, 612, 792);
  cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00");
  for (Pix* pix : pixes) {
    l_uint8* jpg = nullptr;
    size_t n = 0;
    if (pixWriteMemJpeg(&jpg, &n, pix, quality, 0) != 0) {
      cairo_surface_destroy(pdf);
      return false;
    }
    const double dpi = pixGetXRes(pix);
    cairo_pdf_surface_set_size(pdf, pixGetWidth(pix) * 72 / dpi, pixGetHeight(pix) * 72 / dpi);
    cairo_t* cr = cairo_create(pdf);
    cairo_surface_t* img =
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixGetWidth(pix), pixGetHeight(pix));
    cairo_surface_set_mime_data(img, CAIRO_MIME_TYPE_JPEG, jpg, n, lept_free, jpg);
    cairo_scale(cr, 72 / dpi, 72 / dpi);
    cairo_set_source_surface(cr, img, 0, 0);
    cairo_paint(cr);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(img);
  }
  cairo_surface_finish(pdf);
  cairo_surface_destroy(pdf);
  return WriteFile(path, reinterpret_cast<const l_uint8*>(out.data()), out.size());
}

}  // namespace

int RenderOne(const std::string& spec_path, const std::string& dir, bool scans,
              const std::string& only) {
  std::ifstream in(spec_path);
  json spec;
  try {
    spec = json::parse(in);
  } catch (const std::exception& e) {
    std::cerr << spec_path << ": " << e.what() << "\n";
    return 1;
  }
  const std::string name = spec.at("name").get<std::string>();
  const double pw = spec["page_size"][0].get<double>(), ph = spec["page_size"][1].get<double>();
  std::string pdf_bytes;
  cairo_surface_t* pdf = cairo_pdf_surface_create_for_stream(WriteToStream, &pdf_bytes, pw, ph);
  cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00");
  cairo_t* cr = cairo_create(pdf);
  const json rules = spec.value("rules", json::array());
  for (size_t p = 0; p < spec["pages"].size(); ++p) {
    DrawPage(cr, spec["pages"][p], rules, static_cast<int>(p));
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  cairo_surface_destroy(pdf);
  if (!WriteFile(dir + "/" + name + ".pdf", reinterpret_cast<const l_uint8*>(pdf_bytes.data()),
                 pdf_bytes.size())) {
    std::cerr << "cannot write " << dir << "\n";
    return 1;
  }
  for (const json& scan : scans ? spec.value("scans", json::array()) : json::array()) {
    const std::string id = scan.at("id").get<std::string>();
    if (!only.empty() && ("," + only + ",").find("," + id + ",") == std::string::npos) continue;
    // Every page is scanned: a scanned PDF holds them all; photos are one image per page
    // (NAME.ID.png, then NAME.ID.p2.png, ...), as a person photographs each page.
    std::vector<Pix*> pixes;
    for (size_t p = 0; p < spec["pages"].size(); ++p) {
      pixes.push_back(Scan(spec, scan, static_cast<int>(p)));
    }
    const std::string format = scan.value("format", std::string("png"));
    const int quality = scan.value("quality", 75);
    bool ok = true;
    if (format == "pdf") {
      ok = WriteScanPdf(dir + "/" + name + "." + id + ".pdf", pixes, quality);
    } else {
      for (size_t p = 0; p < pixes.size() && ok; ++p) {
        const std::string base =
            dir + "/" + name + "." + id + (p == 0 ? std::string() : ".p" + std::to_string(p + 1));
        l_uint8* data = nullptr;
        size_t n = 0;
        if (format == "png") {
          ok = pixWriteMemPng(&data, &n, pixes[p], 0) == 0 && WriteFile(base + ".png", data, n);
        } else if (format == "jpeg") {
          ok = pixWriteMemJpeg(&data, &n, pixes[p], quality, 0) == 0 &&
               WriteFile(base + ".jpg", data, n);
        } else {
          ok = false;
        }
        if (data != nullptr) lept_free(data);
      }
    }
    for (Pix*& pix : pixes) pixDestroy(&pix);
    if (!ok) {
      std::cerr << name << ": cannot write scan " << id << "\n";
      return 1;
    }
  }
  return 0;
}

int main(int argc, char** argv) {
  setMsgSeverity(L_SEVERITY_NONE);
  bool scans = false;
  std::string only;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--scans") {
      scans = true;
    } else if (std::string(argv[i]).starts_with("--scans=")) {
      scans = true;
      only = std::string(argv[i]).substr(8);
    } else {
      args.push_back(argv[i]);
    }
  }
  if (args.size() < 2) {
    std::cerr << "usage: corpus_render [--scans] OUT_DIR SPEC.json|SPEC_DIR...\n";
    return 2;
  }
  std::filesystem::create_directories(args[0]);
  std::vector<std::string> specs;
  for (size_t i = 1; i < args.size(); ++i) {
    if (std::filesystem::is_directory(args[i])) {
      for (const auto& e : std::filesystem::directory_iterator(args[i])) {
        if (e.path().extension() == ".json") specs.push_back(e.path().string());
      }
    } else {
      specs.push_back(args[i]);
    }
  }
  std::sort(specs.begin(), specs.end());
  for (const std::string& s : specs) {
    if (int rc = RenderOne(s, args[0], scans, only); rc != 0) return rc;
  }
  return 0;
}
