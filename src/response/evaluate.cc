// Evaluation of one assessment: response level of each measure, CR/sCR requirements, PD.
// Thresholds come only from ResponseCriteria (criteria.cc names their sources).
#include "evaluate.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace oncoguide::internal {
namespace {

// Comparisons at thresholds tolerate floating-point noise from unit conversion.
constexpr double kEps = 1e-9;
bool AtLeast(double v, double threshold) { return v >= threshold - kEps; }
bool Below(double v, double threshold) { return v < threshold - kEps; }

enum class Tri { kNo, kYes, kUnknown };
Tri And(Tri a, Tri b) {
  if (a == Tri::kNo || b == Tri::kNo) return Tri::kNo;
  if (a == Tri::kUnknown || b == Tri::kUnknown) return Tri::kUnknown;
  return Tri::kYes;
}
Tri FromBool(bool b) { return b ? Tri::kYes : Tri::kNo; }

std::string Num(double v) {
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

// One measure's contribution: the highest category it supports, or unknown.
struct Level {
  bool known = false;
  Category level = Category::kSD;
  std::string text;     // explanation
  std::string missing;  // what is needed when unknown
};

double Reduction(double baseline, double v) { return baseline > 0 ? (baseline - v) / baseline : 0; }

std::string ChangeText(double baseline, double v, const std::string& baseline_text) {
  if (v <= baseline) {
    return fmt::format("{} below baseline {}", Pct(Reduction(baseline, v)), baseline_text);
  }
  return fmt::format("{} above baseline {}", Pct((v - baseline) / baseline), baseline_text);
}

Level SerumLevel(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  const Analyte a = Analyte::kSerumMProtein;
  Level out;
  std::optional<double> v = day.value(a);
  std::string prefix;
  if (!v) {
    const Observation* ife = day.get(Analyte::kSerumIfe);
    if (ife && ife->value == 0) {
      v = 0;
      prefix = "serum M-protein not measured, but negative serum immunofixation means none is "
               "detectable";
    } else {
      out.missing = "a serum M-protein result on this date";
      return out;
    }
  }
  out.known = true;
  const double b = *s.b_serum;
  const double red = Reduction(b, *v);
  if (*v == 0) {
    out.level = Category::kVGPR;
    out.text = (prefix.empty() ? fmt::format("serum M-protein 0 g/dL (not seen on electrophoresis, "
                                             "baseline {})", Qty(a, b))
                               : prefix) + ": meets VGPR";
    return out;
  }
  out.text = fmt::format("serum M-protein {}, {}", Qty(a, *v), ChangeText(b, *v, Qty(a, b)));
  if (AtLeast(red, c.vgpr_serum_reduction.value)) {
    out.level = Category::kVGPR;
    out.text += ": meets VGPR";
  } else if (AtLeast(red, c.pr_serum_reduction.value)) {
    out.level = Category::kPR;
    out.text += fmt::format(": meets PR; VGPR needs a {} fall, to {} or less",
                            Pct(c.vgpr_serum_reduction.value),
                            Qty(a, b * (1 - c.vgpr_serum_reduction.value)));
  } else if (AtLeast(red, c.mr_serum_reduction.value)) {
    out.level = Category::kMR;
    out.text += fmt::format(": meets MR; PR needs a {} fall, to {} or less",
                            Pct(c.pr_serum_reduction.value),
                            Qty(a, b * (1 - c.pr_serum_reduction.value)));
  } else {
    out.level = Category::kSD;
    out.text += fmt::format(": no response yet; MR needs a {} fall, to {} or less",
                            Pct(c.mr_serum_reduction.value),
                            Qty(a, b * (1 - c.mr_serum_reduction.value)));
  }
  return out;
}

Level UrineLevel(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  const Analyte a = Analyte::kUrineMProtein;
  Level out;
  std::optional<double> v = day.value(a);
  if (!v) {
    const Observation* ife = day.get(Analyte::kUrineIfe);
    if (ife && ife->value == 0) {
      v = 0;
    } else {
      out.missing = "a 24-hour urine M-protein result on this date";
      return out;
    }
  }
  out.known = true;
  const double b = *s.b_urine;
  const double red = Reduction(b, *v);
  out.text = fmt::format("24-hour urine M-protein {}, {}", Qty(a, *v), ChangeText(b, *v, Qty(a, b)));
  if (Below(*v, c.vgpr_urine_below_mg_24h.value)) {
    out.level = Category::kVGPR;
    out.text += fmt::format(": below {}, meets VGPR", Qty(a, c.vgpr_urine_below_mg_24h.value));
  } else if (AtLeast(red, c.pr_urine_reduction.value) ||
             Below(*v, c.pr_urine_below_mg_24h.value)) {
    out.level = Category::kPR;
    out.text += fmt::format(": meets PR; VGPR needs less than {}",
                            Qty(a, c.vgpr_urine_below_mg_24h.value));
  } else if (AtLeast(red, c.mr_urine_reduction.value)) {
    out.level = Category::kMR;
    out.text += fmt::format(": meets MR; PR needs a {} fall or less than {}",
                            Pct(c.pr_urine_reduction.value),
                            Qty(a, c.pr_urine_below_mg_24h.value));
  } else {
    out.level = Category::kSD;
    out.text += fmt::format(": no response yet; MR needs a {} fall, to {} or less",
                            Pct(c.mr_urine_reduction.value),
                            Qty(a, b * (1 - c.mr_urine_reduction.value)));
  }
  return out;
}

std::optional<double> Dflc(const Day& day, const LineState& s) {
  std::optional<double> k = day.value(Analyte::kKappaFlc);
  std::optional<double> l = day.value(Analyte::kLambdaFlc);
  if (!k || !l) return std::nullopt;
  return s.kappa_involved ? *k - *l : *l - *k;
}

std::optional<double> Ratio(const Day& day) {
  std::optional<double> k = day.value(Analyte::kKappaFlc);
  std::optional<double> l = day.value(Analyte::kLambdaFlc);
  if (!k || !l || *l <= 0) return std::nullopt;
  return *k / *l;
}

Level DflcLevel(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  Level out;
  std::optional<double> d = Dflc(day, s);
  if (!d) {
    out.missing = "both free light chain results (kappa and lambda) on this date";
    return out;
  }
  out.known = true;
  const double b = *s.b_dflc;
  const double red = Reduction(b, *d);
  const std::string involved = s.kappa_involved ? "kappa" : "lambda";
  out.text = fmt::format("difference between involved ({}) and uninvolved free light chains {}, {}",
                         involved, Qty(Analyte::kKappaFlc, *d),
                         ChangeText(b, *d, Qty(Analyte::kKappaFlc, b)));
  if (AtLeast(red, c.vgpr_dflc_reduction.value)) {
    out.level = Category::kVGPR;
    out.text += ": meets VGPR";
  } else if (AtLeast(red, c.pr_dflc_reduction.value)) {
    out.level = Category::kPR;
    out.text += fmt::format(": meets PR; VGPR needs a {} fall, to {} or less",
                            Pct(c.vgpr_dflc_reduction.value),
                            Qty(Analyte::kKappaFlc, b * (1 - c.vgpr_dflc_reduction.value)));
  } else {
    out.level = Category::kSD;
    out.text += fmt::format(": no response yet; PR needs a {} fall, to {} or less "
                            "(there is no MR for light-chain-only disease)",
                            Pct(c.pr_dflc_reduction.value),
                            Qty(Analyte::kKappaFlc, b * (1 - c.pr_dflc_reduction.value)));
  }
  return out;
}

Level MarrowLevel(const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  const Analyte a = Analyte::kBmPlasmaCells;
  Level out;
  const double b = *s.b_bmpc;
  if (Below(b, c.pr_bmpc_baseline_min.value)) {
    out.known = true;
    out.level = Category::kSD;
    out.text = fmt::format("baseline bone-marrow plasma cells {} are below {}, so PR cannot be "
                           "measured by marrow; only CR or PD can be assessed",
                           Qty(a, b), Qty(a, c.pr_bmpc_baseline_min.value));
    return out;
  }
  if (s.bmpc == nullptr) {
    out.missing = "a bone-marrow plasma cell result during this line";
    return out;
  }
  out.known = true;
  const double v = s.bmpc->value;
  out.text = fmt::format("bone-marrow plasma cells {} (from {}), {}", Qty(a, v),
                         s.bmpc->date.ToString(), ChangeText(b, v, Qty(a, b)));
  if (AtLeast(Reduction(b, v), c.pr_bmpc_reduction.value)) {
    out.level = Category::kPR;
    out.text += ": meets PR";
  } else {
    out.level = Category::kSD;
    out.text += fmt::format(": no response yet; PR needs a {} fall, to {} or less",
                            Pct(c.pr_bmpc_reduction.value),
                            Qty(a, b * (1 - c.pr_bmpc_reduction.value)));
  }
  return out;
}

Level SpdLevel(const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  const Analyte a = Analyte::kPlasmacytomaSpd;
  Level out;
  if (s.spd == nullptr) {
    out.missing = "a plasmacytoma measurement (SPD) during this line, as plasmacytomas were present "
                  "at baseline";
    return out;
  }
  out.known = true;
  const double b = *s.b_spd;
  const double v = s.spd->value;
  const double red = Reduction(b, v);
  out.text = fmt::format("plasmacytoma SPD {} (from {}), {}", Qty(a, v), s.spd->date.ToString(),
                         ChangeText(b, v, Qty(a, b)));
  if (v == 0) {
    out.level = Category::kSCR;
    out.text += ": plasmacytomas have disappeared";
  } else if (AtLeast(red, c.pr_spd_reduction.value)) {
    out.level = Category::kVGPR;
    out.text += ": enough for PR or VGPR; CR needs them to disappear";
  } else if (AtLeast(red, c.mr_spd_reduction.value)) {
    out.level = Category::kMR;
    out.text += fmt::format(": enough for MR; PR needs a {} fall", Pct(c.pr_spd_reduction.value));
  } else {
    out.level = Category::kSD;
    out.text += fmt::format(": MR needs a {} fall", Pct(c.mr_spd_reduction.value));
  }
  return out;
}

// A coded result as a requirement: `want` is the required value (0 = negative/absent).
Tri Coded(const Observation* o, double want) {
  return o == nullptr ? Tri::kUnknown : FromBool(o->value == want);
}

// PD on one quantity measured from its nadir. Returns kNo when there is no reference.
struct PdCheck {
  Tri met = Tri::kNo;
  std::string text;
};

PdCheck PdFromNadir(Analyte a, std::string_view label, std::optional<double> v,
                    std::optional<double> nadir,
                    bool tracked, double abs_needed, bool abs_strict, double rel,
                    std::optional<double> high_ref, double high_threshold, double high_abs) {
  PdCheck out;
  if (!v) {
    out.met = tracked ? Tri::kUnknown : Tri::kNo;
    return out;
  }
  if (!nadir) return out;
  const double inc = *v - *nadir;
  const bool relative_ok = AtLeast(*v, *nadir * (1 + rel));
  const bool abs_ok = abs_strict ? inc > abs_needed + kEps : AtLeast(inc, abs_needed);
  const bool high_rule = high_ref && AtLeast(*high_ref, high_threshold) && AtLeast(inc, high_abs);
  if ((relative_ok && abs_ok) || high_rule) {
    out.met = Tri::kYes;
    out.text = fmt::format("{} {} is {} above its lowest value {}", label, Qty(a, *v),
                           Qty(a, inc), Qty(a, *nadir));
    if (high_rule && !(relative_ok && abs_ok)) {
      out.text += fmt::format(" (the reference value is {} or more, so a rise of {} is enough)",
                              Qty(a, high_threshold), Qty(a, high_abs));
    } else {
      out.text += fmt::format(" (PD needs a rise of {} and {} {})", Pct(rel),
                              abs_strict ? "more than" : "at least", Qty(a, abs_needed));
    }
  }
  return out;
}

}  // namespace

std::string Pct(double fraction) { return fmt::format("{:.0f}%", std::round(fraction * 100)); }

std::string Qty(Analyte a, double v) {
  const std::string_view unit = Info(a).unit;
  if (unit == "%") return Num(v) + "%";
  if (unit == "g/dL") {
    std::string s = Num(v);
    if (s.find('.') == std::string::npos) s += ".0";
    return s + " g/dL";
  }
  return Num(v) + " " + std::string(unit);
}

Baseline SetUpLine(const std::array<const Observation*, kAnalyteCount>& last, Date start,
                   LineState* s) {
  const ResponseCriteria& c = s->criteria;
  Baseline out;
  auto take = [&](Analyte a) -> std::optional<double> {
    const Observation* o = last[static_cast<int>(a)];
    if (o == nullptr) return std::nullopt;
    if (!out.date || o->date > *out.date) out.date = o->date;
    out.values.push_back(KeyValue{a, o->value, o->value, std::nullopt, o->fhir_id});
    return o->value;
  };
  s->b_serum = take(Analyte::kSerumMProtein);
  s->b_urine = take(Analyte::kUrineMProtein);
  std::optional<double> k = take(Analyte::kKappaFlc);
  std::optional<double> l = take(Analyte::kLambdaFlc);
  s->b_bmpc = take(Analyte::kBmPlasmaCells);
  s->b_spd = take(Analyte::kPlasmacytomaSpd);
  std::vector<std::string> why;
  s->serum_measurable = s->b_serum && AtLeast(*s->b_serum, c.measurable_serum_g_dl.value);
  s->urine_measurable = s->b_urine && AtLeast(*s->b_urine, c.measurable_urine_mg_24h.value);
  if (s->serum_measurable) out.measurable.push_back(Analyte::kSerumMProtein);
  if (s->urine_measurable) out.measurable.push_back(Analyte::kUrineMProtein);
  if (s->b_serum) {
    why.push_back(fmt::format("serum M-protein {} is {}measurable (needs {} or more)",
                              Qty(Analyte::kSerumMProtein, *s->b_serum),
                              s->serum_measurable ? "" : "not ",
                              Qty(Analyte::kSerumMProtein, c.measurable_serum_g_dl.value)));
  }
  if (s->b_urine) {
    why.push_back(fmt::format("24-hour urine M-protein {} is {}measurable (needs {} or more)",
                              Qty(Analyte::kUrineMProtein, *s->b_urine),
                              s->urine_measurable ? "" : "not ",
                              Qty(Analyte::kUrineMProtein, c.measurable_urine_mg_24h.value)));
  }
  bool flc_measurable = false;
  if (k && l && *l > 0) {
    const double ratio = *k / *l;
    const bool abnormal = Below(ratio, c.flc_ratio_low.value) || ratio > c.flc_ratio_high.value + kEps;
    s->kappa_involved = ratio > 1;
    const double iflc = s->kappa_involved ? *k : *l;
    const double uflc = s->kappa_involved ? *l : *k;
    s->b_dflc = iflc - uflc;
    flc_measurable = abnormal && AtLeast(iflc, c.measurable_iflc_mg_l.value);
    why.push_back(fmt::format(
        "involved ({}) free light chain {} with a kappa/lambda ratio of {} is {}measurable (needs "
        "{} or more and a ratio outside {}-{})",
        s->kappa_involved ? "kappa" : "lambda", Qty(Analyte::kKappaFlc, iflc), Num(ratio),
        flc_measurable ? "" : "not ", Qty(Analyte::kKappaFlc, c.measurable_iflc_mg_l.value),
        Num(c.flc_ratio_low.value), Num(c.flc_ratio_high.value)));
  }
  if (s->serum_measurable || s->urine_measurable) {
    s->mode = Mode::kMProtein;
  } else if (flc_measurable) {
    s->mode = Mode::kFlc;
    out.measurable.push_back(s->kappa_involved ? Analyte::kKappaFlc : Analyte::kLambdaFlc);
    why.push_back("serum and urine M-protein are not measurable, so the light chains drive response");
  } else if (s->b_bmpc) {
    s->mode = Mode::kMarrow;
    out.measurable.push_back(Analyte::kBmPlasmaCells);
    why.push_back("neither M-protein nor light chains are measurable, so bone-marrow plasma cells "
                  "drive response");
  }
  if (s->mode == Mode::kNone) {
    why.push_back(fmt::format("no measurable disease on or before {}: response needs a baseline "
                              "serum M-protein of {} or more, a 24-hour urine M-protein of {} or "
                              "more, an abnormal light chain ratio with the involved light chain "
                              "at {} or more, or a bone-marrow result",
                              start.ToString(),
                              Qty(Analyte::kSerumMProtein, c.measurable_serum_g_dl.value),
                              Qty(Analyte::kUrineMProtein, c.measurable_urine_mg_24h.value),
                              Qty(Analyte::kKappaFlc, c.measurable_iflc_mg_l.value)));
  }
  out.explanation = fmt::format("{}.", fmt::join(why, "; "));
  s->n_serum = s->b_serum;
  s->n_urine = s->b_urine;
  s->n_dflc = s->b_dflc;
  s->n_bmpc = s->b_bmpc;
  s->n_spd = s->b_spd;
  return out;
}

bool IsAssessmentDay(const Day& day, const LineState& s) {
  for (Analyte a : {Analyte::kSerumMProtein, Analyte::kUrineMProtein, Analyte::kKappaFlc,
                    Analyte::kLambdaFlc, Analyte::kSerumIfe, Analyte::kUrineIfe}) {
    if (day.get(a)) return true;
  }
  if (const Observation* o = day.get(Analyte::kNewLesion); o && o->value == 1) return true;
  if (s.mode == Mode::kMarrow && day.get(Analyte::kBmPlasmaCells)) return true;
  if (const Observation* o = day.get(Analyte::kPlasmacytomaSpd)) {
    // Imaging alone is an assessment when it shows growth (imaging PD).
    if (s.n_spd && o->value > 0 &&
        (*s.n_spd == 0 || AtLeast(o->value, *s.n_spd * (1 + s.criteria.pd_spd_increase.value)))) {
      return true;
    }
    if (!s.n_spd && o->value > 0) return true;
  }
  return false;
}

void CarryForward(const Day& day, LineState* s) {
  auto carry = [&](Analyte a, const Observation** slot) {
    if (const Observation* o = day.get(a)) *slot = o;
  };
  carry(Analyte::kBmPlasmaCells, &s->bmpc);
  carry(Analyte::kBmClonality, &s->clonality);
  carry(Analyte::kMrdNgf, &s->ngf);
  carry(Analyte::kMrdNgs, &s->ngs);
  carry(Analyte::kPetCt, &s->pet);
  carry(Analyte::kPlasmacytomaSpd, &s->spd);
}

void UpdateNadirs(const Day& day, LineState* s) {
  auto lower = [](std::optional<double>* n, std::optional<double> v) {
    if (v && (!*n || *v < **n)) *n = v;
  };
  lower(&s->n_serum, day.value(Analyte::kSerumMProtein));
  lower(&s->n_urine, day.value(Analyte::kUrineMProtein));
  if (s->mode == Mode::kFlc) lower(&s->n_dflc, Dflc(day, *s));
  lower(&s->n_bmpc, day.value(Analyte::kBmPlasmaCells));
  lower(&s->n_spd, day.value(Analyte::kPlasmacytomaSpd));
}

}  // namespace oncoguide::internal

