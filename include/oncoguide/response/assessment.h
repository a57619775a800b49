// The result of assessing one patient's record against a response criteria version.
//
// A PatientRecord is split into lines of therapy (one per therapy_start that is not a phase of
// the current line; a record with no therapy is one line whose baseline is its first
// assessment). Each line has its own baseline,
// nadir, assessments, best response, progression date and MRD status. Every assessment carries
// a plain-language explanation built from the patient's own numbers.
#ifndef ONCOGUIDE_RESPONSE_ASSESSMENT_H_
#define ONCOGUIDE_RESPONSE_ASSESSMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/records/analyte.h"
#include "oncoguide/records/record.h"
#include "oncoguide/response/category.h"

namespace oncoguide::response {

// One measured value that an assessment used, for explanations and FHIR provenance.
// A value reported against a test's limit keeps its bound: `value` is then the limit ("<0.2"
// is bound kBelow, value 0.2), and a trace has bound kTrace and no number (value 0 must not be
// shown). `baseline` and `nadir` are set only when they are exact numbers.
struct KeyValue {
  records::Analyte analyte;
  double value = 0;
  std::optional<double> baseline;  // the line's baseline value, when there is one
  std::optional<double> nadir;     // the lowest value before this assessment (PD reference)
  std::string fhir_id;             // source Observation id when read from FHIR
  Date date;                       // the value's own date (baseline values can differ)
  records::ValueBound bound = records::ValueBound::kExact;
};

struct Assessment {
  Date date;       // the first test of the visit
  Date last_date;  // the last test of the visit (== date when all tests share one date)
  Category response = Category::kNE;
  bool confirmed = false;  // the next assessment in the line meets the same category (or PD)
  std::string explanation;
  std::vector<std::string> missing;     // what would be needed to assign a (higher) category
  std::vector<KeyValue> values;         // numbers behind the call
  std::vector<std::string> source_ids;  // FHIR ids of all observations of this date
};

struct Baseline {
  std::optional<Date> date;  // date of the latest value used (each value has its own)
  std::vector<records::Analyte> measurable;  // serum_m_protein / urine_m_protein / FLC / marrow
  std::vector<KeyValue> values;              // baseline values of the disease measures
  std::string explanation;                   // e.g. "serum M-protein 3.0 g/dL is measurable"
};

// A phase of a line of therapy (induction, transplant, consolidation, maintenance or free
// text). Phases continue the line: same baseline, nadir and best response (IMWG line of
// therapy, Rajkumar SV et al., Blood 2015;126:921).
struct TherapyPhase {
  Date date;
  std::string name;       // "transplant", "maintenance", ... or the text of a therapy_phase row
  std::string regimen;    // the therapy_start regimen it was read from; empty for therapy_phase
  bool inferred = false;  // read from a therapy_start regimen (the line's notes say how to undo)
};

struct TherapyLine {
  std::optional<std::string> regimen;  // nullopt when the record has no therapy
  Date start;
  Baseline baseline;
  std::vector<TherapyPhase> phases;  // later phases of this line, in date order
  std::vector<Assessment> assessments;
  std::optional<Category> best_response;   // best confirmed until PD or the next line
  std::optional<Date> best_response_date;  // first assessment of the confirming pair
  std::optional<Date> progression_date;    // first date of confirmed PD
  // The line's latest call when it still awaits its confirming assessment and is better than
  // best_response (or is PD): reported beside the best confirmed response, never folded into it.
  std::optional<Category> awaiting_confirmation;
  std::optional<Date> awaiting_confirmation_date;
  MrdStatus mrd_status = MrdStatus::kNone;
  std::optional<Date> mrd_date;
  std::vector<std::string> notes;  // line-level remarks (e.g. antibody interference)
};

struct ResponseReport {
  std::string patient_id;
  std::string criteria;  // e.g. "IMWG-2016"
  std::vector<TherapyLine> lines;
};

}  // namespace oncoguide::response

#endif  // ONCOGUIDE_RESPONSE_ASSESSMENT_H_
