// Evaluation of one assessment (see evaluate.h): progression first (progression.cc), then the
// level of each driving measure (levels.cc), the CR and sCR requirements
// (complete_response.cc), and the category: the highest one whose requirements are all known
// to be met (Kumar 2016, Table 3).
#include "evaluate.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "complete_response.h"
#include "levels.h"
#include "progression.h"

namespace oncoguide::response::internal {

using records::Analyte;

namespace {

// fmt::format("{}.", fmt::join(parts, "; ")) with one allocation.
std::string JoinSentence(const std::vector<std::string>& parts) {
  size_t size = 1;
  for (const std::string& p : parts) size += p.size() + 2;
  std::string out;
  out.reserve(size);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += "; ";
    out += parts[i];
  }
  out += '.';
  return out;
}

std::optional<double> ExactValue(const std::optional<Range>& r) {
  return r && r->exact() ? std::optional<double>(r->value()) : std::nullopt;
}

// The numbers behind the call: every quantity measured on the date with the line's baseline
// and nadir of it (as numbers only when they are exact).
std::vector<KeyValue> KeyValues(const Day& day, const LineState& s) {
  auto reference = [&](Analyte a, bool nadir) -> std::optional<double> {
    switch (a) {
      case Analyte::kSerumMProtein:
        return ExactValue(nadir ? s.n_serum : s.b_serum);
      case Analyte::kUrineMProtein:
        return ExactValue(nadir ? s.n_urine : s.b_urine);
      case Analyte::kBmPlasmaCells:
        return ExactValue(nadir ? s.n_bmpc : s.b_bmpc);
      case Analyte::kPlasmacytomaSpd:
        return ExactValue(nadir ? s.n_spd : s.b_spd);
      default:
        return std::nullopt;
    }
  };
  size_t count = 0;
  for (const records::Observation* o : day.obs) {
    count += o != nullptr && Info(o->analyte).kind != records::ValueKind::kText;
  }
  std::vector<KeyValue> out;
  out.reserve(count);
  for (const records::Observation* o : day.obs) {
    if (o == nullptr || Info(o->analyte).kind == records::ValueKind::kText) continue;
    out.push_back(KeyValue{o->analyte, o->value, reference(o->analyte, false),
                           reference(o->analyte, true), o->fhir_id, o->date, o->bound});
  }
  return out;
}

// "<reasons>: progressive disease (PD) (<why confirmation is or is not needed>)".
std::string ProgressionText(const Progression& p) {
  std::string text = fmt::format("{}: progressive disease (PD)", fmt::join(p.reasons, "; "));
  if (p.imaging) {
    text += " (progression seen on imaging needs no confirming test)";
  } else if (p.biochemical) {
    text += " (a rise in lab values needs a confirming consecutive assessment)";
  }
  return text;
}

// The level of each measure that drives the line's response (Kumar 2016, Table 3 footnotes).
std::vector<Level> DrivingLevels(const Day& day, const LineState& s) {
  std::vector<Level> levels;
  switch (s.mode) {
    case Mode::kNone:
      return levels;
    case Mode::kMProtein:
      if (s.serum_measurable) levels.push_back(SerumLevel(day, s));
      if (s.urine_measurable) levels.push_back(UrineLevel(day, s));
      break;
    case Mode::kFlc:
      levels.push_back(DflcLevel(day, s));
      break;
    case Mode::kMarrow:
      levels.push_back(MarrowLevel(s));
      break;
  }
  if (s.b_spd && IsAbove(*s.b_spd, 0) == Tri::kYes) levels.push_back(SpdLevel(s));
  return levels;
}

struct LevelSummary {
  bool all_known = true;
  Category lowest = Category::kSCR;  // of the known levels
  Category highest = Category::kSD;  // of the known levels
};

LevelSummary Summarize(const std::vector<Level>& levels) {
  LevelSummary out;
  for (const Level& l : levels) {
    if (!l.known) {
      out.all_known = false;
      continue;
    }
    out.lowest = std::min(out.lowest, l.level);
    out.highest = std::max(out.highest, l.level);
  }
  return out;
}

// CR in M-protein disease needs every M-protein measure at VGPR level or better.
Tri MProteinAtVgpr(const LevelSummary& sum) {
  if (sum.all_known) return TriOf(sum.lowest >= Category::kVGPR);
  return sum.lowest < Category::kVGPR ? Tri::kNo : Tri::kUnknown;
}

// The category when there is no progression: sCR, CR, else the lowest level every measure
// meets (no MR outside M-protein disease); NE when a measure is unknown, unless one already
// rules out every response, or when progression cannot be ruled out.
Category Decide(Tri pd, const CompleteResponse& cr, const LevelSummary& sum, Mode mode) {
  if (pd == Tri::kUnknown) return Category::kNE;
  if (cr.scr == Tri::kYes) return Category::kSCR;
  if (cr.cr == Tri::kYes) return Category::kCR;
  if (sum.all_known) {
    Category l = std::min(sum.lowest, Category::kVGPR);
    if (mode != Mode::kMProtein && l == Category::kMR) l = Category::kSD;  // no FLC/marrow MR
    return l;
  }
  if (sum.lowest == Category::kSD) return Category::kSD;
  return Category::kNE;
}

// "negative serum and urine immunofixation, ...: meets sCR" / "...: meets CR; sCR needs ...".
std::string CompleteResponseText(Category c, const CompleteResponse& cr, const LineState& s) {
  const std::string marrow_cr =
      "marrow plasma cells below " + Qty(Analyte::kBmPlasmaCells, s.criteria.cr_bmpc_below.value);
  if (c == Category::kSCR) {
    return fmt::format(
        "negative serum and urine immunofixation, {}, a normal light chain ratio and no clonal "
        "plasma cells in the marrow: meets sCR",
        marrow_cr);
  }
  std::string why =
      fmt::format("negative serum and urine immunofixation and {}: meets CR", marrow_cr);
  if (std::string needs = StringentNeeds(cr, s); !needs.empty()) {
    why += "; sCR needs " + needs;
  }
  return why;
}

// What the call still needs: the unknown measures (NE), and CR's missing tests (VGPR).
void AddMissing(Category c, const std::vector<Level>& levels, const Progression& pd,
                const CompleteResponse& cr, Assessment* as) {
  if (c == Category::kNE) {
    for (const Level& l : levels) {
      if (!l.known) as->missing.push_back(fmt::format("a response needs {}", l.missing));
    }
    for (const std::string& u : pd.undecided) as->missing.push_back(u);
    if (pd.met == Tri::kUnknown && as->missing.empty()) {
      as->missing.push_back("progression cannot be ruled out without every measurable test");
    }
  }
  if (c >= Category::kVGPR && c < Category::kCR && cr.cr == Tri::kUnknown) {
    std::string needs = cr.cr_needs.back();
    if (cr.cr_needs.size() > 1) {
      needs = fmt::format("{} and {}", fmt::join(cr.cr_needs.begin(), cr.cr_needs.end() - 1, ", "),
                          cr.cr_needs.back());
    }
    as->missing.push_back("CR needs " + needs);
  }
}

// "overall partial response (PR)[, the highest category every measure meets]".
std::string OverallText(Category c, const std::vector<Level>& levels, const LevelSummary& sum) {
  std::string overall = "overall ";
  overall += CategoryLongName(c);
  overall += " (";
  overall += CategoryName(c);
  overall += ')';
  if (levels.size() > 1 && sum.highest > sum.lowest) {
    overall += ", the highest category every measure meets";
  }
  return overall;
}

}  // namespace

