#include "oncoguide/import/rows.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "european_words.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/header_split.h"
#include "oncoguide/records/units.h"

namespace oncoguide::import {

using records::Analyte;
using records::UnitFactor;
using records::ValueBound;
using records::ValueKind;

namespace {

std::string Lower(std::string_view s) {
  std::string t = FoldLatin(TrimSpaces(s));
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
  return t;
}

bool StartsWithAny(const std::string& t, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (t == w || (t.starts_with(w) && t.size() > w.size() && t[w.size()] == ' ')) return true;
  }
  return false;
}

// Plausible canonical values; outside them a value is marked for review (a misread digit, or a
// unit that does not fit).
struct Plausible {
  Analyte analyte;
  double lo, hi;
};
constexpr Plausible kPlausible[] = {
    {Analyte::kSerumMProtein, 0, 12},  {Analyte::kUrineMProtein, 0, 30000},
    {Analyte::kKappaFlc, 0, 100000},   {Analyte::kLambdaFlc, 0, 100000},
    {Analyte::kBmPlasmaCells, 0, 100}, {Analyte::kBeta2Microglobulin, 0.1, 100},
    {Analyte::kAlbumin, 0.5, 7},       {Analyte::kLdh, 10, 10000},
    {Analyte::kCreatinine, 0.05, 25},  {Analyte::kCalcium, 3, 25},
    {Analyte::kHemoglobin, 2, 25},     {Analyte::kPlasmacytomaSpd, 0, 1000},
};

std::optional<std::pair<double, double>> PlausibleRange(Analyte a) {
  for (const Plausible& p : kPlausible) {
    if (p.analyte == a) return std::make_pair(p.lo, p.hi);
  }
  return std::nullopt;
}

bool IsUnitText(std::string_view text) {
  const std::string t = Lower(text);
  if (t.empty() || t.size() > 16) return false;
  if (t == "%") return true;
  return t.find('/') != std::string::npos;
}

// The unit in a cell that starts with a flag word ("Abnormalg /dL" -> "g/dL"), or nullopt.
std::optional<std::string> UnitAfterFlag(const std::string& cell) {
  const std::string t = AsciiLower(cell);
  for (std::string_view f : {"abnormal", "critical", "high", "low", "abn"}) {
    if (!t.starts_with(f)) continue;
    std::string rest;
    for (char c : cell.substr(f.size())) {
      if (c != ' ') rest.push_back(c);
    }
    if (!rest.empty()) return rest;
  }
  return std::nullopt;
}

// A kappa/lambda free light chain ratio (not BUN/creatinine or albumin/globulin).
bool IsLightChainRatio(const std::string& name) {
  const std::string t = AsciiLower(name);
  const bool kappa_lambda =
      (t.find("kappa") != std::string::npos && t.find("lambda") != std::string::npos) ||
      t.find("k/l") != std::string::npos || t.find("light chain") != std::string::npos ||
      t.find("flc") != std::string::npos;
  return kappa_lambda && t.find("bun") == std::string::npos;
}

// A column header that is a unit and nothing else: "%", "g/dL", "mg/L", "umol/L".
bool IsUnitHeader(const std::string& t) {
  if (t.size() > 12) return false;
  std::string u;
  for (char c : t) {
    if (c != ' ') u.push_back(c);
  }
  if (u == "%" || u == "%oftotal" || u == "%total" || u == "relative%" || u == "percent") {
    return true;
  }
  // Digits and spaces only in a per-24-hours unit ("mg/24 h"); "5.7-26.3" is a range, and
  // "K/L Ratio" a test, not a unit.
  const bool per_day = u.find("/24") != std::string::npos;
  if (u.size() < 3 || u.size() > 10 || (t.find(' ') != std::string::npos && !per_day)) {
    return false;
  }
  const size_t slash = u.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == u.size()) return false;
  for (char c : u) {
    if (c >= '0' && c <= '9' && !per_day) return false;
  }
  return true;
}

// True when a cell is a date with a mark after it ("02/05/2024 +", "04/01/2024 *"): a flag or a
// speck the scanner picked up, not words.
bool IsMarkedDateCell(std::string_view text) {
  std::optional<LabDate> d = FindLabDate(text, DateOrder::kUnknown);
  if (!d || d->begin != 0) return false;
  const std::string_view rest = TrimSpaces(text.substr(d->end));
  if (rest.empty() || rest.size() > 2) return false;
  for (char ch : rest) {
    if (std::isalnum(static_cast<unsigned char>(ch))) return false;
  }
  return true;
}

// True when a header cell looks like a date OCR could not read ("—_ 98/14/2023"): at least four
// digits with date separators, but no date.
bool LooksLikeGarbledDate(std::string_view text) {
  int digits = 0;
  bool separator = false;
  for (char ch : text) {
    digits += ch >= '0' && ch <= '9';
    separator |= ch == '/' || ch == '-' || ch == '.';
  }
  return digits >= 4 && separator && !FindLabDate(text, DateOrder::kUnknown);
}

// "Your value: 45.2 mg/L" -> ("your value", "45.2 mg/L")
std::pair<std::string, std::string> SplitLabel(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 30) return {"", std::string(text)};
  return {Lower(text.substr(0, colon)), std::string(TrimSpaces(text.substr(colon + 1)))};
}

// A line that is one "Test: result" cell ("Immunofixation (serum): IgG kappa monoclonal protein
// identified"), as a name cell and a result cell; nullopt when the label is not a test we use.
std::optional<Line> SplitLabelledResult(const Line& line, Specimen specimen) {
  if (line.cells.size() != 1) return std::nullopt;
  const Cell& c = line.cells[0];
  const size_t colon = c.text.find(':');
  if (colon == std::string::npos || colon > 40 || colon + 2 >= c.text.size()) return std::nullopt;
  const std::string label = c.text.substr(0, colon);
  const std::string rest(TrimSpaces(std::string_view(c.text).substr(colon + 1)));
  if (rest.empty() || MatchTestName(label, specimen).match != TestName::Match::kExact) {
    return std::nullopt;
  }
  Line out = line;
  const double cut = c.box.x0 + c.box.width() * static_cast<double>(colon + 1) /
                                    static_cast<double>(c.text.size());
  out.cells = {Cell{label, Box{c.box.x0, c.box.y0, cut, c.box.y1}, c.confidence},
               Cell{rest, Box{cut, c.box.y0, c.box.x1, c.box.y1}, c.confidence}};
  return out;
}

