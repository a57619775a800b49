#include "oncoguide/import/narrative.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "label_dates.h"
#include "marrow_words.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/records/units.h"
#include "prose_dates.h"

namespace oncoguide::import {

using internal::FlowOrFishPercent;
using internal::Negated;
using internal::PlasmaCellWordAt;
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
    // A decimal comma between digits ("6,4 %", "52,6 %") is the number's, not a break in it.
    if (i > 1 && s[i - 1] == ',' && IsDigit(s[i - 2])) continue;
    size_t j = i;
    while (j < s.size() && (IsDigit(s[j]) || s[j] == '.' ||
                            (s[j] == ',' && j + 1 < s.size() && IsDigit(s[j + 1])))) {
      ++j;
    }
    size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    const bool pct = (k < s.size() && s[k] == '%') || s.compare(k, 7, "percent") == 0;
    if (!pct) {
      i = j;
      continue;
    }
    Percent p{0, i, ValueBound::kExact, false};
    try {
      std::string number = s.substr(i, j - i);
      std::replace(number.begin(), number.end(), ',', '.');
      p.value = std::stod(number);
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

}  // namespace

MarrowFinding ReadMarrowSentences(const std::vector<std::string>& sentences) {
  MarrowFinding f;
  bool under_flow_heading = false;
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::string& s = sentences[n];
    if (s.empty()) continue;  // another procedure's (masked)
    if (std::optional<bool> flow = internal::FlowSectionHeading(s)) under_flow_heading = *flow;
    const size_t name_at = PlasmaCellWordAt(s);
    // Not an earlier marrow's count ("Compared with the previous marrow of 17/03/2021, in which
    // plasma cells were 62%"): that is another procedure's. Not a count under a flow cytometry
    // heading ("2. CITOMETRÍA DE FLUJO" then "Células plasmáticas totales: 1,8 %"): events.
    if (name_at != std::string::npos && !internal::SpeaksOfEarlierResult(s) &&
        !under_flow_heading) {
      const Percent* best = nullptr;
      std::vector<Percent> ps = Percents(s);
      // Not a flow cytometry or FISH count ("8.2% of total events", "t(11;14) in 38% of sorted
      // plasma cells"): the marrow's plasma-cell percentage is a count of its cells.
      std::erase_if(ps, [&](const Percent& p) { return FlowOrFishPercent(s, p.at); });
      for (const Percent& p : ps) {
        const auto dist = [&](const Percent& x) {
          return std::abs(static_cast<long>(x.at) - static_cast<long>(name_at));
        };
        if (best == nullptr || dist(p) < dist(*best)) best = &p;
      }
      // A CD138 immunostain's estimate on the biopsy ("CD138+ estimada em 60-70%") is not the
      // aspirate's count: it stands only when no count is given, and gives way to one.
      const bool stain = Has(s, "cd138") || Has(s, "immunohisto") || Has(s, "imuno-histo") ||
                         Has(s, "immunostain");
      if (best != nullptr && stain && f.plasma_cells && !f.pc_from_stain) best = nullptr;
      if (best != nullptr && !stain && f.pc_from_stain) {
        f.plasma_cells.reset();  // the stain's estimate gives way to the count
        f.plasma_cells_conflict = false;
        f.pc_sentence = 0;
      }
      if (best != nullptr) {
        f.pc_from_stain = stain;
        if (best->range || best->bound != ValueBound::kExact) {
          f.plasma_cells_conflict = true;
        }
        if (f.plasma_cells && std::abs(*f.plasma_cells - best->value) > 1e-9) {
          f.plasma_cells_conflict = true;
          if (best->value > *f.plasma_cells) f.pc_sentence = n;
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
    const bool about_clonality =
        Has(s, "restric") || Has(s, "restriz") || Has(s, "restriç") ||  // pt "restrição"
        Has(s, "fenotipo policlonal") || Has(s, "fenotipo monoclonal") || Has(s, "monotypic") ||
        Has(s, "polytypic") || Has(s, "clonal plasma") || Has(s, "monoclonal plasma") ||
        Has(s, "polyclonal plasma") || Has(s, "clonality of plasma") ||
        Has(s, "plasma cell clonality") || Has(s, "restriktion") ||
        Has(s, "monoklonale plasmazell") ||        // de
        Has(s, "restrikt") ||                      // fi "lambda-restriktoituneita", sv, da
        Has(s, "restrikc") || Has(s, "restrykc");  // cs "restrikcí", pl "restrykcja"
    const bool about_cells =
        Has(s, "plasma cell") || Has(s, "marrow") || Has(s, "cd138") || Has(s, "in situ") ||
        Has(s, "immunohisto") || Has(s, "flow cytometr") || Has(s, "plasmazell") ||
        Has(s, "knochenmark") || Has(s, "durchflusszytometr") || Has(s, "médula") ||
        Has(s, "midollo") || Has(s, "citometr") || Has(s, "plasmátic") || Has(s, "beenmerg") ||
        Has(s, "moelle") || Has(s, "plasmasolu") || Has(s, "luuydin") ||   // fi
        Has(s, "plazmocyt") || Has(s, "plazmatick") || Has(s, "kostn") ||  // cs "kostní dřeň"
        // fr "plasmocytaire", "médullaire"; light chains inside the cells ("chaînes légères
        // intracytoplasmiques", "cytoplasmic light chains", pt "citoplasmáticas").
        Has(s, "plasmocyt") || Has(s, "médullaire") || Has(s, "cytoplasm") || Has(s, "citoplasm");
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

namespace {

// The marrow procedure each sentence speaks of, when the page dates two or more of them
// ("diagnostic bone marrow on 16/01/2024 ... 55%", then "post-transplant bone marrow on
// 20/08/2024 ... 3%, polytypic"): a dated sentence about the marrow starts its procedure, and
// the sentences after it belong to it. Sentences before the first are dated by no procedure
// (`first_undated`: group 0 holds them). With fewer than two dates, one group holds them all.
struct MarrowProcedures {
  std::vector<size_t> group;  // per sentence
  size_t count = 1;
  bool first_undated = false;
};

MarrowProcedures GroupMarrowProcedures(const std::vector<std::string>& sentences, DateOrder order) {
  const auto marrow_date = [&](const std::string& sentence) -> std::optional<Date> {
    if (!Has(sentence, "marrow") && !Has(sentence, "plasma cell")) return std::nullopt;
    const std::optional<LabDate> d = SentenceDate(sentence, order);
    return d ? std::optional<Date>(d->date) : std::nullopt;
  };
  MarrowProcedures out;
  out.group.assign(sentences.size(), 0);
  std::set<Date> dates;
  for (const std::string& sentence : sentences) {
    if (std::optional<Date> d = marrow_date(sentence)) dates.insert(*d);
  }
  if (dates.size() < 2) return out;
  std::optional<Date> current;
  for (size_t n = 0; n < sentences.size(); ++n) {
    if (std::optional<Date> d = marrow_date(sentences[n]); d && d != current) {
      if (!current) {
        out.first_undated = n > 0;
        out.count = out.first_undated ? 2 : 1;
      } else {
        ++out.count;
      }
      current = d;
    }
    out.group[n] = out.count - 1;
  }
  return out;
}

}  // namespace

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
    std::vector<bool> after_semicolon;  // a clause after ';' ("Mielograma (07/03/2024): ...;
                                        // plasmócitos 44%"): its date is the clause before's
    size_t s0 = 0;
    int depth = 0;  // a ';' in parentheses ("t(11;14)") does not end a sentence
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] == '(') ++depth;
      if (i < text.size() && text[i] == ')' && depth > 0) --depth;
      if (i < text.size() && text[i] == '\n') depth = 0;
      // A '.' inside parentheses, or between the numbers of a date written with spaces ("(odběr
      // 14. 8. 2023)", cs), does not end a sentence.
      const bool date_dot =
          i > 0 && i + 2 < text.size() && IsDigit(text[i - 1]) && IsDigit(text[i + 2]);
      const bool stop = i == text.size() || (text[i] == ';' && depth == 0) || text[i] == '\n' ||
                        (text[i] == '.' && depth == 0 && !date_dot &&
                         (i + 1 >= text.size() || text[i + 1] == ' '));
      if (!stop) continue;
      if (i > s0) {
        sentences.push_back(text.substr(s0, i - s0));
        sentence_line.push_back(line_of_char[std::min(s0, line_of_char.size() - 1)]);
        after_semicolon.push_back(text[s0] == ';');
      }
      // A clause after ';' keeps it at its start: the prose readers date it as the clause before.
      s0 = i < text.size() && text[i] == ';' ? i : i + 1;
    }
    // On a urine report's page, an M-protein in prose may be the urine's: not read.
    // (Serum named in Portuguese, Spanish or Italian too: "séricas", "suero", "siero".)
    const bool urine_page = (Has(text, "urine") || Has(text, "bence")) && !Has(text, "serum") &&
                            !Has(text, "séric") && !Has(text, "suero") && !Has(text, "siero");
    ReadProseValues(
        sentences, [&](size_t n) -> const Line& { return *lines[sentence_line[n]]; }, date_of,
        order, urine_page, out);
    ReadProseImmunofixation(
        sentences, [&](size_t n) -> const Line& { return *lines[sentence_line[n]]; }, date_of,
        order, urine_page, out);
    // A page about the bone marrow: "marrow", "Knochenmark" (de), "médula ósea" (es), "midollo"
    // (it), "moelle" (fr), "beenmerg" (nl), "medula ossea" (pt), "luuydin" (fi), "benmärg"
    // (sv), "knoglemarv" (da), "benmarg" (nb), "szpik" (pl), "kemik ili" (tr), "μυελ" (el),
    // "костн" (ru, uk "кістков"), "kostní dřeň" (cs), "myelogram"; Italian "osteomidollare",
    // "sangue midollare" and "mielogramma".
    bool marrow = false;
    for (std::string_view w :
         {"marrow",    "knochenmark", "médula",    "medula",     "midollo",   "moelle",
          "beenmerg",  "luuydin",     "benmärg",   "knoglemarv", "benmarg",   "szpik",
          "kemik ili", "μυελ",        "костн",     "кістков",    "kostní dř", "kostni dr",
          "myelogram", "midollar",    "mielogramm"}) {
      marrow |= Has(text, w);
    }
    // Accents and capitals folded: "MYÉLOGRAMME", "Formule médullaire" (fr).
    const std::string folded = FoldLatin(text);
    marrow |= Has(folded, "myelogramme") || Has(folded, "medullaire");
    if (!marrow) {
      start = end;
      continue;
    }
    ReadEarlierMarrowCounts(
        sentences, [&](size_t n) -> const Line& { return *lines[sentence_line[n]]; }, order, out);
    const MarrowProcedures procedures = GroupMarrowProcedures(sentences, order);
    for (size_t g = 0; g < procedures.count; ++g) {
      std::vector<std::string> masked(sentences.size());
      for (size_t n = 0; n < sentences.size(); ++n) {
        if (procedures.group[n] == g) masked[n] = sentences[n];
      }
      const MarrowFinding f = ReadMarrowSentences(masked);
      if (g == 0 && procedures.first_undated) {
        // A count before any dated procedure ("At diagnosis in June 2022 the marrow showed 45%
        // plasma cells"), on a page that dates others: its own date is unknown.
        if (f.plasma_cells) {
          out->unrecognised.push_back(
              ImportNote{lines[sentence_line[f.pc_sentence]]->page,
                         std::string(TrimSpaces(masked[f.pc_sentence])),
                         "a marrow finding whose procedure date is not given"});
        }
        continue;
      }
      auto emit = [&](Analyte a, double value, size_t sentence, bool review,
                      std::string text_value) {
        const Line& line = *lines[sentence_line[sentence]];
        DateContext d = date_of(line);
        std::optional<LabDate> own = SentenceDate(sentences[sentence], order);
        for (size_t k = sentence; !own && k > 0 && after_semicolon[k]; --k) {
          own = SentenceDate(sentences[k - 1], order);
        }
        if (!own) own = internal::ProcedureDate(sentences[sentence], order);
        if (!own && internal::SpeaksOfDiagnosisTime(sentences[sentence])) {
          // "diagnosed March 2022 (bone marrow 55% plasma cells ... at diagnosis)": of an earlier,
          // unknown date, not of the page's.
          out->unrecognised.push_back(
              ImportNote{line.page, std::string(TrimSpaces(sentences[sentence])),
                         "a marrow finding from the time of diagnosis, without its date"});
          return;
        }
        if (own) {
          d = DateContext{own, d.source, false, false, std::nullopt};
        } else if (sentence == f.pc_sentence + 1) {
          // "... vom 05.02.2024: ... 62 % Plasmazellen. Durchflusszytometrie: ... Restriktion":
          // the sentence right after the percentage's speaks of the same procedure.
          if (std::optional<LabDate> pc = SentenceDate(sentences[f.pc_sentence], order)) {
            d = DateContext{pc, d.source, false, false, std::nullopt};
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
    }
    start = end;
  }
}

}  // namespace oncoguide::import
