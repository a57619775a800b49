// Lines of therapy and their phases (see lines.h).
#include "lines.h"

#include <fmt/format.h>

#include "oncoguide/common/text.h"

namespace oncoguide::response::internal {
namespace {

bool NotedAsNewLine(const records::Observation& o) {
  return AsciiLower(o.note).find("new line") != std::string::npos;
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
    if (w.starts_with("transplant") || w == "asct" || w == "sct" || w == "hsct" || w == "ahsct" ||
        w == "autosct" || w == "bmt" || w == "mel200" || w == "hdm" ||
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

}  // namespace

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

std::vector<TherapyEvent> TherapyEvents(const records::PatientRecord& record,
                                        std::optional<Date> first_day) {
  std::vector<TherapyEvent> events;
  for (const records::Observation& o : record.observations) {
    if (o.analyte == records::Analyte::kTherapyPhase) {
      events.push_back(TherapyEvent{o.date, o.text, true, false});
      continue;
    }
    if (o.analyte != records::Analyte::kTherapyStart) continue;
    if (!events.empty() && !events.back().phase_row && events.back().date == o.date) {
      *events.back().regimen += " + " + o.text;
      events.back().marked_new_line |= NotedAsNewLine(o);
    } else {
      events.push_back(TherapyEvent{o.date, o.text, false, NotedAsNewLine(o)});
    }
  }
  if (events.empty() && first_day) {
    events.push_back(TherapyEvent{*first_day, std::nullopt, false, false});
  }
  return events;
}

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

}  // namespace oncoguide::response::internal
