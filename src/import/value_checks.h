// Reading the values of a lab result (row_values.cc, RowReader): units, reference ranges and
// plausibility checks.
#ifndef ONCOGUIDE_IMPORT_VALUE_CHECKS_H_
#define ONCOGUIDE_IMPORT_VALUE_CHECKS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "oncoguide/common/status.h"
#include "oncoguide/import/extract.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/records/record.h"

namespace oncoguide::import::internal {

// The plausible range of `a` in its canonical unit (g/dL, mg/L, ...); outside it a value is
// marked for review (a misread digit, or a unit that does not fit). nullopt for coded tests.
//
//   PlausibleRange(Analyte::kHemoglobin)  -> {2, 25}
std::optional<std::pair<double, double>> PlausibleRange(records::Analyte a);

// The factor of the one accepted unit that gives `number` a plausible value for `analyte`;
// nullopt when no unit or several do (then the unit cannot be inferred).
//
//   InferUnitFactor(kHemoglobin, 118)  -> 0.1 (g/L)
std::optional<double> InferUnitFactor(records::Analyte analyte, double number);

// The factor of a written unit; a flag printed into the unit column ("Abnormal g/dL" read as
// one cell) is dropped from `*unit`. An error when the unit is not one of `analyte`'s.
Result<double> WrittenUnitFactor(records::Analyte analyte, std::string* unit);

// The unit OCR misread, as it was printed, when that is one of `analyte`'s units and the unit as
// read is not; else nullopt. The misreadings: its micro sign as Latin letters ("pmol/L",
// "yumol/L" for "µmol/L") or lost ("mol/L", on a scan, where no "mmol/L" fits); and on a scan
// (`ocr`), a stop, comma or quote after it ("mg/dL."), and the final L of "/dL" or "/L" read as
// "t", "i", "1" or "|" ("g/dt", "g/t"), or lost from "/dL" ("g/d"). (In a text PDF a stop after
// the unit ends a sentence: "kappa 28.6 mg/L." is prose, not a row.)
//
//   MisreadUnit(kCreatinine, "pmol/L", false)  -> "umol/L"
//   MisreadUnit(kHemoglobin, "g/dt", true)     -> "g/dl"
//   MisreadUnit(kAlbumin, "g/t", true)         -> "g/l"
//   MisreadUnit(kCreatinine, "mmol/L", true)   -> nullopt
//   MisreadUnit(kCreatinine, "mol/L", true)    -> "umol/L" (the micro sign lost; not calcium's)
std::optional<std::string> MisreadUnit(records::Analyte analyte, std::string_view unit, bool ocr);

// WrittenUnitFactor, else the factor of the unit as printed when OCR misread it (MisreadUnit):
// then `*unit` is the unit as printed and `*misread` the unit as read (else it is left empty).
Result<double> ReadUnitFactor(records::Analyte analyte, std::string* unit, bool ocr,
                              std::string* misread);

// Sets io's reference range in canonical units: `range` in its own unit when it gives one,
// else times `factor` (then the range as written is kept too).
void ApplyRange(const LabRange& range, double factor, records::Analyte analyte,
                ImportedObservation* io);

// Sets io's value to the whole-number count `v`; else the message why `text` is not one.
std::optional<std::string> ReadCount(const LabValue& v, const std::string& text,
                                     ImportedObservation* io);

// OCR can drop a decimal mark ("3,4" read as "34", "9.4" as "94"). True when the value `written`
// has none and is more than ten times the top of its reference range, or is more than five
// times that top, or above a range written with decimals ("5.7 - 26.3"), and would fall within
// the range with the mark back.
bool MayHaveLostItsDecimalMark(const ImportedObservation& io, std::string_view written);

// OCR can read a flag glued to a value as a digit ("10,6↓" read as "10,64"). True when the
// value `written` has more decimals than every number of its reference range `range`, and the
// range is written with decimals ("13,5-17,5").
//
//   MayHaveGainedADigit("10,64", "13,5-17,5")  -> true
//   MayHaveGainedADigit("10,6", "13,5-17,5")   -> false
bool MayHaveGainedADigit(std::string_view written, std::string_view range);

// OCR can drop a decimal mark or read a flag as a digit in one cell of a row whose other values
// all share a number of decimals ("28,4 | 19,6 | 12,1 | 79", "31,2 | 32,0 | 33,54 | 34,1"). The
// reason to review `written` when at least two, and two thirds, of the numbers among `others`
// (the row's other cells) have the same number of decimals, one or more, and `written` has none
// or more.
//
//   DecimalsUnlikeTheRow("79", {"28,4", "19,6", "12,1"})  -> "no decimal mark where ..."
//   DecimalsUnlikeTheRow("245", {"230", "251"})           -> nullopt
std::optional<std::string> DecimalsUnlikeTheRow(std::string_view written,
                                                const std::vector<std::string_view>& others);

// OCR can read a flag glued to a value as a digit, or lose a decimal mark, even where the row
// has no other number to compare with ("21,3↑" read as "21,37", an M-protein in g/L; "2.4" read
// as "24", a β2-microglobulin in mg/L). The reason to review `written` when it has more or fewer
// decimals than test `analyte` is printed with in `unit` (a short table of units where labs
// agree); else nullopt.
//
//   DecimalsUnlikeTheTest(Analyte::kSerumMProtein, "g/L", "21,37")      -> "more decimals ..."
//   DecimalsUnlikeTheTest(Analyte::kBeta2Microglobulin, "mg/L", "24")  -> "no decimal mark ..."
//   DecimalsUnlikeTheTest(Analyte::kSerumMProtein, "g/dL", "2,13")      -> nullopt
std::optional<std::string> DecimalsUnlikeTheTest(records::Analyte analyte, std::string_view unit,
                                                 std::string_view written);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_VALUE_CHECKS_H_
