// Date labels of lab reports: the words that introduce a collection date ("Collected",
// "Specimen collected", "Probenentnahme", "blood tests taken") and those that introduce other
// dates ("Reported", "DOB"), found in a line's text. Used by extract.cc.
#ifndef ONCOGUIDE_SRC_IMPORT_DATE_LABELS_H_
#define ONCOGUIDE_SRC_IMPORT_DATE_LABELS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/import/lab_text.h"

namespace oncoguide::import::internal {

// A label found in a lower-case line: [begin, end) in that text.
struct Label {
  size_t begin, end;
  bool collection;
  bool generic;  // "Date:" alone
};

// The labels in `lower` (a line's lower-case text), in order; a label inside a longer one is
// not read again.
//
// Example:
//   FindLabels("collected: 03/05/2024  reported: 03/07/2024")
//   // {0, 9, collection}, {23, 31, not collection}
std::vector<Label> FindLabels(const std::string& lower);

// True when `gap` (the text between a label and its date) is more label: no digit, short,
// ending in a colon ("Collection Date and Time:"); or "on" and a weekday's name ("drawn on
// Friday, November 8, 2024").
bool LabelContinues(std::string_view gap);

// The dates the collection labels of `lower` (a line's lower-case text) give its specimens, when
// they give more than one ("采样时间：2024-05-10 07:32（血清）/ 2024-05-11 07:00（尿）",
// "Collected 03/05/2024 (serum), 03/06/2024 (urine)"): `urine` is the one date marked as the
// urine's (in brackets, or the word just after it), and `unmarked_differ` says two different
// dates are left that no specimen word tells apart (which one a row has is then not certain).
//
// Example:
//   DatesBySpecimen("collected 05/03/2024 (serum) / 06/03/2024 (urine)", DateOrder::kDayFirst)
//   // {urine: 2024-03-06, other: 2024-03-05, unmarked_differ: false}
struct SpecimenDates {
  std::optional<LabDate> urine;
  std::optional<LabDate> other;  // the first date not marked as the urine's
  bool unmarked_differ = false;
};
SpecimenDates DatesBySpecimen(const std::string& lower, DateOrder order);

// Banner labels that may introduce a date range ("Results from 01/01/2024 to 03/31/2024"),
// which dates no single draw.
bool RangeBanner(std::string_view label);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_DATE_LABELS_H_
