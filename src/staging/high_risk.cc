#include "oncoguide/staging/high_risk.h"

#include <fmt/format.h>

#include <cmath>

#include "fish_index.h"
#include "format_util.h"
#include "oncoguide/common/compare.h"

namespace oncoguide {

using staging_internal::AppendJoinAnd;
using staging_internal::FishIndex;
using staging_internal::N;
using staging_internal::Names;

HighRiskResult AssessHighRisk(const DiagnosisValues& v, const HighRiskRules& r) {
  HighRiskResult out;
  out.definition = r.id;
  const std::optional<FishPanel>& fish = v.fish();
  const Observation* tp53 = v.Get(Analyte::kTp53Mutation);
  const Observation* b2m = v.Get(Analyte::kBeta2Microglobulin);
  const Observation* creat = v.Get(Analyte::kCreatinine);
  const FishIndex panel(fish);  // each row parsed once

  if (!fish) out.not_tested.emplace_back("FISH");
  if (tp53 == nullptr) out.not_tested.emplace_back("TP53 mutation");
  if (b2m == nullptr) out.not_tested.emplace_back("beta-2 microglobulin");

  // (1) del(17p) > 20% CCF and/or TP53 mutation.
  std::vector<std::string> c1;
  if (fish) {
    if (const Observation* d = panel.Find(FishAbnormality::kDel17p)) {
      if (!d->has_value || std::isnan(d->value)) {
        if (r.del17p_without_fraction_counts) {
          c1.push_back(fmt::format(
              "del(17p) on FISH of {} with no clonal fraction given: counted as above the {}% "
              "cut-off (assumption; ask the laboratory for the fraction)",
              fish->date.ToString(), N{r.del17p_ccf_pct.value}));
        } else {
          out.notes.push_back("del(17p) reported without a clonal fraction: not assessable");
        }
      } else if (Above(d->value, r.del17p_ccf_pct.value)) {
        c1.push_back(fmt::format("del(17p) in {}% of clonal plasma cells (more than {}%)",
                                 N{d->value}, N{r.del17p_ccf_pct.value}));
      } else {
        out.notes.push_back(fmt::format(
            "del(17p) in {}% of clonal plasma cells is not above the {}% cut-off, so it does not "
            "count",
            N{d->value}, N{r.del17p_ccf_pct.value}));
      }
    }
  }
  if (tp53 != nullptr && tp53->value == 1) c1.emplace_back("TP53 mutation");
  if (c1.size() == 1) {
    out.reasons.push_back(std::move(c1.front()));
  } else if (!c1.empty()) {
    out.reasons.push_back(fmt::format("{}", fmt::join(c1, "; ")));
  }

  if (fish) {
    const bool gain1q = panel.Has(FishAbnormality::kGain1q) || panel.Has(FishAbnormality::kAmp1q);
    const bool mono1p = panel.Has(FishAbnormality::kDel1p32);
    const bool bi1p = panel.Has(FishAbnormality::kDel1p32Biallelic);
    Names chr1;
    if (panel.Has(FishAbnormality::kGain1q)) chr1.push_back("1q gain");
    if (panel.Has(FishAbnormality::kAmp1q)) chr1.push_back("1q amplification");
    if (mono1p) chr1.push_back("del(1p32)");
    if (bi1p) chr1.push_back("biallelic del(1p32)");
    // (2) IgH translocation with 1q+ and/or del(1p32).
    Names igh;
    if (panel.Has(FishAbnormality::kT4_14)) igh.push_back("t(4;14)");
    if (panel.Has(FishAbnormality::kT14_16)) igh.push_back("t(14;16)");
    if (panel.Has(FishAbnormality::kT14_20)) igh.push_back("t(14;20)");
    if (!igh.empty() && !chr1.empty()) {
      std::string& reason = out.reasons.emplace_back();
      AppendJoinAnd(reason, igh);
      reason += " together with ";
      AppendJoinAnd(reason, chr1);
    } else if (!igh.empty()) {
      std::string& note = out.notes.emplace_back();
      AppendJoinAnd(note, igh);
      note += " without 1q gain/amplification or del(1p32) does not meet the definition on its own";
    }
    // (3) monoallelic del(1p32) with 1q+, or biallelic del(1p32).
    if (bi1p) {
      out.reasons.emplace_back("biallelic del(1p32)");
    } else if (mono1p && gain1q) {
      out.reasons.push_back(
          fmt::format("del(1p32) together with {}",
                      panel.Has(FishAbnormality::kAmp1q) ? "1q amplification" : "1q gain"));
    }
  }

  // (4) b2m >= 5.5 mg/L with normal creatinine (< 1.2 mg/dL).
  if (b2m != nullptr && AtLeast(b2m->value, r.b2m_mg_l.value)) {
    if (creat == nullptr) {
      out.not_tested.emplace_back("creatinine");
      out.notes.push_back(fmt::format(
          "beta-2 microglobulin {} mg/L is at least {} mg/L, but creatinine is not in the record "
          "to show that kidney function is normal, so it does not count",
          N{b2m->value}, N{r.b2m_mg_l.value}));
    } else if (Below(creat->value, r.normal_creatinine_mg_dl.value)) {
      out.reasons.push_back(fmt::format(
          "beta-2 microglobulin {} mg/L (at least {} mg/L) with normal creatinine {} mg/dL (below "
          "{} mg/dL)",
          N{b2m->value}, N{r.b2m_mg_l.value}, N{creat->value}, N{r.normal_creatinine_mg_dl.value}));
    } else {
      out.notes.push_back(fmt::format(
          "beta-2 microglobulin {} mg/L is at least {} mg/L, but creatinine {} mg/dL is not below "
          "{} mg/dL (the rise may reflect the kidneys), so it does not count",
          N{b2m->value}, N{r.b2m_mg_l.value}, N{creat->value}, N{r.normal_creatinine_mg_dl.value}));
    }
  }

  if (!out.reasons.empty()) {
    out.status = true;
  } else if (!fish && b2m == nullptr) {
    out.status = std::nullopt;
  } else {
    out.status = false;
  }
  out.date = v.LatestDate(
      {Analyte::kFish, Analyte::kTp53Mutation, Analyte::kBeta2Microglobulin, Analyte::kCreatinine});
  return out;
}

}  // namespace oncoguide
