#include "oncoguide/render/review.h"

#include <cmath>

#include "oncoguide/render/chart.h"

namespace oncoguide::render {

using records::Analyte;
using records::Observation;
using records::ValueBound;
using records::ValueKind;

namespace {

std::string ValueText(const Observation& o) {
  const records::AnalyteInfo& info = Info(o.analyte);
  switch (info.kind) {
    case ValueKind::kText:
      return o.text;
    case ValueKind::kCoded:
      return std::string(o.value != 0 ? info.positive_word : info.negative_word);
    case ValueKind::kCount:
    case ValueKind::kQuantity:
      if (o.bound == ValueBound::kTrace) return "trace";
      if (!o.has_value || std::isnan(o.value)) return "";
      return FormatValue(o.value, o.bound);
  }
  return "";
}

std::string Doubt(const Observation& o) {
  if (o.note.starts_with(kReviewNotePrefix)) return o.note.substr(kReviewNotePrefix.size());
  switch (o.bound) {
    case ValueBound::kBelow:
    case ValueBound::kAtMost:
      return "reported as below the lab's limit, not as a measured number";
    case ValueBound::kAbove:
    case ValueBound::kAtLeast:
      return "reported as above the lab's limit, not as a measured number";
    case ValueBound::kTrace:
      return "reported as a trace: present but too small to measure";
    case ValueBound::kExact:
      break;
  }
  if (o.spurious) return "marked as a laboratory error: it is left out of the assessment";
  if (o.corrected) return "a corrected value that replaced another result of the same day";
  if (!o.note.empty() && o.analyte != Analyte::kSerumIfe && o.analyte != Analyte::kUrineIfe) {
    return "the file adds a note: " + o.note;
  }
  return "";
}

}  // namespace

PlainError ToPlainError(const Status& status) {
  PlainError e;
  const SourceLocation& w = status.where();
  e.where = w.file;
  if (w.line > 0) e.where += (e.where.empty() ? "line " : ", line ") + std::to_string(w.line);
  if (!w.path.empty()) e.where += (e.where.empty() ? "" : ", at ") + w.path;
  if (!e.where.empty()) e.where += ":";
  e.cause = status.cause();
  if (!e.cause.empty() && e.cause.back() != '.') e.cause += '.';
  e.hint = status.hint();
  return e;
}

std::vector<ReviewRow> ReviewRows(const records::PatientRecord& record,
                                  const std::vector<ReviewFile>& files) {
  std::vector<ReviewRow> rows;
  rows.reserve(record.observations.size());
  size_t file = 0;
  size_t file_end = files.empty() ? 0 : files[0].observations;
  for (size_t i = 0; i < record.observations.size(); ++i) {
    const Observation& o = record.observations[i];
    while (file + 1 < files.size() && i >= file_end) file_end += files[++file].observations;
    const std::string& source = files.empty() ? record.source : files[file].name;
    ReviewRow r;
    r.index = i;
    r.date = o.date.ToString();
    r.test = std::string(records::Label(o.analyte));
    r.value = ValueText(o);
    r.unit = std::string(Info(o.analyte).unit);
    if (!o.fhir_id.empty()) {
      r.source = o.fhir_id;
    } else if (o.line > 0) {
      r.source = source + " line " + std::to_string(o.line);
    } else {
      r.source = source;
    }
    r.doubt = Doubt(o);
    r.editable = Info(o.analyte).kind != ValueKind::kText || o.analyte == Analyte::kTherapyStart;
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace oncoguide::render
