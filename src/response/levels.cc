// Per-measure response levels (see levels.h): one verdict function per measure, read against
// the PR, VGPR and MR rows of Kumar 2016, Table 3, applied to exact values as they are and to
// values reported against a test's limit over every value the limit allows.
#include "levels.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace oncoguide::response::internal {

using records::Analyte;

namespace {

// Appends "<pct> below|above baseline <baseline_text>" to `out`.
void AppendChange(std::string* out, double baseline, double v, const std::string& baseline_text) {
  if (v <= baseline) {
    *out += Pct(Reduction(baseline, v));
    *out += " below baseline ";
  } else {
    *out += Pct((v - baseline) / baseline);
    *out += " above baseline ";
  }
  *out += baseline_text;
}

// "<label><value><extra>, <change from baseline>": the head of a level's text, built by appends
// (it runs for every measure of every assessment). For a range: the value as the lab gave it
// and the smallest fall it allows.
std::string MeasureText(std::string_view label, Analyte a, const Range& v, const Range& b,
                        std::string_view extra = "") {
  std::string out;
  out.reserve(96);
  out += label;
  out += Describe(a, v);
  out += extra;
  out += ", ";
  if (v.exact() && b.exact()) {
    AppendChange(&out, b.value(), v.value(), Qty(a, b.value()));
    return out;
  }
  const double least_fall = b.lo > 0 && v.hi != kInfinity ? Reduction(b.lo, v.hi) : 0;
  if (least_fall > 0) {
    out += "at least ";
    out += Pct(least_fall);
    out += " below baseline ";
  } else {
    out += "baseline ";
  }
  out += Describe(a, b);
  return out;
}

// A measure's category for an exact baseline `b` and value `v`, and the text after the head.
struct Verdict {
  Category level = Category::kSD;
  std::string text;  // ": meets PR; VGPR needs ..."
};
using VerdictFn = Verdict (*)(const ResponseCriteria& c, double b, double v);

// Kumar 2016, Table 3: serum M-protein falls of >= 90% (VGPR), >= 50% (PR), >= 25% (MR).
Verdict SerumVerdict(const ResponseCriteria& c, double b, double v) {
  const Analyte a = Analyte::kSerumMProtein;
  const double red = Reduction(b, v);
  if (AtLeast(red, c.vgpr_serum_reduction.value)) return {Category::kVGPR, ": meets VGPR"};
  if (AtLeast(red, c.pr_serum_reduction.value)) {
    return {Category::kPR, fmt::format(": meets PR; VGPR needs a {} fall, to {} or less",
                                       Pct(c.vgpr_serum_reduction.value),
                                       Qty(a, b * (1 - c.vgpr_serum_reduction.value)))};
  }
  if (AtLeast(red, c.mr_serum_reduction.value)) {
    return {Category::kMR, fmt::format(": meets MR; PR needs a {} fall, to {} or less",
                                       Pct(c.pr_serum_reduction.value),
                                       Qty(a, b * (1 - c.pr_serum_reduction.value)))};
  }
  return {Category::kSD, fmt::format(": no response yet; MR needs a {} fall, to {} or less",
                                     Pct(c.mr_serum_reduction.value),
                                     Qty(a, b * (1 - c.mr_serum_reduction.value)))};
}

// Kumar 2016, Table 3: 24-hour urine M-protein < 100 mg (VGPR); >= 90% fall or < 200 mg (PR);
// >= 50% fall (MR).
Verdict UrineVerdict(const ResponseCriteria& c, double b, double v) {
  const Analyte a = Analyte::kUrineMProtein;
  const double red = Reduction(b, v);
  if (Below(v, c.vgpr_urine_below_mg_24h.value)) {
    return {Category::kVGPR,
            fmt::format(": below {}, meets VGPR", Qty(a, c.vgpr_urine_below_mg_24h.value))};
  }
  if (AtLeast(red, c.pr_urine_reduction.value) || Below(v, c.pr_urine_below_mg_24h.value)) {
    return {Category::kPR, fmt::format(": meets PR; VGPR needs less than {}",
                                       Qty(a, c.vgpr_urine_below_mg_24h.value))};
  }
  if (AtLeast(red, c.mr_urine_reduction.value)) {
    return {Category::kMR,
            fmt::format(": meets MR; PR needs a {} fall or less than {}",
                        Pct(c.pr_urine_reduction.value), Qty(a, c.pr_urine_below_mg_24h.value))};
  }
  return {Category::kSD, fmt::format(": no response yet; MR needs a {} fall, to {} or less",
                                     Pct(c.mr_urine_reduction.value),
                                     Qty(a, b * (1 - c.mr_urine_reduction.value)))};
}

// Kumar 2016, Table 3 (light-chain-only disease): dFLC falls of >= 90% (VGPR), >= 50% (PR);
// there is no MR.
Verdict DflcVerdict(const ResponseCriteria& c, double b, double d) {
  const double red = Reduction(b, d);
  if (AtLeast(red, c.vgpr_dflc_reduction.value)) return {Category::kVGPR, ": meets VGPR"};
  if (AtLeast(red, c.pr_dflc_reduction.value)) {
    return {Category::kPR,
            fmt::format(": meets PR; VGPR needs a {} fall, to {} or less",
                        Pct(c.vgpr_dflc_reduction.value),
                        Qty(Analyte::kKappaFlc, b * (1 - c.vgpr_dflc_reduction.value)))};
  }
  return {Category::kSD, fmt::format(": no response yet; PR needs a {} fall, to {} or less "
                                     "(there is no MR for light-chain-only disease)",
                                     Pct(c.pr_dflc_reduction.value),
                                     Qty(Analyte::kKappaFlc, b * (1 - c.pr_dflc_reduction.value)))};
}

// Kumar 2016, Table 3 (marrow-only disease with baseline >= 30%): >= 50% fall (PR).
Verdict MarrowVerdict(const ResponseCriteria& c, double b, double v) {
  if (AtLeast(Reduction(b, v), c.pr_bmpc_reduction.value)) return {Category::kPR, ": meets PR"};
  return {Category::kSD,
          fmt::format(": no response yet; PR needs a {} fall, to {} or less",
                      Pct(c.pr_bmpc_reduction.value),
                      Qty(Analyte::kBmPlasmaCells, b * (1 - c.pr_bmpc_reduction.value)))};
}

// Kumar 2016, Table 3 (plasmacytomas at baseline): disappearance (needed for CR), >= 50% SPD
// fall (PR or VGPR), >= 25% (MR).
Verdict SpdVerdict(const ResponseCriteria& c, double b, double v) {
  const double red = Reduction(b, v);
  if (v == 0) return {Category::kSCR, ": plasmacytomas have disappeared"};
  if (AtLeast(red, c.pr_spd_reduction.value)) {
    return {Category::kVGPR, ": enough for PR or VGPR; CR needs them to disappear"};
  }
  if (AtLeast(red, c.mr_spd_reduction.value)) {
    return {Category::kMR,
            fmt::format(": enough for MR; PR needs a {} fall", Pct(c.pr_spd_reduction.value))};
  }
  return {Category::kSD, fmt::format(": MR needs a {} fall", Pct(c.mr_spd_reduction.value))};
}

// What one measure on this date is and how it is judged.
struct Measure {
  std::string_view label;  // "serum M-protein "
  Analyte unit;            // the analyte whose unit the numbers are in
  Range baseline;
  Range value;
  std::string_view extra;    // " (from 2024-03-01)" for carried-forward results
  std::string_view missing;  // "a serum M-protein"
  VerdictFn verdict;
};

// The level of `m`. An exact value gets its verdict. A value reported against a test's limit
// gets the verdict that holds for every value the limit allows: when the least favourable one
// already meets a response, that response (a higher one cannot be decided); otherwise the
// level is unknown and a measured value is asked for.
Level Judge(const ResponseCriteria& c, const Measure& m) {
  Level out;
  out.known = true;
  out.text = MeasureText(m.label, m.unit, m.value, m.baseline, m.extra);
  if (m.value.exact() && m.baseline.exact()) {
    Verdict v = m.verdict(c, m.baseline.value(), m.value.value());
    out.level = v.level;
    out.text += v.text;
    return out;
  }
  const double big = std::numeric_limits<double>::max();
  const Verdict worst = m.verdict(c, m.baseline.lo, std::min(m.value.hi, big));
  const Verdict best = m.verdict(c, std::min(m.baseline.hi, big), m.value.lo);
  if (worst.level == best.level) {
    out.level = worst.level;
    out.text += worst.text;
  } else if (worst.level > Category::kSD) {
    out.level = worst.level;
    out.text += worst.text;
    out.text +=
        " (a higher category cannot be decided from a result given against the test's "
        "limit)";
  } else {
    out.known = false;
    out.missing = fmt::format("{} the lab could measure (this result was {})", m.missing,
                              Describe(m.unit, m.value));
  }
  return out;
}

// The value of a serum or urine M-protein on `day`: a negative immunofixation means none is
// detectable (0).
std::optional<Range> MProteinOrIfe(const Day& day, Analyte a, Analyte ife, bool* from_ife) {
  if (std::optional<Range> v = day.value(a)) return v;
  const records::Observation* o = day.get(ife);
  if (o && o->value == 0) {
    *from_ife = true;
    return Range::Exact(0);
  }
  return std::nullopt;
}

}  // namespace

