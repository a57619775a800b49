// The one description of the `assess` JSON object (README "Output"; the public contract is in
// include/oncoguide/report/assess_output.h and staging_json.h). Written once, as calls on a sink
// (json_sinks.h): StreamSink turns them into jsonl text with no tree in between, DomSink into an
// nlohmann::json value. Members are written in sorted key order, the order in which nlohmann's
// object prints them, so that both sinks give the same text; a test compares them on every
// example record (tests/report/jsonl_writer_test.cc) and cohort_bench --run verify on a cohort.
//
//   { "criteria", "diagnosis": {…}, "high_risk": {…}, "ignored": [...], "lines": [ {
//       "assessments": [ { "confirmed", "date", "explanation", "last_date", "missing",
//                          "response" } ],
//       "awaiting_confirmation": {"date", "response"}|null,
//       "baseline": { "date", "dates": {analyte: date}, "explanation", "measurable",
//                     "values": {analyte: number} },
//       "best_response", "best_response_date", "mrd_date", "mrd_status", "notes",
//       "phases": [ { "date", "inferred", "name", "regimen" } ], "progression_date", "regimen",
//       "start" } ],
//     "patient", "source", "staging": {…} }
#ifndef ONCOGUIDE_SRC_REPORT_JSON_LAYOUT_H_
#define ONCOGUIDE_SRC_REPORT_JSON_LAYOUT_H_

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oncoguide/pipeline/patient_result.h"

namespace oncoguide::report::internal {

template <class Sink>
void StringOrNull(Sink& s, bool present, std::string_view v) {
  if (present) {
    s.String(v);
  } else {
    s.Null();
  }
}

template <class Sink>
void DateOrNull(Sink& s, const std::optional<Date>& d) {
  StringOrNull(s, d.has_value(), d ? d->ToString() : std::string());
}

template <class Sink>
void Strings(Sink& s, const std::vector<std::string>& items) {
  s.StartArray();
  for (const std::string& i : items) s.String(i);
  s.EndArray();
}

// The baseline values in key order, one per analyte (the last one wins, as in a JSON object).
inline std::vector<const response::KeyValue*> ByAnalyteName(
    const std::vector<response::KeyValue>& values) {
  std::vector<const response::KeyValue*> sorted;
  sorted.reserve(values.size());
  for (const response::KeyValue& kv : values) sorted.push_back(&kv);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const response::KeyValue* a, const response::KeyValue* b) {
                     return Name(a->analyte) < Name(b->analyte);
                   });
  std::vector<const response::KeyValue*> unique;
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (i + 1 < sorted.size() && sorted[i]->analyte == sorted[i + 1]->analyte) continue;
    unique.push_back(sorted[i]);
  }
  return unique;
}

template <class Sink>
void WriteBaseline(Sink& s, const response::Baseline& b) {
  const std::vector<const response::KeyValue*> values = ByAnalyteName(b.values);
  s.StartObject();
  s.Key("date");
  DateOrNull(s, b.date);
  s.Key("dates");  // each baseline value's own date
  s.StartObject();
  for (const response::KeyValue* kv : values) {
    s.Key(Name(kv->analyte));
    s.String(kv->date.ToString());
  }
  s.EndObject();
  s.Key("explanation");
  s.String(b.explanation);
  s.Key("measurable");
  s.StartArray();
  for (records::Analyte a : b.measurable) s.String(Name(a));
  s.EndArray();
  s.Key("values");
  s.StartObject();
  for (const response::KeyValue* kv : values) {
    s.Key(Name(kv->analyte));
    s.Double(kv->value);
  }
  s.EndObject();
  s.EndObject();
}

template <class Sink>
void WriteAssessment(Sink& s, const response::Assessment& a) {
  s.StartObject();
  s.Key("confirmed");
  s.Bool(a.confirmed);
  s.Key("date");
  s.String(a.date.ToString());
  s.Key("explanation");
  s.String(a.explanation);
  s.Key("last_date");
  s.String(a.last_date.ToString());
  s.Key("missing");
  Strings(s, a.missing);
  s.Key("response");
  s.String(response::CategoryName(a.response));
  s.EndObject();
}

template <class Sink>
void WritePhase(Sink& s, const response::TherapyPhase& ph) {
  s.StartObject();
  s.Key("date");
  s.String(ph.date.ToString());
  s.Key("inferred");
  s.Bool(ph.inferred);
  s.Key("name");
  s.String(ph.name);
  s.Key("regimen");
  StringOrNull(s, !ph.regimen.empty(), ph.regimen);
  s.EndObject();
}

template <class Sink>
void WriteAwaiting(Sink& s, const response::TherapyLine& line) {
  if (!line.awaiting_confirmation) return s.Null();
  s.StartObject();
  s.Key("date");
  s.String(line.awaiting_confirmation_date->ToString());
  s.Key("response");
  s.String(response::CategoryName(*line.awaiting_confirmation));
  s.EndObject();
}

