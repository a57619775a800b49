// The response engine: splits a record into lines of therapy, evaluates each assessment
// (evaluate.cc), then applies confirmation, best response, progression and MRD status.
#include "oncoguide/response/engine.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "evaluate.h"
#include "oncoguide/common/compare.h"
#include "oncoguide/common/text.h"

namespace oncoguide {
namespace {

using internal::Day;
using internal::LineState;

// Therapeutic monoclonal antibodies that can show on immunofixation (Kumar 2016 notes).
bool HasTherapeuticAntibody(std::string_view regimen) {
  const std::string r = AsciiLower(regimen);
  for (std::string_view name :
       {"dara", "darzalex", "isatuximab", "isa-", "sarclisa", "elotuzumab", "empliciti"}) {
    if (r.find(name) != std::string::npos) return true;
  }
  // Regimen abbreviations led by D (D-VRd, DRd, DVd, DKd, DPd) name daratumumab.
  return r.rfind("d-", 0) == 0 || r == "drd" || r == "dvd" || r == "dkd" || r == "dpd" ||
         r == "dvrd" || r == "dvtd";
}

// Fills `days` (cleared first; callers reuse it so that its storage is kept across patients).
void GroupByDate(const PatientRecord& record, std::vector<Day>& days) {
  days.clear();
  for (const Observation& o : record.observations) {
    if (o.analyte == Analyte::kTherapyStart) continue;
    if (days.empty() || days.back().date != o.date) {
      days.emplace_back();
      days.back().date = o.date;
    }
    Day& d = days.back();
    if (!o.fhir_id.empty()) d.ids.push_back(o.fhir_id);
    if (o.spurious) {
      d.spurious.push_back(fmt::format("{} {} is marked as a laboratory error and is not used",
                                       Label(o.analyte), internal::Qty(o.analyte, o.value)));
      continue;
    }
    d.obs[static_cast<int>(o.analyte)] = &o;
  }
}

struct LineStart {
  Date date;
  std::optional<std::string> regimen;
};

std::vector<LineStart> LineStarts(const PatientRecord& record, const std::vector<Day>& days) {
  std::vector<LineStart> starts;
  for (const Observation& o : record.observations) {
    if (o.analyte != Analyte::kTherapyStart) continue;
    if (!starts.empty() && starts.back().date == o.date) {
      *starts.back().regimen += " + " + o.text;
    } else {
      starts.push_back(LineStart{o.date, o.text});
    }
  }
  if (starts.empty() && !days.empty()) starts.push_back(LineStart{days.front().date, std::nullopt});
  return starts;
}

void Confirm(TherapyLine& line, const std::vector<bool>& imaging_pd) {
  auto& as = line.assessments;
  for (size_t i = 0; i < as.size(); ++i) {
    Assessment& a = as[i];
    const Assessment* next = i + 1 < as.size() ? &as[i + 1] : nullptr;
    // PD by a new lesion on imaging and SD need no confirmation; every other category needs the
    // next assessment of the line to meet it too (Kumar 2016, Table 3 notes).
    const bool needs_confirmation =
        (a.response == Category::kPD && !imaging_pd[i]) || IsResponse(a.response);
    if (a.response == Category::kSD || (a.response == Category::kPD && imaging_pd[i])) {
      a.confirmed = true;
    }
    std::string note;
    if (needs_confirmation) {
      const bool next_meets =
          next && (a.response == Category::kPD
                       ? next->response == Category::kPD
                       : IsResponse(next->response) && next->response >= a.response);
      if (next_meets) {
        a.confirmed = true;
        note = "Confirmed by the next assessment on " + next->date.ToString() + ".";
      } else if (next) {
        note = "Not confirmed: the next assessment on " + next->date.ToString() + " was ";
        note += CategoryName(next->response);
        note += '.';
      } else {
        note = fmt::format("Not yet confirmed: {} needs the next assessment to {} too.",
                           CategoryName(a.response),
                           a.response == Category::kPD ? "show it" : "meet it");
      }
    }
    if (!note.empty()) {
      a.explanation += ' ';
      a.explanation += note;
    }
  }
  // Progression: the first confirmed PD. Best response: the best confirmed category before it.
  size_t end = as.size();
  for (size_t i = 0; i < as.size(); ++i) {
    if (as[i].response == Category::kPD && as[i].confirmed) {
      line.progression_date = as[i].date;
      end = i;
      break;
    }
  }
  std::optional<Category> best;
  for (size_t i = 0; i < end; ++i) {
    Category c = as[i].response;
    Category confirmed_level = Category::kNE;
    if (IsResponse(c) && i + 1 < end && IsResponse(as[i + 1].response)) {
      confirmed_level = std::min(c, as[i + 1].response);
    } else if (c != Category::kNE && c != Category::kPD) {
      confirmed_level = Category::kSD;  // not progressing, response not (yet) confirmed
    }
    if (confirmed_level != Category::kNE && (!best || confirmed_level > *best)) {
      best = confirmed_level;
      line.best_response_date = as[i].date;
    }
  }
  if (!best && line.progression_date) {
    best = Category::kPD;
    line.best_response_date = line.progression_date;
  }
  line.best_response = best;
}

// MRD status of the line (Kumar 2016, Table 3: all MRD categories require CR). Looks at every
// assessment in CR or better before progression, with the MRD and PET/CT results carried forward.
// The carried-forward MRD and PET/CT results at one assessment (all that SetMrd needs of the
// line's state then).
struct MrdCarry {
  const Observation* ngf = nullptr;
  const Observation* ngs = nullptr;
  const Observation* pet = nullptr;
};

void SetMrd(TherapyLine& line, const std::vector<MrdCarry>& states, const ResponseCriteria& c) {
  if (!c.has_mrd_categories) return;
  bool have_first = false;  // an imaging-plus MRD-negative result seen in the current run
  Date first_imaging_plus;  // its MRD test date
  for (size_t i = 0; i < line.assessments.size(); ++i) {
    const Assessment& a = line.assessments[i];
    if (line.progression_date && a.date >= *line.progression_date) break;
    const MrdCarry& s = states[i];
    auto negative = [&](const Observation* o) {
      return o && o->value == 0 && o->sensitivity &&
             AtMost(*o->sensitivity, c.mrd_sensitivity.value);
    };
    for (const Observation* o : {s.ngf, s.ngs}) {
      if (o && o->value == 0 && !o->sensitivity) {
        std::string note = fmt::format(
            "The MRD result of {} gives no sensitivity; IMWG MRD-negative needs 1 in 100,000 "
            "(1e-5) or better, so it is not counted.",
            o->date.ToString());
        if (std::find(line.notes.begin(), line.notes.end(), note) == line.notes.end()) {
          line.notes.push_back(note);
        }
      }
    }
    if (a.response < Category::kCR) continue;
    const Observation* mrd = negative(s.ngf) ? s.ngf : negative(s.ngs) ? s.ngs : nullptr;
    // A positive MRD result after a negative one ends the run of negatives.
    const bool positive_latest =
        (s.ngf && s.ngf->value == 1 && (!mrd || s.ngf->date > mrd->date)) ||
        (s.ngs && s.ngs->value == 1 && (!mrd || s.ngs->date > mrd->date));
    if (mrd == nullptr || positive_latest) {
      have_first = false;
      continue;
    }
    MrdStatus st = mrd == s.ngf ? MrdStatus::kFlowNegative : MrdStatus::kSequencingNegative;
    if (s.pet && s.pet->value == 0) {
      st = MrdStatus::kImagingPlusNegative;
      if (!have_first) {
        have_first = true;
        first_imaging_plus = mrd->date;
      }
      if (mrd->date - first_imaging_plus >= c.mrd_sustained_days.value) {
        st = MrdStatus::kSustainedNegative;
      }
    }
    if (st > line.mrd_status) {
      line.mrd_status = st;
      line.mrd_date = mrd->date;
    }
  }
}

}  // namespace

ResponseReport Assess(const PatientRecord& record, const ResponseCriteria& criteria) {
  ResponseReport report;
  report.patient_id = record.patient_id;
  report.criteria = std::string(criteria.id);
  // Reused across calls: a Day is large, and allocating the days of every patient of a cohort
  // showed in profiles. Holds pointers into `record` only until the next call clears it.
  thread_local std::vector<Day> days;
  GroupByDate(record, days);
  const std::vector<LineStart> starts = LineStarts(record, days);
  std::array<const Observation*, kAnalyteCount> last{};
  size_t d = 0;
  for (size_t li = 0; li < starts.size(); ++li) {
    const Date start = starts[li].date;
    const bool has_end = li + 1 < starts.size();
    const Date end = has_end ? starts[li + 1].date : Date();
    // Baseline: the last value of each analyte on or before the start.
    while (d < days.size() && days[d].date <= start) {
      for (int a = 0; a < kAnalyteCount; ++a) {
        if (days[d].obs[a]) last[a] = days[d].obs[a];
      }
      ++d;
    }
    TherapyLine line;
    line.regimen = starts[li].regimen;
    line.start = start;
    LineState state(criteria);
    state.antibody_regimen = line.regimen && HasTherapeuticAntibody(*line.regimen);
    line.baseline = internal::SetUpLine(last, start, &state);
    std::vector<bool> imaging_pd;
    std::vector<MrdCarry> states;
    for (; d < days.size() && (!has_end || days[d].date < end); ++d) {
      const Day& day = days[d];
      for (int a = 0; a < kAnalyteCount; ++a) {
        if (day.obs[a]) last[a] = day.obs[a];
      }
      internal::CarryForward(day, &state);
      if (!internal::IsAssessmentDay(day, state)) continue;
      internal::Evaluation ev = internal::Evaluate(day, state);
      internal::UpdateNadirs(day, &state);
      line.assessments.push_back(std::move(ev.assessment));
      imaging_pd.push_back(ev.imaging_pd);
      states.push_back(MrdCarry{state.ngf, state.ngs, state.pet});
    }
    Confirm(line, imaging_pd);
    SetMrd(line, states, criteria);
    report.lines.push_back(std::move(line));
  }
  return report;
}

}  // namespace oncoguide
