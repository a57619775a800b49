#include "review_apply.h"

#include <fmt/format.h>

#include <cmath>

#include "oncoguide/records/values.h"

namespace oncoguide::server {

using records::Analyte;
using records::Observation;
using records::ValueKind;

namespace {

// Shortest text that reads back as the same double.
std::string Number(double v) { return fmt::format("{}", v); }

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The value and unit columns of one observation.
std::pair<std::string, std::string> ValueAndUnit(const Observation& o) {
  const records::AnalyteInfo& info = Info(o.analyte);
  switch (info.kind) {
    case ValueKind::kText:
      if (o.analyte == Analyte::kFish && o.has_value && !std::isnan(o.value)) {
        return {fmt::format("{} {}%", o.text, Number(o.value)), ""};
      }
      return {o.text, ""};
    case ValueKind::kCoded: {
      std::string word(o.value != 0 ? info.positive_word : info.negative_word);
      if ((o.analyte == Analyte::kSerumIfe || o.analyte == Analyte::kUrineIfe) && o.value != 0 &&
          !o.text.empty() && o.note.find(o.text) == std::string::npos) {
        word += " " + o.text;
      }
      return {word, o.sensitivity ? fmt::format("{:g}", *o.sensitivity) : std::string()};
    }
    case ValueKind::kCount:
      return {Number(o.value), ""};
    case ValueKind::kQuantity:
      if (o.bound == records::ValueBound::kTrace) return {"trace", ""};
      return {std::string(records::ComparatorSymbol(o.bound)) + Number(o.value),
              std::string(info.unit)};
  }
  return {"", ""};
}

}  // namespace

std::string ObservationsCsv(const std::vector<Observation>& observations) {
  std::string out = "date,test,value,unit,ref_low,ref_high,note\n";
  for (const Observation& o : observations) {
    auto [value, unit] = ValueAndUnit(o);
    out += fmt::format("{},{},{},{},{},{},{}\n", o.date.ToString(), Name(o.analyte),
                       CsvField(value), CsvField(unit), o.ref_low ? Number(*o.ref_low) : "",
                       o.ref_high ? Number(*o.ref_high) : "", CsvField(o.note));
  }
  return out;
}

ReviewOutcome ApplyReview(const records::PatientRecord& pending, const FormField& field) {
  ReviewOutcome out;
  out.record.patient_id = pending.patient_id;
  out.record.source = pending.source;
  const std::vector<render::ReviewRow> rows = render::ReviewRows(pending);
  for (const render::ReviewRow& row : rows) {
    const Observation& original = pending.observations[row.index];
    const std::string prefix = fmt::format("obs.{}.", row.index);
    if (field(prefix + "keep").value_or("") != "1") {
      out.changed = true;
      continue;
    }
    Observation o = original;
    std::optional<std::string> edited = row.editable ? field(prefix + "value") : std::nullopt;
    if (edited && *edited != row.value) {
      Observation fresh;
      fresh.date = o.date;
      fresh.analyte = o.analyte;
      fresh.ref_low = o.ref_low;
      fresh.ref_high = o.ref_high;
      fresh.note = o.note;
      fresh.line = o.line;
      fresh.fhir_id = o.fhir_id;
      if (Status s = records::ParseValue(*edited, Info(o.analyte).unit, &fresh); !s.ok()) {
        out.errors.push_back({fmt::format("{} on {}:", row.test, row.date), s.cause(), s.hint()});
        continue;
      }
      o = std::move(fresh);
      out.changed = true;
    }
    out.record.observations.push_back(std::move(o));
  }
  if (!out.errors.empty()) out.record.observations.clear();
  out.record.SortByDate();
  return out;
}

}  // namespace oncoguide::server
