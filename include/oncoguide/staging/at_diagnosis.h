// Selecting the values at diagnosis: the inputs of staging, diagnosis and risk.
//
// Contract:
//   - With a line of therapy in the record (an Observation with analyte kTherapyStart), the values
//     at diagnosis are, per analyte, the last value dated on or before the first therapy start.
//     Values after it are never used: staging describes the disease before treatment.
//   - With no therapy, they are the earliest value of each analyte (the first work-up).
//   - FISH is one row per abnormality. The FISH panel used is all rows of one date: the last FISH
//     date on or before the first therapy (with no therapy: the first FISH date). A panel that is
//     present is taken as complete: an abnormality it does not list was not detected. (oncoguide
//     cannot tell a partial panel from a complete one; the explanation names the panel date.)
//   - Values the user marked spurious (laboratory error) are left out.
#ifndef ONCOGUIDE_STAGING_AT_DIAGNOSIS_H_
#define ONCOGUIDE_STAGING_AT_DIAGNOSIS_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "oncoguide/common/date.h"
#include "oncoguide/records/analyte.h"
#include "oncoguide/records/fish.h"
#include "oncoguide/records/record.h"

namespace oncoguide::staging {

struct FishPanel {
  Date date;
  std::vector<records::Observation> rows;  // one per abnormality ("none detected" included)

  // The row reporting `a` as found, or nullptr when the panel does not list it as found (a
  // reported negative such as "no del(17p)" is not a finding; see records/fish.h).
  const records::Observation* Find(records::FishAbnormality a) const;
  bool Has(records::FishAbnormality a) const { return Find(a) != nullptr; }
};

class DiagnosisValues {
 public:
  // The first therapy start, when the record has one.
  const std::optional<Date>& therapy_start() const { return therapy_start_; }
  const std::optional<std::string>& regimen() const { return regimen_; }

  // The selected value of `a`, or nullptr when the record has none in the window.
  // REQUIRES: a != Analyte::kFish (use fish()).
  const records::Observation* Get(records::Analyte a) const;
  const std::optional<FishPanel>& fish() const { return fish_; }

  // Latest date among `used` analytes' selected values (FISH included when kFish is listed).
  std::optional<Date> LatestDate(std::initializer_list<records::Analyte> used) const;

  // FHIR ids of the selected observations of `used` analytes (empty ids skipped).
  std::vector<std::string> SourceIds(std::initializer_list<records::Analyte> used) const;

  // "values on or before the start of therapy (VRd, 2024-03-01)" or "the first values in the
  // record (no therapy recorded)".
  std::string WindowText() const;

 private:
  friend DiagnosisValues SelectAtDiagnosis(const records::PatientRecord& record);

  std::optional<Date> therapy_start_;
  std::optional<std::string> regimen_;
  std::array<std::optional<records::Observation>, records::kAnalyteCount> values_;
  std::optional<FishPanel> fish_;
};

// REQUIRES: record.observations sorted by date (readers guarantee it).
DiagnosisValues SelectAtDiagnosis(const records::PatientRecord& record);

}  // namespace oncoguide::staging

#endif  // ONCOGUIDE_STAGING_AT_DIAGNOSIS_H_
