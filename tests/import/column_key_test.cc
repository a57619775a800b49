// A report's key to its column abbreviations (src/import/column_key.h).
#include "../../src/import/column_key.h"

#include <gtest/gtest.h>

#include <string>

namespace oncoguide::import::internal {
namespace {

struct KeyCase {
  std::string text;
  std::string abbreviation;  // folded
  std::string words;         // "" when the abbreviation must not be in the key
};

class ParseKeyEntriesTest : public testing::TestWithParam<KeyCase> {};

TEST_P(ParseKeyEntriesTest, ReadsTheEntry) {
  const KeyCase& c = GetParam();
  const ColumnKey key = ParseKeyEntries(c.text);
  const auto it = key.find(c.abbreviation);
  if (c.words.empty()) {
    EXPECT_EQ(it, key.end()) << c.text;
  } else {
    ASSERT_NE(it, key.end()) << c.text;
    EXPECT_EQ(it->second, c.words);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Entries, ParseKeyEntriesTest,
    testing::Values(
        // An abbreviation and its words, entries split at ';'.
        KeyCase{"Hb hemoglobina; Creat. creatinina", "hb", "hemoglobina"},
        // Its own full stop is no entry's end.
        KeyCase{"Hb hemoglobina; Creat. creatinina", "creat", "creatinina"},
        // A parenthesis is dropped, with the '=' inside it.
        KeyCase{"CM componente monoclonal (n.d. = no detectable); IFs inmunofijación", "cm",
                "componente monoclonal"},
        KeyCase{"CM componente monoclonal (n.d. = no detectable)", "n.d", ""},
        // One entry for two columns.
        KeyCase{"κL / λL cadenas ligeras libres kappa / lambda en suero", "κl",
                "cadenas ligeras libres kappa en suero"},
        KeyCase{"κL / λL cadenas ligeras libres kappa / lambda en suero", "λl",
                "cadenas ligeras libres lambda en suero"},
        // "ABBR = words", entries split at ". " after two words or more.
        KeyCase{"Adj Ca = albumin-adjusted calcium. SFLC = serum free light chains", "adj ca",
                "albumin-adjusted calcium"},
        KeyCase{"Adj Ca = albumin-adjusted calcium. SFLC = serum free light chains", "sflc",
                "serum free light chains"},
        // A word alone is no entry.
        KeyCase{"Validado", "validado", ""}));

TEST(ReadColumnKeyTest, ReadsTheKeyWithTheLinesThatContinueIt) {
  const auto line = [](double y, const std::string& text) {
    Line l;
    l.page = 1;
    l.box = Box{40, y - 8, 400, y};
    l.cells.push_back(Cell{text, l.box, 1.0f});
    return l;
  };
  const std::vector<Line> lines = {
      line(100, "Abreviaturas: Hb hemoglobina; CM componente monoclonal sérico; IFs"),
      line(110, "inmunofijación sérica; β2M beta-2-microglobulina."),
      line(120, "* Resultado fuera del intervalo de referencia; X sin valor"),
  };
  const ColumnKey key = ReadColumnKey(lines);
  EXPECT_EQ(KeyedTitle(key, "CM"), "componente monoclonal sérico");
  EXPECT_EQ(KeyedTitle(key, "IFs"), "inmunofijación sérica");
  EXPECT_EQ(KeyedTitle(key, "β2M"), "beta-2-microglobulina");
  // A footnote under the key is not part of it.
  EXPECT_EQ(KeyedTitle(key, "X"), std::nullopt);
  EXPECT_EQ(KeyedTitle(ColumnKey{}, "CM"), std::nullopt);
}

}  // namespace
}  // namespace oncoguide::import::internal
