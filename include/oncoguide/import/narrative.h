// Reading narrative text (bone-marrow pathology reports) sentence by sentence: the plasma-cell
// percentage and light-chain restriction (clonality). Only sentences that name plasma cells (for
// the percentage) or a light chain / clonality (for clonality) are read; negations ("no
// evidence of light chain restriction", "polytypic") give "absent".
#ifndef ONCOGUIDE_IMPORT_NARRATIVE_H_
#define ONCOGUIDE_IMPORT_NARRATIVE_H_

#include <functional>
#include <vector>

#include "oncoguide/import/import_result.h"
#include "oncoguide/import/layout.h"
#include "oncoguide/import/rows.h"

namespace oncoguide::import {

// `lines` are the lines no table row used, in reading order; `date_of` gives the collection
// (procedure) date in force at a line. Adds observations (or notes) to `out`.
void ReadNarrative(const std::vector<const Line*>& lines, DateOrder order,
                   const std::function<DateContext(const Line&)>& date_of, ImportResult* out);

// The one date a sentence gives for its own findings ("Bone marrow biopsy on 04/04/2024
// showed ..."); nullopt when it gives none, several, or compares with another time ("prior",
// "since", "compared with").
std::optional<LabDate> SentenceDate(std::string_view sentence, DateOrder order);

// Values the report's prose gives with a number and a unit read from the text ("An M-spike of
// 1.2 g/dL is seen"), one sentence at a time; `line_of` gives the line a sentence starts on.
// Each is dated by its sentence (SentenceDate; "the same day" takes the sentence before's), else
// by `date_of`.
// Always needs_review; a value a table gave for the same test and date wins (and is reviewed
// when the text disagrees). An M-protein is not read from a sentence (or, with `urine_page`, a
// page) about urine: the specimen is not guessed.
void ReadProseValues(const std::vector<std::string>& sentences,
                     const std::function<const Line&(size_t)>& line_of,
                     const std::function<DateContext(const Line&)>& date_of, DateOrder order,
                     bool urine_page, ImportResult* out);

// An earlier marrow's plasma-cell count stated with its own date on a marrow report's page
// ("Mielograma anterior (12/10/2023): plasmócitos 52,0 %"), as a previous result on that date,
// for review (internal::EarlierMarrowCount says which sentences are read).
void ReadEarlierMarrowCounts(const std::vector<std::string>& sentences,
                             const std::function<const Line&(size_t)>& line_of, DateOrder order,
                             ImportResult* out);

// Immunofixation findings the prose gives ("serum immunofixation identified a monoclonal IgG
// kappa protein", "no monoclonal protein was detected by urine immunofixation"), one sentence
// at a time, dated as ReadProseValues dates them; not a sentence about an earlier finding ("at
// diagnosis", "the previous"), nor one that both names a band and denies one. Always
// needs_review; a table's result of the same test and date wins. On a `urine_page` (a urine
// report's page) the finding is the urine's.
void ReadProseImmunofixation(const std::vector<std::string>& sentences,
                             const std::function<const Line&(size_t)>& line_of,
                             const std::function<DateContext(const Line&)>& date_of,
                             DateOrder order, bool urine_page, ImportResult* out);

struct MarrowFinding {
  std::optional<double> plasma_cells;           // percent
  bool plasma_cells_conflict = false;           // two different percentages
  std::optional<bool> clonal;                   // light-chain restricted / monotypic
  std::string light_chain;                      // "kappa" or "lambda" when named
  size_t pc_sentence = 0, clonal_sentence = 0;  // index of the sentence each came from
  bool pc_from_stain = false;  // plasma_cells is a CD138 immunostain's estimate (a biopsy's)
};

// The findings in `sentences` (lower case).
MarrowFinding ReadMarrowSentences(const std::vector<std::string>& sentences);

}  // namespace oncoguide::import

#endif  // ONCOGUIDE_IMPORT_NARRATIVE_H_
