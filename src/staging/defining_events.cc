#include "defining_events.h"

#include <fmt/format.h>

#include <limits>

#include "format_util.h"

namespace oncoguide::staging::internal {

using records::Analyte;
using records::Observation;

// C: hypercalcaemia, by the absolute or the above-ULN cut-off.
void Hypercalcaemia(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m) {
  if (const Observation* ca = v.Get(Analyte::kCalcium)) {
    const bool abs = Above(ca->value, c.calcium_abs_mg_dl.value);
    const bool rel =
        ca->ref_high && Above(ca->value, *ca->ref_high + c.calcium_above_uln_mg_dl.value);
    m.state = TriOf(abs || rel);
    if (abs) {
      fmt::format_to(Out(m.text), "hypercalcaemia: calcium {} mg/dL is above {} mg/dL",
                     N{ca->value}, N{c.calcium_abs_mg_dl.value});
    } else if (rel) {
      fmt::format_to(Out(m.text),
                     "hypercalcaemia: calcium {} mg/dL is more than {} mg/dL above the upper "
                     "limit of normal, {} mg/dL",
                     N{ca->value}, N{c.calcium_above_uln_mg_dl.value}, N{*ca->ref_high});
    }
  } else {
    m.missing = "calcium";
  }
}

// R: renal insufficiency (serum creatinine only: the records have no creatinine clearance).
void RenalInsufficiency(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m) {
  if (const Observation* cr = v.Get(Analyte::kCreatinine)) {
    const bool met = Above(cr->value, c.creatinine_mg_dl.value);
    m.state = TriOf(met);
    if (met) {
      fmt::format_to(Out(m.text),
                     "renal insufficiency: serum creatinine {} mg/dL is above {} mg/dL (the "
                     "records have no creatinine clearance, so the serum creatinine form of the "
                     "criterion is used)",
                     N{cr->value}, N{c.creatinine_mg_dl.value});
    }
  } else {
    m.missing = "creatinine";
  }
}

// A: anaemia, by the absolute or the below-LLN cut-off.
void Anaemia(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m) {
  if (const Observation* hb = v.Get(Analyte::kHemoglobin)) {
    const bool abs = Below(hb->value, c.hemoglobin_abs_g_dl.value);
    const bool rel =
        hb->ref_low && Below(hb->value, *hb->ref_low - c.hemoglobin_below_lln_g_dl.value);
    m.state = TriOf(abs || rel);
    if (abs) {
      fmt::format_to(Out(m.text), "anaemia: hemoglobin {} g/dL is below {} g/dL", N{hb->value},
                     N{c.hemoglobin_abs_g_dl.value});
    } else if (rel) {
      fmt::format_to(Out(m.text),
                     "anaemia: hemoglobin {} g/dL is more than {} g/dL below the lower limit of "
                     "normal, {} g/dL",
                     N{hb->value}, N{c.hemoglobin_below_lln_g_dl.value}, N{*hb->ref_low});
    }
  } else {
    m.missing = "hemoglobin";
  }
}

// B: bone lesions (osteolytic lesions on imaging).
void BoneLesions(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m) {
  if (const Observation* lytic = v.Get(Analyte::kLyticLesions)) {
    const bool met = AtLeast(lytic->value, c.lytic_lesions_min.value);
    m.state = TriOf(met);
    if (met) {
      fmt::format_to(Out(m.text), "bone lesions: {} osteolytic lesion{} on imaging",
                     N{lytic->value}, lytic->value == 1 ? "" : "s");
    }
  } else {
    m.missing = "skeletal imaging for lytic lesions";
  }
}

// SLiM "L": more than one focal lesion on MRI.
void SlimMriLesions(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m) {
  if (const Observation* mri = v.Get(Analyte::kMriFocalLesions)) {
    const bool met = AtLeast(mri->value, c.slim_mri_focal_lesions_min.value);
    m.state = TriOf(met);
    if (met) {
      fmt::format_to(Out(m.text), "{} focal lesions on MRI (more than one)", N{mri->value});
    }
  } else {
    m.missing = "MRI for focal lesions";
  }
}

// SLiM "S": clonal bone-marrow plasma cells of 60% or more.
void SlimMarrow(std::optional<double> clonal_pct, const DiagnosisCriteria& c, Mde& m) {
  if (clonal_pct) {
    const bool met = AtLeast(*clonal_pct, c.slim_bmpc_pct.value);
    m.state = TriOf(met);
    if (met) {
      fmt::format_to(Out(m.text), "clonal bone-marrow plasma cells {}% (at least {}%)",
                     N{*clonal_pct}, N{c.slim_bmpc_pct.value});
    }
  } else {
    m.missing = "bone-marrow plasma cells";
  }
}

// SLiM "Li": involved/uninvolved free light chain ratio of 100 or more, with the involved
// chain at least 100 mg/L. Returns the kappa/lambda ratio when both chains were measured.
std::optional<double> SlimFlcRatio(const DiagnosisValues& v, const DiagnosisCriteria& c, Mde& m) {
  const Observation* kappa = v.Get(Analyte::kKappaFlc);
  const Observation* lambda = v.Get(Analyte::kLambdaFlc);
  std::optional<double> kl_ratio;  // kappa / lambda
  if (kappa != nullptr && lambda != nullptr) {
    const bool kappa_involved = kappa->value >= lambda->value;
    const double involved = kappa_involved ? kappa->value : lambda->value;
    const double uninvolved = kappa_involved ? lambda->value : kappa->value;
    const double ratio =
        uninvolved > 0 ? involved / uninvolved : std::numeric_limits<double>::infinity();
    if (lambda->value > 0) kl_ratio = kappa->value / lambda->value;
    const bool met =
        AtLeast(ratio, c.slim_flc_ratio.value) && AtLeast(involved, c.slim_involved_flc_mg_l.value);
    m.state = TriOf(met);
    if (met) {
      std::string& t = m.text;
      fmt::format_to(Out(t),
                     "free light chains: involved {} {} mg/L over uninvolved {} {} mg/L gives a "
                     "ratio of ",
                     kappa_involved ? "kappa" : "lambda", N{involved},
                     kappa_involved ? "lambda" : "kappa", N{uninvolved});
      if (uninvolved > 0) {
        fmt::format_to(Out(t), "{}", N{ratio});
      } else {
        t += "more than any number";
      }
      fmt::format_to(Out(t), " (at least {}, with the involved light chain at least {} mg/L)",
                     N{c.slim_flc_ratio.value}, N{c.slim_involved_flc_mg_l.value});
    }
  } else {
    m.missing = "free kappa and lambda light chains";
  }
  return kl_ratio;
}

}  // namespace oncoguide::staging::internal
