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
  std::string_view isotype;
  for (const Observation& o : record.observations) {
    if (o.analyte == Analyte::kTherapyStart || o.analyte == Analyte::kTherapyPhase) continue;
    if (days.empty() || days.back().date != o.date) {
      days.emplace_back();
      days.back().date = o.date;
    }
    Day& d = days.back();
    const bool names_isotype = o.analyte == Analyte::kIsotype ||
                               o.analyte == Analyte::kSerumIfe || o.analyte == Analyte::kUrineIfe;
    if (names_isotype && !o.spurious && !TrimSpaces(o.text).empty()) isotype = o.text;
    d.isotype = isotype;
    if (!o.fhir_id.empty()) d.ids.push_back(o.fhir_id);
    if (o.spurious) {
      d.spurious.push_back(fmt::format("{} {} is marked as a laboratory error and is not used",
                                       Label(o.analyte),
                                       internal::Describe(o.analyte, *internal::RangeOf(&o))));
      continue;
    }
    d.obs[static_cast<int>(o.analyte)] = &o;
  }
}

// A therapy event of the record, in date order: a therapy_start (rows of one date joined) or a
// therapy_phase row.
struct TherapyEvent {
  Date date;
  std::optional<std::string> regimen;  // therapy_start: the regimen; therapy_phase: the phase
  bool phase_row = false;              // a therapy_phase row: always a phase of the current line
  bool marked_new_line = false;        // the row's note says "new line": never read as a phase
};

bool NotedAsNewLine(const Observation& o) {
  return AsciiLower(o.note).find("new line") != std::string::npos;
}

std::vector<TherapyEvent> TherapyEvents(const PatientRecord& record, const std::vector<Day>& days) {
  std::vector<TherapyEvent> events;
  for (const Observation& o : record.observations) {
    if (o.analyte == Analyte::kTherapyPhase) {
      events.push_back(TherapyEvent{o.date, o.text, true, false});
      continue;
    }
    if (o.analyte != Analyte::kTherapyStart) continue;
    if (!events.empty() && !events.back().phase_row && events.back().date == o.date) {
      *events.back().regimen += " + " + o.text;
      events.back().marked_new_line |= NotedAsNewLine(o);
    } else {
      events.push_back(TherapyEvent{o.date, o.text, false, NotedAsNewLine(o)});
    }
  }
  if (events.empty() && !days.empty()) {
    events.push_back(TherapyEvent{days.front().date, std::nullopt, false, false});
  }
  return events;
}

// The phase of a line of therapy that a regimen's name announces ("ASCT (melphalan 200)" ->
// "transplant", "Lenalidomide maintenance" -> "maintenance"), or "" when it names none.
std::string PhaseNamedBy(std::string_view regimen) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : AsciiLower(regimen)) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      word += ch;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.starts_with("transplant") || w == "asct" || w == "sct" || w == "hsct" ||
        w == "ahsct" || w == "autosct" || w == "bmt" || w == "mel200" || w == "hdm" ||
        (w == "melphalan" && i + 1 < words.size() && words[i + 1] == "200")) {
      return "transplant";
    }
    if (w.starts_with("consolidation")) return "consolidation";
    if (w.starts_with("maintenance")) return "maintenance";
  }
  return "";
}

// True when the line shows progression before its next therapy event: a PD call that is the
// latest assessment or is followed by another PD call.
bool ProgressedSoFar(const TherapyLine& line) {
  const auto& as = line.assessments;
  for (size_t i = 0; i < as.size(); ++i) {
    if (as[i].response == Category::kPD &&
        (i + 1 == as.size() || as[i + 1].response == Category::kPD)) {
      return true;
    }
  }
  return false;
}

// Reads `e` as a phase of `line` when it is one (IMWG line of therapy: Rajkumar 2015, Blood
// 126:921: planned induction, transplant, consolidation and maintenance form one line; a new
// line starts on progression or an unplanned change). Adds the phase and its note; returns
// false when `e` starts a new line.
bool AddPhase(const TherapyEvent& e, TherapyLine* line) {
  if (e.phase_row) {
    line->phases.push_back(TherapyPhase{e.date, e.regimen.value_or(""), "", false});
    return true;
  }
  if (e.marked_new_line || !e.regimen) return false;
  const std::string phase = PhaseNamedBy(*e.regimen);
  if (phase.empty() || ProgressedSoFar(*line)) return false;
  line->phases.push_back(TherapyPhase{e.date, phase, *e.regimen, true});
  line->notes.push_back(fmt::format(
      "'{}' from {} is read as the {} phase of this line, not as a new line: planned "
      "induction, transplant, consolidation and maintenance are one line of therapy (IMWG, "
      "Rajkumar 2015), and no progression was seen before it. If it was a new line (for "
      "example started after a relapse, or a change of treatment for side effects), write "
      "'new line' in the note of that therapy_start row; to name phases yourself, use "
      "therapy_phase rows.",
      *e.regimen, e.date.ToString(), phase));
  return true;
}

// PD by a new lesion on imaging and SD need no confirmation; every other category needs the
// next assessment of the line to meet it too (Kumar 2016, Table 3 notes).
bool NeedsConfirmation(const Assessment& a, bool imaging_pd) {
  return (a.response == Category::kPD && !imaging_pd) || IsResponse(a.response);
}

