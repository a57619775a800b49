// Where a date label's date is, and lines whose dates belong to no label: a date before a label
// that gives only the time, a date printed under its label, a flowsheet's row of dates under a
// collection title, and lines that speak of an earlier result. Used by extract.cc with the
// labels of date_labels.h.
#ifndef ONCOGUIDE_SRC_IMPORT_LABEL_DATES_H_
#define ONCOGUIDE_SRC_IMPORT_LABEL_DATES_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "date_labels.h"
#include "oncoguide/import/lab_text.h"
#include "oncoguide/import/layout.h"

namespace oncoguide::import::internal {

// The one date in `before` (a weekday's name may precede it) when it ends just before the
// label, and the label's own text, `after`, starts with a time of day and holds no date.
//
// Example:
//   DateBeforeLabel("dinsdag 25 juni 2024 ", " 08:41 bloed", DateOrder::kDayFirst)
//   // 2024-06-25 (a portal's group banner "dinsdag 25 juni 2024 | Afname 08:41")
std::optional<LabDate> DateBeforeLabel(std::string_view before, std::string_view after,
                                       DateOrder order);

// A date printed under label `l` of `line`, in the cell of `next` (the line below) under the
// label's cell ("Collected" / "05/03/2024"). Not when `next` holds more dates than `line` has
// labels: that is a row of column dates under a title such as "Collection Date", and no one of
// them is the report's; nor when `next` has date labels of its own (its dates are theirs).
std::optional<LabDate> DateBelow(const Line& line, const Line& next, const Label& l,
                                 size_t labels_on_line, DateOrder order);

// True when `line` is a title cell followed by two or more cells that are each a date alone,
// with no report-date label among its `labels` ("(data prelievo) | 11/01/2024 | 14/05/2024"):
// each date heads its column of a flowsheet.
bool DateRowUnderTitle(const Line& line, const std::vector<Label>& labels);

// True when `text` speaks of an earlier result ("previously", "compared with", "Vorwert",
// "föregående"): a collection date on it is that earlier result's.
bool SpeaksOfEarlierResult(const std::string& text);

// True when `line` is one sentence of prose (one cell, eight words or more) in which a
// collection label follows a result with its unit ("... beta2-microglobulina 5,9 mg/L al
// prelievo del 12/09/2023; ISS III)"): the date is that result's, told in passing, not the
// report's.
bool DatesAResultInProse(const Line& line);

// The date a finding's name gives in brackets ("Serum immunofixation (NHLS, 12/08/2024): IgA
// kappa band persists"): the name's one date, not an earlier finding's ("(at diagnosis
// 03/01/2023)") nor one under another label ("(reported 14/01/2024)"); nullopt otherwise.
std::optional<LabDate> DateInFindingLabel(std::string_view name, DateOrder order);

// The date of a heading over a block of earlier results ("Rappel des antériorités (prélèvement
// du 14/08/2024)", "Previous results, collected 02/03/2024"): one cell that speaks of an earlier
// result (SpeaksOfEarlierResult), has a collection label just before its date, starts with a
// capital, is one phrase (no ". ") of at most 90
// bytes, and ends with its one date (no other number, nothing but a bracket after the date).
std::optional<LabDate> EarlierResultsHeadingDate(const Line& line, DateOrder order);

// The one explicit collection date of label `line` right under `above`, a heading of earlier
// results without a number ("PREVIOUS SPEP (for comparison)" / "Collected: 16-Jan-2024 09:10
// Received: ... Reported: ..."), or nullopt: not under a line of earlier results ("Resultados
// anteriores: 14/03/2024: ..."), nor a label that speaks of earlier results itself.
std::optional<LabDate> EarlierBlockLabelDate(const Line& above, const Line& line, DateOrder order);

// (date, generic) for each collection label on `line` with its date: after it on the line
// ("Collected: 05/03/2024 08:30"), before it when it gives only a time, or on the line `below`
// under it (a row of labels over a row of dates). A flowsheet's row of dates under a collection
// title gives none (each date heads a column), a "Results from X to Y" banner gives none, and a
// timed collection's period ("Collection period: 05-Mar-2024 08:00 to 06-Mar-2024 08:00") gives
// its end.
std::vector<std::pair<LabDate, bool>> CollectionLabelDates(const Line& line, const Line* below,
                                                           DateOrder order);

// Of the collection labels on `line`, each in its own cell with its date right after it, the
// date of the one in the cell most under `card` when they give two or more different dates
// (two cards side by side, "Collected: 2024/05/06 08:28 | Collected: 2024/04/08 08:31");
// nullopt when they do not differ, or no label cell lies under `card`.
std::optional<LabDate> CollectionDateUnder(const Line& line, const Box& card, DateOrder order);

// True when `line` has a collection label whose date a scan garbled ("COLL: 06-РЕВ-2024 07:55",
// the month read in Cyrillic letters): digits with date separators right after the label, but no
// date CollectionLabelDates reads. The rows it dates are of an unknown date, neither the label
// above's nor the one below's.
bool UnreadCollectionDate(const Line& line, DateOrder order);

// True when `text` is a portal card's status beside its name ("Final", "Pending", "In progress").
bool IsCardStatus(std::string_view text);

// True when `line` has a collection label (CollectionLabelDates) of a date other than `date`:
// a block of earlier results of that date ends there, not at its own cards' labels.
bool LabelsAnotherDate(const Line& line, const Date& date, DateOrder order);

// True when a report's collection labels close their panels rather than head them ("Component
// Results" ... "Specimen Collected: 10/03/2024", a portal print): test rows come before the first
// label (`labelled` tells each line with a collection label, its date read or garbled), and at
// least as many labels follow a row as head one. Each row then takes the first label below it on
// its page.
bool LabelsCloseTheirBlocks(const std::vector<Line>& lines, const std::vector<bool>& labelled);

}  // namespace oncoguide::import::internal

#endif  // ONCOGUIDE_SRC_IMPORT_LABEL_DATES_H_
