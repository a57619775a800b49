#include "oncoguide/report/assess_output.h"

#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <nlohmann/json.hpp>

#include "oncoguide/report/fhir_writer.h"
#include "oncoguide/report/response_report.h"
#include "oncoguide/report/staging_json.h"

namespace oncoguide {

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "text") return OutputFormat::kText;
  if (name == "json") return OutputFormat::kJson;
  if (name == "jsonl") return OutputFormat::kJsonl;
  if (name == "fhir") return OutputFormat::kFhir;
  return std::nullopt;
}

Status AssessWriter::Write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), out_) != text.size()) {
    return Status::IoError("writing the output failed", "check the free disk space");
  }
  return Status::Ok();
}

nlohmann::json AssessToJson(const PatientResult& result) {
  nlohmann::json out = ResponseToJson(result);
  // Move the staging members in: copying them deep was a visible share of a cohort run.
  nlohmann::json extra = StagingToJson(result);
  nlohmann::json::object_t& dst = out.get_ref<nlohmann::json::object_t&>();
  for (auto& [key, value] : extra.get_ref<nlohmann::json::object_t&>()) {
    dst.insert_or_assign(key, std::move(value));
  }
  return out;
}

namespace {

using nlohmann::json;

// In-place fill of the `assess` JSON object for the jsonl stream. The object of the previous
// patient is kept and overwritten member by member, so that the strings, arrays and map nodes
// it already has are reused: building a fresh tree per patient (and destroying it) was about a
// sixth of a cohort run. Produces exactly AssessToJson() (cohort_bench --run verify checks
// every patient of a cohort against it); keep the two in step.

void SetNull(json& j) {
  if (!j.is_null()) j = nullptr;
}

void SetString(json& j, std::string_view v) {
  if (j.is_string()) {
    j.get_ref<std::string&>().assign(v.data(), v.size());
  } else {
    j = std::string(v);
  }
}

void SetStrings(json& j, const std::vector<std::string>& v) {
  if (!j.is_array()) j = json::array();
  json::array_t& a = j.get_ref<json::array_t&>();
  a.resize(v.size());
  for (size_t i = 0; i < v.size(); ++i) SetString(a[i], v[i]);
}

void SetDate(json& j, Date d) { SetString(j, d.ToString()); }

void SetDateOrNull(json& j, const std::optional<Date>& d) {
  if (d) {
    SetDate(j, *d);
  } else {
    SetNull(j);
  }
}

void SetNameOrNull(json& j, bool present, std::string_view name) {
  if (present) {
    SetString(j, name);
  } else {
    SetNull(j);
  }
}

// The object member `key` of `obj` (an object), created null when absent.
json& At(json& obj, const char* key) { return obj[key]; }

json& AsObject(json& j) {
  if (!j.is_object()) j = json::object();
  return j;
}

void FillLine(json& l, const TherapyLine& line) {
  AsObject(l);
  json& assessments = At(l, "assessments");
  if (!assessments.is_array()) assessments = json::array();
  json::array_t& list = assessments.get_ref<json::array_t&>();
  list.resize(line.assessments.size());
  for (size_t i = 0; i < line.assessments.size(); ++i) {
    const Assessment& a = line.assessments[i];
    json& item = AsObject(list[i]);
    At(item, "confirmed") = a.confirmed;
    SetDate(At(item, "date"), a.date);
    SetString(At(item, "explanation"), a.explanation);
    SetStrings(At(item, "missing"), a.missing);
    SetString(At(item, "response"), CategoryName(a.response));
  }
  json& awaiting = At(l, "awaiting_confirmation");
  if (line.awaiting_confirmation) {
    AsObject(awaiting);
    SetDate(At(awaiting, "date"), *line.awaiting_confirmation_date);
    SetString(At(awaiting, "response"), CategoryName(*line.awaiting_confirmation));
  } else {
    SetNull(awaiting);
  }
  json& baseline = AsObject(At(l, "baseline"));
  SetDateOrNull(At(baseline, "date"), line.baseline.date);
  json& dates = At(baseline, "dates");
  dates = json::object();  // its keys differ between patients
  for (const KeyValue& kv : line.baseline.values) {
    dates[std::string(Name(kv.analyte))] = kv.date.ToString();
  }
  SetString(At(baseline, "explanation"), line.baseline.explanation);
  json& measurable = At(baseline, "measurable");
  if (!measurable.is_array()) measurable = json::array();
  json::array_t& m = measurable.get_ref<json::array_t&>();
  m.resize(line.baseline.measurable.size());
  for (size_t i = 0; i < m.size(); ++i) SetString(m[i], Name(line.baseline.measurable[i]));
  json& values = At(baseline, "values");
  values = json::object();  // its keys differ between patients
  for (const KeyValue& kv : line.baseline.values) values[std::string(Name(kv.analyte))] = kv.value;
  SetNameOrNull(At(l, "best_response"), line.best_response.has_value(),
                line.best_response ? CategoryName(*line.best_response) : std::string_view());
  SetDateOrNull(At(l, "best_response_date"), line.best_response_date);
  SetDateOrNull(At(l, "mrd_date"), line.mrd_date);
  SetNameOrNull(
      At(l, "mrd_status"), line.mrd_status != MrdStatus::kNone,
      line.mrd_status != MrdStatus::kNone ? MrdStatusName(line.mrd_status) : std::string_view());
  SetStrings(At(l, "notes"), line.notes);
  json& phases = At(l, "phases");
  phases = json::array();
  for (const TherapyPhase& ph : line.phases) {
    json item = json::object();
    SetDate(At(item, "date"), ph.date);
    At(item, "inferred") = ph.inferred;
    SetString(At(item, "name"), ph.name);
    SetNameOrNull(At(item, "regimen"), !ph.regimen.empty(), ph.regimen);
    phases.push_back(std::move(item));
  }
  SetDateOrNull(At(l, "progression_date"), line.progression_date);
  SetNameOrNull(At(l, "regimen"), line.regimen.has_value(),
                line.regimen ? std::string_view(*line.regimen) : std::string_view());
  SetDate(At(l, "start"), line.start);
}

void FillStaging(json& out, const PatientResult& r) {
  const DiagnosisResult& d = r.diagnosis;
  json& diagnosis = AsObject(At(out, "diagnosis"));
  SetNameOrNull(At(diagnosis, "category"), d.category.has_value(),
                d.category ? DiagnosisCategoryName(*d.category) : std::string_view());
  SetString(At(diagnosis, "criteria"), d.criteria);
  SetStrings(At(diagnosis, "events"), d.events);
  SetString(At(diagnosis, "explanation"), d.explanation);
  SetStrings(At(diagnosis, "missing"), d.missing);
  const HighRiskResult& h = r.high_risk;
  json& high_risk = AsObject(At(out, "high_risk"));
  SetString(At(high_risk, "definition"), h.definition);
  SetStrings(At(high_risk, "not_tested"), h.not_tested);
  SetStrings(At(high_risk, "notes"), h.notes);
  SetStrings(At(high_risk, "reasons"), h.reasons);
  if (h.status) {
    At(high_risk, "status") = *h.status;
  } else {
    SetNull(At(high_risk, "status"));
  }
  const StagingSummary& s = r.staging;
  json& staging = AsObject(At(out, "staging"));
  SetDateOrNull(At(staging, "date"), s.date);
  SetString(At(staging, "explanation"), s.explanation);
  SetNameOrNull(At(staging, "iss"), s.iss.has_value(), s.iss ? StageName(*s.iss) : "");
  SetStrings(At(staging, "missing"), s.missing);
  SetNameOrNull(At(staging, "r2_iss"), s.r2_iss.has_value(), s.r2_iss ? StageName(*s.r2_iss) : "");
  if (s.r2_iss_points) {
    At(staging, "r2_iss_points") = *s.r2_iss_points;
  } else {
    SetNull(At(staging, "r2_iss_points"));
  }
  SetNameOrNull(At(staging, "r_iss"), s.r_iss.has_value(), s.r_iss ? StageName(*s.r_iss) : "");
}

// Overwrites `out` (the previous patient's object, or null) with AssessToJson(record).
void FillAssessJson(json& out, const PatientResult& record) {
  const ResponseReport& report = record.response;
  AsObject(out);
  SetString(At(out, "criteria"), report.criteria);
  SetStrings(At(out, "ignored"), record.ignored);
  json& lines = At(out, "lines");
  if (!lines.is_array()) lines = json::array();
  json::array_t& list = lines.get_ref<json::array_t&>();
  list.resize(report.lines.size());
  for (size_t i = 0; i < report.lines.size(); ++i) FillLine(list[i], report.lines[i]);
  SetNameOrNull(At(out, "patient"), !report.patient_id.empty(), report.patient_id);
  SetString(At(out, "source"), record.source);
  FillStaging(out, record);
}

// Serializes `j` compactly, followed by a newline, into a string reused across patients, with
// RapidJSON's Writer: in cohort runs nlohmann's dump() spent a third of the time escaping. The
// text is what json::dump() writes (byte for byte, except that control-character escapes use
// upper-case hex: tests/report/jsonl_writer_test.cc); the writer validates UTF-8 as dump() does
// and fails on invalid input instead of writing it.
class LineDumper {
 public:
  Result<std::string_view> Dump(const json& j) {
    buffer_.Clear();
    writer_.Reset(buffer_);
    if (!Write(j)) {
      return Status::Invalid("a text value is not valid UTF-8", "save the input file as UTF-8");
    }
    buffer_.Put('\n');
    return std::string_view(buffer_.GetString(), buffer_.GetSize());
  }