double Reduction(double baseline, double v) { return baseline > 0 ? (baseline - v) / baseline : 0; }

Level SerumLevel(const Day& day, const LineState& s) {
  const Analyte a = Analyte::kSerumMProtein;
  bool from_ife = false;
  const std::optional<Range> v = MProteinOrIfe(day, a, Analyte::kSerumIfe, &from_ife);
  Level out;
  if (!v) {
    out.missing = "a serum M-protein result on this date";
    return out;
  }
  if (v->exact() && v->value() == 0) {  // not seen: VGPR whatever the baseline
    out.known = true;
    out.level = Category::kVGPR;
    out.text = (from_ife ? "serum M-protein not measured, but negative serum immunofixation "
                           "means none is detectable"
                         : fmt::format("serum M-protein 0 g/dL (not seen on electrophoresis, "
                                       "baseline {})",
                                       Describe(a, *s.b_serum))) +
               ": meets VGPR";
    return out;
  }
  return Judge(s.criteria, {"serum M-protein ", a, *s.b_serum, *v, "", "a serum M-protein value",
                            SerumVerdict});
}

Level UrineLevel(const Day& day, const LineState& s) {
  const Analyte a = Analyte::kUrineMProtein;
  bool from_ife = false;
  const std::optional<Range> v = MProteinOrIfe(day, a, Analyte::kUrineIfe, &from_ife);
  if (!v) {
    Level out;
    out.missing = "a 24-hour urine M-protein result on this date";
    return out;
  }
  return Judge(s.criteria, {"24-hour urine M-protein ", a, *s.b_urine, *v, "",
                            "a 24-hour urine M-protein value", UrineVerdict});
}

