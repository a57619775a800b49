#include "oncoguide/records/duplicates.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "oncoguide/common/text.h"
#include "oncoguide/records/analyte.h"

namespace oncoguide::records {
namespace {

bool SameKey(const Observation& a, const Observation& b) {
  if (a.date != b.date || a.analyte != b.analyte) return false;
  // FISH: one observation per abnormality; the abnormality is the key, the fraction the value.
  // Therapy starts: several drugs starting on one day are one regimen (each row names a drug).
  if (a.analyte == Analyte::kFish || a.analyte == Analyte::kTherapyStart) return a.text == b.text;
  return true;
}

bool SameValue(const Observation& a, const Observation& b) {
  return a.has_value == b.has_value && (!a.has_value || a.value == b.value) && a.bound == b.bound &&
         a.text == b.text && a.sensitivity == b.sensitivity;
}

// "line 7" or "Observation/abc" (or both when known).
std::string Where(const Observation& o) {
  if (!o.fhir_id.empty()) return o.fhir_id;
  return fmt::format("line {}", o.line);
}

std::string ValueText(const Observation& o) {
  const AnalyteInfo& info = Info(o.analyte);
  if (o.bound == ValueBound::kTrace) return "trace";
  if (info.kind == ValueKind::kCoded) {
    std::string word(o.value != 0 ? info.positive_word : info.negative_word);
    return o.text.empty() ? word : word + " " + o.text;
  }
  if (info.kind == ValueKind::kText) {
    return o.has_value ? fmt::format("{} {}%", o.text, o.value) : o.text;
  }
  std::string out = fmt::format("{}{}", ComparatorSymbol(o.bound), o.value);
  if (!info.unit.empty()) out += " " + std::string(info.unit);
  return out;
}

}  // namespace

bool NoteMarksCorrection(std::string_view note) {
  const std::string lower = AsciiLower(note);
  for (std::string_view w : {"corrected", "amended", "correction", "amendment"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

Status ResolveSameDate(PatientRecord* record) {
  std::vector<Observation>& obs = record->observations;
  std::vector<bool> drop(obs.size(), false);
  for (size_t i = 0; i < obs.size(); ++i) {
    if (drop[i]) continue;
    // Observations of one date are contiguous (sorted by date); look ahead within the date.
    for (size_t j = i + 1; j < obs.size() && obs[j].date == obs[i].date; ++j) {
      if (drop[j] || !SameKey(obs[i], obs[j])) continue;
      Observation& a = obs[i];
      Observation& b = obs[j];
      if (SameValue(a, b) && a.corrected == b.corrected) {
        drop[j] = true;
        ++record->duplicates_collapsed;
        record->notes.push_back(fmt::format("{}: {} {} on {} repeats {} and was read once",
                                            Where(b), Name(b.analyte), ValueText(b),
                                            b.date.ToString(), Where(a)));
        continue;
      }
      if (a.corrected != b.corrected) {
        Observation& kept = a.corrected ? a : b;
        const Observation& replaced = a.corrected ? b : a;
        record->notes.push_back(
            fmt::format("{}: {} {} on {} replaces {} ({}), as the record marks it as corrected",
                        Where(kept), Name(kept.analyte), ValueText(kept), kept.date.ToString(),
                        ValueText(replaced), Where(replaced)));
        const size_t gone = a.corrected ? j : i;
        if (gone == i) {
          // Keep the correction in the first slot so later comparisons see it.
          std::swap(a, b);
        }
        drop[j] = true;
        continue;
      }
      const Observation& first = a.line <= b.line ? a : b;
      const Observation& second = a.line <= b.line ? b : a;
      return Status::Invalid(
          fmt::format("{} has two different values on {}: {} ({}) and {} ({})", Name(a.analyte),
                      a.date.ToString(), ValueText(first), Where(first), ValueText(second),
                      Where(second)),
          record->from_fhir
              ? "remove the wrong one, or mark the right one with status \"corrected\" or "
                "\"amended\" (a wrong one may have status \"entered-in-error\")"
              : "remove the wrong row, or write \"corrected\" in the note column of the right one",
          SourceLocation{record->source, record->from_fhir ? 0 : second.line, {}});
    }
  }
  size_t out = 0;
  for (size_t i = 0; i < obs.size(); ++i) {
    if (!drop[i]) {
      if (out != i) obs[out] = std::move(obs[i]);
      ++out;
    }
  }
  obs.resize(out);
  return Status::Ok();
}

}  // namespace oncoguide::records
