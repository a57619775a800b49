// Scores the importer on the rendered corpus against each spec's exact ground truth, per layout
// and per kind of file (the text PDF, or a degraded scan variant), and prints the table:
//   correct       value, bound, isotype and date as in the truth
//   review        of the correct ones, how many were marked needs_review
//   missed        in the truth, not extracted
//   wrong value   extracted for that test and date with another value
//   wrong date    extracted with the right value under another date
//   extra         extracted, in no truth entry (a distractor read as a test)
//   silent        wrong value / wrong date / extra NOT marked needs_review (never acceptable)
//
// Usage: corpus_eval [--scans] [--only ID,ID] [--layouts L,L] [--require-text-perfect]
//                    [--min-scan-correct PCT] RENDER_DIR SPEC_DIR...
//        corpus_eval --dump FILE...   (PDF or image: the lines and cells the importer sees, and
//                                       its output)
// Exit status 1 when a requirement fails (or any silent error on any file).
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/importer.h"
#include "oncoguide/import/layout.h"

namespace {

using nlohmann::json;
using namespace oncoguide;
using namespace oncoguide::import;  // the tool measures the importer

struct Score {
  int truth = 0, correct = 0, review = 0, missed = 0, wrong_value = 0, wrong_date = 0, extra = 0,
      silent = 0, files = 0, refused = 0;
  // Correct value and date, but the truth's `previous` flag differs: the authors' conventions
  // differ for the earlier columns of a cumulative report (counted correct, reported apart).
  int previous_differs = 0;
  // An M-protein read as 0 from a "not detected" / "absent" result that the truth leaves out:
  // oncoguide reads no monoclonal protein as an M-protein of 0 on purpose; some authors write no
  // value. Counted extra, not silent, and reported apart.
  int zero_m_protein = 0;
  void Add(const Score& o) {
    previous_differs += o.previous_differs;
    zero_m_protein += o.zero_m_protein;
    truth += o.truth;
    correct += o.correct;
    review += o.review;
    missed += o.missed;
    wrong_value += o.wrong_value;
    wrong_date += o.wrong_date;
    extra += o.extra;
    silent += o.silent;
    files += o.files;
    refused += o.refused;
  }
};

std::string BoundName(records::ValueBound b) {
  switch (b) {
    case records::ValueBound::kBelow:
      return "<";
    case records::ValueBound::kAtMost:
      return "<=";
    case records::ValueBound::kAbove:
      return ">";
    case records::ValueBound::kAtLeast:
      return ">=";
    case records::ValueBound::kTrace:
      return "trace";
    default:
      return "";
  }
}

// An immunofixation truth may be written as the coded value (1 detected, 0 not detected, with
// the isotype in `text`) or, as some spec authors do, with a null value and `text` holding the
// isotype or "negative". Both mean the same result, and so does a value of 0 with "negative" in
// `text` (blind24's authors wrote both).
//
// A marrow clonality written with a null value and the restricted light chain ("kappa") or
// "polyclonal" in `text` is read the same way: clonal (1) or not (0); oncoguide records whether
// the plasma cells are clonal, not which light chain they restrict, so a coded value's light
// chain in `text` (blind26's and blind27's authors wrote 1 with "kappa") is dropped too.
json Canonical(const json& t) {
  const std::string test = t.value("test", "");
  if (test == "bm_clonality" && !t["value"].is_null()) {
    json c = t;
    c["text"] = "";
    return c;
  }
  if (test == "bm_clonality") {
    json c = t;
    const std::string text = AsciiLower(t.value("text", ""));
    c["value"] = text == "polyclonal" || text == "negative" || text == "not clonal" ? 0 : 1;
    c["text"] = "";
    return c;
  }
  if (test != "serum_ife" && test != "urine_ife") return t;
  const std::string text = t.value("text", "");
  if (!t["value"].is_null()) {
    if (t["value"] != 0 || (text != "negative" && text != "not detected")) return t;
    json c = t;
    c["text"] = "";
    return c;
  }
  json c = t;
  const bool negative = text == "negative" || text == "not detected";
  c["value"] = negative ? 0 : 1;
  c["text"] = negative ? "" : text;
  return c;
}

// A light chain without a heavy chain is written "free lambda" by some authors and labs and
// "lambda" by others: the same finding (a light-chain-only band). oncoguide's canonical isotype
// (records/values.h) is "lambda", and "free lambda light chain" and "Bence Jones lambda" name the
// same finding. Case and a hyphen do not change an isotype ("IgG-kappa",
// "IgG Kappa" and "IgG kappa" are one finding).
constexpr std::string_view kHeavy[] = {"igg", "iga", "igm", "igd", "ige"};

std::string IsotypeKey(std::string text) {
  text = AsciiLower(text);
  // "IgG-kappa", "IgG/Lambda", "IgG-κ": the same isotype.
  std::replace(text.begin(), text.end(), '-', ' ');
  std::replace(text.begin(), text.end(), '/', ' ');
  for (auto [greek, latin] : {std::pair<std::string_view, std::string_view>{"\xCE\xBA", "kappa"},
                              {"\xCE\xBB", "lambda"}}) {
    for (size_t at = text.find(greek); at != std::string::npos; at = text.find(greek, at)) {
      text.replace(at, greek.size(), latin);
    }
  }
  // A heavy chain as a word of its own ("IgG kappa"), never inside another ("ligeras" holds
  // "ige": "Cadenas ligeras lambda libres" was scored as a heavy chain's finding).
  const auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  const bool heavy = std::any_of(std::begin(kHeavy), std::end(kHeavy), [&](std::string_view h) {
    for (size_t at = text.find(h); at != std::string::npos; at = text.find(h, at + 1)) {
      const size_t end = at + h.size();
      if ((at == 0 || !letter(text[at - 1])) && (end == text.size() || !letter(text[end]))) {
        return true;
      }
    }
    return false;
  });
  if (!heavy) {
    // "Free lambda light chain", "Bence Jones lambda": the light chain's name is the finding.
    // Also in other languages: "Lambda libre" (es), "Cadenas ligeras lambda libres".
    for (std::string_view w : {"bence jones ", "free ", " light chains", " light chain",
                               "cha\xC3\xAEnes l\xC3\xA9g\xC3\xA8res libres ", " libres", " libre",
                               "cadenas ligeras ", "cadena ligera "}) {
      const size_t at = text.find(w);
      if (at != std::string::npos) text.erase(at, w.size());
    }
  }
  return text;
}

// An immunofixation truth of 1 with no isotype says only "detected" (some authors leave the
// isotype out when the report names a light chain alone: "Monoclonal free kappa light chain
// detected"): a detected result matches it whatever isotype was read with it.
bool DetectedWithoutIsotype(const json& t) {
  const std::string test = t.value("test", "");
  return (test == "serum_ife" || test == "urine_ife") && t["value"].is_number() &&
         t["value"].get<double>() == 1 && t.value("text", "").empty();
}

bool SameValue(const json& truth, const ImportedObservation& o) {
  const json t = Canonical(truth);
  if (t.value("bound", "") != BoundName(o.obs.bound)) return false;
  if (DetectedWithoutIsotype(t)) return o.obs.has_value && o.obs.value == 1;
  if (IsotypeKey(t.value("text", "")) != IsotypeKey(o.obs.text)) return false;
  if (t["value"].is_null()) return !o.obs.has_value;
  const double v = t["value"].get<double>();
  return std::abs(v - o.obs.value) <= std::max(1e-6, 1e-3 * std::abs(v));
}

Score ScoreFile(const json& spec, const ImportResult& r, bool verbose, const std::string& file) {
  Score s;
  s.files = 1;
  const json& truth = spec["truth"];
  s.truth = static_cast<int>(truth.size());
  std::vector<bool> used(r.observations.size(), false);
  auto report = [&](const std::string& what, const std::string& detail) {
    if (verbose) fmt::print("    {} {}: {}\n", file, what, detail);
  };
  // Exact matches first, for every truth row, so that a right value is never taken as the wrong
  // value of another row of the same test and date (two marrow counts on one day).
  std::vector<bool> matched(truth.size(), false);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < truth.size(); ++k) {
      const json& t = truth[k];
      if (matched[k]) continue;
      const std::string date = t["date"], test = t["test"];
      const bool prev = t.value("previous", false);
      for (size_t i = 0; i < r.observations.size(); ++i) {
        const ImportedObservation& o = r.observations[i];
        if (used[i] || Name(o.obs.analyte) != test || o.obs.date.ToString() != date) continue;
        // Pass 0 needs the `previous` flag too; pass 1 counts a differing flag apart.
        if (!SameValue(t, o) || (pass == 0 && o.previous != prev)) continue;
        if (pass == 1) {
          ++s.previous_differs;
          report("previous flag differs", fmt::format("{} {} truth previous={}", test, date, prev));
        }
        used[i] = true;
        matched[k] = true;
        ++s.correct;
        if (o.needs_review) ++s.review;
        break;
      }
    }
  }
  for (size_t k = 0; k < truth.size(); ++k) {
    if (matched[k]) continue;
    const json& t = truth[k];
    const std::string date = t["date"], test = t["test"];
    // Same test and date, another value?
    int other = -1;
    for (size_t i = 0; i < r.observations.size() && other < 0; ++i) {
      const ImportedObservation& o = r.observations[i];
      if (!used[i] && Name(o.obs.analyte) == test && o.obs.date.ToString() == date) other = i;
    }
    if (other >= 0) {
      used[other] = true;
      ++s.wrong_value;
      const ImportedObservation& o = r.observations[other];
      if (!o.needs_review) ++s.silent;
      report("wrong value",
             fmt::format("{} {} truth {}{} '{}' got {}{} '{}'{}", test, date, t.value("bound", ""),
                         t["value"].dump(), t.value("text", ""), BoundName(o.obs.bound),
                         o.obs.value, o.obs.text, o.needs_review ? " (review)" : " SILENT"));
      continue;
    }
    for (size_t i = 0; i < r.observations.size() && other < 0; ++i) {
      const ImportedObservation& o = r.observations[i];
      if (!used[i] && Name(o.obs.analyte) == test && SameValue(t, o)) other = i;
    }
    if (other >= 0) {
      used[other] = true;
      ++s.wrong_date;
      const ImportedObservation& o = r.observations[other];
      if (!o.needs_review) ++s.silent;
      report("wrong date", fmt::format("{} truth {} got {}{}", test, date, o.obs.date.ToString(),
                                       o.needs_review ? " (review)" : " SILENT"));
      continue;
    }
    ++s.missed;
    report("missed", fmt::format("{} {} {}", test, date, t["value"].dump()));
  }
  for (size_t i = 0; i < r.observations.size(); ++i) {
    if (used[i]) continue;
    const ImportedObservation& o = r.observations[i];
    ++s.extra;
    const bool zero_m = (o.obs.analyte == records::Analyte::kSerumMProtein ||
                         o.obs.analyte == records::Analyte::kUrineMProtein) &&
                        o.obs.has_value && o.obs.value == 0 &&
                        o.obs.bound == records::ValueBound::kExact;
    if (zero_m) ++s.zero_m_protein;
    if (!o.needs_review && !zero_m) ++s.silent;
    report("extra", fmt::format("{} {} {} from '{}'{}", Name(o.obs.analyte), o.obs.date.ToString(),
                                o.obs.value, o.source.text,
                                o.needs_review ? " (review)"
                                : zero_m       ? " (zero M-protein)"
                                               : " SILENT"));
  }
  return s;
}