std::optional<Range> Dflc(const Day& day, const LineState& s) {
  std::optional<Range> k = day.value(Analyte::kKappaFlc);
  std::optional<Range> l = day.value(Analyte::kLambdaFlc);
  if (!k || !l) return std::nullopt;
  return s.kappa_involved ? Difference(*k, *l) : Difference(*l, *k);
}

std::optional<Range> Ratio(const Day& day) {
  std::optional<Range> k = day.value(Analyte::kKappaFlc);
  std::optional<Range> l = day.value(Analyte::kLambdaFlc);
  if (!k || !l) return std::nullopt;
  return Quotient(*k, *l);
}

Level DflcLevel(const Day& day, const LineState& s) {
  std::optional<Range> d = Dflc(day, s);
  if (!d) {
    Level out;
    out.missing = "both free light chain results (kappa and lambda) on this date";
    return out;
  }
  return Judge(s.criteria,
               {s.kappa_involved ? "difference between involved (kappa) and uninvolved free light "
                                   "chains "
                                 : "difference between involved (lambda) and uninvolved free "
                                   "light chains ",
                Analyte::kKappaFlc, *s.b_dflc, *d, "", "free light chain values", DflcVerdict});
}

Level MarrowLevel(const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  const Analyte a = Analyte::kBmPlasmaCells;
  Level out;
  const Range& b = *s.b_bmpc;
  if (IsAtLeast(b, c.pr_bmpc_baseline_min.value) != Tri::kYes) {
    out.known = true;
    out.level = Category::kSD;
    out.text = fmt::format(
        "baseline bone-marrow plasma cells {} are {}below {}, so PR cannot be "
        "measured by marrow; only CR or PD can be assessed",
        Describe(a, b), b.exact() ? "" : "possibly ", Qty(a, c.pr_bmpc_baseline_min.value));
    return out;
  }
  if (s.bmpc == nullptr) {
    out.missing = "a bone-marrow plasma cell result during this line";
    return out;
  }
  const std::string from = " (from " + s.bmpc->date.ToString() + ")";
  return Judge(c, {"bone-marrow plasma cells ", a, b, *RangeOf(s.bmpc), from,
                   "a bone-marrow plasma cell value", MarrowVerdict});
}

Level SpdLevel(const LineState& s) {
  if (s.spd == nullptr) {
    Level out;
    out.missing =
        "a plasmacytoma measurement (SPD) during this line, as plasmacytomas were present "
        "at baseline";
    return out;
  }
  const std::string from = " (from " + s.spd->date.ToString() + ")";
  return Judge(s.criteria, {"plasmacytoma SPD ", Analyte::kPlasmacytomaSpd, *s.b_spd,
                            *RangeOf(s.spd), from, "a plasmacytoma SPD value", SpdVerdict});
}

}  // namespace oncoguide::response::internal
