#include "oncoguide/staging/iss.h"

#include <fmt/format.h>

#include <set>

#include "format_util.h"
#include "rule_compare.h"

namespace oncoguide {

using staging_internal::Above;
using staging_internal::AddUnique;
using staging_internal::AtLeast;
using staging_internal::JoinAnd;
using staging_internal::Num;

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

// The values an input may take: one value when known, every value when missing.
std::vector<bool> Possible(std::optional<bool> v) {
  if (v) return {*v};
  return {false, true};
}

struct IssInputs {
  std::vector<Stage> possible;  // ISS stages consistent with the record
  std::string text;             // explanation sentence
  std::vector<std::string> missing;
  bool uses_albumin = true;  // false when beta-2 microglobulin alone decides
};

IssInputs Iss(const DiagnosisValues& v, const StagingRules& r) {
  IssInputs out;
  const Observation* b2m = v.Get(Analyte::kBeta2Microglobulin);
  const Observation* alb = v.Get(Analyte::kAlbumin);
  if (b2m == nullptr) {
    out.possible = {Stage::kI, Stage::kII, Stage::kIII};
    out.missing.emplace_back(kB2m);
    if (alb == nullptr) out.missing.emplace_back(kAlbumin);
    out.text = "ISS not assigned: beta-2 microglobulin is not in the record.";
    return out;
  }
  const double b = b2m->value;
  if (AtLeast(b, r.iss_b2m_high_mg_l.value)) {
    out.possible = {Stage::kIII};
    out.uses_albumin = false;
    out.text = fmt::format("ISS III: beta-2 microglobulin {} mg/L is at least {} mg/L.", Num(b),
                           Num(r.iss_b2m_high_mg_l.value));
  } else if (AtLeast(b, r.iss_b2m_low_mg_l.value)) {
    out.possible = {Stage::kII};
    out.uses_albumin = false;
    out.text =
        fmt::format("ISS II: beta-2 microglobulin {} mg/L is {} mg/L or more but below {} mg/L.",
                    Num(b), Num(r.iss_b2m_low_mg_l.value), Num(r.iss_b2m_high_mg_l.value));
  } else if (alb == nullptr) {
    out.possible = {Stage::kI, Stage::kII};
    out.missing.emplace_back(kAlbumin);
    out.text = fmt::format(
        "ISS not assigned: beta-2 microglobulin {} mg/L is below {} mg/L, and albumin, which "
        "tells stage I from stage II, is not in the record.",
        Num(b), Num(r.iss_b2m_low_mg_l.value));
  } else if (AtLeast(alb->value, r.iss_albumin_g_dl.value)) {
    out.possible = {Stage::kI};
    out.text = fmt::format(
        "ISS I: beta-2 microglobulin {} mg/L is below {} mg/L and albumin {} g/dL is at least {} "
        "g/dL.",
        Num(b), Num(r.iss_b2m_low_mg_l.value), Num(alb->value), Num(r.iss_albumin_g_dl.value));
  } else {
    out.possible = {Stage::kII};
    out.text = fmt::format(
        "ISS II: beta-2 microglobulin {} mg/L is below {} mg/L but albumin {} g/dL is below {} "
        "g/dL.",
        Num(b), Num(r.iss_b2m_low_mg_l.value), Num(alb->value), Num(r.iss_albumin_g_dl.value));
  }
  return out;
}

struct LdhInput {
  std::optional<bool> high;
  std::string text;
};

LdhInput Ldh(const DiagnosisValues& v, const StagingRules& r) {
  const Observation* ldh = v.Get(Analyte::kLdh);
  if (ldh == nullptr) return {std::nullopt, "LDH is not in the record."};
  if (ldh->ref_high) {
    const bool high = Above(ldh->value, *ldh->ref_high);
    return {high, fmt::format("LDH {} U/L is {} the laboratory's upper limit of normal, {} U/L.",
                              Num(ldh->value), high ? "above" : "not above", Num(*ldh->ref_high))};
  }
  const double uln = r.default_ldh_uln_u_l.value;
  const bool high = Above(ldh->value, uln);
  return {high, fmt::format("LDH {} U/L is {} {} U/L, the upper limit of normal assumed because "
                            "the record gives none (a common adult upper limit; use the "
                            "laboratory's own limit when you have it).",
                            Num(ldh->value), high ? "above" : "not above", Num(uln))};
}

struct FishInput {
  std::optional<bool> del17p, t4_14, t14_16, gain1q;
  std::string text;
};

FishInput Fish(const DiagnosisValues& v) {
  FishInput out;
  if (!v.fish()) {
    out.text = "FISH is not in the record.";
    return out;
  }
  const FishPanel& p = *v.fish();
  out.del17p = p.Has(FishAbnormality::kDel17p);
  out.t4_14 = p.Has(FishAbnormality::kT4_14);
  out.t14_16 = p.Has(FishAbnormality::kT14_16);
  out.gain1q = p.Has(FishAbnormality::kGain1q) || p.Has(FishAbnormality::kAmp1q);
  std::vector<std::string> found;
  if (*out.del17p) found.emplace_back("del(17p)");
  if (*out.t4_14) found.emplace_back("t(4;14)");
  if (*out.t14_16) found.emplace_back("t(14;16)");
  if (*out.gain1q) found.emplace_back("1q gain/amplification");
  out.text =
      fmt::format("FISH of {}: {}.", p.date.ToString(),
                  found.empty() ? "none of del(17p), t(4;14), t(14;16) or 1q gain/amplification"
                                : JoinAnd(found));
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

std::string R2Components(const StagingRules& r, Stage iss, const FishInput& f, const LdhInput& l) {
  std::vector<std::string> parts;
  if (iss == Stage::kII) parts.push_back(fmt::format("ISS II {}", Num(r.r2_points_iss2.value)));
  if (iss == Stage::kIII) parts.push_back(fmt::format("ISS III {}", Num(r.r2_points_iss3.value)));
  if (f.del17p.value_or(false)) {
    parts.push_back(fmt::format("del(17p) {}", Num(r.r2_points_del17p.value)));
  }
  if (l.high.value_or(false)) {
    parts.push_back(fmt::format("high LDH {}", Num(r.r2_points_ldh_high.value)));
  }
  if (f.t4_14.value_or(false)) {
    parts.push_back(fmt::format("t(4;14) {}", Num(r.r2_points_t4_14.value)));
  }
  if (f.gain1q.value_or(false)) {
    parts.push_back(fmt::format("1q gain/amplification {}", Num(r.r2_points_1q.value)));
  }
  if (parts.empty()) return "no point-scoring feature";
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? " + " : "") + parts[i];
  return out;
}

}  // namespace

