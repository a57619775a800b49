// The level one measure supports at a visit of the lab-only reading (lab_levels.h): each
// category's threshold checked against the line's baseline, as a range when the value is a
// bound, and the sentence that says so.
#include "lab_levels.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

namespace oncoguide::response::lab {

using records::Analyte;

namespace {

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

}  // namespace

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

}  // namespace oncoguide::response::lab
