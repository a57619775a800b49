// Reading the numbers of a lab result (lab_text.cc's ParseLabValue and ParseLabRange use these).
#ifndef ONCOGUIDE_IMPORT_LAB_NUMBERS_H_
#define ONCOGUIDE_IMPORT_LAB_NUMBERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/records/record.h"

namespace oncoguide::import::internal {

// Parses a plain decimal number with '.' or ',' as the decimal mark. "1,234" (a comma followed
// by exactly three digits) is read as a thousands separator and sets `*ambiguous`; "1,246.0"
// and "1.246,0" have an unambiguous thousands separator. nullopt when `t` is not a number.
//
//   ParseNumber("3,4", &a)    -> 3.4
//   ParseNumber("1,234", &a)  -> 1234, a = true
std::optional<double> ParseNumber(std::string_view t, bool* ambiguous);

// The length of the number `t` starts with: "45.2mg/l" -> 4 (a trailing mark is not part of it).
size_t NumberPrefix(std::string_view t);

// Reads a leading bound ("<", "<=", ">", ">=", "less than", "greater than") off tok[*pos...],
// advancing *pos past it (a sign glued to the number is cut from its token); kExact when none.
records::ValueBound TakeBound(std::vector<std::string>& tok, size_t* pos);

// `t` (lower-cased cell text) with the spaces taken out of a leading number written with
// spaces between its thousands (groups of exactly three digits after a first of one to three),
// so that it reads as one number; other text unchanged. A group that is not three digits is
// another number.
//
//   JoinThousandsGroups("1 245,0 mg/l")  -> "1245,0 mg/l"
//   JoinThousandsGroups("5 12")          -> "5 12"
std::string JoinThousandsGroups(const std::string& t);

// `t` without the apostrophes Swiss reports set between thousands ("1'284.0", "1’284.0":
// a digit before, exactly three after); other text unchanged.
//
//   DropApostropheThousands("1’284.0 H mg/L")  -> "1284.0 H mg/L"
std::string DropApostropheThousands(const std::string& t);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_IMPORT_LAB_NUMBERS_H_