StagingSummary ComputeIssStages(const DiagnosisValues& values, const StagingRules& rules) {
  StagingSummary out;
  const IssInputs iss = Iss(values, rules);
  const LdhInput ldh = Ldh(values, rules);
  const FishInput fish = Fish(values);

  std::set<Stage> r_iss, r2_iss;
  std::set<double> r2_points;
  for (Stage i : iss.possible) {
    for (bool d17 : Possible(fish.del17p)) {
      for (bool t414 : Possible(fish.t4_14)) {
        for (bool t1416 : Possible(fish.t14_16)) {
          for (bool q1 : Possible(fish.gain1q)) {
            for (bool lh : Possible(ldh.high)) {
              r_iss.insert(RIss(i, d17, t414, t1416, lh));
              const double p = R2Points(rules, i, d17, t414, q1, lh);
              r2_points.insert(p);
              r2_iss.insert(R2Stage(rules, p));
            }
          }
        }
      }
    }
  }

  // Which inputs were missing.
  std::vector<std::string> missing_iss = iss.missing;
  std::vector<std::string> missing_other;
  if (!ldh.high) missing_other.emplace_back(kLdh);
  if (!values.fish()) missing_other.emplace_back(kFish);

  std::vector<std::string> sentences;
  sentences.push_back(fmt::format("Staging uses {}.", values.WindowText()));
  sentences.push_back(iss.text);
  if (iss.possible.size() == 1) {
    out.iss = iss.possible.front();
  } else {
    for (const std::string& m : missing_iss) AddUnique(&out.missing, m);
  }
  sentences.push_back(ldh.text);
  sentences.push_back(fish.text);

  // R-ISS.
  if (r_iss.size() == 1) {
    out.r_iss = *r_iss.begin();
    std::string why;
    switch (*out.r_iss) {
      case Stage::kI:
        why = "ISS I, FISH without del(17p), t(4;14) or t(14;16), and LDH not high";
        break;
      case Stage::kIII: {
        std::vector<std::string> with;
        if (fish.del17p.value_or(false)) with.emplace_back("del(17p)");
        if (fish.t4_14.value_or(false)) with.emplace_back("t(4;14)");
        if (fish.t14_16.value_or(false)) with.emplace_back("t(14;16)");
        if (ldh.high.value_or(false)) with.emplace_back("high LDH");
        why = fmt::format("ISS III together with {}", JoinAnd(with));
        break;
      }
      default:
        why =
            "neither the stage I conditions (ISS I, FISH without del(17p), t(4;14) or "
            "t(14;16), LDH not high) nor the stage III conditions (ISS III with one of those "
            "abnormalities or high LDH) hold";
        break;
    }
    std::vector<std::string> unneeded;
    if (!ldh.high) unneeded.emplace_back("LDH");
    if (!values.fish()) unneeded.emplace_back("FISH");
    if (iss.possible.size() > 1) unneeded.emplace_back("the ISS stage");
    sentences.push_back(fmt::format(
        "R-ISS {}: {}{}.", StageName(*out.r_iss), why,
        unneeded.empty() ? "" : fmt::format(" (whatever {} would show)", JoinAnd(unneeded))));
  } else {
    std::vector<std::string> need = missing_iss;
    for (const std::string& m : missing_other) need.push_back(m);
    for (const std::string& m : need) AddUnique(&out.missing, m);
    std::vector<std::string> could;
    for (Stage s : r_iss) could.emplace_back(StageName(s));
    sentences.push_back(
        fmt::format("R-ISS not assigned: it could be {} depending on {}, which "
                    "{} not in the record.",
                    fmt::format("{}", fmt::join(could, " or ")), JoinAnd(need),
                    need.size() == 1 ? "is" : "are"));
  }

  // R2-ISS.
  const double min_points = *r2_points.begin();
  const double max_points = *r2_points.rbegin();
  const Stage any_iss = iss.possible.front();
  if (r2_points.size() == 1) {
    out.r2_iss_points = min_points;
    out.r2_iss = *r2_iss.begin();
    sentences.push_back(fmt::format("R2-ISS {}: {} points ({}).", StageName(*out.r2_iss),
                                    Num(min_points), R2Components(rules, any_iss, fish, ldh)));
  } else if (r2_iss.size() == 1) {
    out.r2_iss = *r2_iss.begin();
    std::vector<std::string> need = missing_iss;
    for (const std::string& m : missing_other) need.push_back(m);
    sentences.push_back(fmt::format(
        "R2-ISS {}: between {} and {} points whatever {} would show (points not given because "
        "not every input is known).",
        StageName(*out.r2_iss), Num(min_points), Num(max_points), JoinAnd(need)));
  } else {
    std::vector<std::string> need = missing_iss;
    for (const std::string& m : missing_other) need.push_back(m);
    for (const std::string& m : need) AddUnique(&out.missing, m);
    sentences.push_back(fmt::format(
        "R2-ISS not assigned: the score could be anywhere from {} to {} points depending on {}, "
        "which {} not in the record.",
        Num(min_points), Num(max_points), JoinAnd(need), need.size() == 1 ? "is" : "are"));
  }

  std::string text;
  for (const std::string& s : sentences) text += (text.empty() ? "" : " ") + s;
  out.explanation = std::move(text);

  out.date = values.LatestDate(
      {Analyte::kBeta2Microglobulin, Analyte::kAlbumin, Analyte::kLdh, Analyte::kFish});
  if (iss.uses_albumin) {
    out.iss_source_ids = values.SourceIds({Analyte::kBeta2Microglobulin, Analyte::kAlbumin});
    out.r_iss_source_ids = values.SourceIds(
        {Analyte::kBeta2Microglobulin, Analyte::kAlbumin, Analyte::kLdh, Analyte::kFish});
  } else {
    out.iss_source_ids = values.SourceIds({Analyte::kBeta2Microglobulin});
    out.r_iss_source_ids =
        values.SourceIds({Analyte::kBeta2Microglobulin, Analyte::kLdh, Analyte::kFish});
  }
  return out;
}

}  // namespace oncoguide
