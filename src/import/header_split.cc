#include "oncoguide/import/header_split.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include "cell_text.h"
#include "oncoguide/common/text.h"

namespace oncoguide::import {
namespace {

bool AsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool AsciiLowerCase(char c) { return c >= 'a' && c <= 'z'; }

// A join inside a word at byte i: "gP" in "FlagPrevious" (a capital followed by a lower-case
// letter, after two lower-case letters). "IgG", "mg/dL" and one letter before a name ("cCa",
// "iCa": corrected and ionised calcium) have none.
bool JoinAt(std::string_view t, size_t i) {
  return i > 1 && i + 1 < t.size() && AsciiLowerCase(t[i - 1]) && AsciiLowerCase(t[i - 2]) &&
         AsciiUpper(t[i]) && AsciiLowerCase(t[i + 1]);
}

struct Token {
  size_t begin, end;
};

std::vector<Token> Tokens(std::string_view t) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    if (i >= t.size()) break;
    size_t j = i + 1;
    while (j < t.size() && t[j] != ' ' && !JoinAt(t, j)) ++j;
    out.push_back({i, j});
    i = j;
  }
  return out;
}

// cuts[k] is the index of the first token of part k+1. Advances to the next set of increasing
// cut points below `to`; false when there is none.
bool NextCuts(std::vector<size_t>* cuts, size_t to) {
  const size_t k = cuts->size();
  for (size_t i = k; i-- > 0;) {
    if ((*cuts)[i] < to - (k - i)) {
      ++(*cuts)[i];
      for (size_t j = i + 1; j < k; ++j) (*cuts)[j] = (*cuts)[j - 1] + 1;
      return true;
    }
  }
  return false;
}

// The parts of tokens[from, to) between the cut points (token indexes, increasing).
std::vector<Cell> PartsAt(const Cell& cell, const std::vector<Token>& tokens, size_t from,
                          size_t to, const std::vector<size_t>& cuts) {
  std::vector<Cell> parts;
  for (size_t p = 0; p <= cuts.size(); ++p) {
    const size_t first = p == 0 ? from : cuts[p - 1];
    const size_t last = p == cuts.size() ? to : cuts[p];
    const size_t b = tokens[first].begin, e = tokens[last - 1].end;
    parts.push_back(Cell{cell.text.substr(b, e - b), PartBox(cell, b, e), cell.confidence});
  }
  return parts;
}

// The fewest parts (2 to 4) of tokens[from, to) that `recognised` accepts each; empty if none.
std::vector<Cell> FewestParts(const Cell& cell, const std::vector<Token>& tokens, size_t from,
                              size_t to, const HeaderRecogniser& recognised) {
  const size_t n = to - from;
  // Headers are short: a longer run is a sentence, not merged column titles.
  constexpr size_t kMaxTokens = 14;
  if (n < 2 || n > kMaxTokens) return {};
  for (size_t parts = 2; parts <= 4 && parts <= n; ++parts) {
    std::vector<size_t> cuts(parts - 1);
    for (size_t k = 0; k < cuts.size(); ++k) cuts[k] = from + k + 1;
    do {
      std::vector<Cell> split = PartsAt(cell, tokens, from, to, cuts);
      // A bracket closes the title before it ("Free kappa (mg/L) | Free lambda (mg/L)").
      bool all = true;
      for (size_t k = 0; k < split.size(); ++k) {
        all = all && recognised(split[k].text) && (k == 0 || split[k].text.front() != '(');
      }
      if (all) return split;
    } while (NextCuts(&cuts, to));
  }
  return {};
}

bool Connector(std::string_view w) {
  return w == "and" || w == "And" || w == "with" || w == "With" || w == "&" || w == "/" ||
         w == "+" || w == "or";
}

