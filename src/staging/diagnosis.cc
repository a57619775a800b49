#include "oncoguide/staging/diagnosis.h"

#include <fmt/format.h>

#include <array>
#include <limits>

#include "defining_events.h"
#include "format_util.h"
#include "oncoguide/common/compare.h"

namespace oncoguide::staging {

using records::Analyte;
using records::Observation;

using internal::AddUnique;
using internal::Anaemia;
using internal::AppendJoinAnd;
using internal::BoneLesions;
using internal::Hypercalcaemia;
using internal::kCrabCount;
using internal::kMdeCount;
using internal::Mde;
using internal::N;
using internal::Names;
using internal::Out;
using internal::RenalInsufficiency;
using internal::Sep;
using internal::SlimFlcRatio;
using internal::SlimMarrow;
using internal::SlimMriLesions;

std::string_view DiagnosisCategoryName(DiagnosisCategory c) {
  switch (c) {
    case DiagnosisCategory::kMultipleMyeloma:
      return "multiple_myeloma";
    case DiagnosisCategory::kSmolderingMyeloma:
      return "smoldering_myeloma";
    case DiagnosisCategory::kMgus:
      return "mgus";
  }
  return "";
}

std::string_view DiagnosisCategoryLongName(DiagnosisCategory c) {
  switch (c) {
    case DiagnosisCategory::kMultipleMyeloma:
      return "multiple myeloma";
    case DiagnosisCategory::kSmolderingMyeloma:
      return "smoldering myeloma";
    case DiagnosisCategory::kMgus:
      return "MGUS (monoclonal gammopathy of undetermined significance)";
  }
  return "";
}

std::string_view MdeName(MdeKind k) {
  switch (k) {
    case MdeKind::kHypercalcemia:
      return "hypercalcaemia";
    case MdeKind::kRenal:
      return "renal insufficiency";
    case MdeKind::kAnemia:
      return "anaemia";
    case MdeKind::kBone:
      return "bone lesions";
    case MdeKind::kBmpc60:
      return "clonal bone-marrow plasma cells of 60% or more";
    case MdeKind::kFlcRatio:
      return "involved/uninvolved free light chain ratio of 100 or more";
    case MdeKind::kMriLesions:
      return "more than one focal lesion on MRI";
  }
  return "";
}

namespace {

// The inputs of the classification, each possibly unknown.
struct Inputs {
  std::array<Tri, kMdeCount> mde{};
  Tri clonal10 = Tri::kUnknown;     // clonal BMPC >= 10%
  Tri smm_protein = Tri::kUnknown;  // serum M >= 3 g/dL or urine M >= 500 mg/24h
  Tri smm_marrow = Tri::kUnknown;   // clonal BMPC 10 to < 60%
  Tri serum_below = Tri::kUnknown;  // serum M < 3 g/dL
  bool monoclonal_protein = false;  // some result shows a monoclonal protein
  bool plasmacytoma = false;        // plasmacytoma_spd > 0
};

std::optional<DiagnosisCategory> Classify(const Inputs& in) {
  Tri mde_any = Tri::kNo;
  Tri crab_any = Tri::kNo;
  for (int i = 0; i < kMdeCount; ++i) {
    mde_any = Or(mde_any, in.mde[i]);
    if (i < kCrabCount) crab_any = Or(crab_any, in.mde[i]);
  }
  if (And(in.clonal10, mde_any) == Tri::kYes) return DiagnosisCategory::kMultipleMyeloma;
  if (in.plasmacytoma) return std::nullopt;
  const Tri smm_a = Or(in.smm_protein, in.smm_marrow);
  if (And(smm_a, Not(mde_any)) == Tri::kYes) return DiagnosisCategory::kSmolderingMyeloma;
  const Tri mgus = And(And(in.serum_below, Not(in.clonal10)), And(Not(crab_any), Not(smm_a)));
  if (mgus == Tri::kYes && in.monoclonal_protein) return DiagnosisCategory::kMgus;
  return std::nullopt;
}

// Clonal bone-marrow plasma cells (%): 0 when the marrow was reported not clonal; taken as
// clonal when clonality was not reported. Adds its sentence to `text`, or to `missing`.
std::optional<double> ClonalMarrowPct(const DiagnosisValues& v, std::string& text, Names& missing) {
  std::optional<double> clonal_pct;
  const Observation* bmpc = v.Get(Analyte::kBmPlasmaCells);
  const Observation* clonality = v.Get(Analyte::kBmClonality);
  if (bmpc != nullptr) {
    Sep(text);
    if (clonality != nullptr && clonality->value == 0) {
      clonal_pct = 0;
      fmt::format_to(Out(text),
                     "Bone-marrow plasma cells {}% were reported not clonal, so the clonal "
                     "plasma-cell criteria are not met.",
                     N{bmpc->value});
    } else {
      clonal_pct = bmpc->value;
      fmt::format_to(Out(text), "Bone-marrow plasma cells {}%{}.", N{bmpc->value},
                     clonality != nullptr
                         ? " (clonal)"
                         : " (clonality not reported; taken as clonal plasma cells)");
    }
  } else {
    missing.push_back("bone-marrow plasma cells");
  }
  return clonal_pct;
}

// The explanation's last sentences: the category and why, or why none can be given (with the
// category the values would fit if the unassessable events were absent).
void ExplainCategory(const Inputs& in, DiagnosisResult& out) {
  std::string& text = out.explanation;
  auto sentence = [&text](std::string_view s) {
    Sep(text);
    text += s;
  };
  if (out.category) {
    switch (*out.category) {
      case DiagnosisCategory::kMultipleMyeloma:
        sentence(
            "This meets the definition of multiple myeloma: clonal bone-marrow plasma "
            "cells of 10% or more and at least one myeloma-defining event.");
        break;
      case DiagnosisCategory::kSmolderingMyeloma:
        sentence(
            "This meets the definition of smoldering myeloma: M-protein (serum 3 g/dL or "
            "more, or urine 500 mg/24h or more) and/or clonal bone-marrow plasma cells of "
            "10% to under 60%, with no myeloma-defining event. Amyloidosis, which would "
            "rule it out, cannot be seen in lab values and is assumed absent.");
        break;
      case DiagnosisCategory::kMgus:
        sentence(
            "This meets the definition of MGUS: serum M-protein below 3 g/dL, clonal "
            "bone-marrow plasma cells below 10%, no CRAB end-organ damage, and urine "
            "M-protein below 500 mg/24h. Amyloidosis, which would rule it out, cannot be "
            "seen in lab values and is assumed absent.");
        if (!out.events.empty()) {
          sentence(
              "A myeloma-defining biomarker is present, but without 10% clonal marrow "
              "plasma cells or a biopsy-proven plasmacytoma the definition of myeloma is "
              "not met; a specialist should review this.");
        }
        break;
    }
  } else {
    // What the available values point to if the unassessable events were absent.
    Inputs assume = in;
    for (Tri& t : assume.mde) {
      if (t == Tri::kUnknown) t = Tri::kNo;
    }
    const std::optional<DiagnosisCategory> provisional = Classify(assume);
    Tri mde_any = Tri::kNo;
    for (Tri t : in.mde) mde_any = Or(mde_any, t);
    Sep(text);
    text += "Category not assigned: ";
    if (mde_any == Tri::kYes && in.clonal10 == Tri::kNo) {
      text +=
          "a myeloma-defining event is present but clonal bone-marrow plasma cells are below "
          "10%; myeloma would need a biopsy-proven plasmacytoma, and the event may have "
          "another cause";
    } else if (mde_any == Tri::kYes) {
      text +=
          "a myeloma-defining event is present, and the bone-marrow plasma-cell percentage "
          "that decides myeloma is not in the record";
    } else if (!out.missing.empty()) {
      AppendJoinAnd(text, out.missing);
      text += out.missing.size() == 1 ? " is not in the record" : " are not in the record";
    } else {
      text += "no monoclonal protein is shown in the record";
    }
    text += '.';
    if (provisional && mde_any != Tri::kYes) {
      Sep(text);
      fmt::format_to(Out(text),
                     "If the missing tests showed no myeloma-defining event, the values would "
                     "fit {}.",
                     DiagnosisCategoryLongName(*provisional));
    }
  }
}

// The seven myeloma-defining events (CRAB and SLiM), each read from the values, and how many are
// absent or cannot be assessed.
struct EventScan {
  std::array<Mde, kMdeCount> mdes;
  std::optional<double> kl_ratio;  // the involved/uninvolved ratio when both light chains exist
  size_t absent = 0, unknown = 0;
};

EventScan ScanEvents(const DiagnosisValues& v, const DiagnosisCriteria& c,
                     std::optional<double> clonal_pct, Inputs& in, DiagnosisResult& out,
                     Names& missing) {
  EventScan s;
  for (int i = 0; i < kMdeCount; ++i) s.mdes[i].kind = static_cast<MdeKind>(i);
  Hypercalcaemia(v, c, s.mdes[0]);
  RenalInsufficiency(v, c, s.mdes[1]);
  Anaemia(v, c, s.mdes[2]);
  BoneLesions(v, c, s.mdes[3]);
  SlimMarrow(clonal_pct, c, s.mdes[4]);
  s.kl_ratio = SlimFlcRatio(v, c, s.mdes[5]);
  SlimMriLesions(v, c, s.mdes[6]);
  for (int i = 0; i < kMdeCount; ++i) {
    Mde& m = s.mdes[i];
    in.mde[i] = m.state;
    if (m.state == Tri::kYes) {
      out.event_kinds.push_back(m.kind);
      out.events.push_back(std::move(m.text));
    }
    if (m.state == Tri::kNo) ++s.absent;
    if (m.state == Tri::kUnknown) {
      missing.push_back(m.missing);
      ++s.unknown;
    }
  }
  return s;
}

// The inputs that separate smoldering myeloma and MGUS: the M-protein levels, the clonal marrow
// range, any monoclonal protein (spike, IFE or an abnormal light-chain ratio) and a plasmacytoma.
void ReadSmmMgusInputs(const DiagnosisValues& v, const DiagnosisCriteria& c,
                       std::optional<double> clonal_pct, std::optional<double> kl_ratio, Inputs& in,
                       std::string& text, Names& missing) {
  const Observation* serum = v.Get(Analyte::kSerumMProtein);
  const Observation* urine = v.Get(Analyte::kUrineMProtein);
  Tri serum_high = Tri::kUnknown;
  Tri urine_high = Tri::kUnknown;
  if (serum != nullptr) {
    serum_high = TriOf(AtLeast(serum->value, c.smm_serum_m_g_dl.value));
    in.serum_below = Not(serum_high);
    Sep(text);
    fmt::format_to(Out(text), "Serum M-protein {} g/dL.", N{serum->value});
  } else {
    missing.push_back("serum M-protein");
  }
  if (urine != nullptr) {
    urine_high = TriOf(AtLeast(urine->value, c.smm_urine_m_mg_24h.value));
    Sep(text);
    fmt::format_to(Out(text), "Urine M-protein {} mg/24h.", N{urine->value});
  } else {
    missing.push_back("24-hour urine M-protein");
  }
  in.smm_protein = Or(serum_high, urine_high);
  if (clonal_pct) {
    in.clonal10 = TriOf(AtLeast(*clonal_pct, c.clonal_bmpc_min_pct.value));
    in.smm_marrow = TriOf(AtLeast(*clonal_pct, c.clonal_bmpc_min_pct.value) &&
                          Below(*clonal_pct, c.smm_bmpc_max_pct.value));
  }
  const Observation* sife = v.Get(Analyte::kSerumIfe);
  const Observation* uife = v.Get(Analyte::kUrineIfe);
  in.monoclonal_protein =
      (serum != nullptr && serum->value > 0) || (urine != nullptr && urine->value > 0) ||
      (sife != nullptr && sife->value == 1) || (uife != nullptr && uife->value == 1) ||
      (kl_ratio && (Below(*kl_ratio, c.flc_ratio_normal_low.value) ||
                    Above(*kl_ratio, c.flc_ratio_normal_high.value)));
  if (const Observation* spd = v.Get(Analyte::kPlasmacytomaSpd); spd != nullptr && spd->value > 0) {
    in.plasmacytoma = true;
  }
}

// Appends to `text` the events whose state is `state` ("a", "a and b", "a, b and c"), each
// written by `item`.
template <class Item>
void JoinEvents(const EventScan& s, Tri state, size_t count, std::string& text, Item item) {
  size_t i = 0;
  for (const Mde& m : s.mdes) {
    if (m.state != state) continue;
    if (i > 0) text += (i + 1 == count) ? " and " : ", ";
    item(m);
    ++i;
  }
}

// The sentences about the events (present, absent, not assessable) and the caveats of the renal
// criterion and of a plasmacytoma, after the sentences about the inputs.
void ExplainEvents(const EventScan& s, const Inputs& in, DiagnosisResult& out) {
  std::string& text = out.explanation;
  if (!out.events.empty()) {
    Sep(text);
    text += "Myeloma-defining events present: ";
    for (size_t i = 0; i < out.events.size(); ++i) {
      if (i > 0) text += "; ";
      text += out.events[i];
    }
    text += '.';
  }
  if (s.absent > 0) {
    Sep(text);
    text += "Not present: ";
    JoinEvents(s, Tri::kNo, s.absent, text, [&](const Mde& m) { text += MdeName(m.kind); });
    text += '.';
  }
  if (s.unknown > 0) {
    Sep(text);
    text += "Not assessable: ";
    JoinEvents(s, Tri::kUnknown, s.unknown, text, [&](const Mde& m) {
      fmt::format_to(Out(text), "{} (no {})", MdeName(m.kind), m.missing);
    });
    text += '.';
  }
  if (s.mdes[1].state != Tri::kYes && s.mdes[1].state != Tri::kUnknown) {
    Sep(text);
    text +=
        "The renal criterion was checked on serum creatinine (> 2 mg/dL), because the records "
        "have no creatinine clearance.";
  }
  if (in.plasmacytoma) {
    Sep(text);
    text +=
        "A plasmacytoma is recorded: if it was biopsy-proven it meets the clonal criterion for "
        "myeloma, and it rules out smoldering myeloma and MGUS; the lab records cannot show a "
        "biopsy.";
  }
}

}  // namespace

DiagnosisResult Diagnose(const DiagnosisValues& v, const DiagnosisCriteria& c) {
  DiagnosisResult out;
  out.criteria = c.id;
  // The explanation: its first sentence, then sentences about inputs as they are read.
  std::string& text = out.explanation;
  text.reserve(2048);
  fmt::format_to(Out(text), "Diagnosis by the {} criteria uses {}.", c.id, v.WindowText());
  Names missing;
  const std::optional<double> clonal_pct = ClonalMarrowPct(v, text, missing);
  Inputs in;
  const EventScan events = ScanEvents(v, c, clonal_pct, in, out, missing);
  ReadSmmMgusInputs(v, c, clonal_pct, events.kl_ratio, in, text, missing);
  out.category = Classify(in);
  for (size_t i = 0; i < missing.size(); ++i) AddUnique(&out.missing, missing[i]);
  ExplainEvents(events, in, out);
  ExplainCategory(in, out);
  out.date = v.LatestDate({Analyte::kBmPlasmaCells, Analyte::kBmClonality, Analyte::kCalcium,
                           Analyte::kCreatinine, Analyte::kHemoglobin, Analyte::kLyticLesions,
                           Analyte::kKappaFlc, Analyte::kLambdaFlc, Analyte::kMriFocalLesions,
                           Analyte::kSerumMProtein, Analyte::kUrineMProtein});
  return out;
}

}  // namespace oncoguide::staging
