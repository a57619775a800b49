// Complete response and stringent complete response (Kumar 2016, Table 3; see
// complete_response.h), and the antibody-interference note.
#include "complete_response.h"

#include <fmt/format.h>

#include "levels.h"
#include "oncoguide/common/text.h"

namespace oncoguide::response::internal {

using records::Analyte;
using records::Observation;

namespace {

// A coded result as a requirement: `want` is the required value (0 = negative/absent).
Tri Coded(const Observation* o, double want) {
  return o == nullptr ? Tri::kUnknown : TriOf(o->value == want);
}

// CR: negative serum and urine immunofixation on the date.
Tri NegativeImmunofixation(const Day& day, std::vector<std::string>* needs) {
  const Observation* sife = day.get(Analyte::kSerumIfe);
  const Observation* uife = day.get(Analyte::kUrineIfe);
  if (!sife) needs->push_back("a serum immunofixation at the same visit");
  if (!uife) needs->push_back("a urine immunofixation at the same visit");
  return And(Coded(sife, 0), Coded(uife, 0));
}

// CR: marrow plasma cells below 5% (the latest marrow of the line).
Tri MarrowBelowCrLevel(const LineState& s, std::vector<std::string>* needs) {
  const double cut = s.criteria.cr_bmpc_below.value;
  if (!s.bmpc) {
    needs->push_back("a bone-marrow result (plasma cells below " +
                     Qty(Analyte::kBmPlasmaCells, cut) + ")");
    return Tri::kUnknown;
  }
  return IsBelow(*RangeOf(s.bmpc), cut);
}

// CR with plasmacytomas at baseline: they have disappeared.
Tri PlasmacytomasGone(const LineState& s, std::vector<std::string>* needs) {
  if (!s.spd) {
    needs->push_back("imaging showing the plasmacytomas have disappeared");
    return Tri::kUnknown;
  }
  const Range v = *RangeOf(s.spd);
  if (v.exact()) return TriOf(v.value() == 0);
  return v.lo > 0 ? Tri::kNo : Tri::kUnknown;  // a trace or "above" is still there
}

// sCR (and CR in light-chain-only disease): a normal kappa/lambda ratio on the date.
Tri RatioNormal(const Day& day, const ResponseCriteria& c) {
  const std::optional<Range> ratio = Ratio(day);
  if (!ratio) return Tri::kUnknown;
  return And(IsAtLeast(*ratio, c.flc_ratio_low.value), IsAtMost(*ratio, c.flc_ratio_high.value));
}

// The M-protein type as far as the antibody-interference note needs it.
enum class IsotypeKind { kUnknown, kIgGKappa, kOther };

// "IgG kappa", "Positive IgG-kappa", "IgG κ" -> kIgGKappa; "IgA lambda", "kappa" (Bence Jones,
// light chain only), "IgG lambda" -> kOther; "" or "positive" -> kUnknown. A biclonal text that
// names IgG kappa among others counts as IgG kappa.
IsotypeKind ClassifyIsotype(std::string_view text) {
  const std::string t = AsciiLower(text);
  auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  const bool kappa = has("kappa") || has("\u03ba");
  const bool lambda = has("lambda") || has("\u03bb");
  if (has("igg") && kappa) return IsotypeKind::kIgGKappa;
  if (kappa || lambda || has("iga") || has("igm") || has("igd")) return IsotypeKind::kOther;
  return IsotypeKind::kUnknown;  // e.g. "positive", or "IgG" without its light chain
}

void AddNotes(const Day& day, const LineState& s, std::vector<std::string>* notes) {
  const Observation* sife = day.get(Analyte::kSerumIfe);
  const Observation* uife = day.get(Analyte::kUrineIfe);
  if (sife && sife->value == 1) {
    notes->push_back("serum immunofixation is still positive, so CR is not reached");
    if (std::string note = InterferenceNote(day, s); !note.empty()) {
      notes->push_back(std::move(note));
    }
  }
  if (uife && uife->value == 1) notes->push_back("urine immunofixation is still positive");
  if (!s.bmpc) return;
  const double cut = s.criteria.cr_bmpc_below.value;
  const Tri below = IsBelow(*RangeOf(s.bmpc), cut);
  if (below == Tri::kYes) return;
  notes->push_back(
      fmt::format("bone-marrow plasma cells {} (from {}) {} below {}",
                  Describe(Analyte::kBmPlasmaCells, *RangeOf(s.bmpc)), s.bmpc->date.ToString(),
                  below == Tri::kNo ? "are not" : "may not be", Qty(Analyte::kBmPlasmaCells, cut)));
}

}  // namespace

CompleteResponse CheckCompleteResponse(const Day& day, const LineState& s,
                                       Tri m_protein_levels_vgpr) {
  CompleteResponse out;
  out.cr = NegativeImmunofixation(day, &out.cr_needs);
  out.cr = And(out.cr, MarrowBelowCrLevel(s, &out.cr_needs));
  if (s.b_spd && IsAbove(*s.b_spd, 0) == Tri::kYes) {
    out.cr = And(out.cr, PlasmacytomasGone(s, &out.cr_needs));
  }
  out.ratio_normal = RatioNormal(day, s.criteria);
  if (s.mode == Mode::kFlc) {
    out.cr = And(out.cr, out.ratio_normal);
    if (!Ratio(day)) out.cr_needs.push_back("a kappa/lambda ratio at the same visit");
  }
  if (s.mode == Mode::kMProtein) out.cr = And(out.cr, m_protein_levels_vgpr);
  out.scr = And(out.cr, And(out.ratio_normal, Coded(s.clonality, 0)));
  AddNotes(day, s, &out.notes);
  return out;
}

std::string StringentNeeds(const CompleteResponse& cr, const LineState& s) {
  std::vector<std::string> needs;
  if (cr.ratio_normal == Tri::kNo) needs.push_back("a normal kappa/lambda ratio");
  if (cr.ratio_normal == Tri::kUnknown) needs.push_back("a kappa/lambda ratio at the same visit");
  if (s.clonality == nullptr) needs.push_back("a marrow clonality result (immunohistochemistry)");
  if (s.clonality && s.clonality->value == 1) {
    needs.push_back("no clonal plasma cells in the marrow");
  }
  return needs.empty() ? "" : fmt::format("{}", fmt::join(needs, " and "));
}

// A positive serum IFE on a regimen with a therapeutic IgG-kappa antibody: the band can be the
// drug itself when the patient's M-protein is IgG kappa and small (at or below the interference
// level of the criteria table). Without the M-protein's type the note says it may apply.
std::string InterferenceNote(const Day& day, const LineState& s) {
  if (!s.antibody_regimen) return "";
  const std::optional<Range> m = day.value(Analyte::kSerumMProtein);
  if (m && IsAtMost(*m, s.criteria.antibody_interference_g_dl.value) == Tri::kNo) return "";
  switch (ClassifyIsotype(day.isotype)) {
    case IsotypeKind::kOther:
      return "";  // the drug's IgG-kappa band cannot be mistaken for this M-protein
    case IsotypeKind::kIgGKappa:
      return "on a regimen with a therapeutic antibody such as daratumumab, a small "
             "IgG-kappa band can be the drug itself rather than myeloma; ask whether a "
             "test that removes the drug's band (such as a daratumumab IFE reflex "
             "assay) was done";
    case IsotypeKind::kUnknown:
      break;
  }
  return "on a regimen with a therapeutic antibody such as daratumumab, a small IgG-kappa band "
         "can be the drug itself rather than myeloma; this may apply here, as the records do not "
         "give the M-protein's type (it applies only to an IgG-kappa M-protein, not to lambda or "
         "light-chain-only disease); ask what type it is and whether a test that removes the "
         "drug's band (such as a daratumumab IFE reflex assay) was done";
}

}  // namespace oncoguide::response::internal
