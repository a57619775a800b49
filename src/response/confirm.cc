// Confirmation, best response, progression and MRD status of a line (see confirm.h).
#include "confirm.h"

#include <fmt/format.h>

#include <algorithm>

#include "oncoguide/common/compare.h"

namespace oncoguide::response::internal {

using records::Observation;

namespace {

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
  const bool next_meets = next && (a.response == Category::kPD ? next->response == Category::kPD
                                                               : IsResponse(next->response) &&
                                                                     next->response >= a.response);
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
                     CategoryName(a.response), a.response == Category::kPD ? "show it" : "meet it");
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

}  // namespace

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

}  // namespace oncoguide::response::internal