 private:
  using Writer = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                   rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>;

  bool Write(const json& j) {
    switch (j.type()) {
      case json::value_t::null:
        return writer_.Null();
      case json::value_t::boolean:
        return writer_.Bool(j.get<bool>());
      case json::value_t::number_integer:
        return writer_.Int64(j.get<std::int64_t>());
      case json::value_t::number_unsigned:
        return writer_.Uint64(j.get<std::uint64_t>());
      case json::value_t::number_float:
        return WriteDouble(j.get<double>());
      case json::value_t::string: {
        const std::string& str = j.get_ref<const std::string&>();
        return writer_.String(str.data(), static_cast<rapidjson::SizeType>(str.size()));
      }
      case json::value_t::array:
        if (!writer_.StartArray()) return false;
        for (const json& e : j) {
          if (!Write(e)) return false;
        }
        return writer_.EndArray();
      case json::value_t::object:
        if (!writer_.StartObject()) return false;
        for (auto it = j.begin(); it != j.end(); ++it) {
          if (!writer_.Key(it.key().data(), static_cast<rapidjson::SizeType>(it.key().size()))) {
            return false;
          }
          if (!Write(*it)) return false;
        }
        return writer_.EndObject();
      case json::value_t::binary:
      case json::value_t::discarded:
        return false;
    }
    return false;
  }