namespace oncoguide::internal {
namespace {

bool FlcRatioNormal(double ratio, const ResponseCriteria& c) {
  return AtLeast(ratio, c.flc_ratio_low.value) && ratio <= c.flc_ratio_high.value + kEps;
}

// The serum (or urine) value used for PD: a negative immunofixation means none is detectable.
std::optional<double> WithIfe(const Day& day, Analyte a, Analyte ife) {
  if (std::optional<double> v = day.value(a)) return v;
  const Observation* o = day.get(ife);
  return o && o->value == 0 ? std::optional<double>(0) : std::nullopt;
}

}  // namespace

Evaluation Evaluate(const Day& day, const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  Evaluation ev;
  Assessment& as = ev.assessment;
  as.date = day.date;
  as.source_ids = day.ids;
  auto nadir_of = [&](Analyte a) -> std::optional<double> {
    switch (a) {
      case Analyte::kSerumMProtein: return s.n_serum;
      case Analyte::kUrineMProtein: return s.n_urine;
      case Analyte::kBmPlasmaCells: return s.n_bmpc;
      case Analyte::kPlasmacytomaSpd: return s.n_spd;
      default: return std::nullopt;
    }
  };
  auto baseline_of = [&](Analyte a) -> std::optional<double> {
    switch (a) {
      case Analyte::kSerumMProtein: return s.b_serum;
      case Analyte::kUrineMProtein: return s.b_urine;
      case Analyte::kBmPlasmaCells: return s.b_bmpc;
      case Analyte::kPlasmacytomaSpd: return s.b_spd;
      default: return std::nullopt;
    }
  };
  for (int i = 0; i < kAnalyteCount; ++i) {
    const Observation* o = day.obs[i];
    if (o == nullptr || Info(o->analyte).kind == ValueKind::kText) continue;
    as.values.push_back(
        KeyValue{o->analyte, o->value, baseline_of(o->analyte), nadir_of(o->analyte), o->fhir_id});
  }

  // Progression (Kumar 2016, Table 3: any one criterion is enough).
  Tri pd = Tri::kNo;
  std::vector<std::string> pd_text;
  bool biochemical_pd = false;
  auto add_pd = [&](const PdCheck& p) {
    if (p.met == Tri::kYes) {
      pd = Tri::kYes;
      biochemical_pd = true;
      pd_text.push_back(p.text);
    } else if (p.met == Tri::kUnknown && pd != Tri::kYes) {
      pd = Tri::kUnknown;
    }
  };
  add_pd(PdFromNadir(Analyte::kSerumMProtein, "serum M-protein",
                     WithIfe(day, Analyte::kSerumMProtein, Analyte::kSerumIfe), s.n_serum,
                     s.serum_measurable, c.pd_serum_abs_g_dl.value, false,
                     c.pd_relative_increase.value,
                     c.high_nadir_rule_uses_baseline ? s.b_serum : s.n_serum,
                     c.pd_serum_high_nadir_g_dl.value, c.pd_serum_high_nadir_abs_g_dl.value));
  add_pd(PdFromNadir(Analyte::kUrineMProtein, "24-hour urine M-protein",
                     WithIfe(day, Analyte::kUrineMProtein, Analyte::kUrineIfe), s.n_urine,
                     s.urine_measurable, c.pd_urine_abs_mg_24h.value, false,
                     c.pd_relative_increase.value, std::nullopt, 0, 0));
  if (s.mode == Mode::kFlc) {
    // dFLC progression applies only when serum and urine M-protein are not measurable.
    add_pd(PdFromNadir(Analyte::kKappaFlc, "the involved-minus-uninvolved light chain difference",
                       Dflc(day, s), s.n_dflc, true, c.pd_dflc_abs_mg_l.value, true,
                       c.pd_relative_increase.value, std::nullopt, 0, 0));
  }
  if (s.mode == Mode::kMarrow) {
    // Marrow progression applies only without measurable M-protein or light chains.
    add_pd(PdFromNadir(Analyte::kBmPlasmaCells, "bone-marrow plasma cells",
                       day.value(Analyte::kBmPlasmaCells), s.n_bmpc, false,
                       c.pd_bmpc_abs_points.value, false, c.pd_relative_increase.value,
                       std::nullopt, 0, 0));
  }
  if (const Observation* o = day.get(Analyte::kNewLesion); o && o->value == 1) {
    pd = Tri::kYes;
    ev.imaging_pd = true;
    pd_text.push_back("a new bone lesion or plasmacytoma was reported");
  }
  if (const Observation* o = day.get(Analyte::kPlasmacytomaSpd); o && s.n_spd && o->value > 0) {
    if (*s.n_spd == 0) {
      pd = Tri::kYes;
      ev.imaging_pd = true;
      pd_text.push_back(fmt::format("a plasmacytoma ({}) appeared after the plasmacytomas had "
                                    "disappeared",
                                    Qty(Analyte::kPlasmacytomaSpd, o->value)));
    } else if (AtLeast(o->value, *s.n_spd * (1 + c.pd_spd_increase.value))) {
      pd = Tri::kYes;
      ev.imaging_pd = true;
      pd_text.push_back(fmt::format("plasmacytoma SPD {} is {} above its smallest size {}",
                                    Qty(Analyte::kPlasmacytomaSpd, o->value),
                                    Pct((o->value - *s.n_spd) / *s.n_spd),
                                    Qty(Analyte::kPlasmacytomaSpd, *s.n_spd)));
    }
  }

  std::vector<std::string> parts;
  for (const std::string& sp : day.spurious) parts.push_back(sp);
  if (pd == Tri::kYes) {
    as.response = Category::kPD;
    std::string text = fmt::format("{}: progressive disease (PD)", fmt::join(pd_text, "; "));
    if (ev.imaging_pd) {
      text += " (progression seen on imaging needs no confirming test)";
    } else if (biochemical_pd) {
      text += " (a rise in lab values needs a confirming consecutive assessment)";
    }
    parts.push_back(text);
    as.explanation = fmt::format("{}.", fmt::join(parts, "; "));
    return ev;
  }

  // Response level of each driving measure.
  std::vector<Level> levels;
  switch (s.mode) {
    case Mode::kNone:
      break;
    case Mode::kMProtein:
      if (s.serum_measurable) levels.push_back(SerumLevel(day, s));
      if (s.urine_measurable) levels.push_back(UrineLevel(day, s));
      break;
    case Mode::kFlc:
      levels.push_back(DflcLevel(day, s));
      break;
    case Mode::kMarrow:
      levels.push_back(MarrowLevel(s));
      break;
  }
  if (s.mode != Mode::kNone && s.b_spd && *s.b_spd > 0) levels.push_back(SpdLevel(s));
  if (s.mode == Mode::kNone) {
    as.response = Category::kNE;
    as.missing.push_back("a baseline with measurable disease");
    as.explanation = "Not evaluable: there was no measurable disease at the start of this line "
                     "(see the baseline).";
    return ev;
  }
  bool all_known = true;
  Category lowest_known = Category::kSCR;
  Category highest_known = Category::kSD;
  for (const Level& l : levels) {
    if (l.known) {
      parts.push_back(l.text);
      lowest_known = std::min(lowest_known, l.level);
      highest_known = std::max(highest_known, l.level);
    } else {
      all_known = false;
    }
  }

  // Complete response (Kumar 2016, Table 3).
  const Observation* sife = day.get(Analyte::kSerumIfe);
  const Observation* uife = day.get(Analyte::kUrineIfe);
  Tri cr = And(Coded(sife, 0), Coded(uife, 0));
  std::vector<std::string> cr_needs;
  if (!sife) cr_needs.push_back("a serum immunofixation on the same date");
  if (!uife) cr_needs.push_back("a urine immunofixation on the same date");
  if (s.bmpc) {
    cr = And(cr, FromBool(Below(s.bmpc->value, c.cr_bmpc_below.value)));
  } else {
    cr = And(cr, Tri::kUnknown);
    cr_needs.push_back(fmt::format("a bone-marrow result (plasma cells below {})",
                                   Qty(Analyte::kBmPlasmaCells, c.cr_bmpc_below.value)));
  }
  if (s.b_spd && *s.b_spd > 0) {
    cr = And(cr, s.spd ? FromBool(s.spd->value == 0) : Tri::kUnknown);
    if (!s.spd) cr_needs.push_back("imaging showing the plasmacytomas have disappeared");
  }
  const std::optional<double> ratio = Ratio(day);
  const Tri ratio_normal = ratio ? FromBool(FlcRatioNormal(*ratio, c)) : Tri::kUnknown;
  if (s.mode == Mode::kFlc) {
    cr = And(cr, ratio_normal);
    if (!ratio) cr_needs.push_back("a kappa/lambda ratio on the same date");
  }
  if (s.mode == Mode::kMProtein) {
    Tri deep = all_known ? FromBool(lowest_known >= Category::kVGPR) : Tri::kUnknown;
    if (!all_known && lowest_known < Category::kVGPR) deep = Tri::kNo;
    cr = And(cr, deep);
  }
  const Tri scr = And(cr, And(ratio_normal, Coded(s.clonality, 0)));

  std::vector<std::string> notes;
  if (sife && sife->value == 1) {
    notes.push_back("serum immunofixation is still positive, so CR is not reached");
    const std::optional<double> m = day.value(Analyte::kSerumMProtein);
    if (s.antibody_regimen && (!m || *m <= 0.2)) {
      notes.push_back("on a regimen with a therapeutic antibody such as daratumumab, a small "
                      "IgG-kappa band can be the drug itself rather than myeloma; ask whether a "
                      "test that removes the drug's band (such as a daratumumab IFE reflex "
                      "assay) was done");
    }
  }
  if (uife && uife->value == 1) notes.push_back("urine immunofixation is still positive");
  if (s.bmpc && !Below(s.bmpc->value, c.cr_bmpc_below.value)) {
    notes.push_back(fmt::format("bone-marrow plasma cells {} (from {}) are not below {}",
                                Qty(Analyte::kBmPlasmaCells, s.bmpc->value),
                                s.bmpc->date.ToString(),
                                Qty(Analyte::kBmPlasmaCells, c.cr_bmpc_below.value)));
  }

  if (pd == Tri::kUnknown) {
    as.response = Category::kNE;
  } else if (scr == Tri::kYes) {
    as.response = Category::kSCR;
    notes.push_back("negative serum and urine immunofixation, marrow plasma cells below 5%, a "
                    "normal light chain ratio and no clonal plasma cells in the marrow: meets sCR");
  } else if (cr == Tri::kYes) {
    as.response = Category::kCR;
    std::string why = "negative serum and urine immunofixation and marrow plasma cells below 5%: "
                      "meets CR";
    std::vector<std::string> scr_needs;
    if (ratio_normal == Tri::kNo) scr_needs.push_back("a normal kappa/lambda ratio");
    if (ratio_normal == Tri::kUnknown) scr_needs.push_back("a kappa/lambda ratio on the same date");
    if (s.clonality == nullptr) scr_needs.push_back("a marrow clonality result (immunohistochemistry)");
    if (s.clonality && s.clonality->value == 1) scr_needs.push_back("no clonal plasma cells in the marrow");
    if (!scr_needs.empty()) why += fmt::format("; sCR needs {}", fmt::join(scr_needs, " and "));
    notes.push_back(why);
  } else if (all_known) {
    Category l = std::min(lowest_known, Category::kVGPR);
    if (s.mode != Mode::kMProtein && l == Category::kMR) l = Category::kSD;  // no FLC/marrow MR
    as.response = l;

  } else if (lowest_known == Category::kSD) {
    as.response = Category::kSD;  // one measure already rules out every response category
  } else {
    as.response = Category::kNE;
  }

  if (as.response == Category::kNE) {
    for (const Level& l : levels) {
      if (!l.known) as.missing.push_back(fmt::format("a response needs {}", l.missing));
    }
    if (pd == Tri::kUnknown && as.missing.empty()) {
      as.missing.push_back("progression cannot be ruled out without every measurable test");
    }
  }
  if (as.response >= Category::kVGPR && as.response < Category::kCR && cr == Tri::kUnknown) {
    std::string needs = cr_needs.back();
    if (cr_needs.size() > 1) {
      needs = fmt::format("{} and {}",
                          fmt::join(cr_needs.begin(), cr_needs.end() - 1, ", "), cr_needs.back());
    }
    as.missing.push_back("CR needs " + needs);
  }
  for (const std::string& n : notes) parts.push_back(n);
  if (as.response == Category::kNE) {
    parts.push_back(fmt::format("not evaluable: {}", fmt::join(as.missing, "; ")));
  } else if (as.response < Category::kCR) {
    std::string overall = fmt::format("overall {} ({})", CategoryLongName(as.response),
                                      CategoryName(as.response));
    if (levels.size() > 1 && highest_known > lowest_known) {
      overall += ", the highest category every measure meets";
    }
    parts.push_back(overall);
    for (const std::string& m : as.missing) parts.push_back(m);
  }
  as.explanation = fmt::format("{}.", fmt::join(parts, "; "));
  return ev;
}

}  // namespace oncoguide::internal
