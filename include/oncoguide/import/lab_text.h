// Reading the words labs print in a result cell and in date fields.
//
// These parsers see one cell's text. They never guess: a cell that is not clearly a value or a
// date gives nullopt, and anything doubtful is reported through the `ambiguous` fields so that
// the caller marks the observation for review.
//
// (The records readers parse some of the same notations -- "<0.10", "trace", IFE wording -- in
// CSV/FHIR values; these functions are the importer's, to be consolidated with records later.)
#ifndef ONCOGUIDE_IMPORT_LAB_TEXT_H_
#define ONCOGUIDE_IMPORT_LAB_TEXT_H_

#include <optional>
#include <string>
#include <string_view>

#include "oncoguide/common/date.h"
#include "oncoguide/records/record.h"

namespace oncoguide::import {

struct LabValue {
  enum class Kind {
    kNumber,       // `number` (with `bound`)
    kTrace,        // "trace"
    kNotDetected,  // "not detected", "none detected", "no monoclonal protein detected"
    kDetected,     // "detected", "positive", "present", "IgG kappa monoclonal protein detected"
    kNegative,     // "negative", "absent"
    kNote,         // "see note", "pending", "cancelled": a result with no value
  };
  Kind kind = Kind::kNumber;
  double number = 0;
  records::ValueBound bound = records::ValueBound::kExact;
  std::string unit;           // a unit written in the same cell ("45.2 mg/L"), else empty
  std::string flag;           // "H", "L", "High", "*", ... (as written), else empty
  std::string isotype;        // for detected M-protein wording: "IgG kappa", "kappa", or empty
  bool ambiguous = false;     // e.g. "1,234": decimal comma or thousands separator
  bool vague = false;         // a result word that implies but does not say "detected" ("Abnormal")
  bool letter_guess = false;  // a light chain's letter OCR misread, read back ("IgA A": λ)
};

// Parses a result cell: a number with an optional bound ("<0.10", "> 500"), decimal comma, unit
// and flag ("12.1 H", "3.4 g/dL (High)", "0,85"), or one of the result words above. nullopt when
// the cell is not a result (a name, a range, a date, a unit alone).
std::optional<LabValue> ParseLabValue(std::string_view cell);

// True when `cell` is only a flag ("H", "(Low)", "*").
bool IsFlag(std::string_view cell);

// True when `text` is a flag said in words, perhaps after its arrow ("↓ Bajo", "↑ Alto", "High",
// "H *"): a result's flag set on a line of its own, under the result.
bool IsFlagLine(std::string_view text);

// A reference range "3.3 - 19.4", "3.3-19.4 mg/L", "< 1.7", "(0.6-1.2)", "> 3.5". The unit, when
// written, is returned too.
struct LabRange {
  std::optional<double> low, high;
  std::string unit;
};
std::optional<LabRange> ParseLabRange(std::string_view cell);

// How to read numeric dates whose first two fields could both be the month ("03/05/2024").
// kYearFirst reads a date of three two-digit fields year first ("24/09/03" is 3 September 2024,
// as Japanese and Korean reports write it); other dates are then read day first.
enum class DateOrder { kUnknown, kMonthFirst, kDayFirst, kYearFirst };

struct LabDate {
  Date date;
  bool ambiguous = false;  // numeric, both fields <= 12 and different, and the order was unknown
  int day_field = 0, month_field = 0;  // for order inference: the two numeric fields (a/b/yyyy)
  size_t begin = 0, end = 0;           // position in the searched text
};

// Finds the first date in `text`: ISO ("2024-03-05"), numeric ("05/03/2024", "5.3.24"), or with
// a month name ("05-Mar-2024", "5 March 2024", "Mar 5, 2024"). A time after it is ignored. With
// kUnknown order an ambiguous numeric date is read month-first and marked `ambiguous`.
std::optional<LabDate> FindLabDate(std::string_view text, DateOrder order);

// True when `cell` holds a date and nothing else but an optional time.
bool IsDateCell(std::string_view cell);

// Evidence for the numeric date order in `text`: +1 per day-first-only date ("25/03/2024" or
// dotted "05.03.2024"), -1 per month-first-only date ("03/25/2024").
int DateOrderEvidence(std::string_view text);

// The two kinds of evidence DateOrderEvidence weighs, counted apart: on a scan, a misread digit
// can turn one kind into the other ("10/12/23" read as "16/12/23"), so both kinds present means
// the order is not known.
//
// Example:
//   CountDateOrders("14/03/2024 03/25/2024 05/06/2024")  // {.day_first = 1, .month_first = 1}
struct DateOrderCounts {
  int day_first = 0;
  int month_first = 0;
};
DateOrderCounts CountDateOrders(std::string_view text);

// An immunofixation result that names a light chain alone as the band's type ("Free lambda",
// "Free kappa light chain", "Bence Jones lambda", with a flag after it or not): a light-chain-
// only band was found, isotype "kappa" or "lambda". nullopt for anything else; not part of
// ParseLabValue, where such words are a test's name.
std::optional<LabValue> ParseLightChainBand(std::string_view cell);

// The isotype named in IFE wording ("IgG kappa", "IgA lambda", "kappa", "lambda"), or "".
std::string IsotypeIn(std::string_view text);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_LAB_TEXT_H_
