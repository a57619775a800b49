// Evaluation of one assessment: CR/sCR requirements, progression, and the category
// (see evaluate.h). Per-measure levels live in levels.cc.
#include "evaluate.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "levels.h"

namespace oncoguide::internal {
namespace {


Tri Coded(const Observation* o, double want) {
  return o == nullptr ? Tri::kUnknown : TriOf(o->value == want);
}

// PD on one quantity measured from its nadir. Returns kNo when there is no reference.
struct PdCheck {
  Tri met = Tri::kNo;
  std::string text;
};

PdCheck PdFromNadir(Analyte a, std::string_view label, std::optional<double> v,
                    std::optional<double> nadir, bool tracked, double abs_needed, bool abs_strict,
                    double rel, std::optional<double> high_ref, double high_threshold,
                    double high_abs) {
  PdCheck out;
  if (!v) {
    out.met = tracked ? Tri::kUnknown : Tri::kNo;
    return out;
  }
  if (!nadir) return out;
  const double inc = *v - *nadir;
  const bool relative_ok = AtLeast(*v, *nadir * (1 + rel));
  const bool abs_ok = abs_strict ? Above(inc, abs_needed) : AtLeast(inc, abs_needed);
  const bool high_rule = high_ref && AtLeast(*high_ref, high_threshold) && AtLeast(inc, high_abs);
  if ((relative_ok && abs_ok) || high_rule) {
    out.met = Tri::kYes;
    out.text = fmt::format("{} {} is {} above its lowest value {}", label, Qty(a, *v), Qty(a, inc),
                           Qty(a, *nadir));
    if (high_rule && !(relative_ok && abs_ok)) {
      fmt::format_to(std::back_inserter(out.text),
                     " (the reference value is {} or more, so a rise of {} is enough)",
                     Qty(a, high_threshold), Qty(a, high_abs));
    } else {
      fmt::format_to(std::back_inserter(out.text), " (PD needs a rise of {} and {} {})", Pct(rel),
                     abs_strict ? "more than" : "at least", Qty(a, abs_needed));
    }
  }
  return out;
}

bool FlcRatioNormal(double ratio, const ResponseCriteria& c) {
  return AtLeast(ratio, c.flc_ratio_low.value) && AtMost(ratio, c.flc_ratio_high.value);
}

// The serum (or urine) value used for PD: a negative immunofixation means none is detectable.
std::optional<double> WithIfe(const Day& day, Analyte a, Analyte ife) {
  if (std::optional<double> v = day.value(a)) return v;
  const Observation* o = day.get(ife);
  return o && o->value == 0 ? std::optional<double>(0) : std::nullopt;
}

// fmt::format("{}.", fmt::join(parts, "; ")) with one allocation.
std::string JoinSentence(const std::vector<std::string>& parts) {
  size_t size = 1;
  for (const std::string& p : parts) size += p.size() + 2;
  std::string out;
  out.reserve(size);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += "; ";
    out += parts[i];
  }
  out += '.';
  return out;
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
      case Analyte::kSerumMProtein:
        return s.n_serum;
      case Analyte::kUrineMProtein:
        return s.n_urine;
      case Analyte::kBmPlasmaCells:
        return s.n_bmpc;
      case Analyte::kPlasmacytomaSpd:
        return s.n_spd;
      default:
        return std::nullopt;
    }
  };
  auto baseline_of = [&](Analyte a) -> std::optional<double> {
    switch (a) {
      case Analyte::kSerumMProtein:
        return s.b_serum;
      case Analyte::kUrineMProtein:
        return s.b_urine;
      case Analyte::kBmPlasmaCells:
        return s.b_bmpc;
      case Analyte::kPlasmacytomaSpd:
        return s.b_spd;
      default:
        return std::nullopt;
    }
  };
  size_t value_count = 0;
  for (const Observation* o : day.obs) {
    value_count += o != nullptr && Info(o->analyte).kind != ValueKind::kText;
  }
  as.values.reserve(value_count);
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
      pd_text.push_back(
          fmt::format("a plasmacytoma ({}) appeared after the plasmacytomas had "
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
    parts.push_back(std::move(text));
    as.explanation = JoinSentence(parts);
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
    as.explanation =
        "Not evaluable: there was no measurable disease at the start of this line "
        "(see the baseline).";
    return ev;
  }
  bool all_known = true;
  Category lowest_known = Category::kSCR;
  Category highest_known = Category::kSD;
  for (Level& l : levels) {
    if (l.known) {
      parts.push_back(std::move(l.text));  // not used again
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
    cr = And(cr, TriOf(Below(s.bmpc->value, c.cr_bmpc_below.value)));
  } else {
    cr = And(cr, Tri::kUnknown);
    cr_needs.push_back("a bone-marrow result (plasma cells below " +
                       Qty(Analyte::kBmPlasmaCells, c.cr_bmpc_below.value) + ")");
  }
  if (s.b_spd && *s.b_spd > 0) {
    cr = And(cr, s.spd ? TriOf(s.spd->value == 0) : Tri::kUnknown);
    if (!s.spd) cr_needs.push_back("imaging showing the plasmacytomas have disappeared");
  }
  const std::optional<double> ratio = Ratio(day);
  const Tri ratio_normal = ratio ? TriOf(FlcRatioNormal(*ratio, c)) : Tri::kUnknown;
  if (s.mode == Mode::kFlc) {
    cr = And(cr, ratio_normal);
    if (!ratio) cr_needs.push_back("a kappa/lambda ratio on the same date");
  }
  if (s.mode == Mode::kMProtein) {
    Tri deep = all_known ? TriOf(lowest_known >= Category::kVGPR) : Tri::kUnknown;
    if (!all_known && lowest_known < Category::kVGPR) deep = Tri::kNo;
    cr = And(cr, deep);
  }
  const Tri scr = And(cr, And(ratio_normal, Coded(s.clonality, 0)));

  std::vector<std::string> notes;
  if (sife && sife->value == 1) {
    notes.push_back("serum immunofixation is still positive, so CR is not reached");
    const std::optional<double> m = day.value(Analyte::kSerumMProtein);
    if (s.antibody_regimen && (!m || *m <= 0.2)) {
      notes.push_back(
          "on a regimen with a therapeutic antibody such as daratumumab, a small "
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

  // Only the sCR and CR texts use it.
  const auto marrow_cr = [&] {
    return "marrow plasma cells below " + Qty(Analyte::kBmPlasmaCells, c.cr_bmpc_below.value);
  };
  // A measurable test is missing, so progression cannot be ruled out: NE (as in the last branch).
  if (pd == Tri::kUnknown) {  // NOLINT(bugprone-branch-clone)
    as.response = Category::kNE;
  } else if (scr == Tri::kYes) {
    as.response = Category::kSCR;
    notes.push_back(fmt::format(
        "negative serum and urine immunofixation, {}, a normal light chain ratio and no clonal "
        "plasma cells in the marrow: meets sCR",
        marrow_cr()));
  } else if (cr == Tri::kYes) {
    as.response = Category::kCR;
    std::string why =
        fmt::format("negative serum and urine immunofixation and {}: meets CR", marrow_cr());
    std::vector<std::string> scr_needs;
    if (ratio_normal == Tri::kNo) scr_needs.push_back("a normal kappa/lambda ratio");
    if (ratio_normal == Tri::kUnknown) scr_needs.push_back("a kappa/lambda ratio on the same date");
    if (s.clonality == nullptr)
      scr_needs.push_back("a marrow clonality result (immunohistochemistry)");
    if (s.clonality && s.clonality->value == 1)
      scr_needs.push_back("no clonal plasma cells in the marrow");
    if (!scr_needs.empty())
      fmt::format_to(std::back_inserter(why), "; sCR needs {}", fmt::join(scr_needs, " and "));
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
      needs = fmt::format("{} and {}", fmt::join(cr_needs.begin(), cr_needs.end() - 1, ", "),
                          cr_needs.back());
    }
    as.missing.push_back("CR needs " + needs);
  }
  for (std::string& n : notes) parts.push_back(std::move(n));
  if (as.response == Category::kNE) {
    std::string text = "not evaluable: ";
    for (size_t i = 0; i < as.missing.size(); ++i) {
      if (i > 0) text += "; ";
      text += as.missing[i];
    }
    parts.push_back(std::move(text));
  } else if (as.response < Category::kCR) {
    std::string overall = "overall ";
    overall += CategoryLongName(as.response);
    overall += " (";
    overall += CategoryName(as.response);
    overall += ')';
    if (levels.size() > 1 && highest_known > lowest_known) {
      overall += ", the highest category every measure meets";
    }
    parts.push_back(std::move(overall));
    for (const std::string& m : as.missing) parts.push_back(m);
  }
  as.explanation = JoinSentence(parts);
  return ev;
}

}  // namespace oncoguide::internal