// FISH (fluorescence in situ hybridisation) findings: one abnormality per record row.
//
// Labs spell the same finding many ways ("del(17p)", "17p deletion", "del 17p13"); ParseFish()
// maps them to one FishFinding with a canonical spelling. A clonal fraction may follow the
// abnormality ("del(17p) 45%"): it is kept because the IMS/IMWG 2025 high-risk definition needs
// del(17p) in more than 20% of clonal plasma cells.
//
// A lab may also report what it tested and did not find: "no del(17p)", "del(17p) not detected",
// "1q gain: negative", "negative for t(4;14)". These parse with `detected` false, so a panel
// says which probes were tested; "none detected" (or "no other abnormality detected") on a panel
// reports every probe not listed as positive as tested and negative. The high-risk calculator
// needs this to tell "not found" from "not tested" (IMS/IMWG 2025 needs 17p, 1q and 1p32).
#ifndef ONCOGUIDE_RECORDS_FISH_H_
#define ONCOGUIDE_RECORDS_FISH_H_

#include <optional>
#include <string_view>

#include "oncoguide/common/status.h"

namespace oncoguide::records {

enum class FishAbnormality {
  kNoneDetected,
  kDel17p,
  kT4_14,
  kT14_16,
  kT14_20,
  kT11_14,
  kGain1q,   // 3 copies of 1q
  kAmp1q,    // 4 or more copies of 1q
  kDel1p32,  // monoallelic unless stated biallelic
  kDel1p32Biallelic,
};

struct FishFinding {
  FishAbnormality abnormality = FishAbnormality::kNoneDetected;
  std::optional<double> clonal_fraction_percent;  // e.g. 45 for "del(17p) 45%"
  bool detected = true;  // false for a reported negative ("no del(17p)"); never for kNoneDetected
};

// Canonical spelling: "none detected", "del(17p)", "t(4;14)", "gain(1q)", "amp(1q)",
// "del(1p32)", "biallelic del(1p32)", ...
std::string_view FishName(FishAbnormality a);

// The canonical text of a finding as the readers store it: FishName, prefixed with "no " for a
// reported negative ("no del(17p)"). ParseFish reads it back to the same finding.
std::string FishText(const FishFinding& f);

// Parses one finding, positive or negative. Errors name the text and list the accepted
// abnormalities. A negative cannot carry a clonal fraction, and "none detected" cannot be negated.
Result<FishFinding> ParseFish(std::string_view text);

}  // namespace oncoguide::records

#endif  // ONCOGUIDE_RECORDS_FISH_H_
