#include "oncoguide/staging/iss.h"

#include <fmt/format.h>

#include "fish_index.h"
#include "format_util.h"
#include "oncoguide/common/compare.h"

namespace oncoguide::staging {

using records::Analyte;
using records::FishAbnormality;
using records::Observation;

using internal::AddUnique;
using internal::AppendJoinAnd;
using internal::FishIndex;
using internal::N;
using internal::Names;
using internal::Out;
using internal::Sep;

std::string_view StageName(Stage s) {
  switch (s) {
    case Stage::kI:
      return "I";
    case Stage::kII:
      return "II";
    case Stage::kIII:
      return "III";
    case Stage::kIV:
      return "IV";
  }
  return "";
}

namespace {

constexpr std::string_view kB2m = "beta-2 microglobulin";
constexpr std::string_view kAlbumin = "albumin";
constexpr std::string_view kLdh = "LDH";
constexpr std::string_view kFish = "FISH (del(17p), t(4;14), t(14;16), 1q gain/amplification)";

// A set of stages as bits (1 << Stage).
using StageSet = unsigned;
constexpr StageSet Bit(Stage s) { return 1u << static_cast<int>(s); }
int Count(StageSet set) { return __builtin_popcount(set); }
// The lowest stage in a non-empty set.
Stage Lowest(StageSet set) { return static_cast<Stage>(__builtin_ctz(set)); }

// The values an input may take: one value when known, both when missing ([lo, hi] of 0/1).
int Lo(std::optional<bool> v) { return v ? static_cast<int>(*v) : 0; }
int Hi(std::optional<bool> v) { return v ? static_cast<int>(*v) : 1; }

struct IssInputs {
  StageSet possible = 0;  // ISS stages consistent with the record
  Names missing;
  bool uses_albumin = true;  // false when beta-2 microglobulin alone decides
};

// Appends the explanation sentence to `text`.
IssInputs Iss(const DiagnosisValues& v, const StagingRules& r, std::string& text) {
  IssInputs out;
  const Observation* b2m = v.Get(Analyte::kBeta2Microglobulin);
  const Observation* alb = v.Get(Analyte::kAlbumin);
  Sep(text);
  if (b2m == nullptr) {
    out.possible = Bit(Stage::kI) | Bit(Stage::kII) | Bit(Stage::kIII);
    out.missing.push_back(kB2m);
    if (alb == nullptr) out.missing.push_back(kAlbumin);
    text += "ISS not assigned: beta-2 microglobulin is not in the record.";
    return out;
  }
  const double b = b2m->value;
  if (AtLeast(b, r.iss_b2m_high_mg_l.value)) {
    out.possible = Bit(Stage::kIII);
    out.uses_albumin = false;
    fmt::format_to(Out(text), "ISS III: beta-2 microglobulin {} mg/L is at least {} mg/L.", N{b},
                   N{r.iss_b2m_high_mg_l.value});
  } else if (AtLeast(b, r.iss_b2m_low_mg_l.value)) {
    out.possible = Bit(Stage::kII);
    out.uses_albumin = false;
    fmt::format_to(Out(text),
                   "ISS II: beta-2 microglobulin {} mg/L is {} mg/L or more but below {} mg/L.",
                   N{b}, N{r.iss_b2m_low_mg_l.value}, N{r.iss_b2m_high_mg_l.value});
  } else if (alb == nullptr) {
    out.possible = Bit(Stage::kI) | Bit(Stage::kII);
    out.missing.push_back(kAlbumin);
    fmt::format_to(Out(text),
                   "ISS not assigned: beta-2 microglobulin {} mg/L is below {} mg/L, and albumin, "
                   "which tells stage I from stage II, is not in the record.",
                   N{b}, N{r.iss_b2m_low_mg_l.value});
  } else if (AtLeast(alb->value, r.iss_albumin_g_dl.value)) {
    out.possible = Bit(Stage::kI);
    fmt::format_to(Out(text),
                   "ISS I: beta-2 microglobulin {} mg/L is below {} mg/L and albumin {} g/dL is "
                   "at least {} g/dL.",
                   N{b}, N{r.iss_b2m_low_mg_l.value}, N{alb->value}, N{r.iss_albumin_g_dl.value});
  } else {
    out.possible = Bit(Stage::kII);
    fmt::format_to(Out(text),
                   "ISS II: beta-2 microglobulin {} mg/L is below {} mg/L but albumin {} g/dL is "
                   "below {} g/dL.",
                   N{b}, N{r.iss_b2m_low_mg_l.value}, N{alb->value}, N{r.iss_albumin_g_dl.value});
  }
  return out;
}

// Whether LDH is high (nullopt when not in the record); appends the explanation sentence.
std::optional<bool> Ldh(const DiagnosisValues& v, const StagingRules& r, std::string& text) {
  const Observation* ldh = v.Get(Analyte::kLdh);
  Sep(text);
  if (ldh == nullptr) {
    text += "LDH is not in the record.";
    return std::nullopt;
  }
  if (ldh->ref_high) {
    const bool high = Above(ldh->value, *ldh->ref_high);
    fmt::format_to(Out(text), "LDH {} U/L is {} the laboratory's upper limit of normal, {} U/L.",
                   N{ldh->value}, high ? "above" : "not above", N{*ldh->ref_high});
    return high;
  }
  const double uln = r.default_ldh_uln_u_l.value;
  const bool high = Above(ldh->value, uln);
  fmt::format_to(Out(text),
                 "LDH {} U/L is {} {} U/L, the upper limit of normal assumed because the record "
                 "gives none (a common adult upper limit; use the laboratory's own limit when you "
                 "have it).",
                 N{ldh->value}, high ? "above" : "not above", N{uln});
  return high;
}

struct FishInput {
  std::optional<bool> del17p, t4_14, t14_16, gain1q;
};

// Appends the explanation sentence.
FishInput Fish(const DiagnosisValues& v, std::string& text) {
  FishInput out;
  Sep(text);
  if (!v.fish()) {
    text += "FISH is not in the record.";
    return out;
  }
  const FishIndex p(v.fish());
  out.del17p = p.Has(FishAbnormality::kDel17p);
  out.t4_14 = p.Has(FishAbnormality::kT4_14);
  out.t14_16 = p.Has(FishAbnormality::kT14_16);
  out.gain1q = p.Has(FishAbnormality::kGain1q) || p.Has(FishAbnormality::kAmp1q);
  Names found;
  if (*out.del17p) found.push_back("del(17p)");
  if (*out.t4_14) found.push_back("t(4;14)");
  if (*out.t14_16) found.push_back("t(14;16)");
  if (*out.gain1q) found.push_back("1q gain/amplification");
  text += "FISH of ";
  text += v.fish()->date.ToString();
  text += ": ";
  if (found.empty()) {
    text += "none of del(17p), t(4;14), t(14;16) or 1q gain/amplification";
  } else {
    AppendJoinAnd(text, found);
  }
  text += '.';
  return out;
}

Stage RIss(Stage iss, bool del17p, bool t4_14, bool t14_16, bool ldh_high) {
  const bool high_risk_ca = del17p || t4_14 || t14_16;
  if (iss == Stage::kI && !high_risk_ca && !ldh_high) return Stage::kI;
  if (iss == Stage::kIII && (high_risk_ca || ldh_high)) return Stage::kIII;
  return Stage::kII;
}

double R2Points(const StagingRules& r, Stage iss, bool del17p, bool t4_14, bool gain1q,
                bool ldh_high) {
  double p = 0;
  if (iss == Stage::kII) p += r.r2_points_iss2.value;
  if (iss == Stage::kIII) p += r.r2_points_iss3.value;
  if (del17p) p += r.r2_points_del17p.value;
  if (ldh_high) p += r.r2_points_ldh_high.value;
  if (t4_14) p += r.r2_points_t4_14.value;
  if (gain1q) p += r.r2_points_1q.value;
  return p;
}

Stage R2Stage(const StagingRules& r, double points) {
  if (AtLeast(points, r.r2_stage4_min.value)) return Stage::kIV;
  if (AtLeast(points, r.r2_stage3_min.value)) return Stage::kIII;
  if (AtLeast(points, r.r2_stage2_min.value)) return Stage::kII;
  return Stage::kI;
}

void AppendR2Components(std::string& text, const StagingRules& r, Stage iss, const FishInput& f,
                        std::optional<bool> ldh_high) {
  bool any = false;
  auto part = [&](std::string_view name, double points) {
    if (any) text += " + ";
    any = true;
    fmt::format_to(Out(text), "{} {}", name, N{points});
  };
  if (iss == Stage::kII) part("ISS II", r.r2_points_iss2.value);
  if (iss == Stage::kIII) part("ISS III", r.r2_points_iss3.value);
  if (f.del17p.value_or(false)) part("del(17p)", r.r2_points_del17p.value);
  if (ldh_high.value_or(false)) part("high LDH", r.r2_points_ldh_high.value);
  if (f.t4_14.value_or(false)) part("t(4;14)", r.r2_points_t4_14.value);
  if (f.gain1q.value_or(false)) part("1q gain/amplification", r.r2_points_1q.value);
  if (!any) text += "no point-scoring feature";
}

// Every R-ISS and R2-ISS stage, and the range of R2-ISS points, that the record leaves possible:
// each input that is not known is tried both ways.
struct PossibleStages {
  StageSet r_iss = 0;
  StageSet r2_iss = 0;
  double min_points = 0;
  double max_points = 0;
};

// What the R-ISS and R2-ISS rules read.
struct StageInputs {
  const DiagnosisValues& values;
  const StagingRules& rules;
  const IssInputs& iss;
  const FishInput& fish;
  std::optional<bool> ldh_high;
  Names need;  // inputs not in the record: those of ISS, then LDH and FISH
  const char* need_verb() const { return need.size() == 1 ? "is" : "are"; }
};

PossibleStages EnumerateStages(const StageInputs& in) {
  const FishInput& fish = in.fish;
  PossibleStages out;
  bool any_points = false;
  for (int s = 0; s <= static_cast<int>(Stage::kIV); ++s) {
    if ((in.iss.possible & (1u << s)) == 0) continue;
    const auto i = static_cast<Stage>(s);
    for (int d17 = Lo(fish.del17p); d17 <= Hi(fish.del17p); ++d17) {
      for (int t414 = Lo(fish.t4_14); t414 <= Hi(fish.t4_14); ++t414) {
        for (int t1416 = Lo(fish.t14_16); t1416 <= Hi(fish.t14_16); ++t1416) {
          for (int q1 = Lo(fish.gain1q); q1 <= Hi(fish.gain1q); ++q1) {
            for (int lh = Lo(in.ldh_high); lh <= Hi(in.ldh_high); ++lh) {
              out.r_iss |= Bit(RIss(i, d17, t414, t1416, lh));
              const double p = R2Points(in.rules, i, d17, t414, q1, lh);
              if (!any_points || p < out.min_points) out.min_points = p;
              if (!any_points || p > out.max_points) out.max_points = p;
              any_points = true;
              out.r2_iss |= Bit(R2Stage(in.rules, p));
            }
          }
        }
      }
    }
  }
  return out;
}

void AddMissing(const Names& names, StagingSummary& out) {
  for (size_t i = 0; i < names.size(); ++i) AddUnique(&out.missing, names[i]);
}

// R-ISS (Palumbo 2015): the stage when only one is possible, with the conditions that gave it.
void RIssStage(const StageInputs& in, StageSet r_iss, StagingSummary& out) {
  std::string& text = out.explanation;
  Sep(text);
  if (Count(r_iss) != 1) {
    AddMissing(in.need, out);
    text += "R-ISS not assigned: it could be ";
    bool first = true;
    for (int s = 0; s <= static_cast<int>(Stage::kIV); ++s) {
      if ((r_iss & (1u << s)) == 0) continue;
      if (!first) text += " or ";
      first = false;
      text += StageName(static_cast<Stage>(s));
    }
    text += " depending on ";
    AppendJoinAnd(text, in.need);
    fmt::format_to(Out(text), ", which {} not in the record.", in.need_verb());
    return;
  }
  out.r_iss = Lowest(r_iss);
  fmt::format_to(Out(text), "R-ISS {}: ", StageName(*out.r_iss));
  switch (*out.r_iss) {
    case Stage::kI:
      text += "ISS I, FISH without del(17p), t(4;14) or t(14;16), and LDH not high";
      break;
    case Stage::kIII: {
      Names with;
      if (in.fish.del17p.value_or(false)) with.push_back("del(17p)");
      if (in.fish.t4_14.value_or(false)) with.push_back("t(4;14)");
      if (in.fish.t14_16.value_or(false)) with.push_back("t(14;16)");
      if (in.ldh_high.value_or(false)) with.push_back("high LDH");
      text += "ISS III together with ";
      AppendJoinAnd(text, with);
      break;
    }
    default:
      text +=
          "neither the stage I conditions (ISS I, FISH without del(17p), t(4;14) or "
          "t(14;16), LDH not high) nor the stage III conditions (ISS III with one of those "
          "abnormalities or high LDH) hold";
      break;
  }
  Names unneeded;
  if (!in.ldh_high) unneeded.push_back("LDH");
  if (!in.values.fish()) unneeded.push_back("FISH");
  if (Count(in.iss.possible) > 1) unneeded.push_back("the ISS stage");
  if (!unneeded.empty()) {
    text += " (whatever ";
    AppendJoinAnd(text, unneeded);
    text += " would show)";
  }
  text += '.';
}

// R2-ISS (D'Agostino 2022): the points when every input is known, else the stage when every
// possible score gives the same one.
void R2IssStage(const StageInputs& in, const PossibleStages& p, StagingSummary& out) {
  std::string& text = out.explanation;
  const Stage any_iss = Lowest(in.iss.possible);
  Sep(text);
  if (p.min_points == p.max_points) {
    out.r2_iss_points = p.min_points;
    out.r2_iss = Lowest(p.r2_iss);
    fmt::format_to(Out(text), "R2-ISS {}: {} points (", StageName(*out.r2_iss), N{p.min_points});
    AppendR2Components(text, in.rules, any_iss, in.fish, in.ldh_high);
    text += ").";
  } else if (Count(p.r2_iss) == 1) {
    out.r2_iss = Lowest(p.r2_iss);
    fmt::format_to(Out(text), "R2-ISS {}: between {} and {} points whatever ",
                   StageName(*out.r2_iss), N{p.min_points}, N{p.max_points});
    AppendJoinAnd(text, in.need);
    text += " would show (points not given because not every input is known).";
  } else {
    AddMissing(in.need, out);
    fmt::format_to(Out(text),
                   "R2-ISS not assigned: the score could be anywhere from {} to {} points "
                   "depending on ",
                   N{p.min_points}, N{p.max_points});
    AppendJoinAnd(text, in.need);
    fmt::format_to(Out(text), ", which {} not in the record.", in.need_verb());
  }
}

// The lab results each stage was derived from (FHIR derivedFrom).
void SetSources(const DiagnosisValues& values, bool uses_albumin, StagingSummary& out) {
  out.date = values.LatestDate(
      {Analyte::kBeta2Microglobulin, Analyte::kAlbumin, Analyte::kLdh, Analyte::kFish});
  if (uses_albumin) {
    out.iss_source_ids = values.SourceIds({Analyte::kBeta2Microglobulin, Analyte::kAlbumin});
    out.r_iss_source_ids = values.SourceIds(
        {Analyte::kBeta2Microglobulin, Analyte::kAlbumin, Analyte::kLdh, Analyte::kFish});
  } else {
    out.iss_source_ids = values.SourceIds({Analyte::kBeta2Microglobulin});
    out.r_iss_source_ids =
        values.SourceIds({Analyte::kBeta2Microglobulin, Analyte::kLdh, Analyte::kFish});
  }
}

}  // namespace

StagingSummary ComputeIssStages(const DiagnosisValues& values, const StagingRules& rules) {
  StagingSummary out;
  std::string& text = out.explanation;
  text.reserve(1024);
  text += "Staging uses ";
  text += values.WindowText();
  text += '.';
  const IssInputs iss = Iss(values, rules, text);
  const std::optional<bool> ldh_high = Ldh(values, rules, text);
  const FishInput fish = Fish(values, text);
  StageInputs in{values, rules, iss, fish, ldh_high, iss.missing};
  if (!ldh_high) in.need.push_back(kLdh);
  if (!values.fish()) in.need.push_back(kFish);

  const PossibleStages possible = EnumerateStages(in);
  if (Count(iss.possible) == 1) {
    out.iss = Lowest(iss.possible);
  } else {
    AddMissing(iss.missing, out);
  }
  RIssStage(in, possible.r_iss, out);
  R2IssStage(in, possible, out);
  SetSources(values, iss.uses_albumin, out);
  return out;
}

}  // namespace oncoguide::staging
