// IMS/IMWG 2025 high risk: one function per criterion of the definition (high_risk.h lists
// them), each adding to `out.reasons` when met and to `out.notes` when it came close.
#include "oncoguide/staging/high_risk.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "fish_index.h"
#include "format_util.h"
#include "oncoguide/common/compare.h"

namespace oncoguide::staging {

using records::Analyte;
using records::FishAbnormality;
using records::Observation;

namespace {

using internal::AppendJoinAnd;
using internal::FishIndex;
using internal::N;
using internal::Names;

// What every criterion reads: the values at diagnosis, their FISH rows indexed once, the rules.
struct Findings {
  const std::optional<FishPanel>& fish;
  const FishIndex& panel;
  const Observation* tp53;
  const Observation* b2m;
  const Observation* creat;
  const HighRiskRules& rules;
};

// (1) del(17p) in more than 20% of clonal plasma cells, and/or a TP53 mutation.
void Del17pOrTp53(const Findings& f, HighRiskResult& out) {
  const HighRiskRules& r = f.rules;
  std::vector<std::string> c1;
  if (f.fish) {
    if (const Observation* d = f.panel.Find(FishAbnormality::kDel17p)) {
      if (!d->has_value || std::isnan(d->value)) {
        if (r.del17p_without_fraction_counts) {
          c1.push_back(fmt::format(
              "del(17p) on FISH of {} with no clonal fraction given: counted as above the {}% "
              "cut-off (assumption; ask the laboratory for the fraction)",
              f.fish->date.ToString(), N{r.del17p_ccf_pct.value}));
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
  if (f.tp53 != nullptr && f.tp53->value == 1) c1.emplace_back("TP53 mutation");
  if (c1.size() == 1) {
    out.reasons.push_back(std::move(c1.front()));
  } else if (!c1.empty()) {
    out.reasons.push_back(fmt::format("{}", fmt::join(c1, "; ")));
  }
}

// The chromosome 1 changes on the panel, in the order the reasons name them.
Names Chromosome1Changes(const FishIndex& panel) {
  Names chr1;
  if (panel.Has(FishAbnormality::kGain1q)) chr1.push_back("1q gain");
  if (panel.Has(FishAbnormality::kAmp1q)) chr1.push_back("1q amplification");
  if (panel.Has(FishAbnormality::kDel1p32)) chr1.push_back("del(1p32)");
  if (panel.Has(FishAbnormality::kDel1p32Biallelic)) chr1.push_back("biallelic del(1p32)");
  return chr1;
}

// The IGH translocations of criterion (2) that the panel found.
Names IghTranslocations(const FishIndex& panel) {
  Names igh;
  if (panel.Has(FishAbnormality::kT4_14)) igh.push_back("t(4;14)");
  if (panel.Has(FishAbnormality::kT14_16)) igh.push_back("t(14;16)");
  if (panel.Has(FishAbnormality::kT14_20)) igh.push_back("t(14;20)");
  return igh;
}

// (2) t(4;14), t(14;16) or t(14;20) together with 1q gain/amplification and/or del(1p32).
void IghTranslocationWithChromosome1(const FishIndex& panel, HighRiskResult& out) {
  const Names chr1 = Chromosome1Changes(panel);
  const Names igh = IghTranslocations(panel);
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
}

// (3) monoallelic del(1p32) with 1q gain/amplification, or biallelic del(1p32).
void Del1p32(const FishIndex& panel, HighRiskResult& out) {
  const bool gain1q = panel.Has(FishAbnormality::kGain1q) || panel.Has(FishAbnormality::kAmp1q);
  if (panel.Has(FishAbnormality::kDel1p32Biallelic)) {
    out.reasons.emplace_back("biallelic del(1p32)");
  } else if (panel.Has(FishAbnormality::kDel1p32) && gain1q) {
    out.reasons.push_back(
        fmt::format("del(1p32) together with {}",
                    panel.Has(FishAbnormality::kAmp1q) ? "1q amplification" : "1q gain"));
  }
}

// (4) beta-2 microglobulin >= 5.5 mg/L with normal creatinine (< 1.2 mg/dL).
void HighB2mWithNormalCreatinine(const Findings& f, HighRiskResult& out) {
  const HighRiskRules& r = f.rules;
  if (f.b2m == nullptr || !AtLeast(f.b2m->value, r.b2m_mg_l.value)) return;
  const double b2m = f.b2m->value;
  if (f.creat == nullptr) {
    out.not_tested.emplace_back("creatinine");
    out.notes.push_back(fmt::format(
        "beta-2 microglobulin {} mg/L is at least {} mg/L, but creatinine is not in the record "
        "to show that kidney function is normal, so it does not count",
        N{b2m}, N{r.b2m_mg_l.value}));
  } else if (Below(f.creat->value, r.normal_creatinine_mg_dl.value)) {
    out.reasons.push_back(fmt::format(
        "beta-2 microglobulin {} mg/L (at least {} mg/L) with normal creatinine {} mg/dL (below "
        "{} mg/dL)",
        N{b2m}, N{r.b2m_mg_l.value}, N{f.creat->value}, N{r.normal_creatinine_mg_dl.value}));
  } else {
    out.notes.push_back(fmt::format(
        "beta-2 microglobulin {} mg/L is at least {} mg/L, but creatinine {} mg/dL is not below "
        "{} mg/dL (the rise may reflect the kidneys), so it does not count",
        N{b2m}, N{r.b2m_mg_l.value}, N{f.creat->value}, N{r.normal_creatinine_mg_dl.value}));
  }
}

// The tests whose results could still make the call high risk when no criterion is met: a probe
// the panel does not report as tested, a missing TP53 mutation test or beta-2 microglobulin, or
// creatinine when beta-2 microglobulin is at or above its cut-off. Each is named once.
std::vector<std::string> WouldDecide(const Findings& f) {
  const FishIndex& p = f.panel;
  std::vector<std::string> fish;  // probes not reported as tested
  auto need = [&fish, &p](FishAbnormality a, std::string_view name) {
    if (!p.Tested(a)) internal::AddUnique(&fish, name);
  };
  need(FishAbnormality::kDel17p, "del(17p)");  // criterion (1)
  const bool igh = !IghTranslocations(p).empty();
  const bool gain1q = p.Has(FishAbnormality::kGain1q) || p.Has(FishAbnormality::kAmp1q);
  if (igh || p.Has(FishAbnormality::kDel1p32)) {  // criteria (2) and (3): a partner is missing
    if (!p.Tested(FishAbnormality::kAmp1q)) need(FishAbnormality::kGain1q, "1q gain");
  }
  if (igh || gain1q) need(FishAbnormality::kDel1p32, "del(1p32)");
  if (!p.Has(FishAbnormality::kDel1p32) && !p.Tested(FishAbnormality::kDel1p32Biallelic)) {
    need(FishAbnormality::kDel1p32, "del(1p32)");  // criterion (3), biallelic on its own
  }
  std::vector<std::string> out;
  if (!f.fish) {
    out.emplace_back("FISH (del(17p), 1q gain, del(1p32))");
  } else if (!fish.empty()) {
    std::string& probes = out.emplace_back("FISH for ");
    AppendJoinAnd(probes, fish);
  }
  if (const Observation* d = p.Find(FishAbnormality::kDel17p);
      d != nullptr && (!d->has_value || std::isnan(d->value)) &&
      !f.rules.del17p_without_fraction_counts) {
    out.emplace_back("the clonal fraction of del(17p)");
  }
  if (f.tp53 == nullptr) out.emplace_back("TP53 mutation test");
  if (f.b2m == nullptr) {
    out.emplace_back("beta-2 microglobulin");
  } else if (f.creat == nullptr && AtLeast(f.b2m->value, f.rules.b2m_mg_l.value)) {
    out.emplace_back("creatinine");
  }
  return out;
}

// A panel that reports a probe both found and not found, or decides probes only through a
// "none detected" row, is flagged: the reader cannot check which probes the laboratory ran.
void FlagPanel(const Findings& f, HighRiskResult& out) {
  if (!f.fish) return;
  for (FishAbnormality a :
       {FishAbnormality::kDel17p, FishAbnormality::kT4_14, FishAbnormality::kT14_16,
        FishAbnormality::kT14_20, FishAbnormality::kGain1q, FishAbnormality::kAmp1q,
        FishAbnormality::kDel1p32, FishAbnormality::kDel1p32Biallelic}) {
    if (f.panel.Contradicts(a)) {
      out.notes.push_back(fmt::format(
          "the FISH report of {} gives {} both as found and as not found, so it is read as not "
          "tested; check the report",
          f.fish->date.ToString(), records::FishName(a)));
    }
  }
  if (f.panel.ReliesOnNoneDetected()) {
    out.notes.push_back(fmt::format(
        "the FISH report of {} says no (other) abnormality was found; this is read as covering "
        "17p, 1q and 1p32 — check that the laboratory's panel tested all three",
        f.fish->date.ToString()));
  }
}

}  // namespace

HighRiskResult AssessHighRisk(const DiagnosisValues& v, const HighRiskRules& r) {
  HighRiskResult out;
  out.definition = r.id;
  const FishIndex panel(v.fish());  // each row parsed once
  const Findings f{v.fish(),
                   panel,
                   v.Get(Analyte::kTp53Mutation),
                   v.Get(Analyte::kBeta2Microglobulin),
                   v.Get(Analyte::kCreatinine),
                   r};
  if (!f.fish) out.not_tested.emplace_back("FISH");
  if (f.tp53 == nullptr) out.not_tested.emplace_back("TP53 mutation");
  if (f.b2m == nullptr) out.not_tested.emplace_back("beta-2 microglobulin");

  Del17pOrTp53(f, out);
  if (f.fish) {
    IghTranslocationWithChromosome1(panel, out);
    Del1p32(panel, out);
  }
  HighB2mWithNormalCreatinine(f, out);

  if (!out.reasons.empty()) {
    out.status = true;
  } else {
    out.would_decide = WouldDecide(f);
    FlagPanel(f, out);
    out.status = out.would_decide.empty() ? std::optional<bool>(false) : std::nullopt;
  }
  out.date = v.LatestDate(
      {Analyte::kFish, Analyte::kTp53Mutation, Analyte::kBeta2Microglobulin, Analyte::kCreatinine});
  return out;
}

}  // namespace oncoguide::staging
