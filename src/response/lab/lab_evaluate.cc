// Evaluation of one visit in the lab-only reading (rules L3-L10; see lab_rules.cc): the levels
// of the driving measures (lab_levels.cc) and progression (lab_progression.cc) decided into one
// call, with its explanation.
#include "lab_evaluate.h"

#include <fmt/format.h>

#include <algorithm>

#include "lab_complete_response.h"
#include "lab_levels.h"
#include "lab_progression.h"

namespace oncoguide::response::lab {

using records::Analyte;
using records::Observation;

std::optional<Value> MProtein(const Visit& visit, Analyte spep, Analyte ife) {
  if (std::optional<Value> v = visit.value(spep)) return v;
  const Observation* o = visit.get(ife);
  if (o && o->value == 0) return Value::Exact(0);
  return std::nullopt;
}

namespace {

Measures MeasuresOf(const Visit& v, const LineState& s) {
  Measures m;
  m.S = MProtein(v, kSerum, Analyte::kSerumIfe);
  m.U = MProtein(v, kUrine, Analyte::kUrineIfe);
  m.K = v.value(Analyte::kKappaFlc);
  m.L = v.value(Analyte::kLambdaFlc);
  m.use_fallback = s.flc_fallback && !m.U && m.K && m.L;
  return m;
}

// The numeric values of the visit, as the output lists them.
void AddValues(const Visit& v, LabVisit* out) {
  out->values.reserve(8);
  for (const Observation* o : v.obs) {
    if (o == nullptr || Info(o->analyte).kind == records::ValueKind::kText) continue;
    if (!o->has_value && o->bound != records::ValueBound::kTrace) continue;
    out->values.push_back(
        KeyValue{o->analyte, o->value, std::nullopt, std::nullopt, o->fhir_id, o->date, o->bound});
  }
}

// Rules L3-L5: the level each driving measure meets. The M-proteins drive when measurable at
// baseline (one alone when the other is missing, L4; the light chains for a missing urine, L5),
// else the light chains. Sets `no_driver` when nothing was measurable at baseline.
std::vector<Level> DriverLevels(const Measures& m, const LineState& s, Draft* d, bool* no_driver) {
  std::vector<Level> levels;
  std::vector<std::string>& missing = d->out.missing;
  *no_driver = false;
  if (s.serum_drives || s.urine_drives) {
    if (s.serum_drives && m.S) levels.push_back(SerumLevel(*m.S, s));
    if (s.urine_drives && m.U) levels.push_back(UrineLevel(*m.U, s));
    if (s.serum_drives && s.urine_drives && levels.size() == 1) {
      d->notes.push_back(
          fmt::format("no {} at this visit, so the call rests on the {} alone (rule L4)",
                      m.S ? "24-hour urine M-protein" : "serum M-protein",
                      m.S ? "serum M-protein" : "urine M-protein"));
    }
    if (levels.empty() && m.use_fallback) {
      levels.push_back(DflcLevel(Difference(*m.K, *m.L, s.kappa_involved), s));
      d->notes.push_back(
          "no 24-hour urine at this visit, so the serum free light chains stand in for it "
          "(rule L5)");
    }
    if (levels.empty()) {
      missing.push_back(s.serum_drives ? "a serum M-protein (SPEP) result at this visit"
                                       : "a 24-hour urine M-protein result at this visit");
    }
  } else if (s.flc_drives) {
    if (m.K && m.L) {
      levels.push_back(DflcLevel(Difference(*m.K, *m.L, s.kappa_involved), s));
    } else {
      missing.push_back("both free light chains (kappa and lambda) at this visit");
    }
  } else {
    *no_driver = true;
    missing.push_back("a baseline with measurable disease");
  }
  return levels;
}

// Rule L6 and L7: the lowest level every driving measure meets, and CR-lab at VGPR-lab.
void CallFromLevels(const Visit& v, const LineState& s, const Measures& m, Category level,
                    Draft* d) {
  LabVisit& out = d->out;
  out.call = level;
  if (level == Category::kVGPR) {
    const bool ratio_required = s.flc_drives || m.use_fallback;
    CrCheck cr = CheckCr(v, s, m.S, m.U, ratio_required);
    if (cr.met == Tri::kYes) {
      out.call = Category::kCR;
      d->call_text = fmt::format(
          "the M-protein is no longer seen in the lab tests: complete response (lab-only) "
          "(CR-lab); {}",
          StrictCrNeeds(v, s));
      return;
    }
    for (const std::string& f : cr.fails) d->notes.push_back(f);
    if (cr.met == Tri::kUnknown) out.missing.push_back("CR-lab needs " + Joined(cr.needs, " and "));
  }
  d->call_text = LabCategoryLongName(out.call);
  d->call_text += " (";
  d->call_text += LabCategoryName(out.call);
  d->call_text += ')';
}

// The call: progression wins over any response; then NE when the visit cannot be judged (no
// driver, a missing measure, progression a bound leaves open, levels a bound leaves open); else
// the level met.
void Decide(const Visit& v, const LineState& s, const Measures& m, Progression& pd,
            std::vector<Level>& levels, bool no_driver, Draft* d) {
  LabVisit& out = d->out;
  Category worst = Category::kVGPR, best = Category::kVGPR;
  for (Level& l : levels) {
    worst = std::min(worst, l.worst);
    best = std::min(best, l.best);
    d->parts.push_back(std::move(l.text));
  }
  if (!pd.yes.empty()) {
    out.call = Category::kPD;
    for (std::string& t : pd.yes) d->parts.push_back(std::move(t));
    d->call_text =
        "progressive disease (lab-only) (PD-lab); a rise in lab values needs the next "
        "visit to show it too";
  } else if (no_driver) {
    out.call = Category::kNE;
    d->call_text =
        "not evaluable (lab-only) (NE-lab): there was no measurable disease in the lab "
        "tests at the start of this line (see the baseline)";
  } else if (!out.missing.empty()) {
    out.call = Category::kNE;
    d->call_text =
        "not evaluable (lab-only) (NE-lab): the visit lacks " + Joined(out.missing, "; ");
  } else if (!pd.maybe.empty()) {
    out.call = Category::kNE;
    for (std::string& t : pd.maybe) d->parts.push_back(std::move(t));
    out.missing.push_back("values reported as numbers, to rule progression in or out");
    d->call_text = "not evaluable (lab-only) (NE-lab): progression can be neither ruled in nor out";
  } else if (worst != best) {
    out.call = Category::kNE;
    out.missing.push_back("a value reported as a number rather than a bound or trace");
    d->call_text = fmt::format(
        "not evaluable (lab-only) (NE-lab): the values allow anything from {} to {}; ask the lab "
        "for the measured number",
        LabCategoryName(worst), LabCategoryName(best));
  } else {
    CallFromLevels(v, s, m, worst, d);
  }
}

// "Lab-only reading (IMWG-2016-lab), visit of A to B: part; part; call." in one allocation.
std::string Explanation(const Visit& v, const std::vector<std::string>& parts) {
  size_t size = 80;
  for (const std::string& p : parts) size += p.size() + 2;
  std::string e;
  e.reserve(size);
  e = "Lab-only reading (IMWG-2016-lab), visit of ";
  e += v.first.ToString();
  if (v.last != v.first) {
    e += " to ";
    e += v.last.ToString();
  }
  e += ": ";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) e += "; ";
    e += parts[i];
  }
  e += '.';
  return e;
}

}  // namespace

