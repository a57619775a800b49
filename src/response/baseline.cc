// Baseline of a line of therapy: which values are recent enough to be the baseline, and which
// measures are measurable and so drive response (Kumar 2016, Table 3 footnotes; see
// evaluate.h). Also the day-by-day bookkeeping of the line: assessment days, carried-forward
// results and nadirs.
#include <fmt/format.h>

#include "evaluate.h"
#include "levels.h"

namespace oncoguide::response::internal {

using records::Analyte;
using records::Observation;

namespace {

// True when a value of `date` can be the baseline of a line starting `start` (the criteria
// table's window, with its source).
bool InBaselineWindow(Date date, Date start, const ResponseCriteria& c) {
  return date <= start && AtMost(start - date, c.baseline_window_days.value);
}

// "a", "a and b", "a, b and c".
std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// Collects the baseline values of one line.
class BaselineTaker {
 public:
  BaselineTaker(const std::array<const Observation*, records::kAnalyteCount>& last, Date start,
                const ResponseCriteria& c, Baseline* out)
      : last_(last), start_(start), c_(c), out_(out) {}

  // The last value of `a` on or before the start, when it lies within the window.
  std::optional<Range> Take(Analyte a) {
    const Observation* o = last_[static_cast<int>(a)];
    if (o == nullptr) return std::nullopt;
    const Range r = *RangeOf(o);
    if (!InBaselineWindow(o->date, start_, c_)) {
      too_old_.push_back(
          fmt::format("{} {} from {}", records::Label(a), Describe(a, r), o->date.ToString()));
      return std::nullopt;
    }
    if (!out_->date || o->date > *out_->date) out_->date = o->date;
    out_->values.push_back(KeyValue{a, o->value, r.exact() ? std::optional(o->value) : std::nullopt,
                                    std::nullopt, o->fhir_id, o->date, o->bound});
    return r;
  }

  // Why values were left out, or "".
  std::string TooOldText() const {
    if (too_old_.empty()) return "";
    const bool one = too_old_.size() == 1;
    return fmt::format(
        "{} {} too old to be the baseline of a line starting {} (a baseline value must be from "
        "the {} days before the start), so {} no baseline",
        JoinList(too_old_), one ? "is" : "are", start_.ToString(),
        Num(c_.baseline_window_days.value), one ? "that test has" : "those tests have");
  }

  // " (from <date>)" for a value older than the latest baseline value (Baseline::date).
  std::string From(Analyte a) const {
    for (const KeyValue& kv : out_->values) {
      if (kv.analyte == a && out_->date && kv.date != *out_->date) {
        return " (from " + kv.date.ToString() + ")";
      }
    }
    return "";
  }

