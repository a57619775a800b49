#include "oncoguide/import/narrative.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/records/units.h"

namespace oncoguide::import {

using records::Analyte;
using records::ValueBound;

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
  return out;
}

bool Negated(const std::string& s) {
  for (std::string_view n :
       {"no evidence", "no light chain", "no monotypic", "no clonal", "not restricted", "without",
        "negative for", "absence of", "polytypic", "polyclonal", "no kappa", "no lambda",
        "not identified", "not detected", "no monoclonal", "no abnormal"}) {
    if (Has(s, n)) return true;
  }
  return false;
}

// Whether line `b` continues the sentence of line `a`: the next line of the same paragraph, not
// a heading ("FINAL DIAGNOSIS", "Comment:") or a new list item ("- Plasma cells ...").
bool Continues(const Line& a, const Line& b) {
  if (a.page != b.page) return false;
  const double h = std::max(1.0, a.box.height());
  if (b.box.y0 - a.box.y1 > 0.8 * h) return false;
  const std::string at = a.Text(), bt = b.Text();
  if (!at.empty() && at.back() == ':') return false;
  if (!bt.empty() && (bt[0] == '-' || bt[0] == '*' || bt.starts_with("\xE2\x80\xA2"))) return false;
  bool lower = false, upper = false;
  for (char c : at) {
    lower |= c >= 'a' && c <= 'z';
    upper |= c >= 'A' && c <= 'Z';
  }
  return lower || !upper;  // an all-capitals line is a heading
}

// Analytes a report's prose gives with a number and unit ("An M-spike of 1.2 g/dL is seen",
// "CBC of the same date: hemoglobin 10.4 g/dL").
struct ProseName {
  std::string_view name;
  Analyte analyte;
};
constexpr ProseName kProseNames[] = {
    {"m-spike", Analyte::kSerumMProtein},
    {"m spike", Analyte::kSerumMProtein},
    {"m-protein", Analyte::kSerumMProtein},
    {"m protein", Analyte::kSerumMProtein},
    {"monoclonal protein", Analyte::kSerumMProtein},
    {"paraprotein", Analyte::kSerumMProtein},
    {"m-gradient", Analyte::kSerumMProtein},
    {"hemoglobin", Analyte::kHemoglobin},
    {"haemoglobin", Analyte::kHemoglobin},
    {"hb", Analyte::kHemoglobin},
    {"hgb", Analyte::kHemoglobin},
    {"albumin", Analyte::kAlbumin},
    {"creatinine", Analyte::kCreatinine},
    {"calcium", Analyte::kCalcium},
    {"lactate dehydrogenase", Analyte::kLdh},
    {"ldh", Analyte::kLdh},
    {"beta-2 microglobulin", Analyte::kBeta2Microglobulin},
    {"beta-2-microglobulin", Analyte::kBeta2Microglobulin},
    {"beta 2 microglobulin", Analyte::kBeta2Microglobulin},
    // "Serum free light chains ...: kappa 412.5 mg/L, lambda 8.2 mg/L" (a number and a unit
    // must follow: "IgG kappa" and "kappa/lambda ratio" are not read).
    {"kappa", Analyte::kKappaFlc},
    {"lambda", Analyte::kLambdaFlc},
};

bool Filler(const std::string& w) {
  for (std::string_view f : {"of",          "is",         "was",          "at",
                             "=",           ":",          "level",        "value",
                             "measures",    "measured",   "measuring",    "concentration",
                             "quantitated", "quantified", "quantitating", "approximately",
                             "about",       "currently",  "now",          "today",
                             "a",           "an",         "free",         "light",
                             "chain",       "chains",     "flc"}) {
    if (w == f) return true;
  }
  return false;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '(' || c == ')') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  for (std::string& w : out) {
    while (!w.empty() && (w.back() == '.' || w.back() == ':' || w.back() == ';')) w.pop_back();
  }
  return out;
}

