// CR-lab, rule L7 of the lab-only reading (lab_complete_response.h).
#include "lab_complete_response.h"

#include <fmt/format.h>

namespace oncoguide::response::lab {

using records::Analyte;
using records::Observation;

CrCheck CheckCr(const Visit& v, const LineState& s, const std::optional<Value>& S,
                const std::optional<Value>& U, bool ratio_required) {
  const ResponseCriteria& c = s.c;
  CrCheck cr;
  auto none = [] { return std::string(); };
  if (S) {
    cr.Add(
        IsZero(*S),
        [] { return std::string("the serum M-spike reported as not seen (not as a bound)"); },
        [&] { return "the serum M-spike is still seen (" + Text(kSerum, *S) + ")"; });
  } else if (s.serum_drives) {
    cr.Add(
        Tri::kUnknown, [] { return std::string("a serum protein electrophoresis at this visit"); },
        none);
  }
  if (U) {
    if (s.urine_drives) {
      cr.Add(
          IsZero(*U), [] { return std::string("the urine M-spike reported as not seen"); },
          [&] { return "the urine M-spike is still seen (" + Text(kUrine, *U) + ")"; });
    } else {
      const double limit = c.measurable_urine_mg_24h.value;
      cr.Add(
          IsBelow(*U, limit),
          [&] { return "urine M-protein known to be below " + Text(kUrine, limit); },
          [&] {
            return "urine M-protein " + Text(kUrine, *U) + " is not below " + Text(kUrine, limit);
          });
    }
  }
  const std::optional<Value> k = v.value(Analyte::kKappaFlc);
  const std::optional<Value> l = v.value(Analyte::kLambdaFlc);
  if (k && l) {
    const Value r = Ratio(*k, *l);
    cr.Add(
        RatioNormal(r, c.flc_ratio_low.value, c.flc_ratio_high.value),
        [] { return std::string("a kappa/lambda ratio known to be normal"); },
        [&] {
          return "the kappa/lambda ratio " + Number(r.lo) + " is outside " +
                 Number(c.flc_ratio_low.value) + "-" + Number(c.flc_ratio_high.value);
        });
  } else if (ratio_required) {
    cr.Add(
        Tri::kUnknown, [] { return std::string("a kappa/lambda ratio at this visit"); }, none);
  }
  if (const Observation* o = v.get(Analyte::kSerumIfe); o && o->value == 1) {
    cr.Add(Tri::kNo, none, [] { return std::string("serum immunofixation is still positive"); });
  }
  if (const Observation* o = v.get(Analyte::kUrineIfe); o && o->value == 1) {
    cr.Add(Tri::kNo, none, [] { return std::string("urine immunofixation is still positive"); });
  }
  if (s.marrow && !Below(s.marrow->value, c.cr_bmpc_below.value)) {
    cr.Add(Tri::kNo, none, [&] {
      return fmt::format("bone-marrow plasma cells {} (from {}) are not below {}",
                         Text(Analyte::kBmPlasmaCells, s.marrow->value), s.marrow->date.ToString(),
                         Text(Analyte::kBmPlasmaCells, c.cr_bmpc_below.value));
    });
  }
  return cr;
}

std::string StrictCrNeeds(const Visit& v, const LineState& s) {
  std::vector<std::string> needs;
  const Observation* sife = v.get(Analyte::kSerumIfe);
  const Observation* uife = v.get(Analyte::kUrineIfe);
  if (!sife) needs.push_back("a negative serum immunofixation");
  if (!uife) needs.push_back("a negative urine immunofixation");
  if (!s.marrow) needs.push_back("a bone-marrow test with plasma cells below 5%");
  if (needs.empty()) {
    return "the immunofixation and marrow results here are also what strict IMWG 2016 CR asks "
           "for; the strict reading gives its own call";
  }
  return "strict IMWG 2016 CR also needs " + Joined(needs, " and ");
}

}  // namespace oncoguide::response::lab
