// The response engine: splits a record into lines of therapy, evaluates each assessment
// (evaluate.cc), then applies confirmation, best response, progression and MRD status.
#include "oncoguide/response/engine.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "confirm.h"
#include "evaluate.h"
#include "lines.h"
#include "oncoguide/common/compare.h"
#include "oncoguide/common/text.h"

namespace oncoguide::response {

using records::Analyte;
using records::Observation;
using records::PatientRecord;

namespace {

using internal::AddPhase;
using internal::Confirm;
using internal::HasTherapeuticAntibody;
using internal::MrdCarry;
using internal::SetMrd;
using internal::TherapyEvent;

using internal::Day;
using internal::LineState;

// True when `o` cannot join the visit `v`: outside the window, a repeat of a disease measure, or
// a line or phase starts after the visit's first test and on or before `o` (a visit never spans
// a start: tests on the start date are baseline, tests after it are not).
bool StartsNewVisit(const Day& v, const Observation& o, int window,
                    const std::vector<TherapyEvent>& events) {
  if (o.date - v.date >= window) return true;
  // A repeat of a disease measure is a new assessment (a confirming repeat is never merged).
  if (IsDiseaseMeasure(o.analyte)) {
    const Observation* earlier = v.get(o.analyte);
    if (earlier != nullptr && earlier->date != o.date) return true;
  }
  for (const TherapyEvent& e : events) {
    if (e.date >= v.date && e.date < o.date) return true;
  }
  return false;
}

// Fills `days` (cleared first; callers reuse it so that its storage is kept across patients)
// with the record's visits (engine.h): the last result of each test of the visit is used.
void GroupIntoVisits(const PatientRecord& record, int window,
                     const std::vector<TherapyEvent>& events, std::vector<Day>& days) {
  days.clear();
  std::string_view isotype;
  for (const Observation& o : record.observations) {
    if (o.analyte == Analyte::kTherapyStart || o.analyte == Analyte::kTherapyPhase) continue;
    if (days.empty() || StartsNewVisit(days.back(), o, window, events)) {
      days.emplace_back();
      days.back().date = o.date;
    }
    Day& d = days.back();
    d.last = o.date;
    const bool names_isotype = o.analyte == Analyte::kIsotype || o.analyte == Analyte::kSerumIfe ||
                               o.analyte == Analyte::kUrineIfe;
    if (names_isotype && !o.spurious && !TrimSpaces(o.text).empty()) isotype = o.text;
    d.isotype = isotype;
    if (!o.fhir_id.empty()) d.ids.push_back(o.fhir_id);
    if (o.spurious) {
      d.spurious.push_back(fmt::format("{} {} is marked as a laboratory error and is not used",
                                       records::Label(o.analyte),
                                       internal::Describe(o.analyte, *internal::RangeOf(&o))));
      continue;
    }
    d.obs[static_cast<int>(o.analyte)] = &o;
  }
}

// The last test date of the record's first visit (tests that are not therapy rows, within the
// window of the first one): a record without therapy is one line whose baseline is that visit.
std::optional<Date> FirstVisitEnd(const PatientRecord& record, int window) {
  std::optional<Date> first, end;
  for (const Observation& o : record.observations) {
    if (o.analyte == Analyte::kTherapyStart || o.analyte == Analyte::kTherapyPhase) continue;
    if (!first) first = o.date;
    if (o.date - *first >= window) break;
    end = o.date;
  }
  return end;
}

// The state of the line being evaluated, and what Confirm and SetMrd need of each assessment.
struct LineRun {
  LineState state;
  std::vector<bool> imaging_pd;
  std::vector<MrdCarry> mrd;
};

// Evaluates the days of `line` from `*d` up to (not including) `end` (all when !has_end).
void EvaluateDays(const std::vector<Day>& days, size_t* d, bool has_end, Date end,
                  std::array<const Observation*, records::kAnalyteCount>* last, LineRun* run,
                  TherapyLine* line) {
  for (; *d < days.size() && (!has_end || days[*d].date < end); ++*d) {
    const Day& day = days[*d];
    for (int a = 0; a < records::kAnalyteCount; ++a) {
      if (day.obs[a]) (*last)[a] = day.obs[a];
    }
    internal::CarryForward(day, &run->state);
    if (!internal::IsAssessmentDay(day, run->state)) continue;
    internal::Evaluation ev = internal::Evaluate(day, run->state);
    internal::UpdateNadirs(day, &run->state);
    line->assessments.push_back(std::move(ev.assessment));
    run->imaging_pd.push_back(ev.imaging_pd);
    run->mrd.push_back(MrdCarry{run->state.ngf, run->state.ngs, run->state.pet});
  }
}

}  // namespace

ResponseReport Assess(const PatientRecord& record, const ResponseCriteria& criteria,
                      const AssessOptions& options) {
  ResponseReport report;
  report.patient_id = record.patient_id;
  report.criteria = std::string(criteria.id);
  // Reused across calls: a Day is large, and allocating the days of every patient of a cohort
  // showed in profiles. Holds pointers into `record` only until the next call clears it.
  thread_local std::vector<Day> days;
  const int window = options.visit_window_days > 0
                         ? options.visit_window_days
                         : static_cast<int>(criteria.visit_window_days.value);
  const std::vector<TherapyEvent> events =
      internal::TherapyEvents(record, FirstVisitEnd(record, window));
  GroupIntoVisits(record, window, events, days);
  std::array<const Observation*, records::kAnalyteCount> last{};
  size_t d = 0;
  for (size_t li = 0; li < events.size();) {
    const Date start = events[li].date;
    // Baseline: the last value of each analyte on or before the start.
    while (d < days.size() && days[d].date <= start) {
      for (int a = 0; a < records::kAnalyteCount; ++a) {
        if (days[d].obs[a]) last[a] = days[d].obs[a];
      }
      ++d;
    }
    TherapyLine line;
    line.regimen = events[li].regimen;
    line.start = start;
    LineRun run{LineState(criteria), {}, {}};
    run.state.antibody_regimen = line.regimen && HasTherapeuticAntibody(*line.regimen);
    line.baseline = internal::SetUpLine(last, start, &run.state);
    size_t next = li + 1;
    for (;;) {
      const bool has_end = next < events.size();
      EvaluateDays(days, &d, has_end, has_end ? events[next].date : Date(), &last, &run, &line);
      if (!has_end || !AddPhase(events[next], &line)) break;
      const TherapyEvent& phase = events[next];
      if (phase.regimen && HasTherapeuticAntibody(*phase.regimen)) {
        run.state.antibody_regimen = true;
      }
      ++next;
    }
    Confirm(line, run.imaging_pd);
    SetMrd(line, run.mrd, criteria);
    report.lines.push_back(std::move(line));
    li = next;
  }
  return report;
}

}  // namespace oncoguide::response
