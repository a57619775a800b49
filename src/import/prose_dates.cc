// The dates of a report's sentences (prose_dates.h): a sentence's own date, the part that speaks
// of an earlier result, and a date set right after a value.
#include "prose_dates.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "label_dates.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/narrative.h"

namespace oncoguide::import::internal {
namespace {

bool Has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

// A word between "at" or "when" and "diagnosis" ("at her original diagnosis", "when he was first
// diagnosed").
bool DiagnosisFiller(std::string_view x) {
  // (and the articles of other languages, and German's "Erst-" glued to "Diagnose")
  for (std::string_view w :
       {"her", "his", "their", "the", "original", "initial", "first", "was", "were", "she",   "he",
        "der", "la",  "le",    "du",  "el",       "del",     "do",    "da",  "erst", "ersten"}) {
    if (x == w) return true;
  }
  return false;
}

// An English month's name or its three-letter abbreviation, lower case ("september", "sep").
bool IsMonthName(std::string_view w) {
  for (std::string_view m : {"january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"}) {
    if (w == m || (w.size() == 3 && m.starts_with(w)) || (w == "sept" && m == "september")) {
      return true;
    }
  }
  return false;
}

// The date a line starts with ("08/01/24 SPEP: ... Serum immunofixation: IgG kappa"): a
// cumulative report's comment keyed by its collection date, for the sentences on that line.
std::optional<LabDate> LeadingDate(const Line& line, DateOrder order) {
  if (line.cells.empty()) return std::nullopt;
  const std::string& t = line.cells.front().text;
  std::optional<LabDate> d = FindLabDate(t, order);
  if (!d || d->begin != 0) return std::nullopt;
  // Not a wrapped sentence's date ("(previous 26.9 g/L on" / "2024/01/15), consistent ...").
  if (d->end < t.size() && (t[d->end] == ')' || t[d->end] == ',' || t[d->end] == '.')) {
    return std::nullopt;
  }
  return d;
}

// True when `s` names a date of birth by its abbreviation, as a letter's "Re:" line does ("re:
// mr donald angus maciver, dob 27/11/1944, chi 2711441235"): "dob" or "d.o.b" as a word, not
// inside one ("adobe"). Such a line joined to the sentence after it gives that sentence no date.
bool NamesBirthDate(const std::string& s) {
  for (std::string_view w : {"dob", "d.o.b"}) {
    for (size_t at = s.find(w); at != std::string::npos; at = s.find(w, at + 1)) {
      const size_t end = at + w.size();
      const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(s[at - 1]));
      const bool ends = end >= s.size() || !std::isalpha(static_cast<unsigned char>(s[end]));
      if (starts && ends) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> ProseWords(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    // A comma between digits is a decimal comma ("3,62 g/dL"), not a break between words.
    const bool decimal_comma = c == ',' && i > 0 && i + 1 < s.size() &&
                               std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
                               std::isdigit(static_cast<unsigned char>(s[i + 1]));
    if (c == ' ' || (c == ',' && !decimal_comma) || c == '(' || c == ')') {
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

EarlierPart FindEarlierPart(const std::string& s, DateOrder order) {
  EarlierPart e;
  // In the reports' other languages too ("Aspirado medular previo (15/03/2023): ...").
  for (std::string_view w :
       {"previous", "prior", "earlier", "down from", "up from", "decreased from", "increased from",
        "fell from", "rose from", "previo", "previa", "precedente", "precedent", "vorherig"}) {
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
  // A note after the date inside the parentheses ("(15/03/2023, diagnóstico):").
  if (k < s.size() && s[k] == ',') {
    const size_t close = s.find(')', k);
    if (close != std::string::npos && close - k <= 30) k = close;
  }
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

DateContext On(const std::optional<LabDate>& date, const DateContext& d) {
  return DateContext{date, d.source, false, false, std::nullopt};
}

DateContext SentenceContext(const Line& line, const std::optional<LabDate>& own, DateOrder order,
                            const std::function<DateContext(const Line&)>& date_of) {
  const DateContext d = date_of(line);
  if (std::optional<LabDate> lead = own ? own : LeadingDate(line, order)) return On(lead, d);
  return d;
}

std::string WithClausesBefore(const std::vector<std::string>& sentences, size_t n) {
  std::string out = sentences[n];
  for (size_t k = n; k > 0 && sentences[k].starts_with(";"); --k) out = sentences[k - 1] + out;
  return out;
}

bool NamesUrine(const std::string& about) {
  return Has(about, "urine") || Has(about, "urinary") || Has(about, "bence");
}

namespace {

// The date a letter gives for "today", right after the word ("I saw her in clinic today,
// 12/11/2024"); nullopt when it gives none or two different ones.
std::optional<LabDate> TodayDate(const std::vector<std::string>& sentences, DateOrder order) {
  std::optional<LabDate> today;
  for (const std::string& s : sentences) {
    for (size_t at = s.find("today"); at != std::string::npos; at = s.find("today", at + 5)) {
      const size_t after = at + 5;
      const size_t digit = s.find_first_of("0123456789", after);
      if (digit == std::string::npos || digit - after > 3) continue;
      const std::optional<LabDate> d = FindLabDate(std::string_view(s).substr(digit), order);
      if (!d || d->begin != 0) continue;
      if (today && today->date != d->date) return std::nullopt;
      today = d;
    }
  }
  return today;
}

}  // namespace

std::vector<std::optional<LabDate>> OwnDates(const std::vector<std::string>& sentences,
                                             DateOrder order) {
  std::vector<std::optional<LabDate>> out;
  std::optional<LabDate> before;
  const std::optional<LabDate> today = TodayDate(sentences, order);
  for (const std::string& s : sentences) {
    std::optional<LabDate> own = SentenceDate(s, order);
    // "... (05/03/2024): kappa 1.099 mg/L; lambda 9,9 mg/L": a clause after ';' is the same day.
    if (!own && (Has(s, "same day") || Has(s, "same date") || s.starts_with(";"))) own = before;
    // "Other results today: LD 201 U/L": the day the letter calls today ("clinic today,
    // 12/11/2024"); not a sentence that compares with an earlier time.
    if (!own && today && Has(s, "today") && !ComparesWithEarlier(s)) own = today;
    out.push_back(own);
    before = own;
  }
  return out;
}

std::optional<LabDate> DateRightAfter(const std::string& s, size_t from, DateOrder order) {
  if (from >= s.size()) return std::nullopt;
  std::optional<LabDate> d = FindLabDate(std::string_view(s).substr(from, 40), order);
  if (!d) return std::nullopt;
  const std::string gap = s.substr(from, d->begin);
  bool linked = gap.find('(') != std::string::npos;
  for (const std::string& x : ProseWords(gap)) {
    if (x == "on" || x == "dated") {
      linked = true;
    } else if (x != "at" && x != "diagnosis" && x != "of") {
      return std::nullopt;
    }
  }
  if (!linked) return std::nullopt;
  return d;
}

std::optional<LabDate> SameDateAfter(const std::string& s, size_t from, DateOrder order) {
  if (from >= s.size()) return std::nullopt;
  const size_t start = s.find_first_not_of(' ', from);
  if (start == std::string::npos) return std::nullopt;
  size_t phrase_end = 0;
  for (std::string_view w : {"on the same date", "on the same day", "the same day", "on that date",
                             "on that day", "on the same occasion"}) {
    if (std::string_view(s).substr(start).starts_with(w)) phrase_end = start + w.size();
  }
  if (phrase_end == 0) return std::nullopt;
  std::optional<LabDate> last;
  for (size_t at = 0; at < from;) {
    std::optional<LabDate> d = FindLabDate(std::string_view(s).substr(at, from - at), order);
    if (!d) break;
    at += d->end;
    last = d;
  }
  if (!last) return std::nullopt;
  // Positions relative to `from`, as DateRightAfter gives them: the phrase stands for the date.
  last->begin = start - from;
  last->end = phrase_end - from;
  return last;
}

bool ComparesWithEarlier(const std::string& s) {
  if (SpeaksOfEarlierResult(s)) return true;
  // Portuguese "face ao estudo de 12/10/2023" and Spanish "frente al estudio de" compare too.
  for (std::string_view w : {"compared",
                             "since",
                             "baseline",
                             "em relação",
                             "comparad",
                             "comparé",
                             "par rapport",
                             "respecto",
                             "rispetto",
                             "im vergleich",
                             "verglichen",
                             "vergeleken",
                             "desde",
                             "depuis",
                             "seit ",
                             "sedan",
                             "siden",
                             "face ao ",
                             "face à ",
                             "frente al ",
                             "frente a la ",
                             "relativamente ao ",
                             "relativamente à ",
                             "comparativamente",
                             "in confronto"}) {
    if (Has(s, w)) return true;
  }
  return false;
}

std::optional<LabDate> ProcedureDate(const std::string& s, DateOrder order) {
  if (ComparesWithEarlier(s)) return std::nullopt;
  for (std::string_view w :
       {"aspirate", "aspiration", "biopsy", "trephine", "myelogram", "mielograma", "myélogramme",
        "aspirado", "ponction", "punção", "punktion", "beenmerg"}) {
    for (size_t at = s.find(w); at != std::string::npos; at = s.find(w, at + 1)) {
      if (std::optional<LabDate> d = DateRightAfter(s, at + w.size(), order)) return d;
    }
  }
  return std::nullopt;
}

std::optional<LabDate> CollectedDateIn(const std::string& s, DateOrder order) {
  std::optional<LabDate> out;
  for (const Label& l : FindLabels(AsciiLower(s))) {
    if (!l.collection || l.generic) continue;
    std::optional<LabDate> d = FindLabDate(std::string_view(s).substr(l.end), order);
    if (!d || d->begin > 3) continue;
    if (out && out->date == d->date) continue;  // "sample collected": "collected" again
    if (out) return std::nullopt;               // two collection dates: neither is certain
    d->begin += l.end;
    d->end += l.end;
    out = d;
  }
  return out;
}

// True when sentence `s` speaks of the time of diagnosis ("At the time of her original
// diagnosis her paraprotein was 38 g/L", "when first diagnosed", "at diagnosis"): a value there
// without a date of its own is of an earlier, unknown date.
bool SpeaksOfDiagnosisTime(const std::string& s) {
  // "at diagnosis", "when diagnosed", and in other languages ("bei Erstdiagnose", "al
  // diagnóstico", "alla diagnosi", "au diagnostic", "lors du diagnostic", "au moment du
  // diagnostic", "zum Zeitpunkt der Diagnose").
  static constexpr std::string_view kAt[] = {"at", "when", "bei",    "al",      "alla",     "au",
                                             "ao", "lors", "moment", "momento", "zeitpunkt"};
  for (std::string_view stem : {std::string_view("diagnos"), std::string_view("diagn\xC3\xB3s")}) {
    for (size_t at = s.find(stem); at != std::string::npos; at = s.find(stem, at + 1)) {
      std::vector<std::string> w = ProseWords(s.substr(at >= 40 ? at - 40 : 0, at >= 40 ? 40 : at));
      while (!w.empty()) {
        const std::string& x = w.back();
        if (!DiagnosisFiller(x) && x != "my" && x != "i" && x != "they") break;
        w.pop_back();
      }
      if (!w.empty() && std::find(std::begin(kAt), std::end(kAt), w.back()) != std::end(kAt)) {
        return true;
      }
      if (w.size() >= 3 && w.back() == "of" && w[w.size() - 2] == "time" &&
          w[w.size() - 3] == "the") {
        return true;
      }
    }
  }
  return false;
}

size_t DiagnosisTimeRightAfter(const std::string& s, size_t from) {
  // The words after `from` with where each ends in `s`.
  std::vector<std::pair<std::string, size_t>> w;
  for (size_t at = from; at < s.size() && at < from + 64 && w.size() < 12;) {
    if (!std::isalnum(static_cast<unsigned char>(s[at]))) {
      if (s[at] != ' ' && s[at] != '(' && s[at] != ')') break;  // the clause ends
      ++at;
      continue;
    }
    size_t e = at;
    while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
    w.emplace_back(s.substr(at, e - at), e);
    at = e;
  }
  if (w.empty() || (w[0].first != "at" && w[0].first != "when")) return 0;
  for (size_t k = 1; k < w.size() && k <= 5; ++k) {
    const std::string& x = w[k].first;
    if (x.starts_with("diagnos") || x == "presentation") {
      // Then its month and year, if written ("in September 2023", "(March 2022)").
      size_t end = w[k].second, j = k + 1;
      if (j < w.size() && w[j].first == "in") ++j;
      if (j < w.size() && IsMonthName(w[j].first)) ++j;
      if (j < w.size() && w[j].first.size() == 4 &&
          std::isdigit(static_cast<unsigned char>(w[j].first[0]))) {
        end = w[j].second;
      }
      return end;
    }
    if (!DiagnosisFiller(x) && x != "time" && x != "of") return 0;
  }
  return 0;
}

}  // namespace oncoguide::import::internal

namespace oncoguide::import {

namespace {

// True when the date `d` of sentence `s` (its only one) dates a list its label introduces, in
// parentheses right before the colon ("Baseline bloods (12/03/2024): albumin 31 g/L, LDH 265
// U/L"): the list's values are of that date, whatever the label calls them. Not after words
// that set the values at another time ("Since the last visit (12/03/2024): albumin has risen").
bool DatesLabelledList(const std::string& s, const LabDate& d) {
  const std::string_view before = TrimSpaces(std::string_view(s).substr(0, d.begin));
  const std::string_view after = TrimSpaces(std::string_view(s).substr(d.end));
  if (!before.ends_with('(') || !after.starts_with("):")) return false;
  const std::string_view label = before.substr(0, before.size() - 1);
  if (label.empty() || label.find_first_of("0123456789(:") != std::string_view::npos) return false;
  for (std::string_view w : {"since", "compared", "until", "before", "from", "after"}) {
    if (internal::Has(std::string(label), w)) return false;
  }
  return true;
}

}  // namespace

std::optional<LabDate> SentenceDate(std::string_view sentence, DateOrder order) {
  const std::string s(sentence);
  std::optional<LabDate> own = FindLabDate(s, order);
  if (!own) return std::nullopt;
  if (FindLabDate(std::string_view(s).substr(own->end), order)) {
    // A second date makes the sentence's own date unsafe to use, unless a collection label names
    // one ("(sent 10/01/2024, sample collected 09/01/2024) showed ...").
    own = internal::CollectedDateIn(s, order);
    if (!own) return std::nullopt;
  } else if (const size_t open = s.rfind('(', own->begin);
             open != std::string::npos && s.find(')', open) > own->begin &&
             s.find_first_of("0123456789", open) < own->begin) {
    // So does an earlier value's date in parentheses ("ha baixat a 0,42 g/dL (0,97 g/dL el
    // 22/01/2024)"): the date of the value beside it, not of the sentence.
    return std::nullopt;
  }
  // So does a comparison; not "from" naming the sample's date ("his blood tests from
  // 15/04/2024 are reassuring: haemoglobin 124 g/L").
  const std::string before = s.substr(0, own->begin);
  bool sample_from = false;
  for (std::string_view w :
       {"tests from ", "test from ", "results from ", "bloods from ", "labs from ",
        "bloodwork from ", "blood work from ", "sample from ", "samples from ", "panel from "}) {
    sample_from |= before.ends_with(w);
  }
  if (internal::NamesBirthDate(s)) return std::nullopt;
  if (DatesLabelledList(s, *own)) return own;
  for (std::string_view w : {"prior", "previous", "compared", "earlier", "from", "since",
                             "baseline", "last", "before", "until", "born", "birth"}) {
    if (w == "from" && sample_from && s.find("from") == own->begin - 5) continue;
    if (internal::Has(s, w)) return std::nullopt;
  }
  // The same in the reports' other languages ("em relação ao exame de 12/01/2024").
  if (internal::ComparesWithEarlier(s)) return std::nullopt;
  return own;
}

}  // namespace oncoguide::import
