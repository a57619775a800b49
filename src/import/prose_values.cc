// Values read from a report's sentences (narrative.h: ReadProseValues).
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/narrative.h"
#include "oncoguide/records/units.h"
#include "prose_dates.h"

namespace oncoguide::import {

using internal::DateRightAfter;
using internal::EarlierPart;
using internal::FindEarlierPart;
using internal::On;
using internal::OwnDates;
using internal::ProseWords;
using internal::SameDateAfter;
using internal::SentenceContext;
using internal::SpeaksOfDiagnosisTime;
using records::Analyte;

namespace {

bool Has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

// Analytes a report's prose gives with a number and unit ("An M-spike of 1.2 g/dL is seen",
// "CBC of the same date: hemoglobin 10.4 g/dL").
struct ProseName {
  std::string_view name;
  Analyte analyte;
  bool about_m_component = false;  // read only in a sentence about the M-component
};
constexpr ProseName kProseNames[] = {
    {"m-spike", Analyte::kSerumMProtein},
    {"m spike", Analyte::kSerumMProtein},
    {"m-protein", Analyte::kSerumMProtein},
    {"m protein", Analyte::kSerumMProtein},
    {"monoclonal protein", Analyte::kSerumMProtein},
    {"paraprotein", Analyte::kSerumMProtein},
    {"m-gradient", Analyte::kSerumMProtein},
    {"m-band", Analyte::kSerumMProtein},  // "showed an M-band of 48.2 g/L"
    {"m band", Analyte::kSerumMProtein},
    // The urine's: "BJP 0.62 g/24h" (an amount per day only).
    {"bjp", Analyte::kUrineMProtein},
    {"bence jones protein", Analyte::kUrineMProtein},
    {"bence-jones protein", Analyte::kUrineMProtein},
    // es, pt, it ("com pico monoclonal de 3,62 g/dL na fração gama").
    {"pico monoclonal", Analyte::kSerumMProtein},
    {"componente monoclonal", Analyte::kSerumMProtein},
    {"componente m", Analyte::kSerumMProtein},
    {"proteína monoclonal", Analyte::kSerumMProtein},
    {"paraproteína", Analyte::kSerumMProtein},
    // sv, da, nb: "M-komponent IgG-kappa kvarstår, koncentration 3 g/L" (only in a sentence
    // about the M-component).
    {"koncentration", Analyte::kSerumMProtein, true},
    {"konsentrasjon", Analyte::kSerumMProtein, true},
    {"hemoglobin", Analyte::kHemoglobin},
    {"haemoglobin", Analyte::kHemoglobin},
    {"hb", Analyte::kHemoglobin},
    {"hgb", Analyte::kHemoglobin},
    {"albumin", Analyte::kAlbumin},
    {"creatinine", Analyte::kCreatinine},
    {"calcium", Analyte::kCalcium},
    {"lactate dehydrogenase", Analyte::kLdh},
    {"ldh", Analyte::kLdh},
    {"ld", Analyte::kLdh},  // en-NZ, en-AU: "LD 201 U/L" (lactate dehydrogenase)
    {"beta-2 microglobulin", Analyte::kBeta2Microglobulin},
    {"beta-2-microglobulin", Analyte::kBeta2Microglobulin},
    {"beta 2 microglobulin", Analyte::kBeta2Microglobulin},
    {"beta2-microglobulin", Analyte::kBeta2Microglobulin},
    {"β2-microglobulin", Analyte::kBeta2Microglobulin},
    {"β2 microglobulin", Analyte::kBeta2Microglobulin},
    {"b2-microglobulin", Analyte::kBeta2Microglobulin},
    {"beta-2-microglobulina", Analyte::kBeta2Microglobulin},
    {"beta 2 microglobulina", Analyte::kBeta2Microglobulin},
    {"β2-microglobulina", Analyte::kBeta2Microglobulin},
    // "Serum free light chains ...: kappa 412.5 mg/L, lambda 8.2 mg/L" (a number and a unit
    // must follow: "IgG kappa" and "kappa/lambda ratio" are not read).
    {"kappa", Analyte::kKappaFlc},
    {"lambda", Analyte::kLambdaFlc},
};

bool Filler(const std::string& w) {
  for (std::string_view f :
       {"of", "is", "was", "at", "=", ":", "level", "value", "measures", "measured", "measuring",
        "concentration", "quantitated", "quantified", "quantitating", "approximately", "about",
        "currently", "now", "today", "a", "an", "free", "light", "chain", "chains", "flc",
        // es, pt, it: "of", "in", "is"
        "de", "em", "en", "di", "es", "é"}) {
    if (w == f) return true;
  }
  return false;
}

// A number and unit read from a sentence, and where it lies.
struct ProseValue {
  LabValue value;
  std::string number_text;
  size_t begin = 0, end = 0;  // in the sentence
};

// The value after s[from...]: a number and a unit of `analyte` after at most three filler words
// ("is", "was", "approximately"). `strict` also allows up to five words that lead from one value
// to the next ("to", "and is now", "down from"): the caller then requires the value's own date.
std::optional<ProseValue> ValueAt(const std::string& s, size_t from, Analyte analyte, bool strict) {
  if (from >= s.size()) return std::nullopt;
  const std::string rest = s.substr(from, 80);
  std::vector<std::string> w = ProseWords(rest);
  size_t k = 0;
  const auto skip = [strict](const std::string& x) {
    if (Filler(x)) return true;
    if (!strict) return false;
    for (std::string_view f : {"to",    "and",  "is",   "was",  "were",    "now",      "then",
                               "down",  "up",   "from", "has",  "have",    "fallen",   "fell",
                               "risen", "rose", "come", "gone", "dropped", "steadily", "further"}) {
      if (x == f) return true;
    }
    return false;
  };
  while (k < w.size() && k < (strict ? 5u : 3u) && skip(w[k])) ++k;
  ProseValue pv;
  if (k < w.size() && (w[k] == "<" || w[k] == ">")) pv.number_text = w[k++];
  if (k + 1 >= w.size()) return std::nullopt;
  pv.number_text += w[k];
  const std::string number_word = w[k];
  std::optional<LabValue> v = ParseLabValue(pv.number_text + " " + w[k + 1]);
  size_t unit_words = 1;
  if (!v || v->kind != LabValue::Kind::kNumber || v->unit.empty()) {
    // "10.4 g / dL" or "299 mg/24 h": the unit may take one more word.
    if (k + 2 < w.size()) v = ParseLabValue(pv.number_text + " " + w[k + 1] + w[k + 2]);
    unit_words = 2;
  }
  if (!v || v->kind != LabValue::Kind::kNumber || v->unit.empty()) return std::nullopt;
  if (!records::UnitFactor(analyte, v->unit).ok()) return std::nullopt;
  pv.value = *v;
  pv.begin = s.find(number_word, from);
  if (pv.begin == std::string::npos) return std::nullopt;
  size_t end = pv.begin + number_word.size();
  for (size_t u = 0; u < unit_words; ++u) {
    const size_t at = s.find(w[k + 1 + u], end);
    if (at == std::string::npos) return std::nullopt;
    end = at + w[k + 1 + u].size();
  }
  pv.end = end;
  return pv;
}

// Adds a value read from sentence `s`, unless a table gave the same test and date (then a
// different value marks the table's for review).
void Emit(const std::string& s, const Line& line, const DateContext& d, bool previous,
          Analyte analyte, const ProseValue& pv, ImportResult* out) {
  const LabValue& v = pv.value;
  ImportedObservation io;
  io.previous = previous;
  io.obs.date = d.date->date;
  io.obs.analyte = analyte;
  io.obs.value = v.number * *records::UnitFactor(analyte, v.unit);
  io.obs.bound = v.bound;
  io.written_number = v.number;
  io.written_unit = v.unit;
  io.source = SourceRef{line.page, std::string(TrimSpaces(s)), line.box};
  for (const Cell& c : line.cells) io.confidence = std::min<double>(io.confidence, c.confidence);
  bool seen = false;
  for (ImportedObservation& o : out->observations) {
    if (o.obs.analyte != io.obs.analyte || o.obs.date != io.obs.date) continue;
    if (o.previous && !previous) continue;
    seen = true;
    if (std::abs(o.obs.value - io.obs.value) > 1e-9 * std::max(1.0, std::abs(o.obs.value)) ||
        o.obs.bound != io.obs.bound) {
      o.Review(fmt::format("the report's text gives {} {}", pv.number_text, v.unit));
    }
  }
  if (seen) return;
  io.Review("value read from a sentence, not a table");
  if (d.date->ambiguous) io.Review("date could be day-first or month-first");
  if (d.generic) io.Review("date not labelled as the collection date");
  if (io.confidence < kReviewConfidence) {
    io.Review(fmt::format("read by OCR with confidence {:.2f}", io.confidence));
  }
  out->observations.push_back(std::move(io));
}

}  // namespace

void ReadProseValues(const std::vector<std::string>& sentences,
                     const std::function<const Line&(size_t)>& line_of,
                     const std::function<DateContext(const Line&)>& date_of, DateOrder order,
                     bool urine_page, ImportResult* out) {
  // Each sentence's own date ("Serum protein electrophoresis on 04/03/2024 showed ..."), or the
  // one before it for "drawn the same day"; else the report's collection date.
  const std::vector<std::optional<LabDate>> own_dates = OwnDates(sentences, order);
  for (size_t n = 0; n < sentences.size(); ++n) {
    const std::string& s = sentences[n];
    const std::optional<LabDate>& own = own_dates[n];
    // "Previous FLC (collected 2024-01-29): kappa 4.12 mg/dL", "down from 0.7 g/dL on
    // 08/02/2024": values after words of an earlier result, in a sentence with one date, are
    // that date's, as previous results.
    const EarlierPart earlier = FindEarlierPart(s, order);
    // A sentence of the time of diagnosis with no date at all: its undated values are not this
    // report's (with a date, each value is dated as below).
    const bool no_date = !FindLabDate(s, order);
    const bool at_diagnosis = no_date && SpeaksOfDiagnosisTime(s);
    // A result the letter itself calls undated ("outside result, undated copy: creatinine 3.4")
    // never takes a date from elsewhere in the letter.
    const std::vector<std::string> words = ProseWords(s);
    const bool said_undated =
        no_date && std::find(words.begin(), words.end(), "undated") != words.end();
    // The specimen is not guessed: an M-protein in a sentence about urine is read only as the
    // urine's.
    const std::string about = internal::WithClausesBefore(sentences, n);
    const bool urine = urine_page || internal::NamesUrine(about);
    for (const ProseName& pn : kProseNames) {
      // An M-protein in a sentence about urine is the urine's, read only in an amount per day
      // ("BJP 0.62 g/24h"), which no serum test reports.
      const Analyte analyte =
          urine && pn.analyte == Analyte::kSerumMProtein ? Analyte::kUrineMProtein : pn.analyte;
      if (pn.about_m_component && !Has(s, "m-komponent") && !Has(s, "m komponent")) continue;
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
        // "β2-microglobulin on 09/01/2024 was 4.2 mg/L": a date right after the name is the
        // value's.
        size_t from = after;
        std::optional<LabDate> name_date = DateRightAfter(s, after, order);
        if (name_date) from = after + name_date->end;
        std::optional<ProseValue> pv = ValueAt(s, from, analyte, /*strict=*/false);
        if (!pv) {  // "has fallen from 28 g/L at diagnosis on 09/01/2024": only with its date
          pv = ValueAt(s, from, analyte, /*strict=*/true);
          if (pv && !DateRightAfter(s, pv->end, order)) pv.reset();
        }
        // Then the values that follow, each with its own date ("has fallen from 28 g/L at
        // diagnosis on 09/01/2024 to 12 g/L on 16/04/2024, and is now 7 g/L on 14/05/2024").
        if (!pv) continue;
        const Line& line = line_of(n);
        const DateContext sentence = SentenceContext(line, own, order, date_of);
        for (bool first = true; pv; first = false) {
          std::optional<LabDate> own_date = DateRightAfter(s, pv->end, order);
          if (!own_date) own_date = SameDateAfter(s, pv->end, order);
          if (!own_date && !first) break;
          if (!own_date) own_date = name_date;
          DateContext d = sentence;
          const bool previous = earlier.Contains(pv->begin);
          if (previous) d = On(earlier.date, d);
          if (own_date) d = On(own_date, d);
          // "31 g/L at diagnosis in September 2023 and 3 g/L on 07/05/2024": the first value is
          // not of the sentence's date.
          const size_t diagnosis_end =
              own_date || previous ? 0 : internal::DiagnosisTimeRightAfter(s, pv->end);
          if ((!own && !own_date && !previous && at_diagnosis) || diagnosis_end > 0) {
            out->unrecognised.push_back(
                ImportNote{line.page, std::string(TrimSpaces(s)),
                           "a result from the time of diagnosis, without its date"});
          } else if (said_undated) {
            out->unrecognised.push_back(ImportNote{line.page, std::string(TrimSpaces(s)),
                                                   "a result the letter says is undated"});
          } else if (d.date) {
            Emit(s, line, d, previous, analyte, *pv, out);
          } else {
            out->unrecognised.push_back(
                ImportNote{line.page, s, "no collection date found for this result"});
          }
          const size_t next = own_date ? pv->end + own_date->end : std::max(pv->end, diagnosis_end);
          pv = ValueAt(s, next, analyte, /*strict=*/true);
        }
      }
    }
  }
}

}  // namespace oncoguide::import
