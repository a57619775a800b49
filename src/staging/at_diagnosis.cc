#include "oncoguide/staging/at_diagnosis.h"

#include <fmt/format.h>

namespace oncoguide::staging {

using records::Analyte;
using records::Observation;

const Observation* FishPanel::Find(records::FishAbnormality a) const {
  for (const Observation& row : rows) {
    Result<records::FishFinding> f = records::ParseFish(row.text);
    if (f.ok() && f->detected && f->abnormality == a) return &row;
  }
  return nullptr;
}

const Observation* DiagnosisValues::Get(Analyte a) const {
  const std::optional<Observation>& v = values_[static_cast<int>(a)];
  return v ? &*v : nullptr;
}

std::optional<Date> DiagnosisValues::LatestDate(std::initializer_list<Analyte> used) const {
  std::optional<Date> latest;
  auto take = [&latest](Date d) {
    if (!latest || d > *latest) latest = d;
  };
  for (Analyte a : used) {
    if (a == Analyte::kFish) {
      if (fish_) take(fish_->date);
    } else if (const Observation* o = Get(a)) {
      take(o->date);
    }
  }
  return latest;
}

std::vector<std::string> DiagnosisValues::SourceIds(std::initializer_list<Analyte> used) const {
  std::vector<std::string> ids;
  for (Analyte a : used) {
    if (a == Analyte::kFish) {
      if (!fish_) continue;
      for (const Observation& row : fish_->rows) {
        if (!row.fhir_id.empty()) ids.push_back(row.fhir_id);
      }
    } else if (const Observation* o = Get(a); o != nullptr && !o->fhir_id.empty()) {
      ids.push_back(o->fhir_id);
    }
  }
  return ids;
}

std::string DiagnosisValues::WindowText() const {
  if (!therapy_start_) return "the first values in the record (no therapy recorded)";
  std::string out = "the last values on or before the start of therapy (";
  out += therapy_start_->ToString();
  if (regimen_) {
    out += ", ";
    out += *regimen_;
  }
  out += ')';
  return out;
}

DiagnosisValues SelectAtDiagnosis(const records::PatientRecord& record) {
  DiagnosisValues out;
  const std::vector<Observation>& obs = record.observations;
  for (const Observation& o : obs) {
    if (o.analyte == Analyte::kTherapyStart) {
      out.therapy_start_ = o.date;
      if (!o.text.empty()) out.regimen_ = o.text;
      break;
    }
  }
  const std::optional<Date>& start = out.therapy_start_;
  // First find the selected row of each analyte, then copy each once (copying every row that a
  // later one overwrites was most of the cost of staging).
  std::array<const Observation*, records::kAnalyteCount> chosen{};
  std::optional<Date> fish_date;
  size_t end = 0;  // rows [0, end) are in the window
  for (; end < obs.size(); ++end) {
    const Observation& o = obs[end];
    if (o.spurious || o.analyte == Analyte::kTherapyStart) continue;
    // Observations are sorted by date: with a therapy, later rows (up to the start) replace
    // earlier ones; without, the first row of each analyte stays.
    if (start && o.date > *start) break;
    if (o.analyte == Analyte::kFish) {
      // The FISH panel: all rows of the last FISH date in the window (with a therapy) or of the
      // first FISH date (without).
      if (!fish_date || (start && o.date > *fish_date)) fish_date = o.date;
      continue;
    }
    const Observation*& slot = chosen[static_cast<int>(o.analyte)];
    if (start || slot == nullptr) slot = &o;
  }
  if (fish_date) {
    FishPanel& panel = out.fish_.emplace();
    panel.date = *fish_date;
    for (size_t i = 0; i < end; ++i) {
      const Observation& o = obs[i];
      if (!o.spurious && o.analyte == Analyte::kFish && o.date == *fish_date) {
        panel.rows.push_back(o);
      }
    }
  }
  for (size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i] != nullptr) out.values_[i] = *chosen[i];
  }
  return out;
}

}  // namespace oncoguide::staging
