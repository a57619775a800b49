#include "oncoguide/import/import_output.h"

#include <fmt/format.h>

#include <algorithm>

namespace oncoguide::import {

using records::ValueBound;
using records::ValueKind;

namespace {

std::string Number(double x) { return fmt::format("{:.6g}", x); }

// The value as written: "<0.1", "45.2", "trace", "positive".
std::string WrittenValue(const ImportedObservation& o) {
  const records::AnalyteInfo& info = Info(o.obs.analyte);
  if (o.obs.bound == ValueBound::kTrace) return "trace";
  switch (info.kind) {
    case ValueKind::kCoded:
      return std::string(o.obs.value != 0 ? info.positive_word : info.negative_word);
    case ValueKind::kCount:
      return Number(o.obs.value);
    default:
      return std::string(records::ComparatorSymbol(o.obs.bound)) + Number(o.written_number);
  }
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c == '\n' ? ' ' : c;
  }
  return out + "\"";
}

std::vector<const ImportedObservation*> Sorted(const ImportResult& r) {
  std::vector<const ImportedObservation*> out;
  for (const ImportedObservation& o : r.observations) out.push_back(&o);
  std::stable_sort(out.begin(), out.end(),
                   [](const auto* a, const auto* b) { return a->obs.date < b->obs.date; });
  return out;
}

std::string Note(const ImportedObservation& o) {
  std::vector<std::string> parts;
  if (o.needs_review) {
    parts.push_back(fmt::format("needs review: {}", fmt::join(o.review_reasons, "; ")));
  }
  if (o.previous) parts.push_back("previous result");
  parts.push_back(fmt::format("page {}", o.source.page));
  return fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace

std::string ImportToCsv(const ImportResult& result) {
  std::string out = "date,test,value,unit,ref_low,ref_high,note\n";
  for (const ImportedObservation* o : Sorted(result)) {
    const bool quantity =
        Info(o->obs.analyte).kind == ValueKind::kQuantity && o->obs.bound != ValueBound::kTrace;
    out += fmt::format("{},{},{},{},{},{},{}\n", o->obs.date.ToString(), Name(o->obs.analyte),
                       CsvField(WrittenValue(*o)), quantity ? CsvField(o->written_unit) : "",
                       o->written_ref_low ? Number(*o->written_ref_low) : "",
                       o->written_ref_high ? Number(*o->written_ref_high) : "", CsvField(Note(*o)));
    const bool ife = o->obs.analyte == records::Analyte::kSerumIfe ||
                     o->obs.analyte == records::Analyte::kUrineIfe;
    if (ife && !o->obs.text.empty()) {
      out += fmt::format("{},isotype,{},,,,{}\n", o->obs.date.ToString(), CsvField(o->obs.text),
                         CsvField(Note(*o)));
    }
  }
  for (const ImportNote& n : result.ignored) {
    out += fmt::format("# ignored (page {}): {} -- {}\n", n.page, n.text, n.reason);
  }
  for (const ImportNote& n : result.unrecognised) {
    out += fmt::format("# not read (page {}): {} -- {}\n", n.page, n.text, n.reason);
  }
  for (const std::string& w : result.warnings) out += fmt::format("# warning: {}\n", w);
  return out;
}

nlohmann::json ImportToJson(const ImportResult& result) {
  nlohmann::json obs = nlohmann::json::array();
  for (const ImportedObservation* o : Sorted(result)) {
    const records::AnalyteInfo& info = Info(o->obs.analyte);
    nlohmann::json j;
    j["date"] = o->obs.date.ToString();
    j["test"] = std::string(info.name);
    const bool number = info.kind != ValueKind::kCoded && o->obs.bound != ValueBound::kTrace;
    if (number) {
      j["value"] = info.kind == ValueKind::kCount ? o->obs.value : o->written_number;
    } else {
      j["value"] = WrittenValue(*o);
    }
    j["unit"] = info.kind == ValueKind::kQuantity && number ? o->written_unit : "";
    j["bound"] = std::string(
        o->obs.bound == ValueBound::kTrace ? "trace" : records::ComparatorSymbol(o->obs.bound));
    if (!o->obs.text.empty()) j["text"] = o->obs.text;
    j["ref_low"] = o->written_ref_low ? nlohmann::json(*o->written_ref_low) : nlohmann::json();
    j["ref_high"] = o->written_ref_high ? nlohmann::json(*o->written_ref_high) : nlohmann::json();
    if (info.kind == ValueKind::kQuantity && number) {
      j["canonical"] = {{"value", o->obs.value}, {"unit", std::string(info.unit)}};
    }
    const Box& b = o->source.box;
    j["source"] = {
        {"page", o->source.page}, {"text", o->source.text}, {"bbox", {b.x0, b.y0, b.x1, b.y1}}};
    j["confidence"] = o->confidence;
    j["needs_review"] = o->needs_review;
    j["review_reasons"] = o->review_reasons;
    j["previous"] = o->previous;
    obs.push_back(std::move(j));
  }
  auto notes = [](const std::vector<ImportNote>& v) {
    nlohmann::json a = nlohmann::json::array();
    for (const ImportNote& n : v) {
      a.push_back({{"page", n.page}, {"text", n.text}, {"reason", n.reason}});
    }
    return a;
  };
  return {{"source", result.source},
          {"observations", std::move(obs)},
          {"unrecognised", notes(result.unrecognised)},
          {"ignored", notes(result.ignored)},
          {"warnings", result.warnings}};
}

records::PatientRecord ToPatientRecord(const ImportResult& result) {
  records::PatientRecord rec;
  rec.source = result.source;
  for (const ImportedObservation& o : result.observations) rec.observations.push_back(o.obs);
  for (const ImportNote& n : result.ignored) {
    rec.ignored.push_back(fmt::format("page {}: {} ({})", n.page, n.text, n.reason));
  }
  rec.SortByDate();
  return rec;
}

}  // namespace oncoguide::import