  // Numbers are written as nlohmann writes them, so both serializers give the same text.
  bool WriteDouble(double v) {
    number_.clear();
    number_ = json(v).dump();
    return writer_.RawValue(number_.data(), number_.size(), rapidjson::kNumberType);
  }

  rapidjson::StringBuffer buffer_;
  Writer writer_;
  std::string number_;
};

}  // namespace

Status AssessWriter::Add(const PatientResult& result) {
  try {
    return AddPatient(result);
  } catch (const nlohmann::json::type_error& e) {  // dump() of text that is not UTF-8
    return Status::Invalid(fmt::format("the output cannot be written: {}", e.what()),
                           "save the input file (and name it) as UTF-8");
  }
}

Status AssessWriter::AddPatient(const PatientResult& result) {
  ++patients_;
  switch (format_) {
    case OutputFormat::kText: {
      std::string text = patients_ > 1 ? "\n" : "";
      text += ResponseToText(result);
      text += '\n';
      text += StagingToText(result);
      return Write(text);
    }
    case OutputFormat::kJsonl: {
      thread_local json doc;  // the previous patient's object, overwritten in place
      thread_local LineDumper dumper;
      FillAssessJson(doc, result);
      Result<std::string_view> line = dumper.Dump(doc);
      if (!line.ok()) return line.status();
      return Write(*line);
    }
    case OutputFormat::kJson: {
      std::string obj = AssessToJson(result).dump(2);
      if (patients_ == 1) {
        held_ = std::move(obj);
        return Status::Ok();
      }
      if (patients_ == 2) {
        OG_RETURN_IF_ERROR(Write("[\n"));
        OG_RETURN_IF_ERROR(Write(held_));
      }
      OG_RETURN_IF_ERROR(Write(",\n"));
      return Write(obj);
    }
    case OutputFormat::kFhir:
      OG_RETURN_IF_ERROR(Write(WriteFhirBundle(result).dump(2)));
      return Write("\n");
  }
  return Status::Ok();
}

Status AssessWriter::Finish() {
  if (format_ == OutputFormat::kJson) {
    if (patients_ == 1) {
      OG_RETURN_IF_ERROR(Write(held_));
      return Write("\n");
    }
    if (patients_ > 1) return Write("\n]\n");
  }
  return Status::Ok();
}

}  // namespace oncoguide
