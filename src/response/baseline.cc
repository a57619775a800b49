// Baseline of a line of therapy: measurable disease decides which measures drive response
// (Kumar 2016, Table 3 footnotes; see evaluate.h).
#include <fmt/format.h>

#include "evaluate.h"
#include "levels.h"

namespace oncoguide::internal {

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
    const bool abnormal =
        Below(ratio, c.flc_ratio_low.value) || Above(ratio, c.flc_ratio_high.value);
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
    why.push_back(
        "serum and urine M-protein are not measurable, so the light chains drive response");
  } else if (s->b_bmpc) {
    s->mode = Mode::kMarrow;
    out.measurable.push_back(Analyte::kBmPlasmaCells);
    why.push_back(
        "neither M-protein nor light chains are measurable, so bone-marrow plasma cells "
        "drive response");
  }
  if (s->mode == Mode::kNone) {
    why.push_back(
        fmt::format("no measurable disease on or before {}: response needs a baseline "
                    "serum M-protein of {} or more, a 24-hour urine M-protein of {} or "
                    "more, an abnormal light chain ratio with the involved light chain "
                    "at {} or more, or a bone-marrow result",
                    start.ToString(), Qty(Analyte::kSerumMProtein, c.measurable_serum_g_dl.value),
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
