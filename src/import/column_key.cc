// A report's key to its column abbreviations (column_key.h).
#include "column_key.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cell_text.h"
#include "oncoguide/common/text.h"

namespace oncoguide::import::internal {
namespace {

// The titles a key starts with, folded, without their colon.
constexpr std::string_view kKeyTitles[] = {
    "abbreviations", "abbreviation",  "abbr",        "abreviaturas", "abreviatura",
    "abreviacoes",   "abreviaciones", "abkurzungen", "abreviations", "abbreviazioni",
    "legende",       "leyenda",       "legenda",     "key",          "afkortingen",
    "forkortningar", "forkortelser",  "lyhenteet",   "llegenda"};

// `s` without its parenthesised parts ("sérico (n.d. = no detectable)" -> "sérico ").
std::string WithoutParentheses(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  return out;
}

// The folded abbreviation: quotes, a trailing '.' or ':' and spaces dropped ("Creat." -> "creat").
std::string FoldedAbbreviation(std::string_view a) {
  std::string f = FoldLatin(TrimSpaces(a));
  for (std::string_view q : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'"}) {
    for (size_t at = f.find(q); at != std::string::npos; at = f.find(q)) f.erase(at, q.size());
  }
  while (!f.empty() && (f.back() == '.' || f.back() == ':' || f.back() == ' ')) f.pop_back();
  return std::string(TrimSpaces(f));
}

// Reads one entry into `key`.
void AddEntry(std::string_view entry, ColumnKey* key) {
  std::string e = WithoutParentheses(entry);
  while (!e.empty() && (e.back() == '.' || e.back() == ' ')) e.pop_back();  // the key's end
  if (const size_t eq = e.find('='); eq != std::string::npos) {
    const std::string a = FoldedAbbreviation(std::string_view(e).substr(0, eq));
    const std::string words(TrimSpaces(std::string_view(e).substr(eq + 1)));
    if (!a.empty() && !words.empty() && a.size() <= 16) (*key)[a] = words;
    return;
  }
  const std::vector<std::string> w = internal::SplitOnSpaces(e);
  if (w.size() < 2) return;
  // "κL / λL cadenas ligeras libres kappa / lambda en suero": one entry for two columns.
  if (w.size() >= 6 && w[1] == "/") {
    const std::vector<std::string> rest(w.begin() + 3, w.end());
    for (size_t k = 1; k + 1 < rest.size(); ++k) {
      if (rest[k] != "/") continue;
      std::vector<std::string> first = rest, second = rest;
      first.erase(first.begin() + k, first.begin() + k + 2);         // drop "/ y"
      second.erase(second.begin() + k - 1, second.begin() + k + 1);  // drop "x /"
      (*key)[FoldedAbbreviation(w[0])] = fmt::format("{}", fmt::join(first, " "));
      (*key)[FoldedAbbreviation(w[2])] = fmt::format("{}", fmt::join(second, " "));
      return;
    }
  }
  const std::string a = FoldedAbbreviation(w[0]);
  if (!a.empty() && a.size() <= 16)
    (*key)[a] = fmt::format("{}", fmt::join(w.begin() + 1, w.end(), " "));
}

// `text` cut at each '/'.
std::vector<std::string> SplitOnSlash(const std::string& text) {
  std::vector<std::string> parts;
  for (size_t from = 0; from <= text.size();) {
    const size_t slash = std::min(text.find('/', from), text.size());
    parts.push_back(text.substr(from, slash - from));
    from = slash + 1;
  }
  return parts;
}

// The text after a key's title at the start of `text` ("Abreviaturas: Hb ..." -> "Hb ..."), or
// nullopt when it starts with none.
std::optional<std::string> AfterKeyTitle(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 20) return std::nullopt;
  // A title in two languages ("Llegenda / Leyenda:"): either one.
  for (const std::string& part : SplitOnSlash(FoldLatin(text.substr(0, colon)))) {
    for (std::string_view t : kKeyTitles) {
      if (TrimSpaces(part) == t) return std::string(TrimSpaces(text.substr(colon + 1)));
    }
  }
  return std::nullopt;
}

}  // namespace

