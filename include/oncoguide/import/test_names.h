// Recognising the test named at the start of a report row.
//
// Lab spellings are matched through the records synonym table (records/analyte.h) after removing
// punctuation, a unit in parentheses and harmless qualifiers ("serum", "quantitative", "level").
// The specimen (serum / urine) comes from the name or, failing that, from the section the row is
// in, so that "M-spike" under a 24-hour urine heading is the urine M-protein. Tests oncoguide
// does not use (blood counts, chemistry, ratios, immunoglobulin levels) are recognised as such
// and listed as ignored, never mapped to a similar analyte.
#ifndef ONCOGUIDE_IMPORT_TEST_NAMES_H_
#define ONCOGUIDE_IMPORT_TEST_NAMES_H_

#include <string>
#include <string_view>

#include "oncoguide/records/analyte.h"

namespace oncoguide::import {

enum class Specimen { kUnknown, kSerum, kUrine, kMarrow };

struct TestName {
  enum class Match {
    kNone,     // not a test name we know
    kExact,    // a known spelling (after removing qualifiers)
    kLoose,    // a known spelling followed by words we do not know: needs review
    kIgnored,  // a test oncoguide does not use (reason says which)
  };
  Match match = Match::kNone;
  records::Analyte analyte = records::Analyte::kSerumMProtein;
  std::string unit;    // a unit written in the name ("Kappa FLC (mg/L)"), else empty
  std::string reason;  // for kIgnored: e.g. "ratio (derived from kappa and lambda)"
  // A letter OCR misread: a light chain's Greek letter read as a Latin one ("FLC-A" for
  // "FLC-λ"), or a word one letter from a known name's ("Calcitum"). The match is kLoose, but a
  // history table's column may still be read (for review).
  bool ocr_letter = false;
};

// Matches the text of a name cell. `context` is the specimen of the current report section.
TestName MatchTestName(std::string_view text, Specimen context);

// The specimen a heading names ("24 hour urine", "Serum protein electrophoresis", "Bone marrow"),
// or kUnknown.
Specimen SpecimenOfHeading(std::string_view text);

// True when a test's name says it is measured in serum ("M-spike (SPEP)", "Serum M-protein",
// "S-M-komponent", "Pic monoclonal sérique").
bool NamesSerum(std::string_view name);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_TEST_NAMES_H_
