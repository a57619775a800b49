// Evaluation of one visit in the lab-only reading (rules L3-L10; see lab_rules.cc).
#include "lab_evaluate.h"

#include <fmt/format.h>

#include <algorithm>

#include "lab_complete_response.h"

namespace oncoguide::response::lab {

using records::Analyte;
using records::Observation;

namespace {

constexpr Analyte kFlc = Analyte::kKappaFlc;  // for the mg/L unit of light-chain values

// The range of categories one measure supports: `worst` holds for every value its bound allows,
// `best` for at least one. Equal for exact values.
struct Level {
  Category worst = Category::kSD;
  Category best = Category::kSD;
  std::string text;
};

Level FromTris(Tri vgpr, Tri pr, Tri mr) {
  Level l;
  const std::array<std::pair<Category, Tri>, 3> steps = {
      {{Category::kVGPR, vgpr}, {Category::kPR, pr}, {Category::kMR, mr}}};
  for (const auto& [cat, t] : steps) {
    if (t == Tri::kYes) {
      l.worst = std::max(l.worst, cat);
      l.best = std::max(l.best, cat);
    } else if (t == Tri::kUnknown) {
      l.best = std::max(l.best, cat);
    }
  }
  return l;
}

std::string LevelWord(const Level& l) {
  if (l.worst == l.best) {
    if (l.worst == Category::kSD) return "no lab response yet";
    std::string out = "meets ";
    out += LabCategoryName(l.worst);
    return out;
  }
  return fmt::format("between {} and {} (the reported bound cannot tell)", LabCategoryName(l.worst),
                     LabCategoryName(l.best));
}

std::string Change(Analyte a, const Value& v, const Value& b) {
  std::string out;
  if (!v.exact() || !b.exact() || b.lo <= 0) {
    out = "baseline ";
  } else if (v.lo <= b.lo) {
    out = Percent((b.lo - v.lo) / b.lo);
    out += " below baseline ";
  } else {
    out = Percent((v.lo - b.lo) / b.lo);
    out += " above baseline ";
  }
  out += Text(a, b);
  return out;
}

// "<label> <value> (<change>): <level>".
std::string MeasureText(std::string_view label, const std::string& shown, const std::string& change,
                        const Level& l) {
  std::string out;
  out.reserve(128);
  out += label;
  out += ' ';
  out += shown;
  out += " (";
  out += change;
  out += "): ";
  out += LevelWord(l);
  return out;
}

Level SerumLevel(const Value& v, const LineState& s) {
  const ResponseCriteria& c = s.c;
  const Value& b = *s.b_serum;
  Level l =
      FromTris(Or(IsZero(v), FellBy(v, b, c.vgpr_serum_reduction.value)),
               FellBy(v, b, c.pr_serum_reduction.value), FellBy(v, b, c.mr_serum_reduction.value));
  const std::string shown = IsZero(v) == Tri::kYes ? "0 g/dL (M-spike not seen)" : Text(kSerum, v);
  l.text = MeasureText("serum M-protein", shown, Change(kSerum, v, b), l);
  return l;
}

Level UrineLevel(const Value& v, const LineState& s) {
  const ResponseCriteria& c = s.c;
  const Value& b = *s.b_urine;
  Level l = FromTris(
      IsBelow(v, c.vgpr_urine_below_mg_24h.value),
      Or(FellBy(v, b, c.pr_urine_reduction.value), IsBelow(v, c.pr_urine_below_mg_24h.value)),
      FellBy(v, b, c.mr_urine_reduction.value));
  l.text = MeasureText("24-hour urine M-protein", Text(kUrine, v), Change(kUrine, v, b), l);
  return l;
}

std::string DiffText(const Value& d) {
  if (d.lo == d.hi) return Text(kFlc, d.lo);
  return fmt::format("between {} and {}", Number(d.lo),
                     std::isinf(d.hi) ? std::string("an unknown upper value") : Text(kFlc, d.hi));
}

Level DflcLevel(const Value& d, const LineState& s) {
  const ResponseCriteria& c = s.c;
  const Value& b = *s.b_dflc;
  Level l = FromTris(FellBy(d, b, c.vgpr_dflc_reduction.value),
                     FellBy(d, b, c.pr_dflc_reduction.value), Tri::kNo);
  l.text = fmt::format(
      "difference between the involved ({}) and uninvolved free light chains {} (baseline {}): "
      "{}{}",
      s.kappa_involved ? "kappa" : "lambda", DiffText(d), DiffText(b), LevelWord(l),
      l.best == Category::kSD ? " (there is no MR by light chains)" : "");
  return l;
}

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

std::optional<Value> MProtein(const Visit& visit, Analyte spep, Analyte ife) {
  if (std::optional<Value> v = visit.value(spep)) return v;
  const Observation* o = visit.get(ife);
  if (o && o->value == 0) return Value::Exact(0);
  return std::nullopt;
}

namespace {

// The measures of one visit that the rules read, looked up once.
struct Measures {
  std::optional<Value> S;  // serum M-protein (0 when only a negative serum IFE is given)
  std::optional<Value> U;  // 24-hour urine M-protein (likewise)
  std::optional<Value> K;
  std::optional<Value> L;
  bool use_fallback = false;  // rule L5: the light chains stand in for a missing urine
};

Measures MeasuresOf(const Visit& v, const LineState& s) {
  Measures m;
  m.S = MProtein(v, kSerum, Analyte::kSerumIfe);
  m.U = MProtein(v, kUrine, Analyte::kUrineIfe);
  m.K = v.value(Analyte::kKappaFlc);
  m.L = v.value(Analyte::kLambdaFlc);
  m.use_fallback = s.flc_fallback && !m.U && m.K && m.L;
  return m;
}

// One visit's call while it is decided: the findings and notes of the explanation, in order.
struct Draft {
  LabVisit out;
  std::vector<std::string> parts;  // findings
  std::vector<std::string> notes;  // after the findings, before the call
  std::string call_text;
};

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

// Rules L8 and L9: progression by any one criterion. `yes` holds the criteria met, `maybe` those
// a bound leaves open. A new lesion is named but is not part of the lab-only reading.
struct Progression {
  std::vector<std::string> yes;
  std::vector<std::string> maybe;
};

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