Evaluation Evaluate(const Day& day, const LineState& s) {
  Evaluation ev;
  Assessment& as = ev.assessment;
  as.date = day.date;
  as.last_date = day.last;
  as.source_ids = day.ids;
  as.values = KeyValues(day, s);

  const Progression pd = CheckProgression(day, s);
  ev.imaging_pd = pd.imaging;
  std::vector<std::string> parts;
  if (day.last != day.date) {
    parts.push_back(fmt::format("tests of {} to {}, taken as one assessment", day.date.ToString(),
                                day.last.ToString()));
  }
  parts.insert(parts.end(), day.spurious.begin(), day.spurious.end());
  if (pd.met == Tri::kYes) {
    as.response = Category::kPD;
    parts.push_back(ProgressionText(pd));
    as.explanation = JoinSentence(parts);
    return ev;
  }
  if (s.mode == Mode::kNone) {
    as.response = Category::kNE;
    as.missing.push_back("a baseline with measurable disease");
    as.explanation =
        "Not evaluable: there was no measurable disease at the start of this line "
        "(see the baseline).";
    return ev;
  }

  std::vector<Level> levels = DrivingLevels(day, s);
  const LevelSummary sum = Summarize(levels);
  for (Level& l : levels) {
    if (l.known) parts.push_back(std::move(l.text));  // not used again
  }
  CompleteResponse cr = CheckCompleteResponse(day, s, MProteinAtVgpr(sum));
  as.response = Decide(pd.met, cr, sum, s.mode);
  if (as.response == Category::kSCR || as.response == Category::kCR) {
    cr.notes.push_back(CompleteResponseText(as.response, cr, s));
  }
  AddMissing(as.response, levels, pd, cr, &as);

  for (std::string& n : cr.notes) parts.push_back(std::move(n));
  if (as.response == Category::kNE) {
    std::string text = "not evaluable: ";
    for (size_t i = 0; i < as.missing.size(); ++i) {
      if (i > 0) text += "; ";
      text += as.missing[i];
    }
    parts.push_back(std::move(text));
  } else if (as.response < Category::kCR) {
    parts.push_back(OverallText(as.response, levels, sum));
    for (const std::string& m : as.missing) parts.push_back(m);
  }
  as.explanation = JoinSentence(parts);
  return ev;
}

}  // namespace oncoguide::response::internal