ColumnKey ParseKeyEntries(std::string_view text) {
  ColumnKey key;
  // Entries end at ';' or at a middle dot or bullet ("Hb: hemoglobina · CM: componente ..."),
  // and in a key of "=" entries at a spaced dash ("n.r. = non rilevabile — CM = componente
  // monoclonale").
  const bool equals = std::count(text.begin(), text.end(), '=') >= 2;
  const auto next_end = [&](size_t from, size_t* width) {
    size_t end = text.size();
    *width = 1;
    for (std::string_view sep :
         {";", "\xC2\xB7", "\xE2\x80\xA2", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
      if (!equals && sep.size() > 3) continue;
      const size_t at = text.find(sep, from);
      if (at < end) {
        end = at;
        *width = sep.size();
      }
    }
    return end;
  };
  for (size_t from = 0; from <= text.size();) {
    size_t width = 1;
    const size_t semi = next_end(from, &width);
    const std::string_view piece = text.substr(from, semi - from);
    from = semi + width;
    // ". " ends an entry when the part before it has two words or more ("Adj Ca = adjusted
    // calcium. SFLC = ..."), not after an abbreviation's own full stop ("Creat. creatinina").
    std::string p(piece);
    size_t start = 0;
    for (size_t at = p.find(". "); at != std::string::npos; at = p.find(". ", at + 2)) {
      const std::string_view before = TrimSpaces(std::string_view(p).substr(start, at - start));
      if (before.find(' ') == std::string_view::npos) continue;
      AddEntry(before, &key);
      start = at + 2;
    }
    AddEntry(std::string_view(p).substr(start), &key);
  }
  return key;
}

namespace {

// How many of the ';'-separated parts of `text` begin with a short label and a colon ("CM:
// componente monoclonal"): an abbreviation of at most five characters, no space in it.
int ShortLabelsBeforeColons(std::string_view text) {
  int n = 0;
  for (size_t at = 0; at <= text.size();) {
    const size_t end = std::min(text.find(';', at), text.size());
    const std::string_view part = TrimSpaces(text.substr(at, end - at));
    const size_t colon = part.find(':');
    if (colon != std::string_view::npos && colon >= 1 && colon <= 5 &&
        part.substr(0, colon).find(' ') == std::string_view::npos && colon + 2 < part.size()) {
      ++n;
    }
    at = end + 1;
  }
  return n;
}

// The one entry a line starts with ("PP = serum paraprotein (IgG kappa). Reference ranges: Hb
// 115-155 g/L; ..."), a note under a table: the abbreviation one word of at most six letters,
// its words starting with a letter, up to the sentence's end. Nothing for a value ("eGFR = 45").
std::optional<std::string> LoneKeyEntry(std::string_view text) {
  const size_t eq = text.find(" = ");
  if (eq == std::string_view::npos || eq == 0 || eq > 6) return std::nullopt;
  if (text.substr(0, eq).find(' ') != std::string_view::npos) return std::nullopt;
  const std::string_view words = TrimSpaces(text.substr(eq + 3));
  if (words.empty() || !std::isalpha(static_cast<unsigned char>(words[0]))) return std::nullopt;
  const size_t end = std::min(text.find(". ", eq), text.find(';', eq));
  return std::string(text.substr(0, end));
}

// The one entry a note under a table starts with as an abbreviation in capitals and a colon
// ("CM: componente monoclonal cuantificado por densitometría ... (región gamma). traza = ..."),
// up to the sentence's end: two to five capitals, then a word in lower case, and no digit (a
// result, "IgG: 12.1 g/L", is no entry).
std::optional<std::string> LoneLabelEntry(std::string_view text) {
  const size_t colon = text.find(": ");
  if (colon < 2 || colon > 5) return std::nullopt;  // npos too
  for (char c : text.substr(0, colon)) {
    if (c < 'A' || c > 'Z') return std::nullopt;
  }
  const std::string_view rest = text.substr(colon + 2);
  if (rest.empty() || !std::islower(static_cast<unsigned char>(rest[0]))) return std::nullopt;
  const std::string_view entry = text.substr(0, std::min(text.find(". "), text.size()));
  if (entry.find_first_of("0123456789") != std::string_view::npos) return std::nullopt;
  return std::string(entry);
}

}  // namespace

ColumnKey ReadColumnKey(const std::vector<Line>& lines) {
  ColumnKey key;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string text = lines[i].Text();
    std::optional<std::string> entries = AfterKeyTitle(text);
    if (entries) {
      // The lines that continue it: the same page and left edge (the title's, or the entries'
      // when they sit in a cell of their own right of the title), right below, not a footnote.
      const Line* last = &lines[i];
      const double entries_x0 = lines[i].cells.size() >= 2 ? lines[i].cells[1].box.x0 : -1e9;
      for (size_t j = i + 1; j < lines.size() && j <= i + 6; ++j) {
        const Line& next = lines[j];
        const double height = last->box.y1 - last->box.y0;
        if (next.page != last->page || next.cells.empty() ||
            (std::abs(next.box.x0 - lines[i].box.x0) > 3 &&
             std::abs(next.box.x0 - entries_x0) > 3) ||
            next.box.y0 - last->box.y1 > height || next.cells[0].text.starts_with("*") ||
            AfterKeyTitle(next.Text())) {
          break;
        }
        // A line that starts an entry of its own ("IFE = immunofissazione ...") ends the last.
        const std::string more = next.Text();
        const size_t mark = more.find_first_of("=:");
        const bool starts_entry =
            mark != std::string::npos && mark >= 1 && mark <= 14 &&
            TrimSpaces(std::string_view(more).substr(0, mark)).find(' ') == std::string_view::npos;
        *entries += (starts_entry ? "; " : " ") + more;
        last = &next;
      }
    } else if (std::count(text.begin(), text.end(), '=') >= 2) {
      entries = text;  // "Adj Ca = albumin-adjusted calcium. SFLC = serum free light chains"
    } else if (std::optional<std::string> one = LoneKeyEntry(text)) {
      entries = std::move(one);  // "PP = serum paraprotein (IgG kappa). Reference ranges: ..."
    } else if (std::optional<std::string> label = LoneLabelEntry(text)) {
      entries = std::move(label);  // "CM: componente monoclonal cuantificado por densitometría"
    } else if (ShortLabelsBeforeColons(text) >= 3) {
      // A table's legend without a title: "CM: componente monoclonal; IFE: imunofixação; CLL:
      // cadeias leves livres; n.d.: não detetado".
      entries = text;
    } else {
      continue;
    }
    for (auto& [a, words] : ParseKeyEntries(*entries)) key[a] = words;
  }
  return key;
}

std::optional<std::string> KeyedTitle(const ColumnKey& key, std::string_view title) {
  if (key.empty()) return std::nullopt;
  const auto it = key.find(FoldedAbbreviation(WithoutParentheses(title)));
  if (it == key.end()) return std::nullopt;
  return it->second;
}

}  // namespace oncoguide::import::internal
