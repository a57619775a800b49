// The result of assessing one patient's record against a response criteria version.
//
// A PatientRecord is split into lines of therapy (one per therapy_start; a record with no
// therapy is one line whose baseline is its first assessment). Each line has its own baseline,
// nadir, assessments, best response, progression date and MRD status. Every assessment carries
// a plain-language explanation built from the patient's own numbers.
#ifndef ONCOGUIDE_RESPONSE_ASSESSMENT_H_
#define ONCOGUIDE_RESPONSE_ASSESSMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/records/analyte.h"
#include "oncoguide/response/category.h"

namespace oncoguide {

// One measured value that an assessment used, for explanations and FHIR provenance.
struct KeyValue {
  Analyte analyte;
  double value = 0;
  std::optional<double> baseline;  // the line's baseline value, when there is one
  std::optional<double> nadir;     // the lowest value before this assessment (PD reference)
  std::string fhir_id;             // source Observation id when read from FHIR
};

struct Assessment {
  Date date;
  Category response = Category::kNE;
  bool confirmed = false;  // the next assessment in the line meets the same category (or PD)
  std::string explanation;
  std::vector<std::string> missing;     // what would be needed to assign a (higher) category
  std::vector<KeyValue> values;         // numbers behind the call
  std::vector<std::string> source_ids;  // FHIR ids of all observations of this date
};

struct Baseline {
  std::optional<Date> date;         // date of the latest value used
  std::vector<Analyte> measurable;  // serum_m_protein / urine_m_protein / FLC / marrow
  std::vector<KeyValue> values;     // baseline values of the disease measures
  std::string explanation;          // e.g. "serum M-protein 3.0 g/dL is measurable"
};

struct TherapyLine {
  std::optional<std::string> regimen;  // nullopt when the record has no therapy
  Date start;
  Baseline baseline;
  std::vector<Assessment> assessments;
  std::optional<Category> best_response;   // best confirmed until PD or the next line
  std::optional<Date> best_response_date;  // first assessment of the confirming pair
  std::optional<Date> progression_date;    // first date of confirmed PD
  MrdStatus mrd_status = MrdStatus::kNone;
  std::optional<Date> mrd_date;
  std::vector<std::string> notes;  // line-level remarks (e.g. antibody interference)
};

struct ResponseReport {
  std::string patient_id;
  std::string criteria;  // e.g. "IMWG-2016"
  std::vector<TherapyLine> lines;
};

}  // namespace oncoguide

#endif  // ONCOGUIDE_RESPONSE_ASSESSMENT_H_
