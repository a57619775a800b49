// Internal to the response engine: the therapy events of a record and which of them start a
// new line of therapy. By the IMWG definition of a line of therapy (Rajkumar SV, Richardson P,
// San Miguel JF, Blood 2015;126(7):921-922), planned induction, transplant, consolidation and
// maintenance are one line; a new line starts on progression, relapse or an unplanned change.
#ifndef ONCOGUIDE_SRC_RESPONSE_LINES_H_
#define ONCOGUIDE_SRC_RESPONSE_LINES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/records/record.h"
#include "oncoguide/response/assessment.h"

namespace oncoguide::response::internal {

// A therapy event of the record, in date order: a therapy_start (rows of one date joined) or a
// therapy_phase row.
struct TherapyEvent {
  Date date;
  std::optional<std::string> regimen;  // therapy_start: the regimen; therapy_phase: the phase
  bool phase_row = false;              // a therapy_phase row: always a phase of the current line
  bool marked_new_line = false;        // the row's note says "new line": never read as a phase
};

// The therapy events in date order (therapy_start rows of one date joined with " + "). A record
// with none gets one event at `first_day` (a line with no therapy), when given.
std::vector<TherapyEvent> TherapyEvents(const records::PatientRecord& record,
                                        std::optional<Date> first_day);

// Reads `e` as a phase of `line` when it is one: a therapy_phase row always; a therapy_start
// whose regimen names a transplant, consolidation or maintenance when its note does not say
// "new line" and the line shows no progression so far. Adds the phase (and, when inferred, a
// note saying how to override it) and returns true; false when `e` starts a new line.
bool AddPhase(const TherapyEvent& e, TherapyLine* line);

// Therapeutic monoclonal antibodies that can show on immunofixation (daratumumab, isatuximab,
// elotuzumab) in a regimen's text.
bool HasTherapeuticAntibody(std::string_view regimen);

}  // namespace oncoguide::response::internal

#endif  // ONCOGUIDE_SRC_RESPONSE_LINES_H_