// The part of a sentence that speaks of an earlier result, and that result's date (the
// sentence's only date, after the words): from the words to the date ("down from 0.7 g/dL on
// 08/02/2024"), or on to the end of a list the date introduces with a colon ("Previous FLC
// (collected 2024-01-29): kappa 4.12 mg/dL, lambda 0.91 mg/dL") or in parentheses ("the prior
// study of 09/14/2023 (M-spike 0.6 g/dL)"). Not a clause after the date ("Compared with the
// prior study of 01/05/2024, albumin was 3.0 g/dL": today's albumin). No date: no part.
struct EarlierPart {
  size_t begin = std::string::npos, end = std::string::npos;
  std::optional<LabDate> date;
  bool Contains(size_t at) const { return date && at > begin && at < end; }
};
EarlierPart FindEarlierPart(const std::string& s, DateOrder order) {
  EarlierPart e;
  for (std::string_view w : {"previous", "prior", "earlier", "down from", "up from",
                             "decreased from", "increased from", "fell from", "rose from"}) {
    e.begin = std::min(e.begin, s.find(w));
  }
  if (e.begin == std::string::npos) return {};
  std::optional<LabDate> d = FindLabDate(std::string_view(s).substr(e.begin), order);
  if (!d || FindLabDate(std::string_view(s).substr(e.begin + d->end), order) ||
      FindLabDate(std::string_view(s).substr(0, e.begin), order)) {
    return {};
  }
  e.date = d;
  size_t k = e.begin + d->end;
  while (k < s.size() && (s[k] == ' ' || s[k] == ')')) ++k;
  if (k < s.size() && s[k] == ':') {
    e.end = s.size();
  } else if (k < s.size() && s[k] == '(') {
    const size_t close = s.find(')', k);
    e.end = close == std::string::npos ? s.size() : close;
  } else {
    e.end = e.begin + d->begin;
  }
  return e;
}

}  // namespace

std::optional<LabDate> SentenceDate(std::string_view sentence, DateOrder order) {
  const std::string s(sentence);
  std::optional<LabDate> first = FindLabDate(s, order);
  if (!first) return std::nullopt;
  // A second date, or a comparison, makes the sentence's own date unsafe to use.
  if (FindLabDate(std::string_view(s).substr(first->end), order)) return std::nullopt;
  for (std::string_view w : {"prior", "previous", "compared", "earlier", "from", "since",
                             "baseline", "last", "before", "until", "born", "birth"}) {
    if (Has(s, w)) return std::nullopt;
  }
  return first;
}

