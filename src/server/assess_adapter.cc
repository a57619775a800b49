#include "assess_adapter.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>

#include "oncoguide/pipeline/patient_result.h"
#include "oncoguide/records/csv_reader.h"
#include "oncoguide/records/fhir_reader.h"
#include "oncoguide/records/load.h"
#include "oncoguide/report/assess_output.h"
#include "oncoguide/report/fhir_writer.h"

namespace oncoguide::server {

using records::Observation;
using records::PatientRecord;
using records::RecordFormat;
using records::ValueBound;

namespace {

using nlohmann::json;

Status Unsupported(std::string cause, std::string hint) {
  return Status(StatusCode::kFailedPrecondition, std::move(cause), std::move(hint));
}

constexpr char kRecordsHint[] =
    "upload lab records as CSV (date,test,value,unit) or FHIR R4 JSON / NDJSON";

// NDJSON: several lines, each one FHIR resource. Wrapped into a collection Bundle so the FHIR
// reader sees one document; an error's FHIR path Bundle.entry[i] is line i+1 of the file.
std::optional<std::string> NdjsonAsBundle(std::string_view bytes) {
  json bundle = {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", json::array()}};
  size_t start = 0;
  int lines = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    json resource = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!resource.is_object()) return std::nullopt;
    bundle["entry"].push_back({{"resource", std::move(resource)}});
    ++lines;
  }
  if (lines < 2) return std::nullopt;
  return bundle.dump();
}

std::string FormatName(RecordFormat f, bool ndjson) {
  if (f == RecordFormat::kCsv) return "csv";
  return ndjson ? "fhir-ndjson" : "fhir-json";
}

// An upload in which every row was ignored (tests oncoguide does not use) stores nothing useful:
// it is refused, naming what was ignored.
Result<std::vector<PatientRecord>> RequireSomeResult(std::vector<PatientRecord> records,
                                                     const std::string& source) {
  std::vector<std::string> ignored;
  for (const PatientRecord& p : records) {
    if (!p.observations.empty()) return records;
    ignored.insert(ignored.end(), p.ignored.begin(), p.ignored.end());
  }
  if (ignored.size() > 3) ignored.resize(3);
  return Status::Invalid(
      fmt::format("{} holds no result of a test oncoguide uses{}{}", source,
                  ignored.empty() ? "" : "; ignored: ", fmt::join(ignored, "; ")),
      "check the test names against the README's list of tests (e.g. serum_m_protein)");
}

// Reads every patient in `bytes` (CSV may hold several; FHIR holds one).
Result<std::vector<PatientRecord>> ReadAll(std::string_view bytes, const std::string& source,
                                           std::string* format) {
  OG_RETURN_IF_ERROR(CheckRecordsContent(bytes));
  const RecordFormat f = records::DetectFormat(bytes.substr(0, 64));
  std::vector<PatientRecord> out;
  if (f == RecordFormat::kFhir) {
    // Not one JSON document: NDJSON (the FHIR reader reads it too; the wrapper is the fallback).
    const bool ndjson = !json::accept(bytes);
    Result<PatientRecord> r = records::ReadFhir(bytes, source);
    if (!r.ok() && ndjson) {
      if (std::optional<std::string> bundle = NdjsonAsBundle(bytes))
        r = records::ReadFhir(*bundle, source);
    }
    if (!r.ok()) return r.status();
    *format = FormatName(f, ndjson);
    out.push_back(std::move(*r));
    return out;
  }
  *format = FormatName(f, false);
  std::istringstream in{std::string(bytes)};
  records::CsvPatientReader reader(in, source);
  PatientRecord patient;
  while (true) {
    Result<bool> got = reader.Next(&patient);
    if (!got.ok()) return got.status();
    if (!*got) break;
    out.push_back(std::move(patient));
    patient = PatientRecord();
  }
  if (reader.rows() == 0) {
    return Status::Invalid(fmt::format("{} has a header but no data rows", source),
                           "add at least one row: date,test,value,unit");
  }
  return RequireSomeResult(std::move(out), source);
}

std::string_view BoundName(ValueBound b) {
  switch (b) {
    case ValueBound::kExact:
      return "exact";
    case ValueBound::kBelow:
      return "below";
    case ValueBound::kAtMost:
      return "at_most";
    case ValueBound::kAbove:
      return "above";
    case ValueBound::kAtLeast:
      return "at_least";
    case ValueBound::kTrace:
      return "trace";
  }
  return "exact";
}

}  // namespace

Status CheckRecordsContent(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.starts_with(magic); };
  if (starts("%PDF-")) {
    return Unsupported(
        "this is a PDF file: a lab report read from a PDF needs a person to check what was read "
        "before it is stored",
        "upload it on the upload page (/upload), which shows every value read for you to check; "
        "or read it with `oncoguide import` and upload the CSV it writes");
  }
  if (starts("PK\x03\x04") || starts("\x1f\x8b") || starts("7z\xbc\xaf") || starts("Rar!")) {
    return Unsupported("this is an archive (zip, gzip, 7z or rar), not a records file",
                       "unpack it and upload the records file inside");
  }
  if (starts("\x89PNG") || starts("\xff\xd8\xff") || starts("GIF8") ||
      starts(std::string_view("II*\0", 4)) || starts(std::string_view("MM\0*", 4))) {
    return Unsupported(
        "this is an image: a lab report read from a photo or scan needs a person to check what "
        "was read before it is stored",
        "upload it on the upload page (/upload), which shows every value read for you to check; "
        "or read it with `oncoguide import` and upload the CSV it writes");
  }
  if (bytes.substr(0, 1 << 16).find('\0') != std::string_view::npos) {
    return Unsupported("this is a binary file, not a records file", kRecordsHint);
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::Invalid("the upload is empty", kRecordsHint);
  }
  return Status::Ok();
}