// The explanation's last sentence about confirmation of `a` (the assessment `i` of the line);
// sets a.confirmed.
std::string ConfirmOne(std::vector<Assessment>& as, size_t i, bool imaging_pd) {
  Assessment& a = as[i];
  const Assessment* prev = i > 0 ? &as[i - 1] : nullptr;
  const Assessment* next = i + 1 < as.size() ? &as[i + 1] : nullptr;
  if (a.response == Category::kSD || (a.response == Category::kPD && imaging_pd)) {
    a.confirmed = true;
  }
  if (a.response == Category::kPD && !imaging_pd && prev && prev->response == Category::kPD &&
      prev->confirmed) {
    // The second of a confirming pair is the confirmation itself: the progression it shows is
    // confirmed and must not read "not yet confirmed".
    a.confirmed = true;
    return "This confirms the progression first seen on " + prev->date.ToString() + ".";
  }
  if (!NeedsConfirmation(a, imaging_pd)) return "";
  const bool next_meets = next && (a.response == Category::kPD
                                       ? next->response == Category::kPD
                                       : IsResponse(next->response) && next->response >= a.response);
  if (next_meets) {
    a.confirmed = true;
    return "Confirmed by the next assessment on " + next->date.ToString() + ".";
  }
  if (next) {
    std::string note = "Not confirmed: the next assessment on " + next->date.ToString() + " was ";
    note += CategoryName(next->response);
    note += '.';
    return note;
  }
  return fmt::format("Not yet confirmed: {} needs the next assessment to {} too.",
                     CategoryName(a.response),
                     a.response == Category::kPD ? "show it" : "meet it");
}

// Progression: the first confirmed PD. Returns its index, or as.size() when there is none.
size_t ConfirmedProgression(TherapyLine& line) {
  const auto& as = line.assessments;
  for (size_t i = 0; i < as.size(); ++i) {
    if (as[i].response == Category::kPD && as[i].confirmed) {
      line.progression_date = as[i].date;
      return i;
    }
  }
  return as.size();
}

// Best response: the best confirmed category among the first `end` assessments. A response
// that was not confirmed counts as SD (the disease did not progress); the last assessment, when
// it still awaits its confirming test, counts for nothing yet (it is reported apart, so that a
// line is never shown as "best SD" while a better call awaits confirmation).
void BestResponse(TherapyLine& line, size_t end, bool last_awaits) {
  const auto& as = line.assessments;
  if (last_awaits && end == as.size()) --end;
  std::optional<Category> best;
  for (size_t i = 0; i < end; ++i) {
    Category c = as[i].response;
    Category confirmed_level = Category::kNE;
    if (IsResponse(c) && i + 1 < end && IsResponse(as[i + 1].response)) {
      confirmed_level = std::min(c, as[i + 1].response);
    } else if (IsResponse(c) && i + 1 == end && end < as.size() && IsResponse(as[end].response)) {
      confirmed_level = std::min(c, as[end].response);  // confirmed by the awaiting last one
    } else if (c != Category::kNE && c != Category::kPD) {
      confirmed_level = Category::kSD;  // not progressing, response not confirmed
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

void Confirm(TherapyLine& line, const std::vector<bool>& imaging_pd) {
  auto& as = line.assessments;
  for (size_t i = 0; i < as.size(); ++i) {
    std::string note = ConfirmOne(as, i, imaging_pd[i]);
    if (!note.empty()) {
      as[i].explanation += ' ';
      as[i].explanation += note;
    }
  }
  const size_t end = ConfirmedProgression(line);
  const bool last_awaits = !as.empty() && end == as.size() && !as.back().confirmed &&
                           NeedsConfirmation(as.back(), imaging_pd.back());
  BestResponse(line, end, last_awaits);
  if (last_awaits && (as.back().response == Category::kPD || !line.best_response ||
                      as.back().response > *line.best_response)) {
    line.awaiting_confirmation = as.back().response;
    line.awaiting_confirmation_date = as.back().date;
  }
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

// Evaluates the days of `line` from `*d` up to (not including) `end` (all when !has_end).
struct LineRun {
  LineState state;
  std::vector<bool> imaging_pd;
  std::vector<MrdCarry> mrd;
};

void EvaluateDays(const std::vector<Day>& days, size_t* d, bool has_end, Date end,
                  std::array<const Observation*, kAnalyteCount>* last, LineRun* run,
                  TherapyLine* line) {
  for (; *d < days.size() && (!has_end || days[*d].date < end); ++*d) {
    const Day& day = days[*d];
    for (int a = 0; a < kAnalyteCount; ++a) {
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

ResponseReport Assess(const PatientRecord& record, const ResponseCriteria& criteria) {
  ResponseReport report;
  report.patient_id = record.patient_id;
  report.criteria = std::string(criteria.id);
  // Reused across calls: a Day is large, and allocating the days of every patient of a cohort
  // showed in profiles. Holds pointers into `record` only until the next call clears it.
  thread_local std::vector<Day> days;
  GroupByDate(record, days);
  const std::vector<TherapyEvent> events = TherapyEvents(record, days);
  std::array<const Observation*, kAnalyteCount> last{};
  size_t d = 0;
  for (size_t li = 0; li < events.size();) {
    const Date start = events[li].date;
    // Baseline: the last value of each analyte on or before the start.
    while (d < days.size() && days[d].date <= start) {
      for (int a = 0; a < kAnalyteCount; ++a) {
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

}  // namespace oncoguide
