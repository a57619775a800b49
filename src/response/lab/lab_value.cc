// Lab values as intervals (see lab_value.h).
#include "lab_value.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace oncoguide::response::lab {

using records::ValueBound;

Value Value::Of(const records::Observation& o) {
  switch (o.bound) {
    case ValueBound::kExact:
      return Exact(o.value);
    case ValueBound::kBelow:
    case ValueBound::kAtMost:
      return Value{0, o.value, o.bound};
    case ValueBound::kAbove:
    case ValueBound::kAtLeast:
      return Value{o.value, kInf, o.bound};
    case ValueBound::kTrace:
      return Value{0, kInf, o.bound};
  }
  return Exact(o.value);
}

void Nadir::Lower(double lo_v, double hi_v) {
  if (!set) {
    set = true;
    lo = lo_v;
    hi = hi_v;
    return;
  }
  lo = std::min(lo, lo_v);
  hi = std::min(hi, hi_v);
}

void Nadir::Lower(const Value& v) { Lower(v.lo, v.hi); }

Tri IsZero(const Value& v) {
  if (v.trace() || v.lo > 0) return Tri::kNo;
  if (v.hi == 0) return Tri::kYes;
  return v.exact() ? Tri::kNo : Tri::kUnknown;
}

Tri IsBelow(const Value& v, double t) {
  // "<t" itself is below t; "<=t" is not known to be.
  const bool open_hi = v.bound == ValueBound::kBelow;
  if (Below(v.hi, t) || (open_hi && AtMost(v.hi, t))) return Tri::kYes;
  if (AtLeast(v.lo, t) && !v.trace()) return Tri::kNo;
  if (v.trace() && t <= 0) return Tri::kNo;
  return Tri::kUnknown;
}

Tri FellBy(const Value& v, const Value& baseline, double fraction) {
  if (AtMost(v.hi, baseline.lo * (1 - fraction))) return Tri::kYes;
  if (std::isinf(baseline.hi)) return Tri::kUnknown;
  if (Above(v.lo, baseline.hi * (1 - fraction))) return Tri::kNo;
  return Tri::kUnknown;
}

Value Difference(const Value& kappa, const Value& lambda, bool kappa_involved) {
  const Value& i = kappa_involved ? kappa : lambda;
  const Value& u = kappa_involved ? lambda : kappa;
  Value d{i.lo - u.hi, i.hi - u.lo, ValueBound::kExact};
  if (!i.exact() || !u.exact()) d.bound = ValueBound::kAtMost;  // an interval, not a number
  if (std::isnan(d.lo)) d.lo = -kInf;
  if (std::isnan(d.hi)) d.hi = kInf;
  return d;
}

Value Ratio(const Value& kappa, const Value& lambda) {
  Value r;
  r.lo = std::isinf(lambda.hi) ? 0 : kappa.lo / lambda.hi;
  r.hi = lambda.lo <= 0 ? kInf : kappa.hi / lambda.lo;
  r.bound = kappa.exact() && lambda.exact() ? ValueBound::kExact : ValueBound::kAtMost;
  if (std::isnan(r.lo)) r.lo = 0;
  if (std::isnan(r.hi)) r.hi = kInf;
  return r;
}

Tri RatioNormal(const Value& ratio, double low, double high) {
  if (AtLeast(ratio.lo, low) && AtMost(ratio.hi, high)) return Tri::kYes;
  if (Below(ratio.hi, low) || Above(ratio.lo, high)) return Tri::kNo;
  return Tri::kUnknown;
}

namespace {

bool RiseHolds(double v, double nadir_value, const Rise& rule, bool high_nadir) {
  const double inc = v - nadir_value;
  const bool rel_ok = AtLeast(v, nadir_value * (1 + rule.rel));
  const bool abs_ok = rule.abs_strict ? Above(inc, rule.abs) : AtLeast(inc, rule.abs);
  const bool high_ok = high_nadir && AtLeast(inc, rule.high_abs);
  return (rel_ok && abs_ok) || high_ok;
}

}  // namespace

Tri RoseFrom(const Value& v, const Nadir& nadir, const Rise& rule) {
  if (!nadir.set) return Tri::kNo;
  const bool high_certain = rule.high_ref_min > 0 && AtLeast(nadir.lo, rule.high_ref_min);
  const bool high_possible = rule.high_ref_min > 0 && AtLeast(nadir.hi, rule.high_ref_min);
  // Certain: the smallest the value can be against the largest the nadir can be.
  if (RiseHolds(v.lo, nadir.hi, rule, high_certain)) return Tri::kYes;
  if (!RiseHolds(v.hi, nadir.lo, rule, high_possible)) return Tri::kNo;
  return Tri::kUnknown;
}

std::string Number(double v) {
  // Runs for every value of every explanation: to_chars, not the formatting machinery.
  char buf[400];
  const std::to_chars_result r =
      std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  if (r.ec != std::errc()) return fmt::format("{}", v);
  char* end = r.ptr;
  while (end > buf && end[-1] == '0') --end;
  if (end > buf && end[-1] == '.') --end;
  std::string out(buf, end);
  if (out == "-0") out = "0";
  return out;
}

std::string Percent(double fraction) {
  const double pct = std::round(fraction * 100);
  if (!std::isfinite(pct)) return fmt::format("{:.0f}%", pct);
  std::string out = Number(pct);
  out += '%';
  return out;
}

std::string Text(records::Analyte a, double v) {
  const std::string_view unit = Info(a).unit;
  std::string n = Number(v);
  if (unit == "g/dL" && n.find('.') == std::string::npos) n += ".0";
  if (unit == "%") return n + "%";
  if (unit.empty()) return n;
  n += ' ';
  n += unit;
  return n;
}

std::string Text(records::Analyte a, const Value& v) {
  switch (v.bound) {
    case ValueBound::kExact:
      return Text(a, v.lo);
    case ValueBound::kBelow:
      return "<" + Text(a, v.hi);
    case ValueBound::kAtMost:
      return "<=" + Text(a, v.hi);
    case ValueBound::kAbove:
      return ">" + Text(a, v.lo);
    case ValueBound::kAtLeast:
      return ">=" + Text(a, v.lo);
    case ValueBound::kTrace:
      return "trace (seen, too small to measure)";
  }
  return Text(a, v.lo);
}

std::string Joined(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += sep;
    out += v[i];
  }
  return out;
}

}  // namespace oncoguide::response::lab