// --dump: the lines and cells the importer rebuilt from a file, then what it extracted (a
// development aid for reading a new layout).
// The photos of one document's pages (NAME.ID.png, NAME.ID.p2.png, ...), each imported as the
// person would upload it, read together: a result read from two pages once, each page's notes
// and warnings kept. The first refusal refuses the document.
Result<ImportResult> ImportPages(const std::vector<std::string>& paths) {
  ImportResult all;
  for (size_t p = 0; p < paths.size(); ++p) {
    Result<ImportResult> r = ImportFile(paths[p]);
    if (!r.ok()) return r.status();
    for (ImportedObservation& o : r->observations) {
      o.source.page = static_cast<int>(p + 1);
      const bool seen = std::any_of(
          all.observations.begin(), all.observations.end(), [&](const ImportedObservation& a) {
            return a.obs.analyte == o.obs.analyte && a.obs.date == o.obs.date &&
                   a.obs.value == o.obs.value && a.obs.bound == o.obs.bound &&
                   a.obs.text == o.obs.text && a.previous == o.previous;
          });
      if (!seen) all.observations.push_back(std::move(o));
    }
    for (ImportNote& n : r->unrecognised) all.unrecognised.push_back(std::move(n));
    for (ImportNote& n : r->ignored) all.ignored.push_back(std::move(n));
    for (std::string& w : r->warnings) all.warnings.push_back(std::move(w));
  }
  return all;
}

