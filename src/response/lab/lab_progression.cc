// Progression in the lab-only reading (lab_progression.h): each measure's rise from its nadir
// (rule L8) and light-chain escape or a change of the involved light chain (rule L9), certain
// only when no bound leaves the rise open.
#include "lab_progression.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lab_levels.h"

namespace oncoguide::response::lab {

using records::Analyte;
using records::Observation;

namespace {

// PD on one measure from its nadir (rule L8). Appends to `yes` / `maybe`.
void CheckRise(std::string_view label, Analyte a, const Value& v, const Nadir& n, const Rise& r,
               std::vector<std::string>* yes, std::vector<std::string>* maybe) {
  const Tri t = RoseFrom(v, n, r);
  if (t == Tri::kNo) return;
  const std::string nadir = n.lo == n.hi ? Text(a, n.lo) : "at most " + Text(a, n.hi);
  if (t == Tri::kYes) {
    yes->push_back(fmt::format(
        "{} {} rose from its lowest value {} by at least {} and {}{} (progression rule)", label,
        a == kFlc ? DiffText(v) : Text(a, v), nadir, Percent(r.rel),
        r.abs_strict ? "more than " : "", Text(a, r.abs)));
  } else {
    maybe->push_back(fmt::format(
        "{} {} may be a rise of {} and {} from its lowest value {}, but a value reported only "
        "as a bound cannot tell",
        label, a == kFlc ? DiffText(v) : Text(a, v), Percent(r.rel), Text(a, r.abs), nadir));
  }
}

// Light-chain escape or a change of the involved light chain (rule L9): certain cases only.
void CheckEscape(const Value& k, const Value& l, const LineState& s,
                 std::vector<std::string>* yes) {
  const ResponseCriteria& c = s.c;
  const Value ratio = Ratio(k, l);
  for (const bool kappa : {true, false}) {
    if (s.flc_drives && kappa == s.kappa_involved) continue;  // the usual dFLC rule covers it
    const Value& i = kappa ? k : l;
    const bool points =
        kappa ? Above(ratio.lo, c.flc_ratio_high.value) : Below(ratio.hi, c.flc_ratio_low.value);
    if (!points || !AtLeast(i.lo, c.measurable_iflc_mg_l.value)) continue;
    Nadir n = kappa ? s.n_kappa_diff : s.n_lambda_diff;
    if (!n.set) continue;
    n.lo = std::max(0.0, n.lo);
    n.hi = std::max(0.0, n.hi);
    const Value d = Difference(k, l, kappa);
    if (RoseFrom(d, n, Rise{c.pd_relative_increase.value, c.pd_dflc_abs_mg_l.value, true}) !=
        Tri::kYes) {
      continue;
    }
    const bool changed = s.flc_drives || (s.chain_known && s.kappa_involved != kappa);
    const char* name = kappa ? "kappa" : "lambda";
    yes->push_back(fmt::format(
        "{}: the {} free light chain is {} with an abnormal ratio, and its difference from the "
        "other light chain rose to {} from {} (more than {} and 25%, rule L9){}",
        changed ? fmt::format("the involved light chain has changed from {} to {}",
                              kappa ? "lambda" : "kappa", name)
                : std::string("light-chain escape"),
        name, Text(kFlc, i), DiffText(d), Text(kFlc, n.hi), Text(kFlc, c.pd_dflc_abs_mg_l.value),
        s.serum_drives || s.urine_drives
            ? "; strict IMWG counts light-chain progression only when the M-protein is not "
              "measurable"
            : ""));
  }
}

}  // namespace

Progression CheckProgression(const Visit& v, const Measures& m, const LineState& s, Draft* d) {
  const ResponseCriteria& c = s.c;
  Progression pd;
  const double rel = c.pd_relative_increase.value;
  if (m.S) {
    CheckRise("serum M-protein", kSerum, *m.S, s.n_serum,
              Rise{rel, c.pd_serum_abs_g_dl.value, false, c.pd_serum_high_nadir_g_dl.value,
                   c.pd_serum_high_nadir_abs_g_dl.value},
              &pd.yes, &pd.maybe);
  }
  if (m.U) {
    CheckRise("24-hour urine M-protein", kUrine, *m.U, s.n_urine,
              Rise{rel, c.pd_urine_abs_mg_24h.value}, &pd.yes, &pd.maybe);
  }
  if ((s.flc_drives || m.use_fallback) && m.K && m.L) {
    CheckRise("the involved-minus-uninvolved light chain difference", kFlc,
              Difference(*m.K, *m.L, s.kappa_involved), s.n_dflc,
              Rise{rel, c.pd_dflc_abs_mg_l.value, true}, &pd.yes, &pd.maybe);
  }
  if (m.K && m.L) CheckEscape(*m.K, *m.L, s, &pd.yes);
  if (const Observation* o = v.get(Analyte::kNewLesion); o && o->value == 1) {
    d->parts.push_back(
        "a new bone lesion or plasmacytoma was reported: imaging is not part of the lab-only "
        "reading, and the strict IMWG reading counts it as progression");
  }
  return pd;
}

}  // namespace oncoguide::response::lab
