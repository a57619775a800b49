// The dates of a report's sentences, for the values read from them (prose_values.cc).
#ifndef ONCOGUIDE_IMPORT_PROSE_DATES_H_
#define ONCOGUIDE_IMPORT_PROSE_DATES_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import::internal {

// The words of a sentence, split at spaces, commas and parentheses, without closing stops,
// colons and semicolons.
//
//   ProseWords("M-spike (SPEP) was 1.2 g/dL.")  -> {"M-spike", "SPEP", "was", "1.2", "g/dL"}
std::vector<std::string> ProseWords(const std::string& s);

// The part of a sentence that speaks of an earlier result, and that result's date.
struct EarlierPart {
  size_t begin = std::string::npos, end = std::string::npos;
  std::optional<LabDate> date;
  bool Contains(size_t at) const { return date && at > begin && at < end; }
};

// The earlier part of sentence `s` (lower case), when the date is the sentence's only one and
// comes after the words ("previous", "prior", "down from", ...): from the words to the date
// ("down from 0.7 g/dL on 08/02/2024"), or on to the end of a list the date introduces with a
// colon ("Previous FLC (collected 2024-01-29): kappa 4.12 mg/dL, lambda 0.91 mg/dL") or in
// parentheses ("the prior study of 09/14/2023 (M-spike 0.6 g/dL)"). Not a clause after the date
// ("Compared with the prior study of 01/05/2024, albumin was 3.0 g/dL": today's albumin). No
// date: an empty part (Contains is false everywhere).
EarlierPart FindEarlierPart(const std::string& s, DateOrder order);

// `d` dated `date` instead, as a date the text itself gives: labelled, and the only one.
DateContext On(const std::optional<LabDate>& date, const DateContext& d);

// The date of a sentence's results: its own date `own`, else the date its line starts with (a
// cumulative report's comment keyed by its collection date: "08/01/24 SPEP: ..."), else
// `date_of(line)`, the collection date in force on its line.
DateContext SentenceContext(const Line& line, const std::optional<LabDate>& own, DateOrder order,
                            const std::function<DateContext(const Line&)>& date_of);

// Sentence `n` with the clauses before it in the same sentence, when it is a clause after ';'
// ("24-hour urine (05/02/2024): total protein 1.48 g/24h" / ";bjp 0.62 g/24h (free lambda on
// ife)"): what the sentence is about (the urine) is named once, at its start.
std::string WithClausesBefore(const std::vector<std::string>& sentences, size_t n);

// True when `about` (a sentence with WithClausesBefore's clauses, lower case) names the urine:
// "urine", "urinary", "Bence Jones".
bool NamesUrine(const std::string& about);

// Each sentence's own date (narrative.h: SentenceDate), or for "on the same day" / "same date"
// the sentence before's.
std::vector<std::optional<LabDate>> OwnDates(const std::vector<std::string>& sentences,
                                             DateOrder order);

// The date right after s[from] when only "on", "dated", "at diagnosis" or a parenthesis lie
// between ("7 g/L on 14/05/2024", "28 g/L at diagnosis on 09/01/2024", "(16/04/2024)"); its
// begin and end are relative to `from`.
std::optional<LabDate> DateRightAfter(const std::string& s, size_t from, DateOrder order);
// "68.2 mg/L on the same date": the last date written before `from` in `s`, when the words
// right after `from` say it is that date; else nullopt. Its begin and end are those of the
// words ("on the same date"), relative to `from`.
std::optional<LabDate> SameDateAfter(const std::string& s, size_t from, DateOrder order);

// True when sentence `s` (lower case) compares with an earlier result, in English or another of
// the reports' languages ("compared", "since", "previous", "em relação ao exame de", "par
// rapport à", "im Vergleich"): a date it gives may be that result's.
bool ComparesWithEarlier(const std::string& s);

// True when sentence `s` speaks of the time of diagnosis ("At the time of her original
// diagnosis her paraprotein was 38 g/L", "when first diagnosed", "at diagnosis"): a value there
// without a date of its own is of an earlier, unknown date.
//
//   SpeaksOfDiagnosisTime("beta-2 microglobulin 5.2 mg/l at diagnosis")  // true
//   SpeaksOfDiagnosisTime("diagnosis: iga lambda myeloma")               // false
bool SpeaksOfDiagnosisTime(const std::string& s);

// When the words right after s[from] say the value before them is from the time of diagnosis
// ("31 g/L at diagnosis in September 2023", "4.6 mg/L at the time of diagnosis", "(when first
// diagnosed)"), where those words end in `s` (with the month and year written after them); else
// 0. Asked only of a value with no date right after it (DateRightAfter: "28 g/L at diagnosis on
// 09/01/2024"): such a value is of an earlier, unknown date, whatever other date the sentence
// gives, and the sentence's next value follows those words.
//
//   DiagnosisTimeRightAfter("31 g/l at diagnosis in september 2023, 3 g/l on ...", 6)  // 37
//   DiagnosisTimeRightAfter("31 g/l and 3 g/l on 07/05/2024", 6)                       // 0
size_t DiagnosisTimeRightAfter(const std::string& s, size_t from);

// The date given right after a marrow procedure's name in sentence `s` (lower case): "a bone
// marrow aspirate at diagnosis (13/03/2024) showed 34% plasma cells", in a sentence whose other
// words ("when he was last admitted") make its own date unsafe. nullopt when the sentence
// compares with an earlier result (ComparesWithEarlier), or no date follows the name.
std::optional<LabDate> ProcedureDate(const std::string& s, DateOrder order);

// The date right after the one collection label of sentence `s` ("sample collected
// 09/01/2024"), with its offsets in `s`; nullopt when there is none, or two.
std::optional<LabDate> CollectedDateIn(const std::string& s, DateOrder order);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_PROSE_DATES_H_