void ReadProseValues(const std::vector<std::string>& sentences,
                     const std::function<const Line&(size_t)>& line_of,
                     const std::function<DateContext(const Line&)>& date_of, DateOrder order,
                     bool urine_page, ImportResult* out) {
  std::optional<LabDate> previous_sentence_date;
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::string& s = sentences[n];
    // The sentence's own date ("Serum protein electrophoresis on 04/03/2024 showed ..."), or the
    // one before it for "drawn the same day"; else the report's collection date.
    std::optional<LabDate> own = SentenceDate(s, order);
    if (!own && (Has(s, "same day") || Has(s, "same date"))) own = previous_sentence_date;
    previous_sentence_date = own;
    // "Previous FLC (collected 2024-01-29): kappa 4.12 mg/dL", "down from 0.7 g/dL on
    // 08/02/2024": values after words of an earlier result, in a sentence with one date, are
    // that date's, as previous results.
    const EarlierPart earlier = FindEarlierPart(s, order);
    // The specimen is not guessed: an M-protein in a sentence about urine is not read.
    const bool urine = urine_page || Has(s, "urine") || Has(s, "urinary") || Has(s, "bence");
    for (const ProseName& pn : kProseNames) {
      if (urine && pn.analyte == Analyte::kSerumMProtein) continue;
      size_t at = 0;
      while ((at = s.find(pn.name, at)) != std::string::npos) {
        const size_t after = at + pn.name.size();
        const bool word =
            (at == 0 || !std::isalnum(static_cast<unsigned char>(s[at - 1]))) &&
            (after >= s.size() || !std::isalnum(static_cast<unsigned char>(s[after])));
        const std::string before = s.substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at);
        at = after;
        // Not "adjusted calcium" or "ionised calcium": other tests.
        if (!word || Has(before, "no ") || Has(before, "without") || Has(before, "adjusted") ||
            Has(before, "corrected") || Has(before, "ionised") || Has(before, "ionized")) {
          continue;
        }
        std::vector<std::string> w = Words(s.substr(after, 80));
        size_t k = 0;
        while (k < w.size() && k < 3 && Filler(w[k])) ++k;
        std::string number_text;
        if (k < w.size() && (w[k] == "<" || w[k] == ">")) number_text = w[k++];
        if (k + 1 >= w.size()) continue;
        number_text += w[k];
        std::optional<LabValue> v = ParseLabValue(number_text + " " + w[k + 1]);
        if (!v || v->kind != LabValue::Kind::kNumber || v->unit.empty()) {
          // "10.4 g / dL" or "299 mg/24 h": the unit may take one more word.
          if (k + 2 < w.size()) v = ParseLabValue(number_text + " " + w[k + 1] + w[k + 2]);
        }
        if (!v || v->kind != LabValue::Kind::kNumber || v->unit.empty()) continue;
        Result<double> factor = records::UnitFactor(pn.analyte, v->unit);
        if (!factor.ok()) continue;
        const Line& line = line_of(n);
        DateContext d = date_of(line);
        if (own) d = DateContext{own, d.source, false};
        const bool previous = earlier.Contains(at);
        if (previous) d = DateContext{earlier.date, d.source, false};
        if (!d.date) continue;
        ImportedObservation io;
        io.previous = previous;
        io.obs.date = d.date->date;
        io.obs.analyte = pn.analyte;
        io.obs.value = v->number * *factor;
        io.obs.bound = v->bound;
        io.written_number = v->number;
        io.written_unit = v->unit;
        io.source = SourceRef{line.page, std::string(TrimSpaces(s)), line.box};
        for (const Cell& c : line.cells)
          io.confidence = std::min<double>(io.confidence, c.confidence);
        // A table value of the same test and date wins; a different one is reviewed.
        bool seen = false;
        for (ImportedObservation& o : out->observations) {
          if (o.obs.analyte != io.obs.analyte || o.obs.date != io.obs.date) continue;
          if (o.previous && !previous) continue;
          seen = true;
          if (std::abs(o.obs.value - io.obs.value) > 1e-9 * std::max(1.0, std::abs(o.obs.value)) ||
              o.obs.bound != io.obs.bound) {
            o.Review(fmt::format("the report's text gives {} {}", number_text, v->unit));
          }
        }
        if (seen) continue;
        io.Review("value read from a sentence, not a table");
        if (d.date->ambiguous) io.Review("date could be day-first or month-first");
        if (d.generic) io.Review("date not labelled as the collection date");
        if (io.confidence < kReviewConfidence) {
          io.Review(fmt::format("read by OCR with confidence {:.2f}", io.confidence));
        }
        out->observations.push_back(std::move(io));
      }
    }
  }
}

