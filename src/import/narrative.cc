#include "oncoguide/import/narrative.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"

namespace oncoguide {
namespace {

bool Has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

struct Percent {
  double value;
  size_t at;
  ValueBound bound;
  bool range;
};

// Numbers followed by '%' or "percent" in s.
std::vector<Percent> Percents(const std::string& s) {
  std::vector<Percent> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsDigit(s[i]) || (i > 0 && (IsDigit(s[i - 1]) || s[i - 1] == '.'))) continue;
    size_t j = i;
    while (j < s.size() && (IsDigit(s[j]) || s[j] == '.')) ++j;
    size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    const bool pct = (k < s.size() && s[k] == '%') || s.compare(k, 7, "percent") == 0;
    if (!pct) {
      i = j;
      continue;
    }
    Percent p{0, i, ValueBound::kExact, false};
    try {
      p.value = std::stod(s.substr(i, j - i));
    } catch (...) {
      continue;
    }
    const std::string before = s.substr(i >= 12 ? i - 12 : 0, i >= 12 ? 12 : i);
    if (before.ends_with("<") || before.ends_with("< ") || before.ends_with("less than ") ||
        before.ends_with("under ") || before.ends_with("below ")) {
      p.bound = ValueBound::kBelow;
    }
    if (before.ends_with("-") || before.ends_with("- ") || before.ends_with(" to ")) p.range = true;
    // "10-15%": the first number of a range
    size_t q = j;
    while (q < s.size() && s[q] == ' ') ++q;
    if (q < s.size() && s[q] == '-' && !pct) p.range = true;
    // A cellularity percentage is not the plasma-cell percentage.
    const std::string around = s.substr(i >= 25 ? i - 25 : 0, (i >= 25 ? 25 : i) + (k - i) + 15);
    if (Has(around, "cellular")) {
      i = j;
      continue;
    }
    out.push_back(p);
    i = j;
  }
  // Mark the first number of "10-15%" (the '%' follows only the second) as a range.
  for (size_t n = 0; n + 1 < out.size(); ++n) {
    (void)n;
  }
  return out;
}

bool Negated(const std::string& s) {
  for (std::string_view n :
       {"no evidence", "no light chain", "no monotypic", "no clonal", "not restricted",
        "without", "negative for", "absence of", "polytypic", "polyclonal", "no kappa",
        "no lambda", "not identified", "not detected", "no monoclonal", "no abnormal"}) {
    if (Has(s, n)) return true;
  }
  return false;
}

}  // namespace

MarrowFinding ReadMarrowSentences(const std::vector<std::string>& sentences) {
  MarrowFinding f;
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::string& s = sentences[n];
    if (Has(s, "plasma cell")) {
      const size_t name_at = s.find("plasma cell");
      const Percent* best = nullptr;
      std::vector<Percent> ps = Percents(s);
      for (const Percent& p : ps) {
        const auto dist = [&](const Percent& x) {
          return std::abs(static_cast<long>(x.at) - static_cast<long>(name_at));
        };
        if (best == nullptr || dist(p) < dist(*best)) best = &p;
      }
      if (best != nullptr) {
        if (best->range || best->bound != ValueBound::kExact) {
          f.plasma_cells_conflict = true;
        }
        if (f.plasma_cells && std::abs(*f.plasma_cells - best->value) > 1e-9) {
          f.plasma_cells_conflict = true;
          f.plasma_cells = std::max(*f.plasma_cells, best->value);
        } else if (!f.plasma_cells) {
          f.plasma_cells = best->value;
          f.pc_sentence = n;
        }
      }
    }
    const bool about_clonality = Has(s, "restrict") || Has(s, "monotypic") ||
                                 Has(s, "clonal") || Has(s, "polytypic");
    const bool about_cells = Has(s, "kappa") || Has(s, "lambda") || Has(s, "plasma cell") ||
                             Has(s, "light chain");
    if (about_clonality && about_cells) {
      const bool present = !Negated(s);
      if (!f.clonal) {
        f.clonal = present;
        f.clonal_sentence = n;
        if (present) {
          const bool k = Has(s, "kappa"), l = Has(s, "lambda");
          if (k != l) f.light_chain = k ? "kappa" : "lambda";
        }
      }
    }
  }
  return f;
}

void ReadNarrative(const std::vector<const Line*>& lines, DateOrder /*order*/,
                   const std::function<DateContext(const Line&)>& date_of, ImportResult* out) {
  // Group the lines by page; sentences end at ". " or ";".
  size_t start = 0;
  while (start < lines.size()) {
    size_t end = start;
    while (end < lines.size() && lines[end]->page == lines[start]->page) ++end;
    std::string text;
    std::vector<size_t> line_of_char;
    for (size_t k = start; k < end; ++k) {
      const std::string t = AsciiLower(lines[k]->Text()) + ' ';
      text += t;
      line_of_char.insert(line_of_char.end(), t.size(), k);
    }
    if (!Has(text, "marrow")) {
      start = end;
      continue;
    }
    std::vector<std::string> sentences;
    std::vector<size_t> sentence_line;
    size_t s0 = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      const bool stop = i == text.size() || text[i] == ';' ||
                        (text[i] == '.' && (i + 1 >= text.size() || text[i + 1] == ' '));
      if (!stop) continue;
      if (i > s0) {
        sentences.push_back(text.substr(s0, i - s0));
        sentence_line.push_back(line_of_char[std::min(s0, line_of_char.size() - 1)]);
      }
      s0 = i + 1;
    }
    const MarrowFinding f = ReadMarrowSentences(sentences);
    auto emit = [&](Analyte a, double value, size_t sentence, bool review, std::string text_value) {
      const Line& line = *lines[sentence_line[sentence]];
      const DateContext d = date_of(line);
      const std::string src = std::string(TrimSpaces(sentences[sentence]));
      if (!d.date) {
        out->unrecognised.push_back(ImportNote{line.page, src, "no procedure date found"});
        return;
      }
      ImportedObservation io;
      io.obs.date = d.date->date;
      io.obs.analyte = a;
      io.obs.value = value;
      io.obs.text = std::move(text_value);
      io.source = SourceRef{line.page, src, line.box};
      io.confidence = 1;
      for (size_t k = start; k < end; ++k) {
        if (lines[k] == &line) io.confidence = line.cells.empty() ? 1 : line.cells[0].confidence;
      }
      for (const Cell& c : line.cells) io.confidence = std::min<double>(io.confidence, c.confidence);
      if (review) io.Review("the report gives more than one or an approximate percentage");
      if (d.date->ambiguous) io.Review("date could be day-first or month-first");
      if (io.confidence < kReviewConfidence) {
        io.Review(fmt::format("read by OCR with confidence {:.2f}", io.confidence));
      }
      out->observations.push_back(std::move(io));
    };
    if (f.plasma_cells) {
      emit(Analyte::kBmPlasmaCells, *f.plasma_cells, f.pc_sentence, f.plasma_cells_conflict, "");
    }
    if (f.clonal) emit(Analyte::kBmClonality, *f.clonal ? 1 : 0, f.clonal_sentence, false, "");
    start = end;
  }
}

}  // namespace oncoguide
