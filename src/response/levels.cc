// Per-measure response levels (see levels.h).
#include "levels.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace oncoguide::internal {
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

std::string ChangeText(double baseline, double v, const std::string& baseline_text) {
  std::string out;
  AppendChange(&out, baseline, v, baseline_text);
  return out;
}

// "<label><Qty(a, v)>, <change from baseline b>": the head of a level's text, built by appends
// (it runs for every measure of every assessment).
std::string MeasureText(std::string_view label, Analyte a, double v, double b) {
  std::string out;
  out.reserve(96);
  out += label;
  out += Qty(a, v);
  out += ", ";
  AppendChange(&out, b, v, Qty(a, b));
  return out;
}

}  // namespace

namespace {

// Writes Num(v) into `buf` (at least 400 chars) and returns its end.
char* NumTo(char* buf, double v) {
  // Fast path for the usual lab values: v * 100 rounded to an integer gives the same digits as
  // exact decimal rounding unless v * 100 lies within rounding error of a tie (checked with a
  // wide margin; then, and for negative or large values, to_chars below decides).
  if (!std::signbit(v) && v < 1e9) {
    const double scaled = v * 100;
    const double whole = std::floor(scaled);
    const double frac = scaled - whole;
    if (std::fabs(frac - 0.5) > 1e-4) {
      auto n = static_cast<unsigned long long>(frac > 0.5 ? whole + 1 : whole);
      const unsigned cents = static_cast<unsigned>(n % 100);
      char* end = std::to_chars(buf, buf + 400, n / 100).ptr;
      if (cents != 0) {
        *end++ = '.';
        *end++ = static_cast<char>('0' + cents / 10);
        if (cents % 10 != 0) *end++ = static_cast<char>('0' + cents % 10);
      }
      return end;
    }
  }
  // Same text as fmt "{:.2f}" (both round exactly), without the formatting machinery: this runs
  // for every value in every explanation. 400 chars hold any finite double in fixed notation.
  const std::to_chars_result r = std::to_chars(buf, buf + 400, v, std::chars_format::fixed, 2);
  char* end = r.ptr;
  while (end[-1] == '0') --end;
  if (end[-1] == '.') --end;
  return end;
}

}  // namespace

std::string Num(double v) {
  char buf[400];
  return std::string(buf, NumTo(buf, v));
}

