#include "cell_text.h"

#include <algorithm>
#include <cctype>

#include "date_labels.h"
#include "oncoguide/common/text.h"
#include "oncoguide/import/lab_text.h"

namespace oncoguide::import::internal {

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

bool IsPlaceholder(std::string_view text) {
  const std::string lower = AsciiLower(TrimSpaces(text));
  // Dashes: em, en; and in CJK tables the fullwidth hyphen-minus "－" and the bar "―".
  return lower == "-" || lower == "--" || lower == "---" || lower == "\xE2\x80\x94" ||
         lower == "\xE2\x80\x93" || lower == "\xEF\xBC\x8D" || lower == "\xE2\x80\x95" ||
         lower == "n/a" || lower == "not done";
}

bool IsResultSideCell(const std::string& text) {
  return ParseLabValue(text) || IsFlag(text) || IsUnitText(text) || ParseLabRange(text) ||
         IsDateCell(text) || IsPlaceholder(text);
}

bool IsRowNumber(std::string_view text) {
  return !text.empty() && text.size() <= 3 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool WordsOnly(std::string_view text) {
  const std::string_view t = TrimSpaces(text);
  if (t.empty() || IsUnitText(t) || ParseLabValue(t)) return false;
  return std::none_of(t.begin(), t.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '/' || c == '%' || c == '<' ||
           c == '>' || c == '(' || c == ')';
  });
}

std::string UnitInParentheses(std::string_view title) {
  const size_t open = title.rfind('(');
  const size_t close = title.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return "";
  const std::string_view inner = TrimSpaces(title.substr(open + 1, close - open - 1));
  return IsUnitText(inner) ? std::string(inner) : "";
}

bool IsUnitText(std::string_view text) {
  const std::string t = Lower(text);
  if (t.empty() || t.size() > 16) return false;
  if (t == "%") return true;
  return t.find('/') != std::string::npos;
}

// The unit in a cell that starts with a flag word or arrow ("Abnormalg /dL" -> "g/dL", "▲ г/л"
// -> "г/л"), or nullopt.
std::optional<std::string> UnitAfterFlag(const std::string& cell) {
  const std::string t = AsciiLower(cell);
  for (std::string_view f : {"abnormal", "critical", "high", "low", "abn", "\xE2\x96\xB2",
                             "\xE2\x96\xBC", "\xE2\x86\x91", "\xE2\x86\x93"}) {
    if (!t.starts_with(f)) continue;
    std::string rest;
    for (char c : cell.substr(f.size())) {
      if (c != ' ') rest.push_back(c);
    }
    if (!rest.empty()) return rest;
  }
  // A one- or two-letter flag and a space before the unit ("H g/d", "L g/L", "HH mg/L"): the
  // flag's own column run into the unit's.
  for (std::string_view f : {"h ", "l ", "hh ", "ll ", "a ", "* "}) {
    if (!t.starts_with(f)) continue;
    const std::string rest(TrimSpaces(std::string_view(cell).substr(f.size())));
    if (!rest.empty() && rest.find(' ') == std::string::npos && IsUnitText(rest)) return rest;
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

bool IsCountUnit(std::string_view t) {
  if (t.size() > 12) return false;
  if (t.starts_with("x")) t.remove_prefix(1);
  while (t.starts_with(" ")) t.remove_prefix(1);
  if (!t.starts_with("10")) return false;
  t.remove_prefix(2);
  // "^3", "*9", "e9", or a superscript digit ("³" is C2 B3; "⁶", "⁹" are E2 81 B6, E2 81 B9).
  return t.starts_with("^") || t.starts_with("*") || t.starts_with("e") ||
         t.starts_with("\xC2\xB3") || t.starts_with("\xE2\x81");
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

// True when `text` is only a collection-date label, perhaps in parentheses ("(data prelievo)",
// "Collection date:").
bool CollectionTitle(std::string_view text) {
  std::string t = LowerKeepingOffsets(TrimSpaces(text));
  while (!t.empty() && (t.front() == '(' || t.front() == ' ')) t.erase(0, 1);
  while (!t.empty() && (t.back() == ')' || t.back() == ':' || t.back() == ' ')) t.pop_back();
  const std::vector<internal::Label> labels = internal::FindLabels(t);
  return labels.size() == 1 && labels.front().collection && !labels.front().generic &&
         labels.front().begin == 0 && labels.front().end == t.size();
}

// True when `text` names a marrow procedure ("Bone marrow aspiration / trephine", "BM biopsy"):
// over its dates, the title of a marrow table's columns.
bool ProcedureTitle(std::string_view text) {
  const std::string t = AsciiLower(text);
  for (std::string_view w : {"marrow", "aspirat", "trephine", "biopsy", "punktion", "puncion",
                             "medula", "midollo", "moelle", "beenmerg"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  return false;
}

bool BareDateTitle(std::string_view text) {
  const std::string t = Lower(text);
  for (std::string_view w :
       {"date", "datum", "дата", "data", "fecha", "dato", "ημερομηνια", "ημ/νια", "vom", "du",
        "z dnia", "ze dne", "zo dna", "del", "de fecha"}) {
    if (t == w) return true;
  }
  return false;
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
  out.cells = {Cell{label, PartBox(c, 0, colon + 1), c.confidence},
               Cell{rest, PartBox(c, colon + 1, c.text.size()), c.confidence}};
  return out;
}

std::pair<Cell, Cell> CutCell(const Cell& c, size_t end, size_t at) {
  return {Cell{c.text.substr(0, end), PartBox(c, 0, end), c.confidence},
          Cell{c.text.substr(at), PartBox(c, at, c.text.size()), c.confidence}};
}

namespace {

// `line` with its first cell cut in two at byte `cut` (a space); boxes in proportion to the
// characters (the words' own boxes are not kept in a cell).
Line CutFirstCell(const Line& line, size_t cut) {
  const Cell& c = line.cells[0];
  Line out = line;
  Cell a = c, b = c;
  a.text = c.text.substr(0, cut);
  b.text = c.text.substr(cut + 1);
  a.box = PartBox(c, 0, cut);
  b.box.x0 = a.box.x1 + 1;
  out.cells[0] = a;
  out.cells.insert(out.cells.begin() + 1, b);
  return out;
}

bool ExactName(std::string_view text) {
  return MatchTestName(text, Specimen::kUnknown).match == TestName::Match::kExact;
}

// A reference range, with or without its unit after it ("0.57 - 2.63 mg/dL").
bool RangeWithUnit(std::string_view tail) {
  if (ParseLabRange(tail)) return true;
  const size_t last = tail.rfind(' ');
  return last != std::string_view::npos && IsUnitText(tail.substr(last + 1)) &&
         ParseLabRange(tail.substr(0, last));
}

}  // namespace

// When the first cell is "<known test name> <value...>" with too small a gap to be two cells,
// returns the line with that cell cut in two.
std::optional<Line> SplitNameValue(const Line& line) {
  const std::string& text = line.cells[0].text;
  if (ExactName(text)) return std::nullopt;
  std::vector<size_t> spaces;
  for (size_t k = 0; k < text.size(); ++k) {
    if (text[k] == ' ') spaces.push_back(k);
  }
  if (spaces.empty()) return std::nullopt;
  // The unit ("Beta-2-Microglob mg/L": a monospace print-out's name and unit one space apart).
  const std::string_view last = std::string_view(text).substr(spaces.back() + 1);
  const bool lettered = std::any_of(last.begin(), last.end(), [](char ch) {
    return std::isalpha(static_cast<unsigned char>(ch)) != 0;
  });
  if (lettered && IsUnitText(last) && ExactName(text.substr(0, spaces.back()))) {
    return CutFirstCell(line, spaces.back());
  }
  // A value ("Lambda Free Light Chains, Serum 24.4"), or the reference range with its unit
  // ("Lambda Free Light Chain 0.57 - 2.63 mg/dL": a narrow name column ran into the next).
  for (size_t n = 1; n <= 5 && n <= spaces.size(); ++n) {
    const size_t cut = spaces[spaces.size() - n];
    const std::string_view tail = std::string_view(text).substr(cut + 1);
    const std::optional<LabValue> v = ParseLabValue(tail);
    const bool number = n <= 3 && v && v->kind == LabValue::Kind::kNumber;
    if ((number || RangeWithUnit(tail)) && ExactName(text.substr(0, cut))) {
      return CutFirstCell(line, cut);
    }
  }
  return std::nullopt;
}

std::optional<std::string> EarlierResultName(std::string_view text, Specimen specimen) {
  const std::string lower = AsciiLower(text);
  for (std::string_view w : {"prior ", "previous ", "prev. ", "earlier ", "last "}) {
    if (!lower.starts_with(w)) continue;
    const std::string rest(TrimSpaces(text.substr(w.size())));
    if (MatchTestName(rest, specimen).match == TestName::Match::kExact) return rest;
  }
  return std::nullopt;
}

bool IsTimeCell(std::string_view t) {
  size_t k = 0;
  auto digits = [&](size_t most) {
    size_t n = 0;
    while (k < t.size() && n < most && t[k] >= '0' && t[k] <= '9') ++k, ++n;
    return n;
  };
  if (digits(2) == 0 || k >= t.size() || (t[k] != ':' && t[k] != '.')) return false;
  ++k;
  if (digits(2) != 2) return false;
  const std::string rest = AsciiLower(TrimSpaces(t.substr(k)));
  return rest.empty() || rest == "am" || rest == "pm" || rest == "h" || rest == "hrs";
}

bool IsEarlierResultsHeading(std::string_view text) {
  const std::string t = FoldLatin(AsciiLower(text));
  for (std::string_view w :
       {"previous result", "prior result", "earlier result", "resultados anteriores",
        "resultados previos", "vorbefunde", "resultats anterieurs", "risultati precedenti",
        "προηγουμενα αποτελεσματα", "eerdere uitslag", "fruhere ergebnisse", "fruhere befunde",
        "vorherige ergebnisse", "tidigare resultat", "tidligere resultat", "tidligere svar",
        "poprzednie wyniki", "predchozi vysledky"}) {
    if (t.find(w) != std::string::npos) return true;
  }
  // A card's history under a one-word heading ("Histórico" / "21/05/2024 | 10,9 g/dL"); not a
  // longer title that holds the word ("Clinical history").
  std::string_view word = TrimSpaces(t);
  while (!word.empty() && (word.back() == ':' || word.back() == '.')) word.remove_suffix(1);
  for (std::string_view w :
       {"historico", "historique", "storico", "historial", "history", "verlauf", "historik"}) {
    if (word == w) return true;
  }
  return false;
}

// True when `text` reads as a sentence: more than eight words, or more than four ending in '.'.
std::vector<std::string> SplitOnSpaces(std::string_view text) {
  std::vector<std::string> out;
  for (size_t at = 0; at < text.size();) {
    const size_t space = std::min(text.find(' ', at), text.size());
    if (space > at) out.emplace_back(text.substr(at, space - at));
    at = space + 1;
  }
  return out;
}

bool IsTypingTitle(std::string_view text) {
  std::string t = FoldLatin(AsciiLower(TrimSpaces(text)));
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.pop_back();
  for (std::string_view w : {"typage", "isotype", "isotypage", "typing", "tipificacion",
                             "tipizzazione", "tipagem", "typisierung", "tipo"}) {
    if (t == w) return true;
  }
  return false;
}

bool NoteBesideTitle(const Line& line) {
  return line.cells.size() == 2 && line.cells[1].text.starts_with('(') &&
         line.cells[1].text.ends_with(')');
}

bool IsCapitalised(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    letters |= c >= 'A' && c <= 'Z';
  }
  return letters;
}

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
  const std::string t = " " + FoldLatin(text);
  const auto any = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return t.find(w) != std::string::npos; });
  };
  // Negations in English and the report languages the importer reads ("geen": Dutch).
  const bool negation = any({" not ", " no ", "without", "absent", " geen ", " kein", " ingen ",
                             " aucun", " pas de ", " sin ", " nessun", " nenhum", " brak "});
  const bool heavy = any({"igg", "iga", "igm", "igd"});
  // A free light chain ("free kappa", "Bence Jones", "vrije lambda lichte ketens").
  const bool free_light =
      any({"free kappa", "free lambda", "bence jones", "light chain", "lichte keten", "leichtkette",
           "chaines legeres", "cadenas ligeras", "cadena ligera", "catene leggere", "cadeias leves",
           "cadeia leve", "latta kedjor"});
  return (negation && (heavy || free_light)) || (heavy && free_light);
}

bool FootnoteMarked(std::string_view text) {
  text = TrimSpaces(text);
  if (text.ends_with("\u2020") || text.ends_with("\u2021")) return true;
  if (text.size() < 4) return false;
  const char open = text[text.size() - 3], mark = text[text.size() - 2], close = text.back();
  const bool bracketed = (open == '(' && close == ')') || (open == '[' && close == ']');
  const bool before_space = text[text.size() - 4] == ' ';
  return bracketed && before_space &&
         ((mark >= 'a' && mark <= 'z') || (mark >= '1' && mark <= '9'));
}

// True when `text` is a detected isotype ("IgG kappa", "free lambda").
bool IsIsotypeResult(const std::string& text) {
  std::optional<LabValue> v = ParseLabValue(text);
  if (!v) v = ParseLightChainBand(text);  // "Free kappa *": a light chain's band, flagged
  return v && v->kind == LabValue::Kind::kDetected && !v->isotype.empty();
}

// The parts of a header cell that holds several dates, each ending after its date (and a closing
// parenthesis); one part when it holds fewer than two.
namespace {

// The ends of the dates in a cell of dates printed without a space between them
// ("05/09/202312/10/202317/11/2023": set closer than a space, the PDF's words run together),
// each with a four-digit year; empty when the cell is anything else.
std::vector<size_t> GluedDateEnds(std::string_view t) {
  if (t.size() < 16 || t.find_first_not_of("0123456789./-") != std::string_view::npos) return {};
  std::vector<size_t> ends;
  size_t at = 0;
  while (at < t.size()) {
    // day and month of one or two digits, each followed by the same separator, then the year
    size_t i = at, seps = 0;
    char sep = 0;
    while (i < t.size() && seps < 2) {
      const size_t digits_from = i;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
      if (i - digits_from < 1 || i - digits_from > 2 || i >= t.size()) return {};
      if (sep != 0 && t[i] != sep) return {};
      sep = t[i++];
      ++seps;
    }
    if (i + 4 > t.size()) return {};
    for (size_t k = i; k < i + 4; ++k) {
      if (t[k] < '0' || t[k] > '9') return {};
    }
    at = i + 4;
    // Croatian, Serbian and Hungarian dates end with a dot ("03.04.2024.06.04.2024.").
    if (sep == '.' && at < t.size() && t[at] == '.') ++at;
    ends.push_back(at);
  }
  return ends.size() >= 2 ? ends : std::vector<size_t>{};
}

}  // namespace

std::optional<std::string_view> AfterLeadingDate(std::string_view text) {
  std::optional<LabDate> d = FindLabDate(text, DateOrder::kUnknown);
  if (!d || d->begin != 0) return std::nullopt;
  return TrimSpaces(text.substr(d->end));
}

// True when a cell is a date with a mark after it ("02/05/2024 +", "04/01/2024 *"): a flag or a
// speck the scanner picked up, not words.
bool IsMarkedDateCell(std::string_view text) {
  const std::optional<std::string_view> rest = AfterLeadingDate(text);
  if (!rest || rest->empty() || rest->size() > 2) return false;
  for (char ch : *rest) {
    if (std::isalnum(static_cast<unsigned char>(ch))) return false;
  }
  return true;
}

bool EndOfCollectionDate(std::string_view text) {
  const std::optional<std::string_view> rest = AfterLeadingDate(text);
  if (!rest) return false;
  const std::string mark = AsciiLower(*rest);
  for (std::string_view end :
       {"(end)", "(slut)", "(fin)", "(fim)", "(ende)", "(einde)", "(slutt)"}) {
    if (mark == end) return true;
  }
  return false;
}

std::vector<Cell> SplitAfterDates(const Cell& c) {
  std::vector<size_t> ends = GluedDateEnds(c.text);
  if (!ends.empty()) {
    std::vector<Cell> parts;
    size_t begin = 0;
    for (size_t end : ends) {
      parts.push_back(
          Cell{c.text.substr(begin, end - begin), PartBox(c, begin, end), c.confidence});
      begin = end;
    }
    return parts;
  }
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
    if (!text.empty()) parts.push_back(Cell{text, PartBox(c, begin, end), c.confidence});
    begin = end;
  }
  return parts;
}

bool ContinuationNote(const std::string& text) {
  const std::string t = FoldLatin(AsciiLower(TrimSpaces(text)));
  for (std::string_view lead :
       {"segue a pag",        "segue alla pag",    "continua a pag",     "continua alla pag",
        "continued on",       "continues on",      "continued overleaf", "see next page",
        "suite page",         "suite en page",     "suite a la page",    "suite au verso",
        "continua en la pag", "continua en pag",   "sigue en",           "fortsetzung auf",
        "weiter auf seite",   "fortsetzung seite", "continua na pag",    "continua na proxima",
        "vervolg op"}) {
    if (t.starts_with(lead)) return true;
  }
  return false;
}

}  // namespace oncoguide::import::internal