void ReadProseImmunofixation(const std::vector<std::string>& sentences,
                             const std::function<const Line&(size_t)>& line_of,
                             const std::function<DateContext(const Line&)>& date_of,
                             DateOrder order, bool urine_page, ImportResult* out) {
  std::optional<LabDate> previous_sentence_date;
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::string& s = sentences[n];
    // The sentence's own date, or the one before it for "on the same day".
    std::optional<LabDate> own = SentenceDate(s, order);
    if (!own && (Has(s, "same day") || Has(s, "same date"))) own = previous_sentence_date;
    previous_sentence_date = own;
    if (!Has(s, "immunofix") && !Has(s, "immunfix")) continue;
    // An earlier finding ("at diagnosis", "the previous immunofixation") is not this date's.
    bool earlier = false;
    for (std::string_view w : {"prior", "previous", "diagnosis", "baseline", "earlier", "initially",
                               "originally", "compared", "history", "pending"}) {
      earlier |= Has(s, w);
    }
    if (earlier) continue;
    // The isotype named after the word ("... kappa 31.5 mg/L, and immunofixation remains
    // positive for IgG kappa"), not a light chain named before it.
    const size_t at = std::min(s.find("immunofix"), s.find("immunfix"));
    const std::string iso = IsotypeIn(s.substr(at));
    // Negative and positive wording, in English and in the report languages the importer
    // reads ("påvisas": detected, Swedish; "Nachweis": detection, German).
    const std::string f = FoldLatin(s);
    bool none = false, found = false;
    for (std::string_view w : {"no monoclonal", "negative", "not detected", "no abnormal",
                               "no paraprotein", "no band", "ingen", "ej pavisad", "kein",
                               "no se detecta", "absence", "assenza", "niet aangetoond"}) {
      none |= Has(f, w);
    }
    for (std::string_view w :
         {"identified", "identifies", "detected", "shows", "showed", "revealed", "demonstrat",
          "confirm", "positive", "persists", "pavisas", "nachweis", "presence", "presencia",
          "presenza", "se detecta", "aanwezig", "aangetoond"}) {
      found |= Has(f, w);
    }
    if (none == (!iso.empty() && found)) continue;  // neither, or both: not a plain finding
    const Analyte a = urine_page || Has(s, "urine") || Has(s, "urinary") || Has(s, "bence")
                          ? Analyte::kUrineIfe
                          : Analyte::kSerumIfe;
    const Line& line = line_of(n);
    DateContext d = date_of(line);
    if (own) d = DateContext{own, d.source, false};
    if (!d.date) continue;
    const bool seen = std::any_of(
        out->observations.begin(), out->observations.end(), [&](const ImportedObservation& o) {
          return o.obs.analyte == a && o.obs.date == d.date->date && !o.previous;
        });
    if (seen) continue;  // a table's result of the same date wins
    ImportedObservation io;
    io.obs.date = d.date->date;
    io.obs.analyte = a;
    io.obs.value = none ? 0 : 1;
    io.obs.text = none ? "" : iso;
    io.source = SourceRef{line.page, std::string(TrimSpaces(s)), line.box};
    io.Review("result read from a sentence, not a table");
    if (d.date->ambiguous) io.Review("date could be day-first or month-first");
    if (d.generic) io.Review("date not labelled as the collection date");
    out->observations.push_back(std::move(io));
  }
}