template <class Sink>
void WriteLine(Sink& s, const response::TherapyLine& line) {
  s.StartObject();
  s.Key("assessments");
  s.StartArray();
  for (const response::Assessment& a : line.assessments) WriteAssessment(s, a);
  s.EndArray();
  s.Key("awaiting_confirmation");
  WriteAwaiting(s, line);
  s.Key("baseline");
  WriteBaseline(s, line.baseline);
  s.Key("best_response");
  StringOrNull(
      s, line.best_response.has_value(),
      line.best_response ? response::CategoryName(*line.best_response) : std::string_view());
  s.Key("best_response_date");
  DateOrNull(s, line.best_response_date);
  s.Key("mrd_date");
  DateOrNull(s, line.mrd_date);
  s.Key("mrd_status");
  StringOrNull(s, line.mrd_status != response::MrdStatus::kNone,
               line.mrd_status != response::MrdStatus::kNone
                   ? response::MrdStatusName(line.mrd_status)
                   : "");
  s.Key("notes");
  Strings(s, line.notes);
  s.Key("phases");
  s.StartArray();
  for (const response::TherapyPhase& ph : line.phases) WritePhase(s, ph);
  s.EndArray();
  s.Key("progression_date");
  DateOrNull(s, line.progression_date);
  s.Key("regimen");
  StringOrNull(s, line.regimen.has_value(), line.regimen ? *line.regimen : std::string_view());
  s.Key("start");
  s.String(line.start.ToString());
  s.EndObject();
}

template <class Sink>
void WriteDiagnosis(Sink& s, const staging::DiagnosisResult& d) {
  s.StartObject();
  s.Key("category");
  StringOrNull(s, d.category.has_value(),
               d.category ? staging::DiagnosisCategoryName(*d.category) : std::string_view());
  s.Key("criteria");
  s.String(d.criteria);
  s.Key("events");
  Strings(s, d.events);
  s.Key("explanation");
  s.String(d.explanation);
  s.Key("missing");
  Strings(s, d.missing);
  s.EndObject();
}

template <class Sink>
void WriteHighRisk(Sink& s, const staging::HighRiskResult& h) {
  s.StartObject();
  s.Key("definition");
  s.String(h.definition);
  s.Key("not_tested");
  Strings(s, h.not_tested);
  s.Key("notes");
  Strings(s, h.notes);
  s.Key("reasons");
  Strings(s, h.reasons);
  s.Key("status");
  if (h.status) {
    s.Bool(*h.status);
  } else {
    s.Null();
  }
  s.Key("would_decide");
  Strings(s, h.would_decide);
  s.EndObject();
}

template <class Sink>
void WriteStage(Sink& s, const std::optional<staging::Stage>& stage) {
  StringOrNull(s, stage.has_value(), stage ? staging::StageName(*stage) : std::string_view());
}

template <class Sink>
void WriteStaging(Sink& s, const staging::StagingSummary& st) {
  s.StartObject();
  s.Key("date");
  DateOrNull(s, st.date);
  s.Key("explanation");
  s.String(st.explanation);
  s.Key("iss");
  WriteStage(s, st.iss);
  s.Key("missing");
  Strings(s, st.missing);
  s.Key("r2_iss");
  WriteStage(s, st.r2_iss);
  s.Key("r2_iss_points");
  if (st.r2_iss_points) {
    s.Double(*st.r2_iss_points);
  } else {
    s.Null();
  }
  s.Key("r_iss");
  WriteStage(s, st.r_iss);
  s.EndObject();
}

// {"diagnosis", "high_risk", "staging"}: staging_json.h's object.
template <class Sink>
void WriteStagingObject(Sink& s, const pipeline::PatientResult& r) {
  s.StartObject();
  s.Key("diagnosis");
  WriteDiagnosis(s, r.diagnosis);
  s.Key("high_risk");
  WriteHighRisk(s, r.high_risk);
  s.Key("staging");
  WriteStaging(s, r.staging);
  s.EndObject();
}

// The whole `assess` object of one patient.
template <class Sink>
void WriteAssess(Sink& s, const pipeline::PatientResult& r) {
  const response::ResponseReport& report = r.response;
  s.StartObject();
  s.Key("criteria");
  s.String(report.criteria);
  s.Key("diagnosis");
  WriteDiagnosis(s, r.diagnosis);
  s.Key("high_risk");
  WriteHighRisk(s, r.high_risk);
  s.Key("ignored");
  Strings(s, r.ignored);
  s.Key("lines");
  s.StartArray();
  for (const response::TherapyLine& line : report.lines) WriteLine(s, line);
  s.EndArray();
  s.Key("patient");
  StringOrNull(s, !report.patient_id.empty(), report.patient_id);
  s.Key("reader_notes");
  Strings(s, r.reader_notes);
  s.Key("source");
  s.String(r.source);
  s.Key("staging");
  WriteStaging(s, r.staging);
  s.EndObject();
}

}  // namespace oncoguide::report::internal

#endif  // ONCOGUIDE_SRC_REPORT_JSON_LAYOUT_H_