// Splits tokens[from, to), a piece that `recognised` accepts, before each word that starts a
// column title ("Current Result and Flag Previous Result and Date Units" before "Previous" and
// "Units"), unless "and"/"with" ties it on, and only where both sides are headers.
std::vector<Cell> CutAtStarts(const Cell& cell, const std::vector<Token>& tokens, size_t from,
                              size_t to, const HeaderRecogniser& recognised,
                              const HeaderRecogniser& starts_column) {
  auto word = [&](size_t k) {
    return std::string_view(cell.text).substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  std::vector<size_t> cuts;
  size_t part_start = from;
  for (size_t k = from + 1; k < to; ++k) {
    if (!starts_column(word(k)) || Connector(word(k - 1))) continue;
    std::vector<Cell> two = PartsAt(cell, tokens, part_start, to, {k});
    if (recognised(two[0].text) && recognised(two[1].text)) {
      cuts.push_back(k);
      part_start = k;
    }
  }
  return PartsAt(cell, tokens, from, to, cuts);
}

}  // namespace

bool HasMergedWords(std::string_view text) {
  for (size_t i = 1; i < text.size(); ++i) {
    if (JoinAt(text, i)) return true;
  }
  return false;
}

std::vector<Cell> SplitHeaderCell(const Cell& cell, const HeaderRecogniser& recognised,
                                  const HeaderRecogniser& starts_column) {
  const std::vector<Token> tokens = Tokens(cell.text);
  if (tokens.size() < 2) return {};
  // 1. Pieces between merged-word joins, except inside a merged word that is one title itself
  // ("AdjCa", OCR's reading of "Adj Ca": adjusted calcium, not "Adj" and calcium).
  std::vector<size_t> starts{0};
  for (size_t k = 1; k < tokens.size();) {
    size_t end = k;  // the merged word holding tokens[k - 1] runs to tokens[end - 1]
    while (end < tokens.size() && tokens[end].begin == tokens[end - 1].end) ++end;
    if (end > k && !recognised(PartsAt(cell, tokens, k - 1, end, {})[0].text)) {
      for (size_t j = k; j < end; ++j) starts.push_back(j);
    }
    k = end + 1;
  }
  starts.push_back(tokens.size());
  std::vector<Cell> out;
  for (size_t p = 0; p + 1 < starts.size(); ++p) {
    const size_t from = starts[p], to = starts[p + 1];
    std::vector<Cell> parts;
    if (recognised(PartsAt(cell, tokens, from, to, {})[0].text)) {
      parts = CutAtStarts(cell, tokens, from, to, recognised, starts_column);  // 2.
    } else {
      parts = FewestParts(cell, tokens, from, to, recognised);  // 3.
      if (parts.empty()) parts = PartsAt(cell, tokens, from, to, {});
    }
    for (Cell& c : parts) out.push_back(std::move(c));
  }
  if (out.size() < 2) return {};
  return out;
}

std::vector<Cell> SplitIntoTitles(const Cell& cell, const HeaderRecogniser& recognised) {
  const std::vector<Token> tokens = Tokens(cell.text);
  return FewestParts(cell, tokens, 0, tokens.size(), recognised);
}

namespace internal {

// Words that begin a column title, before which a header cell holding several titles is cut
// ("Result Units", "Current Result and Flag Previous Result and Date").
// Also a previous result's title run into the reference's ("VALORI DI RIFERIMENTO PRECEDENTE").
constexpr std::string_view kColumnStarts[] = {
    "units", "unit", "uom", "flag", "flags", "reference", "ref", "previous", "prior", "normal",
    "standard", "einheit", "referenzbereich", "eenheid", "unidades", "unidad", "unites", "unite",
    "unita", "vorwert", "vorbefund", "referentiewaarde", "valores", "valeurs", "precedente",
    "precedent", "anteriorite", "anteriorites", "anterior",
    // el, folded: "Αποτέλεσμα Μονάδα Τιμές αναφ." (result, unit, reference values)
    "μοναδα", "μοναδεσ", "τιμεσ", "προηγουμενο", "προηγουμενη"};

bool StartsColumn(std::string_view word) {
  const std::string t = FoldLatin(word);  // "Unités", "Μονάδα" as listed
  return std::find(std::begin(kColumnStarts), std::end(kColumnStarts), t) !=
         std::end(kColumnStarts);
}

}  // namespace internal

}  // namespace oncoguide::import
