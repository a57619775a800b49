// The rows of a FISH panel by abnormality, parsed once (private to src/staging).
//
// FishPanel::Find parses every row on each call; the calculators ask about a dozen abnormalities
// per patient, so they look them up here instead. Same answers as FishPanel::Find: the first row
// reporting an abnormality, rows that do not parse are skipped.
#ifndef ONCOGUIDE_SRC_STAGING_FISH_INDEX_H_
#define ONCOGUIDE_SRC_STAGING_FISH_INDEX_H_

#include <array>
#include <optional>

#include "oncoguide/records/fish.h"
#include "oncoguide/staging/at_diagnosis.h"

namespace oncoguide::staging_internal {

class FishIndex {
 public:
  explicit FishIndex(const std::optional<FishPanel>& panel) {
    if (!panel) return;
    for (const Observation& row : panel->rows) {
      Result<FishFinding> f = ParseFish(row.text);
      if (!f.ok()) continue;
      const auto i = static_cast<size_t>(f->abnormality);
      if (i < rows_.size() && rows_[i] == nullptr) rows_[i] = &row;
    }
  }
  const Observation* Find(FishAbnormality a) const { return rows_[static_cast<size_t>(a)]; }
  bool Has(FishAbnormality a) const { return Find(a) != nullptr; }

 private:
  std::array<const Observation*, static_cast<size_t>(FishAbnormality::kDel1p32Biallelic) + 1>
      rows_{};
};

}  // namespace oncoguide::staging_internal

#endif  // ONCOGUIDE_SRC_STAGING_FISH_INDEX_H_