 private:
  const std::array<const Observation*, records::kAnalyteCount>& last_;
  Date start_;
  const ResponseCriteria& c_;
  Baseline* out_;
  std::vector<std::string> too_old_;
};

// Serum >= 1 g/dL or 24-hour urine >= 200 mg: measurable M-protein. A value reported against a
// limit is measurable only when every value it allows is.
bool MProteinMeasurable(Analyte a, const std::optional<Range>& b, const Threshold& min,
                        std::string_view label, const BaselineTaker& taker,
                        std::vector<std::string>* why) {
  if (!b) return false;
  const Tri measurable = IsAtLeast(*b, min.value);
  why->push_back(fmt::format("{} {}{} is {}measurable (needs {} or more)", label, Describe(a, *b),
                             taker.From(a),
                             measurable == Tri::kYes       ? ""
                             : measurable == Tri::kUnknown ? "not known to be "
                                                           : "not ",
                             Qty(a, min.value)));
  return measurable == Tri::kYes;
}

// Involved FLC >= 100 mg/L with an abnormal kappa/lambda ratio: measurable light chains. Sets
// the involved light chain and the baseline dFLC.
bool FlcMeasurable(const std::optional<Range>& k, const std::optional<Range>& l,
                   const BaselineTaker& taker, LineState* s, std::vector<std::string>* why) {
  if (!k || !l) return false;
  const std::optional<Range> ratio = Quotient(*k, *l);
  if (!ratio) return false;
  const ResponseCriteria& c = s->criteria;
  const Tri kappa = IsAbove(*ratio, 1);
  if (kappa == Tri::kUnknown) {
    why->push_back(
        "the kappa/lambda ratio cannot tell which light chain is involved, as a light chain "
        "result was given against the test's limit");
    return false;
  }
  s->kappa_involved = kappa == Tri::kYes;
  const Range& iflc = s->kappa_involved ? *k : *l;
  const Range& uflc = s->kappa_involved ? *l : *k;
  s->b_dflc = Difference(iflc, uflc);
  const Tri abnormal =
      Or(IsBelow(*ratio, c.flc_ratio_low.value), IsAbove(*ratio, c.flc_ratio_high.value));
  const Tri measurable = And(abnormal, IsAtLeast(iflc, c.measurable_iflc_mg_l.value));
  const Analyte involved = s->kappa_involved ? Analyte::kKappaFlc : Analyte::kLambdaFlc;
  why->push_back(fmt::format(
      "involved ({}) free light chain {}{} with a kappa/lambda ratio of {} is {}measurable "
      "(needs {} or more and a ratio outside {}-{})",
      s->kappa_involved ? "kappa" : "lambda", Describe(Analyte::kKappaFlc, iflc),
      taker.From(involved), ratio->exact() ? Num(ratio->value()) : "unknown (a limit was given)",
      measurable == Tri::kYes       ? ""
      : measurable == Tri::kUnknown ? "not known to be "
                                    : "not ",
      Qty(Analyte::kKappaFlc, c.measurable_iflc_mg_l.value), Num(c.flc_ratio_low.value),
      Num(c.flc_ratio_high.value)));
  return measurable == Tri::kYes;
}

std::string NoMeasurableDiseaseText(Date start, const ResponseCriteria& c) {
  return fmt::format(
      "no measurable disease on or before {}: response needs a baseline "
      "serum M-protein of {} or more, a 24-hour urine M-protein of {} or "
      "more, an abnormal light chain ratio with the involved light chain "
      "at {} or more, or a bone-marrow result",
      start.ToString(), Qty(Analyte::kSerumMProtein, c.measurable_serum_g_dl.value),
      Qty(Analyte::kUrineMProtein, c.measurable_urine_mg_24h.value),
      Qty(Analyte::kKappaFlc, c.measurable_iflc_mg_l.value));
}

}  // namespace

Baseline SetUpLine(const std::array<const Observation*, records::kAnalyteCount>& last, Date start,
                   LineState* s) {
  const ResponseCriteria& c = s->criteria;
  Baseline out;
  BaselineTaker taker(last, start, c, &out);
  s->b_serum = taker.Take(Analyte::kSerumMProtein);
  s->b_urine = taker.Take(Analyte::kUrineMProtein);
  const std::optional<Range> k = taker.Take(Analyte::kKappaFlc);
  const std::optional<Range> l = taker.Take(Analyte::kLambdaFlc);
  s->b_bmpc = taker.Take(Analyte::kBmPlasmaCells);
  s->b_spd = taker.Take(Analyte::kPlasmacytomaSpd);
  std::vector<std::string> why;
  if (std::string old = taker.TooOldText(); !old.empty()) why.push_back(std::move(old));
  s->serum_measurable = MProteinMeasurable(Analyte::kSerumMProtein, s->b_serum,
                                           c.measurable_serum_g_dl, "serum M-protein", taker, &why);
  s->urine_measurable =
      MProteinMeasurable(Analyte::kUrineMProtein, s->b_urine, c.measurable_urine_mg_24h,
                         "24-hour urine M-protein", taker, &why);
  if (s->serum_measurable) out.measurable.push_back(Analyte::kSerumMProtein);
  if (s->urine_measurable) out.measurable.push_back(Analyte::kUrineMProtein);
  const bool flc_measurable = FlcMeasurable(k, l, taker, s, &why);
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
  if (s->mode == Mode::kNone) why.push_back(NoMeasurableDiseaseText(start, c));
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
  if (const std::optional<Range> v = day.value(Analyte::kPlasmacytomaSpd)) {
    // Imaging alone is an assessment when it shows a plasmacytoma that is new or has grown
    // (imaging PD).
    if (IsAbove(*v, 0) != Tri::kYes) return false;
    if (!s.n_spd) return true;
    const Range& n = *s.n_spd;
    return (n.exact() && n.value() == 0) ||
           IsAtLeast(*v, n.hi * (1 + s.criteria.pd_spd_increase.value)) == Tri::kYes;
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
  auto lower = [](std::optional<Range>* n, const std::optional<Range>& v) {
    if (v) *n = *n ? Lower(**n, *v) : *v;
  };
  lower(&s->n_serum, day.value(Analyte::kSerumMProtein));
  lower(&s->n_urine, day.value(Analyte::kUrineMProtein));
  if (s->mode == Mode::kFlc) lower(&s->n_dflc, Dflc(day, *s));
  lower(&s->n_bmpc, day.value(Analyte::kBmPlasmaCells));
  lower(&s->n_spd, day.value(Analyte::kPlasmacytomaSpd));
}

}  // namespace oncoguide::response::internal
