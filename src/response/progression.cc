// Progressive disease (Kumar 2016, Table 3, PD row; see progression.h). Each lab criterion is a
// rise from the lowest value since the start of the line (the nadir, criteria.cc), checked over
// every value a result reported against a test's limit allows: a bounded result never counts
// as a rise, and a bounded nadir is never used as a number.
#include "progression.h"

#include <fmt/format.h>

#include <iterator>

#include "levels.h"

namespace oncoguide::response::internal {

using records::Analyte;

namespace {

// A PD criterion on a quantity measured from its nadir: a rise of `relative` (25%) and of at
// least `min_rise` (more than, when `strict_rise`); for the serum M-protein also: when the
// reference value is at least `high_reference_min`, a rise of `high_rise` is enough.
struct NadirRule {
  Analyte unit;
  std::string_view label;
  double relative = 0;
  double min_rise = 0;
  bool strict_rise = false;
  std::optional<Range> high_reference = std::nullopt;
  double high_reference_min = 0;
  double high_rise = 0;
};

// The quantity on the assessment date and its nadir. `tracked`: the quantity drives response,
// so a missing value leaves PD undecided.
struct NadirInput {
  std::optional<Range> value;
  std::optional<Range> nadir;
  bool tracked = false;
};

struct PdCheck {
  Tri met = Tri::kNo;
  std::string text;       // when met
  std::string undecided;  // when a bounded value leaves it undecided
};

Tri RiseAtLeast(const Range& v, const Range& n, double rise, bool strict) {
  const Range increase{v.lo - n.hi, v.hi - n.lo};
  return strict ? IsAbove(increase, rise) : IsAtLeast(increase, rise);
}

Tri RelativeRise(const Range& v, const Range& n, double relative) {
  if (AtLeast(v.lo, n.hi * (1 + relative))) return Tri::kYes;
  if (Below(v.hi, n.lo * (1 + relative))) return Tri::kNo;
  return Tri::kUnknown;
}

PdCheck PdFromNadir(const NadirRule& rule, const NadirInput& in) {
  PdCheck out;
  if (!in.value) {
    out.met = in.tracked ? Tri::kUnknown : Tri::kNo;
    return out;
  }
  // No nadir yet, or a trace: a result too small to quantify never counts as a rise.
  if (!in.nadir || in.value->bound == records::ValueBound::kTrace) return out;
  const Range& v = *in.value;
  const Range& n = *in.nadir;
  const Tri usual =
      And(RelativeRise(v, n, rule.relative), RiseAtLeast(v, n, rule.min_rise, rule.strict_rise));
  const Tri high = rule.high_reference
                       ? And(IsAtLeast(*rule.high_reference, rule.high_reference_min),
                             RiseAtLeast(v, n, rule.high_rise, false))
                       : Tri::kNo;
  out.met = Or(usual, high);
  const Analyte a = rule.unit;
  if (out.met == Tri::kUnknown) {
    out.undecided = fmt::format(
        "whether {} {} is a rise from its lowest value {} cannot be decided, as a result was "
        "given against the test's limit; a measured value would decide it",
        rule.label, Describe(a, v), Describe(a, n));
    return out;
  }
  if (out.met != Tri::kYes) return out;
  if (v.exact() && n.exact()) {
    out.text = fmt::format("{} {} is {} above its lowest value {}", rule.label, Qty(a, v.value()),
                           Qty(a, v.value() - n.value()), Qty(a, n.value()));
  } else {
    out.text = fmt::format("{} {} is at least {} above its lowest value, {}", rule.label,
                           Describe(a, v), Qty(a, v.lo - n.hi), Describe(a, n));
  }
  if (high == Tri::kYes && usual != Tri::kYes) {
    fmt::format_to(std::back_inserter(out.text),
                   " (the reference value is {} or more, so a rise of {} is enough)",
                   Qty(a, rule.high_reference_min), Qty(a, rule.high_rise));
  } else {
    fmt::format_to(std::back_inserter(out.text), " (PD needs a rise of {} and {} {})",
                   Pct(rule.relative), rule.strict_rise ? "more than" : "at least",
                   Qty(a, rule.min_rise));
  }
  return out;
}

// The serum (or urine) value used for PD: a negative immunofixation means none is detectable.
std::optional<Range> WithIfe(const Day& day, Analyte a, Analyte ife) {
  if (std::optional<Range> v = day.value(a)) return v;
  const records::Observation* o = day.get(ife);
  return o && o->value == 0 ? std::optional<Range>(Range::Exact(0)) : std::nullopt;
}

// Serum M-protein: a rise of 25% and >= 0.5 g/dL; or >= 1 g/dL when the nadir (2011: the
// starting value) is >= 5 g/dL.
PdCheck SerumPd(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  return PdFromNadir(
      {.unit = Analyte::kSerumMProtein,
       .label = "serum M-protein",
       .relative = c.pd_relative_increase.value,
       .min_rise = c.pd_serum_abs_g_dl.value,
       .high_reference = c.high_nadir_rule_uses_baseline ? s.b_serum : s.n_serum,
       .high_reference_min = c.pd_serum_high_nadir_g_dl.value,
       .high_rise = c.pd_serum_high_nadir_abs_g_dl.value},
      {WithIfe(day, Analyte::kSerumMProtein, Analyte::kSerumIfe), s.n_serum, s.serum_measurable});
}

// 24-hour urine M-protein: a rise of 25% and >= 200 mg/24h.
PdCheck UrinePd(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  return PdFromNadir(
      {.unit = Analyte::kUrineMProtein,
       .label = "24-hour urine M-protein",
       .relative = c.pd_relative_increase.value,
       .min_rise = c.pd_urine_abs_mg_24h.value},
      {WithIfe(day, Analyte::kUrineMProtein, Analyte::kUrineIfe), s.n_urine, s.urine_measurable});
}

// dFLC, only when serum and urine M-protein are not measurable: a rise of 25% and > 10 mg/dL.
PdCheck DflcPd(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  return PdFromNadir({.unit = Analyte::kKappaFlc,
                      .label = "the involved-minus-uninvolved light chain difference",
                      .relative = c.pd_relative_increase.value,
                      .min_rise = c.pd_dflc_abs_mg_l.value,
                      .strict_rise = true},
                     {Dflc(day, s), s.n_dflc, true});
}

// Marrow plasma cells, only without measurable M-protein or light chains: a rise of 25% and of
// >= 10 percentage points.
PdCheck MarrowPd(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  return PdFromNadir({.unit = Analyte::kBmPlasmaCells,
                      .label = "bone-marrow plasma cells",
                      .relative = c.pd_relative_increase.value,
                      .min_rise = c.pd_bmpc_abs_points.value},
                     {day.value(Analyte::kBmPlasmaCells), s.n_bmpc, false});
}

// A new bone lesion or plasmacytoma.
bool NewLesionPd(const Day& day, Progression* p) {
  const records::Observation* o = day.get(Analyte::kNewLesion);
  if (!o || o->value != 1) return false;
  p->reasons.push_back("a new bone lesion or plasmacytoma was reported");
  return true;
}

// Plasmacytoma SPD: >= 50% growth from its smallest size, or reappearance after it had gone.
bool PlasmacytomaPd(const Day& day, const LineState& s, Progression* p) {
  const std::optional<Range> v = day.value(Analyte::kPlasmacytomaSpd);
  if (!v || !s.n_spd || IsAbove(*v, 0) != Tri::kYes) return false;
  const Analyte a = Analyte::kPlasmacytomaSpd;
  const Range& n = *s.n_spd;
  if (n.exact() && n.value() == 0) {
    p->reasons.push_back(fmt::format(
        "a plasmacytoma ({}) appeared after the plasmacytomas had disappeared", Describe(a, *v)));
    return true;
  }
  if (IsAtLeast(*v, n.hi * (1 + s.criteria.pd_spd_increase.value)) != Tri::kYes) return false;
  if (v->exact() && n.exact()) {
    p->reasons.push_back(fmt::format("plasmacytoma SPD {} is {} above its smallest size {}",
                                     Qty(a, v->value()), Pct((v->value() - n.value()) / n.value()),
                                     Qty(a, n.value())));
  } else {
    p->reasons.push_back(
        fmt::format("plasmacytoma SPD {} is at least {} above its smallest "
                    "size, {}",
                    Describe(a, *v), Pct((v->lo - n.hi) / n.hi), Describe(a, n)));
  }
  return true;
}

void Add(const PdCheck& check, Progression* p) {
  if (check.met == Tri::kYes) {
    p->met = Tri::kYes;
    p->biochemical = true;
    p->reasons.push_back(check.text);
  } else if (check.met == Tri::kUnknown && p->met != Tri::kYes) {
    p->met = Tri::kUnknown;
  }
  if (!check.undecided.empty()) p->undecided.push_back(check.undecided);
}

}  // namespace

Progression CheckProgression(const Day& day, const LineState& s) {
  Progression p;
  Add(SerumPd(day, s), &p);
  Add(UrinePd(day, s), &p);
  if (s.mode == Mode::kFlc) Add(DflcPd(day, s), &p);
  if (s.mode == Mode::kMarrow) Add(MarrowPd(day, s), &p);
  if (NewLesionPd(day, &p)) p.imaging = true;
  if (PlasmacytomaPd(day, s, &p)) p.imaging = true;
  if (p.imaging) p.met = Tri::kYes;
  return p;
}

}  // namespace oncoguide::response::internal
