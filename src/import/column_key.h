// A report's key to the abbreviations over its columns ("Abreviaturas: Hb hemoglobina; CM
// componente monoclonal sérico; IFs inmunofijación sérica; κL / λL cadenas ligeras libres kappa
// / lambda", "SFLC = serum free light chains"). A cumulative table headed "Fecha | Hb | CM | IFs
// | κL | λL" names its tests only through the key below it: without the key its columns were
// titles we did not know and every row was left unread (seen in blind34, Mallorca).
#ifndef ONCOGUIDE_SRC_IMPORT_COLUMN_KEY_H_
#define ONCOGUIDE_SRC_IMPORT_COLUMN_KEY_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/import/layout.h"

namespace oncoguide::import::internal {

// Abbreviation (folded: lower case, no accents, no trailing '.') -> the words it stands for.
using ColumnKey = std::map<std::string, std::string>;

// Reads the entries of a key line: entries are split at ';' or at ". " and read as "ABBR =
// words", "ABBR: words" or "ABBR words"; a pair "A / B words x / y" gives A the words with x and
// B the words with y. A parenthesis in the words is dropped. Text that is no such list gives no
// entries.
//
//   ParseKeyEntries("Hb hemoglobina; CM componente monoclonal (n.d. = no detectable)")
//     // {"hb": "hemoglobina", "cm": "componente monoclonal"}
//   ParseKeyEntries("κL / λL cadenas ligeras libres kappa / lambda en suero")
//     // {"κl": "cadenas ligeras libres kappa en suero", "λl": "... lambda en suero"}
ColumnKey ParseKeyEntries(std::string_view text);

// The key of a document: the lines that begin with a key's title ("Abbreviations:",
// "Abreviaturas:", "Abkürzungen:", "Légende :", "Key:"), with the lines that continue them at the
// same left edge, and lines of two or more "ABBR = words" entries. Empty when the report has none.
ColumnKey ReadColumnKey(const std::vector<Line>& lines);

// The words `key` gives for a column title, when the title is one of its abbreviations.
std::optional<std::string> KeyedTitle(const ColumnKey& key, std::string_view title);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_COLUMN_KEY_H_
