// Reading the text of a report's table cells: the small word tests the row reader and the
// table-header reader share (rows.cc, table_header.cc, row_values.cc). Internal to the importer.
#ifndef ONCOGUIDE_IMPORT_CELL_TEXT_H_
#define ONCOGUIDE_IMPORT_CELL_TEXT_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "oncoguide/import/layout.h"
#include "oncoguide/import/test_names.h"

namespace oncoguide::import::internal {

// `c` cut in two: its text before byte `end`, and its text from byte `at` on (past the space
// between them), each with its share of the box (PartBox) and `c`'s confidence.
//
//   CutCell({"15/01/2024 08:32 9,1 L", box}, 16, 17)  // "15/01/2024 08:32" | "9,1 L"
std::pair<Cell, Cell> CutCell(const Cell& c, size_t end, size_t at);
// Lower case without accents, trimmed, without a trailing ':'.
std::string Lower(std::string_view s);
// True when `t` is one of `words` or starts with one followed by a space.
bool StartsWithAny(const std::string& t, std::initializer_list<std::string_view> words);
// A short text with a '/' (or "%"): a unit.
bool IsUnitText(std::string_view text);
// True when `text` is one or more words of letters and nothing else ("FRACTION", "free kappa"):
// no digit, no unit, no value.
bool WordsOnly(std::string_view text);
// The unit in a title's last parentheses ("PP (g/L)" -> "g/L"), or "" when they hold none.
std::string UnitInParentheses(std::string_view title);
// A numbered table's row number ("1", "15"): up to three digits, nothing else.
bool IsRowNumber(std::string_view text);
// The unit in a cell that starts with a flag word ("Abnormalg /dL" -> "g/dL"), or nullopt.
std::optional<std::string> UnitAfterFlag(const std::string& cell);
// A kappa/lambda free light chain ratio (not BUN/creatinine or albumin/globulin).
bool IsLightChainRatio(const std::string& name);
// A column header that is a unit and nothing else: "%", "g/dL", "mg/L", "umol/L", "mg/24 h".
bool IsUnitHeader(const std::string& t);
// A cell count's unit with a power of ten and no slash ("10^3", "x10^9", "10³"), as a monospace
// printout sets it under "WBC" or "Plt".
bool IsCountUnit(std::string_view t);
// The text after a date that starts `text` ("02/05/2024 +" -> "+", "2023/12/21 Units" ->
// "Units"), trimmed, as a view into `text`; nullopt when `text` does not start with a date.
std::optional<std::string_view> AfterLeadingDate(std::string_view text);
// A date with a mark after it ("02/05/2024 +"): a flag or a speck, not words.
bool IsMarkedDateCell(std::string_view text);
// A header cell that looks like a date OCR could not read ("—_ 98/14/2023").
bool LooksLikeGarbledDate(std::string_view text);
// True when `text` is only the word "date" in some language ("Date", "Datum", "Дата", "vom").
bool BareDateTitle(std::string_view text);
// True when `text` is only a collection-date label, perhaps in parentheses ("(data prelievo)").
bool CollectionTitle(std::string_view text);
// True when `text` names a marrow procedure ("Bone marrow aspiration / trephine").
bool ProcedureTitle(std::string_view text);
// "Your value: 45.2 mg/L" -> ("your value", "45.2 mg/L"); ("", text) without a short label.
std::pair<std::string, std::string> SplitLabel(std::string_view text);
// A line that is one "Test: result" cell, as a name cell and a result cell; nullopt when the
// label is not a test we use.
std::optional<Line> SplitLabelledResult(const Line& line, Specimen specimen);
// A first cell "<known test name> <value...>" or "<known test name> <range> [unit]" set too
// close to be two cells, cut in two.
std::optional<Line> SplitNameValue(const Line& line);
// The test a row names as its earlier result ("Prior IFE" -> "IFE", "Previous M-spike" ->
// "M-spike"): the name after the word, when it is a test's exact name; nullopt otherwise.
std::optional<std::string> EarlierResultName(std::string_view text, Specimen specimen);
// A cell that stands for a result not done: "-", "--", an en or em dash, "n/a", "not done".
bool IsPlaceholder(std::string_view text);
// A cell read as what it is beside a row's result: a value, flag, unit, range, date or
// placeholder. Any other wording there is one the reader did not understand.
bool IsResultSideCell(const std::string& text);
// True when `text` heads a block of earlier results ("Resultados anteriores", "Previous
// results", "Vorbefunde"): the results under it are each on their own earlier date.
bool IsEarlierResultsHeading(std::string_view text);
// More than eight words, or more than four ending in '.'.
bool IsSentence(std::string_view text);

// A note that the report goes on over the page ("segue a pagina 2 — Proteine, catene leggere
// libere, urine", "Continued on page 2: urine studies", "Suite page 2"): it lists what comes and
// names no specimen for the rows below (the urine it named made the next page's serum M-protein a
// urine one, silently).
bool ContinuationNote(const std::string& text);

// The words of `text` between spaces, none empty.
//
//   SplitOnSpaces("Free  kappa (mg/L)")  -> {"Free", "kappa", "(mg/L)"}
std::vector<std::string> SplitOnSpaces(std::string_view text);

// True when `text` names an immunofixation's typing, without its test ("Typage", "Isotype",
// "Tipificación", "Typisierung"): the typing of the immunofixation heading above.
bool IsTypingTitle(std::string_view text);

// A title with a note in brackets beside it, two cells ("CHIMICA CLINICA E EMATOLOGIA |
// (prelievo del 08/04/2024)", "PROTEIN ELECTROPHORESIS, SERUM | (capillary)").
bool NoteBesideTitle(const Line& line);

// True when `text` has letters and none of them is lower case ("SERUM PROTEIN STUDY"); only
// ASCII letters are looked at ("ÉVOLUTION DU COMPOSANT MONOCLONAL" is capitalised).
bool IsCapitalised(std::string_view text);

// A date followed by a mark that it ends a timed collection: "19.06.2024 (slut)" (da), "(end)",
// "(fin)", "(fim)", "(ende)", "(einde)", "(slutt)".
bool EndOfCollectionDate(std::string_view text);
// A time of day alone ("08:05", "8.40", "08:20 am"), as under a cumulative report's dates.
bool IsTimeCell(std::string_view t);
// A coded result's wording that reports one band and denies another, or names a free light
// chain beside a whole immunoglobulin.
bool MixedFinding(std::string_view text);
// True when `text` ends in a footnote mark: a letter or digit in parentheses or brackets
// ("34 (a)", "[2]"), or a dagger ("12.1 †").
bool FootnoteMarked(std::string_view text);
// A detected isotype ("IgG kappa", "free lambda").
bool IsIsotypeResult(const std::string& text);
// The parts of a header cell that holds several dates, each ending after its date; one part
// when it holds fewer than two.
std::vector<Cell> SplitAfterDates(const Cell& c);
// A word that begins a column title ("Units", "Previous"); defined with the titles, in
// header_titles.cc.
bool StartsColumn(std::string_view word);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_CELL_TEXT_H_