LabVisit EvaluateVisit(const Visit& v, const LineState& s) {
  Draft d;
  d.out.date = v.first;
  d.out.last_date = v.last;
  AddValues(v, &d.out);
  d.parts = v.spurious;
  const Measures m = MeasuresOf(v, s);
  Progression pd = CheckProgression(v, m, s, &d);
  bool no_driver = false;
  std::vector<Level> levels = DriverLevels(m, s, &d, &no_driver);
  Decide(v, s, m, pd, levels, no_driver, &d);
  LabVisit& out = d.out;
  if (s.antibody_regimen && out.call >= Category::kVGPR) {
    if (const Observation* o = v.get(Analyte::kSerumIfe); o && o->value == 1) {
      d.notes.push_back(
          "on a regimen with a therapeutic antibody such as daratumumab, a small IgG-kappa "
          "band can be the drug itself rather than myeloma");
    }
  }
  for (std::string& n : d.notes) d.parts.push_back(std::move(n));
  d.parts.push_back(std::move(d.call_text));
  if (out.call != Category::kNE && out.call != Category::kPD && out.call < Category::kCR) {
    for (const std::string& miss : out.missing) d.parts.push_back(miss);
  }
  out.explanation = Explanation(v, d.parts);
  return std::move(d.out);
}

void UpdateNadirs(const Visit& v, LineState* s) {
  if (std::optional<Value> S = MProtein(v, kSerum, Analyte::kSerumIfe)) s->n_serum.Lower(*S);
  if (std::optional<Value> U = MProtein(v, kUrine, Analyte::kUrineIfe)) s->n_urine.Lower(*U);
  const std::optional<Value> K = v.value(Analyte::kKappaFlc);
  const std::optional<Value> L = v.value(Analyte::kLambdaFlc);
  if (!K || !L) return;
  if (s->flc_drives || s->flc_fallback) s->n_dflc.Lower(Difference(*K, *L, s->kappa_involved));
  s->n_kappa_diff.Lower(Difference(*K, *L, true));
  s->n_lambda_diff.Lower(Difference(*K, *L, false));
}

}  // namespace oncoguide::response::lab
