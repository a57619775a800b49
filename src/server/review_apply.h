// The review step of the upload page (internal to src/server): applying the person's choices
// (render/review.h form contract) to a pending record, and writing the result as oncoguide CSV
// so that the stored file and what was confirmed are the same values.
#ifndef ONCOGUIDE_SRC_SERVER_REVIEW_APPLY_H_
#define ONCOGUIDE_SRC_SERVER_REVIEW_APPLY_H_

#include <functional>
#include <string>
#include <vector>

#include "oncoguide/records/record.h"
#include "oncoguide/render/review.h"

namespace oncoguide::server {

// A form field by name; nullopt when the form does not have it.
using FormField = std::function<std::optional<std::string>(const std::string& name)>;

struct ReviewOutcome {
  records::PatientRecord record;           // the kept rows, edited values applied
  bool changed = false;                    // a row dropped or a value edited
  std::vector<render::PlainError> errors;  // an edited value that does not read: nothing applies
};

// For every row i of `pending` (ReviewRows order = observation order): kept when obs.<i>.keep is
// "1"; an editable row whose obs.<i>.value differs from the value shown is re-read with the CSV
// reader's rules (records/values.h ParseValue) in the test's canonical unit. A value that does
// not read is an error naming the row; the outcome then holds no record.
ReviewOutcome ApplyReview(const records::PatientRecord& pending, const FormField& field);

// The observations as oncoguide CSV (date,test,value,unit,ref_low,ref_high,note), values in
// canonical units with their bound ("<0.2", "trace"), so that reading it back gives the same
// observations (a round-trip test checks this on the examples).
std::string ObservationsCsv(const std::vector<records::Observation>& observations);

}  // namespace oncoguide::server

#endif  // ONCOGUIDE_SRC_SERVER_REVIEW_APPLY_H_