// When the first cell is "<known test name> <value...>" with too small a gap to be two cells,
// returns the line with that cell cut in two.
std::optional<Line> SplitNameValue(const Line& line) {
  const Cell& c = line.cells[0];
  if (MatchTestName(c.text, Specimen::kUnknown).match == TestName::Match::kExact) {
    return std::nullopt;
  }
  std::vector<size_t> spaces;
  for (size_t k = 0; k < c.text.size(); ++k) {
    if (c.text[k] == ' ') spaces.push_back(k);
  }
  for (size_t n = 1; n <= 3 && n <= spaces.size(); ++n) {
    const size_t cut = spaces[spaces.size() - n];
    const std::string name = c.text.substr(0, cut), value = c.text.substr(cut + 1);
    std::optional<LabValue> v = ParseLabValue(value);
    if (!v || v->kind != LabValue::Kind::kNumber) continue;
    if (MatchTestName(name, Specimen::kUnknown).match != TestName::Match::kExact) continue;
    // Boxes in proportion to the characters (the words' own boxes are not kept in a cell).
    const double frac = static_cast<double>(cut) / c.text.size();
    Line out = line;
    Cell a = c, b = c;
    a.text = name;
    b.text = value;
    a.box.x1 = c.box.x0 + frac * c.box.width();
    b.box.x0 = a.box.x1 + 1;
    out.cells[0] = a;
    out.cells.insert(out.cells.begin() + 1, b);
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::optional<RowReader::Col> RowReader::HeaderKind(std::string_view text,
                                                    std::optional<LabDate>* date) const {
  const std::string t = Lower(text);
  if (t.empty() || t.size() > 60) return std::nullopt;
  if (IsDateCell(t) || IsMarkedDateCell(t)) {
    *date = FindLabDate(t, order_);
    return Col::kDate;
  }
  if (StartsWithAny(t, {"previous", "prior", "last result", "prev", "earlier result", "last value",
                        "previous result"})) {
    if (auto d = FindLabDate(t, order_)) *date = d;
    return Col::kPrevious;
  }
  if (StartsWithAny(t, {"test", "test name", "analyte", "component", "investigation", "examination",
                        "parameter", "description", "assay", "name", "test description", "tests",
                        "fraction", "analysis", "determination"})) {
    return Col::kName;
  }
  // The collection date of each row (a results list with one date per row). Report and result
  // dates are other columns, never a collection date.
  if (t == "collected" || t == "date collected" || t == "collection date" || t == "collection" ||
      t == "date" || t == "drawn" || t == "date drawn" || t == "specimen date" ||
      t == "sample date" || t == "collection date/time" || t == "date/time collected" ||
      t == "entnahme" || t == "datum") {
    return Col::kRowDate;
  }
  if (StartsWithAny(t, {"resulted",       "reported",
                        "result date",    "report date",
                        "verified",       "date reported",
                        "date resulted",  "lab",
                        "performing lab", "site",
                        "comment",        "comments",
                        "method",         "specimen",
                        "source",         "note",
                        "notes",          "performing site",
                        "location",       "loinc",
                        "code",           "ordering provider",
                        "provider",       "department",
                        "accession",      "accession no",
                        "specimen id",    "order no",
                        "visit",          "encounter"})) {
    return Col::kOther;
  }
  // Separate columns for results inside and outside the reference range.
  if (StartsWithAny(t,
                    {"in range", "out of range", "within range", "outside range", "normal result",
                     "abnormal result", "in range result", "out of range result"})) {
    return Col::kValue;
  }
  if (StartsWithAny(t, {"result", "results", "value", "your value", "your result", "current result",
                        "current", "latest result", "this result", "current value", "latest"})) {
    if (auto d = FindLabDate(t, order_)) *date = d;
    return Col::kValue;
  }
  if (StartsWithAny(t, {"flag", "flags", "abnormal", "abn", "h/l", "status", "abnormal flag"})) {
    return Col::kFlag;
  }
  if (StartsWithAny(t, {"units", "unit", "uom"})) return Col::kUnit;
  if (StartsWithAny(t, {"reference range", "ref range", "reference", "normal range",
                        "standard range", "reference interval", "ref interval", "normal values",
                        "range", "ref. range", "expected range", "normal", "ref",
                        "reference values", "biological reference interval"})) {
    return Col::kRange;
  }
  if (std::optional<Col> c = EuropeanHeaderKind(t)) return c;
  // A unit as a column header ("%", "g/dL"): the results in that column are in that unit.
  if (IsUnitHeader(t)) return Col::kUnitValue;
  // A short title with its date in parentheses ("Baseline (01/05/2024)", "C3D1 (03/01/2024)"):
  // a result column of that date.
  if (const size_t open = t.find('('); open != std::string::npos && open > 0 && open <= 24 &&
                                       t.back() == ')' && t.find(':') == std::string::npos) {
    if (std::optional<LabDate> d = FindLabDate(std::string_view(t).substr(open), order_)) {
      *date = d;
      return Col::kValue;
    }
  }
  // A bilingual title ("Result/Résultat", "Units / Unités"): its first language.
  const size_t slash = t.find('/');
  if (slash != std::string::npos && slash >= 3 && t.size() - slash > 3) {
    return HeaderKind(TrimSpaces(std::string_view(t).substr(0, slash)), date);
  }
  return std::nullopt;
}

// The kind of a column header in another European language (the longest matching word wins:
// "resultado anterior" is the previous result, "resultado" the result).
std::optional<RowReader::Col> RowReader::EuropeanHeaderKind(const std::string& t) {
  const european::HeaderWord* best = nullptr;
  for (const european::HeaderWord& w : european::HeaderWords()) {
    if (StartsWithAny(t, {w.word}) && (best == nullptr || w.word.size() > best->word.size())) {
      best = &w;
    }
  }
  if (best == nullptr) return std::nullopt;
  switch (best->kind) {
    case european::Header::kName:
      return Col::kName;
    case european::Header::kValue:
      return Col::kValue;
    case european::Header::kFlag:
      return Col::kFlag;
    case european::Header::kUnit:
      return Col::kUnit;
    case european::Header::kRange:
      return Col::kRange;
    case european::Header::kPrevious:
      return Col::kPrevious;
    case european::Header::kOther:
      return Col::kOther;
  }
  return std::nullopt;
}

namespace {

// True when `text` reads as a sentence: more than eight words, or more than four ending in '.'.
bool IsSentence(std::string_view text) {
  text = TrimSpaces(text);
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (c != ' ' && !in_word) ++words;
    in_word = c != ' ';
  }
  return words > 8 || (words > 4 && !text.empty() && text.back() == '.');
}

// True when a coded result's wording both reports and denies, or names a free light chain beside
// a whole immunoglobulin ("Free lambda light chains are detected. Intact IgA lambda is not
// seen."): the isotype read from it may be the one that was not found.
bool MixedFinding(std::string_view text) {
  const std::string t = FoldLatin(text);
  const bool negation = t.find(" not ") != std::string::npos ||
                        t.find(" no ") != std::string::npos || t.rfind("no ", 0) == 0 ||
                        t.find("without") != std::string::npos ||
                        t.find("absent") != std::string::npos;
  const bool heavy = t.find("igg") != std::string::npos || t.find("iga") != std::string::npos ||
                     t.find("igm") != std::string::npos || t.find("igd") != std::string::npos;
  const bool free_light = t.find("free kappa") != std::string::npos ||
                          t.find("free lambda") != std::string::npos ||
                          t.find("bence jones") != std::string::npos;
  return (negation && (heavy || free_light)) || (heavy && free_light);
}

// True when `text` is a detected isotype ("IgG kappa", "free lambda").
bool IsIsotypeResult(const std::string& text) {
  std::optional<LabValue> v = ParseLabValue(text);
  return v && v->kind == LabValue::Kind::kDetected && !v->isotype.empty();
}

// The parts of a header cell that holds several dates, each ending after its date (and a closing
// parenthesis); one part when it holds fewer than two.
std::vector<Cell> SplitAfterDates(const Cell& c) {
  std::vector<size_t> ends;
  size_t at = 0;
  while (at < c.text.size()) {
    std::optional<LabDate> d =
        FindLabDate(std::string_view(c.text).substr(at), DateOrder::kUnknown);
    if (!d) break;
    size_t end = at + d->end;
    while (end < c.text.size() && (c.text[end] == ')' || c.text[end] == ']')) ++end;
    ends.push_back(end);
    at = end;
  }
  if (ends.size() < 2) return {c};
  std::vector<Cell> parts;
  size_t begin = 0;
  for (size_t k = 0; k < ends.size(); ++k) {
    const size_t end = k + 1 == ends.size() ? c.text.size() : ends[k];
    const std::string text(TrimSpaces(std::string_view(c.text).substr(begin, end - begin)));
    Cell part{text, c.box, c.confidence};
    part.box.x0 = c.box.x0 + c.box.width() * static_cast<double>(begin) / c.text.size();
    part.box.x1 = c.box.x0 + c.box.width() * static_cast<double>(end) / c.text.size();
    if (!text.empty()) parts.push_back(std::move(part));
    begin = end;
  }
  return parts;
}

// Words that begin a column title, before which a header cell holding several titles is cut
// ("Result Units", "Current Result and Flag Previous Result and Date").
bool StartsColumn(std::string_view word) {
  const std::string t = Lower(word);
  for (
      std::string_view w :
      {"units",    "unit",   "uom",    "flag",     "flags",   "reference",       "ref",
       "previous", "prior",  "normal", "standard", "einheit", "referenzbereich", "eenheid",
       "unidades", "unidad", "unites", "unite",    "unita",   "vorwert",         "referentiewaarde",
       "valores",  "valeurs"}) {
    if (t == w) return true;
  }
  return false;
}

}  // namespace

std::vector<Cell> RowReader::HeaderCells(const Line& line) const {
  auto recognised = [this](std::string_view t) {
    // A date is never cut out of a cell here: "Collected: 06-May-2024" is a label and its date,
    // not two column titles (dated titles set together are split by SplitAfterDates).
    if (FindLabDate(t, DateOrder::kUnknown)) return false;
    std::optional<LabDate> d;
    if (HeaderKind(t, &d)) return true;
    const TestName::Match m = MatchTestName(t, specimen_).match;
    return m == TestName::Match::kExact || m == TestName::Match::kIgnored;
  };
  std::vector<Cell> out;
  for (const Cell& whole : line.cells) {
    // Dated result titles set close together ("Result (01/08/2024) Result (02/05/2024)"): one
    // column per date.
    std::vector<Cell> dated = SplitAfterDates(whole);
    if (dated.size() >= 2) {
      for (Cell& p : dated) out.push_back(std::move(p));
      continue;
    }
    const Cell& c = whole;
    std::optional<LabDate> d;
    const bool keyword = HeaderKind(c.text, &d).has_value();
    const TestName::Match m =
        keyword ? TestName::Match::kNone : MatchTestName(c.text, specimen_).match;
    // Merged words always get a try; otherwise only a cell that is not one header already
    // ("Kappa FLC Lambda FLC"), or an ignored test that may hide a used one ("K/L Ratio
    // Hemoglobin").
    const bool try_split = HasMergedWords(c.text) || (!keyword && m != TestName::Match::kExact);
    std::vector<Cell> parts =
        try_split || keyword ? SplitHeaderCell(c, recognised, StartsColumn) : std::vector<Cell>{};
    if (m == TestName::Match::kIgnored && !HasMergedWords(c.text)) {
      // Keep an ignored name whole unless the split finds a test we use.
      const bool uses = std::any_of(parts.begin(), parts.end(), [&](const Cell& p) {
        return MatchTestName(p.text, specimen_).match == TestName::Match::kExact;
      });
      if (!uses) parts.clear();
    }
    if (parts.empty()) {
      out.push_back(c);
    } else {
      for (Cell& p : parts) out.push_back(std::move(p));
    }
  }
  return out;
}

std::optional<std::vector<RowReader::Column>> RowReader::ParseHeader(const Line& line) const {
  std::vector<Column> cols;
  int keywords = 0, dates = 0, unknown = 0, tests = 0;
  bool name = false, value = false, row_date = false;
  const std::vector<Cell> cells = HeaderCells(line);
  const auto date_cells = std::count_if(cells.begin(), cells.end(), [](const Cell& c) {
    return IsDateCell(c.text) || IsMarkedDateCell(c.text);
  });
  for (const Cell& c : cells) {
    std::optional<LabDate> d;
    std::optional<Col> k = HeaderKind(c.text, &d);
    Column col{k.value_or(Col::kOther), c.box, d, "", {}};
    if (!k) {
      // A test named as a column header: a history table with one row per date.
      const TestName tn = MatchTestName(c.text, specimen_);
      if (tn.match == TestName::Match::kExact) {
        col.kind = Col::kTest;
        col.test = tn;
        ++tests;
      } else if (tn.match == TestName::Match::kIgnored) {
        col.kind = Col::kOther;
      } else if (date_cells >= 2 && LooksLikeGarbledDate(c.text)) {
        col.kind = Col::kOther;  // an unreadable date over a column: that column is not read
      } else if (ParseLabValue(c.text) || IsDateCell(c.text) || !LooksLikeName(c)) {
        return std::nullopt;  // a value: this is a row, not a header
      } else {
        ++unknown;
      }
    } else if (*k == Col::kDate) {
      ++dates;
    } else {
      ++keywords;
      name |= *k == Col::kName;
      value |= *k == Col::kValue || *k == Col::kUnitValue;
      row_date |= *k == Col::kRowDate;
    }
    if (col.kind == Col::kUnitValue) {
      col.unit = c.text.find('%') != std::string::npos ? "%" : std::string(TrimSpaces(c.text));
    }
    cols.push_back(std::move(col));
  }
  // Two or more result columns each headed by its date ("Result (01/08/2024)") are a flowsheet.
  const auto dated_values = std::count_if(cols.begin(), cols.end(), [](const Column& c) {
    return c.kind == Col::kValue && c.date.has_value();
  });
  if (dated_values >= 2) {
    for (Column& c : cols) {
      if (c.kind == Col::kValue && c.date) c.kind = Col::kDate;
    }
    dates += static_cast<int>(dated_values);
  }
  // Columns we do not know beside three or more dates ("Δ vs baseline", "Trend") are not read.
  const bool flowsheet = dates >= 2 && tests == 0 && (unknown == 0 || (dates >= 3 && unknown <= 2));
  // Dates as rows, tests as columns ("Collection Date | Kappa (mg/dL) | Lambda (mg/dL)").
  // Columns we do not know ("Accession", "Clinic") are never read, but only beside a few tests.
  const bool history = row_date && tests >= 1 && dates == 0 && !value &&
                       (unknown == 0 || (tests >= 3 && unknown <= 2));
  // A results table: a test column, a result column, and at most a few columns we do not know
  // ("Site", "Performing lab"), which are then never read.
  const bool table =
      dates == 0 && tests == 0 &&
      ((unknown == 0 && keywords >= 2) || (name && value && keywords >= 3 && unknown <= 2));
  if (!flowsheet && !history && !table) return std::nullopt;
  return cols;
}

bool RowReader::IsHeader(const Line& line) const { return ParseHeader(line).has_value(); }

bool RowReader::AttachSubHeader(const Line& line, const std::vector<Column>& sub) {
  if (columns_.empty() || line.page != header_page_ ||
      line.box.y0 - header_box_.y1 > 1.5 * line.box.height()) {
    return false;
  }
  // Units under test names ("(g/dL) (mg/L)"), or dates under result columns ("Current" /
  // "08/20/2024", "Previous" / "09/02/2023").
  std::vector<std::pair<size_t, const Column*>> targets;
  for (const Column& s : sub) {
    const Column* col = ColumnOf(Cell{s.unit, s.box, 1.0f});
    if (col == nullptr) return false;
    const bool unit =
        s.kind == Col::kUnitValue && col->kind == Col::kTest && col->test.unit.empty();
    const bool date = s.kind == Col::kDate && s.date &&
                      (col->kind == Col::kValue || col->kind == Col::kPrevious) && !col->date;
    // A unit over a column that is never read ("IgG") is passed over.
    if (s.kind == Col::kUnitValue && col->kind == Col::kOther) continue;
    if (!unit && !date) return false;
    targets.emplace_back(static_cast<size_t>(col - columns_.data()), &s);
  }
  if (targets.empty()) return false;
  for (const auto& [k, s] : targets) {
    Column& col = columns_[k];
    if (s->kind == Col::kDate) {
      col.date = s->date;
      continue;
    }
    std::string unit = s->unit;
    if (unit.size() > 2 && unit.front() == '(' && unit.back() == ')') {
      unit = unit.substr(1, unit.size() - 2);
    }
    col.test.unit = unit;
  }
  return true;
}

bool RowReader::ReadHeader(const Line& line) {
  std::optional<std::vector<Column>> cols = ParseHeader(line);
  if (!cols) return false;
  if (AttachSubHeader(line, *cols)) return true;
  columns_ = std::move(*cols);
  header_box_ = line.box;
  header_page_ = line.page;
  history_previous_ = false;
  for (const std::string& h : recent_headings_) {
    const std::string t = AsciiLower(h);
    for (std::string_view w :
         {"previous", "prior", "history", "historical", "earlier", "vorwert"}) {
      if (t.find(w) != std::string::npos) history_previous_ = true;
    }
  }
  // A date-and-result table without a test column is the history of the test its heading names
  // ("Kappa Free Light Chains" / "Date collected | Your value | Flag").
  section_test_.reset();
  const bool has_name = std::any_of(columns_.begin(), columns_.end(),
                                    [](const Column& c) { return c.kind == Col::kName; });
  const bool has_row_date = std::any_of(columns_.begin(), columns_.end(),
                                        [](const Column& c) { return c.kind == Col::kRowDate; });
  if (!has_name && has_row_date && pending_) {
    section_test_ = pending_;  // the heading was read as a name waiting for its value
    pending_.reset();
  } else if (!has_name && has_row_date) {
    for (auto h = recent_headings_.rbegin(); h != recent_headings_.rend(); ++h) {
      const TestName tn = MatchTestName(*h, specimen_);
      if (tn.match == TestName::Match::kExact || tn.match == TestName::Match::kIgnored) {
        section_test_ = Name{tn, std::string(TrimSpaces(*h)), Box{}, 1.0f, line.page, *h};
        break;
      }
    }
  }
  return true;
}

bool RowReader::ReadSectionRow(const std::vector<Line>& lines, size_t i, const DateContext& date) {
  const Line& line = lines[i];
  if (!section_test_ || line.cells.size() < 2 || !IsDateCell(line.cells[0].text)) return false;
  const std::optional<LabDate> d = FindLabDate(line.cells[0].text, order_);
  if (!d) return false;
  if (section_test_->test.match == TestName::Match::kIgnored) {
    out_->ignored.push_back(ImportNote{line.page, line.Text(), section_test_->test.reason});
    return true;
  }
  Name name = *section_test_;
  name.box = line.cells[0].box;
  name.page = line.page;
  name.line_text = section_test_->text + " / " + line.Text();
  RowCells cells = AssignCells(line.cells, 1);
  cells.value_date = d;
  Emit(name, cells, date);
  return true;
}

bool RowReader::InElectrophoresis(const std::string& name) const {
  auto mentions = [](const std::string& text) {
    const std::string t = FoldLatin(text);
    for (std::string_view w :
         {"electrophoresis", "spep", "fraction", "proteinogram", "elektrophorese", "electroforesis",
          "electrophorese", "elettroforesi", "eiwitspectrum"}) {
      if (t.find(w) != std::string::npos) return true;
    }
    return false;
  };
  if (mentions(name)) return true;
  for (const std::string& h : recent_headings_) {
    if (mentions(h)) return true;
  }
  // A fractions table: results as a percentage and as a concentration ("Relative % | g/dL").
  int unit_columns = 0;
  bool percent = false;
  for (const Column& c : columns_) {
    if (c.kind != Col::kUnitValue) continue;
    ++unit_columns;
    percent |= c.unit.find('%') != std::string::npos;
  }
  return percent && unit_columns >= 2;
}

bool RowReader::LooksLikeName(const Cell& c) const {
  const std::string_view t = TrimSpaces(c.text);
  if (t.empty()) return false;
  const unsigned char f = static_cast<unsigned char>(t[0]);
  if (!((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z') || f >= 0x80)) return false;
  if (ParseLabValue(t) || IsDateCell(t) || IsFlag(t)) return false;
  return true;
}

RowReader::RowCells RowReader::AssignCells(const std::vector<Cell>& cells, size_t from) const {
  RowCells row;
  auto append = [](std::optional<Piece>& p, const Cell& c) {
    if (!p) {
      p = Piece{c.text, c.box, c.confidence};
      return;
    }
    p->text += ' ';
    p->text += c.text;
    p->box.Cover(c.box);
    p->confidence = std::min(p->confidence, c.confidence);
  };
  for (size_t k = from; k < cells.size(); ++k) {
    const Cell& c = cells[k];
    const Column* best = ColumnOf(c);
    if (best == nullptr) continue;
    switch (best->kind) {
      case Col::kValue:
        append(row.value, c);
        if (best->date) row.value_date = best->date;
        break;
      case Col::kFlag:
        append(row.flag, c);
        // A flag run into the unit column ("Abnormalg /dL").
        if (!row.unit && !IsFlag(c.text)) {
          if (std::optional<std::string> u = UnitAfterFlag(c.text)) {
            row.unit = Piece{*u, c.box, c.confidence};
          }
        }
        break;
      case Col::kUnit:
        append(row.unit, c);
        break;
      case Col::kRange:
        // A wide range header may cover a neighbouring column ("Reference Range Performing
        // Lab"): once a range is read, text that is not a range is not added to it.
        if (row.range && ParseLabRange(row.range->text) && !ParseLabRange(c.text)) break;
        append(row.range, c);
        break;
      case Col::kRowDate:
        if (IsDateCell(c.text)) row.value_date = FindLabDate(c.text, order_);
        break;
      case Col::kUnitValue:
        row.unit_values.emplace_back(best->unit, Piece{c.text, c.box, c.confidence});
        break;
      case Col::kPrevious:
        if (best->date) {
          // A previous column headed by its date; a report may have several.
          auto it = std::find_if(row.previous_dated.begin(), row.previous_dated.end(),
                                 [&](const auto& d) { return d.first.date == best->date->date; });
          if (it != row.previous_dated.end()) {
            it->second.text += ' ' + c.text;
            it->second.box.Cover(c.box);
          } else {
            row.previous_dated.emplace_back(*best->date, Piece{c.text, c.box, c.confidence});
          }
          break;
        }
        append(row.previous, c);
        break;
      case Col::kDate: {
        auto it = std::find_if(row.dated.begin(), row.dated.end(),
                               [&](const auto& d) { return d.first.date == best->date->date; });
        if (it != row.dated.end()) {
          it->second.text += ' ' + c.text;
          it->second.box.Cover(c.box);
        } else {
          row.dated.emplace_back(*best->date, Piece{c.text, c.box, c.confidence});
        }
        break;
      }
      case Col::kName:
      case Col::kTest:
      case Col::kOther:
        break;
    }
  }
  return row;
}

const RowReader::Column* RowReader::ColumnOf(const Cell& c) const {
  // The column with the largest overlap, else the nearest one.
  const Column* best = nullptr;
  double best_score = -1e300;
  for (const Column& col : columns_) {
    const double ov = c.box.XOverlap(col.box);
    const double dist = ov > 0 ? -ov : std::max(col.box.x0 - c.box.x1, c.box.x0 - col.box.x1);
    const double score = -dist;
    if (score > best_score) {
      best_score = score;
      best = &col;
    }
  }
  return best;
}

void RowReader::ChooseUnitValue(Analyte analyte, RowCells* cells) const {
  if (cells->value || cells->unit_values.empty()) return;
  // Of the unit-headed columns ("%", "g/dL"), the one whose unit this test is reported in.
  for (const auto& [unit, piece] : cells->unit_values) {
    if (!UnitFactor(analyte, unit).ok()) continue;
    std::optional<LabValue> v = ParseLabValue(piece.text);
    if (!v) continue;
    cells->value = piece;
    cells->value_unit = unit;
    return;
  }
}

bool RowReader::ReadHistoryRow(const std::vector<Line>& lines, size_t i) {
  const Line& line = lines[i];
  bool has_test_columns = false;
  for (const Column& c : columns_) has_test_columns |= c.kind == Col::kTest;
  if (!has_test_columns || line.cells.size() < 2 || !IsDateCell(line.cells[0].text)) {
    return false;
  }
  const std::optional<LabDate> d = FindLabDate(line.cells[0].text, order_);
  if (!d) return false;
  for (size_t k = 1; k < line.cells.size(); ++k) {
    const Cell& c = line.cells[k];
    const Column* col = ColumnOf(c);
    if (col == nullptr || col->kind != Col::kTest) continue;
    Name name{col->test, Lower(line.cells[0].text), col->box, c.confidence, line.page, line.Text()};
    name.box.Cover(line.cells[0].box);
    EmitOne(name, Piece{c.text, c.box, c.confidence}, RowCells{}, *d, false, history_previous_);
  }
  return true;
}

void RowReader::TakeIsotypeFromNote(const std::vector<Line>& lines, size_t i, Analyte analyte,
                                    RowCells* cells) {
  (void)analyte;
  if (!cells->value) return;
  // A note line right under an immunofixation row ("Interpretation: IgG kappa monoclonal
  // protein identified.") names the isotype that a bare "Abnormal" or "Positive" does not.
  for (size_t k = i + 1; k < lines.size() && k <= i + 2; ++k) {
    const Line& next = lines[k];
    const Line& prev = lines[k - 1];
    if (next.page != prev.page || next.cells.size() != 1 ||
        next.box.y0 - prev.box.y1 > 1.5 * prev.box.height()) {
      return;
    }
    const std::string& text = next.cells[0].text;
    const bool indented = next.cells[0].box.x0 > lines[i].cells[0].box.x0 + 4;
    if ((!indented && MatchTestName(text, specimen_).match != TestName::Match::kNone) ||
        IsHeader(next)) {
      return;
    }
    const std::string rest = SplitLabel(text).second;
    std::optional<LabValue> v = ParseLabValue(rest.size() > 200 ? rest.substr(0, 200) : rest);
    if (v && v->kind == LabValue::Kind::kDetected && !v->isotype.empty()) {
      isotype_note_ = v->isotype;
      return;
    }
  }
}

RowReader::RowCells RowReader::ContentCells(const std::vector<Cell>& cells, size_t from,
                                            bool coded) const {
  RowCells row;
  for (size_t k = from; k < cells.size(); ++k) {
    const Cell& c = cells[k];
    auto [label, rest] = SplitLabel(c.text);
    std::optional<LabDate> ignored;
    const std::optional<Col> header = label.empty() ? std::nullopt : HeaderKind(label, &ignored);
    const Col kind = header.value_or(Col::kName);  // kName: no label
    const std::string& text = header ? rest : c.text;
    Piece piece{text, c.box, c.confidence};
    // Without column headers, an immunofixation row's first result word is its result
    // ("Abnormal" is also a flag word); a second, different one is most likely the reference
    // ("Negative"), but that is a guess about the columns: the row is then reviewed.
    const std::optional<LabValue> word = coded ? ParseLabValue(text) : std::nullopt;
    const bool result_word =
        word && word->kind != LabValue::Kind::kNumber && word->kind != LabValue::Kind::kNote;
    if (coded && result_word && kind != Col::kRange && kind != Col::kPrevious) {
      if (!row.value) {
        row.value = piece;
        continue;
      }
      std::optional<LabValue> first = ParseLabValue(row.value->text);
      const bool positive = word->kind == LabValue::Kind::kDetected;
      const bool first_positive = first && first->kind == LabValue::Kind::kDetected;
      if (positive != first_positive) row.coded_conflict = true;
      if (!row.range) row.range = piece;
      continue;
    }
    if (kind == Col::kRange || (row.value && !row.range && ParseLabRange(text))) {
      row.range = piece;
    } else if (kind == Col::kPrevious) {
      row.previous = piece;
    } else if (IsFlag(text) && !row.flag) {
      row.flag = piece;
    } else if (!row.value && (kind == Col::kValue || ParseLabValue(text))) {
      row.value = piece;
    } else if (!row.unit && IsUnitText(text)) {
      row.unit = piece;
    }
  }
  return row;
}

void RowReader::NewPage() { pending_.reset(); }

void RowReader::Finish() {
  pending_.reset();
  CheckRatios();
}

void RowReader::KeepRatio(const RowCells& cells, const DateContext& date, const Line& line) {
  auto keep = [&](const std::string& text, const std::optional<LabDate>& d, bool previous) {
    std::optional<LabValue> v = ParseLabValue(text);
    if (!d || !v || v->kind != LabValue::Kind::kNumber || v->bound != ValueBound::kExact) return;
    // Decimals printed: the ratio's own rounding.
    const std::string t(TrimSpaces(text));
    const size_t dot = t.find_first_of(".,");
    int decimals = 0;
    if (dot != std::string::npos) {
      while (dot + 1 + decimals < t.size() &&
             std::isdigit(static_cast<unsigned char>(t[dot + 1 + decimals]))) {
        ++decimals;
      }
    }
    ratios_.push_back(PrintedRatio{d->date, v->number, decimals, previous, line.page});
  };
  if (cells.value) keep(cells.value->text, cells.value_date ? cells.value_date : date.date, false);
  if (cells.previous) {
    std::optional<LabDate> d = FindLabDate(cells.previous->text, order_);
    std::string t = cells.previous->text;
    if (d) t.erase(d->begin, d->end - d->begin);
    keep(t, d, true);
  }
  for (const auto& [d, piece] : cells.previous_dated) keep(piece.text, d, true);
  for (const auto& [d, piece] : cells.dated) keep(piece.text, d, false);
}

void RowReader::CheckRatios() {
  for (const PrintedRatio& r : ratios_) {
    ImportedObservation* kappa = nullptr;
    ImportedObservation* lambda = nullptr;
    for (ImportedObservation& o : out_->observations) {
      if (o.obs.date != r.date || o.previous != r.previous || o.obs.bound != ValueBound::kExact ||
          !o.obs.has_value) {
        continue;
      }
      if (o.obs.analyte == Analyte::kKappaFlc) kappa = &o;
      if (o.obs.analyte == Analyte::kLambdaFlc) lambda = &o;
    }
    if (kappa == nullptr || lambda == nullptr || lambda->obs.value <= 0) continue;
    const double computed = kappa->obs.value / lambda->obs.value;
    // The printed ratio is rounded, and so are kappa and lambda: allow half a unit of its last
    // digit and 3%; a misread digit or decimal point is far outside that.
    const double tolerance = 0.5 * std::pow(10.0, -r.decimals) + 0.03 * std::abs(r.value);
    if (std::abs(computed - r.value) <= tolerance) continue;
    const std::string why =
        fmt::format("the report's kappa/lambda ratio {} does not match kappa / lambda = {:.3g}",
                    r.value, computed);
    kappa->Review(why);
    lambda->Review(why);
    out_->warnings.push_back(fmt::format("page {}: {} on {}", r.page, why, r.date.ToString()));
  }
  ratios_.clear();
}

void RowReader::NoteHeading(const Line& line) {
  recent_headings_.push_back(line.Text());
  if (recent_headings_.size() > 2) recent_headings_.erase(recent_headings_.begin());
}

RowReader::Outcome RowReader::Read(const std::vector<Line>& lines, size_t* i,
                                   const DateContext& date) {
  const Outcome got = ReadLine(lines, i, date);
  if (got == Outcome::kText) NoteHeading(lines[*i]);
  return got;
}

RowReader::Outcome RowReader::ReadLine(const std::vector<Line>& lines, size_t* i,
                                       const DateContext& date) {
  if (lines[*i].cells.empty()) return Outcome::kText;
  if (ReadHeader(lines[*i])) return Outcome::kRow;
  if (ReadHistoryRow(lines, *i)) return Outcome::kRow;
  if (ReadSectionRow(lines, *i, date)) return Outcome::kRow;
  // A long name can run into its value ("Lambda Free Light Chains, Serum 24.4"): split it.
  Line split_line;
  const Line* line_ptr = &lines[*i];
  bool labelled = false;  // one "Test: result" cell: its result is read whatever the columns
  if (std::optional<Line> s = SplitNameValue(lines[*i])) {
    split_line = std::move(*s);
    line_ptr = &split_line;
  } else if (std::optional<Line> l = SplitLabelledResult(lines[*i], specimen_)) {
    split_line = std::move(*l);
    line_ptr = &split_line;
    labelled = true;
  }
  // A results list with the collection date first on each row ("05/21/24  Hemoglobin  11.5").
  std::optional<LabDate> row_date;
  if (line_ptr->cells.size() >= 3 && IsDateCell(line_ptr->cells[0].text) &&
      LooksLikeName(line_ptr->cells[1])) {
    row_date = FindLabDate(line_ptr->cells[0].text, order_);
    Line rest = *line_ptr;
    rest.cells.erase(rest.cells.begin());
    split_line = std::move(rest);
    line_ptr = &split_line;
  }
  const Line& line = *line_ptr;
  if (pending_ && ++pending_age_ > 4) pending_.reset();

  // The name cell: the cell under the header's test column, else the first cell.
  std::string name_text = line.cells[0].text;
  {
    auto [label, rest] = SplitLabel(name_text);
    std::optional<LabDate> d;
    if (!label.empty() && HeaderKind(label, &d) == Col::kName) name_text = rest;
  }
  if (LooksLikeName(line.cells[0]) || name_text != line.cells[0].text) {
    TestName test = MatchTestName(name_text, specimen_);
    Name name{test, name_text, line.cells[0].box, line.cells[0].confidence, line.page, line.Text()};
    // A name wrapped onto the next line ("Free kappa light" / "chains").
    if ((test.match == TestName::Match::kNone || test.match == TestName::Match::kLoose) &&
        *i + 1 < lines.size()) {
      const Line& next = lines[*i + 1];
      if (next.page == line.page && !next.cells.empty() &&
          std::abs(next.cells[0].box.x0 - line.cells[0].box.x0) < 3 &&
          next.box.y0 - line.box.y1 < line.box.height()) {
        TestName joined = MatchTestName(name_text + " " + next.cells[0].text, specimen_);
        if (joined.match == TestName::Match::kExact ||
            (joined.match == TestName::Match::kLoose && test.match == TestName::Match::kNone)) {
          test = joined;
          name.test = joined;
          name.text = name_text + " " + next.cells[0].text;
          name.box.Cover(next.cells[0].box);
          name.line_text += " / " + next.Text();
          if (next.cells.size() == 1) ++*i;  // the continuation line is consumed
        }
      }
    }
    const bool coded =
        (test.match == TestName::Match::kExact || test.match == TestName::Match::kLoose) &&
        Info(test.analyte).kind == ValueKind::kCoded;
    RowCells cells = columns_.empty() || labelled ? ContentCells(line.cells, 1, coded)
                                                  : AssignCells(line.cells, 1);
    if (!columns_.empty() && !cells.value && cells.dated.empty() && !cells.previous &&
        cells.previous_dated.empty() && cells.unit_values.empty()) {
      cells = ContentCells(line.cells, 1, coded);  // the header does not fit this row
    }
    if (row_date && !cells.value_date) cells.value_date = row_date;
    if (test.match == TestName::Match::kExact || test.match == TestName::Match::kLoose) {
      ChooseUnitValue(test.analyte, &cells);
    }
    const bool has_value = cells.value || !cells.dated.empty();
    switch (test.match) {
      case TestName::Match::kIgnored:
        out_->ignored.push_back(ImportNote{line.page, line.Text(), test.reason});
        pending_.reset();
        if (IsLightChainRatio(name_text)) KeepRatio(cells, date, line);
        return Outcome::kRow;
      case TestName::Match::kNone: {
        // A card's reference line ("Standard range: 3.3 - 19.4 mg/L") keeps its name waiting.
        std::optional<LabDate> ignored;
        const std::string label = SplitLabel(line.cells[0].text).first;
        const bool detail = !label.empty() && HeaderKind(label, &ignored) == Col::kRange;
        if (pending_ && detail) return Outcome::kRow;
        pending_.reset();
        if (has_value) {
          out_->unrecognised.push_back(
              ImportNote{line.page, line.Text(), "test name not recognised"});
          return Outcome::kRow;
        }
        if (line.cells.size() <= 2) {
          const Specimen s = SpecimenOfHeading(line.Text());
          if (s != Specimen::kUnknown) specimen_ = s;
        }
        return Outcome::kText;
      }
      case TestName::Match::kExact:
      case TestName::Match::kLoose:
        break;
    }
    if (!has_value) {
      pending_ = name;  // a card: the value follows on the next lines
      pending_age_ = 0;
      return Outcome::kRow;
    }
    pending_.reset();
    JoinWrappedValue(lines, i, name, &cells);
    isotype_note_.clear();
    if (coded) TakeIsotypeFromNote(lines, *i, test.analyte, &cells);
    Emit(name, cells, date);
    isotype_note_.clear();
    return Outcome::kRow;
  }
  // No name: the value lines of a card entry, or a heading such as "24 Hour Urine ...".
  if (!pending_ && line.cells.size() <= 2 && !ParseLabValue(line.cells.back().text)) {
    const Specimen s = SpecimenOfHeading(line.Text());
    if (s != Specimen::kUnknown) specimen_ = s;
  }
  if (pending_ && Info(pending_->test.analyte).kind == ValueKind::kCoded &&
      IsSentence(line.Text()) && !IsIsotypeResult(line.Text())) {
    // Prose after a coded test's name without a value ("Antisera: IgG, IgA ... band not
    // identified.") is not that test's result: its words would be read as one. A sentence
    // naming the band it found ("Monoclonal IgG kappa band identified.") is.
    pending_.reset();
    return Outcome::kText;
  }
  if (pending_) {
    RowCells cells = ContentCells(line.cells, 0);
    if (cells.value) {
      Name name = *pending_;
      name.line_text += " / " + line.Text();
      // The range may be on the following line of the card.
      if (!cells.range && *i + 1 < lines.size() && lines[*i + 1].page == line.page) {
        RowCells more = ContentCells(lines[*i + 1].cells, 0);
        if (!more.value && more.range) {
          cells.range = more.range;
          ++*i;
        }
      }
      pending_.reset();
      Emit(name, cells, date);
      return Outcome::kRow;
    }
    if (!cells.range) return Outcome::kRow;  // e.g. "Your value   Standard range"
  }
  return Outcome::kText;
}

void RowReader::JoinWrappedValue(const std::vector<Line>& lines, size_t* i, const Name& name,
                                 RowCells* cells) {
  if (!cells->value || Info(name.test.analyte).kind != ValueKind::kCoded) return;
  // Coded wording wraps: "IgG kappa monoclonal" / "protein detected".
  while (*i + 1 < lines.size()) {
    const Line& next = lines[*i + 1];
    const Line& cur = lines[*i];
    if (next.page != cur.page || next.cells.empty() ||
        next.box.y0 - cur.box.y1 > cur.box.height()) {
      return;
    }
    const Cell& first = next.cells[0];
    if (first.box.x0 < cells->value->box.x0 - 3 || first.box.XOverlap(cells->value->box) <= 0) {
      return;
    }
    cells->value->text += ' ' + first.text;
    cells->value->box.Cover(first.box);
    cells->value->confidence = std::min(cells->value->confidence, first.confidence);
    ++*i;
  }
}

void RowReader::Emit(const Name& name, const RowCells& cells, const DateContext& date) {
  if (cells.value) {
    const std::optional<LabDate> d = cells.value_date ? cells.value_date : date.date;
    if (!d) {
      out_->unrecognised.push_back(
          ImportNote{name.page, name.line_text, "no collection date found for this result"});
    } else {
      EmitOne(name, *cells.value, cells, *d, !cells.value_date && date.generic, false,
              !cells.value_date && date.several);
    }
  }
  if (cells.previous) {
    // "0.9 (12/01/2024)" or a dated "Previous" header.
    Piece prev = *cells.previous;
    std::optional<LabDate> d = FindLabDate(prev.text, order_);
    if (d) {
      prev.text.erase(d->begin, d->end - d->begin);
      for (char& c : prev.text) {
        if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',') c = ' ';
      }
      std::string t(TrimSpaces(prev.text));
      if (t.ends_with(" on")) t.resize(t.size() - 3);
      prev.text = t;
    }
    if (!TrimSpaces(prev.text).empty()) {
      if (!d) {
        out_->unrecognised.push_back(
            ImportNote{name.page, name.line_text, "previous result without a date"});
      } else {
        EmitOne(name, prev, cells, *d, false, true);
      }
    }
  }
  for (const auto& [d, piece] : cells.previous_dated) {
    EmitOne(name, piece, cells, d, false, true);
  }
  for (const auto& [d, piece] : cells.dated) {
    EmitOne(name, piece, cells, d, false, false);
  }
}

namespace {

// The one accepted unit that gives `number` a plausible value for `analyte`, as its factor; none
// when no unit or several do (then the unit cannot be inferred).
std::optional<double> InferUnitFactor(Analyte analyte, double number) {
  auto plaus = PlausibleRange(analyte);
  std::optional<double> only;
  int fits = 0;
  for (std::string_view u :
       {"g/dL", "g/L", "mg/dL", "mg/L", "mg/24h", "U/L", "umol/L", "mmol/L", "%", "cm2"}) {
    // Haemoglobin in mmol/L is a Dutch convention and always printed there; counting it would
    // make every unitless haemoglobin ambiguous. (An inferred unit is marked for review.)
    if (analyte == Analyte::kHemoglobin && u == "mmol/L") continue;
    Result<double> f = UnitFactor(analyte, u);
    if (!f.ok()) continue;
    const double x = number * *f;
    if (plaus && x >= plaus->first && x <= plaus->second) {
      if (!only || std::abs(*only - *f) > 1e-12) ++fits;
      only = *f;
    }
  }
  if (fits != 1) return std::nullopt;
  return only;
}

// The factor of a written unit; a flag printed into the unit column ("Abnormal g/dL" read as one
// cell) is dropped from `unit`.
Result<double> WrittenUnitFactor(Analyte analyte, std::string* unit) {
  Result<double> f = UnitFactor(analyte, *unit);
  if (f.ok()) return f;
  if (std::optional<std::string> u = UnitAfterFlag(*unit)) {
    if (Result<double> g = UnitFactor(analyte, *u); g.ok()) {
      *unit = *u;
      return g;
    }
  }
  return f;
}

// The reference range in canonical units (its own unit when it gives one).
void ApplyRange(const LabRange& range, double factor, Analyte analyte, ImportedObservation* io) {
  double rf = factor;
  if (!range.unit.empty()) {
    Result<double> f = UnitFactor(analyte, range.unit);
    if (f.ok()) rf = *f;
  }
  if (range.low) io->obs.ref_low = *range.low * rf;
  if (range.high) io->obs.ref_high = *range.high * rf;
  if (rf == factor) {
    io->written_ref_low = range.low;
    io->written_ref_high = range.high;
  }
}

std::optional<std::string> ReadCount(const LabValue& v, const std::string& text,
                                     ImportedObservation* io) {
  if (v.kind != LabValue::Kind::kNumber || v.bound != ValueBound::kExact ||
      v.number != std::floor(v.number)) {
    return fmt::format("count '{}' not understood", text);
  }
  io->obs.value = v.number;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> RowReader::ReadQuantity(const Name& name, const LabValue& v,
                                                   const Piece& value, const RowCells& cells,
                                                   ImportedObservation* io) {
  const Analyte analyte = name.test.analyte;
  const bool m_protein = analyte == Analyte::kSerumMProtein || analyte == Analyte::kUrineMProtein;
  if (m_protein && v.kind == LabValue::Kind::kNotDetected) {
    io->obs.value = 0;  // none detected: an exact zero
    io->written_unit = Info(analyte).unit;
    return std::nullopt;
  }
  if (m_protein && v.kind == LabValue::Kind::kTrace) {
    io->obs.bound = ValueBound::kTrace;
    io->obs.has_value = false;
    io->obs.value = 0;
    return std::nullopt;
  }
  if (v.kind != LabValue::Kind::kNumber) {
    return fmt::format("result '{}' is not a number", value.text);
  }
  // The unit: in the value cell, its own column, the name, or the range.
  std::string unit = v.unit;
  if (unit.empty()) unit = cells.value_unit;
  if (unit.empty() && cells.unit) unit = std::string(TrimSpaces(cells.unit->text));
  if (unit.empty()) unit = name.test.unit;
  std::optional<LabRange> range;
  if (cells.range) range = ParseLabRange(cells.range->text);
  if (unit.empty() && range) unit = range->unit;
  // A reference that is not a range still names the unit ("Not detected g/dL", "0.0 g/dL").
  if (unit.empty() && cells.range) {
    const std::string_view r = TrimSpaces(cells.range->text);
    const size_t space = r.rfind(' ');
    if (space != std::string_view::npos && IsUnitText(r.substr(space + 1))) {
      unit = std::string(r.substr(space + 1));
    }
  }
  if (unit.empty() && analyte == Analyte::kBmPlasmaCells) unit = "%";
  double factor = 1;
  if (unit.empty()) {
    std::optional<double> only = InferUnitFactor(analyte, v.number);
    if (!only) return fmt::format("{} without a unit", value.text);
    factor = *only;
    io->Review("unit inferred");
  } else {
    Result<double> f = WrittenUnitFactor(analyte, &unit);
    if (!f.ok()) return f.status().cause();
    factor = *f;
  }
  io->obs.value = v.number * factor;
  io->obs.bound = v.bound;
  io->written_number = v.number;
  io->written_unit = unit;
  if (range) ApplyRange(*range, factor, analyte, io);
  if (auto plaus = PlausibleRange(analyte)) {
    if (io->obs.value < plaus->first || io->obs.value > plaus->second) {
      io->Review("value outside the plausible range for this test");
    }
  }
  return std::nullopt;
}

std::optional<std::string> RowReader::ReadCoded(const LabValue& v, const Piece& value,
                                                const RowCells& cells,
                                                ImportedObservation* io) const {
  switch (v.kind) {
    case LabValue::Kind::kDetected:
      io->obs.value = 1;
      io->obs.text = v.isotype;
      if (io->obs.text.empty()) io->obs.text = isotype_note_;
      if (v.vague && io->obs.text.empty()) {
        io->Review(fmt::format("result '{}' does not name a monoclonal protein", value.text));
      }
      break;
    case LabValue::Kind::kTrace:
      io->obs.value = 1;
      io->obs.text = v.isotype;
      io->Review("trace result");
      break;
    case LabValue::Kind::kNotDetected:
    case LabValue::Kind::kNegative:
      io->obs.value = 0;
      if (!isotype_note_.empty()) {
        io->Review(fmt::format("the note under the result names {}", isotype_note_));
      }
      break;
    default: {
      const records::AnalyteInfo& info = Info(io->obs.analyte);
      return fmt::format("result '{}' is not {} or {}", value.text, info.positive_word,
                         info.negative_word);
    }
  }
  if (cells.coded_conflict) {
    io->Review("the row has two different results and no column headers to tell them apart");
  }
  if (MixedFinding(value.text)) {
    io->Review("the wording names a finding and denies another; check which one was found");
  }
  return std::nullopt;
}

void RowReader::Keep(ImportedObservation io) {
  // The same value twice (a repeated table, or a previous result that is also reported as a
  // current one): keep one, as a current result when either is.
  for (ImportedObservation& o : out_->observations) {
    if (o.obs.analyte == io.obs.analyte && o.obs.date == io.obs.date &&
        o.obs.value == io.obs.value && o.obs.bound == io.obs.bound && o.obs.text == io.obs.text) {
      if (o.previous == io.previous) {
        out_->warnings.push_back(fmt::format("page {}: {} on {} appears twice; kept once",
                                             io.source.page, records::Name(io.obs.analyte),
                                             io.obs.date.ToString()));
      }
      if (o.previous && !io.previous) o = std::move(io);
      return;
    }
  }
  out_->observations.push_back(std::move(io));
}

void RowReader::EmitOne(const Name& name, const Piece& value, const RowCells& cells,
                        const LabDate& date, bool date_from_generic, bool previous,
                        bool date_side_by_side) {
  // An isotype row ("Paraprotein type: IgG kappa") reports the typing of a monoclonal protein,
  // which is done by immunofixation: read as that immunofixation, for the person to confirm.
  const bool typing = name.test.analyte == Analyte::kIsotype && IsIsotypeResult(value.text);
  const Analyte analyte = !typing                         ? name.test.analyte
                          : specimen_ == Specimen::kUrine ? Analyte::kUrineIfe
                                                          : Analyte::kSerumIfe;
  ImportedObservation io;
  if (typing) io.Review("an isotype row read as the immunofixation that typed it");
  // The albumin fraction of an electrophoresis is measured another way than the chemistry
  // albumin that staging uses: kept for the person to confirm, never silently.
  if (analyte == Analyte::kAlbumin && InElectrophoresis(name.text)) {
    io.Review("albumin from the protein electrophoresis, not the chemistry test");
  }
  io.previous = previous;
  io.obs.analyte = analyte;
  io.obs.date = date.date;
  io.source.page = name.page;
  io.source.text = name.line_text;
  io.source.box = name.box;
  io.source.box.Cover(value.box);
  io.confidence = std::min(name.confidence, value.confidence);
  auto unrecognised = [&](std::string reason) {
    out_->unrecognised.push_back(ImportNote{name.page, name.line_text, std::move(reason)});
  };
  std::optional<LabValue> v = ParseLabValue(value.text);
  if (!v) {
    unrecognised(fmt::format("result '{}' not understood", value.text));
    return;
  }
  if (name.test.match == TestName::Match::kLoose) io.Review("test name matched loosely");
  if (date.ambiguous) io.Review("date could be day-first or month-first");
  if (date_from_generic) io.Review("date label does not say it is the collection date");
  if (date_side_by_side) {
    io.Review("the report gives two collection dates side by side; check which one this has");
  }
  if (v->ambiguous) io.Review("number could use a thousands separator or a decimal comma");
  if (v->kind == LabValue::Kind::kNote) {
    unrecognised(fmt::format("result '{}' has no value", value.text));
    return;
  }
  std::optional<std::string> not_usable;
  switch (Info(analyte).kind) {
    case ValueKind::kQuantity:
      not_usable = ReadQuantity(name, *v, value, cells, &io);
      break;
    case ValueKind::kCoded:
      not_usable = ReadCoded(*v, value, cells, &io);
      break;
    case ValueKind::kCount:
      not_usable = ReadCount(*v, value.text, &io);
      break;
    case ValueKind::kText:
      not_usable = "free-text tests are not imported from reports";
      break;
  }
  if (not_usable) {
    unrecognised(std::move(*not_usable));
    return;
  }
  if (io.confidence < kReviewConfidence) {
    io.Review(fmt::format("read by OCR with confidence {:.2f}", io.confidence));
  }
  Keep(std::move(io));
}

}  // namespace oncoguide::import