void Dump(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ImportLimits limits;
  limits.isolate = false;
  Result<Document> doc = SniffDocument(content) == DocumentKind::kPdf
                             ? ReadPdfDocument(content, limits)
                             : ReadImageDocument(content, limits);
  if (!doc.ok()) {
    fmt::print("{}: {}\n", path, doc.status().ToString());
    return;
  }
  fmt::print("==== {}\n", path);
  for (const Page& p : doc->pages) {
    if (p.ocr)
      fmt::print("p{} OCR: language {}, models {}\n", p.number, p.ocr_language, p.ocr_model);
    for (const Line& l : BuildLines(p)) {
      fmt::print("p{} y{:>5.1f} |", l.page, l.box.y0);
      for (const Cell& c : l.cells) fmt::print(" [{:.0f}-{:.0f}] {} |", c.box.x0, c.box.x1, c.text);
      fmt::print("\n");
    }
  }
  const ImportResult r = ExtractObservations(*doc);
  for (const ImportedObservation& o : r.observations) {
    std::string why;
    for (const std::string& w : o.review_reasons) why += w + "; ";
    fmt::print("  OBS {} {} {}{} '{}' unit '{}'{}{} <- {}\n", o.obs.date.ToString(),
               Name(o.obs.analyte), BoundName(o.obs.bound), o.obs.value, o.obs.text, o.written_unit,
               o.previous ? " previous" : "", o.needs_review ? " REVIEW: " + why : "",
               o.source.text);
  }
  for (const ImportNote& n : r.unrecognised) fmt::print("  UNREC {} <- {}\n", n.reason, n.text);
  for (const ImportNote& n : r.ignored) fmt::print("  IGN {} <- {}\n", n.reason, n.text);
  for (const std::string& w : r.warnings) fmt::print("  WARN {}\n", w);
}