Result<ParsedUpload> ParseUpload(std::string_view bytes, const std::string& source) {
  ParsedUpload out;
  OG_ASSIGN_OR_RETURN(std::vector<PatientRecord> all, ReadAll(bytes, source, &out.format));
  if (all.size() != 1) {
    return Status::Invalid(fmt::format("{} holds {} patients; an upload holds one person's records",
                                       source, all.size()),
                           "upload only your own records (remove the other patients' rows)");
  }
  out.record = std::move(all.front());
  return out;
}

Result<std::string> AssessFileJson(std::string_view bytes, const std::string& source) {
  std::string format;
  OG_ASSIGN_OR_RETURN(std::vector<PatientRecord> all, ReadAll(bytes, source, &format));
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* out = open_memstream(&buf, &len);
  if (out == nullptr) return Status::IoError("out of memory");
  Status s;
  {
    report::AssessWriter writer(report::OutputFormat::kJson, out);
    for (const PatientRecord& p : all) {
      s = writer.Add(pipeline::ComputePatientResult(p));
      if (!s.ok()) break;
    }
    if (s.ok()) s = writer.Finish();
  }
  std::fclose(out);
  std::string text(buf, len);
  std::free(buf);
  if (!s.ok()) return s;
  return text;
}

PatientRecord MergeRecords(std::vector<PatientRecord> records, bool sort) {
  PatientRecord merged;
  for (PatientRecord& r : records) {
    if (merged.patient_id.empty()) merged.patient_id = r.patient_id;
    merged.from_fhir = merged.from_fhir || r.from_fhir;
    if (!merged.source.empty()) merged.source += ", ";
    merged.source += r.source;
    for (Observation& o : r.observations) merged.observations.push_back(std::move(o));
    for (std::string& i : r.ignored) merged.ignored.push_back(std::move(i));
    for (std::string& n : r.notes) merged.notes.push_back(std::move(n));
  }
  if (sort) merged.SortByDate();
  return merged;
}

json ResultJson(const PatientRecord& record) {
  json out = report::AssessToJson(pipeline::ComputePatientResult(record));
  json trend = json::object();
  for (const Observation& o : record.observations) {
    const records::AnalyteInfo& info = Info(o.analyte);
    if (!o.has_value || info.unit.empty()) continue;
    json point = {{"date", o.date.ToString()}, {"value", o.value}, {"unit", info.unit}};
    if (o.bound != ValueBound::kExact) point["bound"] = BoundName(o.bound);
    trend[std::string(info.name)].push_back(std::move(point));
  }
  out["trend"] = std::move(trend);
  return out;
}

json ObservationsJson(const PatientRecord& record) {
  json list = json::array();
  for (const Observation& o : record.observations) {
    json j = {{"date", o.date.ToString()}, {"test", Name(o.analyte)}};
    j["value"] = o.has_value ? json(o.value) : json(nullptr);
    j["unit"] = Info(o.analyte).unit;
    j["bound"] = BoundName(o.bound);
    if (!o.text.empty()) j["text"] = o.text;
    if (o.ref_low) j["ref_low"] = *o.ref_low;
    if (o.ref_high) j["ref_high"] = *o.ref_high;
    if (o.spurious) j["spurious"] = true;
    if (o.corrected) j["corrected"] = true;
    if (!o.note.empty()) j["note"] = o.note;
    list.push_back(std::move(j));
  }
  return {{"patient", record.patient_id}, {"observations", std::move(list)}};
}

json ExportBundle(const PatientRecord& record) {
  json entries = json::array();
  const std::string subject =
      record.patient_id.empty() ? "Patient/unidentified" : "Patient/" + record.patient_id;
  int n = 0;
  for (const Observation& o : record.observations) {
    const records::AnalyteInfo& info = Info(o.analyte);
    json code = {{"text", info.label}};
    if (std::string_view loinc = records::PrimaryLoinc(o.analyte); !loinc.empty()) {
      code["coding"] = {
          {{"system", records::kLoincSystem}, {"code", loinc}, {"display", info.label}}};
    }
    json obs = {{"resourceType", "Observation"},
                {"id", fmt::format("upload-{}", ++n)},
                {"status", o.corrected ? "corrected" : "final"},
                {"code", std::move(code)},
                {"subject", {{"reference", subject}}},
                {"effectiveDateTime", o.date.ToString()}};
    if (o.has_value && !info.unit.empty()) {
      json q = {{"value", o.value}, {"unit", info.unit}};
      if (auto c = records::ComparatorSymbol(o.bound); !c.empty()) q["comparator"] = c;
      obs["valueQuantity"] = std::move(q);
    } else if (!o.text.empty()) {
      obs["valueString"] = o.text;
    } else if (o.has_value) {
      obs["valueString"] =
          o.value != 0 ? std::string(info.positive_word) : std::string(info.negative_word);
    } else {
      obs["valueString"] = BoundName(o.bound);
    }
    if (!o.note.empty()) obs["note"] = {{{"text", o.note}}};
    entries.push_back(
        {{"fullUrl", fmt::format("urn:oncoguide:upload-{}", n)}, {"resource", std::move(obs)}});
  }
  json computed = report::WriteFhirBundle(pipeline::ComputePatientResult(record));
  for (json& e : computed["entry"]) entries.push_back(std::move(e));
  return {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", std::move(entries)}};
}

}  // namespace oncoguide::server
