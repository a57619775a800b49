#include "oncoguide/staging/at_diagnosis.h"

#include <fmt/format.h>

namespace oncoguide {

const Observation* FishPanel::Find(FishAbnormality a) const {
  for (const Observation& row : rows) {
    Result<FishFinding> f = ParseFish(row.text);
    if (f.ok() && f->abnormality == a) return &row;
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
  return fmt::format("the last values on or before the start of therapy ({}{})",
                     therapy_start_->ToString(), regimen_ ? ", " + *regimen_ : "");
}

DiagnosisValues SelectAtDiagnosis(const PatientRecord& record) {
  DiagnosisValues out;
  for (const Observation& o : record.observations) {
    if (o.analyte == Analyte::kTherapyStart) {
      out.therapy_start_ = o.date;
      if (!o.text.empty()) out.regimen_ = o.text;
      break;
    }
  }
  const std::optional<Date>& start = out.therapy_start_;
  for (const Observation& o : record.observations) {
    if (o.spurious || o.analyte == Analyte::kTherapyStart) continue;
    // Observations are sorted by date: with a therapy, later rows (up to the start) overwrite
    // earlier ones; without, the first row of each analyte stays.
    if (start && o.date > *start) break;
    if (o.analyte == Analyte::kFish) {
      if (!out.fish_ || (start && o.date > out.fish_->date)) {
        out.fish_ = FishPanel{o.date, {o}};
      } else if (o.date == out.fish_->date) {
        out.fish_->rows.push_back(o);
      }
      continue;
    }
    std::optional<Observation>& slot = out.values_[static_cast<int>(o.analyte)];
    if (start || !slot) slot = o;
  }
  return out;
}

}  // namespace oncoguide