std::string Row(const std::string& label, const Score& s) {
  const double pct = s.truth ? 100.0 * s.correct / s.truth : 100.0;
  return fmt::format("{:<34} {:>5} {:>6} {:>7.1f}% {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7}\n",
                     label, s.files, s.truth, pct, s.review, s.missed, s.wrong_value, s.wrong_date,
                     s.extra, s.silent, s.refused);
}

}  // namespace

int main(int argc, char** argv) {
  bool scans = false, require_text = false, verbose = false;
  double min_scan = -1;
  std::set<std::string> only, layouts;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--scans") {
      scans = true;
    } else if (a == "--require-text-perfect") {
      require_text = true;
    } else if (a == "--dump") {
      for (int k = i + 1; k < argc; ++k) Dump(argv[k]);
      return 0;
    } else if (a == "--verbose") {
      verbose = true;
    } else if (a == "--min-scan-correct" && i + 1 < argc) {
      min_scan = std::stod(argv[++i]);
    } else if ((a == "--only" || a == "--layouts") && i + 1 < argc) {
      std::string list = argv[++i];
      size_t p = 0;
      while (p <= list.size()) {
        size_t q = list.find(',', p);
        if (q == std::string::npos) q = list.size();
        (a == "--only" ? only : layouts).insert(list.substr(p, q - p));
        p = q + 1;
      }
    } else {
      args.push_back(a);
    }
  }
  if (args.size() < 2) {
    fmt::print(stderr,
               "usage: corpus_eval [--scans] [--only IDS] [--verbose] [--require-text-perfect] "
               "[--min-scan-correct PCT] RENDER_DIR SPEC_DIR...\n");
    return 2;
  }
  const std::string rendered = args[0];
  std::vector<std::filesystem::path> specs;
  for (size_t i = 1; i < args.size(); ++i) {
    for (const auto& e : std::filesystem::directory_iterator(args[i])) {
      if (e.path().extension() == ".json") specs.push_back(e.path());
    }
  }
  std::sort(specs.begin(), specs.end());
  std::map<std::string, std::map<std::string, Score>> table;  // split/kind -> layout -> score
  double scan_seconds = 0;
  int scan_pages = 0;
  for (const auto& path : specs) {
    std::ifstream in(path);
    const json spec = json::parse(in);
    const std::string name = spec["name"], layout = spec["layout"];
    const std::string split = spec.value("split", "tuned");
    if (!layouts.empty() && !layouts.contains(layout)) continue;
    std::vector<std::pair<std::string, std::string>> files = {{"text pdf", name + ".pdf"}};
    if (scans) {
      for (const json& sc : spec.value("scans", json::array())) {
        const std::string id = sc["id"];
        if (!only.empty() && !only.contains(id)) continue;
        const std::string fmt_ = sc.value("format", "png");
        const std::string ext = fmt_ == "jpeg" ? "jpg" : fmt_;
        files.emplace_back("scan " + id, name + "." + id + "." + ext);
        // Photos: one image per page (corpus_render), read together below.
      }
    }
    for (const auto& [kind, file] : files) {
      const auto t0 = std::chrono::steady_clock::now();
      std::vector<std::string> paths = {rendered + "/" + file};
      const bool photo = kind != "text pdf" && !file.ends_with(".pdf");
      for (size_t p = 2; photo && p <= spec["pages"].size(); ++p) {
        const size_t dot = file.rfind('.');
        paths.push_back(rendered + "/" + file.substr(0, dot) + ".p" + std::to_string(p) +
                        file.substr(dot));
      }
      Result<ImportResult> r = ImportPages(paths);
      const double secs =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (kind != "text pdf") {
        scan_seconds += secs;
        scan_pages += static_cast<int>(spec["pages"].size());  // every page is scanned
      }
      Score s;
      if (!r.ok()) {
        s.files = 1;
        s.refused = 1;
        s.truth = static_cast<int>(spec["truth"].size());
        s.missed = s.truth;
        fmt::print("  {}: refused: {}\n", file, r.status().ToString());
      } else {
        s = ScoreFile(spec, *r, verbose || kind == "text pdf", file);
      }
      table[split + " / " + (kind == "text pdf" ? "text pdf" : "scans")][layout].Add(s);
      if (kind != "text pdf") table[split + " / " + kind]["(all layouts)"].Add(s);
    }
  }
  int rc = 0;
  const std::string head = fmt::format(
      "{:<34} {:>5} {:>6} {:>8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7}\n", "layout", "files",
      "values", "correct", "review", "missed", "wrongV", "wrongD", "extra", "silent", "refused");
  for (const auto& [group, layouts] : table) {
    fmt::print("\n== {} ==\n{}", group, head);
    Score total;
    for (const auto& [layout, s] : layouts) {
      fmt::print("{}", Row(layout, s));
      total.Add(s);
    }
    fmt::print("{}", Row("TOTAL", total));
    if (total.previous_differs > 0) {
      fmt::print("note: {} of the correct values differ from the truth only in `previous`\n",
                 total.previous_differs);
    }
    if (total.zero_m_protein > 0) {
      fmt::print(
          "note: {} extra value(s) are an M-protein of 0 read from 'not detected' wording, "
          "which the truth leaves out\n",
          total.zero_m_protein);
    }
    if (total.silent > 0) {
      fmt::print("FAIL: {} silently wrong value(s) in {}\n", total.silent, group);
      rc = 1;
    }
    const bool text = group.ends_with("text pdf");
    if (text && require_text && group.starts_with("tuned") &&
        (total.correct != total.truth || total.extra > 0)) {
      fmt::print("FAIL: text PDFs must be read 100% correctly with no extra values\n");
      rc = 1;
    }
    if (!text && min_scan >= 0 && group.ends_with("scans") && total.truth > 0 &&
        100.0 * total.correct / total.truth < min_scan) {
      fmt::print("FAIL: scans {:.1f}% correct, below {:.1f}%\n",
                 100.0 * total.correct / total.truth, min_scan);
      rc = 1;
    }
  }
  if (scan_pages > 0) {
    fmt::print("\nOCR: {} scanned pages in {:.1f} s ({:.2f} s/page)\n", scan_pages, scan_seconds,
               scan_seconds / scan_pages);
  }
  return rc;
}
