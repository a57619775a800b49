// Turning a test's written value (and unit) into an Observation's typed fields. Shared by the
// CSV and FHIR readers so that both accept and refuse exactly the same things.
//
// Errors carry the cause and a hint but no location: the caller adds file/line or FHIR path.
#ifndef ONCOGUIDE_RECORDS_VALUES_H_
#define ONCOGUIDE_RECORDS_VALUES_H_

#include <optional>
#include <string>
#include <string_view>

#include "oncoguide/common/status.h"
#include "oncoguide/records/record.h"

namespace oncoguide::records {

// Parses a finite, non-negative decimal number ("3.1", "0", "1e-5"). Leading/trailing spaces ok.
Result<double> ParseNonNegative(std::string_view text, std::string_view what);

// A number as labs write it: an optional comparator before it ("<0.1", "< 5", "<=2", ">500",
// ">= 3", "\u2264 2", "\u2265 3") and an optional abnormal flag after it, which is dropped ("1.2
// H", "1.2 L", "1.2 HH", "1.2 (High)", "1.2 (L)", "1.2*", "1.2 !"). The number must be finite and
// not negative; a "below" limit of 0 ("<0") is refused (no true value lies below zero).
struct LabNumber {
  double value = 0;
  ValueBound bound = ValueBound::kExact;
};
Result<LabNumber> ParseLabNumber(std::string_view text, std::string_view what);

// An M-protein written in words: "trace" (seen, too small to quantify: kTrace) or "not detected",
// "none detected", "undetected", "not seen", "none seen", "absent" (not seen: an exact 0).
// nullopt when `text` is none of these. Only serum and urine M-protein take these words.
std::optional<LabNumber> ParseMProteinWords(std::string_view text);

// True when a result field says there is no result: empty, or the words labs print instead of a
// value ("not done", "not performed", "cancelled", "pending", "QNS", "quantity not sufficient",
// "insufficient sample", "sample not received", "specimen not received", "see note", "see
// comment", "n/a", "-", "--"). Such a row is listed as ignored with its line, never read as 0.
// "ND" is not among them: on an M-protein report it can mean "not detected".
//   IsNoResult("")                    -> true
//   IsNoResult(" Not done ")          -> true
//   IsNoResult("0")                   -> false
bool IsNoResult(std::string_view text);

// An immunofixation result as labs word it, with the isotype kept:
//   "positive", "Positive IgG kappa", "IgG kappa monoclonal protein detected",
//   "Bence Jones kappa detected" -> positive (1), isotype "IgG kappa" / "kappa";
//   "negative", "Negative for monoclonal protein", "No monoclonal protein detected" -> 0.
// Text that is neither clearly positive nor clearly negative is an error (never guessed).
struct IfeResult {
  double value = 0;     // 1 positive, 0 negative
  std::string isotype;  // canonical ("IgG kappa", "kappa", "IgA lambda"); "" when not given
};
Result<IfeResult> ParseIfe(std::string_view text);

// The isotype named in `text` in canonical spelling: heavy chain IgG/IgA/IgM/IgD/IgE and light
// chain kappa/lambda ("IgG kappa", "IgA-lambda", "IgG \u03ba" -> "IgG kappa"; "Bence Jones kappa",
// "free kappa" -> "kappa"); several clones are joined with " and ". nullopt when no isotype word
// is present or when a word is not part of an isotype.
std::optional<std::string> ParseIsotype(std::string_view text);

// The phase a therapy_phase text names: "induction", "transplant" (also "ASCT", "stem cell
// transplant", "autologous transplant", "SCT"), "consolidation" or "maintenance"; "" for other
// text (kept as free text).
std::string_view CanonicalPhase(std::string_view text);

// Parses a two-valued result for a coded analyte: positive/negative, pos/neg, detected/
// not detected, yes/no, present/absent, true/false (case-insensitive). Returns 1 or 0.
Result<double> ParseCoded(Analyte analyte, std::string_view text);

// Parses an MRD sensitivity such as "1e-5", "10^-5", "1/100000" or "0.00001". Must be in (0, 1).
Result<double> ParseSensitivity(std::string_view text);

// Sets obs->value / has_value / bound / text / sensitivity from `value` and `unit` according to
// the analyte's kind:
//   quantity: a LabNumber + unit converted to canonical (a missing or unknown unit is an error);
//     for an M-protein also the words of ParseMProteinWords (the unit may then be empty);
//   coded: word (unit ignored, except MRD whose unit carries the sensitivity, optional); for
//     serum/urine IFE the lab wording of ParseIfe, the isotype going to obs->text;
//   count: whole number (unit may be empty, "count" or "lesions");
//   text: therapy_start regimen (non-empty), a FISH abnormality (see fish.h), an isotype
//     (ParseIsotype, canonical spelling) or a therapy phase (CanonicalPhase, else as written).
// REQUIRES: obs->analyte is set.
Status ParseValue(std::string_view value, std::string_view unit, Observation* obs);

// Converts a reference-range bound written in `unit` to the analyte's canonical unit.
Result<double> ParseRefBound(Analyte analyte, std::string_view text, std::string_view unit,
                             std::string_view column);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_VALUES_H_
