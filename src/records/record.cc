#include "oncoguide/records/record.h"

#include <algorithm>

namespace oncoguide::records {

void PatientRecord::SortByDate() {
  std::stable_sort(observations.begin(), observations.end(),
                   [](const Observation& a, const Observation& b) { return a.date < b.date; });
}

}  // namespace oncoguide::records