MarrowFinding ReadMarrowSentences(const std::vector<std::string>& sentences) {
  MarrowFinding f;
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::string& s = sentences[n];
    // "plasma cells", "Plasmazellen" (de), "plasmocytes" (fr).
    size_t name_at = std::string::npos;
    for (std::string_view w : {"plasma cell", "plasmazell", "plasmocyt"}) {
      name_at = std::min(name_at, s.find(w));
    }
    if (name_at != std::string::npos) {
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
    // Clonality is a finding about the marrow's plasma cells: light-chain restriction, a
    // monotypic or polytypic population. "Monoclonal protein" (serum or urine) and a "ratio
    // consistent with clonality" are not marrow findings.
    const bool about_clonality = Has(s, "restrict") || Has(s, "monotypic") || Has(s, "polytypic") ||
                                 Has(s, "clonal plasma") || Has(s, "monoclonal plasma") ||
                                 Has(s, "polyclonal plasma") || Has(s, "clonality of plasma") ||
                                 Has(s, "plasma cell clonality") || Has(s, "restriktion") ||
                                 Has(s, "monoklonale plasmazell");  // de
    const bool about_cells = Has(s, "plasma cell") || Has(s, "marrow") || Has(s, "cd138") ||
                             Has(s, "in situ") || Has(s, "immunohisto") ||
                             Has(s, "flow cytometr") || Has(s, "plasmazell") ||
                             Has(s, "knochenmark") || Has(s, "durchflusszytometr");
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

void ReadNarrative(const std::vector<const Line*>& lines, DateOrder order,
                   const std::function<DateContext(const Line&)>& date_of, ImportResult* out) {
  // Group the lines by page; sentences end at ". ", ";", or where a paragraph, heading or list
  // item ends.
  size_t start = 0;
  while (start < lines.size()) {
    size_t end = start;
    while (end < lines.size() && lines[end]->page == lines[start]->page) ++end;
    std::string text;
    std::vector<size_t> line_of_char;
    for (size_t k = start; k < end; ++k) {
      const std::string t =
          AsciiLower(lines[k]->Text()) + (k + 1 < end && !Continues(*lines[k], *lines[k + 1])
                                              ? std::string("\n")
                                              : std::string(" "));
      text += t;
      line_of_char.insert(line_of_char.end(), t.size(), k);
    }
    std::vector<std::string> sentences;
    std::vector<size_t> sentence_line;
    size_t s0 = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      const bool stop = i == text.size() || text[i] == ';' || text[i] == '\n' ||
                        (text[i] == '.' && (i + 1 >= text.size() || text[i + 1] == ' '));
      if (!stop) continue;
      if (i > s0) {
        sentences.push_back(text.substr(s0, i - s0));
        sentence_line.push_back(line_of_char[std::min(s0, line_of_char.size() - 1)]);
      }
      s0 = i + 1;
    }
    // On a urine report's page, an M-protein in prose may be the urine's: not read.
    const bool urine_page = (Has(text, "urine") || Has(text, "bence")) && !Has(text, "serum");
    ReadProseValues(
        sentences, [&](size_t n) -> const Line& { return *lines[sentence_line[n]]; }, date_of,
        order, urine_page, out);
    ReadProseImmunofixation(
        sentences, [&](size_t n) -> const Line& { return *lines[sentence_line[n]]; }, date_of,
        order, urine_page, out);
    if (!Has(text, "marrow") && !Has(text, "knochenmark")) {
      start = end;
      continue;
    }
    const MarrowFinding f = ReadMarrowSentences(sentences);
    auto emit = [&](Analyte a, double value, size_t sentence, bool review, std::string text_value) {
      const Line& line = *lines[sentence_line[sentence]];
      DateContext d = date_of(line);
      if (std::optional<LabDate> own = SentenceDate(sentences[sentence], order)) {
        d = DateContext{own, d.source, false};
      } else if (sentence == f.pc_sentence + 1) {
        // "... vom 05.02.2024: ... 62 % Plasmazellen. Durchflusszytometrie: ... Restriktion":
        // the sentence right after the percentage's speaks of the same procedure.
        if (std::optional<LabDate> pc = SentenceDate(sentences[f.pc_sentence], order)) {
          d = DateContext{pc, d.source, false};
        }
      }
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
      // As written: the sentence gives the percentage in the test's own unit. (Left unset, the
      // CSV and JSON outputs showed 0 where the report said 35%.)
      io.written_number = value;
      io.written_unit = std::string(records::Info(a).unit);
      io.source = SourceRef{line.page, src, line.box};
      io.confidence = 1;
      for (size_t k = start; k < end; ++k) {
        if (lines[k] == &line) io.confidence = line.cells.empty() ? 1 : line.cells[0].confidence;
      }
      for (const Cell& c : line.cells)
        io.confidence = std::min<double>(io.confidence, c.confidence);
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
    if (f.clonal) {
      const size_t before = out->observations.size();
      emit(Analyte::kBmClonality, *f.clonal ? 1 : 0, f.clonal_sentence, false, "");
      // Reading a finding from pathology prose is an interpretation: the person confirms it.
      // (Without a procedure date nothing was added, and there is nothing to mark.)
      if (out->observations.size() > before) {
        out->observations.back().Review("clonality read from the report's text");
      }
    }
    start = end;
  }
}

}  // namespace oncoguide::import
