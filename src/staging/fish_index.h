// The rows of a FISH panel by abnormality, parsed once (private to src/staging).
//
// FishPanel::Find parses every row on each call; the calculators ask about a dozen abnormalities
// per patient, so they look them up here instead. Same answers as FishPanel::Find: the first row
// reporting an abnormality as found, rows that do not parse are skipped. It also knows which
// probes the panel reports as tested (records/fish.h), for the high-risk call.
#ifndef ONCOGUIDE_SRC_STAGING_FISH_INDEX_H_
#define ONCOGUIDE_SRC_STAGING_FISH_INDEX_H_

#include <array>
#include <optional>

#include "oncoguide/records/fish.h"
#include "oncoguide/staging/at_diagnosis.h"

namespace oncoguide::staging::internal {

class FishIndex {
 public:
  explicit FishIndex(const std::optional<FishPanel>& panel) {
    if (!panel) return;
    for (const records::Observation& row : panel->rows) {
      Result<records::FishFinding> f = records::ParseFish(row.text);
      if (!f.ok()) continue;
      const auto i = static_cast<size_t>(f->abnormality);
      if (i >= rows_.size()) continue;
      if (f->abnormality == records::FishAbnormality::kNoneDetected) {
        none_detected_ = true;
      } else if (!f->detected) {
        negative_[i] = true;
      } else if (rows_[i] == nullptr) {
        rows_[i] = &row;
      }
    }
  }
  // The first row reporting `a` as found.
  const records::Observation* Find(records::FishAbnormality a) const {
    return rows_[static_cast<size_t>(a)];
  }
  bool Has(records::FishAbnormality a) const { return Find(a) != nullptr; }
  // The panel reports `a` both as found and as not found.
  bool Contradicts(records::FishAbnormality a) const { return Has(a) && negative_[Index(a)]; }
  // The panel says whether `a` was found: a positive row, a negative row ("no del(17p)"), or a
  // "none detected" row covering every probe the panel does not list as found. A contradicted
  // probe is not tested.
  bool Tested(records::FishAbnormality a) const {
    if (Contradicts(a)) return false;
    return Has(a) || negative_[Index(a)] || none_detected_;
  }
  // True when a "none detected" row decides some probe (the panel's probe list is not given).
  bool ReliesOnNoneDetected() const { return none_detected_; }

 private:
  static size_t Index(records::FishAbnormality a) { return static_cast<size_t>(a); }
  static constexpr size_t kCount =
      static_cast<size_t>(records::FishAbnormality::kDel1p32Biallelic) + 1;
  std::array<const records::Observation*, kCount> rows_{};
  std::array<bool, kCount> negative_{};
  bool none_detected_ = false;
};

}  // namespace oncoguide::staging::internal

#endif  // ONCOGUIDE_SRC_STAGING_FISH_INDEX_H_