double Reduction(double baseline, double v) { return baseline > 0 ? (baseline - v) / baseline : 0; }

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
      prefix =
          "serum M-protein not measured, but negative serum immunofixation means none is "
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
                                             "baseline {})",
                                             Qty(a, b))
                               : prefix) +
               ": meets VGPR";
    return out;
  }
  out.text = MeasureText("serum M-protein ", a, *v, b);
  if (AtLeast(red, c.vgpr_serum_reduction.value)) {
    out.level = Category::kVGPR;
    out.text += ": meets VGPR";
  } else if (AtLeast(red, c.pr_serum_reduction.value)) {
    out.level = Category::kPR;
    fmt::format_to(std::back_inserter(out.text), ": meets PR; VGPR needs a {} fall, to {} or less",
                   Pct(c.vgpr_serum_reduction.value),
                   Qty(a, b * (1 - c.vgpr_serum_reduction.value)));
  } else if (AtLeast(red, c.mr_serum_reduction.value)) {
    out.level = Category::kMR;
    fmt::format_to(std::back_inserter(out.text), ": meets MR; PR needs a {} fall, to {} or less",
                   Pct(c.pr_serum_reduction.value), Qty(a, b * (1 - c.pr_serum_reduction.value)));
  } else {
    out.level = Category::kSD;
    fmt::format_to(std::back_inserter(out.text),
                   ": no response yet; MR needs a {} fall, to {} or less",
                   Pct(c.mr_serum_reduction.value), Qty(a, b * (1 - c.mr_serum_reduction.value)));
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
  out.text = MeasureText("24-hour urine M-protein ", a, *v, b);
  if (Below(*v, c.vgpr_urine_below_mg_24h.value)) {
    out.level = Category::kVGPR;
    fmt::format_to(std::back_inserter(out.text), ": below {}, meets VGPR",
                   Qty(a, c.vgpr_urine_below_mg_24h.value));
  } else if (AtLeast(red, c.pr_urine_reduction.value) || Below(*v, c.pr_urine_below_mg_24h.value)) {
    out.level = Category::kPR;
    fmt::format_to(std::back_inserter(out.text), ": meets PR; VGPR needs less than {}",
                   Qty(a, c.vgpr_urine_below_mg_24h.value));
  } else if (AtLeast(red, c.mr_urine_reduction.value)) {
    out.level = Category::kMR;
    fmt::format_to(std::back_inserter(out.text), ": meets MR; PR needs a {} fall or less than {}",
                   Pct(c.pr_urine_reduction.value), Qty(a, c.pr_urine_below_mg_24h.value));
  } else {
    out.level = Category::kSD;
    fmt::format_to(std::back_inserter(out.text),
                   ": no response yet; MR needs a {} fall, to {} or less",
                   Pct(c.mr_urine_reduction.value), Qty(a, b * (1 - c.mr_urine_reduction.value)));
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
  out.text = MeasureText(s.kappa_involved
                             ? "difference between involved (kappa) and uninvolved free light "
                               "chains "
                             : "difference between involved (lambda) and uninvolved free light "
                               "chains ",
                         Analyte::kKappaFlc, *d, b);
  if (AtLeast(red, c.vgpr_dflc_reduction.value)) {
    out.level = Category::kVGPR;
    out.text += ": meets VGPR";
  } else if (AtLeast(red, c.pr_dflc_reduction.value)) {
    out.level = Category::kPR;
    fmt::format_to(std::back_inserter(out.text), ": meets PR; VGPR needs a {} fall, to {} or less",
                   Pct(c.vgpr_dflc_reduction.value),
                   Qty(Analyte::kKappaFlc, b * (1 - c.vgpr_dflc_reduction.value)));
  } else {
    out.level = Category::kSD;
    fmt::format_to(std::back_inserter(out.text),
                   ": no response yet; PR needs a {} fall, to {} or less "
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
    out.text = fmt::format(
        "baseline bone-marrow plasma cells {} are below {}, so PR cannot be "
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
    fmt::format_to(std::back_inserter(out.text),
                   ": no response yet; PR needs a {} fall, to {} or less",
                   Pct(c.pr_bmpc_reduction.value), Qty(a, b * (1 - c.pr_bmpc_reduction.value)));
  }
  return out;
}

Level SpdLevel(const LineState& s) {
  const ResponseCriteria& c = s.criteria;
  const Analyte a = Analyte::kPlasmacytomaSpd;
  Level out;
  if (s.spd == nullptr) {
    out.missing =
        "a plasmacytoma measurement (SPD) during this line, as plasmacytomas were present "
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
    fmt::format_to(std::back_inserter(out.text), ": enough for MR; PR needs a {} fall",
                   Pct(c.pr_spd_reduction.value));
  } else {
    out.level = Category::kSD;
    fmt::format_to(std::back_inserter(out.text), ": MR needs a {} fall",
                   Pct(c.mr_spd_reduction.value));
  }
  return out;
}

// A coded result as a requirement: `want` is the required value (0 = negative/absent).

std::string Pct(double fraction) {
  const double pct = std::round(fraction * 100);
  if (!std::isfinite(pct)) return fmt::format("{:.0f}%", pct);
  char buf[400];  // to_chars of an integral value in fixed notation: the same text as {:.0f}
  char* end = std::to_chars(buf, buf + sizeof buf - 1, pct, std::chars_format::fixed, 0).ptr;
  *end++ = '%';
  return std::string(buf, end);
}

std::string Qty(Analyte a, double v) {
  // Built in one buffer: this runs for several values of every assessment.
  const std::string_view unit = Info(a).unit;
  char buf[400 + 16];
  char* end = NumTo(buf, v);
  if (unit == "%") {
    *end++ = '%';
    return std::string(buf, end);
  }
  if (unit == "g/dL") {
    if (std::find(buf, end, '.') == end) {
      *end++ = '.';
      *end++ = '0';
    }
  }
  std::string out;
  out.reserve(static_cast<size_t>(end - buf) + 1 + unit.size());
  out.append(buf, end);
  out += ' ';
  out += unit;
  return out;
}

}  // namespace oncoguide::internal
