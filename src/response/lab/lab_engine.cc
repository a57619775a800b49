// The lab-only reading IMWG-2016-lab: visits, lines, baseline and confirmation (see
// lab_engine.h; rules in lab_rules.cc). The evaluation of one visit is in lab_evaluate.cc.
#include "oncoguide/response/lab/lab_engine.h"

#include <fmt/format.h>

#include <algorithm>

#include "../lines.h"
#include "lab_evaluate.h"
#include "oncoguide/common/text.h"

namespace oncoguide::response {

using records::Analyte;
using records::Observation;
using records::PatientRecord;

namespace {

using lab::LineState;
using lab::Value;
using lab::Visit;

// The tests that make up a visit of the lab reading. Other rows (staging labs, therapy phases)
// neither open nor join a visit, so a blood count drawn days earlier cannot move a visit's date.
bool UsedByLabReading(Analyte a) { return IsDiseaseMeasure(a) || a == Analyte::kNewLesion; }

struct LineStart {
  Date date;
  std::optional<std::string> regimen;
};

// Therapy starts (same-date starts merged). With none, one line whose baseline is the first
// visit: its start is the last date of that visit's window.
std::vector<LineStart> LineStarts(const PatientRecord& record, int window) {
  std::vector<LineStart> starts;
  std::optional<Date> first;
  Date first_visit_end;
  for (const Observation& o : record.observations) {
    if (o.analyte == Analyte::kTherapyStart) {
      if (!starts.empty() && starts.back().date == o.date) {
        *starts.back().regimen += " + " + o.text;
      } else {
        starts.push_back(LineStart{o.date, o.text});
      }
      continue;
    }
    if (!UsedByLabReading(o.analyte)) continue;
    if (!first) first = o.date;
    if (o.date - *first < window) first_visit_end = o.date;
  }
  if (starts.empty() && first) starts.push_back(LineStart{first_visit_end, std::nullopt});
  return starts;
}

// Groups the record's tests into visits (rule L1): a test joins the current visit when it lies
// less than `window` days after the visit's first test and no line starts in between.
std::vector<Visit> GroupVisits(const PatientRecord& record, int window,
                               const std::vector<LineStart>& starts) {
  std::vector<Visit> visits;
  visits.reserve(record.observations.size() / 2 + 1);
  auto crosses_start = [&](Date from, Date to) {
    return std::any_of(starts.begin(), starts.end(),
                       [&](const LineStart& s) { return from <= s.date && s.date < to; });
  };
  for (const Observation& o : record.observations) {
    if (!UsedByLabReading(o.analyte)) continue;
    if (visits.empty() || o.date - visits.back().first >= window ||
        crosses_start(visits.back().first, o.date)) {
      visits.emplace_back();
      visits.back().first = o.date;
    }
    Visit& v = visits.back();
    v.last = o.date;
    if (o.spurious) {
      v.spurious.push_back(fmt::format("{} of {} is marked as a laboratory error and is not used",
                                       records::Label(o.analyte), o.date.ToString()));
      continue;
    }
    v.obs[static_cast<int>(o.analyte)] = &o;  // later dates (and later rows) win
  }
  return visits;
}

bool IsAssessment(const Visit& v) {
  for (Analyte a : {Analyte::kSerumMProtein, Analyte::kUrineMProtein, Analyte::kKappaFlc,
                    Analyte::kLambdaFlc, Analyte::kSerumIfe, Analyte::kUrineIfe}) {
    if (v.get(a)) return true;
  }
  return false;
}

// The last usable value of each test on or before `start` and within the look-back (rule L2).
std::array<const Observation*, records::kAnalyteCount> BaselineValues(
    const PatientRecord& record, Date start, int lookback, std::vector<std::string>* notes) {
  std::array<const Observation*, records::kAnalyteCount> base{};
  const std::vector<Observation>& obs = record.observations;  // sorted by date
  const Date oldest = Date::FromDays(start.days() - lookback);
  const auto by_date = [](const Observation& o, Date d) { return o.date < d; };
  const auto lo = std::lower_bound(obs.begin(), obs.end(), oldest, by_date);
  for (auto it = lo; it != obs.end() && it->date <= start; ++it) {
    if (it->spurious || it->analyte == Analyte::kTherapyStart) continue;
    base[static_cast<int>(it->analyte)] = &*it;
  }
  for (Analyte a : {Analyte::kSerumMProtein, Analyte::kUrineMProtein, Analyte::kKappaFlc,
                    Analyte::kLambdaFlc}) {
    if (base[static_cast<int>(a)]) continue;
    for (auto it = std::make_reverse_iterator(lo); it != obs.rend(); ++it) {
      if (it->analyte != a || it->spurious) continue;
      notes->push_back(fmt::format(
          "{} of {} is more than {} days before the start of the line and is not used as its "
          "baseline (rule L2)",
          records::Label(a), it->date.ToString(), lookback));
      break;
    }
  }
  return base;
}

std::optional<Value> ValueOf(const Observation* o) {
  if (o == nullptr || (!o->has_value && o->bound != records::ValueBound::kTrace))
    return std::nullopt;
  return Value::Of(*o);
}

bool Contains(const std::string& text, std::string_view word) {
  return AsciiLower(text).find(word) != std::string::npos;
}

// Decides what drives response (rule L3) and seeds the nadirs; fills the line's baseline text.
void SetUpLine(const std::array<const Observation*, records::kAnalyteCount>& base, LineState* s,
               LabLine* line) {
  const ResponseCriteria& c = s->c;
  using lab::Text;
  s->b_serum = ValueOf(base[static_cast<int>(Analyte::kSerumMProtein)]);
  s->b_urine = ValueOf(base[static_cast<int>(Analyte::kUrineMProtein)]);
  const std::optional<Value> k = ValueOf(base[static_cast<int>(Analyte::kKappaFlc)]);
  const std::optional<Value> l = ValueOf(base[static_cast<int>(Analyte::kLambdaFlc)]);
  for (Analyte a : {Analyte::kIsotype, Analyte::kSerumIfe}) {
    const Observation* o = base[static_cast<int>(a)];
    if (o && !o->text.empty() && s->isotype.empty()) s->isotype = o->text;
  }
  std::vector<std::string> why;
  s->serum_drives = s->b_serum && AtLeast(s->b_serum->lo, c.measurable_serum_g_dl.value);
  s->urine_drives = s->b_urine && AtLeast(s->b_urine->lo, c.measurable_urine_mg_24h.value);
  if (s->b_serum) {
    why.push_back(fmt::format("serum M-protein {} is {}measurable (needs {} or more)",
                              Text(Analyte::kSerumMProtein, *s->b_serum),
                              s->serum_drives ? "" : "not ",
                              Text(Analyte::kSerumMProtein, c.measurable_serum_g_dl.value)));
  }
  if (s->b_urine) {
    why.push_back(fmt::format("24-hour urine M-protein {} is {}measurable (needs {} or more)",
                              Text(Analyte::kUrineMProtein, *s->b_urine),
                              s->urine_drives ? "" : "not ",
                              Text(Analyte::kUrineMProtein, c.measurable_urine_mg_24h.value)));
  }
  bool flc_measurable = false;
  if (k && l) {
    const Value r = lab::Ratio(*k, *l);
    const bool abnormal = Below(r.hi, c.flc_ratio_low.value) || Above(r.lo, c.flc_ratio_high.value);
    if (abnormal) {
      s->kappa_involved = r.lo > 1;
      s->chain_known = true;
    }
    const Value& i = s->kappa_involved ? *k : *l;
    flc_measurable = abnormal && AtLeast(i.lo, c.measurable_iflc_mg_l.value);
    why.push_back(fmt::format(
        "free light chains kappa {} and lambda {} (ratio {}) are {}measurable (needs the "
        "involved one at {} or more and a ratio outside {}-{})",
        Text(Analyte::kKappaFlc, *k), Text(Analyte::kLambdaFlc, *l), lab::Number(r.lo),
        flc_measurable ? "" : "not ", Text(Analyte::kKappaFlc, c.measurable_iflc_mg_l.value),
        lab::Number(c.flc_ratio_low.value), lab::Number(c.flc_ratio_high.value)));
    s->n_kappa_diff.Lower(lab::Difference(*k, *l, true));
    s->n_lambda_diff.Lower(lab::Difference(*k, *l, false));
  }
  if (!s->chain_known && !s->isotype.empty()) {
    const bool kappa = Contains(s->isotype, "kappa");
    const bool lambda = Contains(s->isotype, "lambda");
    if (kappa != lambda) {
      s->kappa_involved = kappa;
      s->chain_known = true;
    }
  }
  s->flc_drives = !s->serum_drives && !s->urine_drives && flc_measurable;
  s->flc_fallback = s->urine_drives && !s->serum_drives && flc_measurable;
  if (s->flc_drives || s->flc_fallback) {
    s->b_dflc = lab::Difference(*k, *l, s->kappa_involved);
    s->n_dflc.Lower(*s->b_dflc);
  }
  if (s->b_serum) s->n_serum.Lower(*s->b_serum);
  if (s->b_urine) s->n_urine.Lower(*s->b_urine);
  const bool iga_igd = Contains(s->isotype, "iga") || Contains(s->isotype, "igd");
  if (s->serum_drives && s->urine_drives) {
    line->driver = "serum and urine M-protein";
  } else if (s->serum_drives) {
    line->driver = "serum M-protein";
  } else if (s->urine_drives) {
    line->driver = "urine M-protein";
    why.push_back(
        s->flc_fallback
            ? "light-chain (urine-only) disease: the 24-hour urine drives response, and the "
              "serum free light chains stand in at visits without a urine test (rule L5)"
            : "light-chain (urine-only) disease: the 24-hour urine drives response");
  } else if (s->flc_drives) {
    line->driver = "free light chains";
    if (s->b_serum && s->b_serum->hi > 0) {
      why.push_back(fmt::format(
          "the serum M-spike {} is too small to follow, so the free light chains drive response "
          "(rule L3)",
          Text(Analyte::kSerumMProtein, *s->b_serum)));
    } else {
      why.push_back(
          "serum and urine M-protein are not measurable, so the free light chains "
          "drive response (rule L3)");
    }
  }
  if (iga_igd && !s->serum_drives) {
    why.push_back(fmt::format("{} M-proteins can read low on serum electrophoresis{}", s->isotype,
                              s->flc_drives
                                  ? ", so following the free light chains fits this disease"
                                  : "; ask your care team which test follows your disease"));
  }
  if (line->driver.empty()) {
    why.push_back(
        "no measurable disease in the lab tests at the start of this line, so the lab-only "
        "reading cannot assess response (the strict reading may use a bone-marrow result)");
  }
  line->baseline =
      fmt::format("Lab-only reading (IMWG-2016-lab) baseline: {}.", fmt::join(why, "; "));
}

// Rule L11: confirmation by the next evaluable visit; progression; best confirmed call.
void Confirm(LabLine* line) {
  auto& vs = line->visits;
  std::vector<size_t> ev;
  for (size_t i = 0; i < vs.size(); ++i) {
    if (vs[i].call != Category::kNE) ev.push_back(i);
  }
  for (size_t j = 0; j < ev.size(); ++j) {
    LabVisit& a = vs[ev[j]];
    const LabVisit* next = j + 1 < ev.size() ? &vs[ev[j + 1]] : nullptr;
    std::string note;
    if (a.call == Category::kSD) {
      a.confirmed = true;
      a.confirmed_call = Category::kSD;
    } else if (a.call == Category::kPD) {
      a.confirmed = next && next->call == Category::kPD;
      if (a.confirmed) a.confirmed_call = Category::kPD;
    } else if (next && IsResponse(next->call)) {
      a.confirmed = next->call >= a.call;
      a.confirmed_call = std::min(a.call, next->call);
    }
    if (a.call == Category::kSD) {
      // SD needs no confirmation.
    } else if (a.confirmed) {
      note = "Confirmed by the next visit on ";
      note += next->date.ToString();
      note += '.';
    } else if (next) {
      note = "Not confirmed: the next visit on ";
      note += next->date.ToString();
      note += " was ";
      note += LabCategoryName(next->call);
      if (a.confirmed_call) {
        note += ", which confirms ";
        note += LabCategoryName(*a.confirmed_call);
      }
      note += '.';
    } else {
      note = "Not yet confirmed: ";
      note += LabCategoryName(a.call);
      note += a.call == Category::kPD ? " needs the next visit to show it too."
                                      : " needs the next visit to meet it too.";
    }
    if (!note.empty()) {
      a.explanation += ' ';
      a.explanation += note;
    }
  }
  size_t end = vs.size();
  for (size_t i = 0; i < vs.size(); ++i) {
    if (vs[i].call == Category::kPD && vs[i].confirmed) {
      line->progression_date = vs[i].date;
      end = i;
      break;
    }
  }
  for (size_t i = 0; i < end; ++i) {
    const std::optional<Category> c = vs[i].confirmed_call;
    if (c && *c != Category::kPD && (!line->best_confirmed || *c > *line->best_confirmed)) {
      line->best_confirmed = c;
      line->best_confirmed_date = vs[i].date;
    }
  }
  if (!line->best_confirmed && line->progression_date) {
    line->best_confirmed = Category::kPD;
    line->best_confirmed_date = line->progression_date;
  }
}

}  // namespace

LabReport AssessLab(const PatientRecord& record, const LabOptions& options) {
  const LabRules& rules = Imwg2016LabRules();
  const int window = options.visit_window_days > 0
                         ? options.visit_window_days
                         : static_cast<int>(rules.visit_window_days.value);
  const int lookback = static_cast<int>(rules.baseline_lookback_days.value);
  LabReport report;
  report.patient_id = record.patient_id;
  report.criteria = std::string(rules.id);
  report.version = std::string(rules.version);
  report.visit_window_days = window;
  const std::vector<LineStart> starts = LineStarts(record, window);
  const std::vector<Visit> visits = GroupVisits(record, window, starts);
  size_t v = 0;
  for (size_t li = 0; li < starts.size(); ++li) {
    const Date start = starts[li].date;
    const bool has_end = li + 1 < starts.size();
    const Date end = has_end ? starts[li + 1].date : Date();
    LabLine line;
    line.regimen = starts[li].regimen;
    line.start = start;
    LineState state(rules);
    state.antibody_regimen = line.regimen && internal::HasTherapeuticAntibody(*line.regimen);
    const auto base = BaselineValues(record, start, lookback, &line.notes);
    SetUpLine(base, &state, &line);
    while (v < visits.size() && visits[v].first <= start) ++v;
    for (; v < visits.size() && (!has_end || visits[v].first < end); ++v) {
      const Visit& visit = visits[v];
      if (const Observation* m = visit.get(Analyte::kBmPlasmaCells)) state.marrow = m;
      if (!IsAssessment(visit)) continue;
      line.visits.push_back(lab::EvaluateVisit(visit, state));
      lab::UpdateNadirs(visit, &state);
    }
    Confirm(&line);
    report.lines.push_back(std::move(line));
  }
  return report;
}

}  // namespace oncoguide::response
